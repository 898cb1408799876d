package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import org.auditpy.runtime.Identity;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PythonContext;

/**
 * {@code _auditpy}: helpers for the Python library shims that stand in for CPython C code. {@code object_id}
 * is {@code id()} without the {@code builtins.id} audit event, for pure-Python code (pickle's memo) whose C
 * counterpart in CPython uses object addresses without raising events. {@code user_id(name)} and
 * {@code group_id(name)} are the uid and gid of a user or group name, or None ({@code getpwnam} and {@code getgrnam}
 * of libc, as CPython's pwd and grp modules, which shutil.chown uses): no file is opened, so no {@code open} event.
 */
final class AuditpyModule {
    private AuditpyModule() {
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_auditpy");
        def(ctx, m.getDict(), "object_id", "obj, /", a -> Identity.id(a[0]));
        def(ctx, m.getDict(), "user_id", "name, /", a -> idOfName(a[0], false));
        def(ctx, m.getDict(), "group_id", "name, /", a -> idOfName(a[0], true));
        return m;
    }

    private static Object idOfName(Object name, boolean group) {
        if (!(name instanceof String str)) {
            // the messages of pwd.getpwnam and grp.getgrnam, whose work these do
            throw PyErrors.typeError((group ? "getgrnam() argument 'name'" : "getpwnam() argument") + " must be str, not " + PyOps.typeName(name));
        }
        long id = LibcCalls.idOfName(PosixModule.envBytes(str, null), group);
        return id < 0 ? PyNone.NONE : (Object) id;
    }
}
