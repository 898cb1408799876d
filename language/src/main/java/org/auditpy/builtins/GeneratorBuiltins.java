package org.auditpy.builtins;

import java.util.List;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.Formatting;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyGenerator;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.nodes.Iteration;
import org.auditpy.nodes.Statements;
import org.auditpy.runtime.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Methods of {@code generator} objects (Objects/genobject.c): iteration, send, throw, close, gi_* attributes. */
public final class GeneratorBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return GeneratorBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().generator;
        TypeSupport.getter(ctx, ns, t, "gi_running", o -> ((PyGenerator) o).isRunning());
        TypeSupport.getter(ctx, ns, t, "gi_suspended", o -> ((PyGenerator) o).isStarted() && !((PyGenerator) o).isRunning()
                        && !((PyGenerator) o).isFinished()); // stopped at a yield: not before the first next() (FRAME_CREATED)
        TypeSupport.getter(ctx, ns, t, "__name__", o -> ((PyGenerator) o).getName());
        TypeSupport.getter(ctx, ns, t, "__qualname__", o -> ((PyGenerator) o).getQualname());
        TypeSupport.getter(ctx, ns, t, "gi_code", o -> {
            if (Audit.active()) {
                Audit.raise("object.__getattr__", o, "gi_code");
            }
            return ((PyGenerator) o).getCode();
        });
        TypeSupport.getter(ctx, ns, t, "gi_frame", o -> {
            if (Audit.active()) {
                Audit.raise("object.__getattr__", o, "gi_frame");
            }
            return ((PyGenerator) o).getPyFrame();
        });
        TypeSupport.getter(ctx, ns, t, "gi_yieldfrom", o -> PyNone.NONE);
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        static Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    abstract static class NextNode extends PythonBuiltinNode {
        @Specialization
        static Object next(PyGenerator self, @Cached Iteration.ResumeNode resume) {
            if (resume.execute(self, PyNone.NONE, null)) {
                return self.yielded();
            }
            throw stop(self.value);
        }

        @TruffleBoundary
        static PyException stop(Object value) {
            return PyErrors.stopIteration(value);
        }
    }

    @Builtin(name = "send", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class SendNode extends PythonBuiltinNode {
        @Specialization
        static Object send(PyGenerator self, Object value, @Cached Iteration.ResumeNode resume) {
            self.checkSend(value);
            if (resume.execute(self, value, null)) {
                return self.yielded();
            }
            throw NextNode.stop(self.value);
        }
    }

    @Builtin(name = "throw", params = {"self", "typ", "val=", "tb=", "/"})
    @GenerateNodeFactory
    abstract static class ThrowNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doThrow(PyGenerator self, Object typ, Object val, Object tb) {
            PyBaseException e;
            if (typ instanceof PyType t && val != PyNone.NO_VALUE && val != PyNone.NONE && !(val instanceof PyBaseException)) {
                e = Statements.Raise.makeException(PyOps.callPositional(t, val));
            } else if (val instanceof PyBaseException pv) {
                e = pv;
            } else {
                e = Statements.Raise.makeException(typ);
            }
            return self.throwInto(e);
        }
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    abstract static class CloseNode extends PythonBuiltinNode {
        @Specialization
        static Object close(PyGenerator self) {
            self.close();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(PyGenerator self) {
            String d = Formatting.defaultRepr(self);
            return "<generator object " + self.getQualname() + d.substring(d.indexOf(" at "));
        }
    }
}
