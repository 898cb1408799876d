package org.auditpy.builtins;

import org.auditpy.nodes.Calls;
import org.auditpy.runtime.ArgumentBinder;
import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.LoopNode;

/**
 * The sort behind {@code list.sort} and {@code sorted}: stable, ordered only by {@code <}, the key function applied
 * once per item, and for {@code reverse=True} the items reversed before and after a stable sort so that equal items
 * keep their order (CPython's listobject.c {@code list_sort_impl}).
 *
 * <p>
 * Like CPython's pre-sort scan ({@code unsafe_long_compare}, {@code unsafe_latin_compare},
 * {@code unsafe_float_compare}, {@code unsafe_tuple_compare}), keys whose {@code <} cannot run Python code are
 * compared without the rich comparison protocol: when every key is an int, a str or a float, or every key is an
 * exact tuple of one length whose elements are, position by position, all ints, all strs or all floats, the keys
 * are copied into primitive columns ({@link Columns}) and an index permutation is sorted. Such a total order has
 * exactly one stable result, so the algorithm cannot be observed. The columns are compact, so the comparisons do
 * not chase pointers through the heap (a tuple key costs the tuple, its item array and each boxed item). Any other
 * key type is compared with {@code Comparisons.richCompare(a, b, LT)} whose exceptions propagate.
 */
public final class Sorting {
    private Sorting() {
    }

