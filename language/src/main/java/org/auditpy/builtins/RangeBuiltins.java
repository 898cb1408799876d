package org.auditpy.builtins;

import static org.auditpy.builtins.IterTypes.*;

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

/** Part of {@link IterTypes}. */
public final class RangeBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return RangeBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = {"cls", "*args"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        /**
         * {@code range(stop)}, {@code range(start, stop[, step])} of ints that fit longs are made in compiled code (the
         * argument tuple, the range and a loop's count over it can then stay virtual: {@code for j in range(n)} in
         * an inner loop allocates nothing); anything else, and every error, by {@link #newGeneric}.
         */
        @Specialization
        static Object newRange(Object cls, Object args) {
            Object[] a = ((PyTuple) args).items();
            if (a.length == 1 && a[0] instanceof Long stop) {
                return PyRange.of((PyType) cls, 0, stop, 1);
            }
            if (a.length == 2 && a[0] instanceof Long start && a[1] instanceof Long stop) {
                return PyRange.of((PyType) cls, start, stop, 1);
            }
            if (a.length == 3 && a[0] instanceof Long start && a[1] instanceof Long stop && a[2] instanceof Long step && step != 0) {
                return PyRange.of((PyType) cls, start, stop, step);
            }
            return newGeneric(cls, a);
        }

