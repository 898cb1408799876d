package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A {@code memoryview} (Objects/memoryobject.c) over the bytes of a {@code bytes} or {@code bytearray}: one
 * dimension of one-byte items ({@code 'B'}, or {@code 'b'}/{@code 'c'} after a cast), {@link #length} items from
 * {@link #start}, {@link #step} apart. A view of a bytearray reads and writes the bytearray's current array, so it
 * sees later changes as CPython's does. A view of a bytearray is one of its exports ({@link PyBytes#addExport}) until
 * {@link #release}: the bytearray cannot be resized meanwhile (BufferError).
 */
public final class PyMemoryView extends PythonObject {
    /** The object the view exports ({@code memoryview.obj}). */
    public final Object obj;
    /** The bytes underneath (obj itself, or the bytes under a view obj was taken from). */
    public final PyBytes base;
    public final int start;
    public final int length;
    public final int step;
    /** The struct format of the items: "B", "b" or "c". */
    public final String format;
    public final boolean readonly;
    private boolean released;

    public PyMemoryView(PyType cls, Object obj, PyBytes base, int start, int length, int step, String format, boolean readonly) {
        super(cls);
        this.obj = obj;
        this.base = base;
        this.start = start;
        this.length = length;
        this.step = step;
        this.format = format;
        this.readonly = readonly;
        if (base.isByteArray()) {
            base.addExport(this);
        }
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
            if (o instanceof PyMemoryView m && m.step != 1 && m.length > 1) {
                m.check();
                throw PyErrors.raise("BufferError", "memoryview: underlying buffer is not C-contiguous");
            }
            return of(o);
        }
        // _PyArg_BadArgument names None itself, other objects by their type
        throw PyErrors.typeError((fn == null ? "" : fn + "() ") + "argument must be read-write bytes-like object, not " + (o == PyNone.NONE ? "None" : PyOps.typeName(o)));
    }

    /** The size of the view in bytes ({@code nbytes}). */
    public int nbytes() {
        return length;
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

    /** The offset in {@link #base} of item {@code i} (0 &lt;= i &lt; length). */
    public int offset(int i) {
        return start + i * step;
    }

    /** The byte of item {@code i}; IndexError when a bytearray underneath shrank below it. */
    @TruffleBoundary
    public int byteAt(int i) {
        byte[] b = base.getBytes();
        int at = offset(i);
        if (at < 0 || at >= b.length) {
            throw PyErrors.indexError("index out of bounds on dimension 1");
        }
        return b[at];
    }

    /** A copy of the viewed bytes ({@code tobytes()}); ValueError on a released view. */
    @TruffleBoundary
    public byte[] toBytes() {
        check();
        byte[] b = base.getBytes();
        byte[] r = new byte[length];
        for (int i = 0; i < length; i++) {
            int at = offset(i);
            if (at >= b.length) {
                throw PyErrors.indexError("index out of bounds on dimension 1");
            }
            r[i] = b[at];
        }
        return r;
    }

    /** Item {@code i} as Python sees it: an int, or a bytes of length 1 for format 'c'. */
    public Object item(int i) {
        int v = byteAt(i);
        switch (format) {
            case "b":
                return (long) v;
            case "c":
                return PyBytes.of(new byte[]{(byte) v});
            default:
                return (long) (v & 0xff);
        }
    }
}
