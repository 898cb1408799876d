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

        /** The digest, which may leave this hash unusable (for one used once and dropped). */
        byte[] finish(int len) {
            return digest(len);
        }
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
        byte[] finish(int len) {
            return md.digest();
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

        /** Keccak-f[1600] over the 25 lanes {@code s} (x + 5y), unrolled: theta, rho and pi, chi, iota. */
        static void permute(long[] s) {
            long a0 = s[0]; long a1 = s[1]; long a2 = s[2]; long a3 = s[3]; long a4 = s[4];
            long a5 = s[5]; long a6 = s[6]; long a7 = s[7]; long a8 = s[8]; long a9 = s[9];
            long a10 = s[10]; long a11 = s[11]; long a12 = s[12]; long a13 = s[13]; long a14 = s[14];
            long a15 = s[15]; long a16 = s[16]; long a17 = s[17]; long a18 = s[18]; long a19 = s[19];
            long a20 = s[20]; long a21 = s[21]; long a22 = s[22]; long a23 = s[23]; long a24 = s[24];
            for (int round = 0; round < 24; round++) {
                long c0 = a0 ^ a5 ^ a10 ^ a15 ^ a20;
                long c1 = a1 ^ a6 ^ a11 ^ a16 ^ a21;
                long c2 = a2 ^ a7 ^ a12 ^ a17 ^ a22;
                long c3 = a3 ^ a8 ^ a13 ^ a18 ^ a23;
                long c4 = a4 ^ a9 ^ a14 ^ a19 ^ a24;
                long d0 = c4 ^ Long.rotateLeft(c1, 1);
                long d1 = c0 ^ Long.rotateLeft(c2, 1);
                long d2 = c1 ^ Long.rotateLeft(c3, 1);
                long d3 = c2 ^ Long.rotateLeft(c4, 1);
                long d4 = c3 ^ Long.rotateLeft(c0, 1);
                long b0 = a0 ^ d0;
                long b16 = Long.rotateLeft(a5 ^ d0, 36);
                long b7 = Long.rotateLeft(a10 ^ d0, 3);
                long b23 = Long.rotateLeft(a15 ^ d0, 41);
                long b14 = Long.rotateLeft(a20 ^ d0, 18);
                long b10 = Long.rotateLeft(a1 ^ d1, 1);
                long b1 = Long.rotateLeft(a6 ^ d1, 44);
                long b17 = Long.rotateLeft(a11 ^ d1, 10);
                long b8 = Long.rotateLeft(a16 ^ d1, 45);
                long b24 = Long.rotateLeft(a21 ^ d1, 2);
                long b20 = Long.rotateLeft(a2 ^ d2, 62);
                long b11 = Long.rotateLeft(a7 ^ d2, 6);
                long b2 = Long.rotateLeft(a12 ^ d2, 43);
                long b18 = Long.rotateLeft(a17 ^ d2, 15);
                long b9 = Long.rotateLeft(a22 ^ d2, 61);
                long b5 = Long.rotateLeft(a3 ^ d3, 28);
                long b21 = Long.rotateLeft(a8 ^ d3, 55);
                long b12 = Long.rotateLeft(a13 ^ d3, 25);
                long b3 = Long.rotateLeft(a18 ^ d3, 21);
                long b19 = Long.rotateLeft(a23 ^ d3, 56);
                long b15 = Long.rotateLeft(a4 ^ d4, 27);
                long b6 = Long.rotateLeft(a9 ^ d4, 20);
                long b22 = Long.rotateLeft(a14 ^ d4, 39);
                long b13 = Long.rotateLeft(a19 ^ d4, 8);
                long b4 = Long.rotateLeft(a24 ^ d4, 14);
                a0 = b0 ^ (~b1 & b2);
                a1 = b1 ^ (~b2 & b3);
                a2 = b2 ^ (~b3 & b4);
                a3 = b3 ^ (~b4 & b0);
                a4 = b4 ^ (~b0 & b1);
                a5 = b5 ^ (~b6 & b7);
                a6 = b6 ^ (~b7 & b8);
                a7 = b7 ^ (~b8 & b9);
                a8 = b8 ^ (~b9 & b5);
                a9 = b9 ^ (~b5 & b6);
                a10 = b10 ^ (~b11 & b12);
                a11 = b11 ^ (~b12 & b13);
                a12 = b12 ^ (~b13 & b14);
                a13 = b13 ^ (~b14 & b10);
                a14 = b14 ^ (~b10 & b11);
                a15 = b15 ^ (~b16 & b17);
                a16 = b16 ^ (~b17 & b18);
                a17 = b17 ^ (~b18 & b19);
                a18 = b18 ^ (~b19 & b15);
                a19 = b19 ^ (~b15 & b16);
                a20 = b20 ^ (~b21 & b22);
                a21 = b21 ^ (~b22 & b23);
                a22 = b22 ^ (~b23 & b24);
                a23 = b23 ^ (~b24 & b20);
                a24 = b24 ^ (~b20 & b21);
                a0 ^= RC[round];
            }
            s[0] = a0; s[1] = a1; s[2] = a2; s[3] = a3; s[4] = a4;
            s[5] = a5; s[6] = a6; s[7] = a7; s[8] = a8; s[9] = a9;
            s[10] = a10; s[11] = a11; s[12] = a12; s[13] = a13; s[14] = a14;
            s[15] = a15; s[16] = a16; s[17] = a17; s[18] = a18; s[19] = a19;
            s[20] = a20; s[21] = a21; s[22] = a22; s[23] = a23; s[24] = a24;
        }

        @Override
        void update(byte[] b, int off, int len) {
            int i = off;
            int end = off + len;
            while (i < end) {
                if ((pos & 7) == 0 && end - i >= 8) {
                    // a whole lane at once
                    a[pos >> 3] ^= le64(b, i);
                    i += 8;
                    pos += 8;
                } else {
                    a[pos >> 3] ^= (b[i++] & 0xffL) << (8 * (pos & 7));
                    pos++;
                }
                if (pos == rate) {
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
        /** The message words of the block being compressed (scratch). */
        private final long[] m = new long[16];
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
            long[] m = this.m;
            for (int i = 0; i < 16; i++) {
                m[i] = le64(block, 8 * i);
            }
            long v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
            long v8 = IV[0], v9 = IV[1], v10 = IV[2], v11 = IV[3], v12 = IV[4], v13 = IV[5], v14 = IV[6], v15 = IV[7];
            v12 ^= t0;
            v13 ^= t1;
            if (last) {
                v14 = ~v14;
                if (lastNode) {
                    v15 = ~v15;
                }
            }
            for (int r = 0; r < 12; r++) {
                byte[] s = SIGMA[r % 10];
                v0 += v4 + m[s[0]];
                v12 = Long.rotateRight(v12 ^ v0, 32);
                v8 += v12;
                v4 = Long.rotateRight(v4 ^ v8, 24);
                v0 += v4 + m[s[1]];
                v12 = Long.rotateRight(v12 ^ v0, 16);
                v8 += v12;
                v4 = Long.rotateRight(v4 ^ v8, 63);
                v1 += v5 + m[s[2]];
                v13 = Long.rotateRight(v13 ^ v1, 32);
                v9 += v13;
                v5 = Long.rotateRight(v5 ^ v9, 24);
                v1 += v5 + m[s[3]];
                v13 = Long.rotateRight(v13 ^ v1, 16);
                v9 += v13;
                v5 = Long.rotateRight(v5 ^ v9, 63);
                v2 += v6 + m[s[4]];
                v14 = Long.rotateRight(v14 ^ v2, 32);
                v10 += v14;
                v6 = Long.rotateRight(v6 ^ v10, 24);
                v2 += v6 + m[s[5]];
                v14 = Long.rotateRight(v14 ^ v2, 16);
                v10 += v14;
                v6 = Long.rotateRight(v6 ^ v10, 63);
                v3 += v7 + m[s[6]];
                v15 = Long.rotateRight(v15 ^ v3, 32);
                v11 += v15;
                v7 = Long.rotateRight(v7 ^ v11, 24);
                v3 += v7 + m[s[7]];
                v15 = Long.rotateRight(v15 ^ v3, 16);
                v11 += v15;
                v7 = Long.rotateRight(v7 ^ v11, 63);
                v0 += v5 + m[s[8]];
                v15 = Long.rotateRight(v15 ^ v0, 32);
                v10 += v15;
                v5 = Long.rotateRight(v5 ^ v10, 24);
                v0 += v5 + m[s[9]];
                v15 = Long.rotateRight(v15 ^ v0, 16);
                v10 += v15;
                v5 = Long.rotateRight(v5 ^ v10, 63);
                v1 += v6 + m[s[10]];
                v12 = Long.rotateRight(v12 ^ v1, 32);
                v11 += v12;
                v6 = Long.rotateRight(v6 ^ v11, 24);
                v1 += v6 + m[s[11]];
                v12 = Long.rotateRight(v12 ^ v1, 16);
                v11 += v12;
                v6 = Long.rotateRight(v6 ^ v11, 63);
                v2 += v7 + m[s[12]];
                v13 = Long.rotateRight(v13 ^ v2, 32);
                v8 += v13;
                v7 = Long.rotateRight(v7 ^ v8, 24);
                v2 += v7 + m[s[13]];
                v13 = Long.rotateRight(v13 ^ v2, 16);
                v8 += v13;
                v7 = Long.rotateRight(v7 ^ v8, 63);
                v3 += v4 + m[s[14]];
                v14 = Long.rotateRight(v14 ^ v3, 32);
                v9 += v14;
                v4 = Long.rotateRight(v4 ^ v9, 24);
                v3 += v4 + m[s[15]];
                v14 = Long.rotateRight(v14 ^ v3, 16);
                v9 += v14;
                v4 = Long.rotateRight(v4 ^ v9, 63);
            }
            h[0] ^= v0 ^ v8;
            h[1] ^= v1 ^ v9;
            h[2] ^= v2 ^ v10;
            h[3] ^= v3 ^ v11;
            h[4] ^= v4 ^ v12;
            h[5] ^= v5 ^ v13;
            h[6] ^= v6 ^ v14;
            h[7] ^= v7 ^ v15;
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
        /** The message words of the block being compressed (scratch). */
        private final int[] m = new int[16];
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
            int[] m = this.m;
            for (int i = 0; i < 16; i++) {
                m[i] = le32(block, 4 * i);
            }
            int v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
            int v8 = IV[0], v9 = IV[1], v10 = IV[2], v11 = IV[3], v12 = IV[4], v13 = IV[5], v14 = IV[6], v15 = IV[7];
            v12 ^= (int) t;
            v13 ^= (int) (t >>> 32);
            if (last) {
                v14 = ~v14;
                if (lastNode) {
                    v15 = ~v15;
                }
            }
            for (int r = 0; r < 10; r++) {
                byte[] s = SIGMA[r];
                v0 += v4 + m[s[0]];
                v12 = Integer.rotateRight(v12 ^ v0, 16);
                v8 += v12;
                v4 = Integer.rotateRight(v4 ^ v8, 12);
                v0 += v4 + m[s[1]];
                v12 = Integer.rotateRight(v12 ^ v0, 8);
                v8 += v12;
                v4 = Integer.rotateRight(v4 ^ v8, 7);
                v1 += v5 + m[s[2]];
                v13 = Integer.rotateRight(v13 ^ v1, 16);
                v9 += v13;
                v5 = Integer.rotateRight(v5 ^ v9, 12);
                v1 += v5 + m[s[3]];
                v13 = Integer.rotateRight(v13 ^ v1, 8);
                v9 += v13;
                v5 = Integer.rotateRight(v5 ^ v9, 7);
                v2 += v6 + m[s[4]];
                v14 = Integer.rotateRight(v14 ^ v2, 16);
                v10 += v14;
                v6 = Integer.rotateRight(v6 ^ v10, 12);
                v2 += v6 + m[s[5]];
                v14 = Integer.rotateRight(v14 ^ v2, 8);
                v10 += v14;
                v6 = Integer.rotateRight(v6 ^ v10, 7);
                v3 += v7 + m[s[6]];
                v15 = Integer.rotateRight(v15 ^ v3, 16);
                v11 += v15;
                v7 = Integer.rotateRight(v7 ^ v11, 12);
                v3 += v7 + m[s[7]];
                v15 = Integer.rotateRight(v15 ^ v3, 8);
                v11 += v15;
                v7 = Integer.rotateRight(v7 ^ v11, 7);
                v0 += v5 + m[s[8]];
                v15 = Integer.rotateRight(v15 ^ v0, 16);
                v10 += v15;
                v5 = Integer.rotateRight(v5 ^ v10, 12);
                v0 += v5 + m[s[9]];
                v15 = Integer.rotateRight(v15 ^ v0, 8);
                v10 += v15;
                v5 = Integer.rotateRight(v5 ^ v10, 7);
                v1 += v6 + m[s[10]];
                v12 = Integer.rotateRight(v12 ^ v1, 16);
                v11 += v12;
                v6 = Integer.rotateRight(v6 ^ v11, 12);
                v1 += v6 + m[s[11]];
                v12 = Integer.rotateRight(v12 ^ v1, 8);
                v11 += v12;
                v6 = Integer.rotateRight(v6 ^ v11, 7);
                v2 += v7 + m[s[12]];
                v13 = Integer.rotateRight(v13 ^ v2, 16);
                v8 += v13;
                v7 = Integer.rotateRight(v7 ^ v8, 12);
                v2 += v7 + m[s[13]];
                v13 = Integer.rotateRight(v13 ^ v2, 8);
                v8 += v13;
                v7 = Integer.rotateRight(v7 ^ v8, 7);
                v3 += v4 + m[s[14]];
                v14 = Integer.rotateRight(v14 ^ v3, 16);
                v9 += v14;
                v4 = Integer.rotateRight(v4 ^ v9, 12);
                v3 += v4 + m[s[15]];
                v14 = Integer.rotateRight(v14 ^ v3, 8);
                v9 += v14;
                v4 = Integer.rotateRight(v4 ^ v9, 7);
            }
            h[0] ^= v0 ^ v8;
            h[1] ^= v1 ^ v9;
            h[2] ^= v2 ^ v10;
            h[3] ^= v3 ^ v11;
            h[4] ^= v4 ^ v12;
            h[5] ^= v5 ^ v13;
            h[6] ^= v6 ^ v14;
            h[7] ^= v7 ^ v15;
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
