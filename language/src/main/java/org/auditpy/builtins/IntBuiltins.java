package org.auditpy.builtins;

import static org.auditpy.builtins.TypeSupport.absent;
import static org.auditpy.builtins.TypeSupport.noneOrAbsent;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.auditpy.runtime.Arithmetic;
import org.auditpy.runtime.Arithmetic.BinOp;
import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.Comparisons.Op;
import org.auditpy.runtime.FormatSpec;
import org.auditpy.runtime.Ints;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Methods of {@code int} (Objects/longobject.c). */
public final class IntBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return IntBuiltinsFactory.getFactories();
    }

    @Override
    protected void operators(OperatorBuiltins.Table table) {
        table.richCompare(IntBuiltins::cmp)
                        .binary((s, o, op, reflected) -> reflected ? bin(o, s, op) : bin(s, o, op), BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.TRUEDIV,
                                        BinOp.FLOORDIV, BinOp.MOD, BinOp.LSHIFT, BinOp.RSHIFT, BinOp.AND, BinOp.OR, BinOp.XOR);
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().intType;
        TypeSupport.getter(ctx, ns, t, "real", IntBuiltins::plain);
        TypeSupport.getter(ctx, ns, t, "imag", o -> 0L);
        TypeSupport.getter(ctx, ns, t, "numerator", IntBuiltins::plain);
        TypeSupport.getter(ctx, ns, t, "denominator", o -> 1L);
    }

    /** The int value of self as Long/BigInteger (bool becomes 0/1). */
    static Object plain(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return o;
    }

    static Object checkSelf(Object self, String name) {
        if (!PyOps.isInt(self)) {
            throw TypeSupport.descrError(name, "int", self);
        }
        return plain(self);
    }

    @TruffleBoundary
    static Object bin(Object a, Object b, BinOp op) {
        // the other operand may be an instance of an int subclass (only self arrives unboxed)
        a = org.auditpy.runtime.PyBoxed.unbox(a);
        b = org.auditpy.runtime.PyBoxed.unbox(b);
        if (!PyOps.isInt(a) || !PyOps.isInt(b)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        Object r = Ints.binary(a, b, op);
        return r == null ? PyNone.NOT_IMPLEMENTED : r;
    }

    @TruffleBoundary
    static Object cmp(Object a, Object b, Op op) {
        a = org.auditpy.runtime.PyBoxed.unbox(a);
        b = org.auditpy.runtime.PyBoxed.unbox(b);
        if (!PyOps.isInt(a) || !PyOps.isInt(b)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return Comparisons.richCompare(a, b, op);
    }

    // ------------------------------------------------------------------------------------------ construction

    /** {@code int(s, base)} parsing as CPython's PyLong_FromString; null when invalid. */
    @TruffleBoundary
    public static Object parse(String text, int base) {
        String s = text.strip();
        int i = 0;
        int n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        if (base == 0) {
            base = 10;
            // leading zeros are only allowed for zero itself
            String rest = s.substring(i).replace("_", "");
            if (rest.length() > 1 && rest.charAt(0) == '0') {
                for (int k = 0; k < rest.length(); k++) {
                    if (rest.charAt(k) != '0') {
                        return null;
                    }
                }
            }
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = !prefixed;
        if (i >= n) {
            return null;
        }
        // the value accumulates in a long while it fits (most literals): no BigInteger to make and parse
        long acc = 0;
        boolean fits = true;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0) {
                return null;
            }
            digits.append((char) (d < 10 ? '0' + d : 'a' + d - 10));
            if (fits) {
                if (acc > (Long.MAX_VALUE - d) / base) {
                    fits = false;
                } else {
                    acc = acc * base + d;
                }
            }
            lastUnderscore = false;
        }
        if (lastUnderscore || digits.length() == 0) {
            return null;
        }
        if (fits) {
            return neg ? -acc : acc;
        }
        if (digits.length() > PythonContext.INT_MAX_STR_DIGITS_THRESHOLD && Integer.bitCount(base) != 1) {
            // CPython 3.11's PyLong_FromString: bases other than powers of two are limited
            int limit = PythonContext.get().getIntMaxStrDigits();
            if (limit > 0 && digits.length() > limit) {
                throw PyErrors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has " + digits.length()
                                + " digits; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return PyOps.normalize(neg ? v.negate() : v);
    }

    @TruffleBoundary
    static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return PyOps.normalize(new BigDecimal(d).toBigInteger());
    }

    @TruffleBoundary
    static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            return fromDouble(d);
        } else if (x instanceof String s) {
            return parseOrFail(s, 10, s);
        } else if (x instanceof PyBytes b) {
            String s = new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return parseOrFail(s, 10, b);
        }
        Object r = PyOps.callSpecial(x, "__int__");
        if (r != null) {
            if (!PyOps.isInt(r)) {
                throw PyErrors.typeError("__int__ returned non-int (type " + PyOps.typeName(r) + ")");
            }
            return plain(r);
        }
        r = PyOps.callSpecial(x, "__index__");
        if (r != null) {
            if (!PyOps.isInt(r)) {
                throw PyErrors.typeError("__index__ returned non-int (type " + PyOps.typeName(r) + ")");
            }
            return plain(r);
        }
        r = PyOps.callSpecial(x, "__trunc__");
        if (r != null) {
            if (!PyOps.isInt(r)) {
                Object r2 = PyOps.callSpecial(r, "__index__");
                if (r2 == null) {
                    throw PyErrors.typeError("__trunc__ returned non-Integral (type " + PyOps.typeName(r) + ")");
                }
                return plain(r2);
            }
            return plain(r);
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + PyOps.typeName(x) + "'");
    }

    static Object parseOrFail(String s, int base, Object orig) {
        Object r = parse(s, base);
        if (r == null) {
            // PyLong_FromString's "%.200R": the repr cut to 200 characters
            String shown = PyOps.repr(orig);
            if (shown.codePointCount(0, shown.length()) > 200) {
                shown = shown.substring(0, shown.offsetByCodePoints(0, 200));
            }
            throw PyErrors.valueError("invalid literal for int() with base " + base + ": " + shown);
        }
        return r;
    }

    @Builtin(name = "__new__", params = {"cls", "x=", "/", "base="}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object x, Object base) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(PythonContext.get().types().intType)) {
                throw PyErrors.newArgError("int", cls);
            }
            if (absent(base)) {
                return absent(x) ? 0L : toInt(x);
            }
            // PyNumber_AsSsize_t(base, NULL): an int past Py_ssize_t is clipped, so it is out of range too
            Object bi = PyOps.index(base);
            long b = bi instanceof Long l ? l : -1;
            if (b != 0 && (b < 2 || b > 36)) {
                throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (absent(x)) {
                throw PyErrors.typeError("int() missing string argument");
            }
            if (x instanceof String s) {
                return parseOrFail(s, (int) b, s);
            }
            if (x instanceof PyBytes by) {
                return parseOrFail(new String(by.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), (int) b, by);
            }
            throw PyErrors.typeError("int() can't convert non-string with explicit base");
        }
    }

    // ------------------------------------------------------------------------------------------ arithmetic


    @Builtin(name = "__divmod__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class DivmodNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object other) {
            return divmod(self, other);
        }
    }

    @Builtin(name = "__rdivmod__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class RDivmodNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object other) {
            return divmod(other, self);
        }
    }

    @TruffleBoundary
    static Object divmod(Object a, Object b) {
        a = org.auditpy.runtime.PyBoxed.unbox(a);
        b = org.auditpy.runtime.PyBoxed.unbox(b);
        if (!PyOps.isInt(a) || !PyOps.isInt(b)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return PyTuple.of(Ints.binary(a, b, BinOp.FLOORDIV), Ints.binary(a, b, BinOp.MOD));
    }

    @TruffleBoundary
    static Object pow(Object a, Object b, Object mod) {
        a = org.auditpy.runtime.PyBoxed.unbox(a);
        b = org.auditpy.runtime.PyBoxed.unbox(b);
        mod = org.auditpy.runtime.PyBoxed.unbox(mod);
        if (!PyOps.isInt(a) || !PyOps.isInt(b)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        if (noneOrAbsent(mod)) {
            return Ints.pow(PyOps.toBig(a), PyOps.toBig(b));
        }
        if (!PyOps.isInt(mod)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        BigInteger m = PyOps.toBig(mod);
        if (m.signum() == 0) {
            throw PyErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger x = PyOps.toBig(a);
        BigInteger y = PyOps.toBig(b);
        BigInteger am = m.abs();
        BigInteger r;
        if (y.signum() < 0) {
            try {
                r = x.modInverse(am).modPow(y.negate(), am);
            } catch (ArithmeticException e) {
                throw PyErrors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : x.modPow(y, am);
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return PyOps.normalize(r);
    }

    @Builtin(name = "__pow__", params = {"self", "value", "mod=", "/"})
    @GenerateNodeFactory
    abstract static class PowNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object other, Object mod) {
            return pow(self, other, mod);
        }
    }

    @Builtin(name = "__rpow__", params = {"self", "value", "mod=", "/"})
    @GenerateNodeFactory
    abstract static class RPowNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object other, Object mod) {
            return pow(other, self, mod);
        }
    }


    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return PyOps.hash(checkSelf(self, "__hash__"));
        }
    }

    @Builtin(name = "__bool__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BoolNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return PyOps.isTrue(checkSelf(self, "__bool__"));
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            Object v = checkSelf(self, "__repr__");
            // a big int within sys.get_int_max_str_digits(), as repr() of it
            return v instanceof java.math.BigInteger b ? org.auditpy.runtime.PyOps.bigDecimal(b) : v.toString();
        }
    }

    @Builtin(name = "__index__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return checkSelf(self, "__index__");
        }
    }

    @Builtin(name = "__int__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IntNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return checkSelf(self, "__int__");
        }
    }

    @Builtin(name = "__trunc__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class TruncNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return checkSelf(self, "__trunc__");
        }
    }

    @Builtin(name = "__floor__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FloorNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return checkSelf(self, "__floor__");
        }
    }

    @Builtin(name = "__ceil__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CeilNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return checkSelf(self, "__ceil__");
        }
    }

    @Builtin(name = "conjugate", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ConjugateNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return checkSelf(self, "conjugate");
        }
    }

    @Builtin(name = "__float__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FloatNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return Arithmetic.toDouble(checkSelf(self, "__float__"));
        }
    }

    @Builtin(name = "__abs__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AbsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return Arithmetic.abs(checkSelf(self, "__abs__"));
        }
    }

    @Builtin(name = "__neg__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class NegNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return Arithmetic.negate(checkSelf(self, "__neg__"));
        }
    }

    @Builtin(name = "__pos__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class PosNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return checkSelf(self, "__pos__");
        }
    }

    @Builtin(name = "__invert__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class InvertNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return Arithmetic.invert(checkSelf(self, "__invert__"));
        }
    }

    @Builtin(name = "__round__", params = {"self", "ndigits=", "/"})
    @GenerateNodeFactory
    abstract static class RoundNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object ndigits) {
            Object v = checkSelf(self, "__round__");
            // int.__round__ takes no None (round(x, None) does, in builtin_round)
            if (absent(ndigits)) {
                return v;
            }
            return roundInt(v, ndigits);
        }
    }

    /** {@code round(v, ndigits)} of an int {@code v} (Long or BigInteger, not a bool) and an int-like {@code ndigits}. */
    @TruffleBoundary
    static Object roundInt(Object v, Object ndigits) {
        // int___round___impl (Objects/longobject.c) takes any int: a huge positive ndigits keeps the value, and a
        // negative one past the value's digits rounds it to 0
        Object ndi = PyOps.index(ndigits);
        if (ndi instanceof java.math.BigInteger big) {
            return big.signum() > 0 ? v : (Object) 0L;
        }
        long nd = (Long) ndi;
        if (nd >= 0) {
            return v;
        }
        if (-nd > PyOps.toBig(v).bitLength() * 0.302 + 2) {
            return 0L;
        }
        BigDecimal r = new BigDecimal(PyOps.toBig(v)).setScale((int) nd, java.math.RoundingMode.HALF_EVEN);
        return PyOps.normalize(r.toBigInteger());
    }

    @Builtin(name = "__format__", params = {"self", "format_spec", "/"})
    @GenerateNodeFactory
    abstract static class FormatNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object spec) {
            if (!(spec instanceof String s)) {
                throw PyErrors.typeError("__format__() argument must be str, not " + PyOps.typeName(spec));
            }
            if (self instanceof Boolean && s.isEmpty()) {
                return PyOps.str(self);
            }
            return FormatSpec.format(checkSelf(self, "__format__"), s);
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class GetNewArgsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return PyTuple.of(checkSelf(self, "__getnewargs__"));
        }
    }

    @Builtin(name = "bit_length", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BitLengthNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return (long) PyOps.toBig(checkSelf(self, "bit_length")).abs().bitLength();
        }
    }

    @Builtin(name = "bit_count", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BitCountNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return (long) PyOps.toBig(checkSelf(self, "bit_count")).abs().bitCount();
        }
    }

    @Builtin(name = "as_integer_ratio", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AsIntegerRatioNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return PyTuple.of(checkSelf(self, "as_integer_ratio"), 1L);
        }
    }

    @Builtin(name = "is_integer", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsIntegerNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            checkSelf(self, "is_integer");
            return true;
        }
    }

    static boolean littleEndian(Object byteorder, String func) {
        if (absent(byteorder)) {
            return false;
        }
        if (!(byteorder instanceof String s)) {
            throw PyErrors.typeError(func + "() argument 'byteorder' must be str, not " + PyOps.typeName(byteorder));
        }
        if (s.equals("little")) {
            return true;
        } else if (s.equals("big")) {
            return false;
        }
        throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
    }

    @Builtin(name = "to_bytes", params = {"self", "length=", "byteorder=", "*", "signed="})
    @GenerateNodeFactory
    abstract static class ToBytesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object length, Object byteorder, Object signed) {
            BigInteger v = PyOps.toBig(checkSelf(self, "to_bytes"));
            long len = absent(length) ? 1 : PyOps.asIndex(length);
            // int_to_bytes_impl checks the byte order before the length
            boolean little = littleEndian(byteorder, "to_bytes");
            if (len < 0) {
                throw PyErrors.valueError("length argument must be non-negative");
            }
            if (len > org.auditpy.runtime.Sequences.MAX_LENGTH) {
                // int_to_bytes_impl allocates the result before it converts (MemoryError before OverflowError)
                throw PyErrors.noMemory();
            }
            boolean sgn = !absent(signed) && PyOps.isTrue(signed);
            if (!sgn && v.signum() < 0) {
                throw PyErrors.overflowError("can't convert negative int to unsigned");
            }
            int bits = sgn ? v.bitLength() + 1 : v.bitLength();
            if (bits > len * 8 && !(v.signum() == 0)) {
                throw PyErrors.overflowError("int too big to convert");
            }
            byte[] raw = v.toByteArray(); // big-endian two's complement, minimal
            byte[] out = new byte[(int) len];
            byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
            java.util.Arrays.fill(out, fill);
            for (int i = 0; i < len && i < raw.length; i++) {
                out[(int) len - 1 - i] = raw[raw.length - 1 - i];
            }
            if (little) {
                for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                    byte tmp = out[i];
                    out[i] = out[j];
                    out[j] = tmp;
                }
            }
            return PyBytes.of(out);
        }
    }

    @Builtin(name = "from_bytes", params = {"cls", "bytes", "byteorder=", "*", "signed="}, isClassMethod = true)
    @GenerateNodeFactory
    abstract static class FromBytesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object bytes, Object byteorder, Object signed) {
            // int_from_bytes_impl checks the byte order before it converts the bytes
            boolean little = littleEndian(byteorder, "from_bytes");
            if (bytes instanceof PyBytes pb && cls == PythonContext.get().types().intType) {
                // up to 7 bytes (8 signed): the value as a long, without the copy and the BigInteger
                byte[] raw = pb.getBytes();
                int n = raw.length;
                boolean sgn = !absent(signed) && PyOps.isTrue(signed);
                if (n < 8 || n == 8 && sgn) {
                    long v = 0;
                    for (int i = 0; i < n; i++) {
                        v = v << 8 | raw[little ? n - 1 - i : i] & 0xff;
                    }
                    if (sgn && n > 0 && n < 8) {
                        v = v << (64 - 8 * n) >> (64 - 8 * n);
                    }
                    return v;
                }
            }
            byte[] b = bytes instanceof PyBytes pb ? pb.getBytes().clone() : BytesSupport.viaDunderBytes(bytes);
            if (b == null) {
                // PyObject_Bytes: a str, or an object neither iterable nor with __bytes__, cannot be bytes
                Object value = bytes instanceof org.auditpy.runtime.PyBoxed boxed ? boxed.getValue() : bytes;
                PyType t = PyOps.typeOf(bytes);
                if (value instanceof String || t.lookup("__iter__") == null && t.lookup("__getitem__") == null) {
                    throw PyErrors.typeError("cannot convert '" + PyOps.typeName(bytes) + "' object to bytes");
                }
                Object[] items = PyOps.toArray(bytes);
                b = new byte[items.length];
                for (int i = 0; i < items.length; i++) {
                    long v = PyOps.asIndex(items[i]);
                    if (v < 0 || v > 255) {
                        throw PyErrors.valueError("bytes must be in range(0, 256)");
                    }
                    b[i] = (byte) v;
                }
            }
            if (little) {
                for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                    byte tmp = b[i];
                    b[i] = b[j];
                    b[j] = tmp;
                }
            }
            boolean sgn = !absent(signed) && PyOps.isTrue(signed);
            BigInteger v = b.length == 0 ? BigInteger.ZERO : sgn ? new BigInteger(b) : new BigInteger(1, b);
            Object r = PyOps.normalize(v);
            if (cls != PythonContext.get().types().intType) {
                return PyOps.callPositional(cls, r);
            }
            return r;
        }
    }
}
