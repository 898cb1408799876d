package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The recursion depth of C-level operations that recurse through objects (CPython 3.11's
 * {@code Py_EnterRecursiveCall}/{@code Py_LeaveRecursiveCall}, Include/internal/pycore_ceval.h), and the
 * RecursionError raised when the Java stack runs out first.
 *
 * <p>CPython 3.11 counts Python frames and these operations in one counter against {@code sys.getrecursionlimit()};
 * here that counter is {@link PythonContext#callDepth}, which Python calls ({@code PyRootNode}) also use. Past the
 * limit the error is {@code RecursionError("maximum recursion depth exceeded" + where)}, where {@code where} names the
 * operation as CPython's call sites do ({@link #REPR}, {@link #STR}, {@link #COMPARE}, {@link #COMPILE}).
 *
 * <p>A recursion whose Java frames outgrow the thread's stack before the limit (a raised limit, or objects nested
 * deeper than the stack holds) ends in the JVM's {@link StackOverflowError}; {@link #stackOverflow} turns it into
 * the same RecursionError where it is caught (function bodies, statements, these operations), so Python code can
 * catch it. CPython would crash with a segmentation fault there instead.
 */
public final class Recursion {
    /** PyObject_Repr's {@code where}. */
    public static final String REPR = " while getting the repr of an object";
    /** PyObject_Str's {@code where}. */
    public static final String STR = " while getting the str of an object";
    /** PyObject_RichCompare's {@code where}. */
    public static final String COMPARE = " in comparison";
    /** The compiler's (Python/ast_opt.c, Python/symtable.c) {@code where}. */
    public static final String COMPILE = " during compilation";

    private Recursion() {
    }

    /**
     * Py_EnterRecursiveCall: counts one level of {@code where}; RecursionError if that passes the recursion limit
     * (the level is then not counted). Every successful call must be paired with {@link #leave}.
     */
    public static void enter(PythonContext ctx, String where) {
        if (++ctx.callDepth > ctx.getRecursionLimit()) {
            ctx.callDepth--;
            CompilerDirectives.transferToInterpreter();
            throw error(where);
        }
    }

    /** An {@link #enter} and {@link #leave} with nothing between: RecursionError if at the limit already. */
    public static void check(PythonContext ctx, String where) {
        if (ctx.callDepth >= ctx.getRecursionLimit()) {
            CompilerDirectives.transferToInterpreter();
            throw error(where);
        }
    }

    /** Py_LeaveRecursiveCall. */
    public static void leave(PythonContext ctx) {
        ctx.callDepth--;
    }

    /**
     * Runs {@code body} as one counted level of {@code where} ({@link #enter} ... {@link #leave}); a Java stack
     * overflow inside it is the RecursionError of {@code where} ({@link #stackOverflow}).
     */
    public static <T> T counted(String where, java.util.function.Supplier<T> body) {
        PythonContext ctx = PythonContext.get();
        enter(ctx, where);
        try {
            return body.get();
        } catch (StackOverflowError e) {
            throw stackOverflow(where);
        } finally {
            leave(ctx);
        }
    }

    /** {@code RecursionError("maximum recursion depth exceeded" + where)}. */
    @TruffleBoundary
    public static PyException error(String where) {
        return PyErrors.raise("RecursionError", "maximum recursion depth exceeded" + where);
    }

    /**
     * The RecursionError for a {@link StackOverflowError} caught while doing {@code where} ("" for Python code).
     * Creating it needs some stack too: when even that overflows, the new StackOverflowError goes to the next
     * catch further out, which has more room.
     */
    public static PyException stackOverflow(String where) {
        CompilerDirectives.transferToInterpreter();
        return error(where);
    }

    /**
     * Loads and initializes the classes {@link #stackOverflow} needs, so that none is first initialized on an
     * exhausted stack: a static initializer failing with StackOverflowError would leave its class unusable
     * (NoClassDefFoundError) for the rest of the run.
     */
    public static void prepare() {
        if (prepared) {
            return;
        }
        try {
            throw error("");
        } catch (PyException e) {
            // only the classes were wanted
        }
        prepared = true;
    }

    /** Set once {@link #prepare} has run in this JVM (classes are loaded once for all contexts). */
    private static volatile boolean prepared;
}
