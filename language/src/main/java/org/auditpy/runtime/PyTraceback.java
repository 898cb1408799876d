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

    // Fine-grained location of the failing expression (3.11 caret lines); -1 when unknown. Set by the
    // frame's root when it adds the entry (added for the builtins' traceback printer).
    private int colOffset = -1;
    private int endLineno = -1;
    private int endColOffset = -1;
    /** Optional caret pattern of the segment ("~~~^~~~" for binary operators), or null for plain carets. */
    private String caretAnchors;

    /** Records the failing expression's span: 0-based start column, end line, 0-based end column. */
    public void setPosition(int colOffset, int endLineno, int endColOffset) {
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    public void setCaretAnchors(String anchors) {
        this.caretAnchors = anchors;
    }

    public int getColOffset() {
        return colOffset;
    }

    public int getEndLineno() {
        return endLineno;
    }

    public int getEndColOffset() {
        return endColOffset;
    }

    public String getCaretAnchors() {
        return caretAnchors;
    }
}
