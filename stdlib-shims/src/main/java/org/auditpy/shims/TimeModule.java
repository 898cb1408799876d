package org.auditpy.shims;

import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PythonContext;

final class TimeModule {
    private TimeModule() {
    }

    static PyModule create(PythonContext ctx) {
        return Fns.module(ctx, "time");
    }
}
