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
}
