package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;
import static org.auditpy.shims.Fns.def;
import static org.auditpy.shims.Fns.norm;
import static org.auditpy.shims.Fns.toBig;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import org.auditpy.runtime.Arithmetic;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

/** {@code math} (Modules/mathmodule.c): C semantics with CPython's errors. */
final class MathModule {
    private MathModule() {
    }

    static PyException domain() {
        return PyErrors.valueError("math domain error");
    }

    static PyException range() {
        return PyErrors.overflowError("math range error");
    }

    /** PyFloat_AsDouble: float, int, __float__, __index__. */
    static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            return bigToDouble(b);
        }
        PyType t = PyOps.typeOf(o);
        if (t.lookup("__float__") != null) {
            Object r = PyOps.callSpecial(o, "__float__");
            if (r instanceof Double d) {
                return d;
            }
            throw PyErrors.typeError(t.getName() + ".__float__ returned non-float (type " + PyOps.typeName(r) + ")");
        }
        if (t.lookup("__index__") != null) {
            return toDouble(PyOps.index(o));
        }
        throw PyErrors.typeError("must be real number, not " + t.getName());
    }

    static double bigToDouble(BigInteger b) {
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** The first bound argument in a {@link Fns.Fast} path's frame arguments. */
    private static final int U = org.auditpy.runtime.FrameArgs.USER;

    /** A float or an int (in long range): what a {@link Fns.Fast} path converts in place. */
    private static boolean isPlain(Object o) {
        return o instanceof Double || o instanceof Long;
    }

    /** {@code o} (a float or int, {@link #isPlain}) as a double. */
    private static double plain(Object o) {
        return o instanceof Double d ? d : (double) (Long) o;
    }

    /** math.isclose of two floats with non-negative tolerances (math_isclose_impl). */
    private static boolean isclose(double x, double y, double rel, double abs) {
        if (x == y) {
            return true;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return false;
        }
        double diff = Math.abs(y - x);
        return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    }

    /**
     * isclose's {@link Fns.Fast} path: floats or ints (in long range) for both values and any tolerance given; null
     * (the general path) for another type or a negative tolerance.
     */
    private static Object iscloseFast(Object[] a) {
        Object ra = a[U + 2];
        Object aa = a[U + 3];
        if (!isPlain(a[U]) || !isPlain(a[U + 1]) || !(absent(ra) || isPlain(ra)) || !(absent(aa) || isPlain(aa))) {
            return null;
        }
        double rel = absent(ra) ? 1e-09 : plain(ra);
        double abs = absent(aa) ? 0.0 : plain(aa);
        if (rel < 0 || abs < 0) {
            return null;
        }
        return isclose(plain(a[U]), plain(a[U + 1]), rel, abs);
    }

    /** A float or int above 0 and below infinity: log's argument with no special case. */
    private static boolean positiveFinite(Object o) {
        return isPlain(o) && plain(o) > 0 && plain(o) < Double.POSITIVE_INFINITY;
    }

    private static final double LN2 = 0.6931471805599453;
    /** 2**28: beyond it x*x+1 is x*x in a double, and below 2**-28 asinh(x) and atanh(x) are x. */
    private static final double TWO28 = 268435456.0;

    /**
     * asinh as fdlibm's s_asinh.c (which C libraries follow): exact for tiny and huge arguments, where
     * log(x + sqrt(x*x + 1)) lost the tiny ones' digits and overflowed for |x| over 1e154.
     */
    static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a < 1.0 / TWO28) {
            return x;
        }
        double w;
        if (a > TWO28) {
            w = Math.log(a) + LN2;
        } else if (a > 2.0) {
            w = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            w = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    /** acosh as fdlibm's e_acosh.c: NaN below 1, no overflow of x*x for huge arguments. */
    static double acosh(double x) {
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x >= TWO28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** atanh as fdlibm's e_atanh.c; NaN from |x| >= 1 (CPython's math_1 makes that a domain error). */
    static double atanh(double x) {
        double a = Math.abs(x);
        if (a >= 1.0) {
            return Double.isNaN(x) ? x : Double.NaN;
        }
        if (a < 1.0 / TWO28) {
            return x;
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * Math.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(t, x);
    }

    static Object toIntegral(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return norm(new BigDecimal(d).toBigInteger());
    }

    /**
     * Defines floor, ceil or trunc: {@code f} of a float, as an int; an int as it is; anything else through
     * {@code special} ({@link #roundVia}). A float whose result fits a long, or an int in long range, is computed in
     * the caller's compiled code ({@link Fns.FastRoot}).
     */
    private static void rounding(PythonContext ctx, PyDict ns, String name, String special, DoubleUnaryOperator f) {
        Fns.def(ctx, ns, name, "x, /",
                        a -> a[U] instanceof Double d && Math.abs(d) < 9.0e18 ? (Object) (long) f.applyAsDouble(d) : a[U] instanceof Long ? a[U] : null,
                        a -> roundVia(a[0], special, f));
    }

    static Object roundVia(Object o, String special, DoubleUnaryOperator f) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof Double d) {
            return toIntegral(f.applyAsDouble(d));
        }
        PyType t = PyOps.typeOf(o);
        if (t.lookup(special) != null) {
            return PyOps.callSpecial(o, special);
        }
        if (special.equals("__trunc__")) {
            throw PyErrors.typeError("type " + t.getName() + " doesn't define __trunc__ method");
        }
        return toIntegral(f.applyAsDouble(toDouble(o)));
    }

    /**
     * CPython's loghelper (Modules/mathmodule.c): an int too large for a float is taken as {@code m * 2**e} with
     * {@code m} in [0.5, 1) and gives {@code f(m) + f(2) * e}; any other argument is converted to a float and
     * {@code f} applied with math_1's checks (a NaN or infinity from a finite argument is a domain error). Ints must
     * be positive.
     */
    static double logHelper(Object o, DoubleUnaryOperator f) {
        if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean) {
            BigInteger b = toBig(o);
            if (b.signum() <= 0) {
                throw domain();
            }
            double x = b.doubleValue();
            if (Double.isInfinite(x)) {
                int e = b.bitLength();
                double m = b.shiftRight(e - 64).doubleValue() * 0x1p-64;
                return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
            }
            return f.applyAsDouble(x);
        }
        double x = toDouble(o);
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x) || Double.isInfinite(r) && Double.isFinite(x)) {
            throw domain();
        }
        return r;
    }

    /** ln(x), as C's log: -inf at 0, NaN below. */
    static double log(Object o) {
        return logHelper(o, Math::log);
    }

    /**
     * log2(x) for a double, as C's log2 (-inf at 0, NaN below, exact at powers of two): the exponent plus the log of
     * the mantissa taken in [sqrt(1/2), sqrt(2)) (ln(x) / ln(2) missed C's result in a third of random arguments, this
     * in about 0.1%, by an ulp).
     */
    static double log2(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        int shift = 0;
        if (Math.getExponent(x) < Double.MIN_EXPONENT) {
            // subnormal: scaled into the normal range first
            x *= 0x1p54;
            shift = 54;
        }
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);
        e -= shift;
        if (m > 1.4142135623730951) {
            m /= 2;
            e++;
        }
        return m == 1.0 ? e : e + Math.log(m) / LN2;
    }

    static BigInteger nonNegInt(Object o, String what) {
        BigInteger b = toBig(o);
        if (b.signum() < 0) {
            throw PyErrors.valueError(what + " must be a non-negative integer");
        }
        return b;
    }

    static BigInteger factorial(long n) {
        BigInteger r = BigInteger.ONE;
        for (long i = 2; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return r;
    }

    static BigInteger perm(BigInteger n, BigInteger k) {
        if (k.compareTo(n) > 0) {
            return BigInteger.ZERO;
        }
        BigInteger r = BigInteger.ONE;
        long kk = k.longValueExact();
        for (long i = 0; i < kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return r;
    }

    static double fsum(Object iterable) {
        BigDecimal sum = BigDecimal.ZERO;
        double special = 0;
        boolean posInf = false;
        boolean negInf = false;
        boolean nan = false;
        Object it = PyOps.getIter(iterable);
        while (true) {
            Object v;
            try {
                v = PyOps.next(it);
            } catch (PyException e) {
                if (PyOps.isException(e, "StopIteration")) {
                    break;
                }
                throw e;
            }
            if (v == null) {
                break;
            }
            double d = toDouble(v);
            if (Double.isNaN(d)) {
                nan = true;
            } else if (d == Double.POSITIVE_INFINITY) {
                posInf = true;
            } else if (d == Double.NEGATIVE_INFINITY) {
                negInf = true;
            } else {
                sum = sum.add(new BigDecimal(d));
            }
        }
        if (posInf && negInf) {
            throw PyErrors.valueError("-inf + inf in fsum");
        }
        if (nan) {
            return Double.NaN;
        }
        if (posInf) {
            return Double.POSITIVE_INFINITY;
        }
        if (negInf) {
            return Double.NEGATIVE_INFINITY;
        }
        double r = sum.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("intermediate overflow in fsum");
        }
        return r + special;
    }

    static double pow(double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(y) && Math.abs(x) == 1.0) {
            return 1.0;
        }
        if (x == 0 && y < 0 && Double.isFinite(y)) {
            throw domain();
        }
        if (Double.isFinite(x) && x < 0 && Double.isFinite(y) && y != Math.rint(y)) {
            throw domain();
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw range();
        }
        return r;
    }

    static Object[] items(Object iterable) {
        return PyOps.toArray(iterable);
    }

    static double[] coords(Object o) {
        return coords(o instanceof PyTuple t ? t.items() : items(o));
    }

    static double[] coords(Object[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = toDouble(a[i]);
        }
        return r;
    }

    static double hypot(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double d : v) {
            if (Double.isInfinite(d)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(d)) {
                nan = true;
            }
            max = Math.max(max, Math.abs(d));
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0) {
            return 0.0;
        }
        if (v.length == 2) {
            return Math.hypot(v[0], v[1]);
        }
        BigDecimal s = BigDecimal.ZERO;
        for (double d : v) {
            BigDecimal b = new BigDecimal(d / max);
            s = s.add(b.multiply(b));
        }
        return Math.sqrt(s.doubleValue()) * max;
    }

    static Object gcd(Object[] args) {
        long lg = 0;
        boolean small = true;
        for (Object a : args) {
            if (!(a instanceof Long l) || l == Long.MIN_VALUE) {
                small = false;
                break;
            }
            long b = Math.abs(l);
            while (b != 0) {
                long t = lg % b;
                lg = b;
                b = t;
            }
        }
        if (small) {
            return lg;
        }
        BigInteger g = BigInteger.ZERO;
        for (Object a : args) {
            g = g.gcd(toBig(a));
        }
        return norm(g);
    }

    static Object lcm(Object[] args) {
        BigInteger l = BigInteger.ONE;
        if (args.length == 0) {
            return 1L;
        }
        for (Object a : args) {
            BigInteger b = toBig(a).abs();
            if (b.signum() == 0 || l.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            l = l.divide(l.gcd(b)).multiply(b);
        }
        return norm(l);
    }

    /**
     * Defines {@code name} (one float argument, positional only) as a {@link UnaryRoot}: the function {@code f}
     * with math_1's checks.
     */
    private static void unary(PythonContext ctx, PyDict ns, String name, DoubleUnaryOperator f, boolean canOverflow) {
        Fns.def(ctx, ns, name, "x, /", new UnaryRoot(ctx, name, f, canOverflow));
    }

    /**
     * A one-argument function of {@code math} ({@code sqrt}, {@code exp}, {@code sin}, ...) as a root node that is
     * partially evaluated, so that a call compiled into its caller computes a float or int argument's result in
     * place: no boundary, no argument array, and no box when the caller only computes with the result. The checks
     * are CPython's math_1 (Modules/mathmodule.c): a NaN from a non-NaN argument is a domain error ({@code ValueError:
     * math domain error}), an infinity from a finite argument a range error ({@code OverflowError: math range error})
     * for the functions that can overflow and a domain error for the others. Any other argument (bool, a large int,
     * an object with {@code __float__} or {@code __index__}) is converted behind a boundary as {@link #toDouble}
     * does. Before, every call went through a {@code @TruffleBoundary} with its arguments copied: {@code math.sqrt(x)}
     * in a loop took 30 ns a call against 3 ns for {@code x ** 0.5}. Not a {@link Fns.FastRoot}: there the fast
     * path's result and the general path's meet as objects, so the float is boxed in the caller's compiled code
     * (0.020 s for 3 million calls against 0.008); here every argument becomes a double first and the errors throw.
     */
    static final class UnaryRoot extends com.oracle.truffle.api.nodes.RootNode {
        private final String name;
        private final DoubleUnaryOperator f;
        private final boolean canOverflow;

        UnaryRoot(PythonContext ctx, String name, DoubleUnaryOperator f, boolean canOverflow) {
            super(ctx.getLanguage());
            this.name = name;
            this.f = f;
            this.canOverflow = canOverflow;
        }

        @Override
        public Object execute(com.oracle.truffle.api.frame.VirtualFrame frame) {
            Object o = frame.getArguments()[org.auditpy.runtime.FrameArgs.USER];
            double x;
            if (o instanceof Double d) {
                x = d;
            } else if (o instanceof Long l) {
                x = l;
            } else {
                x = toDoubleBoundary(o);
            }
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domainBoundary();
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw canOverflow ? rangeBoundary() : domainBoundary();
            }
            return r;
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private static double toDoubleBoundary(Object o) {
            return toDouble(o);
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private static PyException domainBoundary() {
            return domain();
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private static PyException rangeBoundary() {
            return range();
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String toString() {
            return "<builtin math." + name + ">";
        }

        @Override
        public boolean isInternal() {
            return true;
        }
    }

    /** The functions of {@link #create}, each made at its first call ({@link Fns.Lazy}). */
    private static final class Functions implements Fns.Table {
        private final PythonContext ctx;

        Functions(PythonContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> pow(toDouble(a[0]), toDouble(a[1])); // ns.pow
                case 1 -> a -> {
                    if (a[0] instanceof Double) {
                        throw PyErrors.typeError("'float' object cannot be interpreted as an integer");
                    }
                    BigInteger n = toBig(a[0]);
                    if (n.signum() < 0) {
                        throw PyErrors.valueError("factorial() not defined for negative values");
                    }
                    if (n.bitLength() > 31) {
                        throw PyErrors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
                    }
                    return norm(factorial(n.longValue()));
                }; // ns.factorial
                case 2 -> a -> gcd(((PyTuple) a[0]).items()); // ns.gcd
                case 3 -> a -> lcm(((PyTuple) a[0]).items()); // ns.lcm
                case 4 -> a -> {
                    BigInteger n = toBig(a[0]);
                    if (n.signum() < 0) {
                        throw PyErrors.valueError("isqrt() argument must be nonnegative");
                    }
                    return norm(n.sqrt());
                }; // ns.isqrt
                case 5 -> a -> {
                    BigInteger n = nonNegInt(a[0], "n");
                    BigInteger k = nonNegInt(a[1], "k");
                    if (k.compareTo(n) > 0) {
                        return 0L;
                    }
                    BigInteger kk = k.min(n.subtract(k));
                    return norm(perm(n, kk).divide(factorial(kk.longValueExact())));
                }; // ns.comb
                case 6 -> a -> {
                    if (absent(a[1]) || a[1] == PyNone.NONE) {
                        // perm(n) is factorial(n), with factorial's errors (math_perm_impl)
                        BigInteger n = toBig(a[0]);
                        if (n.signum() < 0) {
                            throw PyErrors.valueError("factorial() not defined for negative values");
                        }
                        if (n.bitLength() > 63) {
                            throw PyErrors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
                        }
                        return norm(factorial(n.longValueExact()));
                    }
                    BigInteger n = nonNegInt(a[0], "n");
                    BigInteger k = nonNegInt(a[1], "k");
                    return norm(perm(n, k));
                }; // ns.perm
                case 7 -> a -> {
                    double x = toDouble(a[0]);
                    double y = toDouble(a[1]);
                    double rel = absent(a[2]) ? 1e-09 : toDouble(a[2]);
                    double abs = absent(a[3]) ? 0.0 : toDouble(a[3]);
                    if (rel < 0 || abs < 0) {
                        throw PyErrors.valueError("tolerances must be non-negative");
                    }
                    return isclose(x, y, rel, abs);
                }; // ns.isclose
                case 8 -> a -> Math.copySign(toDouble(a[0]), toDouble(a[1])); // ns.copysign
                case 9 -> a -> {
                    double x = toDouble(a[0]);
                    double y = toDouble(a[1]);
                    if (Double.isInfinite(y) && Double.isFinite(x)) {
                        return x;
                    }
                    double r = x % y;
                    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                        throw domain();
                    }
                    return r;
                }; // ns.fmod
                case 10 -> a -> {
                    double x = toDouble(a[0]);
                    double y = toDouble(a[1]);
                    if (Double.isInfinite(y) && Double.isFinite(x)) {
                        return x;
                    }
                    double r = Math.IEEEremainder(x, y);
                    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                        throw domain();
                    }
                    return r;
                }; // ns.remainder
                case 11 -> a -> {
                    double x = toDouble(a[0]);
                    if (Double.isInfinite(x)) {
                        return PyTuple.of(Math.copySign(0.0, x), x);
                    }
                    double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
                    return PyTuple.of(Math.copySign(x - ip, x), ip);
                }; // ns.modf
                case 12 -> a -> {
                    double x = toDouble(a[0]);
                    if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                        return PyTuple.of(x, 0L);
                    }
                    int e = Math.getExponent(x);
                    double mant;
                    if (e == Double.MIN_EXPONENT - 1) {
                        double y = x * 0x1p54;
                        e = Math.getExponent(y) - 54;
                    }
                    e += 1;
                    mant = x / Math.scalb(1.0, e);
                    if (Math.abs(mant) >= 1.0) {
                        mant /= 2;
                        e++;
                    }
                    return PyTuple.of(mant, (long) e);
                }; // ns.frexp
                case 13 -> a -> {
                    double x = toDouble(a[0]);
                    BigInteger i = toBig(a[1]);
                    int e = i.bitLength() > 31 ? (i.signum() > 0 ? 100000 : -100000) : i.intValue();
                    if (x == 0 || !Double.isFinite(x)) {
                        return x;
                    }
                    double r = Math.scalb(x, Math.max(-100000, Math.min(100000, e)));
                    if (Double.isInfinite(r)) {
                        throw range();
                    }
                    return r;
                }; // ns.ldexp
                case 14 -> a -> fsum(a[0]); // ns.fsum
                case 15 -> a -> {
                    Object acc = absent(a[1]) ? 1L : a[1];
                    for (Object v : items(a[0])) {
                        acc = Arithmetic.binary(acc, v, Arithmetic.BinOp.MUL);
                    }
                    return acc;
                }; // ns.prod
                case 16 -> a -> hypot(coords(a[0])); // ns.hypot
                case 17 -> a -> {
                    // math_dist_impl: both as tuples, their lengths compared, then each coordinate converted
                    Object[] pa = a[0] instanceof PyTuple t ? t.items() : items(a[0]);
                    Object[] qa = a[1] instanceof PyTuple t ? t.items() : items(a[1]);
                    if (pa.length != qa.length) {
                        throw PyErrors.valueError("both points must have the same number of dimensions");
                    }
                    double[] p = coords(pa);
                    double[] q = coords(qa);
                    double[] d = new double[p.length];
                    for (int i = 0; i < p.length; i++) {
                        d[i] = Math.abs(p[i] - q[i]);
                    }
                    return hypot(d);
                }; // ns.dist
                case 18 -> a -> Math.nextAfter(toDouble(a[0]), toDouble(a[1])); // ns.nextafter
                case 19 -> a -> {
                    double x = toDouble(a[0]);
                    if (Double.isNaN(x) || Double.isInfinite(x)) {
                        return Math.abs(x);
                    }
                    x = Math.abs(x);
                    if (x == Double.MAX_VALUE) {
                        return x - Math.nextDown(x);
                    }
                    return Math.nextUp(x) - x;
                }; // ns.ulp
                case 20 -> a -> erf(toDouble(a[0])); // ns.erf
                case 21 -> a -> 1.0 - erf(toDouble(a[0])); // ns.erfc
                case 22 -> a -> {
                    double x = toDouble(a[0]);
                    if (x == Math.rint(x) && x <= 0 || x == Double.NEGATIVE_INFINITY) {
                        throw domain();
                    }
                    double r = gamma(x);
                    if (Double.isInfinite(r) && Double.isFinite(x)) {
                        throw range();
                    }
                    return r;
                }; // ns.gamma
                case 23 -> a -> {
                    double x = toDouble(a[0]);
                    if (x == Math.rint(x) && x <= 0) {
                        throw domain();
                    }
                    return lgamma(x);
                }; // ns.lgamma
                default -> throw new IllegalArgumentException("Functions " + op);
            };
        }
    }

    static PyModule create(PythonContext ctx) {
        Functions fns = new Functions(ctx);
        PyModule m = Fns.module(ctx, "math");
        PyDict ns = m.getDict();
        ns.setStr("pi", Math.PI);
        ns.setStr("e", Math.E);
        ns.setStr("tau", 2 * Math.PI);
        ns.setStr("inf", Double.POSITIVE_INFINITY);
        ns.setStr("nan", Double.NaN);
        unary(ctx, ns, "sqrt", Math::sqrt, false);
        unary(ctx, ns, "cbrt", Math::cbrt, false);
        unary(ctx, ns, "exp", Math::exp, true);
        unary(ctx, ns, "exp2", x -> Math.pow(2, x), true);
        unary(ctx, ns, "expm1", Math::expm1, true);
        unary(ctx, ns, "log1p", x -> x <= -1 ? Double.NaN : Math.log1p(x), false);
        unary(ctx, ns, "sin", Math::sin, false);
        unary(ctx, ns, "cos", Math::cos, false);
        unary(ctx, ns, "tan", Math::tan, false);
        unary(ctx, ns, "asin", Math::asin, false);
        unary(ctx, ns, "acos", Math::acos, false);
        unary(ctx, ns, "atan", Math::atan, false);
        unary(ctx, ns, "sinh", Math::sinh, true);
        unary(ctx, ns, "cosh", Math::cosh, true);
        unary(ctx, ns, "tanh", Math::tanh, false);
        unary(ctx, ns, "asinh", MathModule::asinh, false);
        unary(ctx, ns, "acosh", MathModule::acosh, false);
        unary(ctx, ns, "atanh", MathModule::atanh, false);
        def(ctx, ns, "atan2", "y, x, /", a -> isPlain(a[U]) && isPlain(a[U + 1]) ? (Object) Math.atan2(plain(a[U]), plain(a[U + 1])) : null,
                        a -> Math.atan2(toDouble(a[0]), toDouble(a[1])));
        unary(ctx, ns, "fabs", Math::abs, false);
        rounding(ctx, ns, "floor", "__floor__", Math::floor);
        rounding(ctx, ns, "ceil", "__ceil__", Math::ceil);
        rounding(ctx, ns, "trunc", "__trunc__", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        def(ctx, ns, "log", "x, base=, /", a -> absent(a[U + 1]) && positiveFinite(a[U]) ? (Object) Math.log(plain(a[U])) : null, a -> {
            double n = log(a[0]);
            if (absent(a[1])) {
                return n;
            }
            double d = log(a[1]);
            if (d == 0) {
                throw PyErrors.zeroDivision("float division by zero");
            }
            return n / d;
        });
        def(ctx, ns, "log2", "x, /", a -> positiveFinite(a[U]) ? (Object) log2(plain(a[U])) : null, a -> logHelper(a[0], MathModule::log2));
        def(ctx, ns, "log10", "x, /", a -> positiveFinite(a[U]) ? (Object) Math.log10(plain(a[U])) : null, a -> logHelper(a[0], Math::log10));
        def(ctx, ns, "pow", "x, y, /", fns.lazy(0));
        def(ctx, ns, "factorial", "n, /", fns.lazy(1));
        def(ctx, ns, "gcd", "*integers", fns.lazy(2));
        def(ctx, ns, "lcm", "*integers", fns.lazy(3));
        def(ctx, ns, "isqrt", "n, /", fns.lazy(4));
        def(ctx, ns, "comb", "n, k, /", fns.lazy(5));
        def(ctx, ns, "perm", "n, k=, /", fns.lazy(6));
        def(ctx, ns, "degrees", "x, /", a -> isPlain(a[U]) ? (Object) Math.toDegrees(plain(a[U])) : null, a -> Math.toDegrees(toDouble(a[0])));
        def(ctx, ns, "radians", "x, /", a -> isPlain(a[U]) ? (Object) (plain(a[U]) * (Math.PI / 180.0)) : null, a -> toDouble(a[0]) * (Math.PI / 180.0));
        def(ctx, ns, "isfinite", "x, /", a -> isPlain(a[U]) ? (Object) Double.isFinite(plain(a[U])) : null, a -> Double.isFinite(toDouble(a[0])));
        def(ctx, ns, "isinf", "x, /", a -> isPlain(a[U]) ? (Object) Double.isInfinite(plain(a[U])) : null, a -> Double.isInfinite(toDouble(a[0])));
        def(ctx, ns, "isnan", "x, /", a -> isPlain(a[U]) ? (Object) Double.isNaN(plain(a[U])) : null, a -> Double.isNaN(toDouble(a[0])));
        def(ctx, ns, "isclose", "a, b, *, rel_tol=, abs_tol=", MathModule::iscloseFast, fns.lazy(7));
        def(ctx, ns, "copysign", "x, y, /", fns.lazy(8));
        def(ctx, ns, "fmod", "x, y, /", fns.lazy(9));
        def(ctx, ns, "remainder", "x, y, /", fns.lazy(10));
        def(ctx, ns, "modf", "x, /", fns.lazy(11));
        def(ctx, ns, "frexp", "x, /", fns.lazy(12));
        def(ctx, ns, "ldexp", "x, i, /", fns.lazy(13));
        def(ctx, ns, "fsum", "seq, /", fns.lazy(14));
        def(ctx, ns, "prod", "iterable, /, *, start=", fns.lazy(15));
        def(ctx, ns, "hypot", "*coordinates", fns.lazy(16));
        def(ctx, ns, "dist", "p, q, /", fns.lazy(17));
        def(ctx, ns, "nextafter", "x, y, /", fns.lazy(18));
        def(ctx, ns, "ulp", "x, /", fns.lazy(19));
        def(ctx, ns, "erf", "x, /", fns.lazy(20));
        def(ctx, ns, "erfc", "x, /", fns.lazy(21));
        def(ctx, ns, "gamma", "x, /", fns.lazy(22));
        def(ctx, ns, "lgamma", "x, /", fns.lazy(23));
        return m;
    }

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
                    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};

    static double gamma(double x) {
        if (x == Math.rint(x) && x > 0 && x < 30) {
            double r = 1;
            for (int i = 2; i < x; i++) {
                r *= i;
            }
            return r;
        }
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        }
        return Math.exp(lgamma(x));
    }

    static double lgamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        }
        x -= 1;
        double s = LANCZOS[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            s += LANCZOS[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double t = 1.0 / (1.0 + 0.5 * Math.abs(x));
        double y = 1 - t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807
                        + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? y : -y;
    }
}
