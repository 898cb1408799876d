package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Struct sequences ({@code sys.version_info}, {@code sys.flags}): tuples with named fields (Objects/structseq.c). */
public final class StructSeq extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StructSeqFactory.getFactories();
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            if (!(self instanceof PyTuple t)) {
                throw PyErrors.typeError("descriptor '__repr__' requires a struct sequence");
            }
            PyType type = t.getPythonClass();
            Object fields = type.lookup("__match_args__");
            Object[] names = fields instanceof PyTuple ft ? ft.items() : new Object[0];
            Object mod = type.getDict().getStr("__module__");
            StringBuilder sb = new StringBuilder();
            if (mod instanceof String m && !m.equals("builtins")) {
                sb.append(m).append('.');
            }
            sb.append(type.getName()).append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(i < names.length ? names[i] : "?").append('=').append(PyOps.repr(t.get(i)));
            }
            return sb.append(')').toString();
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object reduce(Object self) {
            PyTuple t = (PyTuple) self;
            return PyTuple.of(t.getPythonClass(), PyTuple.of(PyTuple.of(t.items())));
        }
    }

    /** A struct sequence type {@code module.name} over {@code fields}. */
    @TruffleBoundary
    public static PyType makeType(PythonContext ctx, String module, String name, String[] fields) {
        PyType t = new PyType(ctx.types().type, name, new PyType[]{ctx.types().tuple}, new PyDict(ctx.types().dict), false, PyType.Layout.TUPLE,
                        false);
        t.computeMro(ctx.types().object);
        // filled on first use of the type (PyType.deferInit)
        BuiltinsInstaller.deferInit(() -> {
            BuiltinsInstaller.install(ctx, t.getDict(), new StructSeq(), name, true);
            t.getDict().setStr("__module__", module);
            Object[] names = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                final int idx = i;
                names[i] = fields[i];
                t.getDict().setStr(fields[i], new Descriptors.GetSet(ctx.types().getsetDescriptor, fields[i], t, o -> ((PyTuple) o).get(idx), null, null));
            }
            t.getDict().setStr("__match_args__", PyTuple.of(names));
            t.getDict().setStr("n_fields", (long) fields.length);
            t.getDict().setStr("n_sequence_fields", (long) fields.length);
            t.getDict().setStr("n_unnamed_fields", 0L);
        }, t);
        return t;
    }
}
