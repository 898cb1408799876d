package org.auditpy.nodes;

import org.auditpy.runtime.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** Adds traceback entries as exceptions leave or are caught in Python frames (CPython's PyTraceBack_Here). */
public final class Tracebacks {
    private Tracebacks() {
    }

    /** The exception is caught in the frame of {@code node}: it gets this frame's traceback entry now. */
    public static void catchInFrame(PyException e, VirtualFrame frame, Node node) {
        if (node.getRootNode() instanceof PyRootNode root) {
            add(e, root, frame.materialize());
        }
    }

    @TruffleBoundary
    static void add(PyException e, PyRootNode root, com.oracle.truffle.api.frame.MaterializedFrame frame) {
        e.addFrame(root.makePyFrame(frame, e.getPendingLine()));
    }
}
