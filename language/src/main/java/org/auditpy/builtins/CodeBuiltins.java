package org.auditpy.builtins;

import static org.auditpy.builtins.FunctionBuiltins.*;

import java.util.List;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.Identity;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyCell;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyFrame;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyMethod;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyTraceback;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Part of {@link FunctionBuiltins}. */
public final class CodeBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return CodeBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyCode c = (PyCode) self;
            return "<code object " + c.getName() + " at 0x" + Long.toHexString(Identity.id(c)) + ", file \"" + c.getFilename() + "\", line " +
                            c.getFirstLineno() + ">";
        }
    }
    // ------------------------------------------------------------------------------------------ construction

    /** The call target of a code object built from bytecode, which auditpy cannot execute. */
    static final class BytecodeRoot extends com.oracle.truffle.api.nodes.RootNode {
        BytecodeRoot() {
            super(PythonContext.get().getLanguage());
        }

        @Override
        public Object execute(com.oracle.truffle.api.frame.VirtualFrame frame) {
            throw fail();
        }

        @TruffleBoundary
        static RuntimeException fail() {
            throw PyErrors.raise("SystemError", "auditpy cannot execute a code object built from bytecode");
        }

        @Override
        public boolean isInternal() {
            return true;
        }
    }

    static final String[] NEW_PARAMS = {"argcount", "posonlyargcount", "kwonlyargcount", "nlocals", "stacksize", "flags", "codestring",
        "constants", "names", "varnames", "filename", "name", "qualname", "firstlineno", "linetable", "exceptiontable", "freevars", "cellvars"};

    static long intArg(String fn, int pos, Object o) {
        if (o instanceof Double) {
            throw PyErrors.typeError("'float' object cannot be interpreted as an integer");
        }
        long v = PyOps.asIndex(o);
        if (v > Integer.MAX_VALUE) {
            throw PyErrors.overflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw PyErrors.overflowError("signed integer is less than minimum");
        }
        return v;
    }

    static void typed(String fn, String argDesc, Object o, Class<?> cls, String typeName) {
        boolean ok = cls.isInstance(o) && !(o instanceof PyBytes b && b.isByteArray());
        if (!ok) {
            throw PyErrors.typeError(fn + "() argument " + argDesc + " must be " + typeName + ", not " + PyOps.typeName(o));
        }
    }

    static String[] names(Object t) {
        Object[] items = ((PyTuple) t).items();
        String[] r = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof String s)) {
                throw PyErrors.typeError("name tuples must contain only strings, not '" + PyOps.typeName(items[i]) + "'");
            }
            r[i] = s;
        }
        return r;
    }

    /** {@code types.CodeType(...)} (Objects/codeobject.c code_new_impl): the code.__new__ event, then validation. */
    @Builtin(name = "__new__", params = {"type", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object create(Object type, Object argsObj, Object kwargsObj) {
            Object[] a = ((PyTuple) argsObj).items();
            if (((PyDict) kwargsObj).size() > 0) {
                throw PyErrors.typeError("code() takes no keyword arguments");
            }
            if (a.length < 16) {
                throw PyErrors.typeError("code expected at least 16 arguments, got " + a.length);
            }
            if (a.length > 18) {
                throw PyErrors.typeError("code expected at most 18 arguments, got " + a.length);
            }
            long[] ints = new long[6];
            for (int i = 0; i < 6; i++) {
                ints[i] = intArg("code", i + 1, a[i]);
            }
            typed("code", "7", a[6], PyBytes.class, "bytes");
            typed("code", "8", a[7], PyTuple.class, "tuple");
            typed("code", "9", a[8], PyTuple.class, "tuple");
            typed("code", "10", a[9], PyTuple.class, "tuple");
            typed("code", "11", a[10], String.class, "str");
            typed("code", "12", a[11], String.class, "str");
            typed("code", "13", a[12], String.class, "str");
            long firstlineno = intArg("code", 14, a[13]);
            typed("code", "15", a[14], PyBytes.class, "bytes");
            typed("code", "16", a[15], PyBytes.class, "bytes");
            Object freevars = a.length > 16 ? a[16] : PyTuple.of();
            Object cellvars = a.length > 17 ? a[17] : PyTuple.of();
            typed("code", "17", freevars, PyTuple.class, "tuple");
            typed("code", "18", cellvars, PyTuple.class, "tuple");
            if (Audit.active()) {
                Audit.raise("code.__new__", a[6], a[10], a[11], ints[0], ints[1], ints[2], ints[3], ints[4], ints[5]);
            }
            return build(ints, (PyBytes) a[6], (PyTuple) a[8], (PyTuple) a[9], (String) a[10], (String) a[11], (String) a[12], firstlineno,
                            (PyTuple) freevars, (PyTuple) cellvars);
        }
    }

    @TruffleBoundary
    static PyCode build(long[] ints, PyBytes codestring, PyTuple names, PyTuple varnames, String filename, String name, String qualname,
                    long firstlineno, PyTuple freevars, PyTuple cellvars) {
        long argcount = ints[0], posonly = ints[1], kwonly = ints[2], nlocals = ints[3], flags = ints[5];
        if (argcount < 0) {
            throw PyErrors.valueError("code: argcount must not be negative");
        }
        if (posonly < 0) {
            throw PyErrors.valueError("code: posonlyargcount must not be negative");
        }
        if (kwonly < 0) {
            throw PyErrors.valueError("code: kwonlyargcount must not be negative");
        }
        if (nlocals < 0) {
            throw PyErrors.valueError("code: nlocals must not be negative");
        }
        names(names);
        String[] vn = names(varnames);
        String[] fv = names(freevars);
        String[] cv = names(cellvars);
        if (codestring.getBytes().length % 2 != 0) {
            throw PyErrors.valueError("code: co_code is malformed");
        }
        boolean hasVarargs = (flags & PyCode.CO_VARARGS) != 0;
        boolean hasVarkw = (flags & PyCode.CO_VARKEYWORDS) != 0;
        int plain = vn.length - (hasVarargs ? 1 : 0) - (hasVarkw ? 1 : 0);
        if (argcount + kwonly > plain || argcount < posonly) {
            throw PyErrors.valueError("code: co_varnames is too small");
        }
        int ac = (int) argcount, ko = (int) kwonly;
        String[] positional = java.util.Arrays.copyOfRange(vn, 0, ac);
        String[] kwOnly = java.util.Arrays.copyOfRange(vn, ac, ac + ko);
        int next = ac + ko;
        String varargs = hasVarargs ? vn[next++] : null;
        String varkw = hasVarkw ? vn[next] : null;
        org.auditpy.runtime.Signature sig = new org.auditpy.runtime.Signature(positional, (int) posonly, varargs, kwOnly, varkw);
        PyCode code = new PyCode(name, qualname, filename, (int) firstlineno, sig, vn, cv, fv, (int) flags, null);
        code.setCallTarget(new BytecodeRoot().getCallTarget());
        return code;
    }

    static final java.util.Set<String> REPLACE_NAMES = java.util.Set.of("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
                    "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
                    "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable");

    /**
     * {@code code.replace(**changes)} (code_replace_impl): raises {@code code.__new__}; the new code object
     * shares the original's compiled body, so only the descriptive fields (names, filename, first line)
     * change; argument counts, variable names and flags keep describing that body.
     */
    @Builtin(name = "replace", params = {"self", "/", "**kwargs"})
    @GenerateNodeFactory
    abstract static class ReplaceNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object replace(Object self, Object kwargsObj) {
            if (!(self instanceof PyCode c)) {
                throw PyErrors.typeError("descriptor 'replace' for 'code' objects doesn't apply to a '" + PyOps.typeName(self) + "' object");
            }
            PyDict kw = (PyDict) kwargsObj;
            for (Object k : kw.keysArray()) {
                if (!REPLACE_NAMES.contains(k)) {
                    throw PyErrors.typeError("'" + k + "' is an invalid keyword argument for replace()");
                }
            }
            String[] intNames = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags"};
            long[] ints = new long[6];
            for (int i = 0; i < 6; i++) {
                Object v = kw.getStr(intNames[i]);
                ints[i] = v != null ? intArg("replace", i + 1, v) : PyOps.asIndex(PyOps.getAttribute(c, intNames[i]));
            }
            Object code = kw.getStr("co_code");
            if (code == null) {
                code = PyOps.getAttribute(c, "co_code");
            }
            typed("replace", "'co_code'", code, PyBytes.class, "bytes");
            Object filename = kw.getStr("co_filename");
            Object name = kw.getStr("co_name");
            Object qualname = kw.getStr("co_qualname");
            filename = filename == null ? c.getFilename() : filename;
            name = name == null ? c.getName() : name;
            qualname = qualname == null ? c.getQualname() : qualname;
            typed("replace", "'co_filename'", filename, String.class, "str");
            typed("replace", "'co_name'", name, String.class, "str");
            typed("replace", "'co_qualname'", qualname, String.class, "str");
            for (String t : new String[]{"co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars"}) {
                Object v = kw.getStr(t);
                if (v != null) {
                    typed("replace", "'" + t + "'", v, PyTuple.class, "tuple");
                }
            }
            Object fl = kw.getStr("co_firstlineno");
            long firstlineno = fl != null ? intArg("replace", 7, fl) : c.getFirstLineno();
            if (Audit.active()) {
                Audit.raise("code.__new__", code, filename, name, ints[0], ints[1], ints[2], ints[3], ints[4], ints[5]);
            }
            PyCode r = new PyCode((String) name, (String) qualname, (String) filename, (int) firstlineno, c.getSignature(), c.getVarnames(),
                            c.getCellvars(), c.getFreevars(), c.getFlags(), c.getSource());
            r.setCallTarget(c.getCallTarget());
            return r;
        }
    }
}
