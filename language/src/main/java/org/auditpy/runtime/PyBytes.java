package org.auditpy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code bytes} (immutable) and {@code bytearray} (mutable: the array may be replaced, or grown in place by
 * {@link #append}).
 *
 * <p>A bytearray that appends ({@code +=}, {@code append}, {@code extend}) keeps spare room after its bytes, as
 * CPython's does, so that a loop of appends is linear rather than quadratic. Everything else sees an array of
 * exactly the object's bytes: {@link #getBytes} drops the spare room the first time it is asked after an append.
 */
public final class PyBytes extends PythonObject {
    private byte[] bytes;
    /** The number of bytes in use: {@code bytes.length}, or less while there is spare room after appends. */
    private int length;

    public PyBytes(PyType cls, byte[] bytes) {
        super(cls);
        this.bytes = bytes;
        this.length = bytes.length;
    }

    /** A {@code bytes} object (exact type) owning {@code b}. */
    public static PyBytes of(byte[] b) {
        return new PyBytes(PythonContext.get().types().bytes, b);
    }

    /** The bytes, in an array of exactly their length (which a bytearray's later changes may replace). */
    public byte[] getBytes() {
        if (bytes.length != length) {
            trim();
        }
        return bytes;
    }

    /** Drops a bytearray's spare room (a JDK copy: kept out of compiled code). */
    @TruffleBoundary
    private void trim() {
        bytes = Arrays.copyOf(bytes, length);
    }

    /** {@code len(self)}, without dropping a bytearray's spare room. */
    public int size() {
        return length;
    }

    /** Replaces the content (bytearray only). */
    public void setBytes(byte[] b) {
        this.bytes = b;
        this.length = b.length;
    }

    /**
     * Appends {@code n} bytes of {@code src} from {@code offset} (bytearray only): in place when there is room, else
     * into an array half as large again (amortized O(1) per byte).
     */
    public void append(byte[] src, int offset, int n) {
        int need = length + n;
        if (need < 0) {
            throw new OutOfMemoryError();
        }
        if (need > bytes.length) {
            int room = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, (long) length + (length >> 1) + 16));
            bytes = Arrays.copyOf(bytes, room);
        }
        System.arraycopy(src, offset, bytes, length, n);
        length = need;
    }

    public boolean isByteArray() {
        return getPythonClass().isSubtypeOf(PythonContext.get().types().bytearray);
    }
}
