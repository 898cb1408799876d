package org.auditpy.builtins;

import static org.auditpy.builtins.TypeSupport.absent;
import static org.auditpy.builtins.TypeSupport.noneOrAbsent;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;

import org.auditpy.runtime.Arithmetic;
import org.auditpy.runtime.Arithmetic.BinOp;
import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.Comparisons.Op;
import org.auditpy.runtime.FixedPoint;
import org.auditpy.runtime.Floats;
import org.auditpy.runtime.FormatSpec;
import org.auditpy.runtime.Formatting;
import org.auditpy.runtime.Hashing;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyBoxed;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Methods of {@code float} (Objects/floatobject.c). */
public final class FloatBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return FloatBuiltinsFactory.getFactories();
    }

    @Override
    protected void operators(OperatorBuiltins.Table table) {
        table.richCompare(FloatBuiltins::cmp).binary(FloatBuiltins::bin, BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.TRUEDIV, BinOp.FLOORDIV, BinOp.MOD);
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().floatType;
        TypeSupport.getter(ctx, ns, t, "real", o -> o);
        TypeSupport.getter(ctx, ns, t, "imag", o -> 0.0);
    }

    static double self(Object o, String name) {
        if (o instanceof Double d) {
            return d;
        }
        throw TypeSupport.descrError(name, "float", o);
    }

    /** A float operand: float or int (also an instance of a subclass of either); null for foreign types. */
    static Double operand(Object o) {
        o = PyBoxed.unbox(o);
        if (o instanceof Double d) {
            return d;
        }
        if (PyOps.isInt(o)) {
            return Arithmetic.toDouble(o);
        }
        return null;
    }

    @TruffleBoundary
    static Object bin(Object self, Object other, BinOp op, boolean reflected) {
        Double a = operand(self);
        Double b = operand(other);
        if (a == null || b == null) {
            return PyNone.NOT_IMPLEMENTED;
        }
        Object r = reflected ? Floats.binary(b, a, op) : Floats.binary(a, b, op);
        return r == null ? PyNone.NOT_IMPLEMENTED : r;
    }

    @TruffleBoundary
    static Object cmp(Object a, Object b, Op op) {
        // the other operand may be an instance of an int or float subclass (only self arrives unboxed)
        b = PyBoxed.unbox(b);
        if (!(a instanceof Double) || !Comparisons.isNumber(b)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return Comparisons.richCompare(a, b, op);
    }

    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS +
                    ")?)");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    /** {@code float(str)} parsing; null when invalid. */
    @TruffleBoundary
    public static Double parse(String text) {
        if (plainDecimal(text)) {
            // the common form (sign, ASCII digits, point, exponent; no spaces or underscores): no regular expressions
            return Double.parseDouble(text);
        }
        String s = stripSpaces(decimalToAscii(text));
        if (FLOAT.matcher(s).matches()) {
            return Double.parseDouble(s.replace("_", ""));
        }
        if (SPECIAL.matcher(s).matches()) {
            boolean neg = s.startsWith("-");
            if (s.toLowerCase().contains("nan")) {
                return Double.NaN;
            }
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    /**
     * Whether {@code s} is {@code [+-]digits[.digits][(e|E)[+-]digits]} (or {@code .digits}) in ASCII, which
     * {@link Double#parseDouble} reads exactly as CPython's float() does (anything else goes by the full grammar).
     */
    static boolean plainDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isAsciiDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * The text with every Unicode decimal digit as its ASCII digit and every other whitespace character as a space,
     * as CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII} before float() parses it ({@code '١٢'} is 12.0).
     */
    static String decimalToAscii(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= 128 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp >= 128 && StrBuiltins.isSpace(cp)) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** The text without leading and trailing ASCII whitespace as C's isspace knows it (not \x1c-\x1f). */
    private static String stripSpaces(String s) {
        int i = 0;
        int j = s.length();
        while (i < j && " \t\n\r\u000b\f".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        while (j > i && " \t\n\r\u000b\f".indexOf(s.charAt(j - 1)) >= 0) {
            j--;
        }
        return s.substring(i, j);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @TruffleBoundary
    static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        } else if (PyOps.isInt(x)) {
            return Arithmetic.toDouble(x);
        } else if (x instanceof String s) {
            Double d = parse(s);
            if (d == null) {
                throw PyErrors.valueError("could not convert string to float: " + PyOps.repr(s));
            }
            return d;
        } else if (x instanceof PyBytes b) {
            Double d = parse(new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
            if (d == null) {
                throw PyErrors.valueError("could not convert string to float: " + PyOps.repr(b));
            }
            return d;
        }
        Object r = PyOps.callSpecial(x, "__float__");
        if (r != null) {
            if (!(r instanceof Double d)) {
                throw PyErrors.typeError(PyOps.typeName(x) + ".__float__ returned non-float (type " + PyOps.typeName(r) + ")");
            }
            return d;
        }
        r = PyOps.callSpecial(x, "__index__");
        if (r != null) {
            return Arithmetic.toDouble(r);
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '" + PyOps.typeName(x) + "'");
    }

    @Builtin(name = "__new__", params = {"cls", "x=", "/"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object x) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(PythonContext.get().types().floatType)) {
                throw PyErrors.newArgError("float", cls);
            }
            return absent(x) ? 0.0 : toFloat(x);
        }
    }


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
    static Object divmod(Object x, Object y) {
        Double a = operand(x);
        Double b = operand(y);
        if (a == null || b == null) {
            return PyNone.NOT_IMPLEMENTED;
        }
        if (b == 0) {
            throw PyErrors.zeroDivision("float divmod()");
        }
        double[] r = Floats.divmod(a, b);
        return PyTuple.of(r[0], r[1]);
    }

    @TruffleBoundary
    static Object pow(Object x, Object y, Object mod) {
        if (!noneOrAbsent(mod)) {
            throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        Double a = operand(x);
        Double b = operand(y);
        if (a == null || b == null) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return Floats.pow(a, b);
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
            return Hashing.hashDouble(self(self, "__hash__"));
        }
    }

    @Builtin(name = "__bool__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BoolNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return self(self, "__bool__") != 0.0;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return Formatting.reprDouble(self(self, "__repr__"));
        }
    }

    @Builtin(name = "__int__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IntNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return IntBuiltins.fromDouble(self(self, "__int__"));
        }
    }

    @Builtin(name = "__trunc__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class TruncNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return IntBuiltins.fromDouble(self(self, "__trunc__"));
        }
    }

    @Builtin(name = "__floor__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FloorNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return IntBuiltins.fromDouble(Math.floor(self(self, "__floor__")));
        }
    }

    @Builtin(name = "__ceil__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CeilNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return IntBuiltins.fromDouble(Math.ceil(self(self, "__ceil__")));
        }
    }

    @Builtin(name = "__float__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FloatNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return self(self, "__float__");
        }
    }

    @Builtin(name = "conjugate", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ConjugateNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return self(self, "conjugate");
        }
    }

    @Builtin(name = "__abs__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AbsNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return Math.abs(self(self, "__abs__"));
        }
    }

    @Builtin(name = "__neg__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class NegNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return -self(self, "__neg__");
        }
    }

    @Builtin(name = "__pos__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class PosNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return self(self, "__pos__");
        }
    }

    @Builtin(name = "is_integer", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsIntegerNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            double d = self(self, "is_integer");
            return !Double.isInfinite(d) && d == Math.floor(d);
        }
    }

    @Builtin(name = "__round__", params = {"self", "ndigits=", "/"})
    @GenerateNodeFactory
    abstract static class RoundNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object ndigits) {
            double x = self(self, "__round__");
            if (noneOrAbsent(ndigits)) {
                double r = Math.rint(x);
                return IntBuiltins.fromDouble(r);
            }
            long nd = PyOps.asIndex(ndigits);
            if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
                return x;
            }
            if (nd > 330) {
                return x;
            }
            if (nd < -330) {
                return Math.copySign(0.0, x);
            }
            double d = FixedPoint.round(x, (int) nd);
            if (Double.isNaN(d)) {
                d = new BigDecimal(x).setScale((int) nd, RoundingMode.HALF_EVEN).doubleValue();
            }
            if (Double.isInfinite(d)) {
                throw PyErrors.overflowError("rounded value too large to represent");
            }
            return d == 0.0 ? Math.copySign(0.0, x) : d;
        }
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
            return FormatSpec.format(self(self, "__format__"), s);
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class GetNewArgsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return PyTuple.of(self(self, "__getnewargs__"));
        }
    }

    @Builtin(name = "as_integer_ratio", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AsIntegerRatioNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            double d = self(self, "as_integer_ratio");
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(d)) {
                throw PyErrors.overflowError("cannot convert Infinity to integer ratio");
            }
            BigDecimal bd = new BigDecimal(d);
            BigInteger num;
            BigInteger den;
            if (bd.scale() <= 0) {
                num = bd.toBigInteger();
                den = BigInteger.ONE;
            } else {
                num = bd.unscaledValue();
                den = BigInteger.TEN.pow(bd.scale());
                BigInteger g = num.gcd(den);
                num = num.divide(g);
                den = den.divide(g);
            }
            return PyTuple.of(PyOps.normalize(num), PyOps.normalize(den));
        }
    }

    @Builtin(name = "hex", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            double d = self(self, "hex");
            if (Double.isNaN(d)) {
                return "nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "inf" : "-inf";
            }
            String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
            double a = Math.abs(d);
            if (a == 0) {
                return sign + "0x0.0p+0";
            }
            long bits = Double.doubleToRawLongBits(a);
            long mant = bits & ((1L << 52) - 1);
            int exp = (int) (bits >>> 52);
            String lead;
            if (exp == 0) {
                lead = "0";
                exp = -1022;
            } else {
                lead = "1";
                exp -= 1023;
            }
            String m = String.format("%013x", mant);
            return sign + "0x" + lead + "." + m + "p" + (exp >= 0 ? "+" : "") + exp;
        }
    }

    @Builtin(name = "fromhex", params = {"cls", "string", "/"}, isClassMethod = true)
    @GenerateNodeFactory
    abstract static class FromHexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object string) {
            if (!(string instanceof String str)) {
                throw PyErrors.typeError("must be str, not " + PyOps.typeName(string));
            }
            String s = str.strip();
            Double special = SPECIAL.matcher(s).matches() ? parse(s) : null;
            double r;
            if (special != null) {
                r = special;
            } else {
                java.util.regex.Matcher m = Pattern.compile("([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?").matcher(s);
                if (!m.matches() || (m.group(2).isEmpty() && (m.group(3) == null || m.group(3).isEmpty()))) {
                    throw PyErrors.valueError("invalid hexadecimal floating-point string");
                }
                String j = m.group(1) + "0x" + (m.group(2).isEmpty() ? "0" : m.group(2)) + "." + (m.group(3) == null ? "" : m.group(3)) + "p" +
                                (m.group(4) == null ? "0" : m.group(4));
                r = Double.parseDouble(j);
                if (Double.isInfinite(r)) {
                    throw PyErrors.overflowError("hexadecimal value too large to represent as a float");
                }
            }
            if (cls != PythonContext.get().types().floatType) {
                return PyOps.callPositional(cls, r);
            }
            return r;
        }
    }
}
