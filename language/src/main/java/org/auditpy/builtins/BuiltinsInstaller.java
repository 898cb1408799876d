package org.auditpy.builtins;

import java.util.function.Supplier;

import org.auditpy.AuditPyLanguage;
import org.auditpy.nodes.ExprNode;
import org.auditpy.nodes.ReadArgumentNode;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Signature;

import com.oracle.truffle.api.dsl.NodeFactory;

/** Turns {@link PythonBuiltins} containers into builtin function objects in a namespace. */
public final class BuiltinsInstaller {
    private BuiltinsInstaller() {
    }

    /**
     * Types whose named (non-dunder) methods call sites may run in their own tree (MethodCalls): none of them
     * looks at the Python frames of its caller (generator.send/throw/close resume the body as a for loop does:
     * its frame's caller is the caller of send, as in CPython).
     */
    static final java.util.Set<String> INLINE_TYPES = java.util.Set.of("int", "float", "str", "bool", "list", "dict", "set", "frozenset", "tuple", "bytes",
                    "generator");

    /**
     * Functions of the builtins module that call sites may run in their own tree ({@code Calls.CallNode}): they
     * neither look at their caller's frames nor raise audit events, and are called in hot loops.
     */
    static final java.util.Set<String> INLINE_FUNCTIONS = java.util.Set.of("len", "ord", "abs", "isinstance", "hash", "callable", "next", "getattr", "hasattr", "repr");

    /** Types whose values are plain Java objects; their subclasses' instances are {@code PyBoxed}. */
    static final java.util.Set<String> VALUE_TYPES = java.util.Set.of("int", "float", "str", "bool");

    /**
     * Installs the methods of {@code container} into the namespace of the builtin type {@code type} on the first
     * access to that namespace (see {@link PyType#deferInit}): start-up skips the types a program never uses.
     */
    public static void installLazily(PythonContext ctx, PyType type, PythonBuiltins container, String qualPrefix) {
        type.deferInit(new PyType.DeferredInit(() -> install(ctx, type.getDict(), container, qualPrefix, true)));
    }

    /** Runs {@code init} on the first access to the namespace of any of {@code types}. */
    public static void deferInit(Runnable init, PyType... types) {
        PyType.DeferredInit d = new PyType.DeferredInit(init);
        for (PyType t : types) {
            t.deferInit(d);
        }
    }

    /**
     * Installs every builtin of {@code container} into {@code namespace}. {@code qualPrefix} is the owner's
     * name for qualified names ("list" gives "list.append"), null for module functions; {@code methods}
     * makes them bind to instances (methods of a type).
     */
    public static void install(PythonContext ctx, PyDict namespace, PythonBuiltins container, String qualPrefix, boolean methods) {
        for (NodeFactory<? extends PythonBuiltinNode> f : container.getNodeFactories()) {
            Builtin b = f.getNodeClass().getAnnotation(Builtin.class);
            if (b == null) {
                continue;
            }
            ExprNode[] args = arguments(b.name(), b.params(), f.getExecutionSignature().size());
            PyBuiltinFunction fn = installNode(ctx, namespace, b.name(), b.params(), b.doc(), () -> f.createNode((Object) args), qualPrefix, methods, b.isStatic(),
                            b.isClassMethod());
            if (methods && !b.isStatic() && !b.isClassMethod() && qualPrefix != null && INLINE_TYPES.contains(qualPrefix) && !b.name().startsWith("__")) {
                fn.setInliner(argNodes -> f.createNode(argNodes), VALUE_TYPES.contains(qualPrefix));
            } else if (!methods && qualPrefix == null && container instanceof BuiltinFunctions && INLINE_FUNCTIONS.contains(b.name())) {
                fn.setInliner(argNodes -> f.createNode(argNodes), false);
            }
        }
        OperatorBuiltins.Table operators = new OperatorBuiltins.Table();
        container.operators(operators);
        for (OperatorBuiltins.Table.Entry e : operators.entries) {
            installNode(ctx, namespace, e.name(), OperatorBuiltins.PARAMS, "", e::node, qualPrefix, methods, false, false);
        }
        container.initialize(ctx, namespace);
    }

    /** The argument readers of a builtin with {@code params}; checks that its node takes {@code nodeArity}. */
    private static ExprNode[] arguments(String name, String[] params, int nodeArity) {
        int n = Signature.parse(params, new boolean[64]).slotCount();
        if (nodeArity != n) {
            throw new IllegalStateException("builtin " + name + " declares " + n + " parameters but its node takes " + nodeArity);
        }
        ExprNode[] args = new ExprNode[n];
        for (int i = 0; i < n; i++) {
            args[i] = new ReadArgumentNode(i);
        }
        return args;
    }

    /**
     * Puts a builtin function in {@code namespace} whose body is the node from {@code node} (reading the arguments
     * bound to {@code params}). The node, its root node and call target are made on the first call: most
     * builtins are never called by a program, and making them was a large part of start-up.
     */
    private static PyBuiltinFunction installNode(PythonContext ctx, PyDict namespace, String name, String[] params, String doc, Supplier<PythonBuiltinNode> node,
                    String qualPrefix, boolean methods, boolean isStatic, boolean isClassMethod) {
        boolean[] optional = new boolean[64];
        Signature sig = Signature.parse(params, optional);
        boolean[] opt = java.util.Arrays.copyOf(optional, sig.slotCount());
        String qual = qualPrefix == null ? name : qualPrefix + "." + name;
        boolean valueType = qualPrefix != null && VALUE_TYPES.contains(qualPrefix);
        boolean unboxSelf = valueType && methods && !isStatic;
        boolean boxNew = valueType && name.equals("__new__");
        AuditPyLanguage lang = ctx.getLanguage();
        PyBuiltinFunction fn = new PyBuiltinFunction(ctx.types().builtinFunction, name, qual, sig, opt,
                        () -> new BuiltinRootNode(lang, node.get(), qual, unboxSelf, boxNew).getCallTarget(), methods && !isStatic && !isClassMethod, isStatic, doc);
        if (!methods && namespace.getStr("__name__") instanceof String module && !module.equals("builtins")) {
            // a function of a module such as sys: its __module__
            fn.setModule(module);
        }
        namespace.setStr(name, isClassMethod ? new Descriptors.ClassMethod(ctx.types().classmethod, fn) : fn);
        return fn;
    }
}
