package org.auditpy.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Java throwable that carries a raised Python exception ({@link PyBaseException}) through the Truffle
 * node tree. Tracebacks are built as the exception unwinds, as CPython's {@code PyTraceBack_Here} does: the
 * innermost statement of each frame records its line ({@link #recordLine}), and the frame's root node adds a
 * traceback entry when the exception leaves the frame.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PyBaseException pyException;
    /** Line of the current frame at which the exception passed, or -1 until a statement records it. */
    private int pendingLine = -1;
    /** Set by a bare {@code raise}: the current frame is already in the traceback. */
    private boolean frameRecorded;
    /** Columns of the failing expression in the current frame (3.11 caret lines), or -1. */
    private int pendingCol = -1;
    private int pendingEndLine = -1;
    private int pendingEndCol = -1;
    private String pendingAnchors;
    /** The frame whose trace function was last given this exception's {@code exception} event (see Tracing). */
    private transient Object tracedFrame;

    /**
     * A carrier raised at {@code location}. Truffle's own stack trace is not captured (limit 0): the Python
     * traceback is built as the exception unwinds (see {@link #addFrame}), and Truffle's would cost an
     * element per call it passes.
     */
    public PyException(PyBaseException exception, Node location) {
        super(null, null, 0, location);
        this.pyException = exception;
    }

    /** The Python exception object. */
    /** The frame that last received this exception's trace event, or null. */
    public Object getTracedFrame() {
        return tracedFrame;
    }

    public void setTracedFrame(Object frame) {
        this.tracedFrame = frame;
    }

    public PyBaseException getPyException() {
        return pyException;
    }

    /** Records the line of the innermost statement of the current frame (first caller wins). */
    public void recordLine(int line) {
        if (pendingLine < 0 && !frameRecorded) {
            pendingLine = line;
        }
    }

    /**
     * Records the span of the innermost failing expression of the current frame (first caller wins), with
     * its caret pattern ({@code ~~^~~}) for binary operators and subscripts, else null.
     */
    public void recordPosition(int line, int col, int endLine, int endCol, String anchors) {
        if (pendingCol < 0 && !frameRecorded) {
            if (pendingLine < 0) {
                pendingLine = line;
            }
            if (pendingLine == line) {
                pendingCol = col;
                pendingEndLine = endLine;
                pendingEndCol = endCol;
                pendingAnchors = anchors;
            }
        }
    }

    public int getPendingLine() {
        return pendingLine;
    }

    /** Marks the current frame as already present in the traceback (bare {@code raise}). */
    public void markFrameRecorded() {
        frameRecorded = true;
    }

    /**
     * Called when the exception leaves (or is caught in) a Python frame: prepends a traceback entry for that
     * frame (its code and Truffle frame), unless a bare {@code raise} or an unmatched {@code except} already
     * recorded the frame. Runs in compiled code: the entry is a plain object, the traceback objects are made
     * when {@code __traceback__} is read.
     */
    public void addFrame(PyCode code, com.oracle.truffle.api.frame.MaterializedFrame frame) {
        if (!frameRecorded) {
            pyException.pushTraceback(code, frame, pendingLine, pendingCol, pendingEndLine, pendingEndCol, pendingCol >= 0 ? pendingAnchors : null);
        }
        frameRecorded = false;
        pendingLine = -1;
        pendingCol = -1;
        pendingAnchors = null;
    }

    @Override
    public String getMessage() {
        return PyOps.formatExceptionOnly(pyException);
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        PyType t = pyException.getPythonClass();
        if (t != null && "SystemExit".equals(t.getName())) {
            return ExceptionType.EXIT;
        }
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return false;
    }

    @ExportMessage
    int getExceptionExitStatus() {
        return PyOps.exitCodeOf(pyException);
    }
}
