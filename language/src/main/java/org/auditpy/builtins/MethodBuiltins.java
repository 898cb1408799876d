package org.auditpy.builtins;

import static org.auditpy.builtins.FunctionBuiltins.*;

import java.util.List;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.Identity;
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
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyTraceback;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Part of {@link FunctionBuiltins}. */
public final class MethodBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return MethodBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyMethod m = meth(self);
            Object q = PyOps.getAttributeOrNull(m.getFunction(), "__qualname__");
            if (q == null) {
                q = PyOps.getAttributeOrNull(m.getFunction(), "__name__");
            }
            return "<bound method " + (q instanceof String s ? s : "?") + " of " + PyOps.repr(m.getSelf()) + ">";
        }
    }

    @Builtin(name = "__getattr__", params = {"self", "name", "/"})
    @GenerateNodeFactory
    abstract static class GetAttrNode extends PythonBuiltinNode {
        @Specialization
        static Object getattr(Object self, Object name) {
            return PyOps.getAttribute(meth(self).getFunction(), BuiltinFunctions.attrName(name));
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBuiltinNode {
        @Specialization
        static Object eq(Object self, Object other) {
            if (!(other instanceof PyMethod o)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            PyMethod m = meth(self);
            return m.getSelf() == o.getSelf() && PyOps.equals(m.getFunction(), o.getFunction());
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object hash(Object self) {
            PyMethod m = meth(self);
            return Identity.id(m.getSelf()) ^ PyOps.hash(m.getFunction());
        }
    }

    /**
     * {@code types.MethodType(function, instance)} (Objects/classobject.c method_new): a bound method; the function
     * must be callable and the instance not None.
     */
    @Builtin(name = "__new__", params = {"type", "function", "instance", "/"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object create(Object type, Object function, Object instance) {
            if (!BuiltinFunctions.isCallable(function)) {
                throw PyErrors.typeError("first argument must be callable");
            }
            if (instance == PyNone.NONE) {
                throw PyErrors.typeError("instance must not be None");
            }
            return new PyMethod(PythonContext.get().types().method, function, instance);
        }
    }

    @Builtin(name = "__call__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class CallNode extends PythonBuiltinNode {
        @Specialization
        static Object call(Object self, Object args, Object kwargs) {
            return BuiltinFunctions.callWith(meth(self), ((PyTuple) args).items(), (PyDict) kwargs);
        }
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().method;
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("__func__", new Descriptors.GetSet(gs, "__func__", t, o -> meth(o).getFunction(), null, null));
        ns.setStr("__self__", new Descriptors.GetSet(gs, "__self__", t, o -> meth(o).getSelf(), null, null));
        ns.setStr("__name__", new Descriptors.GetSet(gs, "__name__", t, o -> PyOps.getAttribute(meth(o).getFunction(), "__name__"), null, null));
        ns.setStr("__qualname__", new Descriptors.GetSet(gs, "__qualname__", t, o -> PyOps.getAttribute(meth(o).getFunction(), "__qualname__"),
                        null, null));
        ns.setStr("__doc__", new Descriptors.GetSet(gs, "__doc__", t, o -> {
            Object d = PyOps.getAttributeOrNull(meth(o).getFunction(), "__doc__");
            return d == null ? PyNone.NONE : d;
        }, null, null));
        ns.setStr("__module__", new Descriptors.GetSet(gs, "__module__", t, o -> {
            Object d = PyOps.getAttributeOrNull(meth(o).getFunction(), "__module__");
            return d == null ? PyNone.NONE : d;
        }, null, null));
    }
}
