package org.auditpy.runtime;

import org.auditpy.audit.Audit;
import org.auditpy.parser.NodeBuilder;
import org.auditpy.parser.PythonParserFacade;
import org.auditpy.parser.PythonSyntaxError;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

/**
 * Compiling source text to code objects and executing code in a namespace: the machinery behind
 * {@code compile}, {@code exec}, {@code eval}, import and the launcher, with the {@code compile} and
 * {@code exec} audit events at CPython's points.
 */
public final class CodeExecution {
    private CodeExecution() {
    }

    /**
     * Compiles {@code source} ({@code mode} "exec", "eval" or "single"). With {@code audit}, raises
     * {@code compile} with {@code (source_bytes, filename)} first. Syntax errors become Python SyntaxError.
     */
    @TruffleBoundary
    public static PyCode compile(String source, String filename, String mode, boolean audit) {
        if (audit && Audit.active()) {
            Audit.raise("compile", PyBytes.of(source.getBytes(java.nio.charset.StandardCharsets.UTF_8)), filename);
        }
        return compileNoAudit(source, filename, mode);
    }

    /** Compiles without raising an event (the caller raised its own, e.g. {@code compile (None, filename)}). */
    @TruffleBoundary
    public static PyCode compileNoAudit(String source, String filename, String mode) {
        return compileNoAudit(source, filename, mode, false);
    }

    /**
     * Compiles a script read from a file or stdin (mode "exec", no event), as CPython's file tokenizer reads it:
     * an error at the end of the input is at column 0 ({@link PythonParserFacade#parse(String, String,
     * PythonParserFacade.Mode, boolean)}).
     */
    @TruffleBoundary
    public static PyCode compileFileInput(String source, String filename) {
        return compileNoAudit(source, filename, "exec", true);
    }

    /**
     * Compiles the source of a library module being imported (mode "exec", no event; {@code source} is the text of the
     * file's bytes {@code data}): its tree comes from the build's syntax-tree cache when that has one for these very
     * bytes ({@link org.auditpy.parser.AstCache}), else from the parser. Either way the result and the errors are
     * those of {@link #compileNoAudit(String, String, String)}, but that the body of each {@code def} is built at the
     * function's first call (unless the option {@code auditpy.LazyLibraryBodies} is false).
     */
    @TruffleBoundary
    public static PyCode compileLibraryModule(byte[] data, String source, String filename) {
        PythonContext ctx = PythonContext.get();
        org.auditpy.parser.ast.Ast.Module cached = org.auditpy.parser.AstCache.lookup(ctx.getEnv().getOptions().get(org.auditpy.AuditPyLanguage.AST_CACHE), data);
        return compileNoAudit(source, filename, "exec", false, cached, ctx.getEnv().getOptions().get(org.auditpy.AuditPyLanguage.LAZY_LIBRARY_BODIES));
    }

    private static PyCode compileNoAudit(String source, String filename, String mode, boolean fileInput) {
        return compileNoAudit(source, filename, mode, fileInput, null, false);
    }

    /**
     * {@code parsed}: the tree of {@code source} when already known (mode "exec"), else null to parse it;
     * {@code library}: a module of the library, whose function bodies are built at their first call
     * ({@link NodeBuilder#build(org.auditpy.AuditPyLanguage, org.auditpy.parser.ast.Ast.Mod, Source, String, boolean)}).
     */
    private static PyCode compileNoAudit(String source, String filename, String mode, boolean fileInput, org.auditpy.parser.ast.Ast.Mod parsed,
                    boolean library) {
        PythonParserFacade.Mode m = switch (mode) {
            case "eval" -> PythonParserFacade.Mode.EVAL;
            case "single" -> PythonParserFacade.Mode.SINGLE;
            default -> PythonParserFacade.Mode.EXEC;
        };
        PythonContext ctx = PythonContext.get();
        try {
            org.auditpy.parser.ast.Ast.Mod ast;
            try {
                ast = parsed != null ? parsed : PythonParserFacade.parse(source, filename, m, fileInput);
            } catch (StackOverflowError e) {
                // nesting deeper than the Java stack holds: CPython's parser stack overflow
                throw PyErrors.noMemory();
            }
            switch (org.auditpy.parser.NestingCheck.check(ast, ctx.callDepth, ctx.getRecursionLimit())) {
                case PARSER_STACK_OVERFLOW -> throw PyErrors.noMemory();
                case COMPILER_RECURSION -> throw Recursion.error(Recursion.COMPILE);
                case OK -> {
                }
            }
            Source src = Source.newBuilder("auditpy", source, filename).build();
            try {
                return NodeBuilder.build(ctx.getLanguage(), ast, src, filename, library);
            } catch (StackOverflowError e) {
                throw Recursion.stackOverflow(Recursion.COMPILE);
            }
        } catch (PythonSyntaxError e) {
            throw syntaxError(e, m, source);
        }
    }

