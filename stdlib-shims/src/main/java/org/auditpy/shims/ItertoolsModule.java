package org.auditpy.shims;

import org.auditpy.builtins.BuiltinsInstaller;
import org.auditpy.builtins.IteratorBuiltins;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Sequences;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code _auditpy_itertools}: the itertools types that auditpy implements in Java, as CPython's
 * Modules/itertoolsmodule.c does, so that a builtin draining one ({@code list(chain(a, b))}, a {@code for} loop,
 * {@code sorted}) steps it with a Java call rather than a Python {@code __next__} per item. stdlib-shims'
 * {@code itertools.py} takes them from here; the others are Python classes there.
 *
 * <ul>
 * <li>{@code chain(*iterables)} and {@code chain.from_iterable(iterable)}: {@link Chain} (chain_new, chain_next).</li>
 * <li>{@code islice(iterable, stop)}, {@code islice(iterable, start, stop[, step])}: {@link ISlice} (islice_new, with
 * CPython's ValueErrors for bounds that are not None or an int in [0, sys.maxsize]).</li>
 * <li>{@code repeat(object[, times])}: {@link Repeat}, with its {@code __length_hint__} and {@code __repr__}.</li>
 * <li>{@code product(*iterables, repeat=1)}: {@link Product}.</li>
 * <li>{@code zip_longest(*iterables, fillvalue=None)}: {@link ZipLongest}.</li>
 * <li>{@code permutations(iterable, r=None)}: {@link Permutations}; {@code combinations(iterable, r)} and
 * {@code combinations_with_replacement(iterable, r)}: {@link Combinations}.</li>
 * </ul>
 */
final class ItertoolsModule {
    private ItertoolsModule() {
    }

    /**
     * A chain: the iterator over the iterables ({@code source}, null once exhausted or failed) and the iterator of
     * the current one ({@code active}, null between iterables), as CPython's chainobject. An error getting the next
     * iterable or its iterator ends the chain (CPython clears its source), and propagates.
     */
    static final class Chain extends PyIterator implements PyIterator.Chaining {
        private Object source;
        private Object active;

        Chain(PyType cls, Object source) {
            super(cls);
            this.source = source;
        }

        @Override
        public Object next() {
            while (active != null || advance()) {
                Object v = Sequences.next(active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }

        @Override
        public Object activeIterator() {
            return active;
        }

        @Override
        @TruffleBoundary
        public boolean advance() {
            if (source == null) {
                return false;
            }
            try {
                Object iterable = Sequences.next(source);
                if (iterable == null) {
                    source = null;
                    return false;
                }
                active = Sequences.getIter(iterable);
                return true;
            } catch (PyException e) {
                source = null;
                throw e;
            }
        }

        @Override
        public void activeEnded() {
            active = null;
        }
    }

    /**
     * An islice (islice_next): {@code next} is the position of the next item to give, {@code cnt} the items taken
     * from the iterator so far, {@code stop} -1 for none; the iterator is dropped (null) at its end or the stop.
     */
    static final class ISlice extends PyIterator {
        private Object it;
        private long next;
        private final long stop;
        private final long step;
        private long cnt;

        ISlice(PyType cls, Object it, long start, long stop, long step) {
            super(cls);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public Object next() {
            Object i = it;
            if (i == null) {
                return null;
            }
            while (cnt < next) {
                if (Sequences.next(i) == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            Object item = Sequences.next(i);
            if (item == null) {
                it = null;
                return null;
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) {
                next = stop;
            }
            return item;
        }
    }

    /**
     * A product (product_next): the pools as arrays, the index into each, and the items of the last tuple; the first
     * call gives the first items (none when a pool is empty; one empty tuple when there are no pools), each later call
     * advances the rightmost index that can move and resets those after it.
     */
    static final class Product extends PyIterator implements PyIterator.CompilableNext {
        private final Object[][] pools;
        private final int[] indices;
        private Object[] items;
        private boolean stopped;

        Product(PyType cls, Object[][] pools) {
            super(cls);
            this.pools = pools;
            this.indices = new int[pools.length];
        }

        @Override
        public Object next() {
            if (stopped) {
                return null;
            }
            int n = pools.length;
            if (items == null) {
                items = new Object[n];
                for (int i = 0; i < n; i++) {
                    if (pools[i].length == 0) {
                        stopped = true;
                        return null;
                    }
                    items[i] = pools[i][0];
                }
                return PyTuple.of(org.auditpy.runtime.Sequences.copyOf(items));
            }
            int i = n - 1;
            for (; i >= 0; i--) {
                Object[] pool = pools[i];
                if (++indices[i] < pool.length) {
                    items[i] = pool[indices[i]];
                    break;
                }
                indices[i] = 0;
                items[i] = pool[0];
            }
            if (i < 0) {
                stopped = true;
                return null;
            }
            return PyTuple.of(org.auditpy.runtime.Sequences.copyOf(items));
        }
    }

    /**
     * A permutations object (permutations_next, Modules/itertoolsmodule.c): the pool, the index order and the cycle
     * counters of the rotation algorithm; each step makes a new tuple of {@code r} items.
     */
    /**
     * The state the combinatoric iterators share: the pool, the length {@code r} of their tuples, the indices into the
     * pool of the last tuple (null before the first) and whether they have ended.
     */
    abstract static class Combinatoric extends PyIterator implements PyIterator.CompilableNext {
        final Object[] pool;
        final int r;
        int[] indices;
        boolean stopped;

        Combinatoric(PyType cls, Object[] pool, int r) {
            super(cls);
            this.pool = pool;
            this.r = r;
        }

        /** The tuple of the pool's items at the first {@code r} indices. */
        final PyTuple current() {
            Object[] items = new Object[r];
            for (int k = 0; k < r; k++) {
                items[k] = pool[indices[k]];
            }
            return PyTuple.of(items);
        }
    }

    static final class Permutations extends Combinatoric {
        private int[] cycles;
        private boolean started;

        Permutations(PyType cls, Object[] pool, int r) {
            super(cls, pool, r);
        }

        @Override
        public Object next() {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (!started) {
                started = true;
                if (r > n) {
                    stopped = true;
                    return null;
                }
                indices = new int[n];
                for (int i = 0; i < n; i++) {
                    indices[i] = i;
                }
                cycles = new int[r];
                for (int i = 0; i < r; i++) {
                    cycles[i] = n - i;
                }
                return current();
            }
            if (n == 0) {
                stopped = true;
                return null;
            }
            int i = r - 1;
            for (; i >= 0; i--) {
                if (--cycles[i] == 0) {
                    // rotate indices[i:] left by one
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int t = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = t;
                    break;
                }
            }
            if (i < 0) {
                stopped = true;
                return null;
            }
            return current();
        }
    }

    /**
     * A combinations object (combinations_next) or, with {@code replacement}, a combinations_with_replacement object
     * (cwr_next): the pool and the indices of the last tuple, advanced as CPython advances them.
     */
    static final class Combinations extends Combinatoric {
        private final boolean replacement;

        Combinations(PyType cls, Object[] pool, int r, boolean replacement) {
            super(cls, pool, r);
            this.replacement = replacement;
        }

        @Override
        public Object next() {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                if (replacement ? n == 0 && r > 0 : r > n) {
                    stopped = true;
                    return null;
                }
                indices = new int[r];
                for (int i = 0; i < r; i++) {
                    indices[i] = replacement ? 0 : i;
                }
                return current();
            }
            int i = r - 1;
            if (replacement) {
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
            } else {
                while (i >= 0 && indices[i] == i + n - r) {
                    i--;
                }
            }
            if (i < 0) {
                stopped = true;
                return null;
            }
            if (replacement) {
                int index = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = index;
                }
            } else {
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            return current();
        }
    }

    /**
     * The arguments of a type whose {@code __new__} Argument Clinic parses ({@code _PyArg_UnpackKeywords}): one per
     * name, by position or keyword, absent optional ones {@link PyNone#NO_VALUE}; CPython's TypeErrors for too many
     * arguments, a missing required one, an unknown keyword or one given twice.
     *
     * @param required how many of {@code names} (the first ones) are required
     */
    static Object[] clinicArgs(String fname, String[] names, int required, Object args, Object kwargs) {
        Object[] pos = ((PyTuple) args).items();
        PyDict kw = kwargs instanceof PyDict d && d.size() > 0 ? d : null;
        int given = pos.length + (kw == null ? 0 : kw.size());
        if (given > names.length) {
            throw PyErrors.typeError(fname + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s") + " (" + given + " given)");
        }
        Object[] out = new Object[names.length];
        int used = 0;
        for (int i = 0; i < names.length; i++) {
            Object v = null;
            if (i < pos.length) {
                v = pos[i];
            } else if (kw != null) {
                v = kw.getStr(names[i]);
                if (v != null) {
                    used++;
                }
            }
            if (v == null) {
                if (i < required) {
                    throw PyErrors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
                }
                v = PyNone.NO_VALUE;
            }
            out[i] = v;
        }
        if (kw != null && used < kw.size()) {
            for (Object key : PyOps.toArray(kw)) {
                int at = key instanceof String ks ? java.util.Arrays.asList(names).indexOf(ks) : -1;
                if (at < 0) {
                    throw PyErrors.typeError("'" + PyOps.str(key) + "' is an invalid keyword argument for " + fname + "()");
                }
                if (at < pos.length) {
                    throw PyErrors.typeError("argument for " + fname + "() given by name ('" + key + "') and position (" + (at + 1) + ")");
                }
            }
        }
        return out;
    }

    /**
     * {@code combinations.__new__} and {@code combinations_with_replacement.__new__} (itertools_combinations_impl,
     * itertools_combinations_with_replacement_impl): r converted to a Py_ssize_t (Argument Clinic), the pool read, then
     * the sign of r checked.
     *
     * @param a {@code cls}, the positional arguments (a tuple) and the keywords (a dict)
     */
    private static Object newCombinations(String name, Object[] a, boolean replacement) {
        Object[] p = clinicArgs(name, new String[]{"iterable", "r"}, 2, a[1], a[2]);
        long r = PyOps.asIndex(p[1]);
        Object[] pool = Sequences.toArray(p[0]);
        if (r < 0) {
            throw PyErrors.valueError("r must be non-negative");
        }
        // more items than a pool can have: no tuple of that length exists
        return new Combinations((PyType) a[0], pool, (int) Math.min(r, Integer.MAX_VALUE - 8), replacement);
    }

    /**
     * A zip_longest (zip_longest_next): the iterators, each null once exhausted, and how many are still active; a
     * tuple takes the fill value in the place of an exhausted one, and the object ends when the last one does, or
     * when one raises.
     */
    static final class ZipLongest extends PyIterator {
        private final Object[] its;
        private final Object fillvalue;
        private int active;

        ZipLongest(PyType cls, Object[] its, Object fillvalue) {
            super(cls);
            this.its = its;
            this.fillvalue = fillvalue;
            this.active = its.length;
        }

        @Override
        public Object next() {
            if (its.length == 0 || active == 0) {
                return null;
            }
            Object[] items = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object it = its[i];
                Object item;
                try {
                    item = it == null ? null : Sequences.next(it);
                } catch (PyException e) {
                    // an error ends the object, as CPython's numactive = 0
                    active = 0;
                    throw e;
                }
                if (item == null) {
                    if (it != null) {
                        its[i] = null;
                        if (--active == 0) {
                            return null;
                        }
                    }
                    item = fillvalue;
                }
                items[i] = item;
            }
            return PyTuple.of(items);
        }
    }

    /** A repeat (repeat_next): {@code cnt} items left, -1 for endless. */
    static final class Repeat extends PyIterator {
        final Object element;
        long cnt;

        Repeat(PyType cls, Object element, long cnt) {
            super(cls);
            this.element = element;
            this.cnt = cnt;
        }

        @Override
        public Object next() {
            if (cnt == 0) {
                return null;
            }
            if (cnt > 0) {
                cnt--;
            }
            return element;
        }
    }

    static final String STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    static final String INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    static final String STEP_MSG = "Step for islice() must be a positive integer or None.";

    /** An islice bound: -1 for None, else its __index__ in [0, sys.maxsize] (ValueError {@code message} otherwise). */
    static long sliceArg(Object v, String message) {
        if (v == PyNone.NONE) {
            return -1;
        }
        Object i;
        try {
            i = PyOps.index(v);
        } catch (PyException e) {
            if (PyOps.isException(e, "TypeError")) {
                throw PyErrors.valueError(message);
            }
            throw e;
        }
        if (!(i instanceof Long l) || l < 0) {
            throw PyErrors.valueError(message);
        }
        return l;
    }

    /**
     * The exact type {@code type} takes no keyword arguments (CPython's {@code _PyArg_NoKeywords}); a subclass's
     * {@code __init__} may take its own.
     */
    private static void noKeywords(Object kwargs, PyType cls, PyType type) {
        if (cls == type && kwargs instanceof PyDict kw && kw.size() > 0) {
            throw PyErrors.typeError(type.getName() + "() takes no keyword arguments");
        }
    }

    /** A type of module itertools, named and documented as CPython's, with the iterator protocol of a Java iterator. */
    private static PyType type(PythonContext ctx, String name, String doc) {
        PyType t = new PyType(ctx.types().type, name, new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER, false);
        t.computeMro(ctx.types().object);
        t.getDict().setStr("__module__", "itertools");
        t.getDict().setStr("__doc__", doc);
        BuiltinsInstaller.install(ctx, t.getDict(), new IteratorBuiltins(), name, true);
        return t;
    }

    /** The functions of {@link #create}, each made at its first call ({@link Fns.Lazy}). */
    private static final class Functions implements Fns.Table {
        private final PythonContext ctx;

        Functions(PythonContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    // repeat_new's PyArg_ParseTupleAndKeywords("O|n:repeat", {"object", "times"}), with its messages
                    Object[] args = ((PyTuple) a[1]).items();
                    PyDict kw = a[2] instanceof PyDict k ? k : null;
                    int given = args.length + (kw == null ? 0 : kw.size());
                    if (given > 2) {
                        throw PyErrors.typeError("repeat() takes at most 2 arguments (" + given + " given)");
                    }
                    Object element = args.length > 0 ? args[0] : null;
                    Object times = args.length > 1 ? args[1] : null;
                    if (kw != null && kw.size() > 0) {
                        for (Object key : PyOps.toArray(kw)) {
                            String name = key instanceof String str ? str : null;
                            int pos = "object".equals(name) ? 0 : "times".equals(name) ? 1 : -1;
                            if (pos < 0) {
                                throw PyErrors.typeError("'" + PyOps.str(key) + "' is an invalid keyword argument for repeat()");
                            }
                            if (pos < args.length) {
                                throw PyErrors.typeError("argument for repeat() given by name ('" + name + "') and position (" + (pos + 1) + ")");
                            }
                            if (pos == 0) {
                                element = kw.getStr(name);
                            } else {
                                times = kw.getStr(name);
                            }
                        }
                    }
                    if (element == null) {
                        throw PyErrors.typeError("repeat() missing required argument 'object' (pos 1)");
                    }
                    return new Repeat((PyType) a[0], element, times == null ? -1 : Math.max(0, Fns.toLong(times)));
                }; // repeat.__new__
                case 1 -> a -> {
                    Repeat r = (Repeat) a[0];
                    if (r.cnt == -1) {
                        throw PyErrors.typeError("len() of unsized object");
                    }
                    return r.cnt;
                }; // repeat.__length_hint__
                case 2 -> a -> {
                    Repeat r = (Repeat) a[0];
                    String name = PyOps.typeOf(r).getName();
                    return r.cnt == -1 ? name + "(" + PyOps.repr(r.element) + ")" : name + "(" + PyOps.repr(r.element) + ", " + r.cnt + ")";
                }; // repeat.__repr__
                case 3 -> a -> {
                    // product_new: only the keyword repeat ("|n:product"), then a tuple of each iterable
                    long times = 1;
                    if (a[2] instanceof PyDict kw && kw.size() > 0) {
                        for (Object key : PyOps.toArray(kw)) {
                            if (!"repeat".equals(key)) {
                                throw PyErrors.typeError("'" + PyOps.str(key) + "' is an invalid keyword argument for product()");
                            }
                        }
                        times = Fns.toLong(kw.getStr("repeat"));
                        if (times < 0) {
                            throw PyErrors.valueError("repeat argument cannot be negative");
                        }
                    }
                    // with repeat=0 the iterables are not read at all
                    Object[] iterables = times == 0 ? new Object[0] : ((PyTuple) a[1]).items();
                    long total = iterables.length * times;
                    if (times != 0 && (total / times != iterables.length || total > Integer.MAX_VALUE - 8)) {
                        throw PyErrors.overflowError("repeat argument too large");
                    }
                    Object[][] pools = new Object[(int) total][];
                    for (int i = 0; i < iterables.length; i++) {
                        pools[i] = Sequences.toArray(iterables[i]);
                    }
                    for (int i = iterables.length; i < pools.length; i++) {
                        pools[i] = pools[i % iterables.length];
                    }
                    return new Product((PyType) a[0], pools);
                }; // product.__new__
                case 4 -> a -> {
                    // zip_longest_new: the one keyword is fillvalue
                    Object fill = PyNone.NONE;
                    if (a[2] instanceof PyDict kw && kw.size() > 0) {
                        fill = kw.size() == 1 ? kw.getStr("fillvalue") : null;
                        if (fill == null) {
                            throw PyErrors.typeError("zip_longest() got an unexpected keyword argument");
                        }
                    }
                    Object[] iterables = ((PyTuple) a[1]).items();
                    Object[] its = new Object[iterables.length];
                    for (int i = 0; i < its.length; i++) {
                        its[i] = Sequences.getIter(iterables[i]);
                    }
                    return new ZipLongest((PyType) a[0], its, fill);
                }; // zipLongest.__new__
                case 5 -> a -> {
                    // itertools_permutations_impl: the pool first, then r (None: the pool's length; else an exact int)
                    Object[] p = clinicArgs("permutations", new String[]{"iterable", "r"}, 1, a[1], a[2]);
                    Object[] pool = Sequences.toArray(p[0]);
                    long r = pool.length;
                    if (!Fns.absentOrNone(p[1])) {
                        if (!PyOps.isInt(p[1])) {
                            throw PyErrors.typeError("Expected int as r");
                        }
                        r = PyOps.asIndex(p[1]);
                        if (r < 0) {
                            throw PyErrors.valueError("r must be non-negative");
                        }
                    }
                    return new Permutations((PyType) a[0], pool, (int) Math.min(r, Integer.MAX_VALUE - 8));
                }; // permutations.__new__
                case 6 -> a -> newCombinations("combinations", a, false); // combinations.__new__
                case 7 -> a -> newCombinations("combinations_with_replacement", a, true); // cwr.__new__
                default -> throw new IllegalArgumentException("Functions " + op);
            };
        }
    }

    static PyModule create(PythonContext ctx) {
        Functions fns = new Functions(ctx);
        PyModule m = Fns.module(ctx, "_auditpy_itertools");
        PyDict ns = m.getDict();
        PyType chain = type(ctx, "chain", "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\n"
                        + "first iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.");
        PyDict d = chain.getDict();
        Fns.staticMethod(ctx, chain, "__new__", "cls, /, *iterables, **kwargs", a -> {
            PyType cls = (PyType) a[0];
            noKeywords(a[2], cls, chain);
            return new Chain(cls, Sequences.getIter(a[1]));
        });
        PyType cm = ctx.types().classmethod;
        d.setStr("from_iterable", new Descriptors.ClassMethod(cm, Fns.fn(ctx, "chain.from_iterable", false, "cls, /, *args", a -> {
            Object[] args = ((PyTuple) a[1]).items();
            if (args.length != 1) {
                throw PyErrors.typeError("chain.from_iterable() takes exactly one argument (" + args.length + " given)");
            }
            return new Chain((PyType) a[0], Sequences.getIter(args[0]));
        })));
        ns.setStr("chain", chain);
        PyType islice = type(ctx, "islice", "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\n"
                        + "Return an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all "
                        + "preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step "
                        + "determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.");
        Fns.staticMethod(ctx, islice, "__new__", "cls, /, *args, **kwargs", a -> {
            PyType cls = (PyType) a[0];
            noKeywords(a[2], cls, islice);
            Object[] args = ((PyTuple) a[1]).items();
            if (args.length < 2) {
                throw PyErrors.typeError("islice expected at least 2 arguments, got " + args.length);
            }
            if (args.length > 4) {
                throw PyErrors.typeError("islice expected at most 4 arguments, got " + args.length);
            }
            long start = 0;
            long stop;
            long step = 1;
            if (args.length == 2) {
                stop = sliceArg(args[1], STOP_MSG);
            } else {
                start = Math.max(0, sliceArg(args[1], INDEX_MSG));
                stop = sliceArg(args[2], STOP_MSG);
                if (args.length == 4 && args[3] != PyNone.NONE) {
                    step = sliceArg(args[3], STEP_MSG);
                    if (step < 1) {
                        throw PyErrors.valueError(STEP_MSG);
                    }
                }
            }
            return new ISlice(cls, Sequences.getIter(args[0]), start, stop, step);
        });
        ns.setStr("islice", islice);
        PyType repeat = type(ctx, "repeat", "repeat(object [,times]) -> create an iterator which returns the object\n"
                        + "for the specified number of times.  If not specified, returns the object\nendlessly.");
        Fns.staticMethod(ctx, repeat, "__new__", "cls, /, *args, **kwargs", fns.lazy(0));
        Fns.method(ctx, repeat, "__length_hint__", "self, /", fns.lazy(1));
        Fns.method(ctx, repeat, "__repr__", "self, /", fns.lazy(2));
        ns.setStr("repeat", repeat);
        PyType product = type(ctx, "product", "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  "
                        + "Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\n"
                        + "The leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer "
                        + "(with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, "
                        + "specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) "
                        + "means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) "
                        + "('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...");
        Fns.staticMethod(ctx, product, "__new__", "cls, /, *iterables, **kwargs", fns.lazy(3));
        ns.setStr("product", product);
        PyType zipLongest = type(ctx, "zip_longest", "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
                        + "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th "
                        + "iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\n"
                        + "is exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is "
                        + "substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.\n");
        Fns.staticMethod(ctx, zipLongest, "__new__", "cls, /, *iterables, **kwargs", fns.lazy(4));
        ns.setStr("zip_longest", zipLongest);
        PyType permutations = type(ctx, "permutations", "Return successive r-length permutations of elements in the iterable.\n\n"
                        + "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");
        Fns.staticMethod(ctx, permutations, "__new__", "cls, /, *args, **kwargs", fns.lazy(5));
        ns.setStr("permutations", permutations);
        PyType combinations = type(ctx, "combinations", "Return successive r-length combinations of elements in the iterable.\n\n"
                        + "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");
        Fns.staticMethod(ctx, combinations, "__new__", "cls, /, *args, **kwargs", fns.lazy(6));
        ns.setStr("combinations", combinations);
        PyType cwr = type(ctx, "combinations_with_replacement", "Return successive r-length combinations of elements in the iterable allowing "
                        + "individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), "
                        + "('A','C'), ('B','B'), ('B','C'), ('C','C')");
        Fns.staticMethod(ctx, cwr, "__new__", "cls, /, *args, **kwargs", fns.lazy(7));
        ns.setStr("combinations_with_replacement", cwr);
        ns.setStr("__all__", PyTuple.of(new Object[]{"chain", "islice", "product", "repeat", "zip_longest", "permutations", "combinations",
                        "combinations_with_replacement"}));
        return m;
    }
}
