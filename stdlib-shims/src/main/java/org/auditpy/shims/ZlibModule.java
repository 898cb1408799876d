package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

/**
 * {@code zlib}, as CPython 3.11's Modules/zlibmodule.c, over the JDK's zlib (java.util.zip's {@link Deflater} and
 * {@link Inflater}, zlib 1.3.2 in JDK 25) in raw mode: the zlib (RFC 1950) and gzip (RFC 1952) wrappers are written
 * and read here, as zlib's deflate.c and inflate.c do, so that every {@code wbits} form works (9..15 zlib, -9..-15
 * raw, 25..31 gzip, 0 and 40..47 for decompression) and errors carry zlib's messages in CPython's form ("Error -3
 * while decompressing data: incorrect header check"), raised as {@code zlib.error}.
 *
 * <ul>
 * <li>{@code compress(data, /, level=-1, wbits=15)}, {@code decompress(data, /, wbits=15, bufsize=16384)};</li>
 * <li>{@code compressobj(level, method, wbits, memLevel, strategy, zdict)}: a {@code Compress} with
 * {@code compress(data)} and {@code flush(mode=Z_FINISH)};</li>
 * <li>{@code decompressobj(wbits, zdict)}: a {@code Decompress} with {@code decompress(data, max_length=0)},
 * {@code flush(length)}, {@code unused_data}, {@code unconsumed_tail} and {@code eof};</li>
 * <li>{@code crc32(data, value=0)} and {@code adler32(data, value=1)}.</li>
 * </ul>
 * Output equals CPython's byte for byte for the default window and memory level where the JDK's zlib deflates as the
 * system's does. What the JDK's Deflater cannot do: a window smaller than 32 KiB when compressing (the stream is
 * valid, and its header says 32 KiB), {@code memLevel} other than 8, the strategies {@code Z_RLE} and {@code Z_FIXED}
 * (deflated as {@code Z_DEFAULT_STRATEGY}), {@code Z_PARTIAL_FLUSH}, {@code Z_BLOCK} and {@code Z_TREES} (done as
 * {@code Z_SYNC_FLUSH}), and {@code copy()} of either object (absent: neither Deflater nor Inflater can be copied).
 */
final class ZlibModule {
    private ZlibModule() {
    }

    /** The zlib the JDK bundles (its libzip's "deflate 1.3.2" banner in JDK 25). */
    static final String VERSION = "1.3.2";
    static final int DEF_BUF_SIZE = 16384;
    static final int Z_NO_FLUSH = 0;
    static final int Z_SYNC_FLUSH = 2;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;

    /** The wrapper around the deflate data. */
    enum Wrap {
        RAW, ZLIB, GZIP, AUTO
    }

    // ------------------------------------------------------------------ checksums

    private static final int BASE = 65521;
    private static final int NMAX = 5552;
    private static final int POLY = 0xedb88320;
    /** x^(2^n) modulo the CRC polynomial (zlib's crc32.c x2n_table). */
    private static final int[] X2N = new int[32];

    static {
        int p = 1 << 30;
        X2N[0] = p;
        for (int n = 1; n < 32; n++) {
            p = multmodp(p, p);
            X2N[n] = p;
        }
    }

