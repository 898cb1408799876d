package org.auditpy.runtime;

import java.math.BigInteger;

/** Numeric hashing compatible with CPython's (Python/pyhash.c): {@code hash(n) == hash(float(n))}, modulus 2**61-1. */
public final class Hashing {
    private Hashing() {
    }

    public static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /** {@code hash(-2**63)}: the one long whose negation overflows, hashed once through a big int. */
    private static final long HASH_LONG_MIN = hashBig(BigInteger.valueOf(Long.MIN_VALUE));

    /** CPython's hash of an int in long range; plain arithmetic, so compiled code can call it directly. */
    public static long hashLong(long v) {
        if (v == Long.MIN_VALUE) {
            return HASH_LONG_MIN;
        }
        long h = v >= 0 ? v % MODULUS : -((-v) % MODULUS);
        return h == -1 ? -2 : h;
    }

    public static long hashBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** As CPython's {@code _Py_HashDouble}. */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return hashLong((long) v);
        }
        int sign = 1;
        double m = v;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        int[] e = new int[1];
        m = frexp(m, e);
        long x = 0;
        int exp = e[0];
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            exp -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        exp = exp >= 0 ? exp % 61 : 61 - 1 - ((-1 - exp) % 61);
        x = ((x << exp) & MODULUS) | x >>> (61 - exp);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private static double frexp(double v, int[] exp) {
        if (v == 0) {
            exp[0] = 0;
            return 0;
        }
        int e = Math.getExponent(v) + 1;
        double m = v / Math.scalb(1.0, e);
        if (m >= 1.0) {
            m /= 2;
            e++;
        } else if (m < 0.5) {
            m *= 2;
            e--;
        }
        exp[0] = e;
        return m;
    }

    /** As CPython 3.11's tuplehash (xxHash-based). */
    public static long hashTuple(PyTuple t) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        // a tuple of unboxed ints is hashed without boxing them (items() would keep boxes in the tuple)
        long[] ints = t.longsOrNull();
        Object[] objects = ints == null ? t.items() : null;
        for (int k = 0, n = t.size(); k < n; k++) {
            long lane = ints != null ? hashLong(ints[k]) : PyOps.hash(objects[k]);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.size() ^ (prime5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }
}
