package org.auditpy.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A node that executes a Python statement. */
public abstract class StmtNode extends PyNode {
    /** Executes the statement. */
    public abstract void executeVoid(VirtualFrame frame);
}
