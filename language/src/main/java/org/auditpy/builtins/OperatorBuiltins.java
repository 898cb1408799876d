package org.auditpy.builtins;

import java.util.ArrayList;
import java.util.List;

import org.auditpy.nodes.ExprNode;
import org.auditpy.runtime.Arithmetic.BinOp;
import org.auditpy.runtime.Comparisons.Op;

import com.oracle.truffle.api.dsl.Specialization;

/**
 * The operator dunders of a builtin type ({@code __eq__ ... __ge__}, {@code __add__}/{@code __radd__}, ...),
 * which CPython's type slots expose as wrapper descriptors ({@code tp_richcompare}, {@code nb_add}; see
 * Objects/typeobject.c, slotdefs). A type's {@link PythonBuiltins} container gives one function per family in
 * {@link PythonBuiltins#operators(Table)}, and one node class per family serves every operator of every type:
 * the operator is a constant of the node, so each installed method compiles to a direct call of that function.
 */
public final class OperatorBuiltins {
    private OperatorBuiltins() {
    }

    /**
     * A type's rich comparison ({@code tp_richcompare}): {@code self OP other}, or {@code NotImplemented}.
     * {@code self} is the method's first argument, not yet checked to be of the type.
     */
    @FunctionalInterface
    public interface RichCompare {
        Object compare(Object self, Object other, Op op);
    }

    /**
     * A type's binary number operation ({@code nb_add}, ...): for {@code __op__} {@code reflected} is false and
     * the result is {@code self OP other}; for {@code __rop__} it is true and the result is {@code other OP self}.
     * Returns {@code NotImplemented} for operands the type does not handle.
     */
    @FunctionalInterface
    public interface Binary {
        Object apply(Object self, Object other, BinOp op, boolean reflected);
    }

    /** The operator methods a container asks for; {@link BuiltinsInstaller} installs them. */
    public static final class Table {
        record Entry(String name, PythonBuiltinNode node) {
        }

        final List<Entry> entries = new ArrayList<>();

        /** Adds {@code __lt__}, {@code __le__}, {@code __eq__}, {@code __ne__}, {@code __gt__} and {@code __ge__}. */
        public Table richCompare(RichCompare fn) {
            for (Op op : Op.values()) {
                entries.add(new Entry(op.method, OperatorBuiltinsFactory.RichCompareNodeFactory.create(op, fn, arguments())));
            }
            return this;
        }

        /** Adds {@code __op__} and {@code __rop__} for each of {@code ops}. */
        public Table binary(Binary fn, BinOp... ops) {
            for (BinOp op : ops) {
                entries.add(new Entry(op.method, OperatorBuiltinsFactory.BinaryNodeFactory.create(op, false, fn, arguments())));
                entries.add(new Entry(op.rmethod, OperatorBuiltinsFactory.BinaryNodeFactory.create(op, true, fn, arguments())));
            }
            return this;
        }

        private static ExprNode[] arguments() {
            return new ExprNode[]{new org.auditpy.nodes.ReadArgumentNode(0), new org.auditpy.nodes.ReadArgumentNode(1)};
        }
    }

    /** The parameters of every operator method: {@code (self, other, /)}. */
    static final String[] PARAMS = {"self", "other", "/"};

    abstract static class RichCompareNode extends PythonBuiltinNode {
        private final Op op;
        private final RichCompare fn;

        RichCompareNode(Op op, RichCompare fn) {
            this.op = op;
            this.fn = fn;
        }

        @Specialization
        Object compare(Object self, Object other) {
            return fn.compare(self, other, op);
        }
    }

    abstract static class BinaryNode extends PythonBuiltinNode {
        private final BinOp op;
        private final boolean reflected;
        private final Binary fn;

        BinaryNode(BinOp op, boolean reflected, Binary fn) {
            this.op = op;
            this.reflected = reflected;
            this.fn = fn;
        }

        @Specialization
        Object apply(Object self, Object other) {
            return fn.apply(self, other, op, reflected);
        }
    }
}
