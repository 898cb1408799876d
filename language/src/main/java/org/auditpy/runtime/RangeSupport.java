package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Lets {@code for i in range(...)} count with longs instead of iterating a range object. */
public final class RangeSupport {
    private RangeSupport() {
    }

    /** {start, step, length} if {@code obj} is an exact {@code range} of longs (bounds and length), else null. */
    @TruffleBoundary
    public static Object fastRange(PythonObject obj) {
        if (obj.getPythonClass() != PythonContext.get().types().range) {
            return null;
        }
        if (obj instanceof org.auditpy.builtins.IterTypes.PyRange r) {
            // its fields (the attribute lookups below cost more than the loop of a short range); a range beyond
            // longs goes through its iterator
            return r.big != null ? null : new long[]{r.start, r.step, r.length};
        }
        Object a = PyOps.getAttributeOrNull(obj, "start");
        Object b = PyOps.getAttributeOrNull(obj, "stop");
        Object c = PyOps.getAttributeOrNull(obj, "step");
        if (!(a instanceof Long start) || !(b instanceof Long stop) || !(c instanceof Long step) || step == 0) {
            return null;
        }
        long len;
        if (step > 0) {
            len = stop > start ? (stop - start - 1) / step + 1 : 0;
        } else {
            len = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        if (len < 0) {
            return null;
        }
        return new long[]{start, step, len};
    }
}