        @TruffleBoundary
        static Object newGeneric(Object cls, Object[] a) {
            if (a.length == 0) {
                throw PyErrors.typeError("range expected at least 1 argument, got 0");
            }
            if (a.length > 3) {
                throw PyErrors.typeError("range expected at most 3 arguments, got " + a.length);
            }
            if (a.length == 1) {
                Object stop = PyOps.index(a[0]);
                return stop instanceof Long l ? PyRange.of((PyType) cls, 0, (long) l, 1) : PyRange.ofInts((PyType) cls, 0L, stop, 1L);
            }
            Object start = PyOps.index(a[0]);
            Object stop = PyOps.index(a[1]);
            Object step = 1L;
            if (a.length == 3) {
                step = PyOps.index(a[2]);
                if (step instanceof Long l && l == 0) {
                    throw PyErrors.valueError("range() arg 3 must not be zero");
                }
            }
            return PyRange.ofInts((PyType) cls, start, stop, step);
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends PythonBuiltinNode {
        @Specialization
        static Object len(Object self) {
            PyRange r = range(self);
            if (r.big != null) {
                return bigLen(r);
            }
            return r.length;
        }

        @TruffleBoundary
        static Object bigLen(PyRange r) {
            // range_length: PyLong_AsSsize_t of the length
            if (r.big[3].bitLength() >= 64) {
                throw PyErrors.raise("OverflowError", "Python int too large to convert to C ssize_t");
            }
            return r.big[3].longValue();
        }
    }

    @Builtin(name = "__bool__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BoolNode extends PythonBuiltinNode {
        @Specialization
        static Object bool(Object self) {
            PyRange r = range(self);
            return r.big != null ? r.big[3].signum() != 0 : r.length != 0;
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        static Object iter(Object self) {
            PyRange r = range(self);
            if (r.big != null) {
                return bigIter(r);
            }
            // range_iter: a range whose last step could pass a C long is a longrange_iterator (the long one counts
            // just the same: the wrapped value after the last item is never returned)
            boolean wraps = r.length != 0 && (r.step > 0 ? r.stop > Long.MAX_VALUE - (r.step - 1) : r.stop < Long.MIN_VALUE + (-1 - r.step));
            BuiltinTypes t = PythonContext.get().types();
            return new PyIterator.RangeIterator(wraps ? t.longrangeIterator : t.rangeIterator, r.start, r.step, r.length);
        }

        @TruffleBoundary
        static Object bigIter(PyRange r) {
            return new PyIterator.BigRangeIterator(PythonContext.get().types().longrangeIterator, r.big[0], r.big[2], r.big[3]);
        }
    }

    @Builtin(name = "__reversed__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object reversed(Object self) {
            PyRange r = range(self);
            BuiltinTypes t = PythonContext.get().types();
            if (r.big != null || r.step == Long.MIN_VALUE) {
                // range(start + (n-1)*step, start - step, -step)
                BigInteger n = r.bigLength();
                BigInteger last = n.signum() == 0 ? r.bigStart() : r.bigItem(n.subtract(BigInteger.ONE));
                return new PyIterator.BigRangeIterator(t.longrangeIterator, last, r.bigStep().negate(), n);
            }
            // range_reverse: a C long iterator when start - step fits, else a longrange_iterator
            boolean overflow = r.step > 0 ? r.start < Long.MIN_VALUE + r.step : r.start > Long.MAX_VALUE + r.step;
            long last = r.length == 0 ? r.start : r.item(r.length - 1);
            return new PyIterator.RangeIterator(overflow ? t.longrangeIterator : t.rangeIterator, last, -r.step, r.length);
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object getitem(Object self, Object key) {
            PyRange r = range(self);
            if (key instanceof PySlice sl) {
                return slice(r, sl);
            }
            if (!PyOps.isInt(key) && PyOps.typeOf(key).lookup("__index__") == null) {
                throw PyErrors.typeError("range indices must be integers or slices, not " + PyOps.typeName(key));
            }
            if (r.big == null && (key instanceof Long || key instanceof Boolean)) {
                long i = PyOps.asIndex(key);
                if (i < 0) {
                    i += r.length;
                }
                if (i < 0 || i >= r.length) {
                    throw PyErrors.indexError("range object index out of range");
                }
                return r.item(i);
            }
            // compute_range_item with Python ints
            BigInteger i = PyOps.toBig(PyOps.index(key));
            BigInteger n = r.bigLength();
            if (i.signum() < 0) {
                i = i.add(n);
            }
            if (i.signum() < 0 || i.compareTo(n) >= 0) {
                throw PyErrors.indexError("range object index out of range");
            }
            return PyOps.normalize(r.bigItem(i));
        }

        /** compute_slice: range(item(start), item(stop), step * slice step) of the slice's adjusted indices. */
        static Object slice(PyRange r, PySlice sl) {
            // _PySlice_GetLongIndices: step first, then start and stop clamped to the range's length
            BigInteger st = sl.step == PyNone.NONE ? BigInteger.ONE : PyOps.toBig(sliceIndex(sl.step));
            if (st.signum() == 0) {
                throw PyErrors.valueError("slice step cannot be zero");
            }
            BigInteger n = r.bigLength();
            BigInteger lower = st.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
            BigInteger upper = st.signum() < 0 ? n.subtract(BigInteger.ONE) : n;
            BigInteger s = sl.start == PyNone.NONE ? (st.signum() < 0 ? upper : lower) : clamp(PyOps.toBig(sliceIndex(sl.start)), n, lower, upper);
            BigInteger e = sl.stop == PyNone.NONE ? (st.signum() < 0 ? lower : upper) : clamp(PyOps.toBig(sliceIndex(sl.stop)), n, lower, upper);
            return PyRange.ofInts(r.getPythonClass(), PyOps.normalize(r.bigItem(s)), PyOps.normalize(r.bigItem(e)), PyOps.normalize(r.bigStep().multiply(st)));
        }

        private static Object sliceIndex(Object o) {
            if (!PyOps.isInt(o) && PyOps.typeOf(o).lookup("__index__") == null) {
                throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
            }
            return PyOps.index(o);
        }

        private static BigInteger clamp(BigInteger i, BigInteger n, BigInteger lower, BigInteger upper) {
            if (i.signum() < 0) {
                i = i.add(n);
                return i.compareTo(lower) < 0 ? lower : i;
            }
            return i.compareTo(upper) > 0 ? upper : i;
        }
    }

    /** range_contains_long for an exact int (Long or Boolean) in a range of longs. */
    @TruffleBoundary
    private static boolean containsLong(PyRange r, long v) {
        if (r.length == 0) {
            return false;
        }
        if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) {
            return false;
        }
        return Long.remainderUnsigned(distance(r, v), r.step > 0 ? r.step : -r.step) == 0;
    }

    /**
     * |v - start| for a v between start and stop, as an unsigned long (it may pass Long.MAX_VALUE, as may |step|:
     * both are read unsigned).
     */
    private static long distance(PyRange r, long v) {
        return r.step > 0 ? v - r.start : r.start - v;
    }

    /** range_contains_long for an exact int of any size in any range. */
    @TruffleBoundary
    static boolean containsInt(PyRange r, Object v) {
        if (r.big == null) {
            // a BigInteger lies outside a range of longs
            return !(v instanceof BigInteger) && containsLong(r, PyOps.asIndex(v));
        }
        BigInteger b = PyOps.toBig(v);
        BigInteger start = r.big[0];
        BigInteger stop = r.big[1];
        BigInteger step = r.big[2];
        if (step.signum() > 0 ? b.compareTo(start) < 0 || b.compareTo(stop) >= 0 : b.compareTo(start) > 0 || b.compareTo(stop) <= 0) {
            return false;
        }
        return b.subtract(start).mod(step.abs()).signum() == 0;
    }

    /** An exact int (not an int subclass): range_contains and friends answer it arithmetically. */
    static boolean isExactInt(Object v) {
        return v instanceof Long || v instanceof Boolean || v instanceof BigInteger;
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object contains(Object self, Object key) {
            PyRange r = range(self);
            if (isExactInt(key)) {
                return containsInt(r, key);
            }
            // _PySequence_IterSearch
            Object it = IterNode.iter(r);
            for (Object x = ((PyIterator) it).next(); x != null; x = ((PyIterator) it).next()) {
                if (PyOps.equals(x, key)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "index", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object index(Object self, Object v) {
            PyRange r = range(self);
            if (isExactInt(v)) {
                if (containsInt(r, v)) {
                    if (r.big == null) {
                        return Long.divideUnsigned(distance(r, PyOps.asIndex(v)), r.step > 0 ? r.step : -r.step);
                    }
                    return PyOps.normalize(PyOps.toBig(v).subtract(r.big[0]).divide(r.big[2]));
                }
                throw PyErrors.valueError(PyOps.repr(v) + " is not in range");
            }
            // _PySequence_IterSearch(PY_ITERSEARCH_INDEX)
            PyIterator it = (PyIterator) IterNode.iter(r);
            long i = 0;
            for (Object x = it.next(); x != null; x = it.next(), i++) {
                if (PyOps.equals(x, v)) {
                    return i;
                }
            }
            throw PyErrors.valueError("sequence.index(x): x not in sequence");
        }
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object count(Object self, Object v) {
            PyRange r = range(self);
            if (isExactInt(v)) {
                return containsInt(r, v) ? 1L : 0L;
            }
            // _PySequence_IterSearch(PY_ITERSEARCH_COUNT)
            PyIterator it = (PyIterator) IterNode.iter(r);
            long n = 0;
            for (Object x = it.next(); x != null; x = it.next()) {
                if (PyOps.equals(x, v)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyRange r = range(self);
            if (r.big == null) {
                return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")" : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
            }
            String s = "range(" + PyOps.repr(r.startObj()) + ", " + PyOps.repr(r.stopObj());
            return r.big[2].equals(BigInteger.ONE) ? s + ")" : s + ", " + PyOps.repr(r.stepObj()) + ")";
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object eq(Object self, Object other) {
            PyRange a = range(self);
            if (!(other instanceof PyRange b)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            if (a.big != null || b.big != null) {
                // range_equals with Python ints
                BigInteger n = a.bigLength();
                if (!n.equals(b.bigLength())) {
                    return false;
                }
                if (n.signum() == 0) {
                    return true;
                }
                if (!a.bigStart().equals(b.bigStart())) {
                    return false;
                }
                return n.equals(BigInteger.ONE) || a.bigStep().equals(b.bigStep());
            }
            if (a.length != b.length) {
                return false;
            }
            if (a.length == 0) {
                return true;
            }
            if (a.start != b.start) {
                return false;
            }
            return a.length == 1 || a.step == b.step;
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object ne(Object self, Object other) {
            Object r = EqNode.eq(self, other);
            return r == PyNone.NOT_IMPLEMENTED ? r : !(Boolean) r;
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object hash(Object self) {
            // range_hash: hash((len, None, None)), hash((len, start, None)) or hash((len, start, step))
            PyRange r = range(self);
            Object n = r.lengthObj();
            if (n instanceof Long l && l == 0) {
                return PyOps.hash(PyTuple.of(0L, PyNone.NONE, PyNone.NONE));
            }
            boolean one = n instanceof Long l && l == 1;
            return PyOps.hash(PyTuple.of(n, r.startObj(), one ? PyNone.NONE : r.stepObj()));
        }
    }

    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends PythonBuiltinNode {
        @Specialization
        static Object reduce(Object self) {
            PyRange r = range(self);
            return PyTuple.of(r.getPythonClass(), PyTuple.of(r.startObj(), r.stopObj(), r.stepObj()));
        }
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().range;
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("start", new Descriptors.GetSet(gs, "start", t, o -> range(o).startObj(), null, null));
        ns.setStr("stop", new Descriptors.GetSet(gs, "stop", t, o -> range(o).stopObj(), null, null));
        ns.setStr("step", new Descriptors.GetSet(gs, "step", t, o -> range(o).stepObj(), null, null));
    }
}
