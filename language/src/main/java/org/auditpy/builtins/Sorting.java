package org.auditpy.builtins;

import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.PyOps;

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
        Integer[] idx = null;
        if (keys != items) {
            // sort indexes by key, then permute the items
            Object[] pairsK = keys.clone();
            Object[] order = new Object[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            mergeSort(pairsK, order);
            Object[] copy = items.clone();
            for (int i = 0; i < n; i++) {
                items[i] = copy[(Integer) order[i]];
            }
        } else {
            mergeSort(items, null);
        }
        if (reverse) {
            reverse(items);
        }
    }

    private static void reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean lt(Object a, Object b) {
        return PyOps.isTrue(Comparisons.richCompare(a, b, Comparisons.Op.LT));
    }

    /** Sorts {@code keys} (and {@code sat} along with it, when non-null). */
    private static void mergeSort(Object[] keys, Object[] sat) {
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
                    if (lt(k, keys[m])) {
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
                    if (lt(keys[j], keys[i])) {
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
