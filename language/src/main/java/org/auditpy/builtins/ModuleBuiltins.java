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
public final class ModuleBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ModuleBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = {"cls", "/", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newModule(Object cls, Object args, Object kwargs) {
            PyModule m = new PyModule((PyType) cls, "?", new PyDict(PythonContext.get().types().dict));
            m.getDict().removeItem("__name__");
            return m;
        }
    }

    @Builtin(name = "__init__", params = {"self", "name", "doc="})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object name, Object doc) {
            if (!(name instanceof String)) {
                throw PyErrors.typeError("module.__init__() argument 'name' must be str, not " + PyOps.typeName(name));
            }
            PyDict d = ((PyModule) self).getDict();
            d.setStr("__name__", name);
            d.setStr("__doc__", doc == PyNone.NO_VALUE ? PyNone.NONE : doc);
            d.setStr("__package__", PyNone.NONE);
            d.setStr("__loader__", PyNone.NONE);
            d.setStr("__spec__", PyNone.NONE);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyModule m = (PyModule) self;
            Object name = m.getDict().getStr("__name__");
            String n = name instanceof String s ? s : "?";
            Object file = m.getDict().getStr("__file__");
            if (file instanceof String f) {
                return "<module " + PyOps.repr(n) + " from " + PyOps.repr(f) + ">";
            }
            Object bn = PythonContext.get().getSys() == null ? null : PythonContext.get().getSys().getDict().getStr("builtin_module_names");
            if (bn instanceof PyTuple t) {
                for (Object o : t.items()) {
                    if (n.equals(o)) {
                        return "<module " + PyOps.repr(n) + " (built-in)>";
                    }
                }
            }
            return "<module " + PyOps.repr(n) + ">";
        }
    }

    @Builtin(name = "__dir__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class DirNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object dir(Object self) {
            PyDict d = ((PyModule) self).getDict();
            Object f = d.getStr("__dir__");
            if (f != null) {
                return PyOps.callPositional(f);
            }
            return org.auditpy.runtime.PyList.of(d.keysArray());
        }
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().module;
        ns.setStr("__dict__", new Descriptors.GetSet(ctx.types().getsetDescriptor, "__dict__", t, o -> ((PyModule) o).getDict(), null, null));
    }
}
