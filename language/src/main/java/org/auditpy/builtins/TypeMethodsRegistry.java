package org.auditpy.builtins;

import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.PythonContext;

/** Installs the methods of the builtin types (int, str, list, dict, ...) into their namespaces. */
public final class TypeMethodsRegistry {
    private TypeMethodsRegistry() {
    }

    public static void installAll(PythonContext ctx) {
        BuiltinTypes t = ctx.types();
        BuiltinsInstaller.install(ctx, t.intType.getDict(), new IntBuiltins(), "int", true);
        BuiltinsInstaller.install(ctx, t.bool.getDict(), new BoolBuiltins(), "bool", true);
    }
}
