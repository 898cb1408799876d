package org.auditpy.builtins;

import static org.auditpy.builtins.DescriptorBuiltins.*;

import java.util.List;

import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.FrameArgs;
import org.auditpy.runtime.PyCell;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Part of {@link DescriptorBuiltins}. */
public final class ClassMethodBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ClassMethodBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = {"cls", "/", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        static Object newCm(Object cls, Object args, Object kwargs) {
            return new Descriptors.ClassMethod((PyType) cls, PyNone.NONE);
        }
    }

    @Builtin(name = "__init__", params = {"self", "function", "/"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object f) {
            ((Descriptors.ClassMethod) self).setCallable(f);
            copyWrapperAttrs((PythonObject) self, f);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object inst, Object owner) {
            PyType o = owner instanceof PyType t ? t : PyOps.typeOf(inst);
            return ((Descriptors.ClassMethod) self).get(inst == PyNone.NONE ? null : inst, o);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        static Object repr(Object self) {
            return "<classmethod(" + PyOps.repr(((Descriptors.ClassMethod) self).getCallable()) + ")>";
        }
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().classmethod;
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("__func__", new Descriptors.GetSet(gs, "__func__", t, o -> ((Descriptors.ClassMethod) o).getCallable(), null, null));
        ns.setStr("__wrapped__", new Descriptors.GetSet(gs, "__wrapped__", t, o -> ((Descriptors.ClassMethod) o).getCallable(), null, null));
        ns.setStr("__isabstractmethod__", new Descriptors.GetSet(gs, "__isabstractmethod__", t,
                        o -> isAbstract(((Descriptors.ClassMethod) o).getCallable()), null, null));
        ns.setStr("__dict__", new Descriptors.GetSet(gs, "__dict__", t, CoreTypes::getInstanceDict, CoreTypes::setInstanceDict, null));
    }
}