    /** zlib's multmodp: a times b modulo the CRC polynomial (reflected). */
    private static int multmodp(int a, int b) {
        int m = 1 << 31;
        int p = 0;
        while (true) {
            if ((a & m) != 0) {
                p ^= b;
                if ((a & (m - 1)) == 0) {
                    break;
                }
            }
            m >>>= 1;
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
        return p;
    }

    /** zlib's crc32_combine: the crc of A then B from A's crc, B's crc and B's length. */
    static int crc32Combine(int crc1, int crc2, long len2) {
        int p = 1 << 31;
        int k = 3;
        for (long n = len2; n != 0; n >>>= 1, k++) {
            if ((n & 1) != 0) {
                p = multmodp(X2N[k & 31], p);
            }
        }
        return multmodp(p, crc1) ^ crc2;
    }

    /** crc32 (ISO 3309), continuing from {@code crc}: the JDK's CRC32, combined with a start value. */
    static int crc32(int crc, byte[] b, int off, int len) {
        java.util.zip.CRC32 c = new java.util.zip.CRC32();
        c.update(b, off, len);
        int v = (int) c.getValue();
        return crc == 0 ? v : crc32Combine(crc, v, len);
    }

    /**
     * adler32 (RFC 1950), continuing from {@code adler}: the JDK's Adler32 combined with the start value
     * (adler32_combine) when its halves are reduced, else zlib's adler32_z itself (whose partial reductions of
     * unreduced halves the result shows).
     */
    static int adler32(int adler, byte[] b, int off, int len) {
        long sum1 = adler & 0xffff;
        long sum2 = (adler >>> 16) & 0xffff;
        if (sum1 < BASE && sum2 < BASE && len > 0) {
            java.util.zip.Adler32 a = new java.util.zip.Adler32();
            a.update(b, off, len);
            int a2 = (int) a.getValue();
            long rem = len % BASE;
            long s2 = rem * sum1 % BASE;
            long s1 = sum1 + (a2 & 0xffff) + BASE - 1;
            s2 += ((adler >>> 16) & 0xffff) + ((a2 >>> 16) & 0xffff) + BASE - rem;
            if (s1 >= BASE) {
                s1 -= BASE;
            }
            if (s1 >= BASE) {
                s1 -= BASE;
            }
            if (s2 >= (BASE << 1)) {
                s2 -= BASE << 1;
            }
            if (s2 >= BASE) {
                s2 -= BASE;
            }
            return (int) (s1 | (s2 << 16));
        }
        if (len == 1) {
            sum1 += b[off] & 0xff;
            if (sum1 >= BASE) {
                sum1 -= BASE;
            }
            sum2 += sum1;
            if (sum2 >= BASE) {
                sum2 -= BASE;
            }
            return (int) (sum1 | (sum2 << 16));
        }
        if (len < 16) {
            for (int i = 0; i < len; i++) {
                sum1 += b[off + i] & 0xff;
                sum2 += sum1;
            }
            if (sum1 >= BASE) {
                sum1 -= BASE;
            }
            sum2 %= BASE;
            return (int) (sum1 | (sum2 << 16));
        }
        int i = off;
        int end = off + len;
        while (end - i >= NMAX) {
            for (int n = 0; n < NMAX; n++) {
                sum1 += b[i++] & 0xff;
                sum2 += sum1;
            }
            sum1 %= BASE;
            sum2 %= BASE;
        }
        if (i < end) {
            while (i < end) {
                sum1 += b[i++] & 0xff;
                sum2 += sum1;
            }
            sum1 %= BASE;
            sum2 %= BASE;
        }
        return (int) (sum1 | (sum2 << 16));
    }

    // ------------------------------------------------------------------ errors

    /** zlib_error (Modules/zlibmodule.c): "Error N while WHAT: MSG", MSG zlib's or the error code's meaning. */
    static PyException error(PyType error, int err, String what, String msg) {
        if (msg == null) {
            msg = switch (err) {
                case -5 -> "incomplete or truncated stream";
                case -2 -> "inconsistent stream state";
                case -3 -> "invalid input data";
                default -> null;
            };
        }
        return PyErrors.raise(error, msg == null ? "Error " + err + " " + what : "Error " + err + " " + what + ": " + msg);
    }

    // ------------------------------------------------------------------ compression

    /** A deflate stream with its wrapper (zlib's deflate.c: header at the first call, trailer at Z_FINISH). */
    static final class Deflate {
        final Wrap wrap;
        final int level;
        final int strategy;
        final int wbits;
        final byte[] dict;
        Deflater def;
        boolean started;
        int check;
        long total;

        /** Parameters already checked by {@link #check}. */
        Deflate(int level, int wbits, int strategy, byte[] dict) {
            this.wrap = wbits < 0 ? Wrap.RAW : wbits > 15 ? Wrap.GZIP : Wrap.ZLIB;
            this.level = level == -1 ? 6 : level;
            this.wbits = wbits < 0 ? -wbits : wbits > 15 ? wbits - 16 : Math.max(wbits, 9);
            this.strategy = strategy;
            this.dict = dict;
            this.check = wrap == Wrap.ZLIB ? 1 : 0;
            def = new Deflater(this.level, true);
            if (strategy == 1 || strategy == 2) {
                def.setStrategy(strategy == 1 ? Deflater.FILTERED : Deflater.HUFFMAN_ONLY);
                // the JDK applies a new strategy (deflateParams) in a deflate call of its own, which does nothing else:
                // make that call now, before any input, so that each later call deflates as zlib's would
                def.deflate(new byte[16], 0, 16, Deflater.NO_FLUSH);
            }
            if (dict != null && wrap != Wrap.GZIP) {
                def.setDictionary(dict);
            }
        }

        /** deflateInit2's parameter check: false for Z_STREAM_ERROR. */
        static boolean check(int level, int method, int wbits, int memLevel, int strategy) {
            boolean gzip = false;
            boolean zlib = true;
            int w = wbits;
            if (w < 0) {
                if (w < -15) {
                    return false;
                }
                zlib = false;
                w = -w;
            } else if (w > 15) {
                gzip = true;
                zlib = false;
                w -= 16;
            }
            if (level == -1) {
                level = 6;
            }
            return !(memLevel < 1 || memLevel > 9 || method != 8 || w < 8 || w > 15 || level < 0 || level > 9 || strategy < 0 || strategy > 4 ||
                            (w == 8 && !zlib)) && (!gzip || w >= 9);
        }

        private void header(ByteArrayOutputStream out) {
            started = true;
            if (wrap == Wrap.ZLIB) {
                int levelFlags = strategy >= 2 || level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
                int h = ((8 + ((wbits - 8) << 4)) << 8) | (levelFlags << 6);
                if (dict != null) {
                    h |= 0x20;
                }
                h += 31 - (h % 31);
                out.write(h >>> 8);
                out.write(h & 0xff);
                if (dict != null) {
                    int a = adler32(1, dict, 0, dict.length);
                    writeBE(out, a);
                }
            } else if (wrap == Wrap.GZIP) {
                int xfl = level == 9 ? 2 : strategy >= 2 || level < 2 ? 4 : 0;
                out.writeBytes(new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            }
        }

        private void absorb(byte[] b) {
            if (wrap == Wrap.ZLIB) {
                check = adler32(check, b, 0, b.length);
            } else if (wrap == Wrap.GZIP) {
                check = crc32(check, b, 0, b.length);
            }
            total += b.length;
        }

        /**
         * Runs deflate as CPython's loops do (Modules/zlibmodule.c over Include/internal/pycore_blocks_output_buffer.h):
         * into output blocks of 32 KiB, 64 KiB, 256 KiB, 1 MiB, ... until a call leaves room in its block. The blocks'
         * sizes matter: level 0's stored blocks are as long as the room zlib finds, so equal blocks give equal bytes.
         * The header (written here) takes its room in the first block, as zlib's pending output does.
         */
        private void run(ByteArrayOutputStream out, int flush) {
            int used = 0;
            if (!started) {
                header(out);
                used = out.size();
            }
            for (int i = 0;; i++) {
                int size = BLOCKS[Math.min(i, BLOCKS.length - 1)] - (i == 0 ? used : 0);
                byte[] blk = new byte[size];
                int n = def.deflate(blk, 0, size, flush);
                out.write(blk, 0, n);
                if (n < size) {
                    return;
                }
            }
        }

        /** Compress.compress: deflate(Z_NO_FLUSH) over all of {@code b}. */
        byte[] compress(byte[] b) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            absorb(b);
            def.setInput(b);
            run(out, Deflater.NO_FLUSH);
            return out.toByteArray();
        }

        /**
         * Compress.flush(mode) for mode != Z_NO_FLUSH, and zlib.compress's deflate(Z_FINISH) when {@code b} is not
         * null: Z_FINISH ends the stream (and writes the trailer).
         */
        byte[] flush(int mode, byte[] b) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (b != null) {
                absorb(b);
                def.setInput(b);
            }
            if (mode == Z_FINISH) {
                def.finish();
                run(out, Deflater.NO_FLUSH);
                def.end();
                def = null;
                if (wrap == Wrap.ZLIB) {
                    writeBE(out, check);
                } else if (wrap == Wrap.GZIP) {
                    writeLE(out, check);
                    writeLE(out, (int) total);
                }
            } else {
                run(out, mode == Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH);
            }
            return out.toByteArray();
        }
    }

