package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import org.auditpy.builtins.SysModule;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PythonContext;

/** A tiny {@code _testcapi}: only what the audit tests use. */
final class TestCapiModule {
    private TestCapiModule() {
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_testcapi");
        def(ctx, m.getDict(), "write_unraisable_exc", "exc, err_msg, obj, /", a -> {
            if (!(a[0] instanceof PyBaseException e)) {
                throw PyErrors.typeError("write_unraisable_exc() argument 1 must be BaseException, not " + PyOps.typeName(a[0]));
            }
            String msg = null;
            if (a[1] != PyNone.NONE) {
                if (!(a[1] instanceof String s)) {
                    throw PyErrors.typeError("write_unraisable_exc() argument 2 must be str or None, not " + PyOps.typeName(a[1]));
                }
                msg = "Exception ignored " + s;
            }
            SysModule.writeUnraisable(e, msg, a[2]);
            return PyNone.NONE;
        });
        return m;
    }
}
