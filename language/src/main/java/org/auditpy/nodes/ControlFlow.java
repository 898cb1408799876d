package org.auditpy.nodes;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Java throwables for non-local control flow inside a function body: return, break, continue. */
public final class ControlFlow {
    private ControlFlow() {
    }

    /** What {@link StmtNode#executeReturning} answers when the statement ends without a {@code return}. */
    public static final Object NO_RETURN = new Object() {
        @Override
        public String toString() {
            return "NO_RETURN";
        }
    };

    /** {@code return value}: caught by the function's root node. */
    public static final class ReturnException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public final Object value;

        public ReturnException(Object value) {
            this.value = value;
        }
    }

    /** {@code break}: caught by the innermost loop. */
    public static final class BreakException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final BreakException INSTANCE = new BreakException();
    }

    /** {@code continue}: caught by the innermost loop body. */
    public static final class ContinueException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final ContinueException INSTANCE = new ContinueException();
    }
}
