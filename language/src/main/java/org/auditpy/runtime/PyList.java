package org.auditpy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code list}: a growable array (Objects/listobject.c), in one of two storages:
 * <ul>
 * <li>objects: an {@code Object[]} of the elements (every list can be in it);</li>
 * <li>floats: a {@code double[]} while every element is a Python float (a list of coordinates, of samples).
 * Reading and writing such an element in compiled code allocates no box, and a float written into it
 * ({@code v[3] -= dx * m}) is stored as its value.</li>
 * </ul>
 * A list starts in the float storage only where its maker asks for it ({@link #ofValues}, or a first
 * {@link #append} of a float to an empty list); writing anything but a float, and any operation that needs the
 * object array ({@link #rawItems}, {@link #setContent}, {@link #insert}, ...), moves it to the object storage
 * for good. As in PyPy and GraalPy (list strategies), a float read from the float storage is a new box each
 * time: the {@code is} operator and {@code id()} compare floats by value, so {@code l[0] is l[0]} stays true.
 */
public final class PyList extends PythonObject {
    /** The object storage; null while the list is in the float storage. */
    private Object[] items;
    /** The float storage (only the first {@link #size} entries are live); null in the object storage. */
    private double[] doubles;
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

    /**
     * A list of class {@code cls} with the first {@code n} of {@code values} (copied, not owned): in the float
     * storage when there is at least one element and every element is a float, else it takes ownership of
     * {@code values} as {@link #PyList(PyType, Object[], int)} does. For list displays, {@code list(iterable)}
     * and slices, whose elements are known at once.
     */
    public static PyList ofValues(PyType cls, Object[] values, int n) {
        if (n > 0 && allFloats(values, n)) {
            double[] d = new double[Math.max(n, 4)];
            for (int i = 0; i < n; i++) {
                d[i] = (Double) values[i];
            }
            PyList l = new PyList(cls, null, n);
            l.doubles = d;
            return l;
        }
        return new PyList(cls, values, n);
    }

    private static boolean allFloats(Object[] values, int n) {
        for (int i = 0; i < n; i++) {
            if (!(values[i] instanceof Double)) {
                return false;
            }
        }
        return true;
    }

    /** True while the list is in the float storage (every element a float). */
    public boolean hasFloatStorage() {
        return doubles != null;
    }

    public int size() {
        return size;
    }

    /**
     * The element position of Python index {@code i} ({@code l[i]}: a negative index counts from the end), or -1
     * when it is out of range.
     */
    public int indexOrMinusOne(long i) {
        long idx = i < 0 ? i + size : i;
        return idx >= 0 && idx < size ? (int) idx : -1;
    }

    public Object get(int i) {
        double[] d = doubles;
        if (d != null) {
            return d[i];
        }
        return items[i];
    }

    /** Element {@code i} of a list in the float storage ({@link #hasFloatStorage()}), unboxed. */
    public double getDouble(int i) {
        return doubles[i];
    }

    /** Stores the float {@code x} at {@code i} of a list in the float storage ({@link #hasFloatStorage()}). */
    public void setDouble(int i, double x) {
        doubles[i] = x;
    }

    public void set(int i, Object v) {
        double[] d = doubles;
        if (d != null) {
            if (v instanceof Double x) {
                d[i] = x;
                return;
            }
            toObjectStorage();
        }
        items[i] = v;
    }

    /**
     * Appends {@code v}; compiled code inlines this (the rare growth is a call). A float appended to an empty list
     * puts it in the float storage.
     */
    public void append(Object v) {
        double[] d = doubles;
        if (d != null) {
            if (v instanceof Double x) {
                if (size == d.length) {
                    d = growDoubles();
                }
                d[size++] = x;
                return;
            }
            toObjectStorage();
        } else if (size == 0 && v instanceof Double x) {
            d = new double[Math.max(items.length, 4)];
            d[0] = x;
            doubles = d;
            items = null;
            size = 1;
            return;
        }
        if (size == items.length) {
            grow();
        }
        items[size++] = v;
    }

    @TruffleBoundary
    private void grow() {
        items = Arrays.copyOf(items, Math.max(8, size * 2));
    }

    @TruffleBoundary
    private double[] growDoubles() {
        doubles = Arrays.copyOf(doubles, Math.max(8, size * 2));
        return doubles;
    }

    /** Moves the list to the object storage (each float boxed once); it stays there. */
    @TruffleBoundary
    private void toObjectStorage() {
        double[] d = doubles;
        if (d == null) {
            return;
        }
        Object[] o = new Object[Math.max(d.length, 4)];
        for (int i = 0; i < size; i++) {
            o[i] = d[i];
        }
        items = o;
        doubles = null;
    }

    public void insert(int i, Object v) {
        toObjectStorage();
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    public Object removeAt(int i) {
        toObjectStorage();
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** A copy of the live elements. */
    public Object[] toArray() {
        double[] d = doubles;
        if (d != null) {
            return boxed(d, size);
        }
        return Arrays.copyOf(items, size);
    }

    @TruffleBoundary
    private static Object[] boxed(double[] d, int n) {
        Object[] o = new Object[n];
        for (int i = 0; i < n; i++) {
            o[i] = d[i];
        }
        return o;
    }

    /** Replaces the whole content (takes ownership): the list is then in the object storage. */
    public void setContent(Object[] newItems, int newSize) {
        this.items = newItems;
        this.doubles = null;
        this.size = newSize;
    }

    /**
     * Replaces the whole content with the first {@code n} of {@code values}, choosing the storage as
     * {@link #ofValues} does (takes ownership of {@code values} when it keeps the object storage).
     */
    public void setValues(Object[] values, int n) {
        PyList t = ofValues(getPythonClass(), values, n);
        this.items = t.items;
        this.doubles = t.doubles;
        this.size = n;
    }

    /**
     * A new list of class {@code cls} with the elements {@code [start, stop)} of this one ({@code 0 <= start <= stop
     * <= size}), in the same storage: {@code l[a:b]}.
     */
    public PyList copyRange(PyType cls, int start, int stop) {
        double[] d = doubles;
        if (d != null && start < stop) {
            PyList l = new PyList(cls, null, stop - start);
            l.doubles = Arrays.copyOfRange(d, start, start + Math.max(stop - start, 4));
            return l;
        }
        Object[] r = start < stop ? Arrays.copyOfRange(rawItems(), start, stop) : new Object[0];
        return new PyList(cls, r, r.length);
    }

    /**
     * The backing object array (only the first {@link #size()} entries are live): a list in the float storage moves
     * to the object storage first.
     */
    public Object[] rawItems() {
        if (doubles != null) {
            toObjectStorage();
        }
        return items;
    }

    public void clear() {
        items = new Object[4];
        doubles = null;
        size = 0;
    }
}
