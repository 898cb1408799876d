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

    static final class Zip extends PyIterator {
        final Object[] its;
        final boolean strict;
        boolean done;

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

    static final class MapIter extends PyIterator {
        final Object fn;
        final Object[] its;

        MapIter(PyType cls, Object fn, Object[] its) {
            super(cls);
            this.fn = fn;
            this.its = its;
        }

        @Override
        public Object next() {
            Object[] a = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = PyOps.next(its[i]);
                if (v == null) {
                    return null;
                }
                a[i] = v;
            }
            return PyOps.callPositional(fn, a);
        }
    }

    static final class FilterIter extends PyIterator {
        final Object fn;
        final Object it;

        FilterIter(PyType cls, Object fn, Object it) {
            super(cls);
            this.fn = fn;
            this.it = it;
        }

        @Override
        public Object next() {
            Object v;
            while ((v = PyOps.next(it)) != null) {
                boolean ok = fn == PyNone.NONE || fn == PythonContext.get().types().bool ? PyOps.isTrue(v) : PyOps.isTrue(PyOps.callPositional(fn, v));
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
            return new MapIter((PyType) cls, a[0], its);
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

    /** A {@code range} object (long bounds; bigger ones raise OverflowError). */
    public static final class PyRange extends PythonObject {
        public final long start;
        public final long stop;
        public final long step;
        public final long length;

        public PyRange(PyType cls, long start, long stop, long step) {
            super(cls);
            this.start = start;
            this.stop = stop;
            this.step = step;
            long n;
            long lo = step > 0 ? start : stop;
            long hi = step > 0 ? stop : start;
            long d = hi - lo;
            if (hi <= lo) {
                n = 0;
            } else if (d > 0 && step != Long.MIN_VALUE) {
                // the distance fits a long (a wrapped one is negative): no BigInteger per range object
                n = (d - 1) / Math.abs(step) + 1;
            } else if (step > 0) {
                n = stop > start ? (long) ((BigInteger.valueOf(stop).subtract(BigInteger.valueOf(start)).subtract(BigInteger.ONE))
                                .divide(BigInteger.valueOf(step)).longValue() + 1) : 0;
            } else {
                n = start > stop ? (long) ((BigInteger.valueOf(start).subtract(BigInteger.valueOf(stop)).subtract(BigInteger.ONE))
                                .divide(BigInteger.valueOf(-step)).longValue() + 1) : 0;
            }
            this.length = n;
        }

        long item(long i) {
            return start + i * step;
        }
    }

    static PyRange range(Object o) {
        if (o instanceof PyRange r) {
            return r;
        }
        throw PyErrors.typeError("descriptor requires a 'range' object but received a '" + PyOps.typeName(o) + "'");
    }

    static long rangeArg(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        return PyOps.asIndex(o);
    }



    // ------------------------------------------------------------------------------------------ slice

    static PySlice slice(Object o) {
        if (o instanceof PySlice s) {
            return s;
        }
        throw PyErrors.typeError("descriptor requires a 'slice' object but received a '" + PyOps.typeName(o) + "'");
    }


}
