package org.auditpy.builtins;

import java.math.BigInteger;
import java.util.List;

import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySlice;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** enumerate, zip, map, filter, reversed (Java iterators), range and slice (Python/bltinmodule.c, rangeobject.c, sliceobject.c). */
public final class IterTypes extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return IterTypesFactory.getFactories();
    }

    static void installAll(PythonContext ctx) {
        BuiltinTypes t = ctx.types();
        for (PyType it : new PyType[]{t.enumerate, t.zip, t.map, t.filter, t.reversed}) {
            BuiltinsInstaller.install(ctx, it.getDict(), new IteratorBuiltins(), it.getName(), true);
        }
        BuiltinsInstaller.install(ctx, t.enumerate.getDict(), new IterTypes(), "enumerate", true);
        t.zip.getDict().setStr("__new__", t.enumerate.getDict().getStr("__zip_new__"));
        t.map.getDict().setStr("__new__", t.enumerate.getDict().getStr("__map_new__"));
        t.filter.getDict().setStr("__new__", t.enumerate.getDict().getStr("__filter_new__"));
        t.reversed.getDict().setStr("__new__", t.enumerate.getDict().getStr("__reversed_new__"));
        for (String n : new String[]{"__zip_new__", "__map_new__", "__filter_new__", "__reversed_new__"}) {
            t.enumerate.getDict().removeItem(n);
        }
        BuiltinsInstaller.install(ctx, t.range.getDict(), new RangeBuiltins(), "range", true);
        BuiltinsInstaller.install(ctx, t.slice.getDict(), new SliceBuiltins(), "slice", true);
    }

    // ------------------------------------------------------------------------------------------ iterators

    /**
     * {@code enumerate} (Objects/enumobject.c): the index is kept as a long while it is one ({@code en_index});
     * {@link #bigCount} holds it from a start outside the long range or past {@code Long.MAX_VALUE} on
     * ({@code en_longindex}). A {@code for} loop steps it without a tuple ({@code Statements.ForRepeat}).
     */
    public static final class Enumerate extends PyIterator {
        final Object it;
        /** The next index while {@link #bigCount} is null. */
        private long count;
        /** The next index once it is no long (an int object), else null. */
        private Object bigCount;

        Enumerate(PyType cls, Object it, Object start) {
            super(cls);
            this.it = it;
            if (start instanceof Long l) {
                this.count = l;
            } else {
                this.bigCount = start;
            }
        }

        /** The underlying iterator. */
        public Object iterator() {
            return it;
        }

        /** Whether the next index is a long below {@code Long.MAX_VALUE} ({@link #takeSmallIndex} may be used). */
        public boolean hasSmallIndex() {
            return bigCount == null && count != Long.MAX_VALUE;
        }

        /** The next index, when {@link #hasSmallIndex}, and advances it. */
        public long takeSmallIndex() {
            return count++;
        }

        private Object takeIndex() {
            if (hasSmallIndex()) {
                return takeSmallIndex();
            }
            Object c = bigCount == null ? (Object) count : bigCount;
            bigCount = org.auditpy.runtime.Arithmetic.binary(c, 1L, org.auditpy.runtime.Arithmetic.BinOp.ADD);
            return c;
        }

        /** The tuple of the next index and {@code v} (the item just taken from the iterator). */
        @TruffleBoundary
        public PyTuple pairWith(Object v) {
            return PyTuple.of(takeIndex(), v);
        }

        @Override
        public Object next() {
            Object v = PyOps.next(it);
            if (v == null) {
                return null;
            }
            return PyTuple.of(takeIndex(), v);
        }
    }

    /** A {@code zip} object (zip_next): its iterators, strict or not, and whether it has ended. */
    public static final class Zip extends PyIterator {
        final Object[] its;
        final boolean strict;
        boolean done;

        /**
         * The two iterators of a non-strict zip of two iterables that has not ended, else null: the shape that
         * {@code Iteration.NextNode} steps in compiled code. The caller calls {@link #end} when either ends.
         */
        public Object[] pairOrNull() {
            return its.length == 2 && !strict && !done ? its : null;
        }

        /** Marks the zip as ended (every later next() answers the end without touching the iterators). */
        public void end() {
            done = true;
        }

        Zip(PyType cls, Object[] its, boolean strict) {
            super(cls);
            this.its = its;
            this.strict = strict;
        }

        @Override
        public Object next() {
            if (done || its.length == 0) {
                return null;
            }
            Object[] r = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = PyOps.next(its[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw PyErrors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (PyOps.next(its[j]) != null) {
                                throw PyErrors.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                    }
                    return null;
                }
                r[i] = v;
            }
            return PyTuple.of(r);
        }
    }

    /**
     * {@code filter(function, iterable)} (filter_next): the items for which the function (or, when it is None or
     * {@code bool}, the item itself) is true. Its loop consumers ({@code Iteration.NextNode}) step the source and call
     * the function through cached nodes; {@link #next} is the generic step.
     */
    public static final class FilterIter extends PyIterator {
        final Object fn;
        final Object it;

        /** The predicate: a callable, or None. */
        public Object getFunction() {
            return fn;
        }

        /** The source iterator. */
        public Object getSource() {
            return it;
        }

        /** Whether an item is tested by its own truth (the function is None or {@code bool}). */
        public boolean testsItself() {
            return fn == PyNone.NONE || fn == PythonContext.get().types().bool;
        }

        FilterIter(PyType cls, Object fn, Object it) {
            super(cls);
            this.fn = fn;
            this.it = it;
        }

        @Override
        public Object next() {
            Object v;
            while ((v = PyOps.next(it)) != null) {
                boolean ok;
                try {
                    ok = testsItself() ? PyOps.isTrue(v) : PyOps.isTrue(PyOps.callPositional(fn, v));
                } catch (PyException e) {
                    // a StopIteration out of the predicate ends the filter (as map's function)
                    if (PyOps.isException(e, "StopIteration")) {
                        return null;
                    }
                    throw e;
                }
                if (ok) {
                    return v;
                }
            }
            return null;
        }
    }

    static final class Reversed extends PyIterator {
        final Object seq;
        long index;

        Reversed(PyType cls, Object seq, long len) {
            super(cls);
            this.seq = seq;
            this.index = len - 1;
        }

        @Override
        public Object next() {
            if (index < 0) {
                return null;
            }
            try {
                return PyOps.getItem(seq, index--);
            } catch (PyException e) {
                if (PyOps.isException(e, "IndexError") || PyOps.isException(e, "StopIteration")) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "__new__", params = {"cls", "iterable", "start="}, isStatic = true)
    @GenerateNodeFactory
    abstract static class EnumerateNewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newEnum(Object cls, Object iterable, Object start) {
            Object s = start == PyNone.NO_VALUE ? (Object) 0L : start;
            if (!PyOps.isInt(s)) {
                s = BuiltinFunctions.indexBig(s);
                s = PyOps.normalize((BigInteger) s);
            } else if (s instanceof Boolean b) {
                s = b ? 1L : 0L;
            }
            return new Enumerate((PyType) cls, PyOps.getIter(iterable), s);
        }
    }

    @Builtin(name = "__zip_new__", params = {"cls", "*iterables", "strict="}, isStatic = true)
    @GenerateNodeFactory
    abstract static class ZipNewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newZip(Object cls, Object iterables, Object strict) {
            Object[] a = ((PyTuple) iterables).items();
            Object[] its = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                its[i] = PyOps.getIter(a[i]);
            }
            return new Zip((PyType) cls, its, strict != PyNone.NO_VALUE && PyOps.isTrue(strict));
        }
    }

    @Builtin(name = "__map_new__", params = {"cls", "*args"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class MapNewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newMap(Object cls, Object args) {
            Object[] a = ((PyTuple) args).items();
            if (a.length < 2) {
                throw PyErrors.typeError("map() must have at least two arguments.");
            }
            Object[] its = new Object[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                its[i - 1] = PyOps.getIter(a[i]);
            }
            return new PyIterator.MapIterator((PyType) cls, a[0], its);
        }
    }

    @Builtin(name = "__filter_new__", params = {"cls", "*args"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class FilterNewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newFilter(Object cls, Object args) {
            Object[] a = ((PyTuple) args).items();
            if (a.length != 2) {
                throw PyErrors.typeError("filter expected 2 arguments, got " + a.length);
            }
            return new FilterIter((PyType) cls, a[0], PyOps.getIter(a[1]));
        }
    }

    @Builtin(name = "__reversed_new__", params = {"cls", "sequence", "/"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class ReversedNewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newReversed(Object cls, Object seq) {
            Object rev = PyOps.typeOf(seq).lookup("__reversed__");
            if (rev == PyNone.NONE) {
                throw PyErrors.typeError("'" + PyOps.typeName(seq) + "' object is not reversible");
            }
            if (rev != null) {
                return PyOps.callDescriptor(rev, seq);
            }
            if (seq instanceof PyList l) {
                return new Reversed((PyType) cls, seq, l.size());
            }
            if (seq instanceof PyDict || PyOps.typeOf(seq).lookup("__getitem__") == null || PyOps.typeOf(seq).lookup("__len__") == null) {
                if (!(seq instanceof String || seq instanceof PyTuple)) {
                    throw PyErrors.typeError("'" + PyOps.typeName(seq) + "' object is not reversible");
                }
            }
            return new Reversed((PyType) cls, seq, PyOps.len(seq));
        }
    }

    // ------------------------------------------------------------------------------------------ range

    /**
     * A {@code range} object (Objects/rangeobject.c). Bounds are arbitrary Python ints. An ordinary range (start, stop,
     * step and length all fit a long) keeps only the long fields, which the for-loop fast path
     * ({@link org.auditpy.runtime.RangeSupport#fastRange}) reads; a range with any of the four beyond 64 bits keeps
     * them as BigIntegers in {@link #big} ({start, stop, step, length}), and its long fields are 0 with
     * {@code length == -1}.
     */
    public static final class PyRange extends PythonObject {
        public final long start;
        public final long stop;
        public final long step;
        public final long length;
        /** {start, stop, step, length} of a range beyond longs, else null. */
        public final BigInteger[] big;

        private PyRange(PyType cls, long start, long stop, long step, long length, BigInteger[] big) {
            super(cls);
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.length = length;
            this.big = big;
        }

        /** A range of long bounds ({@code step != 0}); one longer than Long.MAX_VALUE items goes the BigInteger way. */
        public static PyRange of(PyType cls, long start, long stop, long step) {
            long lo = step > 0 ? start : stop;
            long hi = step > 0 ? stop : start;
            long d = hi - lo;
            if (hi <= lo) {
                return new PyRange(cls, start, stop, step, 0, null);
            } else if (d > 0 && step != Long.MIN_VALUE) {
                // the distance fits a long (a wrapped one is negative): no BigInteger per range object
                return new PyRange(cls, start, stop, step, (d - 1) / Math.abs(step) + 1, null);
            }
            return ofBig(cls, BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
        }

        /** A range of Python ints (Long or BigInteger, {@code step != 0}). */
        @TruffleBoundary
        public static PyRange ofInts(PyType cls, Object start, Object stop, Object step) {
            if (start instanceof Long a && stop instanceof Long b && step instanceof Long c) {
                return of(cls, (long) a, (long) b, (long) c);
            }
            return ofBig(cls, PyOps.toBig(start), PyOps.toBig(stop), PyOps.toBig(step));
        }

        @TruffleBoundary
        private static PyRange ofBig(PyType cls, BigInteger start, BigInteger stop, BigInteger step) {
            // compute_range_length: (hi - lo - 1) // |step| + 1, or 0
            BigInteger lo = step.signum() > 0 ? start : stop;
            BigInteger hi = step.signum() > 0 ? stop : start;
            BigInteger n = hi.compareTo(lo) <= 0 ? BigInteger.ZERO : hi.subtract(lo).subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
            if (start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64 && n.bitLength() < 64) {
                return new PyRange(cls, start.longValue(), stop.longValue(), step.longValue(), n.longValue(), null);
            }
            return new PyRange(cls, 0, 0, 0, -1, new BigInteger[]{start, stop, step, n});
        }

        /** True if the bounds or the length go beyond longs. */
        public boolean isBig() {
            return big != null;
        }

        /** start as a Python int. */
        public Object startObj() {
            return big == null ? (Object) start : PyOps.normalize(big[0]);
        }

        /** stop as a Python int. */
        public Object stopObj() {
            return big == null ? (Object) stop : PyOps.normalize(big[1]);
        }

        /** step as a Python int. */
        public Object stepObj() {
            return big == null ? (Object) step : PyOps.normalize(big[2]);
        }

        /** The number of items as a Python int. */
        public Object lengthObj() {
            return big == null ? (Object) length : PyOps.normalize(big[3]);
        }

        @TruffleBoundary
        BigInteger bigStart() {
            return big == null ? BigInteger.valueOf(start) : big[0];
        }

        @TruffleBoundary
        BigInteger bigStop() {
            return big == null ? BigInteger.valueOf(stop) : big[1];
        }

        @TruffleBoundary
        BigInteger bigStep() {
            return big == null ? BigInteger.valueOf(step) : big[2];
        }

        @TruffleBoundary
        BigInteger bigLength() {
            return big == null ? BigInteger.valueOf(length) : big[3];
        }

        long item(long i) {
            return start + i * step;
        }

        /** start + i * step (compute_item). */
        @TruffleBoundary
        BigInteger bigItem(BigInteger i) {
            return bigStart().add(i.multiply(bigStep()));
        }
    }

    static PyRange range(Object o) {
        if (o instanceof PyRange r) {
            return r;
        }
        throw PyErrors.typeError("descriptor requires a 'range' object but received a '" + PyOps.typeName(o) + "'");
    }

    // ------------------------------------------------------------------------------------------ slice

    static PySlice slice(Object o) {
        if (o instanceof PySlice s) {
            return s;
        }
        throw PyErrors.typeError("descriptor requires a 'slice' object but received a '" + PyOps.typeName(o) + "'");
    }


}
