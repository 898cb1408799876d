package org.auditpy.runtime;

/**
 * A traceback entry ({@code types.TracebackType}): {@code tb_frame}, {@code tb_lineno}, {@code tb_next}.
 *
 * <p>While an exception unwinds, each frame it passes gets a {@link Pending} entry (its code, Truffle frame
 * and position: plain fields, allocated in compiled code); the {@code PyTraceback} and {@link PyFrame}
 * objects are made from them only when the traceback is read ({@code __traceback__}, {@code sys.exc_info()},
 * printing), which most caught exceptions never do. CPython builds its traceback objects eagerly
 * (PyTraceBack_Here), but their content and order are the same.
 */
public final class PyTraceback extends PythonObject {
    /**
     * A traceback entry not yet made into objects: the frame's code, its Truffle frame (the locals
     * {@code tb_frame.f_locals} shows), the line and the failing expression's span, and the entry of the
     * frame it was called from (newer entries first, as the {@code tb_next} chain read backwards).
     */
    public static final class Pending {
        final PyCode code;
        final com.oracle.truffle.api.frame.MaterializedFrame frame;
        final int line;
        final int col;
        final int endLine;
        final int endCol;
        final String anchors;
        final Pending next;

        public Pending(PyCode code, com.oracle.truffle.api.frame.MaterializedFrame frame, int line, int col, int endLine, int endCol, String anchors,
                        Pending next) {
            this.code = code;
            this.frame = frame;
            this.line = line;
            this.col = col;
            this.endLine = endLine;
            this.endCol = endCol;
            this.anchors = anchors;
            this.next = next;
        }

        /**
         * The {@code PyTraceback} chain of {@code pending} (newest first) on top of {@code older}: the newest
         * entry's object comes first and its {@code tb_next} leads to the older ones, then to {@code older}.
         */
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        static PyTraceback build(Pending pending, PyTraceback older) {
            return build(pending, older, false);
        }

        /**
         * As {@link #build(Pending, PyTraceback)}; {@code atSafepoint}: the exception was raised at a safepoint, and
         * the entry of the frame it was raised in (the oldest pending one, when there is no older traceback) gets
         * the line of the loop's backward jump, without a failing expression's span.
         */
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        static PyTraceback build(Pending pending, PyTraceback older, boolean atSafepoint) {
            java.util.ArrayList<Pending> list = new java.util.ArrayList<>();
            for (Pending p = pending; p != null; p = p.next) {
                list.add(p);
            }
            PyTraceback tb = older;
            for (int i = list.size() - 1; i >= 0; i--) {
                Pending p = list.get(i);
                if (isCStandIn(p.code)) {
                    continue;
                }
                boolean raisedHere = atSafepoint && older == null && i == list.size() - 1;
                int line = raisedHere ? org.auditpy.nodes.Tracebacks.safepointLine(p.code, p.line) : p.line;
                Object globals = p.frame == null ? null : p.frame.getArguments()[FrameArgs.GLOBALS];
                PyFrame f = PyFrame.of(p.code, globals == null ? PyNone.NONE : globals, line, p.frame);
                tb = new PyTraceback(f, line, tb);
                if (p.col >= 0 && !raisedHere) {
                    tb.setPosition(p.col, p.endLine, p.endCol);
                    tb.setCaretAnchors(p.anchors);
                }
            }
            return tb;
        }
    }

    /**
     * Functions of auditpy's Python library that stand in for functions CPython writes in C, by file in the library:
     * a traceback has no entries of theirs, as CPython's has none of a C function (a warning raised as an error by
     * {@code -W error} points at the caller of {@code warnings.warn}, Python/_warnings.c).
     */
    private static final java.util.Map<String, java.util.Set<String>> C_STAND_INS = java.util.Map.of("warnings.py", java.util.Set.of("warn", "warn_explicit"));

    /** Whether {@code code} is one of {@link #C_STAND_INS} (a function of that name in that file of the library). */
    static boolean isCStandIn(PyCode code) {
        if (code == null) {
            return false;
        }
        String file = code.getFilename();
        int slash = file.lastIndexOf('/');
        java.util.Set<String> names = C_STAND_INS.get(file.substring(slash + 1));
        if (names == null || !names.contains(code.getName()) || slash < 0) {
            return false;
        }
        String stdlib = PythonContext.get().getEnv().getOptions().get(org.auditpy.AuditPyLanguage.STDLIB);
        return !stdlib.isEmpty() && java.nio.file.Path.of(file.substring(0, slash)).normalize().equals(java.nio.file.Path.of(stdlib).toAbsolutePath().normalize());
    }

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
