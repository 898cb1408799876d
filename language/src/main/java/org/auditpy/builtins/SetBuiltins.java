package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.Comparisons.Op;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Methods shared by {@code set} and {@code frozenset} (Objects/setobject.c). */
public final class SetBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SetBuiltinsFactory.getFactories();
    }

    @Override
    protected void operators(OperatorBuiltins.Table table) {
        table.richCompare(SetBuiltins::compare);
    }

    /** set.__eq__ ... set.__ge__ (also frozenset's): only against sets (set_richcompare). */
    @TruffleBoundary
    static Object compare(Object self, Object other, Op op) {
        PySet s = self(self, op.method);
        if (!(other instanceof PySet o)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return SetSupport.richCompare(s, o, op);
    }

    static PySet self(Object o, String name) {
        if (o instanceof PySet s) {
            return s;
        }
        throw TypeSupport.descrError(name, "set", o);
    }

    @Builtin(name = "__or__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class OrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__or__");
            if (!(other instanceof PySet o)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.or(s, o);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class ROrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__ror__");
            if (!(other instanceof PySet o)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.or(o, s);
        }
    }

    @Builtin(name = "__and__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class AndNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__and__");
            if (!(other instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.intersection(s, other);
        }
    }

    @Builtin(name = "__rand__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class RAndNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__rand__");
            if (!(other instanceof PySet o)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.intersection(o, s);
        }
    }

    @Builtin(name = "__sub__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class SubNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__sub__");
            if (!(other instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.difference(s, other);
        }
    }

    @Builtin(name = "__rsub__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class RSubNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__rsub__");
            if (!(other instanceof PySet o)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.difference(o, s);
        }
    }

    @Builtin(name = "__xor__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class XorNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__xor__");
            if (!(other instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.symmetricDifference(s, other);
        }
    }

    @Builtin(name = "__rxor__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class RXorNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__rxor__");
            if (!(other instanceof PySet o)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.symmetricDifference(o, s);
        }
    }

    @Builtin(name = "union", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class UnionNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object others) {
            return SetSupport.union(self(self, "union"), ((PyTuple) others).items());
        }
    }

    @Builtin(name = "intersection", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class IntersectionNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object others) {
            return SetSupport.intersectionMulti(self(self, "intersection"), ((PyTuple) others).items());
        }
    }

    @Builtin(name = "difference", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class DifferenceNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object others) {
            return SetSupport.differenceMulti(self(self, "difference"), ((PyTuple) others).items());
        }
    }

    @Builtin(name = "symmetric_difference", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class SymDiffNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            return SetSupport.symmetricDifference(self(self, "symmetric_difference"), other);
        }
    }

    @Builtin(name = "issubset", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IsSubsetNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            return SetSupport.isSubset(self(self, "issubset"), other);
        }
    }

    @Builtin(name = "issuperset", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IsSupersetNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            return SetSupport.isSuperset(self(self, "issuperset"), other);
        }
    }

    @Builtin(name = "isdisjoint", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IsDisjointNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            return SetSupport.isDisjoint(self(self, "isdisjoint"), other);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            return SetSupport.contains(self(self, "__contains__"), key);
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
            return new PyIterator.SetIterator(PythonContext.get().types().setIterator, self(self, "__iter__"));
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PySet s = self(self, "__repr__");
            PyType t = s.getPythonClass();
            String name = t.getName();
            if (!TypeSupport.reprEnter(s)) {
                return name + "(...)";
            }
            try {
                if (s.size() == 0) {
                    return name + "()";
                }
                String body = SetSupport.reprItems(s.toArray());
                return t == PythonContext.get().types().set ? body : name + "(" + body + ")";
            } finally {
                TypeSupport.reprLeave(s);
            }
        }
    }

    @Builtin(name = "copy", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CopyNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PySet s = self(self, "copy");
            if (s.getPythonClass() == PythonContext.get().types().frozenset) {
                return s;
            }
            return SetSupport.copy(s);
        }
    }

    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends PythonBuiltinNode {
        /** set_reduce: {@code (type(s), (list(s),), state)}, the state being a non-empty instance dict or None. */
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PySet s = self(self, "__reduce__");
            Object state = PyNone.NONE;
            if (s.getPythonClass().isHeapType() && PyOps.getAttributeOrNull(s, "__dict__") instanceof PyDict d && d.size() > 0) {
                state = d;
            }
            return PyTuple.of(s.getPythonClass(), PyTuple.of(PyList.of(s.toArray())), state);
        }
    }
}
