package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.KeyKind;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

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

    /**
     * The receiver of a set method: a set or an instance of a subclass of set, not a frozenset; else TypeError, worded
     * as CPython words it for a method ({@code add}) or a slot wrapper ({@code __init__}, {@code __ior__} ...).
     */
    static PySet self(Object o, String name) {
        if (o instanceof PySet s && !s.isFrozen()) {
            return s;
        }
        if (name.startsWith("__")) {
            throw PyErrors.typeError("descriptor '" + name + "' requires a 'set' object but received a '" + PyOps.typeName(o) + "'");
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
                throw PyErrors.newArgError("set", cls);
            }
            return new PySet(t);
        }
    }

    @Builtin(name = "__init__", params = {"self", "iterable=", "/"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        /** set_init: empties a set that holds (or held) anything, then updates it from the iterable. */
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object iterable) {
            PySet s = self(self, "__init__");
            s.clear();
            if (!TypeSupport.absent(iterable)) {
                s.update(iterable);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "add", params = {"self", "object", "/"})
    @GenerateNodeFactory
    abstract static class AddNode extends PythonBuiltinNode {
        /**
         * A str, an int or an object that hashes by identity is added to an exact set in compiled code
         * ({@link PySet#addKnown}).
         */
        @Specialization(guards = "isExactSet(self)")
        static Object str(PySet self, String object) {
            return added(self.addKnown(object, KeyKind.STR), self, object);
        }

        @Specialization(guards = "isExactSet(self)")
        static Object integer(PySet self, Long object) {
            return added(self.addKnown(object, KeyKind.INT), self, object);
        }

        @Specialization(guards = {"isExactSet(self)", "hashesByIdentity(object)"})
        static Object identity(PySet self, PythonObject object) {
            return added(self.addKnown(object, KeyKind.IDENTITY), self, object);
        }

        /** The builtin {@code set} (not frozenset, not a subclass): two field reads. */
        static boolean isExactSet(PySet self) {
            PyType t = self.getPythonClass();
            return t.getLayout() == PyType.Layout.SET && !t.isHeapType();
        }

        static boolean hashesByIdentity(PythonObject object) {
            return PyOps.hashesByIdentity(object);
        }

        /** None, once {@code object} is in the set: {@link PySet#add} (a boundary) when the compiled path declined. */
        private static Object added(boolean done, PySet self, Object object) {
            if (!done) {
                self.add(object);
            }
            return PyNone.NONE;
        }

        /** Any other element or receiver (not replacing the kinds above: a site that meets several keeps them). */
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
            SetSupport.discard(self(self, "discard"), object);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "remove", params = {"self", "object", "/"})
    @GenerateNodeFactory
    abstract static class RemoveNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object object) {
            if (!SetSupport.discard(self(self, "remove"), object)) {
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
            Object k = self(self, "pop").pop();
            if (k == null) {
                throw SetSupport.keyErrorEmpty();
            }
            return k;
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
                s.update(o);
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
            SetSupport.intersectionUpdate(self(self, "intersection_update"), ((PyTuple) others).items());
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
                SetSupport.differenceUpdate(s, o);
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
            SetSupport.symmetricDifferenceUpdate(self(self, "symmetric_difference_update"), other);
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
            s.update(other);
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
            s.swapBodies(SetSupport.intersection(s, other));
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
            SetSupport.differenceUpdate(s, other);
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
            SetSupport.symmetricDifferenceUpdate(s, other);
            return s;
        }
    }
}
