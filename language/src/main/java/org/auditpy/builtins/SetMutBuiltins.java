package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.Comparisons.Op;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyIterator;
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

/** Methods of {@code set} only (mutation); {@code __hash__ = None}. */
public final class SetMutBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SetMutBuiltinsFactory.getFactories();
    }

    static PySet self(Object o, String name) {
        if (o instanceof PySet s) {
            return s;
        }
        throw TypeSupport.descrError(name, "set", o);
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        TypeSupport.unhashable(ns);
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(PythonContext.get().types().set)) {
                throw PyErrors.typeError("set.__new__(X): X is not a type object (" + PyOps.typeName(cls) + ")");
            }
            return new PySet(t);
        }
    }

    @Builtin(name = "__init__", params = {"self", "iterable=", "/"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object iterable) {
            PySet s = self(self, "__init__");
            s.clear();
            if (!TypeSupport.absent(iterable)) {
                for (Object o : SetSupport.elements(iterable)) {
                    s.add(o);
                }
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "add", params = {"self", "object", "/"})
    @GenerateNodeFactory
    abstract static class AddNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object object) {
            self(self, "add").add(object);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "discard", params = {"self", "object", "/"})
    @GenerateNodeFactory
    abstract static class DiscardNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object object) {
            SetSupport.remove(self(self, "discard"), object);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "remove", params = {"self", "object", "/"})
    @GenerateNodeFactory
    abstract static class RemoveNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object object) {
            if (!SetSupport.remove(self(self, "remove"), object)) {
                throw PyErrors.keyError(object);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class PopNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            Object[] kv = self(self, "pop").popFirst();
            if (kv == null) {
                throw SetSupport.keyErrorEmpty();
            }
            return kv[0];
        }
    }

    @Builtin(name = "clear", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ClearNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            self(self, "clear").clear();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "update", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class UpdateNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object others) {
            PySet s = self(self, "update");
            for (Object o : ((PyTuple) others).items()) {
                for (Object e : SetSupport.elements(o)) {
                    s.add(e);
                }
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "intersection_update", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class IntersectionUpdateNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object others) {
            PySet s = self(self, "intersection_update");
            PySet r = s;
            for (Object o : ((PyTuple) others).items()) {
                r = SetSupport.intersection(SetSupport.setType(), r, o);
            }
            Object[] keep = r.keysArray();
            s.clear();
            for (Object e : keep) {
                s.add(e);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "difference_update", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class DifferenceUpdateNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object others) {
            PySet s = self(self, "difference_update");
            for (Object o : ((PyTuple) others).items()) {
                for (Object e : SetSupport.elements(o)) {
                    SetSupport.remove(s, e);
                }
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "symmetric_difference_update", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class SymDiffUpdateNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "symmetric_difference_update");
            PySet r = SetSupport.symmetricDifference(SetSupport.setType(), s, other);
            s.clear();
            for (Object e : r.keysArray()) {
                s.add(e);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__ior__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IOrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__ior__");
            if (!(other instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            PySet r = SetSupport.union(SetSupport.setType(), s, other);
            s.clear();
            for (Object e : r.keysArray()) {
                s.add(e);
            }
            return s;
        }
    }

    @Builtin(name = "__iand__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IAndNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__iand__");
            if (!(other instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            PySet r = SetSupport.intersection(SetSupport.setType(), s, other);
            s.clear();
            for (Object e : r.keysArray()) {
                s.add(e);
            }
            return s;
        }
    }

    @Builtin(name = "__isub__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class ISubNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__isub__");
            if (!(other instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            PySet r = SetSupport.difference(SetSupport.setType(), s, other);
            s.clear();
            for (Object e : r.keysArray()) {
                s.add(e);
            }
            return s;
        }
    }

    @Builtin(name = "__ixor__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IXorNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PySet s = self(self, "__ixor__");
            if (!(other instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            PySet r = SetSupport.symmetricDifference(SetSupport.setType(), s, other);
            s.clear();
            for (Object e : r.keysArray()) {
                s.add(e);
            }
            return s;
        }
    }

    static PyDict unused() {
        return null;
    }
}