    private static final int KB = 1024;
    private static final int MB = 1024 * 1024;
    /** BUFFER_BLOCK_SIZE of Include/internal/pycore_blocks_output_buffer.h; the last one repeats. */
    private static final int[] BLOCKS = {32 * KB, 64 * KB, 256 * KB, 1 * MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB, 32 * MB, 32 * MB, 32 * MB, 32 * MB,
        64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB};

    static void writeBE(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    static void writeLE(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    // ------------------------------------------------------------------ decompression

    /** Thrown inside {@link Inflate}: zlib's error code and message (null: the code's meaning). */
    static final class ZError extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;
        final String what;

        ZError(int code, String what, String msg) {
            super(msg, null, false, false);
            this.code = code;
            this.what = what;
        }
    }

    /** An inflate stream with its wrapper (zlib's inflate.c header and trailer states, here over a raw Inflater). */
    static final class Inflate {
        private static final int HEAD = 0;
        private static final int BODY = 1;
        private static final int TRAILER = 2;
        private static final int DONE = 3;

        Wrap wrap;
        /** The window size the zlib header may ask for at most (0: any). */
        final int wbits;
        final byte[] zdict;
        final Inflater inf = new Inflater(true);
        int stage = HEAD;
        /** Header or trailer bytes received but not yet complete. */
        byte[] pend = new byte[0];
        int check;
        long total;

        Inflate(Wrap wrap, int wbits, byte[] zdict) {
            this.wrap = wrap;
            this.wbits = wbits;
            this.zdict = zdict;
            if (wrap == Wrap.RAW) {
                stage = BODY;
            }
            check = wrap == Wrap.ZLIB ? 1 : 0;
        }

        /** inflateInit2's window bits check: the wrapper for {@code wbits}, or null for Z_STREAM_ERROR. */
        static Wrap wrapFor(int wbits) {
            int w;
            Wrap wrap;
            if (wbits < 0) {
                if (wbits < -15) {
                    return null;
                }
                wrap = Wrap.RAW;
                w = -wbits;
            } else {
                int kind = (wbits >> 4) + 5;
                wrap = (kind & 3) == 1 ? Wrap.ZLIB : (kind & 3) == 2 ? Wrap.GZIP : (kind & 3) == 3 ? Wrap.AUTO : null;
                w = wbits < 48 ? wbits & 15 : wbits;
                if (wrap == null) {
                    return null;
                }
            }
            if (w != 0 && (w < 8 || w > 15)) {
                return null;
            }
            return wrap;
        }

        boolean eof() {
            return stage == DONE;
        }

        /**
         * Inflates {@code in[off..]} into {@code out}, at most {@code max} bytes of output when {@code max > 0}: the
         * offset in {@code in} up to which input was consumed. At the end of the stream the rest is not consumed.
         */
        int feed(byte[] in, int off, ByteArrayOutputStream out, int max) throws ZError {
            while (true) {
                if (stage == DONE) {
                    return off;
                }
                if (stage == HEAD || stage == TRAILER) {
                    int n = pend.length;
                    byte[] all = new byte[n + in.length - off];
                    System.arraycopy(pend, 0, all, 0, n);
                    System.arraycopy(in, off, all, n, in.length - off);
                    int used = stage == HEAD ? header(all) : trailer(all);
                    if (used < 0) {
                        pend = all;
                        return in.length;
                    }
                    pend = new byte[0];
                    off += used - n;
                    stage = stage == HEAD ? BODY : DONE;
                    continue;
                }
                if (max > 0 && out.size() >= max) {
                    return off;
                }
                inf.setInput(in, off, in.length - off);
                byte[] buf = new byte[4 * DEF_BUF_SIZE];
                try {
                    while (!inf.finished()) {
                        int room = max > 0 ? Math.min(buf.length, max - out.size()) : buf.length;
                        if (room == 0) {
                            break;
                        }
                        int got = inf.inflate(buf, 0, room);
                        if (got > 0) {
                            out.write(buf, 0, got);
                            if (wrap == Wrap.ZLIB) {
                                check = adler32(check, buf, 0, got);
                            } else if (wrap == Wrap.GZIP) {
                                check = crc32(check, buf, 0, got);
                            }
                            total += got;
                        } else if (inf.needsInput() || inf.needsDictionary()) {
                            break;
                        }
                    }
                } catch (DataFormatException e) {
                    throw new ZError(-3, "while decompressing data", e.getMessage());
                }
                int rest = inf.getRemaining();
                off = in.length - rest;
                if (!inf.finished()) {
                    return off;
                }
                stage = wrap == Wrap.RAW ? DONE : TRAILER;
            }
        }

        /** The header in {@code b}: its length, or -1 while incomplete. */
        private int header(byte[] b) throws ZError {
            if (b.length < 2) {
                return -1;
            }
            int b0 = b[0] & 0xff;
            int b1 = b[1] & 0xff;
            if (wrap == Wrap.AUTO) {
                wrap = b0 == 0x1f && b1 == 0x8b ? Wrap.GZIP : Wrap.ZLIB;
                check = wrap == Wrap.ZLIB ? 1 : 0;
            }
            if (wrap == Wrap.ZLIB) {
                if (((b0 << 8) + b1) % 31 != 0) {
                    throw new ZError(-3, "while decompressing data", "incorrect header check");
                }
                if ((b0 & 0xf) != 8) {
                    throw new ZError(-3, "while decompressing data", "unknown compression method");
                }
                int len = (b0 >> 4) + 8;
                if (len > 15 || (wbits != 0 && len > wbits)) {
                    throw new ZError(-3, "while decompressing data", "invalid window size");
                }
                if ((b1 & 0x20) == 0) {
                    return 2;
                }
                if (b.length < 6) {
                    return -1;
                }
                int id = (b[2] & 0xff) << 24 | (b[3] & 0xff) << 16 | (b[4] & 0xff) << 8 | (b[5] & 0xff);
                if (zdict == null) {
                    throw new ZError(2, "while decompressing data", null);
                }
                if (adler32(1, zdict, 0, zdict.length) != id) {
                    throw new ZError(-3, "while setting zdict", null);
                }
                inf.setDictionary(zdict);
                return 6;
            }
            // gzip
            if (b0 != 0x1f || b1 != 0x8b) {
                throw new ZError(-3, "while decompressing data", "incorrect header check");
            }
            if (b.length < 4) {
                return -1;
            }
            if ((b[2] & 0xff) != 8) {
                throw new ZError(-3, "while decompressing data", "unknown compression method");
            }
            int flags = b[3] & 0xff;
            if ((flags & 0xe0) != 0) {
                throw new ZError(-3, "while decompressing data", "unknown header flags set");
            }
            int at = 10;
            if (b.length < at) {
                return -1;
            }
            if ((flags & 4) != 0) {
                if (b.length < at + 2) {
                    return -1;
                }
                at += 2 + ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8);
                if (b.length < at) {
                    return -1;
                }
            }
            for (int bit : new int[]{8, 16}) {
                if ((flags & bit) != 0) {
                    while (at < b.length && b[at] != 0) {
                        at++;
                    }
                    if (at >= b.length) {
                        return -1;
                    }
                    at++;
                }
            }
            if ((flags & 2) != 0) {
                if (b.length < at + 2) {
                    return -1;
                }
                int want = (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
                if ((crc32(0, b, 0, at) & 0xffff) != want) {
                    throw new ZError(-3, "while decompressing data", "header crc mismatch");
                }
                at += 2;
            }
            return at;
        }

        /** The trailer in {@code b}: its length, or -1 while incomplete. */
        private int trailer(byte[] b) throws ZError {
            if (wrap == Wrap.ZLIB) {
                if (b.length < 4) {
                    return -1;
                }
                int want = (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
                if (want != check) {
                    throw new ZError(-3, "while decompressing data", "incorrect data check");
                }
                return 4;
            }
            if (b.length < 4) {
                return -1;
            }
            if (Digests.le32(b, 0) != check) {
                throw new ZError(-3, "while decompressing data", "incorrect data check");
            }
            if (b.length < 8) {
                return -1;
            }
            if (Digests.le32(b, 4) != (int) total) {
                throw new ZError(-3, "while decompressing data", "incorrect length check");
            }
            return 8;
        }
    }

    // ------------------------------------------------------------------ Python objects

    /** A {@code zlib.Compress}. */
    static final class CompressObj extends PythonObject {
        final Deflate d;

        CompressObj(PyType t, Deflate d) {
            super(t);
            this.d = d;
        }
    }

    /** A {@code zlib.Decompress}: its stream and the three attributes CPython keeps (unused_data, unconsumed_tail, eof). */
    static final class DecompressObj extends PythonObject {
        Inflate z;
        PyBytes unusedData = PyBytes.of(new byte[0]);
        PyBytes unconsumedTail = PyBytes.of(new byte[0]);
        boolean eof;
        /** flush() saw the end and ended the stream (CPython's is_initialised == 0). */
        boolean ended;

        DecompressObj(PyType t, Inflate z) {
            super(t);
            this.z = z;
        }
    }

    private static final class Functions implements Fns.Table {
        private final PyType error;
        private final PyType compress;
        private final PyType decompress;

        Functions(PyType error, PyType compress, PyType decompress) {
            this.error = error;
            this.compress = compress;
            this.decompress = decompress;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    byte[] b = data(a[0]);
                    return Integer.toUnsignedLong(adler32(absent(a[1]) ? 1 : BinasciiModule.mask32(a[1]), b, 0, b.length));
                };
                case 1 -> a -> {
                    byte[] b = data(a[0]);
                    return Integer.toUnsignedLong(crc32(absent(a[1]) ? 0 : BinasciiModule.mask32(a[1]), b, 0, b.length));
                };
                case 2 -> a -> compress(error, a);
                case 3 -> a -> decompress(error, a);
                case 4 -> a -> compressobj(compress, a);
                case 5 -> a -> decompressobj(decompress, a);
                case 6 -> a -> compressMethod(error, a);
                case 7 -> a -> flushMethod(error, a);
                case 8 -> a -> decompressMethod(error, a);
                case 9 -> a -> decompressFlush(error, a);
                default -> throw new IllegalArgumentException("zlib " + op);
            };
        }
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "zlib");
        PyDict ns = m.getDict();
        ns.setStr("__doc__", "The functions in this module allow compression and decompression using the\n" +
                        "zlib library, which is based on GNU zip.");
        PyDict ed = PyDict.create();
        ed.setStr("__module__", "zlib");
        PyType error = (PyType) PyOps.callPositional(ctx.types().type, "error", PyTuple.of(ctx.types().exception("Exception")), ed);
        ns.setStr("error", error);
        PyType comp = newType(ctx, "Compress");
        PyType decomp = newType(ctx, "Decompress");
        Functions fns = new Functions(error, comp, decomp);
        Fns.def(ctx, ns, "adler32", "data, value=, /", fns.lazy(0));
        Fns.def(ctx, ns, "crc32", "data, value=, /", fns.lazy(1));
        Fns.def(ctx, ns, "compress", "data, /, level=, wbits=", fns.lazy(2));
        Fns.def(ctx, ns, "decompress", "data, /, wbits=, bufsize=", fns.lazy(3));
        Fns.def(ctx, ns, "compressobj", "level=, method=, wbits=, memLevel=, strategy=, zdict=", fns.lazy(4));
        Fns.def(ctx, ns, "decompressobj", "wbits=, zdict=", fns.lazy(5));
        Fns.method(ctx, comp, "compress", "self, data, /", fns.lazy(6));
        Fns.method(ctx, comp, "flush", "self, mode=, /", fns.lazy(7));
        Fns.method(ctx, decomp, "decompress", "self, data, /, max_length=", fns.lazy(8));
        Fns.method(ctx, decomp, "flush", "self, length=, /", fns.lazy(9));
        PyType gs = ctx.types().getsetDescriptor;
        decomp.getDict().setStr("unused_data", new Descriptors.GetSet(gs, "unused_data", decomp, o -> dself(o).unusedData, null, null));
        decomp.getDict().setStr("unconsumed_tail", new Descriptors.GetSet(gs, "unconsumed_tail", decomp, o -> dself(o).unconsumedTail, null, null));
        decomp.getDict().setStr("eof", new Descriptors.GetSet(gs, "eof", decomp, o -> dself(o).eof, null, null));
        Object[][] consts = {
            {"MAX_WBITS", 15}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", DEF_BUF_SIZE},
            {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
            {"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
            {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3}, {"Z_FINISH", 4},
            {"Z_BLOCK", 5}, {"Z_TREES", 6},
        };
        for (Object[] c : consts) {
            ns.setStr((String) c[0], (long) (int) (Integer) c[1]);
        }
        ns.setStr("ZLIB_VERSION", VERSION);
        ns.setStr("ZLIB_RUNTIME_VERSION", VERSION);
        return m;
    }

    private static PyType newType(PythonContext ctx, String name) {
        PyType t = new PyType(ctx.types().type, name, new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER, false);
        t.computeMro(ctx.types().object);
        t.getDict().setStr("__module__", "zlib");
        Fns.method(ctx, t, "__new__", "cls, *args, **kwargs", a -> {
            throw PyErrors.typeError("cannot create 'zlib." + name + "' instances");
        });
        t.getDict().setStr("__new__", new Descriptors.StaticMethod(ctx.types().staticmethod, t.getDict().getStr("__new__")));
        return t;
    }

    static byte[] data(Object o) {
        return BinasciiModule.data(o);
    }

    static int intArg(Object o, int dflt) {
        return absent(o) ? dflt : Fns.toInt(o);
    }

    static CompressObj cself(Object o) {
        if (o instanceof CompressObj c) {
            return c;
        }
        throw PyErrors.typeError("descriptor requires a 'zlib.Compress' object but received '" + PyOps.typeName(o) + "'");
    }

    static DecompressObj dself(Object o) {
        if (o instanceof DecompressObj d) {
            return d;
        }
        throw PyErrors.typeError("descriptor requires a 'zlib.Decompress' object but received '" + PyOps.typeName(o) + "'");
    }

    /** zlib_compress_impl: any bad parameter is "Bad compression level". */
    static PyBytes compress(PyType error, Object[] a) {
        byte[] b = data(a[0]);
        int level = intArg(a[1], -1);
        int wbits = intArg(a[2], 15);
        if (!Deflate.check(level, 8, wbits, 8, 0)) {
            throw PyErrors.raise(error, "Bad compression level");
        }
        return PyBytes.of(new Deflate(level, wbits, 0, null).flush(Z_FINISH, b));
    }

    static byte[] concat(byte[] x, byte[] y) {
        byte[] r = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }

    /** zlib_decompress_impl: the whole stream must be in {@code data}; what follows it is ignored. */
    static PyBytes decompress(PyType error, Object[] a) {
        byte[] b = data(a[0]);
        int wbits = intArg(a[1], 15);
        if (!absent(a[2])) {
            long bufsize = Fns.toLong(a[2]);
            if (bufsize < 0) {
                throw PyErrors.valueError("bufsize must be non-negative");
            }
        }
        Wrap wrap = Inflate.wrapFor(wbits);
        if (wrap == null) {
            throw error(error, -2, "while preparing to decompress data", null);
        }
        Inflate z = new Inflate(wrap, wbits < 0 ? -wbits : wbits & 15, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, b.length * 3));
        try {
            z.feed(b, 0, out, 0);
        } catch (ZError e) {
            throw error(error, e.code, e.what, e.getMessage());
        } finally {
            z.inf.end();
        }
        if (!z.eof()) {
            throw error(error, -5, "while decompressing data", null);
        }
        return PyBytes.of(out.toByteArray());
    }

