package org.auditpy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Python int arithmetic of any size (Objects/longobject.c): floor division and modulo round toward -inf. */
public final class Ints {
    private Ints() {
    }

    /**
     * The decimal number written by the decimal digits {@code s[from:to]} (any Unicode decimal digit, as
     * {@code Py_UNICODE_TODECIMAL}: callers that take ASCII digits only have checked them), or -1 when it exceeds
     * {@code limit}: the overflow check of the C parsers of format strings ({@code get_integer} in
     * Objects/stringlib/unicode_format.h, the width and precision of {@code %} formatting, {@code struct}'s repeat
     * counts), each with its own limit.
     */
    public static long decimal(CharSequence s, int from, int to, long limit) {
        long v = 0;
        for (int k = from; k < to; k++) {
            int d = Character.digit(s.charAt(k), 10);
            if (v > (limit - d) / 10) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** {@code a OP b} for two Python ints (Long, BigInteger or Boolean). */
    @TruffleBoundary
    public static Object binary(Object a, Object b, Arithmetic.BinOp op) {
        if (a instanceof Boolean x) {
            a = x ? 1L : 0L;
        }
        if (b instanceof Boolean x) {
            b = x ? 1L : 0L;
        }
        if (a instanceof Long x && b instanceof Long y) {
            long l = x;
            long r = y;
            switch (op) {
                case ADD: {
                    long s = l + r;
                    if (((l ^ s) & (r ^ s)) < 0) {
                        return BigInteger.valueOf(l).add(BigInteger.valueOf(r));
                    }
                    return s;
                }
                case SUB: {
                    long s = l - r;
                    if (((l ^ r) & (l ^ s)) < 0) {
                        return BigInteger.valueOf(l).subtract(BigInteger.valueOf(r));
                    }
                    return s;
                }
                case MUL: {
                    long hi = Math.multiplyHigh(l, r);
                    long lo = l * r;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return lo;
                    }
                    return BigInteger.valueOf(l).multiply(BigInteger.valueOf(r));
                }
                case FLOORDIV:
                    if (r == 0) {
                        throw PyErrors.zeroDivision("integer division or modulo by zero");
                    }
                    if (l == Long.MIN_VALUE && r == -1) {
                        return BigInteger.valueOf(l).negate();
                    }
                    return Math.floorDiv(l, r);
                case MOD:
                    if (r == 0) {
                        throw PyErrors.zeroDivision("integer modulo by zero");
                    }
                    return Math.floorMod(l, r);
                case TRUEDIV:
                    return trueDivide(BigInteger.valueOf(l), BigInteger.valueOf(r), l, r);
                case AND:
                    return l & r;
                case OR:
                    return l | r;
                case XOR:
                    return l ^ r;
                case LSHIFT:
                    if (r < 0) {
                        throw PyErrors.valueError("negative shift count");
                    }
                    if (r < 63 && (l == 0 || Long.numberOfLeadingZeros(Math.abs(l)) > r + 1)) {
                        return l << r;
                    }
                    break;
                case RSHIFT:
                    if (r < 0) {
                        throw PyErrors.valueError("negative shift count");
                    }
                    return r >= 64 ? (l < 0 ? -1L : 0L) : l >> r;
                case POW:
                    break;
                default:
                    return null;
            }
        }
        BigInteger x = PyOps.toBig(a);
        BigInteger y = PyOps.toBig(b);
        switch (op) {
            case ADD:
                return PyOps.normalize(x.add(y));
            case SUB:
                return PyOps.normalize(x.subtract(y));
            case MUL:
                return PyOps.normalize(x.multiply(y));
            case FLOORDIV: {
                if (y.signum() == 0) {
                    throw PyErrors.zeroDivision("integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
                    q = q.subtract(BigInteger.ONE);
                }
                return PyOps.normalize(q);
            }
            case MOD: {
                if (y.signum() == 0) {
                    throw PyErrors.zeroDivision("integer modulo by zero");
                }
                BigInteger m = x.mod(y.abs());
                if (y.signum() < 0 && m.signum() != 0) {
                    m = m.add(y);
                }
                return PyOps.normalize(m);
            }
            case TRUEDIV:
                return trueDivide(x, y, 0, 0);
            case AND:
                return PyOps.normalize(x.and(y));
            case OR:
                return PyOps.normalize(x.or(y));
            case XOR:
                return PyOps.normalize(x.xor(y));
            case LSHIFT:
                if (y.signum() < 0) {
                    throw PyErrors.valueError("negative shift count");
                }
                if (x.signum() == 0) {
                    return 0L;
                }
                if (y.bitLength() > 62) {
                    // CPython's result would need more 30-bit digits than _PyLong_New allows (MAX_LONG_DIGITS,
                    // (PY_SSIZE_T_MAX - 24) / 4): "too many digits in integer"; short of that, MemoryError below
                    BigInteger digits = y.divide(BigInteger.valueOf(30)).add(BigInteger.valueOf(x.abs().bitLength() / 30 + 2));
                    if (digits.compareTo(BigInteger.valueOf((Long.MAX_VALUE - 24) / 4)) > 0) {
                        throw PyErrors.raise("OverflowError", "too many digits in integer");
                    }
                }
                if (y.bitLength() > 31) {
                    // more bits than a Java BigInteger (or CPython's memory) holds
                    throw PyErrors.noMemory();
                }
                return PyOps.normalize(x.shiftLeft(y.intValueExact()));
            case RSHIFT:
                if (y.signum() < 0) {
                    throw PyErrors.valueError("negative shift count");
                }
                return PyOps.normalize(y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO) : x.shiftRight(y.intValue()));
            case POW:
                return pow(x, y);
            default:
                return null;
        }
    }

    /** {@code a ** b} for ints: a float for negative exponents. */
    @TruffleBoundary
    public static Object pow(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            if (x.signum() == 0) {
                throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return Math.pow(x.doubleValue(), y.doubleValue());
        }
        if (y.bitLength() > 31) {
            if (x.abs().equals(BigInteger.ONE)) {
                return PyOps.normalize(x.signum() < 0 && y.testBit(0) ? x : BigInteger.ONE);
            }
            if (x.signum() == 0) {
                return 0L;
            }
            throw PyErrors.noMemory();
        }
        return PyOps.normalize(x.pow(y.intValue()));
    }

    private static Object trueDivide(BigInteger x, BigInteger y, long l, long r) {
        if (y.signum() == 0) {
            throw PyErrors.zeroDivision("division by zero");
        }
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        java.math.BigDecimal q = new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y), java.math.MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("integer division result too large for a float");
        }
        return d;
    }
}