    /** The Python SyntaxError of a parser error of {@code source} compiled in mode {@code m}. */
    private static PyException syntaxError(PythonSyntaxError e, PythonParserFacade.Mode m, String source) {
        PyException py = syntaxError(e, m == PythonParserFacade.Mode.EXEC);
        if (m != PythonParserFacade.Mode.EXEC && e.rereadInExecMode && !source.endsWith("\n")
                        && e.lineno == source.split("\n", -1).length && e.text != null && e.text.endsWith("\n")) {
            // eval and single input get no newline appended (CPython's translate_newlines): the parser's
            // line of the last line has none
            py.getPyException().setAttribute("text", e.text.substring(0, e.text.length() - 1));
        }
        return py;
    }

    /**
     * Compiles the statement typed at the interactive prompt so far (mode "single", no event), {@code source} being
     * its lines each with its newline, as CPython's interactive loop parses while it reads (the tokenizer asks for a
     * line when the parser wants a token past the last one, Parser/tokenizer.c {@code tok_underflow_interactive}).
     *
     * @param more whether lines may still come (false at the end of the input: the source is then whole)
     * @return the code, or null when the statement goes on: the parser stopped at the end of the input (an
     *         indented block, a bracket, a triple-quoted string, a continuation still to come), or a compound
     *         statement has not been ended by an empty line
     * @throws PyException SyntaxError, IndentationError or TabError, located as CPython's prompt shows them
     */
    @TruffleBoundary
    public static PyCode compileInteractive(String source, String filename, boolean more) {
        boolean endedByEmptyLine = source.endsWith("\n\n");
        PythonParserFacade.Incomplete incomplete = !more ? PythonParserFacade.Incomplete.NONE
                        : endedByEmptyLine ? PythonParserFacade.Incomplete.OPEN_ONLY : PythonParserFacade.Incomplete.ANY;
        org.auditpy.parser.ast.Ast.Mod ast;
        try {
            ast = PythonParserFacade.parse(source, filename, PythonParserFacade.Mode.SINGLE, false, incomplete);
        } catch (StackOverflowError e) {
            throw PyErrors.noMemory();
        } catch (PythonSyntaxError e) {
            if (e.msg.equals(PythonSyntaxError.INCOMPLETE_INPUT)) {
                return null;
            }
            if (endedByEmptyLine && e.offset == 0 && e.lineno == source.split("\n", -1).length - 1) {
                // the prompt's parser fails at the empty line's NEWLINE token (column 0), not at an end marker
                e = new PythonSyntaxError(e.kind, e.msg, e.filename, e.lineno, 1, e.text, e.lineno, 2);
            }
            PyException py = syntaxError(e, PythonParserFacade.Mode.SINGLE, source);
            if (e.text != null && e.text.endsWith("\n")) {
                // the interactive tokenizer's buffers give the error's line without its end
                // (Parser/pegen_errors.c get_error_line_from_tokenizer_buffers)
                py.getPyException().setAttribute("text", e.text.substring(0, e.text.length() - 1));
            }
            throw py;
        }
        if (more && !endedByEmptyLine && ast instanceof org.auditpy.parser.ast.Ast.Interactive i && !i.body().isEmpty()
                        && isCompound(i.body().get(i.body().size() - 1))) {
            // the block may go on (or an else, except, elif...): the tokenizer reads the next line for its dedent
            return null;
        }
        return compileNoAudit(source, filename, "single", false, ast, false);
    }

    private static boolean isCompound(org.auditpy.parser.ast.Ast.Stmt s) {
        return s instanceof org.auditpy.parser.ast.Ast.FunctionDef || s instanceof org.auditpy.parser.ast.Ast.ClassDef
                        || s instanceof org.auditpy.parser.ast.Ast.For || s instanceof org.auditpy.parser.ast.Ast.While
                        || s instanceof org.auditpy.parser.ast.Ast.If || s instanceof org.auditpy.parser.ast.Ast.With
                        || s instanceof org.auditpy.parser.ast.Ast.Try || s instanceof org.auditpy.parser.ast.Ast.TryStar
                        || s instanceof org.auditpy.parser.ast.Ast.Match;
    }

    /**
     * A Python SyntaxError (or IndentationError/TabError) for a parser error. For an error of the
     * symbol-table or compiler phase ({@link PythonSyntaxError#rereadText}) the {@code text} attribute is
     * line {@code lineno} of the file named {@code filename}, reread now as CPython's
     * {@code PyErr_ProgramTextObject} does (with its {@code open} audit event), or None.
     */
    @TruffleBoundary
    public static PyException syntaxError(PythonSyntaxError e) {
        return syntaxError(e, false);
    }

