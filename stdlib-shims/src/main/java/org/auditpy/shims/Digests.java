package org.auditpy.shims;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash functions behind {@code _hashlib} and {@code _blake2} ({@link HashlibModule}): a {@link Hasher} absorbs
 * bytes, answers its digest without finishing (digest() may be called again, and more data added after), and copies
 * itself. MD5, SHA-1, SHA-2 and SHA-3 are the JDK's {@link MessageDigest}s; SHAKE (FIPS 202's extendable-output
 * functions, with any output length) is {@link Keccak} here, and BLAKE2b/BLAKE2s (RFC 7693, with the parameter block
 * of CPython's Modules/_blake2: key, salt, personalization and tree parameters) are {@link Blake2b} and
 * {@link Blake2s}, as the JDK has neither.
 */
final class Digests {
    private Digests() {
    }

    /** One running hash. Not thread-safe: its Python object serializes calls. */
    abstract static class Hasher {
        /** Absorbs {@code len} bytes of {@code b} from {@code off}. */
        abstract void update(byte[] b, int off, int len);

        /** The digest of what was absorbed so far ({@code len} bytes for SHAKE; ignored by the others). */
        abstract byte[] digest(int len);

        /** An independent copy of this running hash. */
        abstract Hasher copy();
    }

    /** A JDK MessageDigest; digest() finishes a clone. */
    static final class Jdk extends Hasher {
        private final MessageDigest md;

        Jdk(MessageDigest md) {
            this.md = md;
        }

        /** The JDK's digest {@code jdkName} (e.g. "SHA-256", "SHA3-512"), which the SUN provider always has. */
        static Jdk of(String jdkName) {
            try {
                return new Jdk(MessageDigest.getInstance(jdkName));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(jdkName, e);
            }
        }

        @Override
        void update(byte[] b, int off, int len) {
            md.update(b, off, len);
        }

        @Override
        byte[] digest(int len) {
            return ((Jdk) copy()).md.digest();
        }

        @Override
        Hasher copy() {
            try {
                return new Jdk((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ------------------------------------------------------------------ Keccak (SHAKE)

    /** The Keccak-f[1600] sponge with FIPS 202's SHAKE padding (0x1F), rate 168 (SHAKE128) or 136 (SHAKE256). */
    static final class Keccak extends Hasher {
        private static final long[] RC = {
            0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L, 0x000000000000808BL,
            0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L, 0x000000000000008AL, 0x0000000000000088L,
            0x0000000080008009L, 0x000000008000000AL, 0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L,
            0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
            0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
        };
        /** Rotation offsets, by lane x + 5y. */
        private static final int[] ROT = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

        private final long[] a;
        private final int rate;
        private int pos;

        Keccak(int rate) {
            this(new long[25], rate, 0);
        }

        private Keccak(long[] a, int rate, int pos) {
            this.a = a;
            this.rate = rate;
            this.pos = pos;
        }

        static void permute(long[] a) {
            long[] c = new long[5];
            long[] b = new long[25];
            for (int round = 0; round < 24; round++) {
                for (int x = 0; x < 5; x++) {
                    c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
                }
                for (int x = 0; x < 5; x++) {
                    long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                    for (int y = 0; y < 25; y += 5) {
                        a[x + y] ^= d;
                    }
                }
                for (int x = 0; x < 5; x++) {
                    for (int y = 0; y < 5; y++) {
                        b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
                    }
                }
                for (int y = 0; y < 25; y += 5) {
                    for (int x = 0; x < 5; x++) {
                        a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                    }
                }
                a[0] ^= RC[round];
            }
        }

        @Override
        void update(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                a[pos >> 3] ^= (b[i] & 0xffL) << (8 * (pos & 7));
                if (++pos == rate) {
                    permute(a);
                    pos = 0;
                }
            }
        }

        @Override
        byte[] digest(int len) {
            long[] s = a.clone();
            s[pos >> 3] ^= 0x1FL << (8 * (pos & 7));
            s[(rate - 1) >> 3] ^= 0x80L << (8 * ((rate - 1) & 7));
            permute(s);
            byte[] out = new byte[len];
            int p = 0;
            for (int i = 0; i < len; i++) {
                if (p == rate) {
                    permute(s);
                    p = 0;
                }
                out[i] = (byte) (s[p >> 3] >>> (8 * (p & 7)));
                p++;
            }
            return out;
        }

        @Override
        Hasher copy() {
            return new Keccak(a.clone(), rate, pos);
        }
    }

    // ------------------------------------------------------------------ BLAKE2 (RFC 7693)

    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };

    /**
     * BLAKE2's parameter block fields (RFC 7693 section 2.5, and BLAKE2's tree mode): the caller has checked their
     * ranges. {@code salt} and {@code person} are at most 16 (BLAKE2b) or 8 (BLAKE2s) bytes, zero-padded here.
     */
    record Blake2Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize, long nodeOffset,
                    int nodeDepth, int innerSize, boolean lastNode) {
        /** The parameter block: 64 bytes for BLAKE2b, 32 for BLAKE2s. */
        byte[] block(boolean wide) {
            byte[] p = new byte[wide ? 64 : 32];
            p[0] = (byte) digestSize;
            p[1] = (byte) key.length;
            p[2] = (byte) fanout;
            p[3] = (byte) depth;
            for (int i = 0; i < 4; i++) {
                p[4 + i] = (byte) (leafSize >>> (8 * i));
            }
            for (int i = 0; i < (wide ? 8 : 6); i++) {
                p[8 + i] = (byte) (nodeOffset >>> (8 * i));
            }
            p[wide ? 16 : 14] = (byte) nodeDepth;
            p[wide ? 17 : 15] = (byte) innerSize;
            System.arraycopy(salt, 0, p, wide ? 32 : 16, salt.length);
            System.arraycopy(person, 0, p, wide ? 48 : 24, person.length);
            return p;
        }
    }

    /** BLAKE2b: 64-bit words, 128-byte blocks, 12 rounds, digests of 1..64 bytes. */
    static final class Blake2b extends Hasher {
        private static final long[] IV = {
            0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
            0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
        };
        private long[] h = new long[8];
        private byte[] buf = new byte[128];
        private int buflen;
        private long t0;
        private long t1;
        private int outlen;
        private boolean lastNode;

        private Blake2b() {
        }

        Blake2b(Blake2Params p) {
            byte[] pb = p.block(true);
            for (int i = 0; i < 8; i++) {
                h[i] = IV[i] ^ le64(pb, 8 * i);
            }
            outlen = p.digestSize();
            lastNode = p.lastNode();
            if (p.key().length > 0) {
                byte[] k = new byte[128];
                System.arraycopy(p.key(), 0, k, 0, p.key().length);
                update(k, 0, 128);
            }
        }

        private void compress(byte[] block, boolean last) {
            long[] m = new long[16];
            for (int i = 0; i < 16; i++) {
                m[i] = le64(block, 8 * i);
            }
            long[] v = new long[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV, 0, v, 8, 8);
            v[12] ^= t0;
            v[13] ^= t1;
            if (last) {
                v[14] = ~v[14];
                if (lastNode) {
                    v[15] = ~v[15];
                }
            }
            for (int r = 0; r < 12; r++) {
                byte[] s = SIGMA[r % 10];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }

        private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }

        private void count(int n) {
            t0 += n;
            if (Long.compareUnsigned(t0, n) < 0) {
                t1++;
            }
        }

        @Override
        void update(byte[] b, int off, int len) {
            while (len > 0) {
                if (buflen == 128) {
                    // a full block is compressed only once more data follows: the last one is finished differently
                    count(128);
                    compress(buf, false);
                    buflen = 0;
                }
                int n = Math.min(len, 128 - buflen);
                System.arraycopy(b, off, buf, buflen, n);
                buflen += n;
                off += n;
                len -= n;
            }
        }

        @Override
        byte[] digest(int len) {
            Blake2b c = (Blake2b) copy();
            c.count(c.buflen);
            java.util.Arrays.fill(c.buf, c.buflen, 128, (byte) 0);
            c.compress(c.buf, true);
            byte[] out = new byte[outlen];
            for (int i = 0; i < outlen; i++) {
                out[i] = (byte) (c.h[i >> 3] >>> (8 * (i & 7)));
            }
            return out;
        }

        @Override
        Hasher copy() {
            Blake2b c = new Blake2b();
            c.h = h.clone();
            c.buf = buf.clone();
            c.buflen = buflen;
            c.t0 = t0;
            c.t1 = t1;
            c.outlen = outlen;
            c.lastNode = lastNode;
            return c;
        }
    }

    /** BLAKE2s: 32-bit words, 64-byte blocks, 10 rounds, digests of 1..32 bytes. */
    static final class Blake2s extends Hasher {
        private static final int[] IV = {
            0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
        };
        private int[] h = new int[8];
        private byte[] buf = new byte[64];
        private int buflen;
        private long t;
        private int outlen;
        private boolean lastNode;

        private Blake2s() {
        }

        Blake2s(Blake2Params p) {
            byte[] pb = p.block(false);
            for (int i = 0; i < 8; i++) {
                h[i] = IV[i] ^ le32(pb, 4 * i);
            }
            outlen = p.digestSize();
            lastNode = p.lastNode();
            if (p.key().length > 0) {
                byte[] k = new byte[64];
                System.arraycopy(p.key(), 0, k, 0, p.key().length);
                update(k, 0, 64);
            }
        }

        private void compress(byte[] block, boolean last) {
            int[] m = new int[16];
            for (int i = 0; i < 16; i++) {
                m[i] = le32(block, 4 * i);
            }
            int[] v = new int[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV, 0, v, 8, 8);
            v[12] ^= (int) t;
            v[13] ^= (int) (t >>> 32);
            if (last) {
                v[14] = ~v[14];
                if (lastNode) {
                    v[15] = ~v[15];
                }
            }
            for (int r = 0; r < 10; r++) {
                byte[] s = SIGMA[r];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }

        private static void g(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] = v[a] + v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }

        @Override
        void update(byte[] b, int off, int len) {
            while (len > 0) {
                if (buflen == 64) {
                    t += 64;
                    compress(buf, false);
                    buflen = 0;
                }
                int n = Math.min(len, 64 - buflen);
                System.arraycopy(b, off, buf, buflen, n);
                buflen += n;
                off += n;
                len -= n;
            }
        }

        @Override
        byte[] digest(int len) {
            Blake2s c = (Blake2s) copy();
            c.t += c.buflen;
            java.util.Arrays.fill(c.buf, c.buflen, 64, (byte) 0);
            c.compress(c.buf, true);
            byte[] out = new byte[outlen];
            for (int i = 0; i < outlen; i++) {
                out[i] = (byte) (c.h[i >> 2] >>> (8 * (i & 3)));
            }
            return out;
        }

        @Override
        Hasher copy() {
            Blake2s c = new Blake2s();
            c.h = h.clone();
            c.buf = buf.clone();
            c.buflen = buflen;
            c.t = t;
            c.outlen = outlen;
            c.lastNode = lastNode;
            return c;
        }
    }

    static long le64(byte[] b, int off) {
        long r = 0;
        for (int i = 7; i >= 0; i--) {
            r = (r << 8) | (b[off + i] & 0xffL);
        }
        return r;
    }

    static int le32(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }
}
