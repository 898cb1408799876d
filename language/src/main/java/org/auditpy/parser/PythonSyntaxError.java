package org.auditpy.parser;

/**
 * A compile-time error in Python source: the Java form of CPython's {@code SyntaxError} and its
 * subclasses {@code IndentationError} and {@code TabError}, carrying the same attributes as the Python
 * exception ({@code msg, filename, lineno, offset, text, end_lineno, end_offset}) so the runtime can build
 * the Python exception object from it.
 *
 * <p>Raised by {@link PythonParserFacade#parse} (tokenizer and parser errors, CPython's
 * Parser/tokenizer.c and Parser/pegen_errors.c) and by {@link ScopeAnalyzer#analyze} (CPython's
 * Python/symtable.c and the compiler's checks such as {@code 'return' outside function}).
 *
 * <p>Positions follow CPython 3.11: {@code lineno} is 1-based; {@code offset} is the 1-based column
 * (in characters) CPython reports, {@code endOffset} likewise; CPython uses {@code 0} or {@code -1} in
 * {@code end_offset} for a few tokenizer errors and these values are reproduced. {@code text} is the
 * source line the error is on, including its line terminator for parser errors (CPython strips it for
 * errors raised by the tokenizer itself), or {@code null} when there is no source line.
 */
public final class PythonSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception type name: {@code "SyntaxError"}, {@code "IndentationError"} or {@code "TabError"}. */
    public final String kind;
    /** The message, worded as CPython 3.11 words it (Python's {@code SyntaxError.msg}). */
    public final String msg;
    /** The file name given to the parser (Python's {@code SyntaxError.filename}). */
    public final String filename;
    /** 1-based line number of the error. */
    public final int lineno;
    /** 1-based column of the error as CPython reports it. */
    public final int offset;
    /** The offending source line (see class comment), or {@code null}. */
    public final String text;
    /** 1-based end line number. */
    public final int endLineno;
    /** 1-based end column (exclusive), CPython's {@code 0}/{@code -1} markers, or {@link #NO_END_OFFSET}. */
    public final int endOffset;
    /**
     * The message of an error that only the end of an interactive statement's input caused (CPython's
     * {@code "incomplete input"} of {@code PyPARSE_ALLOW_INCOMPLETE_INPUT}): the prompt reads another line.
     */
    public static final String INCOMPLETE_INPUT = "incomplete input";
    /** The {@link #endOffset} of an error whose {@code end_offset} is None. */
    public static final int NO_END_OFFSET = Integer.MIN_VALUE;
    /**
     * True for the errors CPython raises after parsing (symbol table and compiler): their {@link #text} is
     * {@code null} here and the runtime rereads line {@link #lineno} of the file named {@link #filename}, as
     * CPython's {@code PyErr_ProgramTextObject} does (Python/errors.c), when it builds the exception.
     */
    public final boolean rereadText;
    /**
     * True for the parser's errors that CPython raises through {@code _PyPegen_raise_error_known_location}
     * (Parser/pegen_errors.c; their {@link #text} ends with a newline): when the source was compiled in
     * {@code exec} mode CPython takes the error's line from the file named {@link #filename}
     * ({@code _PyErr_ProgramDecodedTextObject}, with its {@code open} event), and only when that fails from the
     * source itself ({@link #text}). False for the tokenizer's own errors and for errors of an f-string
     * replacement field's expression (parsed in CPython's {@code fstring_input} mode).
     */
    public final boolean rereadInExecMode;

    /**
     * Creates the error.
     *
     * @param kind      {@code "SyntaxError"}, {@code "IndentationError"} or {@code "TabError"}
     * @param msg       the message
     * @param filename  the file name
     * @param lineno    1-based line
     * @param offset    1-based column
     * @param text      the source line or {@code null}
     * @param endLineno 1-based end line
     * @param endOffset 1-based end column
     */
    public PythonSyntaxError(String kind, String msg, String filename, int lineno, int offset, String text,
            int endLineno, int endOffset) {
        this(kind, msg, filename, lineno, offset, text, endLineno, endOffset, false, false);
    }

    private PythonSyntaxError(String kind, String msg, String filename, int lineno, int offset, String text,
            int endLineno, int endOffset, boolean rereadText, boolean rereadInExecMode) {
        super(msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.rereadText = rereadText;
        this.rereadInExecMode = rereadInExecMode;
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    /**
     * A {@code SyntaxError} of the symbol-table or compiler phase (CPython's
     * {@code PyErr_RangedSyntaxLocationObject} in Python/symtable.c, {@code compiler_error} in
     * Python/compile.c): no text of its own, {@link #rereadText} set.
     *
     * @param msg       the message
     * @param filename  the file name
     * @param lineno    1-based line
     * @param offset    1-based column
     * @param endLineno 1-based end line
     * @param endOffset 1-based end column
     * @return the error
     */
    public static PythonSyntaxError afterParse(String msg, String filename, int lineno, int offset, int endLineno,
            int endOffset) {
        return new PythonSyntaxError("SyntaxError", msg, filename, lineno, offset, null, endLineno, endOffset, true, false);
    }

    /**
     * A parser error raised through CPython's {@code _PyPegen_raise_error_known_location}: {@link #text} is
     * the parser's own line, {@link #rereadInExecMode} is set.
     *
     * @param kind      {@code "SyntaxError"}, {@code "IndentationError"} or {@code "TabError"}
     * @param msg       the message
     * @param filename  the file name
     * @param lineno    1-based line
     * @param offset    1-based column
     * @param text      the source line (with its newline)
     * @param endLineno 1-based end line
     * @param endOffset 1-based end column
     * @return the error
     */
    public static PythonSyntaxError knownLocation(String kind, String msg, String filename, int lineno, int offset,
            String text, int endLineno, int endOffset) {
        return new PythonSyntaxError(kind, msg, filename, lineno, offset, text, endLineno, endOffset, false, true);
    }

    /** This error without {@link #rereadInExecMode} (an error of an f-string field's own parse). */
    public PythonSyntaxError withoutReread() {
        return rereadInExecMode ? new PythonSyntaxError(kind, msg, filename, lineno, offset, text, endLineno, endOffset,
                        rereadText, false) : this;
    }

    /** Returns {@link #kind}. */
    public String kind() {
        return kind;
    }

    /** Returns {@link #msg}. */
    public String msg() {
        return msg;
    }

    /** Returns {@link #filename}. */
    public String filename() {
        return filename;
    }

    /** Returns {@link #lineno}. */
    public int lineno() {
        return lineno;
    }

    /** Returns {@link #offset}. */
    public int offset() {
        return offset;
    }

    /** Returns {@link #text}. */
    public String text() {
        return text;
    }

    /** Returns {@link #endLineno}. */
    public int endLineno() {
        return endLineno;
    }

    /** Returns {@link #endOffset}. */
    public int endOffset() {
        return endOffset;
    }

    @Override
    public String toString() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ", offset " + offset + ")";
    }
}
