package org.auditpy.nodes;

import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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

    /**
     * The line CPython 3.11 gives a frame that a KeyboardInterrupt raised at a safepoint left from {@code line} (the
     * statement its unwinding passed first): the line of the backward jump of the innermost loop of {@code code}
     * around that statement, where CPython checks for signals: a {@code while} loop's own line, a {@code for} loop's
     * last body statement. Compiled code polls where the compiler placed the poll (often inside the body), the
     * interpreter at the loop's back edge; both give this line. {@code line} itself outside any loop. Called when the
     * traceback is made into objects, not while unwinding (see PyBaseException#markRaisedAtSafepoint).
     */
    @TruffleBoundary
    public static int safepointLine(PyCode code, int line) {
        com.oracle.truffle.api.RootCallTarget target = code == null ? null : code.getCallTarget();
        if (target == null || line <= 0) {
            return line;
        }
        Node[] innermost = {null};
        int[] depth = {-1};
        target.getRootNode().accept(n -> {
            StmtNode body = loopBody(n);
            if (body != null && (((PyNode) n).getLine() == line || hasLine(body, line))) {
                int d = 0;
                for (Node p = n.getParent(); p != null; p = p.getParent()) {
                    d++;
                }
                if (d > depth[0]) {
                    depth[0] = d;
                    innermost[0] = n;
                }
            }
            return true;
        });
        Node loop = innermost[0];
        if (loop == null) {
            return line;
        }
        if (loop instanceof Statements.While || loop instanceof Statements.FunctionWhile || loop instanceof Generators.GenWhile) {
            return ((PyNode) loop).getLine();
        }
        StmtNode last = loopBody(loop);
        while (last instanceof Statements.Block b && b.getBody().length > 0) {
            last = b.getBody()[b.getBody().length - 1];
        }
        return last.getLine() > 0 ? last.getLine() : line;
    }

    /** The body of a loop statement, or null for other nodes. */
    private static StmtNode loopBody(Node n) {
        if (n instanceof Statements.While w) {
            return w.body();
        } else if (n instanceof Statements.FunctionWhile w) {
            return w.body();
        } else if (n instanceof Statements.For f) {
            return f.body();
        } else if (n instanceof Statements.FunctionFor f) {
            return f.body();
        } else if (n instanceof Generators.GenWhile w) {
            return w.body();
        } else if (n instanceof Generators.GenFor f) {
            return f.body();
        }
        return null;
    }

    private static boolean hasLine(Node tree, int line) {
        boolean[] found = {tree instanceof PyNode p && p.getLine() == line};
        if (!found[0]) {
            tree.accept(n -> {
                if (n instanceof PyNode p && p.getLine() == line) {
                    found[0] = true;
                }
                return !found[0];
            });
        }
        return found[0];
    }

    static void add(PyException e, PyRootNode root, com.oracle.truffle.api.frame.MaterializedFrame frame) {
        e.addFrame(root.getCode(), frame);
    }
}
