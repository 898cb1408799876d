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
        PythonParserFacade.Mode m = switch (mode) {
            case "eval" -> PythonParserFacade.Mode.EVAL;
            case "single" -> PythonParserFacade.Mode.SINGLE;
            default -> PythonParserFacade.Mode.EXEC;
        };
        try {
            var ast = PythonParserFacade.parse(source, filename, m);
            Source src = Source.newBuilder("auditpy", source, filename).build();
            return NodeBuilder.build(PythonContext.get().getLanguage(), ast, src, filename);
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        }
    }

    /** A Python SyntaxError (or IndentationError/TabError) for a parser error. */
    @TruffleBoundary
    public static PyException syntaxError(PythonSyntaxError e) {
        PyType t = PythonContext.get().types().exception(e.kind == null ? "SyntaxError" : e.kind);
        Object text = e.text == null ? PyNone.NONE : e.text;
        PyTuple info = PyTuple.of(e.filename, (long) e.lineno, (long) e.offset, text, (long) e.endLineno, (long) e.endOffset);
        return PyErrors.newException(t, e.msg, info).toThrowable(null);
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
            globals.setStr("__builtins__", PythonContext.get().getBuiltins());
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
