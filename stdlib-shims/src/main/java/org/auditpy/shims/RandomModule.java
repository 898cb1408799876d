package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import java.math.BigInteger;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;
import org.auditpy.runtime.Sequences;

/**
 * {@code _auditpy_random}: the Mersenne Twister MT19937 of CPython's Modules/_randommodule.c (Matsumoto and
 * Nishimura's mt19937ar.c), under auditpy's {@code _random.Random} (stdlib-shims' {@code _random.py}, which keeps
 * the seeding rules and argument checks in Python). The 624-word state lives in a {@link State}; each function
 * takes it first.
 *
 * <ul>
 * <li>{@code new()}: a State, unseeded.</li>
 * <li>{@code init_by_array(state, key)}: init_by_array over {@code key}, a sequence of ints below 2**32.</li>
 * <li>{@code random(state)}: a float in [0, 1) with 53 random bits (random_random).</li>
 * <li>{@code getrandbits(state, k)}: an int of {@code k} random bits, {@code k > 0} (_random_Random_getrandbits_impl,
 * words least significant first).</li>
 * <li>{@code getstate(state)}: the 624 words and the index, a tuple of 625 ints; {@code setstate(state, words,
 * index)} puts them back (the caller has checked them).</li>
 * </ul>
 * Seeded alike, every sequence equals CPython's.
 */
final class RandomModule {
    private RandomModule() {
    }

    static final int N = 624;
    static final int M = 397;
    static final int MATRIX_A = 0x9908b0df;
    static final int UPPER_MASK = 0x80000000;
    static final int LOWER_MASK = 0x7fffffff;

    /** One generator's state: {@code mt[N]} and the index of the next word ({@code N}: regenerate first). */
    static final class State extends PythonObject {
        final int[] mt = new int[N];
        int index = N + 1;

        State(PyType t) {
            super(t);
        }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** genrand_uint32: the next 32-bit word, as an unsigned value in an int. */
        int next() {
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                }
                for (; kk < N - 1; kk++) {
                    int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                }
                int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        double random() {
            int a = next() >>> 5;
            int b = next() >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        Object getrandbits(long k) {
            if (k <= 32) {
                return (long) (Integer.toUnsignedLong(next()) >>> (32 - k));
            }
            if (k <= 63) {
                long lo = Integer.toUnsignedLong(next());
                long hi = Integer.toUnsignedLong(next()) >>> (64 - k);
                return (hi << 32) | lo;
            }
            int words = (int) ((k - 1) / 32 + 1);
            // little-endian words, the last one cut to the bits that remain
            byte[] big = new byte[words * 4 + 1];
            long left = k;
            for (int w = 0; w < words; w++, left -= 32) {
                int r = next();
                if (left < 32) {
                    r >>>= 32 - left;
                }
                int at = big.length - 4 * (w + 1);
                big[at] = (byte) (r >>> 24);
                big[at + 1] = (byte) (r >>> 16);
                big[at + 2] = (byte) (r >>> 8);
                big[at + 3] = (byte) r;
            }
            return PyOps.normalize(new BigInteger(big));
        }
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_auditpy_random");
        PyDict ns = m.getDict();
        PyType t = new PyType(ctx.types().type, "MT19937", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER, false);
        t.computeMro(ctx.types().object);
        t.getDict().setStr("__module__", "_auditpy_random");
        def(ctx, ns, "new", "", a -> new State(t));
        def(ctx, ns, "init_by_array", "state, key, /", a -> {
            Object[] items = Sequences.toArray(a[1]);
            int[] key = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                key[i] = (int) Fns.toLong(items[i]);
            }
            state(a[0]).initByArray(key);
            return PyNone.NONE;
        });
        def(ctx, ns, "random", "state, /", a -> state(a[0]).random());
        def(ctx, ns, "getrandbits", "state, k, /", a -> state(a[0]).getrandbits(Fns.toLong(a[1])));
        def(ctx, ns, "getstate", "state, /", a -> {
            State s = state(a[0]);
            Object[] out = new Object[N + 1];
            for (int i = 0; i < N; i++) {
                out[i] = Integer.toUnsignedLong(s.mt[i]);
            }
            out[N] = (long) s.index;
            return PyTuple.of(out);
        });
        def(ctx, ns, "setstate", "state, words, index, /", a -> {
            State s = state(a[0]);
            Object[] items = Sequences.toArray(a[1]);
            if (items.length != N) {
                throw PyErrors.valueError("state vector is the wrong size");
            }
            for (int i = 0; i < N; i++) {
                s.mt[i] = (int) Fns.toLong(items[i]);
            }
            s.index = (int) Fns.toLong(a[2]);
            return PyNone.NONE;
        });
        return m;
    }

    static State state(Object o) {
        if (o instanceof State s) {
            return s;
        }
        throw PyErrors.typeError("expected an MT19937 state, not " + PyOps.typeName(o));
    }
}
