package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Python float arithmetic (Objects/floatobject.c): modulo takes the sign of the divisor, errors as CPython. */
public final class Floats {
    private Floats() {
    }

    @TruffleBoundary
    public static Object binary(double a, double b, Arithmetic.BinOp op) {
        switch (op) {
            case ADD:
                return a + b;
            case SUB:
                return a - b;
            case MUL:
                return a * b;
            case TRUEDIV:
                if (b == 0) {
                    throw PyErrors.zeroDivision("float division by zero");
                }
                return a / b;
            case FLOORDIV:
                if (b == 0) {
                    throw PyErrors.zeroDivision("float floor division by zero");
                }
                return divmod(a, b)[0];
            case MOD:
                if (b == 0) {
                    throw PyErrors.zeroDivision("float modulo");
                }
                return divmod(a, b)[1];
            case POW:
                return pow(a, b);
            default:
                return null;
        }
    }

    /** As CPython's {@code float_divmod}. */
    public static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    /** {@code a ** b} for floats, with CPython's errors. */
    public static double pow(double a, double b) {
        if (b == 2.0) {
            // what Math.pow gives here too (HotSpot's and Graal's pow special-case it), without the call
            double r = a * a;
            if (Double.isInfinite(r) && !Double.isInfinite(a)) {
                throw PyErrors.overflowError("(34, 'Numerical result out of range')");
            }
            return r;
        }
        if (b == 0.5 && a > 0.0) {
            // equal to Math.pow(a, 0.5) for every positive a (correctly rounded both), at a tenth of the cost
            return Math.sqrt(a);
        }
        if (a == 0 && b < 0) {
            throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.floor(b) && !Double.isInfinite(b)) {
            throw PyErrors.valueError("math domain error"); // CPython returns complex; complex is not supported
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PyErrors.overflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }
}
