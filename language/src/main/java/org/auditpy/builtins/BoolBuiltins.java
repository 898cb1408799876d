package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.Arithmetic.BinOp;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Methods of {@code bool} (Objects/boolobject.c); the rest is inherited from int. */
public final class BoolBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return BoolBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = {"cls", "x=", "/"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        /** {@code bool(x)}: the truth value with its common cases in the caller's compiled code. */
        @Specialization(guards = "cls == boolType()")
        static Object exact(@SuppressWarnings("unused") Object cls, Object x) {
            return !TypeSupport.absent(x) && org.auditpy.nodes.Expressions.truth(x);
        }

        Object boolType() {
            return PythonContext.get(this).types().bool;
        }

        @Specialization(replaces = "exact")
        @TruffleBoundary
        static Object f(Object cls, Object x) {
            if (cls != PythonContext.get().types().bool) {
                if (cls instanceof PyType t && t.isSubtypeOf(PythonContext.get().types().bool)) {
                    throw PyErrors.typeError("type 'bool' is not an acceptable base type");
                }
                throw PyErrors.newArgError("bool", cls);
            }
            return !TypeSupport.absent(x) && PyOps.isTrue(x);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            if (!(self instanceof Boolean b)) {
                throw TypeSupport.descrError("__repr__", "bool", self);
            }
            return b ? "True" : "False";
        }
    }

    @TruffleBoundary
    static Object logic(Object a, Object b, BinOp op) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return switch (op) {
                case AND -> x & y;
                case OR -> x | y;
                default -> x ^ y;
            };
        }
        return IntBuiltins.bin(a, b, op);
    }

    @Builtin(name = "__and__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class AndNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object other) {
            return logic(self, other, BinOp.AND);
        }
    }

    @Builtin(name = "__rand__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class RAndNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object other) {
            return logic(other, self, BinOp.AND);
        }
    }

    @Builtin(name = "__or__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class OrNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object other) {
            return logic(self, other, BinOp.OR);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class ROrNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object other) {
            return logic(other, self, BinOp.OR);
        }
    }

    @Builtin(name = "__xor__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class XorNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object other) {
            return logic(self, other, BinOp.XOR);
        }
    }

    @Builtin(name = "__rxor__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class RXorNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object other) {
            return logic(other, self, BinOp.XOR);
        }
    }
}
