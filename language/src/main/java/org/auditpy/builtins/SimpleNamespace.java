package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
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

/** {@code types.SimpleNamespace} (Objects/namespaceobject.c), used for {@code sys.implementation}. */
public final class SimpleNamespace extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SimpleNamespaceFactory.getFactories();
    }

    private static PyType type;

    /** The SimpleNamespace type of the context (created on first use). */
    @TruffleBoundary
    public static synchronized PyType getType(PythonContext ctx) {
        Object t = ctx.getBuiltins() == null ? null : null;
        if (type == null || type.getPythonClass() != ctx.types().type) {
            PyType nt = new PyType(ctx.types().type, "SimpleNamespace", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false,
                            PyType.Layout.OBJECT, true);
            nt.computeMro(ctx.types().object);
            // filled on first use of the type (PyType.deferInit)
            BuiltinsInstaller.deferInit(() -> {
                BuiltinsInstaller.install(ctx, nt.getDict(), new SimpleNamespace(), "SimpleNamespace", true);
                nt.getDict().setStr("__module__", "types");
                nt.getDict().setStr("__hash__", PyNone.NONE);
            }, nt);
            type = nt;
        }
        return type;
    }

    public static PythonObject create(PythonContext ctx) {
        return new PythonObject(getType(ctx));
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            if (((PyTuple) args).size() > 0) {
                throw PyErrors.typeError("no positional arguments expected");
            }
            PyDict kw = (PyDict) kwargs;
            for (Object k : kw.keysArray()) {
                ((PythonObject) self).setAttribute((String) k, kw.getItem(k));
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PythonObject o = (PythonObject) self;
            String name = o.getPythonClass() == type ? "namespace" : o.getPythonClass().getName();
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            for (Object k : o.attributeNames()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(k).append('=').append(PyOps.repr(o.getAttributeOrNull((String) k)));
            }
            return sb.append(')').toString();
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object eq(Object self, Object other) {
            if (!(other instanceof PythonObject po) || !PyOps.typeOf(other).isSubtypeOf(type)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            PythonObject a = (PythonObject) self;
            Object[] ka = a.attributeNames();
            if (ka.length != po.attributeNames().length) {
                return false;
            }
            for (Object k : ka) {
                Object v = po.getAttributeOrNull((String) k);
                if (v == null || !PyOps.equals(a.getAttributeOrNull((String) k), v)) {
                    return false;
                }
            }
            return true;
        }
    }
}
