package org.auditpy.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.ArgumentBinder;
import org.auditpy.runtime.Arithmetic;
import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.FixedPoint;
import org.auditpy.runtime.FormatSpec;
import org.auditpy.runtime.Formatting;
import org.auditpy.runtime.Identity;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyMethod;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

/** The functions of the {@code builtins} module (Python/bltinmodule.c, CPython 3.11 semantics and messages). */
public final class BuiltinFunctions extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return BuiltinFunctionsFactory.getFactories();
    }

    static boolean absent(Object o) {
        return o == PyNone.NO_VALUE;
    }

    static boolean absentOrNone(Object o) {
        return o == PyNone.NO_VALUE || o == PyNone.NONE;
    }

    static PythonContext ctx() {
        return PythonContext.get();
    }

    /** {@code sys.<name>} or null. */
    @TruffleBoundary
    static Object sysAttr(String name) {
        PyModule sys = ctx().getSys();
        return sys == null ? null : sys.getDict().getStr(name);
    }

    // ------------------------------------------------------------------------------------------ print

    @Builtin(name = "print", params = {"*args", "sep=", "end=", "file=", "flush="})
    @GenerateNodeFactory
    abstract static class PrintNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object print(Object args, Object sep, Object end, Object file, Object flush) {
            String sepS = checkStrOrNone(sep, "sep", " ");
            String endS = checkStrOrNone(end, "end", "\n");
            Object f = file;
            if (absentOrNone(f)) {
                f = sysAttr("stdout");
                if (f == null) {
                    throw PyErrors.runtimeError("lost sys.stdout");
                }
                if (f == PyNone.NONE) {
                    return PyNone.NONE;
                }
            }
            Object[] items = ((PyTuple) args).items();
            if (f instanceof StdStreams.TextStream ts) {
                // the pieces are gathered and written together; ends[k] is where the k-th piece print writes ends
                // (CPython's print writes them one by one). Before the str() of an object that may run Python code
                // (a __str__, a repr of a tuple's items, an audit hook printing), the pieces gathered so far are
                // written, as CPython's print has written them by then: output that str() itself prints comes after.
                StringBuilder sb = new StringBuilder();
                int[] ends = new int[2 * items.length + 1];
                int n = 0;
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        sb.append(sepS);
                        ends[n++] = sb.length();
                    }
                    Object item = items[i];
                    if (n > 0 && !strRunsNoCode(item)) {
                        ts.writePrint(sb.toString(), java.util.Arrays.copyOf(ends, n), -1);
                        sb.setLength(0);
                        n = 0;
                    }
                    String piece;
                    try {
                        piece = PyOps.str(item);
                    } catch (org.auditpy.runtime.PyException e) {
                        // CPython's print has written the items before this one, and the separator, when str() fails
                        if (n > 0) {
                            ts.writePrint(sb.toString(), java.util.Arrays.copyOf(ends, n), -1);
                        }
                        throw e;
                    }
                    sb.append(piece);
                    ends[n++] = sb.length();
                }
                sb.append(endS);
                ends[n++] = sb.length();
                ts.writePrint(sb.toString(), java.util.Arrays.copyOf(ends, n), -1);
            } else {
                Object write = PyOps.getAttribute(f, "write");
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        PyOps.callPositional(write, sepS);
                    }
                    PyOps.callPositional(write, PyOps.str(items[i]));
                }
                PyOps.callPositional(write, endS);
            }
            if (!absent(flush) && PyOps.isTrue(flush)) {
                PyOps.callMethod(f, "flush");
            }
            return PyNone.NONE;
        }

        /** Whether str(o) is computed without running Python code or raising an audit event (exact str, int, float, bool, None). */
        static boolean strRunsNoCode(Object o) {
            return o instanceof String || o instanceof Long || o instanceof Integer || o instanceof Boolean || o instanceof Double || o == PyNone.NONE;
        }

        static String checkStrOrNone(Object v, String what, String dflt) {
            if (absentOrNone(v)) {
                return dflt;
            }
            if (v instanceof String s) {
                return s;
            }
            throw PyErrors.typeError(what + " must be None or a string, not " + PyOps.typeName(v));
        }
    }

    // ------------------------------------------------------------------------------------------ simple ones

    @Builtin(name = "len", params = {"obj", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends PythonBuiltinNode {
        /** A short str is checked for surrogate pairs in compiled code (no boundary); a long one behind it. */
        @Specialization
        static long str(String s) {
            int n = s.length();
            if (n > 64) {
                return strLen(s);
            }
            for (int i = 0; i < n; i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    return strLen(s);
                }
            }
            return n;
        }

        /** As {@code PyOps.len}: the size of an exact list without a call. */
        @Specialization(guards = "!l.getPythonClass().isHeapType()")
        static long list(PyList l) {
            return l.size();
        }

        /** An instance of a Python class with a Python {@code __len__}: called through a cached dispatch. */
        @Specialization(guards = "isInstanceOfClass(o)")
        static Object instance(org.auditpy.runtime.PythonObject o,
                        @Cached("createLen()") org.auditpy.nodes.SpecialCall special) {
            Object r = special.execute(o, new Object[]{o});
            if (r == org.auditpy.nodes.SpecialCall.NOT_CACHED) {
                return PyOps.len(o);
            }
            if (r instanceof Long n && n >= 0) {
                return n;
            }
            return PyOps.lenResult(r);
        }

        static boolean isInstanceOfClass(Object o) {
            return PyOps.isInstanceOfClass(o);
        }

        static org.auditpy.nodes.SpecialCall createLen() {
            return org.auditpy.nodes.SpecialCall.create("__len__");
        }

        @Specialization(guards = "!isInstanceOfClass(obj)")
        static Object len(Object obj) {
            return PyOps.len(obj);
        }

        @TruffleBoundary
        static long strLen(String s) {
            return org.auditpy.runtime.StrIndex.length(s);
        }
    }

    @Builtin(name = "repr", params = {"obj", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        /**
         * An instance of a Python class: its Python {@code __repr__} through a cached dispatch (repr runs in its
         * caller's tree), counted as one level of " while getting the repr of an object" as PyObject_Repr counts it,
         * where the lookup and the call were uncached behind a boundary (856 ns against CPython's 217 for a
         * one-line {@code __repr__}). A class without a Python {@code __repr__} takes the generic path.
         */
        @Specialization(guards = "isInstanceOfClass(obj)")
        static Object reprInstance(Object obj,
                        @Cached("createRepr()") org.auditpy.nodes.SpecialCall repr) {
            org.auditpy.runtime.PythonObject po = (org.auditpy.runtime.PythonObject) obj;
            PythonContext ctx = PythonContext.get(repr);
            org.auditpy.runtime.Recursion.enter(ctx, org.auditpy.runtime.Recursion.REPR);
            Object r;
            try {
                r = repr.execute(po, new Object[]{po});
            } finally {
                org.auditpy.runtime.Recursion.leave(ctx);
            }
            if (r == org.auditpy.nodes.SpecialCall.NOT_CACHED) {
                return PyOps.repr(obj);
            }
            if (r instanceof String) {
                return r;
            }
            return reprResult(r);
        }

        /** What {@code __repr__} returned when not an exact str: an instance of a str subclass, else TypeError. */
        @TruffleBoundary
        static Object reprResult(Object r) {
            if (r instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String) {
                return r;
            }
            throw PyErrors.typeError("__repr__ returned non-string (type " + PyOps.typeName(r) + ")");
        }

        static org.auditpy.nodes.SpecialCall createRepr() {
            return org.auditpy.nodes.SpecialCall.create("__repr__");
        }

        static boolean isInstanceOfClass(Object o) {
            return PyOps.isInstanceOfClass(o);
        }

        @Specialization(guards = "!isInstanceOfClass(obj)")
        static Object repr(Object obj) {
            return PyOps.repr(obj);
        }
    }

    @Builtin(name = "ascii", params = {"obj", "/"})
    @GenerateNodeFactory
    abstract static class AsciiNode extends PythonBuiltinNode {
        @Specialization
        static Object ascii(Object obj) {
            return Formatting.asciiOf(PyOps.repr(obj));
        }
    }


    @Builtin(name = "abs", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class AbsNode extends PythonBuiltinNode {
        @Specialization
        static Object abs(Object x) {
            return Arithmetic.abs(x);
        }
    }

    @Builtin(name = "all", params = {"iterable", "/"})
    @GenerateNodeFactory
    abstract static class AllNode extends LoopStateBuiltinNode {
        /** A Truffle loop over the items ({@link AnyAllRepeat}): a generator expression's body resumes from here. */
        @Specialization
        static Object all(VirtualFrame frame, Object iterable,
                        @Cached(value = "createAnyAllLoop()", neverDefault = true) com.oracle.truffle.api.nodes.LoopNode loop) {
            return !anyAll(frame, iterable, false, loop);
        }
    }

    @Builtin(name = "any", params = {"iterable", "/"})
    @GenerateNodeFactory
    abstract static class AnyNode extends LoopStateBuiltinNode {
        /** A Truffle loop over the items ({@link AnyAllRepeat}): a generator expression's body resumes from here. */
        @Specialization
        static Object any(VirtualFrame frame, Object iterable,
                        @Cached(value = "createAnyAllLoop()", neverDefault = true) com.oracle.truffle.api.nodes.LoopNode loop) {
            return anyAll(frame, iterable, true, loop);
        }
    }

    /** A Python int (with {@code __index__}) as BigInteger. */
    @TruffleBoundary
    static BigInteger indexBig(Object o) {
        return PyOps.toBig(PyOps.index(o));
    }

    @TruffleBoundary
    static String radix(Object x, int radix, String prefix) {
        if (x instanceof Long l && l != Long.MIN_VALUE) {
            // an int in long range: no BigInteger
            // the JDK's shifting formatters for the power-of-two radixes (Long.toString(v, 2) divides per digit)
            long a = Math.abs(l);
            String digits = radix == 2 ? Long.toBinaryString(a) : radix == 16 ? Long.toHexString(a) : radix == 8 ? Long.toOctalString(a) : Long.toString(a, radix);
            return l < 0 ? "-" + prefix + digits : prefix.concat(digits);
        }
        BigInteger b = indexBig(x);
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }

    @Builtin(name = "bin", params = {"number", "/"})
    @GenerateNodeFactory
    abstract static class BinNode extends PythonBuiltinNode {
        @Specialization
        static Object bin(Object x) {
            return radix(x, 2, "0b");
        }
    }

    @Builtin(name = "hex", params = {"number", "/"})
    @GenerateNodeFactory
    abstract static class HexNode extends PythonBuiltinNode {
        @Specialization
        static Object hex(Object x) {
            return radix(x, 16, "0x");
        }
    }

    @Builtin(name = "oct", params = {"number", "/"})
    @GenerateNodeFactory
    abstract static class OctNode extends PythonBuiltinNode {
        @Specialization
        static Object oct(Object x) {
            return radix(x, 8, "0o");
        }
    }

    @TruffleBoundary
    public static boolean isCallable(Object o) {
        if (o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod || o instanceof PyType) {
            return true;
        }
        Object c = PyOps.typeOf(o).lookup("__call__");
        return c != null && c != PyNone.NONE;
    }

    @Builtin(name = "callable", params = {"obj", "/"})
    @GenerateNodeFactory
    abstract static class CallableNode extends PythonBuiltinNode {
        @Specialization
        static Object callable(Object obj) {
            return isCallable(obj);
        }
    }

    @Builtin(name = "chr", params = {"i", "/"})
    @GenerateNodeFactory
    abstract static class ChrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object chr(Object i) {
            BigInteger b = indexBig(i);
            if (b.bitLength() > 31) {
                throw PyErrors.overflowError("signed integer is greater than maximum");
            }
            int v = b.intValue();
            if (v < 0 || v > 0x10ffff) {
                throw PyErrors.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars(v));
        }
    }

    @Builtin(name = "ord", params = {"c", "/"})
    @GenerateNodeFactory
    abstract static class OrdNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object ord(Object c) {
            if (c instanceof String s) {
                int n = s.codePointCount(0, s.length());
                if (n != 1) {
                    throw PyErrors.typeError("ord() expected a character, but string of length " + n + " found");
                }
                return (long) s.codePointAt(0);
            }
            if (c instanceof PyBytes b) {
                if (b.getBytes().length != 1) {
                    throw PyErrors.typeError("ord() expected a character, but string of length " + b.getBytes().length + " found");
                }
                return (long) (b.getBytes()[0] & 0xff);
            }
            throw PyErrors.typeError("ord() expected string of length 1, but " + PyOps.typeName(c) + " found");
        }
    }

    @Builtin(name = "divmod", params = {"x", "y", "/"})
    @GenerateNodeFactory
    abstract static class DivmodNode extends PythonBuiltinNode {
        /**
         * Two ints that fit longs, {@code y != 0} (and not {@code Long.MIN_VALUE // -1}): the floor quotient and
         * remainder in compiled code, as a tuple of unboxed ints ({@code q, r = divmod(i, 7)} in a loop then allocates
         * nothing); everything else, errors included, by {@link #divmodImpl}.
         */
        @Specialization
        static Object divmod(Object x, Object y) {
            if (x instanceof Long a && y instanceof Long b && b != 0 && !(a == Long.MIN_VALUE && b == -1)) {
                return PyTuple.ofLongs(PythonContext.get().types().tuple, new long[]{Math.floorDiv(a, b), Math.floorMod(a, b)});
            }
            return divmodImpl(x, y);
        }
    }

    @TruffleBoundary
    static Object divmodImpl(Object x, Object y) {
        boolean xNum = PyOps.isInt(x) || x instanceof Double;
        boolean yNum = PyOps.isInt(y) || y instanceof Double;
        if (xNum && yNum) {
            if ((x instanceof Double || y instanceof Double) && (y instanceof Double d ? d == 0.0 : PyOps.toBig(y).signum() == 0)) {
                throw PyErrors.zeroDivision("float divmod()");
            }
            Object q = Arithmetic.binary(x, y, Arithmetic.BinOp.FLOORDIV);
            Object r = Arithmetic.binary(x, y, Arithmetic.BinOp.MOD);
            return PyTuple.of(q, r);
        }
        PyType tx = PyOps.typeOf(x);
        PyType ty = PyOps.typeOf(y);
        Object r = PyOps.callSpecial(x, "__divmod__", y);
        if (r != null && r != PyNone.NOT_IMPLEMENTED) {
            return r;
        }
        if (tx != ty) {
            r = PyOps.callSpecial(y, "__rdivmod__", x);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyErrors.typeError("unsupported operand type(s) for divmod(): '" + tx.getName() + "' and '" + ty.getName() + "'");
    }

    @Builtin(name = "format", params = {"value", "format_spec=", "/"})
    @GenerateNodeFactory
    abstract static class FormatNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object format(Object value, Object spec) {
            String s = "";
            if (!absent(spec)) {
                if (!(spec instanceof String ss)) {
                    throw PyErrors.typeError("format() argument 2 must be str, not " + PyOps.typeName(spec));
                }
                s = ss;
            }
            return formatImpl(value, s);
        }
    }

    @TruffleBoundary
    public static String formatImpl(Object value, String spec) {
        if (FormatSpec.isStrOfSubclass(value, spec)) {
            return PyOps.str(value);
        }
        if (value instanceof org.auditpy.runtime.PythonObject) {
            Object r = PyOps.callSpecial(value, "__format__", spec);
            if (r == null) {
                return FormatSpec.format(value, spec);
            }
            if (!(r instanceof String rs)) {
                throw PyErrors.typeError("__format__ must return a str, not " + PyOps.typeName(r));
            }
            return rs;
        }
        return FormatSpec.format(value, spec);
    }

    // ------------------------------------------------------------------------------------------ attributes

    static String attrName(Object name) {
        if (name instanceof String s) {
            return s;
        }
        if (name instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String s) {
            // an instance of a str subclass names the attribute by its value
            return s;
        }
        throw PyErrors.typeError("attribute name must be string, not '" + PyOps.typeName(name) + "'");
    }

    /** Whether {@code e} is an AttributeError (for getattr with a default and hasattr: the attribute is missing). */
    @TruffleBoundary
    static boolean isAttributeError(PyException e) {
        return PyOps.isException(e, "AttributeError");
    }

    @Builtin(name = "getattr", params = {"object", "name", "default=", "/"})
    @GenerateNodeFactory
    abstract static class GetattrNode extends PythonBuiltinNode {
        /**
         * {@code getattr(obj, "name")} without a default, with a str name the site has seen (getattr runs in its caller's
         * tree): the attribute is read by the node {@code obj.name} would use, with its per-class caches (137 -> 5 ns,
         * CPython 47). With a default, a missing attribute must not cost an exception: the generic path below.
         */
        @Specialization(guards = {"absent(dflt)", "cachedName.equals(name)"}, limit = "3")
        static Object constantName(Object obj, String name, Object dflt,
                        @Cached("name") String cachedName,
                        @Cached("createGet(cachedName)") org.auditpy.nodes.Attributes.GetAttrNode get) {
            return get.execute(obj);
        }

        static org.auditpy.nodes.Attributes.GetAttrNode createGet(String name) {
            return org.auditpy.nodes.AttributesFactory.GetAttrNodeGen.create(name);
        }

        /**
         * {@code getattr(obj, "name", default)} with a str name the site has seen: the same per-class caches, through
         * a node that answers null for a missing attribute instead of raising (100 -> 10 ns; CPython 37).
         */
        @Specialization(guards = {"!absent(dflt)", "cachedName.equals(name)"}, limit = "3")
        static Object constantNameDefault(Object obj, String name, Object dflt,
                        @Cached("name") String cachedName,
                        @Cached("createGetOrNull(cachedName)") org.auditpy.nodes.Attributes.GetAttrNode get) {
            Object v;
            try {
                v = get.execute(obj);
            } catch (PyException e) {
                if (isAttributeError(e)) {
                    return dflt;
                }
                throw e;
            }
            return v == null ? dflt : v;
        }

        static org.auditpy.nodes.Attributes.GetAttrNode createGetOrNull(String name) {
            return org.auditpy.nodes.AttributesFactory.GetAttrNodeGen.create(name, true);
        }

        @Specialization(replaces = {"constantName", "constantNameDefault"})
        @TruffleBoundary
        static Object getattr(Object obj, Object name, Object dflt) {
            String n = attrName(name);
            if (absent(dflt)) {
                return PyOps.getAttribute(obj, n);
            }
            Object r;
            try {
                r = PyOps.getAttributeOrNull(obj, n);
            } catch (PyException e) {
                // a descriptor's AttributeError (e.g. an unset slot) means "absent"
                if (PyOps.isException(e, "AttributeError")) {
                    return dflt;
                }
                throw e;
            }
            return r == null ? dflt : r;
        }
    }

    @Builtin(name = "setattr", params = {"obj", "name", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetattrNode extends PythonBuiltinNode {
        /**
         * {@code setattr(obj, "name", value)} with a str name the site has seen: stored by the node {@code obj.name =
         * value} would use, with its per-class caches (73 -> 0.7 ns a call in a loop; CPython 31), as getattr's constantName.
         */
        @Specialization(guards = "cachedName.equals(name)", limit = "3")
        static Object constantName(Object obj, String name, Object value,
                        @Cached("name") String cachedName,
                        @Cached("createSet(cachedName)") org.auditpy.nodes.Attributes.SetAttrNode set) {
            set.execute(obj, value);
            return PyNone.NONE;
        }

        static org.auditpy.nodes.Attributes.SetAttrNode createSet(String name) {
            return org.auditpy.nodes.AttributesFactory.SetAttrNodeGen.create(name);
        }

        @Specialization(replaces = "constantName")
        @TruffleBoundary
        static Object setattr(Object obj, Object name, Object value) {
            PyOps.setAttribute(obj, attrName(name), value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "hasattr", params = {"obj", "name", "/"})
    @GenerateNodeFactory
    abstract static class HasattrNode extends PythonBuiltinNode {
        /** {@code hasattr(obj, "name")} with a str name the site has seen: as getattr's constantNameDefault. */
        @Specialization(guards = "cachedName.equals(name)", limit = "3")
        static Object constantName(Object obj, String name,
                        @Cached("name") String cachedName,
                        @Cached("createGetOrNull(cachedName)") org.auditpy.nodes.Attributes.GetAttrNode get) {
            try {
                return get.execute(obj) != null;
            } catch (PyException e) {
                if (isAttributeError(e)) {
                    return false;
                }
                throw e;
            }
        }

        static org.auditpy.nodes.Attributes.GetAttrNode createGetOrNull(String name) {
            return GetattrNode.createGetOrNull(name);
        }

        @Specialization(replaces = "constantName")
        @TruffleBoundary
        static Object hasattr(Object obj, Object name) {
            try {
                return PyOps.getAttributeOrNull(obj, attrName(name)) != null;
            } catch (PyException e) {
                // a descriptor's AttributeError (e.g. an unset slot) means "absent"
                if (PyOps.isException(e, "AttributeError")) {
                    return false;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "delattr", params = {"obj", "name", "/"})
    @GenerateNodeFactory
    abstract static class DelattrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object delattr(Object obj, Object name) {
            PyOps.deleteAttribute(obj, attrName(name));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "globals", params = {})
    @GenerateNodeFactory
    abstract static class GlobalsNode extends PythonBuiltinNode {
        @Specialization
        static Object globals() {
            return Frames.callerGlobals();
        }
    }

    @Builtin(name = "locals", params = {})
    @GenerateNodeFactory
    abstract static class LocalsNode extends PythonBuiltinNode {
        @Specialization
        static Object locals() {
            return Frames.locals(Frames.caller());
        }
    }

    @Builtin(name = "vars", params = {"object=", "/"})
    @GenerateNodeFactory
    abstract static class VarsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object vars(Object obj) {
            if (absent(obj)) {
                return Frames.locals(Frames.caller());
            }
            Object d = PyOps.getAttributeOrNull(obj, "__dict__");
            if (d == null) {
                throw PyErrors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        }
    }

    @Builtin(name = "dir", params = {"object=", "/"})
    @GenerateNodeFactory
    abstract static class DirNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object dir(Object obj) {
            Object[] names;
            if (absent(obj)) {
                names = Frames.locals(Frames.caller()).keysArray();
            } else {
                Object r = PyOps.callSpecial(obj, "__dir__");
                if (r == null) {
                    throw PyErrors.typeError("object does not provide __dir__");
                }
                names = PyOps.toArray(r);
            }
            Sorting.sort(names, null, false);
            return PyList.of(names);
        }
    }

    @Builtin(name = "hash", params = {"obj", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends PythonBuiltinNode {
        @Specialization
        static Object hash(Object obj) {
            return PyOps.hash(obj);
        }
    }

    @Builtin(name = "id", params = {"obj", "/"})
    @GenerateNodeFactory
    abstract static class IdNode extends PythonBuiltinNode {
        static org.auditpy.audit.AuditNode createAudit() {
            return org.auditpy.audit.AuditNode.create("builtins.id");
        }

        @Specialization
        static Object id(Object obj, @Cached("createAudit()") org.auditpy.audit.AuditNode audit) {
            long id = Identity.id(obj);
            if (audit.isActive()) {
                audit.raise(id);
            }
            return id;
        }
    }

    // ------------------------------------------------------------------------------------------ isinstance

    @TruffleBoundary
    public static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PyType t) {
            if (PyOps.typeOf(obj) == t) {
                return true;
            }
            PyType meta = PyOps.typeOf(t);
            if (meta != ctx().types().type) {
                Object abc = AbcSupport.fastInstanceCheck(meta, t, obj);
                if (abc != null) {
                    return PyOps.isTrue(abc);
                }
                Object chk = meta.lookup("__instancecheck__");
                if (chk != null && !(chk instanceof PyBuiltinFunction)) {
                    return PyOps.isTrue(PyOps.callDescriptor(chk, t, obj));
                }
            }
            if (PyOps.typeOf(obj).isSubtypeOf(t)) {
                return true;
            }
            Object c = PyOps.getAttributeOrNull(obj, "__class__");
            return c instanceof PyType ct && ct != PyOps.typeOf(obj) && ct.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tu) {
            for (Object c : tu.items()) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        Object chk = PyOps.typeOf(cls).lookup("__instancecheck__");
        if (chk != null && !(chk instanceof PyBuiltinFunction)) {
            return PyOps.isTrue(PyOps.callDescriptor(chk, cls, obj));
        }
        throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    @TruffleBoundary
    public static boolean isSubclass(Object sub, Object cls) {
        if (cls instanceof PyType t) {
            PyType meta = PyOps.typeOf(t);
            if (meta != ctx().types().type) {
                Object abc = AbcSupport.fastSubclassCheck(meta, t, sub);
                if (abc != null) {
                    return PyOps.isTrue(abc);
                }
                Object chk = meta.lookup("__subclasscheck__");
                if (chk != null && !(chk instanceof PyBuiltinFunction)) {
                    return PyOps.isTrue(PyOps.callDescriptor(chk, t, sub));
                }
            }
            if (!(sub instanceof PyType st)) {
                throw PyErrors.typeError("issubclass() arg 1 must be a class");
            }
            return st.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tu) {
            for (Object c : tu.items()) {
                if (isSubclass(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        Object chk = PyOps.typeOf(cls).lookup("__subclasscheck__");
        if (chk != null && !(chk instanceof PyBuiltinFunction)) {
            return PyOps.isTrue(PyOps.callDescriptor(chk, cls, sub));
        }
        if (!(sub instanceof PyType)) {
            throw PyErrors.typeError("issubclass() arg 1 must be a class");
        }
        throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    @Builtin(name = "isinstance", params = {"obj", "class_or_tuple", "/"})
    @GenerateNodeFactory
    abstract static class IsinstanceNode extends PythonBuiltinNode {
        /**
         * A class of metaclass type ({@code isinstance(x, Node)}, {@code isinstance(x, int)}): answered in compiled code
         * ({@link org.auditpy.nodes.TypeChecks.InstanceOfNode}; isinstance runs in its caller's tree), where the whole
         * check was a boundary (99 ns against CPython's 50).
         */
        @Specialization(guards = "isPlainClass(cls)")
        static boolean ofClass(Object obj, PyType cls,
                        @Cached org.auditpy.nodes.TypeChecks.InstanceOfNode check) {
            return check.execute(obj, cls);
        }

        /**
         * A tuple of such classes ({@code isinstance(x, (int, float))}): each position has its own check (and its own
         * cache of class pairs); a tuple with anything else in it takes the generic path.
         */
        @Specialization(guards = "tuple.size() == checks.length", limit = "3")
        @com.oracle.truffle.api.nodes.ExplodeLoop
        static Object ofTuple(Object obj, PyTuple tuple,
                        @Cached("createChecks(tuple.size())") org.auditpy.nodes.TypeChecks.InstanceOfNode[] checks) {
            Object[] items = tuple.items();
            for (int i = 0; i < checks.length; i++) {
                if (!(items[i] instanceof PyType c && isPlainClass(c))) {
                    return isInstance(obj, tuple);
                }
            }
            for (int i = 0; i < checks.length; i++) {
                if (checks[i].execute(obj, (PyType) items[i])) {
                    return true;
                }
            }
            return false;
        }

        static org.auditpy.nodes.TypeChecks.InstanceOfNode[] createChecks(int n) {
            org.auditpy.nodes.TypeChecks.InstanceOfNode[] checks = new org.auditpy.nodes.TypeChecks.InstanceOfNode[n <= 4 ? n : 0];
            for (int i = 0; i < checks.length; i++) {
                checks[i] = org.auditpy.nodes.TypeChecks.InstanceOfNode.create();
            }
            return checks;
        }

        /** A class whose metaclass is exactly type: no {@code __instancecheck__} to call. */
        static boolean isPlainClass(PyType cls) {
            return cls.getPythonClass() == PythonContext.get(null).types().type;
        }

        @Specialization(replaces = {"ofClass", "ofTuple"})
        static Object isinstance(Object obj, Object cls) {
            return isInstance(obj, cls);
        }
    }

    @Builtin(name = "issubclass", params = {"cls", "class_or_tuple", "/"})
    @GenerateNodeFactory
    abstract static class IssubclassNode extends PythonBuiltinNode {
        @Specialization
        static Object issubclass(Object sub, Object cls) {
            return isSubclass(sub, cls);
        }
    }

    // ------------------------------------------------------------------------------------------ iteration

    @Builtin(name = "iter", params = {"object", "sentinel=", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object iter(Object obj, Object sentinel) {
            if (absent(sentinel)) {
                return PyOps.getIter(obj);
            }
            if (!isCallable(obj)) {
                throw PyErrors.typeError("iter(v, w): v must be callable");
            }
            return new PyIterator.CallableIterator(ctx().types().callableIterator, obj, sentinel);
        }
    }

    @Builtin(name = "next", params = {"iterator", "default=", "/"})
    @GenerateNodeFactory
    abstract static class NextNode extends PythonBuiltinNode {
        /**
         * A generator: resumed through a cached call of its body ({@link org.auditpy.nodes.Iteration.ResumeNode}) at the
         * call site ({@code next} runs in its caller's tree: BuiltinsInstaller.INLINE_FUNCTIONS), where the resume
         * was uncached behind a boundary; its end raises StopIteration with the return value, or gives the default.
         */
        @Specialization
        static Object generator(org.auditpy.runtime.PyGenerator g, Object dflt,
                        @Cached org.auditpy.nodes.Iteration.ResumeNode resume,
                        @Cached("stopIterationType()") PyType stopType,
                        @Cached("tupleType()") PyType tupleType,
                        @com.oracle.truffle.api.library.CachedLibrary(limit = "1") com.oracle.truffle.api.object.DynamicObjectLibrary attributes) {
            if (resume.execute(g, PyNone.NONE, null)) {
                return g.yielded();
            }
            if (absent(dflt)) {
                throw stopIteration(stopType, tupleType, attributes, g.value);
            }
            return dflt;
        }

        /**
         * {@code StopIteration(value)} (no arguments for None), made in compiled code as {@code raise StopIteration}
         * makes it (Calls.Dispatch's exception-class call), not by the generic class call behind a boundary: the
         * exception a loop over {@code next(g)} ends with, or {@code contextlib}'s {@code __exit__} catches at every
         * {@code with} of a generator-based context manager (400 ns a StopIteration before).
         */
        private static PyException stopIteration(PyType stopType, PyType tupleType, com.oracle.truffle.api.object.DynamicObjectLibrary attributes, Object value) {
            Object v = value == null ? PyNone.NONE : value;
            PyBaseException e = new PyBaseException(stopType, new PyTuple(tupleType, v == PyNone.NONE ? new Object[0] : new Object[]{v}));
            attributes.put(e, "value", v);
            return e.toThrowable(null);
        }

        @TruffleBoundary
        static PyType stopIterationType() {
            return PythonContext.get(null).types().exception("StopIteration");
        }

        static PyType tupleType() {
            return PythonContext.get(null).types().tuple;
        }

        /**
         * An iterator of a builtin class (a list's, a map...): stepped by the iteration protocol's node, in compiled
         * code where it can be; its end is a StopIteration made here, not behind the boundary of the generic case
         * (a Python {@code __next__} returning {@code next(self._it)} paid 300-400 ns for the exception it ended
         * with).
         */
        @Specialization(guards = "isBuiltinIterator(it)")
        static Object builtinIterator(PyIterator it, Object dflt,
                        @Cached org.auditpy.nodes.Iteration.NextNode next,
                        @Cached("stopIterationType()") PyType stopType,
                        @Cached("tupleType()") PyType tupleType,
                        @com.oracle.truffle.api.library.CachedLibrary(limit = "1") com.oracle.truffle.api.object.DynamicObjectLibrary attributes) {
            Object r = next.execute(it);
            if (r != null) {
                return r;
            }
            if (absent(dflt)) {
                throw stopIteration(stopType, tupleType, attributes, null);
            }
            return dflt;
        }

        static boolean isBuiltinIterator(Object it) {
            return it instanceof PyIterator pi && !(it instanceof org.auditpy.runtime.PyGenerator) && !pi.getPythonClass().isHeapType();
        }

        @Specialization(replaces = "generator")
        @TruffleBoundary
        static Object next(Object it, Object dflt) {
            if (it instanceof PyIterator pi && !pi.getPythonClass().isHeapType()) {
                Object r = pi.next();
                if (r == null) {
                    if (absent(dflt)) {
                        throw PyErrors.stopIteration(pi instanceof org.auditpy.runtime.PyGenerator g ? g.value : PyNone.NONE);
                    }
                    return dflt;
                }
                return r;
            }
            Object m = PyOps.typeOf(it).lookup("__next__");
            if (m == null) {
                throw PyErrors.typeError("'" + PyOps.typeName(it) + "' object is not an iterator");
            }
            if (absent(dflt)) {
                return PyOps.callDescriptor(m, it);
            }
            try {
                return PyOps.callDescriptor(m, it);
            } catch (PyException e) {
                if (PyOps.isException(e, "StopIteration")) {
                    return dflt;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "sorted", params = {"iterable", "/", "*", "key=", "reverse="})
    @GenerateNodeFactory
    abstract static class SortedNode extends PythonBuiltinNode {
        @Specialization(guards = "noneOrAbsent(key)")
        static Object sorted(Object iterable, Object key, Object reverse,
                        @Cached(value = "create()", neverDefault = true) Sorting.SmallSort small) {
            if (iterable instanceof PyList l && l.hasLongStorage() && !l.getPythonClass().isHeapType()) {
                return sortedLongs(l, TypeSupport.intFlag(reverse));
            }
            if (iterable instanceof PyTuple t && t.longsOrNull() != null && !t.getPythonClass().isHeapType()) {
                // a tuple of ints made unboxed: sorted as longs, without boxing its items first
                long[] g = t.longsOrNull();
                return sortedLongArray(g, TypeSupport.intFlag(reverse));
            }
            Object[] items = PyOps.toArray(iterable);
            if (Sorting.SmallSort.applies(items)) {
                small.sort(items, TypeSupport.intFlag(reverse));
            } else {
                Sorting.sortWithKeys(items, items, TypeSupport.intFlag(reverse));
            }
            return PyList.of(items);
        }

        @Specialization(guards = "!noneOrAbsent(key)")
        static Object sortedByKey(VirtualFrame frame, Object iterable, Object key, Object reverse,
                        @Cached Sorting.KeyLoop keyLoop) {
            if (iterable instanceof PyList l && l.hasLongStorage() && !l.getPythonClass().isHeapType()) {
                // the ints stay unboxed: the key loop boxes each for its call, the result is in the int storage
                long[] longs = l.toLongArray();
                boolean rev = TypeSupport.intFlag(reverse);
                Sorting.sortByKeys(longs, keyLoop.keys(frame, key, longs), rev);
                return newLongList(longs);
            }
            Object[] items = PyOps.toArray(iterable);
            boolean rev = TypeSupport.intFlag(reverse);
            Sorting.sortByKeys(items, keyLoop.keys(frame, key, items), rev);
            return PyList.of(items);
        }

        @TruffleBoundary
        static PyList newLongList(long[] longs) {
            return PyList.ofLongs(PythonContext.get().types().list, longs, longs.length);
        }

        /**
         * {@code sorted(l)} of an exact list in the int storage: its longs copied and sorted, the result in the int
         * storage too (equal ints cannot be told apart, so stability is not observable).
         */
        @TruffleBoundary
        static Object sortedLongs(PyList l, boolean reverse) {
            PyList r = PyList.ofLongs(PythonContext.get().types().list, l.toLongArray(), l.size());
            r.sortLongs(reverse);
            return r;
        }

        /** {@code sorted(t)} of a tuple whose ints are unboxed: a list in the int storage, sorted. */
        @TruffleBoundary
        static Object sortedLongArray(long[] g, boolean reverse) {
            PyList r = PyList.ofLongs(PythonContext.get().types().list, g.clone(), g.length);
            r.sortLongs(reverse);
            return r;
        }

        /** Slot 0 holds the key loop's state ({@link Sorting.KeyLoop}). */
        @Override
        public int frameSlotCount() {
            return 1;
        }
    }

    @TruffleBoundary
    static Object minMax(PyTuple args, Object key, Object dflt, boolean isMax) {
        Object source = minMaxSource(args, dflt, isMax);
        Object keyFn = absentOrNone(key) ? null : key;
        if (keyFn == null && source instanceof PyList l && !l.getPythonClass().isHeapType() && l.size() > 0) {
            return minMaxList(l, isMax);
        }
        Object it = PyOps.getIter(source);
        Object best = null;
        Object bestKey = null;
        Object o;
        while ((o = PyOps.next(it)) != null) {
            Object k = keyFn == null ? o : PyOps.callPositional(keyFn, o);
            if (best == null || better(k, bestKey, isMax)) {
                best = o;
                bestKey = k;
            }
        }
        return best != null ? best : minMaxEmpty(dflt, isMax);
    }

    /**
     * The argument checks of {@code min}/{@code max} (CPython's min_max) and what they iterate: the one positional
     * argument, or the tuple of several.
     */
    @TruffleBoundary
    private static Object minMaxSource(PyTuple args, Object dflt, boolean isMax) {
        String name = isMax ? "max" : "min";
        Object[] a = args.items();
        if (a.length == 0) {
            throw PyErrors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (a.length > 1 && !absent(dflt)) {
            throw PyErrors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        return a.length == 1 ? a[0] : args;
    }

    /** The answer of {@code min}/{@code max} over no items: the default, else ValueError. */
    @TruffleBoundary
    private static Object minMaxEmpty(Object dflt, boolean isMax) {
        if (!absent(dflt)) {
            return dflt;
        }
        throw PyErrors.valueError((isMax ? "max" : "min") + "() arg is an empty sequence");
    }

    /**
     * Whether {@code k} replaces {@code best} in {@code max} ({@code k > best}) or {@code min} ({@code k < best}):
     * ints, floats and strs compared directly (their {@code <} runs no Python code), any other pair by the rich
     * comparison. Strict, so that the first of equal items wins.
     */
    static boolean better(Object k, Object best, boolean isMax) {
        if (k instanceof Long x && best instanceof Long y) {
            return isMax ? x > y : x < y;
        } else if (k instanceof Double x && best instanceof Double y) {
            return isMax ? x > y : x < y; // false with a NaN, as float's rich comparison
        } else if (k instanceof String x && best instanceof String y) {
            int c = Comparisons.compareStrings(x, y);
            return isMax ? c > 0 : c < 0;
        }
        return richBetter(k, best, isMax);
    }

    @TruffleBoundary
    private static boolean richBetter(Object k, Object best, boolean isMax) {
        return PyOps.isTrue(Comparisons.richCompare(k, best, isMax ? Comparisons.Op.GT : Comparisons.Op.LT));
    }

    /**
     * {@code min(list)}/{@code max(list)} of a non-empty exact list without a key: the items read by index against the
     * live size (as the list iterator does), ints, floats and strs compared directly (their {@code <} runs no Python
     * code), any other pair by the rich comparison, as {@link #minMax}: a later item replaces the best only if
     * strictly smaller (larger).
     */
    private static Object minMaxList(PyList l, boolean isMax) {
        if (l.hasLongStorage()) {
            // ints only: compared as longs, without a box per item
            long best = l.getLong(0);
            for (int i = 1; i < l.size(); i++) {
                long x = l.getLong(i);
                if (isMax ? x > best : x < best) {
                    best = x;
                }
            }
            return best;
        }
        Object best = l.get(0);
        for (int i = 1; i < l.size(); i++) {
            Object o = l.get(i);
            if (better(o, best, isMax)) {
                best = o;
            }
        }
        return best;
    }

    @Builtin(name = "min", params = {"*args", "key=", "default="})
    @GenerateNodeFactory
    abstract static class MinNode extends LoopStateBuiltinNode {
        @Specialization(guards = "noneOrAbsent(key)")
        static Object min(VirtualFrame frame, Object args, Object key, Object dflt,
                        @Cached(value = "createMinMaxLoop()", neverDefault = true) com.oracle.truffle.api.nodes.LoopNode loop,
                        @Cached(value = "createLess()", neverDefault = true) org.auditpy.nodes.Expressions.Compare better) {
            Object r = minMaxInstances((PyTuple) args, dflt, better);
            return r != null ? r : minMaxNoKey(frame, (PyTuple) args, key, dflt, false, loop);
        }

        /** With a key function: {@link MinMaxKeyRepeat}. */
        @Specialization(guards = "!noneOrAbsent(key)")
        static Object byKey(VirtualFrame frame, Object args, Object key, Object dflt,
                        @Cached(value = "createMinMaxLoop()", neverDefault = true) com.oracle.truffle.api.nodes.LoopNode loop) {
            return minMaxByKey(frame, (PyTuple) args, key, dflt, false, loop);
        }

    }

    @Builtin(name = "max", params = {"*args", "key=", "default="})
    @GenerateNodeFactory
    abstract static class MaxNode extends LoopStateBuiltinNode {
        @Specialization(guards = "noneOrAbsent(key)")
        static Object max(VirtualFrame frame, Object args, Object key, Object dflt,
                        @Cached(value = "createMinMaxLoop()", neverDefault = true) com.oracle.truffle.api.nodes.LoopNode loop,
                        @Cached(value = "createGreater()", neverDefault = true) org.auditpy.nodes.Expressions.Compare better) {
            Object r = minMaxInstances((PyTuple) args, dflt, better);
            return r != null ? r : minMaxNoKey(frame, (PyTuple) args, key, dflt, true, loop);
        }

        /** With a key function: {@link MinMaxKeyRepeat}. */
        @Specialization(guards = "!noneOrAbsent(key)")
        static Object byKey(VirtualFrame frame, Object args, Object key, Object dflt,
                        @Cached(value = "createMinMaxLoop()", neverDefault = true) com.oracle.truffle.api.nodes.LoopNode loop) {
            return minMaxByKey(frame, (PyTuple) args, key, dflt, true, loop);
        }

    }

    /**
     * {@code min}/{@code max} without a key of instances of Python classes: several positional arguments, or one
     * non-empty exact list read by index against its live size (as its iterator would); null when the first item is
     * not such an instance. Each comparison is the comparison expression's node ({@code better}: {@code item < best}
     * for min, {@code >} for max, strict so that the first of equal items wins, as CPython's min_max), so that a
     * class's Python {@code __lt__}/{@code __gt__} is called through its cached dispatch: {@code max(vs)} of three
     * went through the generic rich comparison in 330 ns (CPython 170).
     */
    static Object minMaxInstances(PyTuple args, Object dflt, org.auditpy.nodes.Expressions.Compare better) {
        int n = args.size();
        if (n >= 2) {
            if (!absent(dflt) || !PyOps.isInstanceOfClass(args.get(0))) {
                return null;
            }
            Object best = args.get(0);
            for (int i = 1; i < n; i++) {
                Object o = args.get(i);
                if (org.auditpy.nodes.Expressions.truth(better.executeOperands(o, best))) {
                    best = o;
                }
            }
            return best;
        }
        if (n == 1 && args.get(0) instanceof PyList l && !l.getPythonClass().isHeapType() && !l.hasLongStorage() && l.size() > 0 &&
                        PyOps.isInstanceOfClass(l.get(0))) {
            Object best = l.get(0);
            for (int i = 1; i < l.size(); i++) {
                Object o = l.get(i);
                if (org.auditpy.nodes.Expressions.truth(better.executeOperands(o, best))) {
                    best = o;
                }
            }
            return best;
        }
        return null;
    }

    /**
     * A builtin that runs a Truffle loop over its items with the loop's state in frame slot 0 ({@code min}/{@code max}
     * with a key, {@code any}, {@code all}): the loop factories its {@code @Cached} parameters name.
     */
    abstract static class LoopStateBuiltinNode extends PythonBuiltinNode {
        static org.auditpy.nodes.Expressions.Compare createLess() {
            return org.auditpy.nodes.ExpressionsFactory.CompareNodeGen.create(Comparisons.Op.LT, null, null);
        }

        static org.auditpy.nodes.Expressions.Compare createGreater() {
            return org.auditpy.nodes.ExpressionsFactory.CompareNodeGen.create(Comparisons.Op.GT, null, null);
        }

        static com.oracle.truffle.api.nodes.LoopNode createMinMaxLoop() {
            return newMinMaxLoop();
        }

        static com.oracle.truffle.api.nodes.LoopNode createAnyAllLoop() {
            return newAnyAllLoop();
        }

        @Override
        public int frameSlotCount() {
            return 1;
        }

        /** Runs {@code loop} with {@code state} in frame slot 0, which is cleared after it. */
        static void run(VirtualFrame frame, Object state, com.oracle.truffle.api.nodes.LoopNode loop) {
            frame.setObject(0, state);
            try {
                loop.execute(frame);
            } finally {
                frame.setObject(0, null);
            }
        }
    }

    static com.oracle.truffle.api.nodes.LoopNode newAnyAllLoop() {
        return com.oracle.truffle.api.Truffle.getRuntime().createLoopNode(new AnyAllRepeat());
    }

    /**
     * {@code any(iterable)} ({@code seek} true) or {@code not all(iterable)} ({@code seek} false), as CPython's
     * builtin_any/builtin_all: whether an item's truth value is {@code seek}, stopping at the first such item. The
     * items come through {@link org.auditpy.nodes.Iteration.NextNode} in a Truffle loop (state in frame slot 0), so a
     * generator expression is resumed and its items tested in compiled code.
     */
    private static boolean anyAll(VirtualFrame frame, Object iterable, boolean seek, com.oracle.truffle.api.nodes.LoopNode loop) {
        AnyAllState s = new AnyAllState(PyOps.getIter(iterable), seek);
        LoopStateBuiltinNode.run(frame, s, loop);
        return s.found;
    }

    /** The running state of {@code any}/{@code all} ({@link AnyAllRepeat}). */
    static final class AnyAllState {
        final Object iterator;
        final boolean seek;
        boolean found;

        AnyAllState(Object iterator, boolean seek) {
            this.iterator = iterator;
            this.seek = seek;
        }
    }

    /** One item of {@code any}/{@code all}: the loop ends at the end of the items or at one whose truth is sought. */
    static final class AnyAllRepeat extends com.oracle.truffle.api.nodes.Node implements com.oracle.truffle.api.nodes.RepeatingNode {
        @Child private org.auditpy.nodes.Iteration.NextNode next = org.auditpy.nodes.Iteration.NextNode.create();
        @Child private org.auditpy.nodes.Expressions.TruthNode truth = org.auditpy.nodes.Expressions.TruthNode.create();

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            AnyAllState s = (AnyAllState) frame.getObject(0);
            Object o = next.execute(s.iterator);
            if (o == null) {
                return false;
            }
            if (truth.execute(o) == s.seek) {
                s.found = true;
                return false;
            }
            return true;
        }
    }

    static com.oracle.truffle.api.nodes.LoopNode newMinMaxLoop() {
        return com.oracle.truffle.api.Truffle.getRuntime().createLoopNode(new MinMaxKeyRepeat());
    }

    /**
     * {@code min}/{@code max} with a key function (CPython's min_max): the argument checks and the iterator as
     * {@link #minMax}, then a Truffle loop over the items ({@link MinMaxKeyRepeat}, state in frame slot 0) that calls
     * the key through a cached dispatch and compares int, float and str keys in compiled code: a lambda key inlines,
     * and a min/max called a few times over a long iterable is compiled by on-stack replacement.
     */
    /** {@code min}/{@code max} without a key: two numbers, a generator, else the generic {@link #minMax}. */
    private static Object minMaxNoKey(VirtualFrame frame, PyTuple args, Object key, Object dflt, boolean isMax,
                    com.oracle.truffle.api.nodes.LoopNode loop) {
        Object r = twoNumbers(args, key, dflt, isMax);
        if (r != null) {
            return r;
        }
        if (args.size() == 1 && args.get(0) instanceof org.auditpy.runtime.PyGenerator g) {
            return minMaxGenerator(frame, g, dflt, isMax, loop);
        }
        return minMax(args, key, dflt, isMax);
    }

    /**
     * {@code min(x for x in ...)}/{@code max(...)} without a key: the generator resumed in this loop (its body is
     * called from compiled code, as sum's), where the generic {@link #minMax} stepped it behind a boundary (1.4x
     * CPython's time for a generator over 5 items).
     */
    private static Object minMaxGenerator(VirtualFrame frame, org.auditpy.runtime.PyGenerator g, Object dflt, boolean isMax,
                    com.oracle.truffle.api.nodes.LoopNode loop) {
        MinMaxState s = new MinMaxState(g, null, isMax);
        LoopStateBuiltinNode.run(frame, s, loop);
        return s.best != null ? s.best : minMaxEmpty(dflt, isMax);
    }

    private static Object minMaxByKey(VirtualFrame frame, PyTuple args, Object key, Object dflt, boolean isMax,
                    com.oracle.truffle.api.nodes.LoopNode loop) {
        MinMaxState s = new MinMaxState(PyOps.getIter(minMaxSource(args, dflt, isMax)), key, isMax);
        LoopStateBuiltinNode.run(frame, s, loop);
        return s.best != null ? s.best : minMaxEmpty(dflt, isMax);
    }

    /** The running state of {@code min}/{@code max} with a key, or of a generator without one ({@link MinMaxKeyRepeat}). */
    static final class MinMaxState {
        final Object iterator;
        final Object key;
        final boolean isMax;
        /** The best item so far and its key; null before the first item. */
        Object best;
        Object bestKey;

        MinMaxState(Object iterator, Object key, boolean isMax) {
            this.iterator = iterator;
            this.key = key;
            this.isMax = isMax;
        }
    }

    /**
     * One item of {@code min}/{@code max} with a key (without one, for a generator, the item is its own key): its key
     * computed, and the item kept if its key is strictly smaller (larger) than the best one's, so that the first of
     * equal items wins (as CPython's min_max).
     */
    static final class MinMaxKeyRepeat extends com.oracle.truffle.api.nodes.Node implements com.oracle.truffle.api.nodes.RepeatingNode {
        @Child private org.auditpy.nodes.Iteration.NextNode next = org.auditpy.nodes.Iteration.NextNode.create();
        @Child private org.auditpy.nodes.Calls.Dispatch call = org.auditpy.nodes.CallsFactory.DispatchNodeGen.create();

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            MinMaxState s = (MinMaxState) frame.getObject(0);
            Object o = next.execute(s.iterator);
            if (o == null) {
                return false;
            }
            Object k = s.key == null ? o : call.execute(s.key, new Object[]{o}, ArgumentBinder.NO_KEYWORDS);
            if (s.best == null || better(k, s.bestKey, s.isMax)) {
                s.best = o;
                s.bestKey = k;
            }
            return true;
        }
    }

    /**
     * {@code min(a, b)}/{@code max(a, b)} of two ints that fit in a long or two floats, without a key or default: in
     * the caller's compiled code. As {@link #minMax}, the second replaces the first only if strictly smaller (larger),
     * so a NaN first stays; null for anything else.
     */
    static Object twoNumbers(PyTuple args, Object key, Object dflt, boolean isMax) {
        if (args.size() != 2 || !absent(key) || !absent(dflt)) {
            return null;
        }
        Object a = args.get(0);
        Object b = args.get(1);
        if (a instanceof Long x && b instanceof Long y) {
            return (isMax ? y > x : y < x) ? b : a;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return (isMax ? y > x : y < x) ? b : a;
        }
        return null;
    }

    /**
     * The running state of {@code sum(generator)} and {@code sum(map(...))}: a primitive total while every item is an
     * int that fits.
     */
    static final class SumState {
        /** The generator resumed for each item, or null for an iterator stepped through a NextNode. */
        final org.auditpy.runtime.PyGenerator gen;
        final Object iterator;
        long total;
        /** The generic total from the first item that is not an int (or overflows the long), else null. */
        Object acc;

        SumState(Object source, long start) {
            this.gen = source instanceof org.auditpy.runtime.PyGenerator g ? g : null;
            this.iterator = source;
            this.total = start;
        }
    }

    /**
     * One item of {@code sum(generator)} or {@code sum(map(...))}: the state is in frame slot 0 (see
     * SumNode.sumGenerator).
     */
    static final class SumRepeat extends com.oracle.truffle.api.nodes.Node implements com.oracle.truffle.api.nodes.RepeatingNode {
        @Child private org.auditpy.nodes.Iteration.ResumeNode resume = org.auditpy.nodes.IterationFactory.ResumeNodeGen.create();
        @Child private org.auditpy.nodes.Iteration.NextNode next = org.auditpy.nodes.Iteration.NextNode.create();

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            SumState s = (SumState) frame.getObject(0);
            org.auditpy.runtime.PyGenerator g = s.gen;
            if (g == null) {
                Object o = next.execute(s.iterator);
                if (o == null) {
                    return false;
                }
                if (s.acc == null) {
                    if (o instanceof Long b) {
                        long t = s.total;
                        long r = t + b;
                        if (((t ^ r) & (b ^ r)) >= 0) {
                            s.total = r;
                            return true;
                        }
                    }
                    s.acc = SumNode.add(s.total, o);
                    return true;
                }
                s.acc = SumNode.add(s.acc, o);
                return true;
            }
            if (!resume.execute(g, PyNone.NONE, null)) {
                return false;
            }
            if (s.acc == null) {
                // an int the generator yields through its primitive field is added without a box
                long b;
                Object o = null;
                if (g.value == org.auditpy.runtime.PyGenerator.YIELDED_LONG) {
                    b = g.yieldedLong;
                } else {
                    o = g.yielded();
                    if (!(o instanceof Long l)) {
                        s.acc = SumNode.add(s.total, o);
                        return true;
                    }
                    b = l;
                }
                long t = s.total;
                long r = t + b;
                if (((t ^ r) & (b ^ r)) >= 0) {
                    s.total = r;
                    return true;
                }
                s.acc = SumNode.add(t, o != null ? o : (Object) b);
                return true;
            }
            s.acc = SumNode.add(s.acc, g.yielded());
            return true;
        }
    }

    @Builtin(name = "sum", params = {"iterable", "/", "start="})
    @GenerateNodeFactory
    abstract static class SumNode extends PythonBuiltinNode {
        static boolean intStart(Object start) {
            return start == PyNone.NO_VALUE || start instanceof Long;
        }

        /**
         * Sum of a generator ({@code sum(x for x in ...)}): resumed through a direct call, so its body inlines here.
         * The loop is a Truffle {@code LoopNode} over state kept in frame slot 0: a sum called a few times over a long
         * generator is compiled by on-stack replacement, as a Python loop is.
         */
        @Specialization(guards = "intStart(start)")
        Object sumGenerator(VirtualFrame frame, org.auditpy.runtime.PyGenerator gen, Object start,
                        @Cached(value = "createSumLoop()", neverDefault = true) com.oracle.truffle.api.nodes.LoopNode loop) {
            SumState s = new SumState(gen, start == PyNone.NO_VALUE ? 0L : (Long) start);
            frame.setObject(0, s);
            loop.execute(frame);
            return s.acc == null ? (Object) s.total : s.acc;
        }

        /**
         * Sum of a builtin {@code map} over one iterable ({@code sum(map(f, xs))}): the same loop, each item through
         * {@link org.auditpy.nodes.Iteration.NextNode}, which calls the function through a cached dispatch.
         */
        @Specialization(guards = {"intStart(start)", "isPlainMap(map)"})
        Object sumMap(VirtualFrame frame, org.auditpy.runtime.PyIterator.MapIterator map, Object start,
                        @Cached(value = "createSumLoop()", neverDefault = true) com.oracle.truffle.api.nodes.LoopNode loop) {
            SumState s = new SumState(map, start == PyNone.NO_VALUE ? 0L : (Long) start);
            frame.setObject(0, s);
            loop.execute(frame);
            return s.acc == null ? (Object) s.total : s.acc;
        }

        static boolean isPlainMap(Object o) {
            return org.auditpy.nodes.Iteration.NextNode.isPlainMap(o);
        }

        static com.oracle.truffle.api.nodes.LoopNode createSumLoop() {
            return com.oracle.truffle.api.Truffle.getRuntime().createLoopNode(new SumRepeat());
        }

        @Override
        public int frameSlotCount() {
            return 1;
        }

        @TruffleBoundary
        private static Object add(Object a, Object b) {
            return Arithmetic.binary(a, b, Arithmetic.BinOp.ADD);
        }

        @Specialization
        @TruffleBoundary
        static Object sum(Object iterable, Object start) {
            Object acc = absent(start) ? (Object) 0L : start;
            if (acc instanceof String) {
                throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            if (acc instanceof PyBytes b) {
                throw PyErrors.typeError(b.isByteArray() ? "sum() can't sum bytearray [use b''.join(seq) instead]"
                                : "sum() can't sum bytes [use b''.join(seq) instead]");
            }
            if (acc instanceof Long a && iterable instanceof PyList l && l.hasLongStorage() && !l.getPythonClass().isHeapType()) {
                return sumLongs(l, a);
            }
            Object it = PyOps.getIter(iterable);
            Object o;
            while ((o = PyOps.next(it)) != null) {
                if (acc instanceof Long a && o instanceof Long b) {
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) < 0) {
                        acc = PyOps.normalize(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
                    } else {
                        acc = r;
                    }
                } else if (acc instanceof Double a && o instanceof Double b) {
                    acc = a + b;
                } else {
                    acc = Arithmetic.binary(acc, o, Arithmetic.BinOp.ADD);
                }
            }
            return acc;
        }
    }

    /**
     * {@code sum(l, start)} of an exact list in the int storage with an int start: the longs added without boxes, in
     * a BigInteger from the first sum that overflows a long (the same value as the generic loop's).
     */
    private static Object sumLongs(PyList l, long start) {
        long total = start;
        int n = l.size();
        for (int i = 0; i < n; i++) {
            long b = l.getLong(i);
            long r = total + b;
            if (((total ^ r) & (b ^ r)) < 0) {
                BigInteger big = BigInteger.valueOf(total);
                for (int j = i; j < n; j++) {
                    big = big.add(BigInteger.valueOf(l.getLong(j)));
                }
                return PyOps.normalize(big);
            }
            total = r;
        }
        return total;
    }

    @Builtin(name = "pow", params = {"base", "exp", "mod="})
    @GenerateNodeFactory
    abstract static class PowNode extends PythonBuiltinNode {
        /**
         * {@code pow(b, e, m)} of ints that fit longs with {@code e >= 0} and {@code 0 < |m| <= 3037000499} (so that a
         * product of two residues fits a long): square-and-multiply in compiled code, the result with the sign of
         * {@code m} as CPython's long_pow gives it. Everything else (and every error) by {@link #powGeneric}, whose
         * BigInteger.modPow took 6x CPython's time for small ints.
         */
        @Specialization
        static Object pow(Object base, Object exp, Object mod) {
            if (base instanceof Long b && exp instanceof Long e && mod instanceof Long m && e >= 0 && m != 0
                            && m >= -SMALL_MODULUS && m <= SMALL_MODULUS) {
                return powModSmall(b, e, m);
            }
            return powGeneric(base, exp, mod);
        }

        private static final long SMALL_MODULUS = 3037000499L;

        static long powModSmall(long b, long e, long m) {
            long am = Math.abs(m);
            long x = Math.floorMod(b, am);
            long r = 1 % am;
            for (long k = e; k > 0; k >>= 1) {
                if ((k & 1) != 0) {
                    r = r * x % am;
                }
                x = x * x % am;
            }
            return m < 0 && r != 0 ? r + m : r;
        }

        @TruffleBoundary
        static Object powGeneric(Object base, Object exp, Object mod) {
            if (absentOrNone(mod)) {
                return Arithmetic.binary(base, exp, Arithmetic.BinOp.POW);
            }
            if (PyOps.isInt(base) && PyOps.isInt(exp) && PyOps.isInt(mod)) {
                BigInteger b = PyOps.toBig(base);
                BigInteger e = PyOps.toBig(exp);
                BigInteger m = PyOps.toBig(mod);
                if (m.signum() == 0) {
                    throw PyErrors.valueError("pow() 3rd argument cannot be 0");
                }
                BigInteger am = m.abs();
                BigInteger r;
                if (e.signum() < 0) {
                    BigInteger inv;
                    try {
                        inv = b.modInverse(am);
                    } catch (ArithmeticException ex) {
                        throw PyErrors.valueError("base is not invertible for the given modulus");
                    }
                    r = inv.modPow(e.negate(), am);
                } else {
                    r = b.modPow(e, am);
                }
                if (m.signum() < 0 && r.signum() != 0) {
                    r = r.add(m);
                }
                return PyOps.normalize(r);
            }
            Object r = PyOps.callSpecial(base, "__pow__", exp, mod);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
            if (Comparisons.isNumber(base) && Comparisons.isNumber(exp) && Comparisons.isNumber(mod)) {
                throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            throw PyErrors.typeError("unsupported operand type(s) for ** or pow(): '" + PyOps.typeName(base) + "', '" +
                            PyOps.typeName(exp) + "', '" + PyOps.typeName(mod) + "'");
        }
    }

    @Builtin(name = "round", params = {"number", "ndigits="})
    @GenerateNodeFactory
    abstract static class RoundNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object round(Object number, Object ndigits) {
            return roundImpl(number, absentOrNone(ndigits) ? null : ndigits);
        }
    }

    @TruffleBoundary
    public static Object roundImpl(Object number, Object ndigits) {
        if (number instanceof Double d) {
            if (ndigits == null) {
                if (Double.isNaN(d)) {
                    throw PyErrors.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw PyErrors.overflowError("cannot convert float infinity to integer");
                }
                double r = Math.rint(d);
                if (Math.abs(r) < 9.0e18) {
                    return (long) r;
                }
                return PyOps.normalize(new BigDecimal(r).toBigInteger());
            }
            // float___round___impl: PyNumber_AsSsize_t(o, NULL) clips an int past Py_ssize_t
            Object ni = PyOps.index(ndigits);
            long n = ni instanceof Long l ? l : ((BigInteger) ni).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0) {
                return d;
            }
            if (n > 323) {
                return d;
            }
            if (n < -308) {
                return 0.0 * d;
            }
            double r = FixedPoint.round(d, (int) n);
            if (Double.isNaN(r)) {
                r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
            }
            if (Double.isInfinite(r)) {
                throw PyErrors.overflowError("rounded value too large to represent");
            }
            if (r == 0.0) {
                return Math.copySign(0.0, d);
            }
            return r;
        }
        if (PyOps.isInt(number) && (number instanceof Boolean || !(number instanceof org.auditpy.runtime.PythonObject))) {
            if (ndigits == null) {
                return number instanceof Boolean b ? (Object) (b ? 1L : 0L) : number;
            }
            return IntBuiltins.roundInt(number instanceof Boolean b ? (Object) (b ? 1L : 0L) : number, ndigits);
        }
        Object m = PyOps.typeOf(number).lookup("__round__");
        if (m == null) {
            throw PyErrors.typeError("type " + PyOps.typeName(number) + " doesn't define __round__ method");
        }
        return ndigits == null ? PyOps.callDescriptor(m, number) : PyOps.callDescriptor(m, number, ndigits);
    }

    // ------------------------------------------------------------------------------------------ I/O

    @Builtin(name = "input", params = {"prompt=", "/"})
    @GenerateNodeFactory
    abstract static class InputNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object input(Object prompt) {
            Object stdin = sysAttr("stdin");
            Object stdout = sysAttr("stdout");
            Object stderr = sysAttr("stderr");
            if (stdin == null || stdin == PyNone.NONE) {
                throw PyErrors.runtimeError("input(): lost sys.stdin");
            }
            if (stdout == null || stdout == PyNone.NONE) {
                throw PyErrors.runtimeError("input(): lost sys.stdout");
            }
            if (Audit.active()) {
                Audit.raise("builtins.input", absent(prompt) ? PyNone.NONE : prompt);
            }
            if (stderr != null && stderr != PyNone.NONE) {
                PyOps.getAttributeOrNull(stderr, "flush");
                Object fl = PyOps.getAttributeOrNull(stderr, "flush");
                if (fl != null) {
                    PyOps.callPositional(fl);
                }
            }
            if (!absent(prompt)) {
                PyOps.callMethod(stdout, "write", PyOps.str(prompt));
            }
            Object fl = PyOps.getAttributeOrNull(stdout, "flush");
            if (fl != null) {
                PyOps.callPositional(fl);
            }
            Object line = PyOps.callMethod(stdin, "readline");
            if (!(line instanceof String s)) {
                throw PyErrors.typeError("object.readline() returned non-string");
            }
            if (s.isEmpty()) {
                throw PyErrors.raise("EOFError", "EOF when reading a line");
            }
            if (s.endsWith("\n")) {
                s = s.substring(0, s.length() - 1);
            }
            if (inputIsTty(stdin, 0L) && inputIsTty(stdout, 1L)) {
                // CPython raises builtins.input/result only on its readline path (stdin and stdout the C-level ttys)
                if (Audit.active()) {
                    Audit.raise("builtins.input/result", s);
                }
            }
            return s;
        }
    }

    /** CPython's check in builtin_input_impl: the stream's fileno() is the C stdio one and a tty. */
    @TruffleBoundary
    static boolean inputIsTty(Object stream, long fd) {
        try {
            Object n = PyOps.callMethod(stream, "fileno");
            if (!(n instanceof Long l) || l != fd) {
                return false;
            }
            return PyOps.isTrue(PyOps.callMethod(stream, "isatty"));
        } catch (PyException e) {
            return false;
        }
    }

    @Builtin(name = "open", params = {"file", "mode=", "buffering=", "encoding=", "errors=", "newline=", "closefd=", "opener="})
    @GenerateNodeFactory
    abstract static class OpenNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object open(Object file, Object mode, Object buffering, Object encoding, Object errors, Object newline, Object closefd,
                        Object opener) {
            Object io = ctx().getModules().getStr("_io");
            if (io == null) {
                io = IntrinsicModules.load("_io");
            }
            Object fn = io == null ? null : PyOps.getAttributeOrNull(io, "open");
            if (fn == null) {
                throw PyErrors.notImplemented("open() is not available: no _io module");
            }
            java.util.ArrayList<Object> args = new java.util.ArrayList<>();
            java.util.ArrayList<String> kw = new java.util.ArrayList<>();
            args.add(file);
            String[] names = {"mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
            Object[] vals = {mode, buffering, encoding, errors, newline, closefd, opener};
            for (int i = 0; i < names.length; i++) {
                if (!absent(vals[i])) {
                    args.add(vals[i]);
                    kw.add(names[i]);
                }
            }
            return PyOps.call(fn, args.toArray(), kw.toArray(new String[0]));
        }
    }

    @Builtin(name = "breakpoint", params = {"*args", "**kws"})
    @GenerateNodeFactory
    abstract static class BreakpointNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object breakpoint(Object args, Object kws) {
            Object hook = sysAttr("breakpointhook");
            if (hook == null) {
                throw PyErrors.runtimeError("lost sys.breakpointhook");
            }
            if (Audit.active()) {
                Audit.raise("builtins.breakpoint", hook);
            }
            return callWith(hook, ((PyTuple) args).items(), (PyDict) kws);
        }
    }

    /** {@code f(*args, **kwargs)}. */
    @TruffleBoundary
    public static Object callWith(Object f, Object[] args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return PyOps.call(f, args, ArgumentBinder.NO_KEYWORDS);
        }
        Object[] keys = kwargs.keysArray();
        Object[] all = java.util.Arrays.copyOf(args, args.length + keys.length);
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = (String) keys[i];
            all[args.length + i] = kwargs.getItem(keys[i]);
        }
        return PyOps.call(f, all, names);
    }

    // ------------------------------------------------------------------------------------------ exec / eval / compile

    /** The source of compile/exec/eval as text: str, or bytes decoded as UTF-8. */
    static String sourceText(Object source, String fn) {
        if (source instanceof String s) {
            checkNoNul(source);
            return s;
        }
        throw PyErrors.typeError(fn + "() arg 1 must be a string, bytes or code object");
    }

    /**
     * CPython's {@code _Py_SourceAsString} check, before any event: a str or bytes source holding a NUL raises
     * {@code SyntaxError: source code string cannot contain null bytes} (message only).
     */
    @TruffleBoundary
    static void checkNoNul(Object source) {
        boolean nul = false;
        if (source instanceof String s) {
            nul = s.indexOf('\0') >= 0;
        } else if (source instanceof org.auditpy.runtime.PyBytes b) {
            for (byte x : b.getBytes()) {
                if (x == 0) {
                    nul = true;
                    break;
                }
            }
        }
        if (nul) {
            throw PyErrors.newException(PythonContext.get().types().exception("SyntaxError"),
                            "source code string cannot contain null bytes").toThrowable(null);
        }
    }

    /**
     * Compiles a bytes source of exec/eval: the {@code compile} event gets the bytes (from {@code skip} on, eval
     * dropping leading blanks), then they are decoded as CPython's tokenizer decodes a string (BOM, PEP 263
     * declaration: {@link org.auditpy.runtime.SourceDecoding#decodeString}).
     */
    @TruffleBoundary
    static org.auditpy.runtime.PyCode compileBytes(org.auditpy.runtime.PyBytes b, String mode, boolean stripBlanks) {
        checkNoNul(b);
        byte[] data = b.getBytes();
        int skip = 0;
        while (stripBlanks && skip < data.length && (data[skip] == ' ' || data[skip] == '\t')) {
            skip++;
        }
        byte[] used = java.util.Arrays.copyOfRange(data, skip, data.length);
        if (org.auditpy.audit.Audit.active()) {
            org.auditpy.audit.Audit.raise("compile", org.auditpy.runtime.PyBytes.of(used.clone()), "<string>");
        }
        String text = org.auditpy.runtime.SourceDecoding.decodeString(used, "<string>");
        return org.auditpy.runtime.CodeExecution.compileNoAudit(text, "<string>", mode);
    }

    /**
     * The locals for exec/eval: the given mapping; without one, the globals when they were given, else the
     * caller's locals (a snapshot dict in a function, as CPython's frame locals); null means "the globals".
     */
    @TruffleBoundary
    static Object execLocals(Object globals, Object locals, String fn) {
        if (!absent(locals) && locals != PyNone.NONE) {
            if (PyOps.typeOf(locals).lookup("__getitem__") == null) {
                throw PyErrors.typeError(fn.equals("exec") ? "locals must be a mapping or None, not " + PyOps.typeName(locals) : "locals must be a mapping");
            }
            return locals;
        }
        if (!absent(globals) && globals != PyNone.NONE) {
            return null;
        }
        Frames.Info caller = Frames.caller();
        return caller == null || caller.function() == null ? null : Frames.locals(caller);
    }

    /** The globals for exec/eval: the given dict, or the caller's. */
    static PyDict execGlobals(Object globals, String fn) {
        if (absent(globals) || globals == PyNone.NONE) {
            return Frames.callerGlobals();
        }
        if (!(globals instanceof PyDict d)) {
            // builtin_eval_impl and builtin_exec_impl word it differently
            throw PyErrors.typeError(fn.equals("eval") ? "globals must be a dict" : fn + "() globals must be a dict, not " + PyOps.typeName(globals));
        }
        return d;
    }

    /** compile()'s filename as PyUnicode_FSDecoder takes it: str, bytes (UTF-8) or an os.PathLike. */
    @TruffleBoundary
    static String compileFilename(Object filename) {
        Object f = filename instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String v ? v : filename;
        if (!(f instanceof String) && !(f instanceof org.auditpy.runtime.PyBytes)) {
            Object fspath = PyOps.typeOf(f).lookup("__fspath__");
            if (fspath == null) {
                throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + PyOps.typeName(f));
            }
            f = PyOps.callSpecial(f, "__fspath__");
            if (!(f instanceof String) && !(f instanceof org.auditpy.runtime.PyBytes)) {
                throw PyErrors.typeError("expected " + PyOps.typeName(filename) + ".__fspath__() to return str or bytes, not " + PyOps.typeName(f));
            }
        }
        String name = f instanceof String s ? s : new String(((org.auditpy.runtime.PyBytes) f).getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (name.indexOf('\0') >= 0) {
            throw PyErrors.valueError("embedded null character");
        }
        return name;
    }

    /** {@code compile(source, filename, mode)}: raises {@code compile} with (source bytes, filename) (Python/bltinmodule.c). */
    @Builtin(name = "compile", params = {"source", "filename", "mode", "flags=", "dont_inherit=", "optimize=", "*", "_feature_version="})
    @GenerateNodeFactory
    abstract static class CompileNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object compile(Object source, Object filename, Object mode, Object flags, Object dontInherit, Object optimize, Object fv) {
            String fname = compileFilename(filename);
            if (!(mode instanceof String m) || !(m.equals("exec") || m.equals("eval") || m.equals("single"))) {
                throw PyErrors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            if (!absent(flags) && (PyOps.asIndex(flags) & 0x400) != 0) {
                throw PyErrors.notImplemented("compile() to an AST (PyCF_ONLY_AST) is not supported by auditpy yet");
            }
            if (!(source instanceof String || source instanceof org.auditpy.runtime.PyBytes)) {
                throw PyErrors.typeError("compile() arg 1 must be a string, bytes or AST object");
            }
            checkNoNul(source);
            String text = source instanceof String str ? str : null;
            if (org.auditpy.audit.Audit.active()) {
                // the event has the source as bytes: bytes as given, a bytearray copied, str encoded (UTF-8)
                Object srcBytes = source instanceof org.auditpy.runtime.PyBytes b ? (b.isByteArray() ? org.auditpy.runtime.PyBytes.of(b.getBytes().clone()) : b)
                                : org.auditpy.runtime.PyBytes.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                org.auditpy.audit.Audit.raise("compile", srcBytes, fname);
            }
            if (text == null) {
                text = org.auditpy.runtime.SourceDecoding.decodeString(((org.auditpy.runtime.PyBytes) source).getBytes(), fname);
            }
            return org.auditpy.runtime.CodeExecution.compileNoAudit(text, fname, m);
        }
    }

    /** {@code exec(source, globals, locals)}: {@code compile} (for text) then {@code exec} events, as CPython. */
    @Builtin(name = "exec", params = {"source", "globals=", "locals=", "/", "*", "closure="})
    @GenerateNodeFactory
    abstract static class ExecNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object exec(Object source, Object globals, Object locals, Object closure) {
            PyDict g = execGlobals(globals, "exec");
            Object l = execLocals(globals, locals, "exec");
            org.auditpy.runtime.PyCode code = source instanceof org.auditpy.runtime.PyCode c ? c
                            : source instanceof org.auditpy.runtime.PyBytes b ? compileBytes(b, "exec", false)
                            : org.auditpy.runtime.CodeExecution.compile(sourceText(source, "exec"), "<string>", "exec", true);
            org.auditpy.runtime.CodeExecution.exec(code, g, l, true);
            return PyNone.NONE;
        }
    }

    /** {@code eval(source, globals, locals)}. */
    @Builtin(name = "eval", params = {"source", "globals=", "locals=", "/"})
    @GenerateNodeFactory
    abstract static class EvalNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object eval(Object source, Object globals, Object locals) {
            PyDict g = execGlobals(globals, "eval");
            Object l = execLocals(globals, locals, "eval");
            org.auditpy.runtime.PyCode code;
            if (source instanceof org.auditpy.runtime.PyCode c) {
                code = c;
            } else if (source instanceof org.auditpy.runtime.PyBytes b) {
                code = compileBytes(b, "eval", true);
            } else {
                String text = sourceText(source, "eval").stripLeading();
                code = org.auditpy.runtime.CodeExecution.compile(text, "<string>", "eval", true);
            }
            return org.auditpy.runtime.CodeExecution.exec(code, g, l, true);
        }
    }

    /** {@code __import__(name, globals, locals, fromlist, level)} (the import statement's machinery). */
    @Builtin(name = "__import__", params = {"name", "globals=", "locals=", "fromlist=", "level="})
    @GenerateNodeFactory
    abstract static class ImportNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doImport(Object name, Object globals, Object locals, Object fromlist, Object level) {
            if (!(name instanceof String n)) {
                throw PyErrors.typeError("__import__() argument 1 must be str, not " + PyOps.typeName(name));
            }
            PyDict g = absent(globals) || !(globals instanceof PyDict d) ? null : d;
            org.auditpy.runtime.PyTuple from = absent(fromlist) || fromlist == PyNone.NONE ? null
                            : org.auditpy.runtime.PyTuple.of(PyOps.toArray(fromlist));
            int lv = absent(level) ? 0 : (int) PyOps.asIndex(level);
            if (lv > 0 && !absent(globals) && globals != PyNone.NONE && g == null) {
                // resolve_name (Python/import.c)
                throw PyErrors.typeError("globals must be a dict");
            }
            return org.auditpy.runtime.ImportSystem.importModule(n, g, from, lv, false);
        }
    }

    /** Unused marker so that the static-method wrapper type is referenced (keeps imports honest). */
    static boolean isStaticWrapper(Object o) {
        return o instanceof Descriptors.StaticMethod;
    }
}
