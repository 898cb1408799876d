package org.auditpy.builtins;

import org.auditpy.nodes.Calls;
import org.auditpy.runtime.ArgumentBinder;
import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;

import org.auditpy.nodes.CallsFactory;
import org.auditpy.nodes.Statements;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.frame.VirtualFrame;

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
 * are copied into primitive columns ({@link Columns}) and an index permutation is sorted: the leading columns
 * packed into one long per key where their ranges fit, by a radix sort when that long alone orders the keys, else
 * by a merge sort. Such a total order has
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
     * The running state of a {@link KeyLoop}, kept in frame slot 0 of the sorting builtin's root: the keys so far,
     * either as objects ({@link #keys}) or, while every key is an exact tuple of the loop's width, as one column
     * per tuple position ({@link #cols}; {@code keys} is then null). The items are objects ({@link #items}) or the
     * ints of a list in the int storage ({@link #longs}), boxed one at a time for the key function's call.
     */
    static final class KeyState {
        final Object key;
        final Object[] items;
        final long[] longs;
        final int length;
        Object[] keys;
        /** One column per tuple position: a {@code long[]} where {@code intColumns} said ints, else an {@code Object[]}. */
        Object[] cols;
        int next;

        KeyState(Object key, Object items, int width, boolean[] intColumns) {
            this.key = key;
            this.items = items instanceof Object[] o ? o : null;
            this.longs = items instanceof long[] g ? g : null;
            this.length = length(items);
            if (width > 0) {
                cols = new Object[width];
                for (int j = 0; j < width; j++) {
                    cols[j] = intColumns[j] ? new long[length] : new Object[length];
                }
            } else {
                keys = new Object[length];
            }
        }

        /** Leaves column mode: the first {@code n} keys become tuples again (equal to the key function's). */
        @TruffleBoundary
        void spill(int n) {
            keys = new Object[length];
            System.arraycopy(tuples(cols), 0, keys, 0, n);
            cols = null;
        }

        /** Column {@code j} of ints becomes a column of objects (its first {@code n} ints boxed), which it returns. */
        @TruffleBoundary
        Object[] boxColumn(int j, int n) {
            if (cols[j] instanceof Object[] done) {
                return done;
            }
            long[] ints = (long[]) cols[j];
            Object[] boxed = new Object[length];
            for (int i = 0; i < n; i++) {
                boxed[i] = ints[i];
            }
            cols[j] = boxed;
            return boxed;
        }
    }

    /** The keys of a sort kept as tuple columns ({@link KeyState#cols}). */
    static final class KeyColumns {
        final Object[] cols;

        KeyColumns(Object[] cols) {
            this.cols = cols;
        }
    }

    /**
     * The keys of a sort: {@code key(item)} for each item, in order; exceptions of the key function propagate. The key
     * function is called through a cached call node, and the loop runs over state in frame slot 0 of the builtin's
     * root (which must declare that slot: {@link PythonBuiltinNode#frameSlotCount()}) as a Python function's loop
     * does ({@link Statements.TransferOSRLoop}): a sort called a few times over many items compiles its key loop,
     * with the key function inlined, by on-stack replacement. (As a plain loop it ran interpreted until the builtin
     * had been called often enough to be compiled whole: {@code sorted(..., key=...)} called three times a
     * repetition of bench/programs/listsort.py, in its 8th repetition; and a Truffle {@code LoopNode}'s OSR
     * compilation, whose weight in the compile queue does not grow while it waits, was never picked.)
     * <p>
     * Once a sort's keys were all exact tuples of one width (up to {@link Columns#MAX_WIDTH}), the next sorts keep
     * the tuples' items in columns and not the tuples: a key function such as {@code lambda p: (p[0], p[1])},
     * inlined here, then allocates no tuple at all (the compiler's escape analysis removes it), and the columns
     * are what {@link Columns} orders anyway. A key of another kind turns the tuples back into tuples and ends the
     * speculation for this node.
     */
    static final class KeyLoop extends Statements.TransferOSRLoop {
        private static final int UNSEEN = -1;
        private static final int OBJECTS = 0;

        @Child private Calls.Dispatch call = CallsFactory.DispatchNodeGen.create();
        /** The tuple width of the keys, or UNSEEN (no sort yet), or OBJECTS (keys kept as they are). */
        @CompilationFinal private int width = UNSEEN;
        /**
         * Per tuple position, while every key had an int there: the column is a {@code long[]} (a key tuple made
         * unboxed, {@link PyTuple#longsOrNull}, gives its ints without a box).
         */
        @CompilationFinal(dimensions = 1) private boolean[] intColumns;

        static KeyLoop create() {
            return new KeyLoop();
        }

        /**
         * The keys: an {@code Object[]} parallel to {@code items} (an {@code Object[]}, or a {@code long[]} of ints), or
         * the {@link KeyColumns} of tuple keys.
         */
        Object keys(VirtualFrame frame, Object key, Object items) {
            KeyState s = new KeyState(key, items, width, intColumns);
            frame.setObject(0, s);
            try {
                runLoop(frame);
            } finally {
                frame.setObject(0, null);
            }
            if (width == UNSEEN && s.length > 0) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                width = tupleWidth(s.keys);
                intColumns = width > 0 ? Sorting.intColumns(s.keys, width) : null;
            }
            return s.cols != null ? new KeyColumns(s.cols) : s.keys;
        }

        /** One key; false when every item has its key. */
        @Override
        protected boolean iterate(VirtualFrame frame) {
            KeyState s = (KeyState) frame.getObject(0);
            int i = s.next;
            if (i >= s.length) {
                return false;
            }
            // an int item's box is made here, in compiled code: a key function inlined here that only computes with
            // it (lambda x: x % 10) lets the compiler remove it
            long[] longs = s.longs;
            Object item = longs != null ? (Object) longs[i] : s.items[i];
            Object k = call.execute(s.key, new Object[]{item}, ArgumentBinder.NO_KEYWORDS);
            Object[] cols = s.cols;
            if (cols == null) {
                s.keys[i] = k;
            } else if (k instanceof PyTuple t && t.size() == width && !t.getPythonClass().isHeapType()) {
                store(s, t, i);
            } else {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                width = OBJECTS;
                s.spill(i);
                s.keys[i] = k;
            }
            s.next = i + 1;
            return true;
        }

        /** Stores the items of key tuple {@code t} at row {@code i} of the columns. */
        @ExplodeLoop
        private void store(KeyState s, PyTuple t, int i) {
            Object[] cols = s.cols;
            long[] ints = t.longsOrNull();
            for (int j = 0; j < width; j++) {
                Object c = cols[j];
                if (intColumns[j] && c instanceof long[] lc) {
                    if (ints != null) {
                        lc[i] = ints[j];
                        continue;
                    }
                    Object o = t.get(j);
                    if (o instanceof Long l) {
                        lc[i] = l;
                        continue;
                    }
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    intColumns[j] = false;
                    c = s.boxColumn(j, i);
                } else if (c instanceof long[]) {
                    // a sort run by this node's key function from inside it ended the ints of this column
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    c = s.boxColumn(j, i);
                }
                ((Object[]) c)[i] = t.get(j);
            }
        }


        @Override
        public void executeVoid(VirtualFrame frame) {
            runLoop(frame);
        }

        /** The common width of {@code keys} if all are exact tuples of one width in 1..MAX_WIDTH, else OBJECTS. */
        private static int tupleWidth(Object[] keys) {
            if (!(keys[0] instanceof PyTuple t0) || t0.size() == 0 || t0.size() > Columns.MAX_WIDTH) {
                return OBJECTS;
            }
            for (Object k : keys) {
                if (!(k instanceof PyTuple t) || t.size() != t0.size() || t.getPythonClass().isHeapType()) {
                    return OBJECTS;
                }
            }
            return t0.size();
        }
    }

    /** Per position of the keys (exact tuples of {@code width} items): whether every key has an int there. */
    private static boolean[] intColumns(Object[] keys, int width) {
        boolean[] ints = new boolean[width];
        java.util.Arrays.fill(ints, true);
        for (Object k : keys) {
            PyTuple t = (PyTuple) k;
            if (t.longsOrNull() == null) {
                for (int j = 0; j < width; j++) {
                    ints[j] &= t.get(j) instanceof Long;
                }
            }
        }
        return ints;
    }

    /**
     * The keys a {@link KeyLoop} gave ({@code Object[]} or {@link KeyColumns}): sorts {@code items} (an
     * {@code Object[]}, or a {@code long[]} of ints) by them.
     */
    static void sortByKeys(Object items, Object keys, boolean reverse) {
        if (keys instanceof KeyColumns kc) {
            sortWithColumns(items, kc.cols, reverse);
        } else {
            sortItemsWithKeys(items, (Object[]) keys, reverse);
        }
    }

    /**
     * Tuples of the rows of {@code cols} (exact tuples, as the key function returned them; each column an
     * {@code Object[]} or a {@code long[]}).
     */
    private static Object[] tuples(Object[] cols) {
        int n = length(cols[0]);
        Object[] keys = new Object[n];
        for (int i = 0; i < n; i++) {
            Object[] row = new Object[cols.length];
            for (int j = 0; j < cols.length; j++) {
                row[j] = cols[j] instanceof long[] ints ? (Object) ints[i] : ((Object[]) cols[j])[i];
            }
            keys[i] = PyTuple.of(row);
        }
        return keys;
    }

    /**
     * Sorts {@code items} in place by {@code keys} (the same array when there is no key function; else parallel to
     * {@code items}, and left in no particular order: no caller reads them after the sort).
     */
    @TruffleBoundary
    public static void sortWithKeys(Object[] items, Object[] keys, boolean reverse) {
        sortItemsWithKeys(items, keys, reverse);
    }

    /** As {@link #sortWithKeys}, the items an {@code Object[]} or a {@code long[]} (then {@code keys} is another array). */
    @TruffleBoundary
    static void sortItemsWithKeys(Object items, Object[] keys, boolean reverse) {
        if (length(items) < 2) {
            return;
        }
        if (keys.length <= SMALL_SORT && insertionSortByKeys(items, keys, reverse)) {
            return;
        }
        if (reverse) {
            reverse(items);
            if (keys != items) {
                reverse(keys);
            }
        }
        sortPermuted(items, keys, Columns.of(keys), reverse);
    }

    /**
     * {@code sorted()} of fewer than 64 instances of Python classes, in compiled code: CPython's listsort for such a
     * list is one run (count_run, then binarysort over the rest: the same comparisons, in the same order, as
     * {@link TimSort}), and each {@code <} is the comparison expression's own node, so that a class's Python
     * {@code __lt__} is called through its cached dispatch and can be inlined. The general sort, behind a boundary,
     * looked the method up and called it indirectly for each comparison, and allocated its merge state: 420 ns for
     * three items (CPython 260).
     */
    public static final class SmallSort extends com.oracle.truffle.api.nodes.Node {
        /** CPython's MIN_MERGE: a shorter list is sorted as one run. */
        static final int MAX = 63;
        @Child private org.auditpy.nodes.Expressions.Compare less = org.auditpy.nodes.ExpressionsFactory.CompareNodeGen.create(Comparisons.Op.LT,
                        null, null);

        public static SmallSort create() {
            return new SmallSort();
        }

        /** Whether this node sorts {@code a}: a few items, the first an instance of a Python class. */
        public static boolean applies(Object[] a) {
            return a.length >= 2 && a.length <= MAX && PyOps.isInstanceOfClass(a[0]);
        }

        /**
         * Sorts {@code a} in place, stably ({@code reverse}: as CPython, reversed before and after, also when a
         * comparison raises).
         */
        public void sort(Object[] a, boolean reverse) {
            if (reverse) {
                Sorting.reverse(a);
            }
            try {
                sortRun(a);
            } finally {
                if (reverse) {
                    Sorting.reverse(a);
                }
            }
        }

        /** count_run, the run reversed if descending, then binarysort of the rest into it. */
        private void sortRun(Object[] a) {
            int n = a.length;
            int run = 2;
            int i = 2;
            if (lt(a[1], a[0])) {
                while (i < n && lt(a[i], a[i - 1])) {
                    i++;
                    run++;
                }
                reverse(a, 0, run);
            } else {
                while (i < n && !lt(a[i], a[i - 1])) {
                    i++;
                    run++;
                }
            }
            for (int start = run; start < n; start++) {
                Object pivot = a[start];
                int l = 0;
                int r = start;
                do {
                    int p = l + ((r - l) >> 1);
                    if (lt(pivot, a[p])) {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                } while (l < r);
                for (int p = start; p > l; p--) {
                    a[p] = a[p - 1];
                }
                a[l] = pivot;
            }
        }

        private boolean lt(Object x, Object y) {
            return org.auditpy.nodes.Expressions.truth(less.executeOperands(x, y));
        }
    }

    /**
     * Up to this many items whose keys are all str or all int are sorted by insertion, without the columns and the
     * permutation of the general sort (which cost 250-300 ns of set-up for three items).
     */
    private static final int SMALL_SORT = 16;

    /**
     * Sorts a few items in place by their keys by insertion, when the keys are all str or all int (whose comparisons
     * run no Python code and cannot fail, so that any stable order is CPython's): stable, an item moving only past
     * greater keys, or smaller ones when {@code reverse}, as CPython's reverse sort keeps equal items in their
     * order. {@code items} is an {@code Object[]} (possibly {@code keys} itself) or a {@code long[]}; false, with both
     * unchanged, when a key is of another type.
     */
    private static boolean insertionSortByKeys(Object items, Object[] keys, boolean reverse) {
        boolean strs = keys[0] instanceof String;
        for (Object k : keys) {
            if (strs ? !(k instanceof String) : !(k instanceof Long)) {
                return false;
            }
        }
        Object[] objs = items instanceof Object[] o && o != keys ? o : null;
        long[] longs = items instanceof long[] g ? g : null;
        for (int i = 1; i < keys.length; i++) {
            Object xk = keys[i];
            Object xo = objs != null ? objs[i] : null;
            long xl = longs != null ? longs[i] : 0;
            int j = i - 1;
            while (j >= 0) {
                int c = strs ? Comparisons.compareStrings((String) keys[j], (String) xk) : Long.compare((Long) keys[j], (Long) xk);
                if (reverse ? c >= 0 : c <= 0) {
                    break;
                }
                keys[j + 1] = keys[j];
                if (objs != null) {
                    objs[j + 1] = objs[j];
                } else if (longs != null) {
                    longs[j + 1] = longs[j];
                }
                j--;
            }
            keys[j + 1] = xk;
            if (objs != null) {
                objs[j + 1] = xo;
            } else if (longs != null) {
                longs[j + 1] = xl;
            }
        }
        return true;
    }

    /**
     * As {@link #sortWithKeys}, the keys exact tuples given by their columns (one array per tuple position, an
     * {@code Object[]} or a {@code long[]} of ints).
     */
    @TruffleBoundary
    static void sortWithColumns(Object items, Object[] cols, boolean reverse) {
        if (length(items) < 2) {
            return;
        }
        if (reverse) {
            reverse(items);
            for (Object c : cols) {
                reverse(c);
            }
        }
        Columns columns = Columns.ofColumns(cols);
        sortPermuted(items, columns == null ? tuples(cols) : null, columns, reverse);
    }

    /** Sorts by {@code columns} if not null, else by {@code keys}; the items and keys already reversed for reverse. */
    private static void sortPermuted(Object items, Object[] keys, Columns columns, boolean reverse) {
        int n = length(items);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        try {
            if (columns != null) {
                if (columns.totalBits >= 0 && n >= RADIX_MIN) {
                    radixSort(perm, columns.pre[0], columns.totalBits);
                } else {
                    mergeSortColumns(perm, columns);
                }
            } else {
                Less less = InstanceLt.of(keys);
                new TimSort(perm, less != null ? less : new Generic(keys)).sort();
            }
        } finally {
            // also when a comparison raised: the items as far as the sort got (a permutation), as CPython leaves them
            if (items instanceof long[] g) {
                long[] copy = g.clone();
                for (int i = 0; i < n; i++) {
                    g[i] = copy[perm[i]];
                }
            } else {
                Object[] o = (Object[]) items;
                Object[] copy = org.auditpy.runtime.Sequences.copyOf(o);
                for (int i = 0; i < n; i++) {
                    o[i] = copy[perm[i]];
                }
            }
            if (reverse) {
                reverse(items);
            }
        }
    }

    /** The length of sort items: an {@code Object[]} or a {@code long[]}. */
    static int length(Object items) {
        return items instanceof long[] g ? g.length : ((Object[]) items).length;
    }

    private static void reverse(Object items) {
        if (items instanceof long[] g) {
            for (int i = 0, j = g.length - 1; i < j; i++, j--) {
                long t = g[i];
                g[i] = g[j];
                g[j] = t;
            }
        } else {
            reverse((Object[]) items);
        }
    }

    private static void reverse(Object[] a) {
        reverse(a, 0, a.length);
    }

    /** Reverses {@code a[lo..hi)} in place. */
    private static void reverse(Object[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
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
     * Keys that are all instances of one Python class whose {@code __lt__} is a Python function of two positional
     * parameters (records sorted by their own order): the function's call target is called directly, without the
     * method's lookup and the generic call of each comparison (sorting 1,000 such keys: 300 ns a key, CPython 70).
     * As {@link Generic} otherwise: one level of {@code " in comparison"} each, NotImplemented goes on to the
     * reflected method, and a change of the class during the sort sends the rest of it through the generic path.
     */
    private static final class InstanceLt extends Less {
        private final Object[] keys;
        private final org.auditpy.runtime.PyFunction lt;
        private final com.oracle.truffle.api.Assumption stable;
        private final Generic generic;

        private InstanceLt(Object[] keys, org.auditpy.runtime.PyFunction lt, com.oracle.truffle.api.Assumption stable) {
            this.keys = keys;
            this.lt = lt;
            this.stable = stable;
            this.generic = new Generic(keys);
        }

        /** The comparison for {@code keys}, or null when they are not such instances. */
        static InstanceLt of(Object[] keys) {
            if (keys.length < 2 || !(keys[0] instanceof org.auditpy.runtime.PythonObject first) || !PyOps.isInstanceOfClass(first)) {
                return null;
            }
            org.auditpy.runtime.PyType type = first.getPythonClass();
            for (Object k : keys) {
                if (!(k instanceof org.auditpy.runtime.PythonObject po) || po.getPythonClass() != type) {
                    return null;
                }
            }
            if (!(type.lookup("__lt__") instanceof org.auditpy.runtime.PyFunction fn)) {
                return null;
            }
            org.auditpy.runtime.Signature sig = fn.getCode().getSignature();
            if (!sig.isSimple() || sig.positional.length != 2) {
                return null;
            }
            return new InstanceLt(keys, fn, type.getStableAssumption());
        }

        @Override
        boolean lt(int a, int b) {
            if (!stable.isValid()) {
                return generic.lt(a, b);
            }
            Object x = keys[a];
            Object y = keys[b];
            org.auditpy.runtime.PythonContext ctx = org.auditpy.runtime.PythonContext.get();
            org.auditpy.runtime.Recursion.enter(ctx, org.auditpy.runtime.Recursion.COMPARE);
            Object r;
            try {
                r = lt.getCode().getCallTarget().call(org.auditpy.runtime.FrameArgs.exactPositional(lt, new Object[]{x, y}));
                if (r == org.auditpy.runtime.PyNone.NOT_IMPLEMENTED) {
                    r = Comparisons.afterNotImplemented(x, y, Comparisons.Op.LT, false);
                }
            } catch (StackOverflowError e) {
                throw org.auditpy.runtime.Recursion.stackOverflow(org.auditpy.runtime.Recursion.COMPARE);
            } finally {
                org.auditpy.runtime.Recursion.leave(ctx);
            }
            return r instanceof Boolean bool ? bool : PyOps.isTrue(r);
        }
    }

    /**
     * Keys as columns of longs: the key itself (one column) or each position of equal-length exact tuples. An int
     * column holds the values; a float column an order-preserving encoding (no NaN, -0.0 as 0.0); a str column the
     * first code points of each string (each plus one, so that a shorter string sorts first) packed into 63 bits
     * with as few bits per code point as the column's largest code point needs (seven per long for Latin-1 text),
     * no more code points than the column's longest string has, plus the strings themselves for ties of that prefix
     * unless every string of the column fits in it.
     */
    private static final class Columns extends Less {
        private static final int MAX_WIDTH = 8;
        private final long[][] pre;
        private final String[][] str;
        /**
         * When the first column alone orders the rows (one column, no strings for ties): how many bits its values
         * use (all of them are in {@code [0, 2^totalBits)}); else -1.
         */
        final int totalBits;

        private Columns(long[][] pre, String[][] str, int totalBits) {
            this.pre = pre;
            this.str = str;
            this.totalBits = totalBits;
        }

        /**
         * The columns with the leading ones packed into one: each column's values minus the column's minimum take as
         * many bits as the column's range needs, and as many leading columns as fit in 63 bits are concatenated
         * (the first in the highest bits), so one long comparison orders them as the lexicographic comparison of
         * the columns would. A column joins only if no column before it in the pack needs its strings for ties.
         */
        private static Columns pack(long[][] pre, String[][] str) {
            int width = pre.length;
            int n = pre[0].length;
            long[] mins = new long[width];
            int[] bits = new int[width];
            int m = 0;
            int total = 0;
            for (int j = 0; j < width; j++) {
                if (j > 0 && str[j - 1] != null) {
                    break;
                }
                long[] p = pre[j];
                long lo = Long.MAX_VALUE;
                long hi = Long.MIN_VALUE;
                for (int i = 0; i < n; i++) {
                    long v = p[i];
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                long range = hi - lo;
                if (range < 0) {
                    break; // the range itself needs 64 bits
                }
                int b = 64 - Long.numberOfLeadingZeros(range);
                if (total + b > 63) {
                    break;
                }
                total += b;
                mins[j] = lo;
                bits[j] = b;
                m = j + 1;
            }
            if (m == 0) {
                return new Columns(pre, str, -1);
            }
            long[] packed = new long[n];
            for (int j = 0; j < m; j++) {
                long[] p = pre[j];
                long lo = mins[j];
                int b = bits[j];
                for (int i = 0; i < n; i++) {
                    packed[i] = (packed[i] << b) | (p[i] - lo);
                }
            }
            long[][] pre2 = new long[width - m + 1][];
            String[][] str2 = new String[width - m + 1][];
            pre2[0] = packed;
            str2[0] = str[m - 1];
            System.arraycopy(pre, m, pre2, 1, width - m);
            System.arraycopy(str, m, str2, 1, width - m);
            return new Columns(pre2, str2, pre2.length == 1 && str2[0] == null ? total : -1);
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
                boolean[] ints = intColumns(keys, width);
                Object[] cols = new Object[width];
                for (int j = 0; j < width; j++) {
                    cols[j] = ints[j] ? new long[n] : new Object[n];
                }
                for (int i = 0; i < n; i++) {
                    PyTuple t = (PyTuple) keys[i];
                    long[] tl = t.longsOrNull();
                    for (int j = 0; j < width; j++) {
                        if (cols[j] instanceof long[] lc) {
                            lc[i] = tl != null ? tl[j] : (Long) t.get(j);
                        } else {
                            ((Object[]) cols[j])[i] = t.get(j);
                        }
                    }
                }
                return ofColumns(cols);
            }
            long[][] pre = new long[1][];
            String[][] str = new String[1][];
            return encodeColumn(keys, pre, str, 0) ? pack(pre, str) : null;
        }

        /**
         * The columns of exact tuple keys given position by position ({@code Object[]} or {@code long[]} of ints),
         * or null when one has no primitive order.
         */
        static Columns ofColumns(Object[] cols) {
            int width = cols.length;
            long[][] pre = new long[width][];
            String[][] str = new String[width][];
            for (int j = 0; j < width; j++) {
                if (!encodeColumn(cols[j], pre, str, j)) {
                    return null;
                }
            }
            return pack(pre, str);
        }

        /**
         * Encodes one column ({@code Object[]}, or a {@code long[]} of ints, which is its own encoding) into
         * {@code pre[j]} (and {@code str[j]}); false when it has no primitive order.
         */
        private static boolean encodeColumn(Object column, long[][] pre, String[][] str, int j) {
            if (column instanceof long[] ints) {
                pre[j] = ints;
                return true;
            }
            Object[] col = (Object[]) column;
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
                int chars = Math.min(63 / bits, maxLen);
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
     * A stable merge sort (binary insertion sort of short runs, then bottom-up merges) for {@link Columns}: the first
     * column's value travels with each index ({@code k} parallel to {@code perm}), so that most comparisons read two
     * adjacent longs instead of two random rows.
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

    /**
     * CPython's timsort (Objects/listobject.c {@code list_sort_impl}, Objects/listsort.txt, 3.11: powersort merge
     * order) over an index permutation, for keys whose {@code <} is Python code that can see the order of the
     * comparisons: runs found by {@code count_run} (descending ones reversed), short runs extended to
     * {@code minrun} by binary insertion, runs merged in powersort order with galloping ({@code merge_lo},
     * {@code merge_hi}, {@code gallop_left}, {@code gallop_right}, {@code min_gallop} adapting). The same
     * comparisons in the same order as CPython's, so a key's {@code __lt__} sees what it would there. When a
     * comparison raises, each merge puts its temporary items back first: the permutation stays whole.
     */
    private static final class TimSort {
        private static final int MIN_GALLOP = 7;
        /** CPython's MAX_MERGE_PENDING for 64-bit sizes. */
        private static final int MAX_PENDING = 85;
        private final int[] a;
        private final Less less;
        private int minGallop = MIN_GALLOP;
        private int[] tmp = new int[0];
        private final int[] runBase = new int[MAX_PENDING];
        private final int[] runLen = new int[MAX_PENDING];
        private final int[] runPower = new int[MAX_PENDING];
        private int pending;

        TimSort(int[] a, Less less) {
            this.a = a;
            this.less = less;
        }

        private boolean lt(int x, int y) {
            return less.lt(x, y);
        }

        void sort() {
            int n = a.length;
            if (n < 2) {
                return;
            }
            int minrun = minrun(n);
            int lo = 0;
            int remaining = n;
            do {
                int run = countRun(lo, lo + remaining);
                if (run < 0) {
                    run = -run;
                    reverse(lo, lo + run);
                }
                if (run < minrun) {
                    int force = Math.min(remaining, minrun);
                    binarySort(lo, lo + force, lo + run);
                    run = force;
                }
                foundNewRun(run);
                runBase[pending] = lo;
                runLen[pending] = run;
                pending++;
                lo += run;
                remaining -= run;
            } while (remaining > 0);
            while (pending > 1) {
                int i = pending - 2;
                if (i > 0 && runLen[i - 1] < runLen[i + 1]) {
                    i--;
                }
                mergeAt(i);
            }
        }

        private static int minrun(int n) {
            int r = 0;
            while (n >= 64) {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        /** The length of the run at {@code lo}: negative for a strictly descending one (count_run). */
        private int countRun(int lo, int hi) {
            if (lo + 1 == hi) {
                return 1;
            }
            int n = 2;
            int i = lo + 1;
            if (lt(a[i], a[i - 1])) {
                for (i++; i < hi && lt(a[i], a[i - 1]); i++) {
                    n++;
                }
                return -n;
            }
            for (i++; i < hi && !lt(a[i], a[i - 1]); i++) {
                n++;
            }
            return n;
        }

        private void reverse(int lo, int hi) {
            for (int i = lo, j = hi - 1; i < j; i++, j--) {
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }

        /** Binary insertion of {@code a[start..hi)} into the sorted {@code a[lo..start)} (binarysort). */
        private void binarySort(int lo, int hi, int start) {
            if (lo == start) {
                start++;
            }
            for (; start < hi; start++) {
                int pivot = a[start];
                int l = lo;
                int r = start;
                do {
                    int p = l + ((r - l) >> 1);
                    if (lt(pivot, a[p])) {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                } while (l < r);
                System.arraycopy(a, l, a, l + 1, start - l);
                a[l] = pivot;
            }
        }

        /** The powersort merges due before a run of length {@code n2} is pushed (found_new_run, powerloop). */
        private void foundNewRun(int n2) {
            if (pending == 0) {
                return;
            }
            long s1 = runBase[pending - 1];
            long n1 = runLen[pending - 1];
            long n = a.length;
            int power = 0;
            long x = 2 * s1 + n1;
            long y = x + n1 + n2;
            while (true) {
                power++;
                if (x >= n) {
                    x -= n;
                    y -= n;
                } else if (y >= n) {
                    break;
                }
                x <<= 1;
                y <<= 1;
            }
            while (pending > 1 && runPower[pending - 2] > power) {
                mergeAt(pending - 2);
            }
            runPower[pending - 1] = power;
        }

        /** Merges runs {@code i} and {@code i + 1} (merge_at). */
        private void mergeAt(int i) {
            int pa = runBase[i];
            int na = runLen[i];
            int pb = runBase[i + 1];
            int nb = runLen[i + 1];
            runLen[i] = na + nb;
            if (i == pending - 3) {
                runBase[i + 1] = runBase[i + 2];
                runLen[i + 1] = runLen[i + 2];
                runPower[i + 1] = runPower[i + 2];
            }
            pending--;
            // where b's first element goes in a: the items of a before that are in place
            int k = gallopRight(a[pb], a, pa, na, 0);
            pa += k;
            na -= k;
            if (na == 0) {
                return;
            }
            // where a's last element goes in b: the items of b after that are in place
            nb = gallopLeft(a[pa + na - 1], a, pb, nb, nb - 1);
            if (nb <= 0) {
                return;
            }
            if (na <= nb) {
                mergeLo(pa, na, pb, nb);
            } else {
                mergeHi(pa, na, pb, nb);
            }
        }

        /**
         * The position in {@code arr[base..base+n)} (sorted) where {@code key} goes before every equal item,
         * galloping from {@code hint} (gallop_left).
         */
        private int gallopLeft(int key, int[] arr, int base, int n, int hint) {
            int lastOfs = 0;
            int ofs = 1;
            if (lt(arr[base + hint], key)) {
                int maxOfs = n - hint;
                while (ofs < maxOfs && lt(arr[base + hint + ofs], key)) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                ofs = Math.min(ofs, maxOfs);
                lastOfs += hint;
                ofs += hint;
            } else {
                int maxOfs = hint + 1;
                while (ofs < maxOfs && !lt(arr[base + hint - ofs], key)) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                ofs = Math.min(ofs, maxOfs);
                int t = lastOfs;
                lastOfs = hint - ofs;
                ofs = hint - t;
            }
            lastOfs++;
            while (lastOfs < ofs) {
                int m = lastOfs + ((ofs - lastOfs) >> 1);
                if (lt(arr[base + m], key)) {
                    lastOfs = m + 1;
                } else {
                    ofs = m;
                }
            }
            return ofs;
        }

        /** As {@link #gallopLeft}, but after every equal item (gallop_right). */
        private int gallopRight(int key, int[] arr, int base, int n, int hint) {
            int lastOfs = 0;
            int ofs = 1;
            if (lt(key, arr[base + hint])) {
                int maxOfs = hint + 1;
                while (ofs < maxOfs && lt(key, arr[base + hint - ofs])) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                ofs = Math.min(ofs, maxOfs);
                int t = lastOfs;
                lastOfs = hint - ofs;
                ofs = hint - t;
            } else {
                int maxOfs = n - hint;
                while (ofs < maxOfs && !lt(key, arr[base + hint + ofs])) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                ofs = Math.min(ofs, maxOfs);
                lastOfs += hint;
                ofs += hint;
            }
            lastOfs++;
            while (lastOfs < ofs) {
                int m = lastOfs + ((ofs - lastOfs) >> 1);
                if (lt(key, arr[base + m])) {
                    ofs = m;
                } else {
                    lastOfs = m + 1;
                }
            }
            return ofs;
        }

        private int[] tmp(int n) {
            if (tmp.length < n) {
                tmp = new int[n];
            }
            return tmp;
        }

        /** Merges the shorter run a (before b) left to right through a copy of a (merge_lo). */
        private void mergeLo(int pa, int na, int pb, int nb) {
            int[] t = tmp(na);
            System.arraycopy(a, pa, t, 0, na);
            int ia = 0;
            int ib = pb;
            int dest = pa;
            try {
                a[dest++] = a[ib++];
                nb--;
                if (nb == 0) {
                    return;
                }
                if (na == 1) {
                    copyB(t, ia, ib, nb, dest);
                    na = 0;
                    return;
                }
                int mg = minGallop;
                outer:
                while (true) {
                    int acount = 0;
                    int bcount = 0;
                    while (true) {
                        if (lt(a[ib], t[ia])) {
                            a[dest++] = a[ib++];
                            bcount++;
                            acount = 0;
                            nb--;
                            if (nb == 0) {
                                break outer;
                            }
                            if (bcount >= mg) {
                                break;
                            }
                        } else {
                            a[dest++] = t[ia++];
                            acount++;
                            bcount = 0;
                            na--;
                            if (na == 1) {
                                copyB(t, ia, ib, nb, dest);
                                na = 0;
                                return;
                            }
                            if (acount >= mg) {
                                break;
                            }
                        }
                    }
                    mg++;
                    do {
                        mg -= mg > 1 ? 1 : 0;
                        minGallop = mg;
                        int k = gallopRight(a[ib], t, ia, na, 0);
                        acount = k;
                        if (k != 0) {
                            System.arraycopy(t, ia, a, dest, k);
                            dest += k;
                            ia += k;
                            na -= k;
                            if (na == 1) {
                                copyB(t, ia, ib, nb, dest);
                                na = 0;
                                return;
                            }
                            if (na == 0) {
                                break outer;
                            }
                        }
                        a[dest++] = a[ib++];
                        nb--;
                        if (nb == 0) {
                            break outer;
                        }
                        k = gallopLeft(t[ia], a, ib, nb, 0);
                        bcount = k;
                        if (k != 0) {
                            System.arraycopy(a, ib, a, dest, k);
                            dest += k;
                            ib += k;
                            nb -= k;
                            if (nb == 0) {
                                break outer;
                            }
                        }
                        a[dest++] = t[ia++];
                        na--;
                        if (na == 1) {
                            copyB(t, ia, ib, nb, dest);
                            na = 0;
                            return;
                        }
                    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                    mg++;
                    minGallop = mg;
                }
            } finally {
                // what is left of a goes after what was merged (also when a comparison raised)
                if (na > 0) {
                    System.arraycopy(t, ia, a, dest, na);
                }
            }
        }

        /** The rest of b, then a's last item, which belongs at the end (merge_lo's CopyB). */
        private void copyB(int[] t, int ia, int ib, int nb, int dest) {
            System.arraycopy(a, ib, a, dest, nb);
            a[dest + nb] = t[ia];
        }

        /** Merges run a with the shorter run b right to left through a copy of b (merge_hi). */
        private void mergeHi(int pa, int na, int pb, int nb) {
            int[] t = tmp(nb);
            System.arraycopy(a, pb, t, 0, nb);
            int dest = pb + nb - 1;
            int ia = pa + na - 1;
            int ib = nb - 1;
            try {
                a[dest--] = a[ia--];
                na--;
                if (na == 0) {
                    return;
                }
                if (nb == 1) {
                    copyA(t, ia, ib, na, dest);
                    nb = 0;
                    return;
                }
                int mg = minGallop;
                outer:
                while (true) {
                    int acount = 0;
                    int bcount = 0;
                    while (true) {
                        if (lt(t[ib], a[ia])) {
                            a[dest--] = a[ia--];
                            acount++;
                            bcount = 0;
                            na--;
                            if (na == 0) {
                                break outer;
                            }
                            if (acount >= mg) {
                                break;
                            }
                        } else {
                            a[dest--] = t[ib--];
                            bcount++;
                            acount = 0;
                            nb--;
                            if (nb == 1) {
                                copyA(t, ia, ib, na, dest);
                                nb = 0;
                                return;
                            }
                            if (bcount >= mg) {
                                break;
                            }
                        }
                    }
                    mg++;
                    do {
                        mg -= mg > 1 ? 1 : 0;
                        minGallop = mg;
                        int k = na - gallopRight(t[ib], a, pa, na, na - 1);
                        acount = k;
                        if (k != 0) {
                            dest -= k;
                            ia -= k;
                            System.arraycopy(a, ia + 1, a, dest + 1, k);
                            na -= k;
                            if (na == 0) {
                                break outer;
                            }
                        }
                        a[dest--] = t[ib--];
                        nb--;
                        if (nb == 1) {
                            copyA(t, ia, ib, na, dest);
                            nb = 0;
                            return;
                        }
                        k = nb - gallopLeft(a[ia], t, 0, nb, nb - 1);
                        bcount = k;
                        if (k != 0) {
                            dest -= k;
                            ib -= k;
                            System.arraycopy(t, ib + 1, a, dest + 1, k);
                            nb -= k;
                            if (nb == 1) {
                                copyA(t, ia, ib, na, dest);
                                nb = 0;
                                return;
                            }
                            if (nb == 0) {
                                break outer;
                            }
                        }
                        a[dest--] = a[ia--];
                        na--;
                        if (na == 0) {
                            break outer;
                        }
                    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                    mg++;
                    minGallop = mg;
                }
            } finally {
                // what is left of b goes before what was merged (also when a comparison raised)
                if (nb > 0) {
                    System.arraycopy(t, 0, a, dest - (nb - 1), nb);
                }
            }
        }

        /** a's remaining items shift right by one and b's first item goes before them (merge_hi's CopyA). */
        private void copyA(int[] t, int ia, int ib, int na, int dest) {
            dest -= na;
            ia -= na;
            System.arraycopy(a, ia + 1, a, dest + 1, na);
            a[dest] = t[ib];
        }
    }

    /** From how many keys {@link #radixSort} replaces {@link #mergeSortColumns} (its counts cost a fixed time). */
    private static final int RADIX_MIN = 256;

    /**
     * A stable LSD radix sort of {@code perm} by {@code key} (parallel to {@code perm}, values in
     * {@code [0, 2^bits)}): a few counting passes over digits of at most 11 bits, each skipped when all keys share
     * that digit. When the key bits and an index fit in 63 bits together, the index rides in each key's low bits so
     * that each pass moves one array. O(n) per pass, with no comparisons, unlike the merge sort's n log n.
     */
    private static void radixSort(int[] perm, long[] key, int bits) {
        int n = perm.length;
        if (bits == 0) {
            return; // all keys are equal: the stable order is the given one
        }
        int digit = Math.max(4, Math.min(11, 31 - Integer.numberOfLeadingZeros(n) - 1));
        int passes = (bits + digit - 1) / digit;
        digit = (bits + passes - 1) / passes;
        int mask = (1 << digit) - 1;
        int[] count = new int[mask + 1];
        int idxBits = 32 - Integer.numberOfLeadingZeros(n - 1);
        RadixScratch scratch = RadixScratch.take(n);
        try {
            if (bits + idxBits <= 63) {
                long[] src = scratch.keys;
                for (int i = 0; i < n; i++) {
                    src[i] = (key[perm[i]] << idxBits) | i;
                }
                long[] dst = scratch.keys2;
                for (int shift = idxBits; shift < idxBits + bits; shift += digit) {
                    if (countDigits(src, n, count, shift, mask)) {
                        continue;
                    }
                    for (int i = 0; i < n; i++) {
                        long v = src[i];
                        dst[count[(int) (v >>> shift) & mask]++] = v;
                    }
                    long[] t = src;
                    src = dst;
                    dst = t;
                }
                int idxMask = (int) ((1L << idxBits) - 1);
                int[] orig = scratch.perm;
                System.arraycopy(perm, 0, orig, 0, n);
                for (int i = 0; i < n; i++) {
                    perm[i] = orig[(int) src[i] & idxMask];
                }
                return;
            }
            long[] ksrc = scratch.keys;
            for (int i = 0; i < n; i++) {
                ksrc[i] = key[perm[i]];
            }
            long[] kdst = scratch.keys2;
            int[] psrc = perm;
            int[] pdst = scratch.perm;
            for (int shift = 0; shift < bits; shift += digit) {
                if (countDigits(ksrc, n, count, shift, mask)) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    long v = ksrc[i];
                    int o = count[(int) (v >>> shift) & mask]++;
                    kdst[o] = v;
                    pdst[o] = psrc[i];
                }
                long[] kt = ksrc;
                ksrc = kdst;
                kdst = kt;
                int[] pt = psrc;
                psrc = pdst;
                pdst = pt;
            }
            if (psrc != perm) {
                System.arraycopy(psrc, 0, perm, 0, n);
            }
        } finally {
            scratch.give();
        }
    }

    /**
     * The work arrays of {@link #radixSort}, kept per thread between sorts of up to {@link #MAX_KEPT} items (2.6 MB):
     * a program sorting large lists in a loop allocated two {@code long[n]} and an {@code int[n]} per column of each
     * sort, a fifth of bench/programs/listsort.py's allocation (JFR), which set how often its young collections came.
     * A sort inside a sort (a key function that sorts) takes fresh arrays while the outer one holds these.
     */
    private static final class RadixScratch {
        static final int MAX_KEPT = 1 << 17;
        private static final ThreadLocal<RadixScratch> KEPT = new ThreadLocal<>();

        final long[] keys;
        final long[] keys2;
        final int[] perm;

        private RadixScratch(int n) {
            keys = new long[n];
            keys2 = new long[n];
            perm = new int[n];
        }

        /** Arrays of at least {@code n} items: the thread's kept ones when they are free and large enough. */
        static RadixScratch take(int n) {
            RadixScratch kept = KEPT.get();
            if (kept != null && kept.keys.length >= n) {
                KEPT.set(null);
                return kept;
            }
            // room for a somewhat larger sort next time, within what is kept
            return new RadixScratch(n <= MAX_KEPT ? Math.min(MAX_KEPT, n + (n >> 2)) : n);
        }

        /** Keeps these arrays for the thread's next sort, unless they are too large to keep. */
        void give() {
            if (keys.length <= MAX_KEPT) {
                RadixScratch kept = KEPT.get();
                if (kept == null || kept.keys.length < keys.length) {
                    KEPT.set(this);
                }
            }
        }
    }

    /**
     * Fills {@code count} with the start offset of each value of the digit {@code (v >>> shift) & mask}; true when
     * every value has the same digit (the pass would not move anything).
     */
    private static boolean countDigits(long[] a, int n, int[] count, int shift, int mask) {
        java.util.Arrays.fill(count, 0);
        for (int i = 0; i < n; i++) {
            count[(int) (a[i] >>> shift) & mask]++;
        }
        int sum = 0;
        for (int b = 0; b <= mask; b++) {
            int c = count[b];
            if (c == n) {
                return true;
            }
            count[b] = sum;
            sum += c;
        }
        return false;
    }

    /** The length of the runs that binary insertion sorts before {@link #mergeSortColumns} merges them. */
    private static final int RUN = 32;
}
