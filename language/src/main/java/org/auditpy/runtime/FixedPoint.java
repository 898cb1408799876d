package org.auditpy.runtime;

/**
 * A double rounded to a fixed number of decimal places, correctly (round-half-even on the double's exact binary
 * value, as CPython's {@code _Py_dg_dtoa} in mode 3 does for {@code format(x, '.2f')} and {@code round(x, 2)}),
 * in 128-bit integer arithmetic instead of {@link java.math.BigDecimal}.
 *
 * <p>Only the common sizes are handled here: 0-18 places and a scaled value below 2<sup>62</sup>. Every method
 * answers {@code -1} or {@code null} outside them, and the caller falls back to {@code BigDecimal}, which gives
 * the same digits.
 */
public final class FixedPoint {
    private FixedPoint() {
    }

    /** The most places handled: 10<sup>18</sup> is the largest power of ten below 2<sup>63</sup>. */
    public static final int MAX_PLACES = 18;

    private static final long[] POW10 = new long[MAX_PLACES + 1];

    static {
        long p = 1;
        for (int i = 0; i <= MAX_PLACES; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /**
     * {@code a * 10**places} rounded half-even to an integer, computed on {@code a}'s exact binary value.
     *
     * @param a a non-negative finite double (a NaN, an infinity or a negative value answers -1)
     * @param places 0-{@value #MAX_PLACES}
     * @return the rounded scaled value, or -1 when {@code places} or the result is outside the fast range
     *         (result at or above 2<sup>62</sup>)
     */
    public static long scaledRounded(double a, int places) {
        if (places < 0 || places > MAX_PLACES || !(a >= 0) || a >= 0x1p62 / POW10[places]) {
            return -1;
        }
        if (a == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(a);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        long pow = POW10[places];
        if (e >= 0) {
            // an integer below 2^62 / 10^places: the product is exact
            return (m << e) * pow;
        }
        int k = -e;
        if (k >= 128) {
            // m * pow < 2^113 <= 2^(k-1): less than half a unit, rounds to zero
            return 0;
        }
        // the 113-bit product m * pow as hi:lo, then split at bit k into quotient q and remainder (compared with half)
        long hi = Math.multiplyHigh(m, pow);
        long lo = m * pow;
        long q;
        int cmp;
        if (k < 64) {
            q = (hi << (64 - k)) | (lo >>> k);
            long r = lo & ((1L << k) - 1);
            cmp = Long.compare(r, 1L << (k - 1));
        } else if (k == 64) {
            q = hi;
            cmp = Long.compareUnsigned(lo, 1L << 63);
        } else {
            int j = k - 64;
            q = hi >>> j;
            long rHi = hi & ((1L << j) - 1);
            long halfHi = 1L << (j - 1);
            cmp = rHi != halfHi ? Long.compare(rHi, halfHi) : (lo == 0 ? 0 : 1);
        }
        if (cmp > 0 || cmp == 0 && (q & 1) != 0) {
            q++;
        }
        return q;
    }

    /**
     * The digits of {@code a} with exactly {@code places} decimals, as {@code format(a, '.{places}f')} prints a
     * non-negative float: {@code "3.14"}, {@code "0.05"}, {@code "2"} for no places.
     *
     * @return the text, or null outside the fast range of {@link #scaledRounded}
     */
    public static String format(double a, int places) {
        long q = scaledRounded(a, places);
        if (q < 0) {
            return null;
        }
        String digits = Long.toString(q);
        if (places == 0) {
            return digits;
        }
        int len = digits.length();
        StringBuilder sb = new StringBuilder(Math.max(len, places + 1) + 1);
        if (len <= places) {
            sb.append("0.");
            for (int i = len; i < places; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else {
            sb.append(digits, 0, len - places).append('.').append(digits, len - places, len);
        }
        return sb.toString();
    }

    /**
     * {@code round(d, places)} for a finite double, as CPython's {@code double_round} (Objects/floatobject.c): the
     * exact value rounded half-even to {@code places} decimals, then read back as the nearest double.
     *
     * @return the rounded double (signed zero kept), or NaN when outside the fast range: a scaled value of
     *         2<sup>53</sup> or more (the division would not be exact) or more than {@value #MAX_PLACES} places
     */
    public static double round(double d, int places) {
        long q = scaledRounded(Math.abs(d), places);
        if (q < 0 || q >= 1L << 53) {
            return Double.NaN;
        }
        // q and 10^places (at most 10^18 < 2^63, exact as a double up to 10^22) are both exact: one division,
        // correctly rounded, is the nearest double to the decimal q / 10^places
        double r = q / (double) POW10[places];
        return Math.copySign(r, d);
    }
}
