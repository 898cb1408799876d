package org.auditpy.runtime;

import java.util.Arrays;

/** Python's {@code list}: a growable array of objects (Objects/listobject.c). */
public final class PyList extends PythonObject {
    private Object[] items;
    private int size;

    public PyList(PyType cls, Object[] items, int size) {
        super(cls);
        this.items = items;
        this.size = size;
    }

    public PyList(PyType cls) {
        this(cls, new Object[4], 0);
    }

    /** A list of the exact builtin type that takes ownership of {@code items}. */
    public static PyList of(Object... items) {
        return new PyList(PythonContext.get().types().list, items, items.length);
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    /** Appends {@code v}; compiled code inlines this (the rare growth is a call). */
    public void append(Object v) {
        if (size == items.length) {
            grow();
        }
        items[size++] = v;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void grow() {
        items = Arrays.copyOf(items, Math.max(8, size * 2));
    }

    public void insert(int i, Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    public Object removeAt(int i) {
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** A copy of the live elements. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole content (takes ownership). */
    public void setContent(Object[] newItems, int newSize) {
        this.items = newItems;
        this.size = newSize;
    }

    /** The backing array (only the first {@link #size()} entries are live). */
    public Object[] rawItems() {
        return items;
    }

    public void clear() {
        items = new Object[4];
        size = 0;
    }
}
