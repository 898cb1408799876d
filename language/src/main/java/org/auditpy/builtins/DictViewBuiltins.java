package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.Comparisons.Op;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyDictView;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyIterator.DictIterator.Kind;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Methods of {@code dict_keys}, {@code dict_values} and {@code dict_items} (keys and items views are set-like). */
public final class DictViewBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return DictViewBuiltinsFactory.getFactories();
    }

    @Override
    protected void operators(OperatorBuiltins.Table table) {
        table.richCompare(DictViewBuiltins::compare);
    }

    /** Comparisons of keys and items views as sets; values views compare by identity only. */
    @TruffleBoundary
    static Object compare(Object self, Object other, Op op) {
        PyDictView v = self(self, op.method);
        if (v.getKind() == Kind.VALUES) {
            return switch (op) {
                case EQ -> self == other;
                case NE -> self != other;
                default -> PyNone.NOT_IMPLEMENTED;
            };
        }
        Object r = SetSupport.viewCompare(v, other, op);
        return r == null ? PyNone.NOT_IMPLEMENTED : r;
    }

    /**
     * Keys and items views are unhashable (set-like, they compare by value); a values view keeps object's hash and
     * identity comparison, so CPython's {@code dict_values} has neither {@code __eq__} nor {@code __hash__} of its own
     * (which {@code collections.abc.Hashable} reads).
     */
    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        if (ns == ctx.types().dictValues.getDict()) {
            for (String cmp : new String[]{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"}) {
                ns.removeItem(cmp);
            }
            return;
        }
        TypeSupport.unhashable(ns);
    }

    static PyDictView self(Object o, String name) {
        if (o instanceof PyDictView v) {
            return v;
        }
        throw TypeSupport.descrError(name, "dict_keys", o);
    }

    static PyType iterType(Kind k) {
        return switch (k) {
            case KEYS -> PythonContext.get().types().dictKeyIterator;
            case VALUES -> PythonContext.get().types().dictValueIterator;
            case ITEMS -> PythonContext.get().types().dictItemIterator;
        };
    }

    @Builtin(name = "__or__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class OrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyDictView v = self(self, "__or__");
            if (v.getKind() == Kind.VALUES) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.viewOr(v, other);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class ROrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyDictView v = self(self, "__ror__");
            if (v.getKind() == Kind.VALUES) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.viewOr(other, v);
        }
    }

    @Builtin(name = "__and__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class AndNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyDictView v = self(self, "__and__");
            if (v.getKind() == Kind.VALUES) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.viewAnd(v, other);
        }
    }

    @Builtin(name = "__rand__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class RAndNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyDictView v = self(self, "__rand__");
            if (v.getKind() == Kind.VALUES) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.viewAnd(other, v);
        }
    }

    @Builtin(name = "__sub__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class SubNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyDictView v = self(self, "__sub__");
            if (v.getKind() == Kind.VALUES) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.viewSub(v, other);
        }
    }

    @Builtin(name = "__rsub__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class RSubNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyDictView v = self(self, "__rsub__");
            if (v.getKind() == Kind.VALUES) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.viewSub(other, v);
        }
    }

    @Builtin(name = "__xor__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class XorNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyDictView v = self(self, "__xor__");
            if (v.getKind() == Kind.VALUES) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.viewXor(v, other);
        }
    }

    @Builtin(name = "__rxor__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class RXorNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyDictView v = self(self, "__rxor__");
            if (v.getKind() == Kind.VALUES) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return SetSupport.viewXor(other, v);
        }
    }

    @Builtin(name = "isdisjoint", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IsDisjointNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            return SetSupport.viewIsDisjoint(self(self, "isdisjoint"), other);
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return (long) self(self, "__len__").getDict().size();
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyDictView v = self(self, "__iter__");
            return new PyIterator.DictIterator(iterType(v.getKind()), v.getDict(), v.getKind());
        }
    }

    @Builtin(name = "__reversed__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            Object[] items = SetSupport.elements(self(self, "__reversed__"));
            java.util.Collections.reverse(java.util.Arrays.asList(items));
            return new PyIterator.ArrayIterator(PythonContext.get().types().iterator, items, items.length);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            PyDictView v = self(self, "__contains__");
            if (v.getKind() != Kind.VALUES) {
                return SetSupport.viewContains(v, key);
            }
            for (Object o : v.getDict().valuesArray()) {
                if (PyOps.identical(o, key) || PyOps.equals(o, key)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyDictView v = self(self, "__repr__");
            String name = v.getPythonClass().getName();
            if (!TypeSupport.reprEnter(v)) {
                return "...";
            }
            try {
                Object[] items = SetSupport.elements(v);
                return name + "([" + TypeSupport.joinReprs(items, items.length) + "])";
            } finally {
                TypeSupport.reprLeave(v);
            }
        }
    }
}
