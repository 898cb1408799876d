package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import org.auditpy.runtime.Identity;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PythonContext;

/**
 * {@code _auditpy}: helpers for the Python library shims that stand in for CPython C code. {@code object_id}
 * is {@code id()} without the {@code builtins.id} audit event, for pure-Python code (pickle's memo) whose C
 * counterpart in CPython uses object addresses without raising events.
 */
final class AuditpyModule {
    private AuditpyModule() {
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_auditpy");
        def(ctx, m.getDict(), "object_id", "obj, /", a -> Identity.id(a[0]));
        return m;
    }
}
