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
public final class SuperBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SuperBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = {"cls", "/", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        static Object newSuper(Object cls, Object args, Object kwargs) {
            return new PySuper((PyType) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "type=", "object=", "/"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object type, Object obj) {
            PySuper s = sup(self);
            if (absent(type)) {
                Object[] zero = zeroArgs();
                type = zero[0];
                obj = zero[1];
            }
            if (!(type instanceof PyType t)) {
                throw PyErrors.typeError("super() argument 1 must be a type, not " + PyOps.typeName(type));
            }
            if (absent(obj) || obj == PyNone.NONE) {
                obj = PyNone.NONE;
                s.objType = PyNone.NONE;
            } else {
                s.objType = superCheck(t, obj);
            }
            s.thisType = t;
            s.obj = obj;
            return PyNone.NONE;
        }
    }

    /**
     * Zero-argument super(): the calling Python function's {@code __class__} free variable and its first
     * argument (read from the caller frame's arguments: a reassigned first argument is not seen).
     */
    @TruffleBoundary
    static Object[] zeroArgs() {
        Frames.Info f = Frames.caller();
        if (f == null) {
            throw PyErrors.runtimeError("super(): no current frame");
        }
        PyFunction fn = f.function();
        PyCode code = f.code();
        if (fn == null || code == null || code.getSignature().slotCount() == 0 || f.args.length <= FrameArgs.USER) {
            throw PyErrors.runtimeError("super(): no arguments");
        }
        Object first = f.args[FrameArgs.USER];
        if (first instanceof PyCell c) {
            first = c.get();
        }
        String[] free = code.getFreevars();
        PyCell[] closure = fn.getClosure();
        int idx = -1;
        for (int i = 0; free != null && i < free.length; i++) {
            if ("__class__".equals(free[i])) {
                idx = i;
            }
        }
        if (idx < 0 || closure == null || idx >= closure.length) {
            throw PyErrors.runtimeError("super(): __class__ cell not found");
        }
        Object cls = closure[idx].get();
        if (cls == null) {
            throw PyErrors.runtimeError("super(): empty __class__ cell");
        }
        if (!(cls instanceof PyType)) {
            throw PyErrors.runtimeError("super(): __class__ is not a type (" + PyOps.typeName(cls) + ")");
        }
        return new Object[]{cls, first};
    }

    @Builtin(name = "__getattribute__", params = {"self", "name", "/"})
    @GenerateNodeFactory
    abstract static class GetAttributeNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object getattribute(Object self, Object name) {
            PySuper s = sup(self);
            String n = BuiltinFunctions.attrName(name);
            if (s.objType instanceof PyType start && !n.equals("__class__")) {
                PyType[] mro = start.getMro();
                int i = 0;
                while (i < mro.length && mro[i] != s.thisType) {
                    i++;
                }
                for (i++; i < mro.length; i++) {
                    Object v = mro[i].getDict().getStr(n);
                    if (v != null) {
                        return PyOps.descrGet(v, s.obj == start ? null : s.obj, start);
                    }
                }
            }
            Object r = PyOps.genericGetAttribute(self, n);
            if (r == null) {
                throw PyErrors.attributeError("'super' object has no attribute '" + n + "'");
            }
            return r;
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object inst, Object owner) {
            PySuper s = sup(self);
            if (inst == PyNone.NONE || s.obj != PyNone.NONE) {
                return s;
            }
            PySuper n = new PySuper(s.getPythonClass());
            n.thisType = s.thisType;
            n.obj = inst;
            n.objType = superCheck((PyType) s.thisType, inst);
            return n;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PySuper s = sup(self);
            // super_repr: the types' tp_name (a class's bare name), not their repr
            String t = "<class '" + (s.thisType instanceof PyType tt ? tt.getName() : "NULL") + "'>";
            if (s.objType instanceof PyType ot) {
                return "<super: " + t + ", <" + ot.getName() + " object>>";
            }
            return "<super: " + t + ", NULL>";
        }
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().superType;
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("__thisclass__", new Descriptors.GetSet(gs, "__thisclass__", t, o -> sup(o).thisType, null, null));
        ns.setStr("__self__", new Descriptors.GetSet(gs, "__self__", t, o -> sup(o).obj, null, null));
        ns.setStr("__self_class__", new Descriptors.GetSet(gs, "__self_class__", t, o -> sup(o).objType, null, null));
    }
}
