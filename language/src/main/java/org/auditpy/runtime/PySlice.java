package org.auditpy.runtime;

/** Python's {@code slice(start, stop, step)}; {@link #indices} computes CPython's {@code PySlice_AdjustIndices}. */
public final class PySlice extends PythonObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        super(PythonContext.get().types().slice);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** {start, stop, step, length} for a sequence of {@code length}; ValueError for step 0. */
    public long[] indices(long length) {
        long st = step == PyNone.NONE ? 1 : clampIndex(step);
        if (st == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s;
        if (start == PyNone.NONE) {
            s = st < 0 ? upper : lower;
        } else {
            s = clampIndex(start);
            if (s < 0) {
                s = Math.max(s + length, lower);
            } else {
                s = Math.min(s, upper);
            }
        }
        long e;
        if (stop == PyNone.NONE) {
            e = st < 0 ? lower : upper;
        } else {
            e = clampIndex(stop);
            if (e < 0) {
                e = Math.max(e + length, lower);
            } else {
                e = Math.min(e, upper);
            }
        }
        long n;
        if (st > 0) {
            n = e > s ? (e - s + st - 1) / st : 0;
        } else {
            n = s > e ? (s - e - st - 1) / (-st) : 0;
        }
        return new long[]{s, e, st, n};
    }

    private static long clampIndex(Object o) {
        if (o instanceof java.math.BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        if (!PyOps.isInt(o) && PyOps.typeOf(o).lookup("__index__") == null) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return PyOps.asIndex(o);
    }
}