    static CompressObj compressobj(PyType t, Object[] a) {
        int level = intArg(a[0], -1);
        int method = intArg(a[1], 8);
        int wbits = intArg(a[2], 15);
        int memLevel = intArg(a[3], 8);
        int strategy = intArg(a[4], 0);
        byte[] zdict = absentOrNone(a[5]) ? null : data(a[5]);
        if (!Deflate.check(level, method, wbits, memLevel, strategy)) {
            throw PyErrors.valueError("Invalid initialization option");
        }
        return new CompressObj(t, new Deflate(level, wbits, strategy, zdict));
    }

    static boolean absentOrNone(Object o) {
        return absent(o) || o == PyNone.NONE;
    }

    static DecompressObj decompressobj(PyType t, Object[] a) {
        int wbits = intArg(a[0], 15);
        byte[] zdict = null;
        if (!absent(a[1])) {
            if (a[1] instanceof String || !(a[1] instanceof PyBytes || a[1] instanceof org.auditpy.runtime.PyMemoryView ||
                            PyOps.getAttributeOrNull(a[1], "tobytes") != null)) {
                throw PyErrors.typeError("zdict argument must support the buffer protocol");
            }
            zdict = data(a[1]);
        }
        Wrap wrap = Inflate.wrapFor(wbits);
        if (wrap == null) {
            throw PyErrors.valueError("Invalid initialization option");
        }
        Inflate z = new Inflate(wrap, wbits < 0 ? -wbits : wbits & 15, zdict);
        if (wrap == Wrap.RAW && zdict != null) {
            z.inf.setDictionary(zdict);
        }
        return new DecompressObj(t, z);
    }

