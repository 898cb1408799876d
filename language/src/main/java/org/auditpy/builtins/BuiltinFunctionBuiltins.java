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
public final class BuiltinFunctionBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return BuiltinFunctionBuiltinsFactory.getFactories();
    }

    /** meth_call (Objects/methodobject.c): calling the builtin, or the builtin method with its self. */
    @Builtin(name = "__call__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class CallNode extends PythonBuiltinNode {
        @Specialization
        static Object call(Object self, Object args, Object kwargs) {
            return BuiltinFunctions.callWith(self, ((PyTuple) args).items(), (PyDict) kwargs);
        }
    }

    /**
     * meth_richcompare (Objects/methodobject.c): two bound builtin methods are equal when they bind the same
     * function to the same object ({@code l.append == l.append}); a builtin without a self only to itself.
     */
    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBuiltinNode {
        @Specialization
        static Object eq(Object self, Object other) {
            if (!(other instanceof PyBuiltinFunction) && !(other instanceof PyMethod om && om.getFunction() instanceof PyBuiltinFunction)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            if (self instanceof PyMethod a && other instanceof PyMethod b) {
                return a.getSelf() == b.getSelf() && a.getFunction() == b.getFunction();
            }
            return self == other;
        }
    }

    /** meth_hash (Objects/methodobject.c): of the bound object's identity and the function's. */
    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object hash(Object self) {
            if (self instanceof PyMethod m) {
                long h = PyOps.identityHash(m.getSelf()) ^ PyOps.identityHash(m.getFunction());
                return h == -1 ? -2L : h;
            }
            return PyOps.identityHash(self);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            if (self instanceof PyMethod m) {
                PyBuiltinFunction b = (PyBuiltinFunction) m.getFunction();
                return "<built-in method " + b.getName() + " of " + PyOps.typeName(m.getSelf()) + " object at 0x" +
                                Long.toHexString(Identity.id(m.getSelf())) + ">";
            }
            PyBuiltinFunction b = (PyBuiltinFunction) self;
            if (b.isMethod()) {
                String q = b.getQualname();
                int dot = q.lastIndexOf('.');
                return "<method '" + b.getName() + "' of '" + (dot > 0 ? q.substring(0, dot) : "?") + "' objects>";
            }
            return "<built-in function " + b.getName() + ">";
        }
    }

    /** meth_reduce (Objects/methodobject.c): the name for functions, getattr(self, name) for bound methods. */
    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object reduce(Object self) {
            if (self instanceof PyMethod m) {
                PyBuiltinFunction b = (PyBuiltinFunction) m.getFunction();
                Object getattr = PythonContext.get().getBuiltins().getDict().getStr("getattr");
                return PyTuple.of(getattr, PyTuple.of(m.getSelf(), b.getName()));
            }
            PyBuiltinFunction b = (PyBuiltinFunction) self;
            if (b.isMethod()) {
                throw PyErrors.typeError("cannot pickle '" + PyOps.typeName(self) + "' object");
            }
            return b.getName();
        }
    }
}