    /**
     * {@link #syntaxError(PythonSyntaxError)} for source compiled in mode {@code exec} when {@code execMode}:
     * a parser error of pegen's known-location path ({@link PythonSyntaxError#rereadInExecMode}) then takes its
     * line from the file as CPython's {@code _PyErr_ProgramDecodedTextObject} does (with the {@code open}
     * event, even for a name such as {@code <string>}), keeping the source's own line when that fails.
     */
    @TruffleBoundary
    public static PyException syntaxError(PythonSyntaxError e, boolean execMode) {
        PyType t = PythonContext.get().types().exception(e.kind == null ? "SyntaxError" : e.kind);
        String line;
        if (e.rereadText) {
            line = programText(e.filename, e.lineno);
        } else if (execMode && e.rereadInExecMode) {
            String reread = programText(e.filename, e.lineno);
            line = reread != null ? reread : e.text;
        } else {
            line = e.text;
        }
        Object text = line == null ? PyNone.NONE : line;
        PyTuple info = PyTuple.of(e.filename, (long) e.lineno, (long) e.offset, text, (long) e.endLineno,
                e.endOffset == PythonSyntaxError.NO_END_OFFSET ? PyNone.NONE : (Object) (long) e.endOffset);
        return PyErrors.newException(t, e.msg, info).toThrowable(null);
    }

    /** Longest piece of a line CPython's {@code err_programtext} reads at once ({@code char linebuf[1000]}, fgets). */
    private static final int PROGRAM_TEXT_CHUNK = 999;

    /**
     * Line {@code lineno} of the file {@code filename} as CPython 3.11's {@code PyErr_ProgramTextObject}
     * (Python/errors.c) returns it: raises {@code open} with {@code (filename, 'rb', 0)} (its
     * {@code _Py_fopen_obj}), reads universal-newline lines, and gives the line with its {@code '\n'} (only
     * the last 999-byte piece of a longer line) decoded as strict UTF-8; {@code null} when the line number is
     * not positive, the hook refuses, the file cannot be read, has fewer lines or the line is not UTF-8.
     */
    @TruffleBoundary
    static String programText(String filename, int lineno) {
        if (filename == null || lineno <= 0) {
            return null;
        }
        try {
            if (Audit.active()) {
                Audit.raise("open", filename, "rb", 0L);
            }
        } catch (PyException refused) {
            return null;
        }
        byte[] data;
        try {
            data = java.nio.file.Files.readAllBytes(PythonContext.get().resolvePath(filename));
        } catch (java.io.IOException | RuntimeException notReadable) {
            return null;
        }
        int start = 0;
        int line = 1;
        int n = data.length;
        while (line < lineno) {
            int i = start;
            while (i < n && data[i] != '\n' && data[i] != '\r') {
                i++;
            }
            if (i >= n) {
                return null;
            }
            i += data[i] == '\r' && i + 1 < n && data[i + 1] == '\n' ? 2 : 1;
            start = i;
            line++;
        }
        if (start >= n) {
            return null;
        }
        int end = start;
        while (end < n && data[end] != '\n' && data[end] != '\r') {
            end++;
        }
        boolean terminated = end < n;
        byte[] piece = new byte[end - start + (terminated ? 1 : 0)];
        System.arraycopy(data, start, piece, 0, end - start);
        if (terminated) {
            piece[piece.length - 1] = '\n';
        }
        int from = piece.length > PROGRAM_TEXT_CHUNK ? (piece.length - 1) / PROGRAM_TEXT_CHUNK * PROGRAM_TEXT_CHUNK : 0;
        int nul = from;
        while (nul < piece.length && piece[nul] != 0) {
            nul++;
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(piece, from, nul - from)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** Runs module-level code in {@code globals}; with {@code audit}, raises {@code exec} with {@code (code,)} first. */
    @TruffleBoundary
    public static Object exec(PyCode code, PyDict globals, boolean audit) {
        return exec(code, globals, null, audit);
    }

    /**
     * Runs module-level code with {@code globals} and a separate {@code locals} mapping (null or the globals
     * themselves: none), which its module-level names read first and write to (CPython's *_NAME opcodes).
     */
    @TruffleBoundary
    public static Object exec(PyCode code, PyDict globals, Object locals, boolean audit) {
        if (audit && Audit.active()) {
            Audit.raise("exec", code);
        }
        if (globals.getStr("__builtins__") == null) {
            // builtin_exec_impl / builtin_eval_impl insert PyEval_GetBuiltins(): the builtins module's dict, not the module
            globals.setStr("__builtins__", PythonContext.get().getBuiltins().getDict());
        }
        boolean separate = locals != null && locals != globals;
        Object[] args = new Object[separate ? FrameArgs.USER + 1 : FrameArgs.USER];
        args[FrameArgs.GLOBALS] = globals;
        if (separate) {
            args[FrameArgs.USER] = locals;
        }
        return code.getCallTarget().call(args);
    }
}
