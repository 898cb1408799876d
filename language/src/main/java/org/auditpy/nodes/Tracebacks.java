package org.auditpy.nodes;

import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyException;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

/** Adds traceback entries as exceptions leave or are caught in Python frames (CPython's PyTraceBack_Here). */
public final class Tracebacks {
    private Tracebacks() {
    }

    /** The exception is caught in the frame of {@code node}: it gets this frame's traceback entry now. */
    public static void catchInFrame(PyException e, VirtualFrame frame, Node node) {
        PyCode code = codeOf(node);
        if (code != null) {
            e.addFrame(code, frame.materialize());
        }
    }

    /**
     * No clause matched the exception {@link #catchInFrame} gave this frame's entry: it goes on unwinding
     * without a second entry for the frame (CPython adds one per frame, at the first handler it reaches).
     */
    public static void rethrowUnmatched(PyException e, Node node) {
        if (codeOf(node) != null) {
            e.markFrameRecorded();
        }
    }

    /** The code of the Python frame {@code node} runs in (a function's, or a generator body's), else null. */
    static PyCode codeOf(Node node) {
        RootNode r = node.getRootNode();
        if (r instanceof PyRootNode root) {
            return root.getCode();
        }
        if (r instanceof Generators.BodyRoot body) {
            return body.getFunctionCode();
        }
        return null;
    }

    static void add(PyException e, PyRootNode root, com.oracle.truffle.api.frame.MaterializedFrame frame) {
        e.addFrame(root.getCode(), frame);
    }
}
