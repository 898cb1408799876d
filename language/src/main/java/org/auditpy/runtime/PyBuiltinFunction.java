package org.auditpy.runtime;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;

/**
 * A function implemented in Java ({@code builtin_function_or_method}): a builtin, a module function, or a
 * method of a builtin type (then it binds like a method descriptor: {@code [].append} is a bound method).
 * Its call target takes bound arguments laid out by {@link ArgumentBinder}.
 */
public final class PyBuiltinFunction extends PythonObject {
    private final String name;
    private final String qualname;
    private final Signature signature;
    private final boolean[] optional;
    /** Made on the first call when created with a supplier (most builtins are never called). */
    @CompilationFinal private RootCallTarget callTarget;
    private Supplier<RootCallTarget> callTargetSupplier;
    /** True for methods of builtin types (they bind to instances; {@code self} is the first argument). */
    private final boolean isMethod;
    /** True for static builtins stored in a type's namespace (such as {@code __new__}); they never bind. */
    private final boolean isStatic;
    private final String doc;
    /** The {@code __module__} of a module-level function of a library module (e.g. "posix"), or null. */
    private String module;
    /**
     * For methods a call site may run in its own tree (see {@code MethodCalls}): makes the builtin's node over
     * the given argument nodes ({@code ExprNode[]}); null when the builtin must be called through its call target.
     */
    private java.util.function.Function<Object, ? extends com.oracle.truffle.api.nodes.Node> inliner;
    /** As the builtin's root node: a {@link PyBoxed} self is passed as its value. */
    private boolean unboxSelf;

    public PyBuiltinFunction(PyType cls, String name, String qualname, Signature signature, boolean[] optional,
                    RootCallTarget callTarget, boolean isMethod, boolean isStatic, String doc) {
        super(cls);
        this.name = name;
        this.qualname = qualname;
        this.signature = signature;
        this.optional = optional;
        this.callTarget = callTarget;
        this.isMethod = isMethod;
        this.isStatic = isStatic;
        this.doc = doc;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public Signature getSignature() {
        return signature;
    }

    public boolean[] getOptional() {
        return optional;
    }

    /**
     * A builtin whose node and call target are made on the first {@link #getCallTarget()}: creating them for
     * every builtin of every type was a large part of start-up.
     */
    public PyBuiltinFunction(PyType cls, String name, String qualname, Signature signature, boolean[] optional,
                    Supplier<RootCallTarget> callTargetSupplier, boolean isMethod, boolean isStatic, String doc) {
        this(cls, name, qualname, signature, optional, (RootCallTarget) null, isMethod, isStatic, doc);
        this.callTargetSupplier = callTargetSupplier;
    }

    public RootCallTarget getCallTarget() {
        RootCallTarget t = callTarget;
        if (t == null) {
            t = createCallTarget();
        }
        return t;
    }

    @TruffleBoundary
    private synchronized RootCallTarget createCallTarget() {
        if (callTarget == null) {
            callTarget = callTargetSupplier.get();
            callTargetSupplier = null;
        }
        return callTarget;
    }

    public boolean isMethod() {
        return isMethod;
    }

    public boolean isStatic() {
        return isStatic;
    }

    /** Lets call sites run this method's node in their own tree ({@code factory} takes the argument nodes). */
    public void setInliner(java.util.function.Function<Object, ? extends com.oracle.truffle.api.nodes.Node> factory, boolean unbox) {
        this.inliner = factory;
        this.unboxSelf = unbox;
    }

    /** The node factory of {@link #setInliner}, or null. */
    public java.util.function.Function<Object, ? extends com.oracle.truffle.api.nodes.Node> getInliner() {
        return inliner;
    }

    public boolean unboxesSelf() {
        return unboxSelf;
    }

    /** The module that defines this function ({@code __module__}), or null for builtins and methods. */
    public String getModule() {
        return module;
    }

    /** Sets {@link #getModule()}: for functions of intrinsic library modules ({@code posix.getcwd}, ...). */
    public void setModule(String module) {
        this.module = module;
    }

    public String getDoc() {
        return doc;
    }
}
