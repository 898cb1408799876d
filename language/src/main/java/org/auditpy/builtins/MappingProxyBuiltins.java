package org.auditpy.builtins;

import static org.auditpy.builtins.CoreTypes.*;

import java.util.List;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyCell;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyFrame;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyMethod;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTraceback;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Part of {@link CoreTypes}. */
public final class MappingProxyBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return MappingProxyBuiltinsFactory.getFactories();
    }

    /**
     * {@code types.MappingProxyType(mapping)}: a read-only view of a dict (or dict subclass instance), as enum's
     * {@code __members__} makes. A mapping of another kind is refused (auditpy's proxy reads a dict's storage).
     */
    @Builtin(name = "__new__", params = {"cls", "mapping"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newProxy(Object cls, Object mapping) {
            if (mapping instanceof PyDict d) {
                return new MappingProxy(PythonContext.get().types().mappingproxy, d);
            }
            if (mapping instanceof MappingProxy mp) {
                return new MappingProxy(PythonContext.get().types().mappingproxy, mp.getDict());
            }
            PyType t = PyOps.typeOf(mapping);
            if (t.lookup("__getitem__") == null || mapping instanceof org.auditpy.runtime.PyList || mapping instanceof PyTuple) {
                throw PyErrors.typeError("mappingproxy() argument must be a mapping, not " + t.getName());
            }
            throw PyErrors.typeError("mappingproxy() of a '" + t.getName() + "' is not supported by auditpy (only of a dict)");
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBuiltinNode {
        @Specialization
        static Object getitem(Object self, Object key) {
            return PyOps.getItem(proxied(self), key);
        }
    }

    @Builtin(name = "get", params = {"self", "key", "default=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object key, Object dflt) {
            Object v = proxied(self).getItem(key);
            return v != null ? v : dflt == PyNone.NO_VALUE ? PyNone.NONE : dflt;
        }
    }

    @Builtin(name = "keys", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class KeysNode extends PythonBuiltinNode {
        @Specialization
        static Object keys(Object self) {
            return PyOps.callMethod(proxied(self), "keys");
        }
    }

    @Builtin(name = "values", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ValuesNode extends PythonBuiltinNode {
        @Specialization
        static Object values(Object self) {
            return PyOps.callMethod(proxied(self), "values");
        }
    }

    @Builtin(name = "items", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ItemsNode extends PythonBuiltinNode {
        @Specialization
        static Object items(Object self) {
            return PyOps.callMethod(proxied(self), "items");
        }
    }

    @Builtin(name = "copy", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CopyNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object copy(Object self) {
            PyDict d = PyDict.create();
            d.putAll(proxied(self));
            return d;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object contains(Object self, Object key) {
            return proxied(self).containsKey(key);
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        static Object iter(Object self) {
            return PyOps.getIter(proxied(self));
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends PythonBuiltinNode {
        @Specialization
        static Object len(Object self) {
            return (long) proxied(self).size();
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        static Object repr(Object self) {
            return "mappingproxy(" + PyOps.repr(proxied(self)) + ")";
        }
    }

    /** mappingproxy_reversed (Objects/descrobject.c): {@code reversed()} of the proxied mapping. */
    @Builtin(name = "__reversed__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object reversed(Object self) {
            return PyOps.callPositional(PythonContext.get().getBuiltins().getDict().getStr("reversed"), proxied(self));
        }
    }

    /** mappingproxy_richcompare: the proxied mapping compared with the other operand. */
    @Override
    protected void operators(OperatorBuiltins.Table table) {
        table.richCompare((self, other, op) -> org.auditpy.runtime.Comparisons.richCompare(proxied(self), other, op));
    }

    /** Unhashable, as CPython 3.11's mappingproxy (its comparison is the mapping's). */
    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        TypeSupport.unhashable(ns);
    }

    @Builtin(name = "__str__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class StrNode extends PythonBuiltinNode {
        @Specialization
        static Object str(Object self) {
            return PyOps.str(proxied(self));
        }
    }
}
