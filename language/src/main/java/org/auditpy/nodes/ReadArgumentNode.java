package org.auditpy.nodes;

import org.auditpy.runtime.FrameArgs;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Reads bound argument {@code index} (see {@link FrameArgs}); used by builtin roots and function prologues. */
public final class ReadArgumentNode extends ExprNode {
    private final int index;

    public ReadArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getArguments()[FrameArgs.USER + index];
    }
}
