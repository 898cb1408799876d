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

    public PyException(PyBaseException exception, Node location) {
        super(location);
        this.pyException = exception;
    }

    /** The Python exception object. */
    public PyBaseException getPyException() {
        return pyException;
    }

    /** Records the line of the innermost statement of the current frame (first caller wins). */
    public void recordLine(int line) {
        if (pendingLine < 0 && !frameRecorded) {
            pendingLine = line;
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
     * frame, unless a bare {@code raise} re-raised it from there.
     */
    public void addFrame(PyFrame frame) {
        if (frameRecorded) {
            frameRecorded = false;
            pendingLine = -1;
            return;
        }
        int line = pendingLine >= 0 ? pendingLine : frame.getLineno();
        frame.setLineno(line);
        pyException.setTraceback(new PyTraceback(frame, line, pyException.getTracebackOrNull()));
        pendingLine = -1;
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
