package org.auditpy.builtins;

import static org.auditpy.builtins.IterTypes.*;

import java.math.BigInteger;
import java.util.List;

import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySlice;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Part of {@link IterTypes}. */
public final class SliceBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SliceBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = {"cls", "*args"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newSlice(Object cls, Object args) {
            Object[] a = ((PyTuple) args).items();
            if (a.length == 0) {
                throw PyErrors.typeError("slice expected at least 1 argument, got 0");
            }
            if (a.length > 3) {
                throw PyErrors.typeError("slice expected at most 3 arguments, got " + a.length);
            }
            if (a.length == 1) {
                return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
            }
            return new PySlice(a[0], a[1], a.length == 3 ? a[2] : PyNone.NONE);
        }
    }

    @Builtin(name = "indices", params = {"self", "len", "/"})
    @GenerateNodeFactory
    abstract static class IndicesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object indices(Object self, Object len) {
            long n = PyOps.asIndex(len);
            if (n < 0) {
                throw PyErrors.valueError("length should not be negative");
            }
            long[] r = slice(self).indices(n);
            return PyTuple.of(r[0], r[1], r[2]);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PySlice s = slice(self);
            return "slice(" + PyOps.repr(s.start) + ", " + PyOps.repr(s.stop) + ", " + PyOps.repr(s.step) + ")";
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object eq(Object self, Object other) {
            PySlice a = slice(self);
            if (!(other instanceof PySlice b)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return PyOps.equals(PyTuple.of(a.start, a.stop, a.step), PyTuple.of(b.start, b.stop, b.step));
        }
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().slice;
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("start", new Descriptors.GetSet(gs, "start", t, o -> slice(o).start, null, null));
        ns.setStr("stop", new Descriptors.GetSet(gs, "stop", t, o -> slice(o).stop, null, null));
        ns.setStr("step", new Descriptors.GetSet(gs, "step", t, o -> slice(o).step, null, null));
        ns.setStr("__hash__", PyNone.NONE);
    }
}
