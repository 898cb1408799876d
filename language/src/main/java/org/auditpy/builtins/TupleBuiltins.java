package org.auditpy.builtins;

import static org.auditpy.builtins.TypeSupport.absent;

import java.util.List;

import org.auditpy.runtime.Comparisons.Op;
import org.auditpy.runtime.Hashing;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySlice;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Sequences;
import org.auditpy.runtime.SliceOps;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Methods of {@code tuple} (Objects/tupleobject.c). */
public final class TupleBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return TupleBuiltinsFactory.getFactories();
    }

    @Override
    protected void operators(OperatorBuiltins.Table table) {
        table.richCompare(TupleBuiltins::cmp);
    }

    static PyTuple self(Object o, String name) {
        if (o instanceof PyTuple t) {
            return t;
        }
        throw TypeSupport.descrError(name, "tuple", o);
    }

    @TruffleBoundary
    static Object cmp(Object a, Object b, Op op) {
        if (!(a instanceof PyTuple ta) || !(b instanceof PyTuple tb)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return TypeSupport.compareSeq(ta.items(), ta.size(), tb.items(), tb.size(), op);
    }

    @Builtin(name = "__new__", params = {"cls", "iterable=", "/"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object iterable) {
            PyType tupleType = PythonContext.get().types().tuple;
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(tupleType)) {
                throw PyErrors.newArgError("tuple", cls);
            }
            if (absent(iterable)) {
                return new PyTuple(t, PyTuple.EMPTY_ARRAY);
            }
            if (t == tupleType && iterable instanceof PyTuple it && it.getPythonClass() == tupleType) {
                return it;
            }
            return new PyTuple(t, PyOps.toArray(iterable));
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "index", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object index) {
            PyTuple t = self(self, "__getitem__");
            if (index instanceof PySlice sl) {
                return SliceOps.getSlice(t, sl);
            }
            return t.get(Sequences.normalizeIndex(index, t.size(), "tuple"));
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return (long) self(self, "__len__").size();
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyTuple t = self(self, "__iter__");
            return new PyIterator.ArrayIterator(PythonContext.get().types().tupleIterator, t.items(), t.size());
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            for (Object o : self(self, "__contains__").items()) {
                if (PyOps.identical(o, key) || PyOps.equals(o, key)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "__add__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class AddNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyTuple a = self(self, "__add__");
            if (!(other instanceof PyTuple b)) {
                throw PyErrors.typeError("can only concatenate tuple (not \"" + PyOps.typeName(other) + "\") to tuple");
            }
            Object[] r = new Object[a.size() + b.size()];
            System.arraycopy(a.items(), 0, r, 0, a.size());
            System.arraycopy(b.items(), 0, r, a.size(), b.size());
            return PyTuple.of(r);
        }
    }

    @TruffleBoundary
    static Object repeat(PyTuple t, Object n) {
        long k = Math.max(0, PyOps.repeatCount(n));
        if (k == 1 && t.getPythonClass() == PythonContext.get().types().tuple) {
            return t;
        }
        Object[] src = t.items();
        Object[] r = new Object[org.auditpy.runtime.Sequences.repeatedLength(src.length, k, null)];
        for (int i = 0; i < r.length; i += src.length) {
            System.arraycopy(src, 0, r, i, src.length);
        }
        return PyTuple.of(r);
    }

    @Builtin(name = "__mul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class MulNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object value) {
            return repeat(self(self, "__mul__"), value);
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class RMulNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object value) {
            return repeat(self(self, "__rmul__"), value);
        }
    }


    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return Hashing.hashTuple(self(self, "__hash__"));
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyTuple t = self(self, "__repr__");
            if (t.size() == 0) {
                return "()";
            }
            if (!TypeSupport.reprEnter(t)) {
                return "(...)";
            }
            try {
                String body = TypeSupport.joinReprs(t.items(), t.size());
                return t.size() == 1 ? "(" + body + ",)" : "(" + body + ")";
            } finally {
                TypeSupport.reprLeave(t);
            }
        }
    }

    @Builtin(name = "index", params = {"self", "value", "start=", "stop=", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value, Object start, Object stop) {
            PyTuple t = self(self, "index");
            int i = TypeSupport.indexOf(t.items(), t.size(), value, start, stop);
            if (i < 0) {
                throw PyErrors.valueError("tuple.index(x): x not in tuple");
            }
            return (long) i;
        }
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            PyTuple t = self(self, "count");
            return TypeSupport.count(t.items(), t.size(), value);
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class GetNewArgsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return PyTuple.of(PyTuple.of(self(self, "__getnewargs__").items()));
        }
    }
}
