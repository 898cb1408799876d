package org.auditpy.runtime;

/** Python's {@code bytes} (immutable) and {@code bytearray} (mutable: the array may be replaced). */
public final class PyBytes extends PythonObject {
    private byte[] bytes;

    public PyBytes(PyType cls, byte[] bytes) {
        super(cls);
        this.bytes = bytes;
    }

    /** A {@code bytes} object (exact type) owning {@code b}. */
    public static PyBytes of(byte[] b) {
        return new PyBytes(PythonContext.get().types().bytes, b);
    }

    public byte[] getBytes() {
        return bytes;
    }

    /** Replaces the content (bytearray only). */
    public void setBytes(byte[] b) {
        this.bytes = b;
    }

    public boolean isByteArray() {
        return getPythonClass().isSubtypeOf(PythonContext.get().types().bytearray);
    }
}
