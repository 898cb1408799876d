package org.auditpy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code list}: a growable array (Objects/listobject.c), in one of three storages:
 * <ul>
 * <li>objects: an {@code Object[]} of the elements (every list can be in it);</li>
 * <li>floats: a {@code double[]} while every element is a Python float (a list of coordinates, of samples).
 * Reading and writing such an element in compiled code allocates no box, and a float written into it
 * ({@code v[3] -= dx * m}) is stored as its value;</li>
 * <li>ints: a {@code long[]} while every element is a Python int that fits in a long (auditpy's {@code Long};
 * a {@code BigInteger} int, a bool or anything else is not one): a list of indexes, counts, data read in a loop.
 * An element read in compiled code, appended by a comprehension or stored by {@code l[i] = n} is not boxed, and a
 * sort without a key sorts the longs themselves.</li>
 * </ul>
 * A list starts in a primitive storage only where its maker asks for it ({@link #ofValues}, or a first
 * {@link #append} of a float or an int to an empty list); writing anything else, and any operation that needs the
 * object array ({@link #rawItems}, {@link #setContent}, ...), moves it to the object storage for good. As in PyPy and
 * GraalPy (list strategies), a float or int read from a primitive storage is a new box each time: the {@code is}
 * operator and {@code id()} compare floats and ints by value, so {@code l[0] is l[0]} stays true.
 */
public final class PyList extends PythonObject {
    /** The object storage; null while the list is in a primitive storage. */
    private Object[] items;
    /** The float storage (only the first {@link #size} entries are live); null in the other storages. */
    private double[] doubles;
    /** The int storage (only the first {@link #size} entries are live); null in the other storages. */
    private long[] longs;
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

    /** A list of class {@code cls} in the int storage that takes ownership of the first {@code n} of {@code values}. */
    public static PyList ofLongs(PyType cls, long[] values, int n) {
        PyList l = new PyList(cls, null, n);
        l.longs = values.length >= 4 ? values : Arrays.copyOf(values, 4);
        return l;
    }

    /**
     * A list of class {@code cls} with the first {@code n} of {@code values} (copied, not owned): in the float
     * storage when there is at least one element and every element is a float, in the int storage when every element
     * is an int that fits in a long ({@code Long}), else it takes ownership of {@code values} as
     * {@link #PyList(PyType, Object[], int)} does. For list displays, {@code list(iterable)} and slices, whose
     * elements are known at once.
     */
    public static PyList ofValues(PyType cls, Object[] values, int n) {
        if (n > 0) {
            Object first = values[0];
            if (first instanceof Double && allOfClass(values, n, Double.class)) {
                double[] d = new double[Math.max(n, 4)];
                for (int i = 0; i < n; i++) {
                    d[i] = (Double) values[i];
                }
                PyList l = new PyList(cls, null, n);
                l.doubles = d;
                return l;
            }
            if (first instanceof Long && allOfClass(values, n, Long.class)) {
                long[] g = new long[Math.max(n, 4)];
                for (int i = 0; i < n; i++) {
                    g[i] = (Long) values[i];
                }
                return ofLongs(cls, g, n);
            }
        }
        return new PyList(cls, values, n);
    }

    /** True when each of the first {@code n} values is of exactly the class {@code c} (a final class: Double, Long). */
    private static boolean allOfClass(Object[] values, int n, Class<?> c) {
        for (int i = 0; i < n; i++) {
            if (values[i] == null || values[i].getClass() != c) {
                return false;
            }
        }
        return true;
    }

    /** True while the list is in the float storage (every element a float). */
    public boolean hasFloatStorage() {
        return doubles != null;
    }

    /** True while the list is in the int storage (every element an int that fits in a long). */
    public boolean hasLongStorage() {
        return longs != null;
    }

    public int size() {
        return size;
    }

    /**
     * The float storage (its first {@link #size()} elements are the list's), or null when the list is in another
     * storage: for compiled code that reads or writes {@code l[k]} unboxed, testing the storage, the list's class and
     * the index in one straight line before the array access ({@code Expressions.GetItem#executeDouble}; see
     * {@link Sequences#position}).
     */
    public double[] floatsOrNull() {
        return doubles;
    }

    /** The int storage of this list, or null when it is in another storage (see {@link #floatsOrNull}). */
    public long[] longsOrNull() {
        return longs;
    }

    public Object get(int i) {
        double[] d = doubles;
        if (d != null) {
            return d[i];
        }
        long[] g = longs;
        if (g != null) {
            return g[i];
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

    /** Element {@code i} of a list in the int storage ({@link #hasLongStorage()}), unboxed. */
    public long getLong(int i) {
        return longs[i];
    }

    /** Stores the int {@code x} at {@code i} of a list in the int storage ({@link #hasLongStorage()}). */
    public void setLong(int i, long x) {
        longs[i] = x;
    }

    public void set(int i, Object v) {
        double[] d = doubles;
        if (d != null) {
            if (v instanceof Double x) {
                d[i] = x;
                return;
            }
            toObjectStorage();
        } else {
            long[] g = longs;
            if (g != null) {
                if (v instanceof Long x) {
                    g[i] = x;
                    return;
                }
                toObjectStorage();
            }
        }
        items[i] = v;
    }

    /**
     * Appends {@code v}; compiled code inlines this (the rare growth is a call). A float or an int appended to an
     * empty list in the object storage puts it in the float or int storage.
     */
    public void append(Object v) {
        double[] d = doubles;
        long[] g = longs;
        if (d != null) {
            if (v instanceof Double x) {
                if (size == d.length) {
                    d = growDoubles();
                }
                d[size++] = x;
                return;
            }
            toObjectStorage();
        } else if (g != null) {
            if (v instanceof Long x) {
                if (size == g.length) {
                    g = growLongs();
                }
                g[size++] = x;
                return;
            }
            toObjectStorage();
        } else if (size == 0) {
            if (v instanceof Double x) {
                d = new double[Math.max(items.length, 4)];
                d[0] = x;
                doubles = d;
                items = null;
                size = 1;
                return;
            }
            if (v instanceof Long x) {
                startLongs(x);
                return;
            }
        }
        if (size == items.length) {
            grow();
        }
        items[size++] = v;
    }

    /**
     * Appends the int {@code x} (a comprehension's element computed as a long): stored unboxed in the int storage or
     * in an empty list in the object storage, else boxed as {@link #append} stores it.
     */
    public void appendLong(long x) {
        long[] g = longs;
        if (g != null) {
            if (size == g.length) {
                g = growLongs();
            }
            g[size++] = x;
        } else if (size == 0 && items != null) {
            startLongs(x);
        } else {
            append(x);
        }
    }

    private void startLongs(long x) {
        long[] g = new long[Math.max(items.length, 4)];
        g[0] = x;
        longs = g;
        items = null;
        size = 1;
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

    @TruffleBoundary
    private long[] growLongs() {
        longs = Arrays.copyOf(longs, Math.max(8, size * 2));
        return longs;
    }

    /** Moves the list to the object storage (each float or int boxed once); it stays there. */
    @TruffleBoundary
    private void toObjectStorage() {
        double[] d = doubles;
        if (d != null) {
            Object[] o = new Object[Math.max(d.length, 4)];
            for (int i = 0; i < size; i++) {
                o[i] = d[i];
            }
            items = o;
            doubles = null;
            return;
        }
        long[] g = longs;
        if (g != null) {
            Object[] o = new Object[Math.max(g.length, 4)];
            for (int i = 0; i < size; i++) {
                o[i] = g[i];
            }
            items = o;
            longs = null;
        }
    }

    /** Inserts {@code v} before position {@code i} ({@code 0 <= i <= size}); an int keeps the int storage. */
    public void insert(int i, Object v) {
        long[] g = longs;
        if (g != null && v instanceof Long x) {
            if (size == g.length) {
                g = growLongs();
            }
            System.arraycopy(g, i, g, i + 1, size - i);
            g[i] = x;
            size++;
            return;
        }
        toObjectStorage();
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    /** Removes and returns element {@code i}; a list in the int storage stays in it. */
    public Object removeAt(int i) {
        long[] g = longs;
        if (g != null) {
            long v = g[i];
            System.arraycopy(g, i + 1, g, i, size - i - 1);
            size--;
            return v;
        }
        toObjectStorage();
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /**
     * Removes the elements {@code [start, stop)} ({@code 0 <= start <= stop <= size}) in the list's storage, as
     * list_ass_slice deletes them: {@code del l[a:b]}. A table left under a quarter full (and past 64 slots) is
     * shrunk, as list_resize gives memory back.
     */
    public void removeRange(int start, int stop) {
        int n = stop - start;
        if (n <= 0) {
            return;
        }
        int newSize = size - n;
        double[] d = doubles;
        long[] g = longs;
        if (d != null) {
            System.arraycopy(d, stop, d, start, size - stop);
            if (d.length > 64 && newSize < d.length / 4) {
                doubles = Arrays.copyOf(d, Math.max(newSize * 2, 4));
            }
        } else if (g != null) {
            System.arraycopy(g, stop, g, start, size - stop);
            if (g.length > 64 && newSize < g.length / 4) {
                longs = Arrays.copyOf(g, Math.max(newSize * 2, 4));
            }
        } else {
            Object[] it = items;
            System.arraycopy(it, stop, it, start, size - stop);
            Arrays.fill(it, newSize, size, null);
            if (it.length > 64 && newSize < it.length / 4) {
                items = Arrays.copyOf(it, Math.max(newSize * 2, 4));
            }
        }
        size = newSize;
    }

    /** A copy of the live elements. */
    public Object[] toArray() {
        double[] d = doubles;
        if (d != null) {
            return boxed(d, size);
        }
        long[] g = longs;
        if (g != null) {
            return boxed(g, size);
        }
        return Arrays.copyOf(items, size);
    }

    /** A copy of the live elements of a list in the int storage ({@link #hasLongStorage()}). */
    @TruffleBoundary
    public long[] toLongArray() {
        return Arrays.copyOf(longs, size);
    }

    @TruffleBoundary
    private static Object[] boxed(double[] d, int n) {
        Object[] o = new Object[n];
        for (int i = 0; i < n; i++) {
            o[i] = d[i];
        }
        return o;
    }

    @TruffleBoundary
    private static Object[] boxed(long[] g, int n) {
        Object[] o = new Object[n];
        for (int i = 0; i < n; i++) {
            o[i] = g[i];
        }
        return o;
    }

    /** Replaces the whole content (takes ownership): the list is then in the object storage. */
    public void setContent(Object[] newItems, int newSize) {
        this.items = newItems;
        this.doubles = null;
        this.longs = null;
        this.size = newSize;
    }

    /** Replaces the whole content with the first {@code n} ints of {@code values} (takes ownership): the int storage. */
    public void setLongContent(long[] values, int n) {
        this.items = null;
        this.doubles = null;
        this.longs = values.length >= 4 ? values : Arrays.copyOf(values, 4);
        this.size = n;
    }

    /**
     * A new list of class {@code cls} with the first {@code n} elements of this one ({@code n <= size}) in reverse
     * order, in the same storage: {@code list(reversed(l))}.
     */
    public PyList reversedCopy(PyType cls, int n) {
        PyList l = copyRange(cls, 0, n);
        l.reverse();
        return l;
    }

    /** Replaces the whole content with a copy of {@code other}'s, in the same storage ({@code list(l)}). */
    public void setCopyOf(PyList other) {
        PyList t = other.copyRange(getPythonClass(), 0, other.size);
        this.items = t.items;
        this.doubles = t.doubles;
        this.longs = t.longs;
        this.size = t.size;
    }

    /**
     * Replaces the whole content with the first {@code n} of {@code values}, choosing the storage as
     * {@link #ofValues} does (takes ownership of {@code values} when it keeps the object storage).
     */
    public void setValues(Object[] values, int n) {
        PyList t = ofValues(getPythonClass(), values, n);
        this.items = t.items;
        this.doubles = t.doubles;
        this.longs = t.longs;
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
        long[] g = longs;
        if (g != null && start < stop) {
            PyList l = new PyList(cls, null, stop - start);
            l.longs = Arrays.copyOfRange(g, start, start + Math.max(stop - start, 4));
            return l;
        }
        Object[] r = start < stop ? Arrays.copyOfRange(rawItems(), start, stop) : new Object[0];
        return new PyList(cls, r, r.length);
    }

    /**
     * A new exact list of the {@code n} elements at {@code start}, {@code start + step}, ... of this one, which must
     * all be in range: {@code l[a:b:c]} (as list_subscript), in the same storage for a list in the int storage.
     */
    @TruffleBoundary
    public PyList copyStep(int start, int step, int n) {
        PyType cls = PythonContext.get().types().list;
        long[] g = longs;
        if (g != null && n > 0) {
            long[] r = new long[Math.max(n, 4)];
            for (int i = 0, j = start; i < n; i++, j += step) {
                r[i] = g[j];
            }
            return ofLongs(cls, r, n);
        }
        Object[] r = new Object[n];
        for (int i = 0, j = start; i < n; i++, j += step) {
            r[i] = get(j);
        }
        return new PyList(cls, r, n);
    }

    /**
     * {@code a + b}: a new exact list, in the int storage when both are in it (else objects, as before the storages
     * existed: each list keeps its own storage).
     */
    @TruffleBoundary
    public static PyList concat(PyList a, PyList b) {
        PyType cls = PythonContext.get().types().list;
        int na = a.size;
        int nb = b.size;
        if (a.longs != null && b.longs != null && na + nb > 0) {
            long[] r = new long[Math.max(na + nb, 4)];
            System.arraycopy(a.longs, 0, r, 0, na);
            System.arraycopy(b.longs, 0, r, na, nb);
            return ofLongs(cls, r, na + nb);
        }
        Object[] r = new Object[na + nb];
        a.copyInto(r, 0);
        b.copyInto(r, na);
        return new PyList(cls, r, r.length);
    }

    /** Copies the live elements (boxed from a primitive storage) into {@code dst} at {@code at}. */
    private void copyInto(Object[] dst, int at) {
        int n = size;
        if (items != null) {
            System.arraycopy(items, 0, dst, at, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            dst[at + i] = get(i);
        }
    }

    /**
     * {@code l * k} as a new exact list of {@code total} elements (a multiple of the size, checked by the caller):
     * in the int storage when this list is ({@code [0] * n}, a table of counters), else objects.
     */
    @TruffleBoundary
    public PyList repeat(int total) {
        PyType cls = PythonContext.get().types().list;
        int n = size;
        long[] g = longs;
        if (g != null && total > 0) {
            long[] r = new long[Math.max(total, 4)];
            if (n == 1) {
                Arrays.fill(r, 0, total, g[0]);
            } else {
                for (int i = 0; i < total; i += n) {
                    System.arraycopy(g, 0, r, i, n);
                }
            }
            return ofLongs(cls, r, total);
        }
        Object[] src = toArray();
        Object[] r = new Object[total];
        for (int i = 0; i < total; i += n) {
            System.arraycopy(src, 0, r, i, n);
        }
        return new PyList(cls, r, total);
    }

    /**
     * Sorts a list in the int storage ({@link #hasLongStorage()}) in place, ascending or for {@code reverse}
     * descending: equal ints cannot be told apart, so the order of a stable sort is not observable.
     */
    @TruffleBoundary
    public void sortLongs(boolean reverse) {
        long[] g = longs;
        sortAscending(g, size);
        if (reverse) {
            reverseLongs(g, size);
        }
    }

    /**
     * Sorts {@code a[0, n)} ascending: values whose range is below {@code n} by counting them (one pass to count, one
     * to write: a list of small ints, of residues), a range of at most 33 bits by a least-significant-digit radix
     * sort of the values minus the minimum (up to three passes of 11-bit digits, each skipped when all values share
     * that digit), anything else and short arrays by {@link Arrays#sort(long[], int, int)}. The JDK's sort runs in
     * C1-compiled code here (the launcher's {@code -XX:TieredStopAtLevel=1}); the passes are simpler for it.
     */
    private static void sortAscending(long[] a, int n) {
        if (n < 256) {
            Arrays.sort(a, 0, n);
            return;
        }
        long min = a[0];
        long max = a[0];
        for (int i = 1; i < n; i++) {
            long v = a[i];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        long range = max - min;
        if (range == 0) {
            return;
        }
        if (range > 0 && range < n) {
            int[] count = new int[(int) range + 1];
            for (int i = 0; i < n; i++) {
                count[(int) (a[i] - min)]++;
            }
            int at = 0;
            for (int v = 0; v <= range; v++) {
                int c = count[v];
                if (c != 0) {
                    Arrays.fill(a, at, at + c, min + v);
                    at += c;
                }
            }
            return;
        }
        if (range < 0 || range >= (1L << 33)) {
            Arrays.sort(a, 0, n);
            return;
        }
        int bits = 64 - Long.numberOfLeadingZeros(range);
        int passes = (bits + 10) / 11;
        int digit = (bits + passes - 1) / passes;
        int mask = (1 << digit) - 1;
        int[] count = new int[mask + 1];
        long[] src = a;
        long[] dst = new long[n];
        for (int shift = 0; shift < bits; shift += digit) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((src[i] - min) >>> shift) & mask]++;
            }
            boolean same = false;
            int sum = 0;
            for (int b = 0; b <= mask; b++) {
                int c = count[b];
                if (c == n) {
                    same = true;
                    break;
                }
                count[b] = sum;
                sum += c;
            }
            if (same) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                long v = src[i];
                dst[count[(int) ((v - min) >>> shift) & mask]++] = v;
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) {
            System.arraycopy(src, 0, a, 0, n);
        }
    }

    /** Reverses the elements in place ({@code list.reverse}), in whichever storage the list is. */
    @TruffleBoundary
    public void reverse() {
        long[] g = longs;
        if (g != null) {
            reverseLongs(g, size);
            return;
        }
        double[] d = doubles;
        if (d != null) {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                double t = d[i];
                d[i] = d[j];
                d[j] = t;
            }
            return;
        }
        Object[] a = items;
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void reverseLongs(long[] g, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            long t = g[i];
            g[i] = g[j];
            g[j] = t;
        }
    }

    /**
     * The backing object array (only the first {@link #size()} entries are live): a list in a primitive storage
     * moves to the object storage first.
     */
    public Object[] rawItems() {
        if (doubles != null || longs != null) {
            toObjectStorage();
        }
        return items;
    }

    public void clear() {
        items = new Object[4];
        doubles = null;
        longs = null;
        size = 0;
    }
}
