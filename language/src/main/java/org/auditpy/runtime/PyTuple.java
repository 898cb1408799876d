package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code tuple}: an immutable array of objects.
 *
 * <p>A tuple display whose elements are all ints ({@code (x % 100, -x, i)}) keeps them unboxed in a {@code long[]}
 * ({@link #ofLongs}): 80 bytes and two objects for three ints instead of 120 bytes and four (the tuple, its
 * {@code Object[]} and two {@code Long}s of values outside the JDK's small-int cache), which is most of what a program
 * holding many such tuples gives the collector to copy. Readers that know the representation ({@code t[i]},
 * sort keys) take the longs; every other reader gets the boxed elements from {@link #items()}, made on its first call
 * and kept (the tuple is immutable).
 */
public final class PyTuple extends PythonObject {
    public static final Object[] EMPTY_ARRAY = new Object[0];
    /** The elements; null until {@link #items()} boxes them when {@link #longs} holds them. */
    private Object[] items;
    /** The elements when the tuple was made unboxed, else null. */
    private final long[] longs;

    public PyTuple(PyType cls, Object[] items) {
        super(cls);
        this.items = items;
        this.longs = null;
    }

    private PyTuple(PyType cls, long[] longs) {
        super(cls);
        this.longs = longs;
    }

    /** A tuple of class {@code cls} holding the ints {@code longs} (not copied) unboxed. */
    public static PyTuple ofLongs(PyType cls, long[] longs) {
        return new PyTuple(cls, longs);
    }

    /** A tuple of the exact builtin type holding {@code items} (not copied). */
    public static PyTuple of(Object... items) {
        return new PyTuple(PythonContext.get().types().tuple, items);
    }

    /** The elements (must not be modified); boxed on the first call for a tuple made unboxed. */
    public Object[] items() {
        Object[] i = items;
        if (i == null) {
            i = boxItems();
        }
        return i;
    }

    @TruffleBoundary
    private Object[] boxItems() {
        long[] l = longs;
        Object[] boxed = new Object[l.length];
        for (int k = 0; k < l.length; k++) {
            boxed[k] = l[k];
        }
        items = boxed;
        return boxed;
    }

    /** The elements as ints when the tuple was made unboxed (must not be modified), else null. */
    public long[] longsOrNull() {
        return longs;
    }

    public int size() {
        long[] l = longs;
        return l != null ? l.length : items.length;
    }

    public Object get(int i) {
        long[] l = longs;
        return l != null ? (Object) l[i] : items[i];
    }
}
