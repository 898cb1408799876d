package org.auditpy.runtime;

import java.util.List;

import org.auditpy.parser.NodeBuilder;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The compiler's SyntaxWarnings ({@code "is" with a literal}, {@code perhaps you missed a comma?}, {@code assertion
 * is always true}), issued as CPython 3.11's {@code compiler_warn} issues them (Python/compile.c): each through
 * {@code warnings.warn_explicit(message, SyntaxWarning, filename, lineno)} with no registry, so the filters
 * ({@code -W}, {@code warnings.simplefilter}) decide and a shown warning is shown at every compilation. The
 * {@code warnings} module is one CPython has loaded at start-up: loading it here raises no audit event.
 */
public final class CompileWarnings {
    private CompileWarnings() {
    }

    /**
     * Issues {@code warnings} of compiling the source named {@code filename}, in order.
     *
     * @return the first warning that a filter turned into an error (the compiler then raises SyntaxError with its
     *         message and position), or null
     * @throws PyException any other error of the warnings machinery
     */
    @TruffleBoundary
    public static NodeBuilder.CompileWarning emit(String filename, List<NodeBuilder.CompileWarning> warnings) {
        PythonContext ctx;
        try {
            ctx = PythonContext.get();
        } catch (RuntimeException | AssertionError e) {
            return null;
        }
        if (ctx == null || ctx.getSys() == null) {
            return null;
        }
        PyType category = ctx.types().exception("SyntaxWarning");
        Object warnExplicit = ImportSystem.findAndLoad("warnings").getDict().getStr("warn_explicit");
        for (NodeBuilder.CompileWarning w : warnings) {
            try {
                PyOps.callPositional(warnExplicit, w.msg(), category, filename, (long) w.line());
            } catch (PyException e) {
                if (e.getPyException().getPythonClass().isSubtypeOf(category)) {
                    return w;
                }
                throw e;
            }
        }
        return null;
    }
}
