package org.auditpy.runtime;

/**
 * The layout of Truffle frame arguments for every auditpy call target: the callee (function object or
 * null), the globals dict, the closure cells, then the bound arguments (see {@link ArgumentBinder}).
 */
public final class FrameArgs {
    private FrameArgs() {
    }

    public static final int CALLEE = 0;
    public static final int GLOBALS = 1;
    public static final int CLOSURE = 2;
    /** Index of the first bound argument. */
    public static final int USER = 3;

    /**
     * The frame arguments of calling the Python function {@code fn} with {@code args}, which fill its positional
     * parameters exactly (a simple signature: no defaults taken, no {@code *args}, keyword-only or {@code **kwargs}).
     */
    public static Object[] exactPositional(PyFunction fn, Object[] args) {
        Object[] frameArgs = new Object[USER + args.length];
        frameArgs[CALLEE] = fn;
        frameArgs[GLOBALS] = fn.getGlobals();
        frameArgs[CLOSURE] = fn.getClosure();
        System.arraycopy(args, 0, frameArgs, USER, args.length);
        return frameArgs;
    }
}