    /** Sorts {@code items} in place, calling {@code key} (or null) once per item first. */
    @TruffleBoundary
    public static void sort(Object[] items, Object key, boolean reverse) {
        Object[] keys = items;
        if (key != null && items.length > 0) {
            keys = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                keys[i] = PyOps.callPositional(key, items[i]);
            }
        }
        sortWithKeys(items, keys, reverse);
    }

    /**
     * The keys of {@code items}: {@code key(item)} for each, called through {@code call} (a cached call node of the
     * builtin, so the key function is called directly and inlines when the builtin is compiled, instead of one
     * uncached call per item). Exceptions of the key function propagate.
     */
    public static Object[] applyKey(Calls.Dispatch call, Object key, Object[] items) {
        int n = items.length;
        Object[] keys = new Object[n];
        for (int i = 0; i < n; i++) {
            keys[i] = call.execute(key, new Object[]{items[i]}, ArgumentBinder.NO_KEYWORDS);
        }
        if (n > 0) {
            LoopNode.reportLoopCount(call, n);
        }
        return keys;
    }

    /**
     * Sorts {@code items} in place by {@code keys} (the same array when there is no key function; else parallel to
     * {@code items}, and reordered too).
     */
    @TruffleBoundary
    public static void sortWithKeys(Object[] items, Object[] keys, boolean reverse) {
        int n = items.length;
        if (n < 2) {
            return;
        }
        if (reverse) {
            reverse(items);
            if (keys != items) {
                reverse(keys);
            }
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        Columns columns = Columns.of(keys);
        if (columns != null) {
            mergeSortColumns(perm, columns);
        } else {
            mergeSort(perm, new Generic(keys));
        }
        Object[] copy = items.clone();
        for (int i = 0; i < n; i++) {
            items[i] = copy[perm[i]];
        }
        if (keys != items) {
            System.arraycopy(keys, 0, copy, 0, n);
            for (int i = 0; i < n; i++) {
                keys[i] = copy[perm[i]];
            }
        }
        if (reverse) {
            reverse(items);
            if (keys != items) {
                reverse(keys);
            }
        }
    }

    private static void reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** {@code keys[a] < keys[b]} for two key indexes. */
    private abstract static class Less {
        abstract boolean lt(int a, int b);
    }

    /** Keys of any type: Python's {@code <} (which may run Python code and raise). */
    private static final class Generic extends Less {
        private final Object[] keys;

        Generic(Object[] keys) {
            this.keys = keys;
        }

        @Override
        boolean lt(int a, int b) {
            return PyOps.isTrue(Comparisons.richCompare(keys[a], keys[b], Comparisons.Op.LT));
        }
    }

    /**
     * Keys as columns of longs: the key itself (one column) or each position of equal-length exact tuples. An int
     * column holds the values; a float column an order-preserving encoding (no NaN, -0.0 as 0.0); a str column the
     * first code points of each string (each plus one, so that a shorter string sorts first) packed into 63 bits
     * with as few bits per code point as the column's largest code point needs (seven per long for Latin-1 text),
     * plus the strings themselves for ties of that prefix unless every string of the column fits in it.
     */
    private static final class Columns extends Less {
        private static final int MAX_WIDTH = 8;
        private final long[][] pre;
        private final String[][] str;

        private Columns(long[][] pre, String[][] str) {
            this.pre = pre;
            this.str = str;
        }

        static Columns of(Object[] keys) {
            int n = keys.length;
            Object first = keys[0];
            if (first instanceof PyTuple t0) {
                int width = t0.size();
                if (width == 0 || width > MAX_WIDTH) {
                    return null;
                }
                for (Object k : keys) {
                    if (!(k instanceof PyTuple t) || t.size() != width || t.getPythonClass().isHeapType()) {
                        return null;
                    }
                }
                long[][] pre = new long[width][];
                String[][] str = new String[width][];
                Object[] col = new Object[n];
                for (int j = 0; j < width; j++) {
                    for (int i = 0; i < n; i++) {
                        col[i] = ((PyTuple) keys[i]).get(j);
                    }
                    if (!encodeColumn(col, pre, str, j)) {
                        return null;
                    }
                }
                return new Columns(pre, str);
            }
            long[][] pre = new long[1][];
            String[][] str = new String[1][];
            return encodeColumn(keys, pre, str, 0) ? new Columns(pre, str) : null;
        }

        /** Encodes one column into {@code pre[j]} (and {@code str[j]}); false when it has no primitive order. */
        private static boolean encodeColumn(Object[] col, long[][] pre, String[][] str, int j) {
            int n = col.length;
            Class<?> c = col[0].getClass();
            long[] p = new long[n];
            if (c == Long.class) {
                for (int i = 0; i < n; i++) {
                    if (!(col[i] instanceof Long l)) {
                        return false;
                    }
                    p[i] = l;
                }
            } else if (c == Double.class) {
                for (int i = 0; i < n; i++) {
                    if (!(col[i] instanceof Double dd)) {
                        return false;
                    }
                    double d = dd;
                    if (d != d) {
                        return false; // NaN: the order would depend on the algorithm
                    }
                    long bits = Double.doubleToRawLongBits(d == 0.0 ? 0.0 : d);
                    p[i] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
                }
            } else if (c == String.class) {
                String[] s = new String[n];
                int maxCp = 0;
                int maxLen = 0;
                for (int i = 0; i < n; i++) {
                    if (!(col[i] instanceof String st)) {
                        return false;
                    }
                    s[i] = st;
                    int len = 0;
                    for (int k = 0; k < st.length(); len++) {
                        int cp = st.codePointAt(k);
                        k += Character.charCount(cp);
                        maxCp = Math.max(maxCp, cp);
                    }
                    maxLen = Math.max(maxLen, len);
                }
                int bits = 32 - Integer.numberOfLeadingZeros(maxCp + 1);
                int chars = 63 / bits;
                for (int i = 0; i < n; i++) {
                    p[i] = prefix(s[i], bits, chars);
                }
                str[j] = maxLen <= chars ? null : s;
            } else {
                return false;
            }
            pre[j] = p;
            return true;
        }

        /** The first {@code chars} code points, each plus one, {@code bits} bits each: orders like compareStrings. */
        private static long prefix(String s, int bits, int chars) {
            long r = 0;
            int i = 0;
            int len = s.length();
            for (int k = 0; k < chars; k++) {
                long cp = 0;
                if (i < len) {
                    int c = s.codePointAt(i);
                    i += Character.charCount(c);
                    cp = c + 1;
                }
                r = (r << bits) | cp;
            }
            return r;
        }

        @Override
        boolean lt(int a, int b) {
            long x = pre[0][a];
            long y = pre[0][b];
            if (x != y) {
                return x < y;
            }
            return tieLt(a, b);
        }

        /** {@code <} of rows {@code a} and {@code b} whose first column prefixes are equal. */
        boolean tieLt(int a, int b) {
            String[][] str = this.str;
            long[][] pre = this.pre;
            for (int j = 0; j < pre.length; j++) {
                if (j > 0) {
                    long[] p = pre[j];
                    long x = p[a];
                    long y = p[b];
                    if (x != y) {
                        return x < y;
                    }
                }
                String[] s = str[j];
                if (s != null) {
                    int c = Comparisons.compareStrings(s[a], s[b]);
                    if (c != 0) {
                        return c < 0;
                    }
                }
            }
            return false;
        }
    }

    /**
     * {@link #mergeSort} for {@link Columns}: the first column's value travels with each index ({@code k}
     * parallel to {@code perm}), so that most comparisons read two adjacent longs instead of two random rows.
     */
    private static void mergeSortColumns(int[] perm, Columns c) {
        int n = perm.length;
        long[] k = c.pre[0].clone();
        for (int lo = 0; lo < n; lo += RUN) {
            int hi = Math.min(lo + RUN, n);
            for (int i = lo + 1; i < hi; i++) {
                int pi = perm[i];
                long ki = k[i];
                if (!(ki < k[i - 1] || ki == k[i - 1] && c.tieLt(pi, perm[i - 1]))) {
                    continue;
                }
                int l = lo;
                int r = i - 1;
                while (l < r) {
                    int m = (l + r) >>> 1;
                    if (ki < k[m] || ki == k[m] && c.tieLt(pi, perm[m])) {
                        r = m;
                    } else {
                        l = m + 1;
                    }
                }
                System.arraycopy(perm, l, perm, l + 1, i - l);
                System.arraycopy(k, l, k, l + 1, i - l);
                perm[l] = pi;
                k[l] = ki;
            }
        }
        if (n <= RUN) {
            return;
        }
        int[] src = perm;
        int[] dst = new int[n];
        long[] ksrc = k;
        long[] kdst = new long[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                if (mid >= hi || !(ksrc[mid] < ksrc[mid - 1] || ksrc[mid] == ksrc[mid - 1] && c.tieLt(src[mid], src[mid - 1]))) {
                    System.arraycopy(src, lo, dst, lo, hi - lo);
                    System.arraycopy(ksrc, lo, kdst, lo, hi - lo);
                    continue;
                }
                int i = lo;
                int j = mid;
                int o = lo;
                while (i < mid && j < hi) {
                    long kj = ksrc[j];
                    long ki = ksrc[i];
                    if (kj < ki || kj == ki && c.tieLt(src[j], src[i])) {
                        kdst[o] = kj;
                        dst[o++] = src[j++];
                    } else {
                        kdst[o] = ki;
                        dst[o++] = src[i++];
                    }
                }
                if (i < mid) {
                    System.arraycopy(src, i, dst, o, mid - i);
                    System.arraycopy(ksrc, i, kdst, o, mid - i);
                } else {
                    System.arraycopy(src, j, dst, o, hi - j);
                    System.arraycopy(ksrc, j, kdst, o, hi - j);
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
            long[] kt = ksrc;
            ksrc = kdst;
            kdst = kt;
        }
        if (src != perm) {
            System.arraycopy(src, 0, perm, 0, n);
        }
    }

    private static final int RUN = 32;

    /**
     * Stable merge sort of the index permutation {@code perm} by {@code less}: binary insertion sort of short runs,
     * then bottom-up merges alternating between two arrays (a merge whose halves are already in order is a copy).
     */
    private static void mergeSort(int[] perm, Less less) {
        int n = perm.length;
        for (int lo = 0; lo < n; lo += RUN) {
            int hi = Math.min(lo + RUN, n);
            for (int i = lo + 1; i < hi; i++) {
                int k = perm[i];
                if (!less.lt(k, perm[i - 1])) {
                    continue;
                }
                int l = lo;
                int r = i - 1;
                while (l < r) {
                    int m = (l + r) >>> 1;
                    if (less.lt(k, perm[m])) {
                        r = m;
                    } else {
                        l = m + 1;
                    }
                }
                System.arraycopy(perm, l, perm, l + 1, i - l);
                perm[l] = k;
            }
        }
        if (n <= RUN) {
            return;
        }
        int[] src = perm;
        int[] dst = new int[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                if (mid >= hi || !less.lt(src[mid], src[mid - 1])) {
                    System.arraycopy(src, lo, dst, lo, hi - lo);
                    continue;
                }
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    if (less.lt(src[j], src[i])) {
                        dst[k++] = src[j++];
                    } else {
                        dst[k++] = src[i++];
                    }
                }
                if (i < mid) {
                    System.arraycopy(src, i, dst, k, mid - i);
                } else {
                    System.arraycopy(src, j, dst, k, hi - j);
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != perm) {
            System.arraycopy(src, 0, perm, 0, n);
        }
    }
}
