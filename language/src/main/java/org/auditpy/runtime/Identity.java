package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code id(obj)}: a unique, stable integer per live object. Heap objects get sequential ids on first use
 * (CPython uses the address); floats, ints that fit in a long and strs get ids derived from their value, so equal
 * interned-like values report equal ids as CPython's caches often do (floats and ints always: they are identical by
 * value, the {@code is} operator compares them so).
 */
public final class Identity {
    private Identity() {
    }

    private static final java.util.concurrent.atomic.AtomicLong NEXT = new java.util.concurrent.atomic.AtomicLong(0x7f0000001000L);

    /**
     * The id of {@code obj} (a positive long). An object that already has its id is answered in the caller's
     * compiled code (a field read), so that {@code id(x)} in a hot loop, an audited builtin, costs no call; the first
     * id of an object is given behind a boundary, which keeps {@code id(x)}'s compiled code small.
     */
    public static long id(Object obj) {
        if (obj instanceof PythonObject po) {
            long id = po.getIdOrZero();
            if (id != 0) {
                return id;
            }
        }
        return idSlow(obj);
    }

    /**
     * The id of {@code po}, given here in the caller's compiled code when it has none yet (the next id and a small
     * record stored in the object): for a new object hashed by identity as it goes into a dict or a set
     * ({@code KeyKind}), where a boundary per new key cost more than the insertion.
     */
    public static long idOfObject(PythonObject po) {
        long id = po.getIdOrZero();
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, id == 0)) {
            id = NEXT.getAndAdd(16);
            po.setId(id);
        }
        return id;
    }

    @TruffleBoundary
    private static long idSlow(Object obj) {
        if (obj instanceof PythonObject po) {
            return idOfObject(po);
        }
        if (obj instanceof Long v) {
            // ints that fit in a long are identical by value (see PyList's int storage and the is operator), so their
            // id is too: below 2^55 in magnitude the value itself, 16 apart as CPython's addresses are, in
            // [2^62 - 2^59, 2^62 + 2^59); beyond that a 56-bit mix of it, in [2^61, 2^61 + 2^60)
            long x = v;
            if (x >= -(1L << 55) && x < (1L << 55)) {
                return 0x4000000000000000L + (x << 4);
            }
            long h = x * 0x9E3779B97F4A7C15L;
            return 0x2000000000000000L | (((h ^ (h >>> 29)) >>> 8) << 4);
        }
        if (obj instanceof Double d) {
            // floats are identical by value (see PyList's float storage and the is operator), so their id is too:
            // a 60-bit mix of the bits, above every other kind of id
            long h = Double.doubleToRawLongBits(d) * 0x9E3779B97F4A7C15L;
            return 0x1000000000000000L | ((h ^ (h >>> 29)) >>> 4);
        }
        return 0x7e0000000000L + (System.identityHashCode(obj) & 0xffffffffL) * 16;
    }
}
