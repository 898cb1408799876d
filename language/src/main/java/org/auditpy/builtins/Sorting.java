package org.auditpy.builtins;

import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A stable sort that, like CPython's list.sort, compares only with {@code <} ({@code Comparisons.richCompare}
 * with {@code Op.LT}), applies the key function once per item, and for {@code reverse=True} reverses before
 * and after sorting so that equal items keep their order.
 */
public final class Sorting {
    private Sorting() {
    }

    @TruffleBoundary
    public static void sort(Object[] items, Object key, boolean reverse) {
        int n = items.length;
        if (n < 2) {
            return;
        }
        Object[] keys = items;
        if (key != null) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = PyOps.callPositional(key, items[i]);
            }
        }
        if (reverse) {
            reverse(items);
            if (keys != items) {
                reverse(keys);
            }
        }
        sortKeys(items, keys, modeOf(keys));
        if (reverse) {
            reverse(items);
        }
    }

    private static void sortKeys(Object[] items, Object[] keys, int mode) {
        int n = items.length;
        Integer[] idx = null;
        if (keys != items) {
            // sort indexes by key, then permute the items
            Object[] pairsK = keys.clone();
            Object[] order = new Object[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            mergeSort(pairsK, order, mode);
            Object[] copy = items.clone();
            for (int i = 0; i < n; i++) {
                items[i] = copy[(Integer) order[i]];
            }
        } else {
            mergeSort(items, null, mode);
        }
    }

    private static void reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * How keys compare, chosen by a scan before sorting as CPython's list.sort does (unsafe_long_compare,
     * unsafe_latin_compare, unsafe_float_compare, unsafe_tuple_compare): when every key is an int, a str, a
     * float or an exact tuple, {@code <} needs no dispatch through the rich comparison protocol.
     */
    private static final int GENERIC = 0, LONGS = 1, STRINGS = 2, DOUBLES = 3, TUPLES = 4;

    private static int modeOf(Object[] keys) {
        Object first = keys[0];
        Class<?> c = first.getClass();
        if (c == Long.class || c == String.class || c == Double.class) {
            for (Object k : keys) {
                if (k.getClass() != c) {
                    return GENERIC;
                }
            }
            return c == Long.class ? LONGS : c == String.class ? STRINGS : DOUBLES;
        }
        if (first instanceof PyTuple) {
            for (Object k : keys) {
                if (!(k instanceof PyTuple t) || t.getPythonClass().isHeapType()) {
                    return GENERIC;
                }
            }
            return TUPLES;
        }
        return GENERIC;
    }

    private static boolean lt(int mode, Object a, Object b) {
        switch (mode) {
            case LONGS:
                return (Long) a < (Long) b;
            case STRINGS:
                return Comparisons.compareStrings((String) a, (String) b) < 0;
            case DOUBLES:
                return (Double) a < (Double) b;
            case TUPLES:
                return tupleLt((PyTuple) a, (PyTuple) b);
            default:
                return genericLt(a, b);
        }
    }

    private static boolean genericLt(Object a, Object b) {
        return PyOps.isTrue(Comparisons.richCompare(a, b, Comparisons.Op.LT));
    }

    /** Tuple {@code <}: the first differing element decides (int and str elements compared directly). */
    private static boolean tupleLt(PyTuple ta, PyTuple tb) {
        Object[] a = ta.items();
        Object[] b = tb.items();
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            Object x = a[i];
            Object y = b[i];
            if (x == y) {
                continue;
            }
            if (x instanceof Long lx && y instanceof Long ly) {
                long u = lx;
                long v = ly;
                if (u != v) {
                    return u < v;
                }
                continue;
            }
            if (x instanceof String sx && y instanceof String sy) {
                int c = Comparisons.compareStrings(sx, sy);
                if (c != 0) {
                    return c < 0;
                }
                continue;
            }
            if (!PyOps.equals(x, y)) {
                return genericLt(x, y);
            }
        }
        return a.length < b.length;
    }

    /** Sorts {@code keys} (and {@code sat} along with it, when non-null). */
    private static void mergeSort(Object[] keys, Object[] sat, int mode) {
        int n = keys.length;
        // binary insertion sort of small runs, then bottom-up merges
        final int run = 16;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                Object k = keys[i];
                Object s = sat == null ? null : sat[i];
                int l = lo;
                int r = i;
                while (l < r) {
                    int m = (l + r) >>> 1;
                    if (lt(mode, k, keys[m])) {
                        r = m;
                    } else {
                        l = m + 1;
                    }
                }
                System.arraycopy(keys, l, keys, l + 1, i - l);
                keys[l] = k;
                if (sat != null) {
                    System.arraycopy(sat, l, sat, l + 1, i - l);
                    sat[l] = s;
                }
            }
        }
        Object[] tk = new Object[n];
        Object[] ts = sat == null ? null : new Object[n];
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    if (lt(mode, keys[j], keys[i])) {
                        tk[k] = keys[j];
                        if (ts != null) {
                            ts[k] = sat[j];
                        }
                        j++;
                    } else {
                        tk[k] = keys[i];
                        if (ts != null) {
                            ts[k] = sat[i];
                        }
                        i++;
                    }
                    k++;
                }
                while (i < mid) {
                    tk[k] = keys[i];
                    if (ts != null) {
                        ts[k] = sat[i];
                    }
                    i++;
                    k++;
                }
                while (j < hi) {
                    tk[k] = keys[j];
                    if (ts != null) {
                        ts[k] = sat[j];
                    }
                    j++;
                    k++;
                }
                System.arraycopy(tk, lo, keys, lo, hi - lo);
                if (ts != null) {
                    System.arraycopy(ts, lo, sat, lo, hi - lo);
                }
            }
        }
    }
}
