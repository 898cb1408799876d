package org.auditpy.runtime;

/** A traceback entry ({@code types.TracebackType}): {@code tb_frame}, {@code tb_lineno}, {@code tb_next}. */
public final class PyTraceback extends PythonObject {
    private final PyFrame frame;
    private final int lineno;
    private PyTraceback next;

    public PyTraceback(PyFrame frame, int lineno, PyTraceback next) {
        super(PythonContext.get().types().traceback);
        this.frame = frame;
        this.lineno = lineno;
        this.next = next;
    }

    public PyFrame getFrame() {
        return frame;
    }

    public int getLineno() {
        return lineno;
    }

    public PyTraceback getNext() {
        return next;
    }

    public void setNext(PyTraceback next) {
        this.next = next;
    }
}
