package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyMemoryView;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

/**
 * A minimal {@code _struct} (Modules/_struct.c): pack/pack_into/unpack/unpack_from/calcsize, with the byte orders
 * {@code < > ! =} (standard sizes, no alignment) and native mode ({@code @} or no prefix: this x86-64 machine's sizes,
 * {@code l}/{@code L} of 8 bytes, {@code n N P}, and each item aligned to its size as the C compiler aligns it), and the
 * codes {@code x c b B ? h H i I l L q Q n N P f d s}. Parsed formats are cached by their text, as CPython's
 * {@code cache} of Struct objects.
 */
final class StructModule {
    private StructModule() {
    }

    /** One format code: its repeat count (the length of an 's' or the padding of an 'x') and item size in bytes. */
    record Item(char code, long count, int size) {
    }

    /**
     * A parsed format: byte order, items, total size in bytes (at most {@code sys.maxsize}), and the number of values
     * it packs ({@link #countArgs}).
     */
    record Format(boolean big, List<Item> items, long size, boolean nativeMode, long args) {
        Format(boolean big, List<Item> items, long size, boolean nativeMode) {
            this(big, items, size, nativeMode, countArgs(items));
        }
    }

    /**
     * The packed bytes of one call, written in order into an array of the format's size (the JDK's
     * ByteArrayOutputStream takes a lock at every byte: 130 ns for {@code pack('<i', i)}, CPython 47).
     */
    static final class Out {
        private final byte[] bytes;
        private int n;

        Out(long size) {
            bytes = new byte[(int) size];
        }

        void write(int b) {
            bytes[n++] = (byte) b;
        }

