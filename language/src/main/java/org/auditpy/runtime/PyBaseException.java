package org.auditpy.runtime;

/**
 * A Python exception instance ({@code BaseException} and subclasses, CPython's
 * {@code PyBaseExceptionObject}): {@code args}, {@code __traceback__}, {@code __cause__}, {@code __context__}
 * and {@code __suppress_context__}. Subclass-specific attributes ({@code StopIteration.value},
 * {@code OSError.errno}, {@code SystemExit.code}, ...) are ordinary instance attributes.
 */
public final class PyBaseException extends PythonObject {
    private PyTuple args;
    private PyTraceback traceback;
    /** Entries added while unwinding and not yet made into objects, on top of {@link #traceback}. */
    private PyTraceback.Pending pendingTraceback;
    private Object cause = PyNone.NONE;
    private Object context = PyNone.NONE;
    private boolean suppressContext;
    /** The throwable carrying this exception, reused when it is raised again. */
    private PyException carrier;
    /** Raised by a signal's action at a safepoint, its traceback not made yet (see {@link #markRaisedAtSafepoint}). */
    private boolean raisedAtSafepoint;
    /**
     * {@code NameError.name} and {@code AttributeError.name}; null while unset (CPython's NULL member, read as None).
     * Only meaningful for those two classes and their subclasses, whose descriptors expose it.
     */
    private Object missingName;
    /** {@code AttributeError.obj}: the object whose attribute was missing; null while unset (read as None). */
    private Object missingFrom;

    /** {@code BaseExceptionGroup.message}; null for an exception that is not a group. */
    private Object groupMessage;
    /** {@code BaseExceptionGroup.exceptions}; null for an exception that is not a group. */
    private PyTuple groupExceptions;

    public PyBaseException(PyType cls, PyTuple args) {
        super(cls);
        this.args = args;
    }

    /** {@code name} of a NameError or AttributeError, or null when unset. */
    /** Makes this a group's instance (BaseExceptionGroup_new's {@code msg} and {@code excs}). */
    public void setGroup(Object message, PyTuple exceptions) {
        this.groupMessage = message;
        this.groupExceptions = exceptions;
    }

    /** {@code message} of an exception group, or null when this is not one. */
    public Object getGroupMessage() {
        return groupMessage;
    }

    /** {@code exceptions} of an exception group, or null when this is not one. */
    public PyTuple getGroupExceptions() {
        return groupExceptions;
    }

    public Object getMissingName() {
        return missingName;
    }

    /** Sets (null: unsets) {@code name} of a NameError or AttributeError. */
    public void setMissingName(Object name) {
        this.missingName = name;
    }

    /** {@code obj} of an AttributeError, or null when unset. */
    public Object getMissingFrom() {
        return missingFrom;
    }

    /** Sets (null: unsets) {@code obj} of an AttributeError. */
    public void setMissingFrom(Object obj) {
        this.missingFrom = obj;
    }

    public PyTuple getArgs() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** {@code __traceback__}, or null: builds the objects of the entries added while unwinding. */
    public PyTraceback getTracebackOrNull() {
        if (pendingTraceback != null) {
            traceback = PyTraceback.Pending.build(pendingTraceback, traceback, raisedAtSafepoint);
            pendingTraceback = null;
            raisedAtSafepoint = false;
        }
        return traceback;
    }

    /**
     * Marks a KeyboardInterrupt raised at a Truffle safepoint: the frame it was raised in gets the line of the
     * loop's backward jump, where CPython 3.11 checks for signals ({@code org.auditpy.nodes.Tracebacks.safepointLine}),
     * when the traceback is made into objects; unwinding records lines as for any exception and pays nothing more.
     */
    public void markRaisedAtSafepoint() {
        raisedAtSafepoint = true;
    }

    /** Sets {@code __traceback__} (entries added later go on top of it). */
    public void setTraceback(PyTraceback tb) {
        this.pendingTraceback = null;
        this.traceback = tb;
    }

    /** Adds the entry of a frame the exception passes (PyTraceBack_Here), without making objects yet. */
    void pushTraceback(PyCode code, com.oracle.truffle.api.frame.MaterializedFrame frame, int line, int col, int endLine, int endCol, String anchors) {
        pendingTraceback = new PyTraceback.Pending(code, frame, line, col, endLine, endCol, anchors, pendingTraceback);
    }

    public Object getCause() {
        return cause;
    }

    /** Sets {@code __cause__} and, as CPython does, {@code __suppress_context__ = True}. */
    public void setCause(Object cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public void setCauseOnly(Object cause) {
        this.cause = cause;
    }

    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean getSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean v) {
        this.suppressContext = v;
    }

    /** The throwable for raising this exception (a fresh one each raise, so unwinding state is clean). */
    public PyException toThrowable(com.oracle.truffle.api.nodes.Node location) {
        carrier = new PyException(this, location);
        return carrier;
    }

    public PyException getCarrier() {
        return carrier;
    }
}
