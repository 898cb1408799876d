package org.auditpy.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

/** Program execution as CPython's Modules/main.c (pymain_run_*): stub until the translator lands. */
public final class ProgramRunner {
    private ProgramRunner() {
    }

    @TruffleBoundary
    public static Object run(Source source) {
        return 0;
    }
}
