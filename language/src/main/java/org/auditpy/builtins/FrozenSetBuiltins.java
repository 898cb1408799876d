package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Constructor and hash of {@code frozenset}. */
public final class FrozenSetBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return FrozenSetBuiltinsFactory.getFactories();
    }

    static PySet self(Object o, String name) {
        if (o instanceof PySet s && s.isFrozen()) {
            return s;
        }
        throw TypeSupport.descrError(name, "frozenset", o);
    }

    @Builtin(name = "__new__", params = {"cls", "iterable=", "/"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object iterable) {
            PyType fz = PythonContext.get().types().frozenset;
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(fz)) {
                throw PyErrors.newArgError("frozenset", cls);
            }
            if (TypeSupport.absent(iterable)) {
                return new PySet(t);
            }
            if (t == fz && iterable instanceof PySet s && s.getPythonClass() == fz) {
                return s;
            }
            return SetSupport.newSet(t, iterable);
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return self(self, "__hash__").frozenHash();
        }
    }
}
