package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;

/**
 * A code object ({@code types.CodeType}): the compiled body of a module, function, class body, lambda or
 * comprehension, with CPython's descriptive fields ({@code co_name}, {@code co_qualname},
 * {@code co_filename}, {@code co_firstlineno}, {@code co_varnames}, {@code co_cellvars},
 * {@code co_freevars}, {@code co_flags}, argument counts). Executing it means calling its call target.
 */
public final class PyCode extends PythonObject {
    /** {@code co_flags} bits, as CPython's Include/cpython/code.h. */
    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
                    CO_NESTED = 0x10, CO_GENERATOR = 0x20;

    private final String name;
    private final String qualname;
    private final String filename;
    private final int firstLineno;
    private final Signature signature;
    private final String[] varnames;
    private final String[] cellvars;
    private final String[] freevars;
    private final int flags;
    private RootCallTarget callTarget;
    /** Builds the body of a library function at its first call ({@link #deferBody}), else null. */
    private Runnable deferredBody;
    /** The source text this code was compiled from (for tracebacks of strings), or null. */
    private final com.oracle.truffle.api.source.Source source;

    public PyCode(String name, String qualname, String filename, int firstLineno, Signature signature, String[] varnames,
                    String[] cellvars, String[] freevars, int flags, com.oracle.truffle.api.source.Source source) {
        super(PythonContext.get().types().code);
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
        this.signature = signature;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.flags = flags;
        this.source = source;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public String getFilename() {
        return filename;
    }

    public int getFirstLineno() {
        return firstLineno;
    }

    public Signature getSignature() {
        return signature;
    }

    public String[] getVarnames() {
        return varnames;
    }

    public String[] getCellvars() {
        return cellvars;
    }

    public String[] getFreevars() {
        return freevars;
    }

    public int getFlags() {
        return flags;
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    /**
     * The call target running this code; for a library function whose body is not built yet
     * ({@link #deferBody}), builds it now (a Python SyntaxError if the body cannot be compiled).
     */
    public RootCallTarget getCallTarget() {
        RootCallTarget t = callTarget;
        if (t == null && deferredBody != null) {
            t = buildDeferredBody();
        }
        return t;
    }

    /**
     * Defers the building of this code's body to the first {@link #getCallTarget}: {@code build} makes the root
     * node and sets the call target (NodeBuilder, for the library's modules).
     */
    public void deferBody(Runnable build) {
        this.deferredBody = build;
    }

    @TruffleBoundary
    private synchronized RootCallTarget buildDeferredBody() {
        if (callTarget == null) {
            deferredBody.run();
            deferredBody = null;
        }
        return callTarget;
    }

    public void setCallTarget(RootCallTarget ct) {
        this.callTarget = ct;
    }

    public com.oracle.truffle.api.source.Source getSource() {
        return source;
    }
}
