package org.auditpy.builtins;

import org.auditpy.AuditPyLanguage;
import org.auditpy.nodes.ExprNode;
import org.auditpy.nodes.ReadArgumentNode;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Signature;

import com.oracle.truffle.api.dsl.NodeFactory;

/** Turns {@link PythonBuiltins} containers into builtin function objects in a namespace. */
public final class BuiltinsInstaller {
    private BuiltinsInstaller() {
    }

    /** Types whose values are plain Java objects; their subclasses' instances are {@code PyBoxed}. */
    static final java.util.Set<String> VALUE_TYPES = java.util.Set.of("int", "float", "str", "bool");

    /**
     * Installs every builtin of {@code container} into {@code namespace}. {@code qualPrefix} is the owner's
     * name for qualified names ("list" gives "list.append"), null for module functions; {@code methods}
     * makes them bind to instances (methods of a type).
     */
    public static void install(PythonContext ctx, PyDict namespace, PythonBuiltins container, String qualPrefix, boolean methods) {
        AuditPyLanguage lang = ctx.getLanguage();
        for (NodeFactory<? extends PythonBuiltinNode> f : container.getNodeFactories()) {
            Builtin b = f.getNodeClass().getAnnotation(Builtin.class);
            if (b == null) {
                continue;
            }
            boolean[] optional = new boolean[64];
            Signature sig = Signature.parse(b.params(), optional);
            int n = sig.slotCount();
            boolean[] opt = java.util.Arrays.copyOf(optional, n);
            ExprNode[] args = new ExprNode[n];
            for (int i = 0; i < n; i++) {
                args[i] = new ReadArgumentNode(i);
            }
            if (f.getExecutionSignature().size() != n) {
                throw new IllegalStateException("builtin " + b.name() + " declares " + n + " parameters but its node takes " +
                                f.getExecutionSignature().size());
            }
            PythonBuiltinNode node = f.createNode((Object) args);
            String qual = qualPrefix == null ? b.name() : qualPrefix + "." + b.name();
            boolean valueType = qualPrefix != null && VALUE_TYPES.contains(qualPrefix);
            BuiltinRootNode root = new BuiltinRootNode(lang, node, qual, valueType && methods && !b.isStatic(), valueType && b.name().equals("__new__"));
            PyBuiltinFunction fn = new PyBuiltinFunction(ctx.types().builtinFunction, b.name(), qual, sig, opt, root.getCallTarget(),
                            methods && !b.isStatic() && !b.isClassMethod(), b.isStatic(), b.doc());
            Object value = fn;
            if (b.isClassMethod()) {
                value = new Descriptors.ClassMethod(ctx.types().classmethod, fn);
            }
            namespace.setStr(b.name(), value);
        }
        container.initialize(ctx, namespace);
    }
}
