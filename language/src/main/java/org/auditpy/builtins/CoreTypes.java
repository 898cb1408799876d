package org.auditpy.builtins;

import org.auditpy.runtime.PythonContext;

/** Installs the methods and attributes of object, type, exceptions, descriptors, functions and iterator types. */
public final class CoreTypes {
    private CoreTypes() {
    }

    public static void installAll(PythonContext ctx) {
    }
}