    static PyBytes compressMethod(PyType error, Object[] a) {
        CompressObj c = cself(a[0]);
        byte[] b = data(a[1]);
        synchronized (c) {
            if (c.d.def == null) {
                throw error(error, -2, "while compressing data", null);
            }
            return PyBytes.of(c.d.compress(b));
        }
    }

    static PyBytes flushMethod(PyType error, Object[] a) {
        CompressObj c = cself(a[0]);
        int mode = intArg(a[1], Z_FINISH);
        synchronized (c) {
            if (mode == Z_NO_FLUSH) {
                return PyBytes.of(new byte[0]);
            }
            if (c.d.def == null || mode < 0 || mode > 6) {
                throw error(error, -2, "while flushing", null);
            }
            return PyBytes.of(c.d.flush(mode, null));
        }
    }

    /** zlib_Decompress_decompress_impl with save_unconsumed_input. */
    static PyBytes decompressMethod(PyType error, Object[] a) {
        DecompressObj d = dself(a[0]);
        byte[] b = data(a[1]);
        long max = absent(a[2]) ? 0 : Fns.toLong(a[2]);
        if (max < 0) {
            throw PyErrors.valueError("max_length must be non-negative");
        }
        synchronized (d) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (d.ended) {
                // inflate on an ended stream: Z_STREAM_ERROR, after the input was saved as the tail
                save(d, b, 0, false);
                throw error(error, -2, "while decompressing data", null);
            }
            int used;
            try {
                used = d.z.feed(b, 0, out, (int) Math.min(max, Integer.MAX_VALUE));
            } catch (ZError e) {
                throw error(error, e.code, e.what, e.getMessage());
            }
            save(d, b, used, d.z.eof());
            return PyBytes.of(out.toByteArray());
        }
    }

    /**
     * save_unconsumed_input (3.11): at the end of the stream the rest goes to unused_data, and, when the input was an
     * unconsumed tail, stays the tail too (CPython measures it from zlib's input pointer, which stops at the end);
     * before the end the rest is the tail.
     */
    private static void save(DecompressObj d, byte[] b, int used, boolean end) {
        byte[] rest = java.util.Arrays.copyOfRange(b, used, b.length);
        boolean hadTail = d.unconsumedTail.getBytes().length > 0;
        if (end) {
            d.eof = true;
            if (rest.length > 0) {
                d.unusedData = PyBytes.of(concat(d.unusedData.getBytes(), rest));
            }
            if (hadTail) {
                d.unconsumedTail = PyBytes.of(rest);
            }
        } else if (rest.length > 0 || hadTail) {
            d.unconsumedTail = PyBytes.of(rest);
        }
    }

    /** zlib_Decompress_flush_impl: inflates the unconsumed tail; a stream still unfinished is no error. */
    static PyBytes decompressFlush(PyType error, Object[] a) {
        DecompressObj d = dself(a[0]);
        if (!absent(a[1])) {
            long length = Fns.toLong(a[1]);
            if (length <= 0) {
                throw PyErrors.valueError("length must be greater than zero");
            }
        }
        synchronized (d) {
            if (d.ended) {
                return PyBytes.of(new byte[0]);
            }
            byte[] b = d.unconsumedTail.getBytes();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int used;
            try {
                used = d.z.feed(b, 0, out, 0);
            } catch (ZError e) {
                throw error(error, e.code, e.what, e.getMessage());
            }
            save(d, b, used, d.z.eof());
            if (d.z.eof()) {
                // the stream ends here (inflateEnd): later calls find it inconsistent
                d.ended = true;
                d.z.inf.end();
            }
            return PyBytes.of(out.toByteArray());
        }
    }
}
