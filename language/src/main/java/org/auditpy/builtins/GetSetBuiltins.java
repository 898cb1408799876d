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
public final class GetSetBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return GetSetBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object inst, Object owner) {
            Descriptors.GetSet g = getset(self);
            if (inst == PyNone.NONE) {
                return g;
            }
            return g.get(inst);
        }
    }

    @Builtin(name = "__set__", params = {"self", "instance", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetNode extends PythonBuiltinNode {
        @Specialization
        static Object set(Object self, Object inst, Object value) {
            getset(self).set(inst, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delete__", params = {"self", "instance", "/"})
    @GenerateNodeFactory
    abstract static class DeleteNode extends PythonBuiltinNode {
        @Specialization
        static Object delete(Object self, Object inst) {
            getset(self).delete(inst);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            Descriptors.GetSet g = getset(self);
            return (g.isMember() ? "<member '" : "<attribute '") + g.getName() + "' of '" + g.getOwner().getName() + "' objects>";
        }
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("__name__", new Descriptors.GetSet(gs, "__name__", gs, o -> ((Descriptors.GetSet) o).getName(), null, null));
        ns.setStr("__objclass__", new Descriptors.GetSet(gs, "__objclass__", gs, o -> ((Descriptors.GetSet) o).getOwner(), null, null));
        ns.setStr("__qualname__", new Descriptors.GetSet(gs, "__qualname__", gs,
                        o -> ((Descriptors.GetSet) o).getOwner().getName() + "." + ((Descriptors.GetSet) o).getName(), null, null));
    }
}