        /** The bytes written so far. */
        byte[] toByteArray() {
            return n == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, n);
        }
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_struct");
        PyDict ns = m.getDict();
        PyDict ed = PyDict.create();
        ed.setStr("__module__", "struct");
        PyType error = (PyType) PyOps.callPositional(ctx.types().type, "error", PyTuple.of(ctx.types().exception("Exception")), ed);
        ns.setStr("error", error);
        def(ctx, ns, "calcsize", "format, /", a -> parse(error, a[0]).size);
        def(ctx, ns, "pack", "format, /, *args", a -> PyBytes.of(pack(error, parse(error, a[0]), ((PyTuple) a[1]).items())));
        def(ctx, ns, "unpack", "format, buffer, /", a -> {
            Format f = parse(error, a[0]);
            byte[] b = buffer(a[1]);
            if (b.length != f.size) {
                throw err(error, "unpack requires a buffer of " + f.size + " bytes");
            }
            return unpack(f, b, 0);
        });
        def(ctx, ns, "unpack_from", "format, /, buffer, offset=", a -> {
            Format f = parse(error, a[0]);
            byte[] b = buffer(a[1]);
            long off = Fns.absent(a[2]) ? 0 : Fns.toLong(PyOps.index(a[2]));
            return unpack(f, b, unpackOffset(error, off, f.size, b.length));
        });
        def(ctx, ns, "pack_into", "format, /, *args", a -> packInto(error, parse(error, a[0]), ((PyTuple) a[1]).items()));
        return m;
    }

    static PyException err(PyType error, String msg) {
        return PyErrors.raise(error, msg);
    }

    static byte[] buffer(Object o) {
        if (o instanceof PyBytes b) {
            return b.getBytes();
        }
        if (o instanceof org.auditpy.runtime.PyMemoryView m) {
            return m.simpleBufferBytes();
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(o) + "'");
    }

    static int sizeOf(char c) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p':
                return 1;
            case 'h', 'H', 'e':
                return 2;
            case 'i', 'I', 'l', 'L', 'f':
                return 4;
            case 'q', 'Q', 'n', 'N', 'd', 'P':
                return 8;
            default:
                return -1;
        }
    }

    /** Parsed formats by their text (CPython keeps up to 100 Struct objects in {@code _struct}'s cache). */
    private static final java.util.concurrent.ConcurrentHashMap<String, Format> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHE = 100;

    static Format parse(PyType error, Object fmt) {
        String s;
        if (fmt instanceof String str) {
            s = str;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    // a str format is encoded as ASCII first (Struct___init___impl: PyUnicode_AsASCIIString)
                    return parse(error, PyBytes.of(org.auditpy.runtime.Codecs.encode(s, "ascii", "strict")));
                }
            }
        } else if (fmt instanceof PyBytes b) {
            s = new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PyErrors.typeError("Struct() argument 1 must be a str or bytes object, not " + PyOps.typeName(fmt));
        }
        Format cached = CACHE.get(s);
        if (cached != null) {
            return cached;
        }
        Format f = parseText(error, s);
        if (CACHE.size() >= MAX_CACHE) {
            CACHE.clear();
        }
        CACHE.put(s, f);
        return f;
    }

    private static Format parseText(PyType error, String s) {
        int i = 0;
        boolean big = false;
        boolean nativeMode = true;
        if (!s.isEmpty() && "<>!=@".indexOf(s.charAt(0)) >= 0) {
            big = s.charAt(0) == '>' || s.charAt(0) == '!';
            nativeMode = s.charAt(0) == '@';
            i = 1;
        }
        List<Item> items = new ArrayList<>();
        long size = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                count = org.auditpy.runtime.Ints.decimal(s, i, j, Long.MAX_VALUE);
                if (count < 0) {
                    // prepare_s (Modules/_struct.c): a count past Py_ssize_t
                    throw err(error, "total struct size too long");
                }
                if (j >= s.length()) {
                    throw err(error, "repeat count given without format specifier");
                }
                i = j;
                c = s.charAt(i);
            }
            int sz = sizeOf(c);
            if (sz < 0 || c == 'e' || c == 'p' || !nativeMode && (c == 'n' || c == 'N' || c == 'P')) {
                throw err(error, "bad char in struct format");
            }
            if (nativeMode && (c == 'l' || c == 'L')) {
                sz = 8;
            }
            boolean aligned = nativeMode && "xcbB?sp".indexOf(c) < 0;
            if (aligned && size % sz != 0) {
                // native mode: padding up to the item's alignment, as the C struct it describes
                int pad = (int) (sz - size % sz);
                items.add(new Item('x', pad, 1));
                size += pad;
            }
            if (count > (Long.MAX_VALUE - size) / sz) {
                throw err(error, "total struct size too long");
            }
            items.add(new Item(c, count, sz));
            size += sz * count;
            i++;
        }
        return new Format(big, items, size, nativeMode);
    }

    static void put(Out o, long v, int n, boolean big) {
        for (int k = 0; k < n; k++) {
            int shift = big ? (n - 1 - k) * 8 : k * 8;
            o.write((int) (v >>> shift) & 0xff);
        }
    }

    static long get(byte[] b, int off, int n, boolean big) {
        long v = 0;
        for (int k = 0; k < n; k++) {
            int byteVal = b[off + (big ? k : n - 1 - k)] & 0xff;
            v = v << 8 | byteVal;
        }
        return v;
    }

    static long countArgs(List<Item> items) {
        long n = 0;
        for (Item it : items) {
            if (it.code == 'x') {
                continue;
            }
            n += it.code == 's' ? 1 : it.count;
        }
        return n;
    }

    static BigInteger intArg(PyType error, Object v) {
        if (v instanceof Double || v instanceof String || !(Fns.isIntLike(v) || PyOps.getAttributeOrNull(PyOps.typeOf(v), "__index__") != null)) {
            throw err(error, "required argument is not an integer");
        }
        return Fns.toBig(v);
    }

    /**
     * A 'd' item: PyFloat_AsDouble, whose failure (not a number, an int too large) is struct.error "required argument
     * is not a float", as CPython's np_double/_PyFloat_Pack8 callers (Modules/_struct.c).
     */
    static double doubleArg(PyType error, Object v) {
        try {
            return MathModule.toDouble(v);
        } catch (org.auditpy.runtime.PyException e) {
            throw err(error, "required argument is not a float");
        }
    }

    /**
     * An 'f' item: as {@link #doubleArg}; in the standard sizes ('<', '>', '!', '='), OverflowError when a finite
     * double has no finite float (PyFloat_Pack4), while the native mode's np_float casts (3.11: inf).
     */
    static float floatArg(PyType error, Object v, boolean nativeMode) {
        double d = doubleArg(error, v);
        float x = (float) d;
        if (!nativeMode && Float.isInfinite(x) && !Double.isInfinite(d)) {
            throw PyErrors.overflowError("float too large to pack with f format");
        }
        return x;
    }

    static byte[] pack(PyType error, Format f, Object[] args) {
        long need = f.args();
        if (args.length != need) {
            throw err(error, "pack expected " + need + " items for packing (got " + args.length + ")");
        }
        if (f.size > org.auditpy.runtime.Sequences.MAX_LENGTH) {
            // the result's allocation fails, as PyBytes_FromStringAndSize's in s_pack
            throw PyErrors.noMemory();
        }
        Out o = new Out(f.size);
        packItems(error, f, args, o);
        return o.toByteArray();
    }

    /**
     * The bytes of {@code args} (as many as the format's items, checked by the caller) in format {@code f}, written to
     * {@code o} item by item: when a value is refused, {@code o} holds the items before it.
     */
    static void packItems(PyType error, Format f, Object[] args, Out o) {
        int ai = 0;
        for (Item it : f.items) {
            if (it.code == 'x') {
                for (int k = 0; k < it.count; k++) {
                    o.write(0);
                }
                continue;
            }
            if (it.code == 's') {
                Object v = args[ai++];
                if (!(v instanceof PyBytes pb)) {
                    throw err(error, "argument for 's' must be a bytes object");
                }
                byte[] b = pb.getBytes();
                for (int k = 0; k < it.count; k++) {
                    o.write(k < b.length ? b[k] : 0);
                }
                continue;
            }
            for (int k = 0; k < it.count; k++) {
                Object v = args[ai++];
                switch (it.code) {
                    case 'c' -> {
                        if (!(v instanceof PyBytes pb) || pb.getBytes().length != 1) {
                            throw err(error, "char format requires a bytes object of length 1");
                        }
                        o.write(pb.getBytes()[0]);
                    }
                    case '?' -> o.write(PyOps.isTrue(v) ? 1 : 0);
                    case 'f' -> put(o, Float.floatToIntBits(floatArg(error, v, f.nativeMode)), 4, f.big);
                    case 'd' -> put(o, Double.doubleToRawLongBits(doubleArg(error, v)), 8, f.big);
                    default -> {
                        if (v instanceof Long lv && it.size < 8 && !(it.code == 'P')) {
                            // an int in long range and a field of fewer than 8 bytes: checked without BigInteger
                            int bits = it.size * 8;
                            boolean unsigned = Character.isUpperCase(it.code);
                            long lo = unsigned ? 0 : -(1L << (bits - 1));
                            long hi = unsigned ? (1L << bits) - 1 : (1L << (bits - 1)) - 1;
                            if (lv >= lo && lv <= hi) {
                                put(o, lv, it.size, f.big);
                                continue;
                            }
                        }
                        BigInteger x = intArg(error, v);
                        boolean unsigned = Character.isUpperCase(it.code);
                        int bits = it.size * 8;
                        BigInteger lo = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
                        BigInteger hi = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                                        : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
                        if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
                            // a negative value for an unsigned code, or one beyond 64 bits: the C conversion's overflow
                            // (b B h H are read as a C long and then checked, so a negative B has the range message;
                            // P takes any value a pointer can hold, signed or not)
                            boolean viaLong = "bBhH".indexOf(it.code) >= 0;
                            boolean fits64 = it.code == 'P' ? x.bitLength() <= 64 && (x.signum() >= 0 || x.bitLength() <= 63)
                                            : unsigned && !viaLong ? x.signum() >= 0 && x.bitLength() <= 64 : x.bitLength() <= 63;
                            if (fits64 && it.code == 'P') {
                                put(o, x.longValue(), it.size, f.big);
                                continue;
                            }
                            if (!fits64) {
                                throw err(error, "argument out of range");
                            }
                            if (it.code == 'b' || it.code == 'B' || it.code == 'h' || it.code == 'H') {
                                throw err(error, (it.code == 'b' ? "byte format requires -128 <= number <= 127"
                                                : it.code == 'B' ? "ubyte format requires 0 <= number <= 255"
                                                                : it.code == 'h' ? "short format requires -32768 <= number <= 32767"
                                                                                : "ushort format requires 0 <= number <= 65535"));
                            }
                            throw err(error, "'" + it.code + "' format requires " + lo + " <= number <= " + hi);
                        }
                        put(o, x.longValue(), it.size, f.big);
                    }
                }
            }
        }
    }

    /**
     * {@code pack_into(format, buffer, offset, *v)} (s_pack_into): the argument count, the writable buffer ("w*"),
     * the offset (negative from the end) and the room are checked in CPython's order with its messages; the packed
     * bytes then go to the buffer from the offset. A value refused midway leaves the items before it written and the
     * rest of the struct's bytes zero, as CPython's s_pack_internal, which clears them first.
     */
    static Object packInto(PyType error, Format f, Object[] args) {
        long need = f.args();
        if (args.length != need + 2) {
            throw err(error, args.length == 0 ? "pack_into expected buffer argument"
                            : args.length == 1 ? "pack_into expected offset argument"
                                            : "pack_into expected " + need + " items for packing (got " + (args.length - 2) + ")");
        }
        PyMemoryView v = PyMemoryView.writableArg(args[0], null);
        try {
            long len = v.nbytes();
            long off = Fns.toLong(PyOps.index(args[1]));
            if (off < 0) {
                if (off + f.size > 0) {
                    throw err(error, "no space to pack " + f.size + " bytes at offset " + off);
                }
                if (off + len < 0) {
                    throw err(error, "offset " + off + " out of range for " + len + "-byte buffer");
                }
                off += len;
            }
            if (len - off < f.size) {
                throw err(error, "pack_into requires a buffer of at least " + (f.size + off) + " bytes for packing " + f.size + " bytes at offset " + off +
                                " (actual buffer size is " + len + ")");
            }
            Out o = new Out(f.size);
            try {
                packItems(error, f, java.util.Arrays.copyOfRange(args, 2, args.length), o);
            } finally {
                byte[] b = java.util.Arrays.copyOf(o.toByteArray(), (int) f.size);
                v.put((int) off, b, 0, b.length);
            }
            return PyNone.NONE;
        } finally {
            v.release();
        }
    }

    /**
     * The offset of {@code unpack_from} (unpack_from_impl) in a buffer of {@code len} bytes for {@code size} bytes:
     * negative counts from the end; struct.error with CPython's messages when the bytes do not fit.
     */
    static int unpackOffset(PyType error, long off, long size, long len) {
        if (off < 0) {
            if (off + size > 0) {
                throw err(error, "not enough data to unpack " + size + " bytes at offset " + off);
            }
            if (off + len < 0) {
                throw err(error, "offset " + off + " out of range for " + len + "-byte buffer");
            }
            off += len;
        }
        if (len - off < size) {
            throw err(error, "unpack_from requires a buffer of at least " + (size + off) + " bytes for unpacking " + size + " bytes at offset " + off +
                            " (actual buffer size is " + len + ")");
        }
        return (int) off;
    }

    static PyTuple unpack(Format f, byte[] b, int off) {
        List<Object> out = new ArrayList<>();
        int p = off;
        for (Item it : f.items) {
            if (it.code == 'x') {
                p += it.count;
                continue;
            }
            if (it.code == 's') {
                out.add(PyBytes.of(java.util.Arrays.copyOfRange(b, p, p + (int) it.count)));
                p += it.count;
                continue;
            }
            for (int k = 0; k < it.count; k++) {
                long v = get(b, p, it.size, f.big);
                switch (it.code) {
                    case 'c' -> out.add(PyBytes.of(new byte[]{b[p]}));
                    case '?' -> out.add(v != 0);
                    case 'f' -> out.add((double) Float.intBitsToFloat((int) v));
                    case 'd' -> out.add(Double.longBitsToDouble(v));
                    default -> {
                        if (Character.isUpperCase(it.code)) {
                            if (it.size == 8 && v < 0) {
                                out.add(PyOps.normalize(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64))));
                            } else {
                                out.add(v);
                            }
                        } else {
                            int shift = 64 - it.size * 8;
                            out.add((v << shift) >> shift);
                        }
                    }
                }
                p += it.size;
            }
        }
        return PyTuple.of(out.toArray());
    }
}
