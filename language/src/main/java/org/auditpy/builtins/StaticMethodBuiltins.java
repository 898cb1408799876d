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
public final class StaticMethodBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StaticMethodBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = {"cls", "/", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        static Object newSm(Object cls, Object args, Object kwargs) {
            return new Descriptors.StaticMethod((PyType) cls, PyNone.NONE);
        }
    }

    @Builtin(name = "__init__", params = {"self", "function", "/"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object f) {
            ((Descriptors.StaticMethod) self).setCallable(f);
            copyWrapperAttrs((PythonObject) self, f);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends PythonBuiltinNode {
        @Specialization
        static Object get(Object self, Object inst, Object owner) {
            return ((Descriptors.StaticMethod) self).getCallable();
        }
    }

    @Builtin(name = "__call__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class CallNode extends PythonBuiltinNode {
        @Specialization
        static Object call(Object self, Object args, Object kwargs) {
            return BuiltinFunctions.callWith(((Descriptors.StaticMethod) self).getCallable(), ((PyTuple) args).items(), (PyDict) kwargs);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        static Object repr(Object self) {
            return "<staticmethod(" + PyOps.repr(((Descriptors.StaticMethod) self).getCallable()) + ")>";
        }
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().staticmethod;
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("__func__", new Descriptors.GetSet(gs, "__func__", t, o -> ((Descriptors.StaticMethod) o).getCallable(), null, null));
        ns.setStr("__wrapped__", new Descriptors.GetSet(gs, "__wrapped__", t, o -> ((Descriptors.StaticMethod) o).getCallable(), null, null));
        ns.setStr("__isabstractmethod__", new Descriptors.GetSet(gs, "__isabstractmethod__", t,
                        o -> isAbstract(((Descriptors.StaticMethod) o).getCallable()), null, null));
        ns.setStr("__dict__", new Descriptors.GetSet(gs, "__dict__", t, CoreTypes::getInstanceDict, CoreTypes::setInstanceDict, null));
    }
}
