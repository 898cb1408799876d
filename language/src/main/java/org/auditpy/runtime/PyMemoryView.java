package org.auditpy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A {@code memoryview} (Objects/memoryobject.c) over the bytes of a {@code bytes} or {@code bytearray}: one
 * dimension of {@link #length} items of {@link #itemsize} bytes, the first at byte {@link #start}, each {@link #step}
 * bytes after the one before (negative for a reversed slice). The items are those of a native single-character struct
 * format ({@link #format}: 'B' for a new view, any of {@code ?bBhHiIlLqQnNfdPc} after a cast), in this machine's
 * layout (x86-64: little-endian, 'l'/'L'/'n'/'N'/'P' of 8 bytes). A view of a bytearray reads and writes the
 * bytearray's current array, so it sees later changes as CPython's does. A view of a bytearray is one of its exports
 * ({@link PyBytes#addExport}) until {@link #release}: the bytearray cannot be resized meanwhile (BufferError).
 */
public final class PyMemoryView extends PythonObject {
    /** The object the view exports ({@code memoryview.obj}). */
    public final Object obj;
    /** The bytes underneath (obj itself, or the bytes under a view obj was taken from). */
    public final PyBytes base;
    /** The byte offset in {@link #base} of item 0. */
    public final int start;
    /** The number of items. */
    public final int length;
    /** The distance in bytes from one item to the next ({@code strides[0]}). */
    public final int step;
    /** The struct format of the items as given to cast ("B", "i", "@d", ...). */
    public final String format;
    /** The format's code without its optional '@'. */
    public final char code;
    /** The size of an item in bytes. */
    public final int itemsize;
    public final boolean readonly;
    private boolean released;

    /**
     * A view of {@code length} items of {@code format} (a native single-character format, see {@link #itemSize})
     * from byte {@code start} of {@code base}, {@code step} bytes apart.
     */
    public PyMemoryView(PyType cls, Object obj, PyBytes base, int start, int length, int step, String format, boolean readonly) {
        super(cls);
        this.obj = obj;
        this.base = base;
        this.start = start;
        this.length = length;
        this.step = step;
        this.format = format;
        this.code = format.charAt(format.length() - 1);
        this.itemsize = itemSize(code);
        this.readonly = readonly;
        if (base.isByteArray()) {
            base.addExport(this);
        }
    }

    /**
     * The size in bytes of an item of native format code {@code c} (x86-64: 'l', 'L', 'n', 'N', 'P' of 8 bytes), or
     * -1 for a code memoryview cannot cast to (3.11's get_native_fmtchar: not 'e', no byte order).
     */
    public static int itemSize(char c) {
        switch (c) {
            case 'B', 'b', 'c', '?':
                return 1;
            case 'h', 'H':
                return 2;
            case 'i', 'I', 'f':
                return 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
                return 8;
            default:
                return -1;
        }
    }

    /** 'B', 'b' or 'c' (CPython's IS_BYTE_FORMAT): the formats of casts from and to any other. */
    public boolean isByteFormat() {
        return code == 'B' || code == 'b' || code == 'c';
    }

    /** {@code memoryview(o)} of a bytes, bytearray or memoryview; null for other objects. */
    @TruffleBoundary
    public static PyMemoryView of(Object o) {
        PyType cls = PythonContext.get().types().memoryview;
        if (o instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(cls, m.obj, m.base, m.start, m.length, m.step, m.format, m.readonly);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(cls, b, b, 0, b.size(), 1, "B", !b.isByteArray());
        }
        return null;
    }

    /**
     * CPython's {@code "w*"} argument (a writable buffer, C-contiguous): for a bytearray or a writable memoryview, a
     * new view of its bytes, which is an export of the bytearray underneath until the caller {@link #release}s it
     * (as CPython's {@code PyBuffer_Release}); TypeError "{@code fn}() argument must be read-write bytes-like object,
     * not T" (without "{@code fn}() " when fn is null, as PyArg_Parse says it) for anything else (bytes, str, a
     * read-only view), BufferError for a view that is not contiguous.
     */
    @TruffleBoundary
    public static PyMemoryView writableArg(Object o, String fn) {
        if ((o instanceof PyBytes b && b.isByteArray()) || (o instanceof PyMemoryView m && !m.readonly)) {
            if (o instanceof PyMemoryView m && !m.isContiguous()) {
                m.check();
                throw PyErrors.raise("BufferError", "memoryview: underlying buffer is not C-contiguous");
            }
            return of(o);
        }
        // _PyArg_BadArgument names None itself, other objects by their type
        throw PyErrors.typeError((fn == null ? "" : fn + "() ") + "argument must be read-write bytes-like object, not " + (o == PyNone.NONE ? "None" : PyOps.typeName(o)));
    }

    /**
     * The bytes of this view as a C function's simple buffer argument ({@code "y*"}, PyBUF_SIMPLE): ValueError for a
     * released view, BufferError "memoryview: underlying buffer is not C-contiguous" for a strided one.
     */
    @TruffleBoundary
    public byte[] simpleBufferBytes() {
        check();
        if (!isContiguous()) {
            throw PyErrors.raise("BufferError", "memoryview: underlying buffer is not C-contiguous");
        }
        return toBytes();
    }

    /** The items are next to each other, in order (C-contiguous). */
    public boolean isContiguous() {
        return step == itemsize || length <= 1;
    }

    /** The size of the view in bytes ({@code nbytes}). */
    public int nbytes() {
        return length * itemsize;
    }

    /**
     * Copies {@code n} bytes of {@code src} from {@code from} into the view's bytes from byte {@code at} (a contiguous
     * view, {@code at + n <= nbytes()}); IndexError when a bytearray underneath shrank below them.
     */
    @TruffleBoundary
    public void put(int at, byte[] src, int from, int n) {
        byte[] b = base.getBytes();
        int o = start + at;
        if (o < 0 || o + n > b.length) {
            throw PyErrors.indexError("index out of bounds on dimension 1");
        }
        System.arraycopy(src, from, b, o, n);
    }

    /** ValueError "operation forbidden on released memoryview object" after {@link #release}. */
    public void check() {
        if (released) {
            throw PyErrors.valueError("operation forbidden on released memoryview object");
        }
    }

    public boolean isReleased() {
        return released;
    }

    /** Ends the view and its export (nothing when already released). */
    public void release() {
        if (!released) {
            released = true;
            base.removeExport(this);
        }
    }

    /** The byte offset in {@link #base} of item {@code i} (0 &lt;= i &lt; length). */
    public int offset(int i) {
        return start + i * step;
    }

    /** The bytes of item {@code i}, unsigned, little-endian; IndexError when a bytearray underneath shrank below it. */
    @TruffleBoundary
    private long raw(int i) {
        byte[] b = base.getBytes();
        int at = offset(i);
        if (at < 0 || at + itemsize > b.length) {
            throw PyErrors.indexError("index out of bounds on dimension 1");
        }
        long v = 0;
        for (int k = itemsize - 1; k >= 0; k--) {
            v = v << 8 | (b[at + k] & 0xff);
        }
        return v;
    }

    /** The byte of item {@code i} of a one-byte format; IndexError when a bytearray underneath shrank below it. */
    public int byteAt(int i) {
        return (byte) raw(i);
    }

    /** A copy of the viewed bytes, item after item ({@code tobytes()}); ValueError on a released view. */
    @TruffleBoundary
    public byte[] toBytes() {
        check();
        byte[] b = base.getBytes();
        byte[] r = new byte[length * itemsize];
        for (int i = 0; i < length; i++) {
            int at = offset(i);
            if (at < 0 || at + itemsize > b.length) {
                throw PyErrors.indexError("index out of bounds on dimension 1");
            }
            System.arraycopy(b, at, r, i * itemsize, itemsize);
        }
        return r;
    }

    /** Item {@code i} as Python sees it (unpack_single): an int, a float, a bool, or a bytes of length 1 for 'c'. */
    @TruffleBoundary
    public Object item(int i) {
        long v = raw(i);
        switch (code) {
            case 'c':
                return PyBytes.of(new byte[]{(byte) v});
            case '?':
                return v != 0;
            case 'f':
                return (double) Float.intBitsToFloat((int) v);
            case 'd':
                return Double.longBitsToDouble(v);
            case 'b', 'h', 'i', 'l', 'q', 'n': {
                int shift = 64 - 8 * itemsize;
                return (v << shift) >> shift;
            }
            default:
                if (v < 0) {
                    return BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
                }
                return v;
        }
    }

    /**
     * Stores {@code value} as item {@code i} (pack_single): TypeError "memoryview: invalid type for format 'X'" for a
     * value of the wrong kind, ValueError "memoryview: invalid value for format 'X'" for one out of the format's range.
     */
    @TruffleBoundary
    public void setItem(int i, Object value) {
        long bits;
        switch (code) {
            case 'c': {
                if (!(value instanceof PyBytes vb) || vb.size() != 1) {
                    throw invalid("value");
                }
                bits = vb.getBytes()[0] & 0xff;
                break;
            }
            case '?':
                bits = PyOps.isTrue(value) ? 1 : 0;
                break;
            case 'f', 'd': {
                Object u = PyBoxed.unbox(value);
                double d;
                if (u instanceof Double x) {
                    d = x;
                } else if (PyOps.isInt(value) || PyOps.typeOf(value).lookup("__index__") != null) {
                    d = Arithmetic.toDouble(PyOps.index(value));
                } else if (PyOps.typeOf(value).lookup("__float__") != null && PyBoxed.unbox(PyOps.callMethod(value, "__float__")) instanceof Double x) {
                    d = x;
                } else {
                    throw invalid("type");
                }
                if (code == 'f') {
                    float f = (float) d;
                    if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                        throw PyErrors.overflowError("float too large to pack with f format");
                    }
                    bits = Float.floatToRawIntBits(f) & 0xffffffffL;
                } else {
                    bits = Double.doubleToRawLongBits(d);
                }
                break;
            }
            default: {
                if (!PyOps.isInt(value) && PyOps.typeOf(value).lookup("__index__") == null) {
                    throw invalid("type");
                }
                Object idx = PyOps.index(value);
                BigInteger x = idx instanceof BigInteger bi ? bi : BigInteger.valueOf((Long) idx);
                boolean signed = Character.isLowerCase(code);
                int bitsWide = 8 * itemsize;
                BigInteger lo = signed ? BigInteger.ONE.shiftLeft(bitsWide - 1).negate() : BigInteger.ZERO;
                BigInteger hi = signed ? BigInteger.ONE.shiftLeft(bitsWide - 1).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bitsWide).subtract(BigInteger.ONE);
                if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
                    throw invalid("value");
                }
                bits = x.longValue();
                break;
            }
        }
        raw(i);
        byte[] b = base.getBytes();
        int at = offset(i);
        for (int k = 0; k < itemsize; k++) {
            b[at + k] = (byte) (bits >>> (8 * k));
        }
    }

    private PyException invalid(String what) {
        String msg = "memoryview: invalid " + what + " for format '" + format + "'";
        return what.equals("type") ? PyErrors.typeError(msg) : PyErrors.valueError(msg);
    }
}
