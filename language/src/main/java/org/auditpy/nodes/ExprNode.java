package org.auditpy.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/** A node that evaluates a Python expression to a value. */
@TypeSystemReference(PyTypes.class)
public abstract class ExprNode extends PyNode {
    /** Evaluates the expression. */
    public abstract Object execute(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        Object v = execute(frame);
        if (v instanceof Long l) {
            return l;
        }
        throw new UnexpectedResultException(v);
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        Object v = execute(frame);
        if (v instanceof Double d) {
            return d;
        }
        throw new UnexpectedResultException(v);
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        Object v = execute(frame);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new UnexpectedResultException(v);
    }
}
