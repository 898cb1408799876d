package org.auditpy.builtins;

import org.auditpy.AuditPyLanguage;
import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PythonContext;

/** Creates the {@code builtins} and {@code sys} modules and installs the builtin types' methods. */
public final class Bootstrap {
    private Bootstrap() {
    }

    /** The builtin types visible in the builtins module (CPython's names). */
    private static final String[] PUBLIC_TYPES = {"object", "type", "int", "bool", "float", "str", "bytes", "bytearray", "tuple", "list",
        "dict", "set", "frozenset", "range", "slice", "property", "staticmethod", "classmethod", "super", "enumerate", "zip", "map",
        "filter", "reversed"};

    /** Called once per context before any code runs. */
    public static void initialize(PythonContext ctx) {
        BuiltinTypes t = ctx.types();
        PyDict modules = new PyDict(t.dict);
        ctx.setModules(modules);
        PyModule builtins = new PyModule(t.module, "builtins", new PyDict(t.dict));
        ctx.setBuiltins(builtins);
        modules.setStr("builtins", builtins);
        PyDict b = builtins.getDict();
        for (String n : PUBLIC_TYPES) {
            Object type = t.byName(n);
            if (type != null) {
                b.setStr(n, type);
            }
        }
        for (var e : t.exceptions().entrySet()) {
            b.setStr(e.getKey(), e.getValue());
        }
        b.setStr("None", PyNone.NONE);
        b.setStr("True", true);
        b.setStr("False", false);
        b.setStr("Ellipsis", PyNone.ELLIPSIS);
        b.setStr("NotImplemented", PyNone.NOT_IMPLEMENTED);
        b.setStr("__debug__", !ctx.getEnv().getOptions().get(AuditPyLanguage.FLAGS).contains("O"));
        b.setStr("EnvironmentError", t.exception("OSError"));
        b.setStr("IOError", t.exception("OSError"));
        b.setStr("__doc__", "Built-in functions, types, exceptions, and other objects.");
        b.setStr("__package__", "");
        BuiltinsInstaller.install(ctx, b, new BuiltinFunctions(), null, false);
        CoreTypes.installAll(ctx);
        SysModule.create(ctx);
        TypeMethodsRegistry.installAll(ctx);
    }
}
