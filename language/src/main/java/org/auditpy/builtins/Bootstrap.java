package org.auditpy.builtins;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PythonContext;

/** Creates the {@code builtins} and {@code sys} modules and installs the builtin types' methods. */
public final class Bootstrap {
    private Bootstrap() {
    }

    /** Called once per context before any code runs. */
    public static void initialize(PythonContext ctx) {
        PyDict modules = new PyDict(ctx.types().dict);
        ctx.setModules(modules);
        PyModule builtins = new PyModule(ctx.types().module, "builtins", new PyDict(ctx.types().dict));
        ctx.setBuiltins(builtins);
        modules.setStr("builtins", builtins);
        for (var e : ctx.types().all().entrySet()) {
            builtins.getDict().setStr(e.getKey(), e.getValue());
        }
        builtins.getDict().setStr("None", org.auditpy.runtime.PyNone.NONE);
        TypeMethodsRegistry.installAll(ctx);
    }
}
