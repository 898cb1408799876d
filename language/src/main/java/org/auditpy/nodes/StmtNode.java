package org.auditpy.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A node that executes a Python statement. */
public abstract class StmtNode extends PyNode {
    /** Executes the statement. */
    public abstract void executeVoid(VirtualFrame frame);

    /**
     * Executes the statement where a {@code return} inside it may end the function without throwing: returns
     * the returned value, or {@link ControlFlow#NO_RETURN} when the statement completes normally. Blocks,
     * {@code if} and {@code return} override this, so a {@code return} reached only through them is a plain
     * Java return that escape analysis sees through; a {@code return} inside any other statement (a loop,
     * {@code try}, {@code with}) still throws {@link ControlFlow.ReturnException} through {@link #executeVoid}.
     */
    public Object executeReturning(VirtualFrame frame) {
        executeVoid(frame);
        return ControlFlow.NO_RETURN;
    }
}
