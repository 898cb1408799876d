package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A {@code memoryview} (Objects/memoryobject.c) over the bytes of a {@code bytes} or {@code bytearray}: one
 * dimension of one-byte items ({@code 'B'}, or {@code 'b'}/{@code 'c'} after a cast), {@link #length} items from
 * {@link #start}, {@link #step} apart. A view of a bytearray reads and writes the bytearray's current array, so it
 * sees later changes as CPython's does; unlike CPython's, the bytearray may still be resized while a view exists
 * (CPython raises BufferError), and the view's items are then those at its offsets, or IndexError past the end.
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

    /** ValueError "operation forbidden on released memoryview object" after {@link #release}. */
    public void check() {
        if (released) {
            throw PyErrors.valueError("operation forbidden on released memoryview object");
        }
    }

    public boolean isReleased() {
        return released;
    }

    public void release() {
        released = true;
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
