package org.auditpy.builtins;

import org.auditpy.runtime.PythonContext;

/** Installs the methods of the builtin types (int, str, list, dict, ...) into their namespaces. */
public final class TypeMethodsRegistry {
    private TypeMethodsRegistry() {
    }

    public static void installAll(PythonContext ctx) {
    }
}
