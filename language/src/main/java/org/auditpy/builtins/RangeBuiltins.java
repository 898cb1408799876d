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
        @Specialization
        @TruffleBoundary
        static Object newRange(Object cls, Object args) {
            Object[] a = ((PyTuple) args).items();
            if (a.length == 0) {
                throw PyErrors.typeError("range expected at least 1 argument, got 0");
            }
            if (a.length > 3) {
                throw PyErrors.typeError("range expected at most 3 arguments, got " + a.length);
            }
            long start = 0;
            long stop;
            long step = 1;
            if (a.length == 1) {
                stop = rangeArg(a[0]);
            } else {
                start = rangeArg(a[0]);
                stop = rangeArg(a[1]);
                if (a.length == 3) {
                    step = rangeArg(a[2]);
                    if (step == 0) {
                        throw PyErrors.valueError("range() arg 3 must not be zero");
                    }
                }
            }
            return new PyRange((PyType) cls, start, stop, step);
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends PythonBuiltinNode {
        @Specialization
        static Object len(Object self) {
            return range(self).length;
        }
    }

    @Builtin(name = "__bool__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BoolNode extends PythonBuiltinNode {
        @Specialization
        static Object bool(Object self) {
            return range(self).length != 0;
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        static Object iter(Object self) {
            PyRange r = range(self);
            return new PyIterator.RangeIterator(PythonContext.get().types().rangeIterator, r.start, r.step, r.length);
        }
    }

    @Builtin(name = "__reversed__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNode extends PythonBuiltinNode {
        @Specialization
        static Object reversed(Object self) {
            PyRange r = range(self);
            return new PyIterator.RangeIterator(PythonContext.get().types().rangeIterator, r.item(r.length - 1), -r.step, r.length);
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
                long[] idx = sl.indices(r.length);
                long ns = r.item(idx[0]);
                long nstep = r.step * idx[2];
                return new PyRange(r.getPythonClass(), ns, ns + idx[3] * nstep, nstep);
            }
            if (!PyOps.isInt(key) && PyOps.typeOf(key).lookup("__index__") == null) {
                throw PyErrors.typeError("range indices must be integers or slices, not " + PyOps.typeName(key));
            }
            long i = PyOps.asIndex(key);
            if (i < 0) {
                i += r.length;
            }
            if (i < 0 || i >= r.length) {
                throw PyErrors.indexError("range object index out of range");
            }
            return r.item(i);
        }
    }

    @TruffleBoundary
    static boolean containsLong(PyRange r, long v) {
        if (r.length == 0) {
            return false;
        }
        if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) {
            return false;
        }
        return Math.floorMod(v - r.start, Math.abs(r.step)) == 0;
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object contains(Object self, Object key) {
            PyRange r = range(self);
            if (key instanceof Long || key instanceof Boolean) {
                return containsLong(r, PyOps.asIndex(key));
            }
            if (key instanceof BigInteger) {
                return false;
            }
            for (long i = 0; i < r.length; i++) {
                if (PyOps.equals(r.item(i), key)) {
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
            if ((v instanceof Long || v instanceof Boolean) && containsLong(r, PyOps.asIndex(v))) {
                return (PyOps.asIndex(v) - r.start) / r.step;
            }
            throw PyErrors.valueError(PyOps.repr(v) + " is not in range");
        }
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object count(Object self, Object v) {
            PyRange r = range(self);
            return (v instanceof Long || v instanceof Boolean) && containsLong(r, PyOps.asIndex(v)) ? 1L : 0L;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyRange r = range(self);
            return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")" : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
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
            PyRange r = range(self);
            if (r.length == 0) {
                return PyOps.hash(PyTuple.of(0L, PyNone.NONE, PyNone.NONE));
            }
            return PyOps.hash(PyTuple.of(r.length, r.start, r.length == 1 ? PyNone.NONE : (Object) r.step));
        }
    }

    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends PythonBuiltinNode {
        @Specialization
        static Object reduce(Object self) {
            PyRange r = range(self);
            return PyTuple.of(r.getPythonClass(), PyTuple.of(r.start, r.stop, r.step));
        }
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().range;
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("start", new Descriptors.GetSet(gs, "start", t, o -> range(o).start, null, null));
        ns.setStr("stop", new Descriptors.GetSet(gs, "stop", t, o -> range(o).stop, null, null));
        ns.setStr("step", new Descriptors.GetSet(gs, "step", t, o -> range(o).step, null, null));
    }
}
