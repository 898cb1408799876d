package org.auditpy.builtins;

import java.math.BigInteger;

import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Shared helpers of the builtin types' method containers (argument checks, index adjustment, getsets). */
final class TypeSupport {
    private TypeSupport() {
    }

    static boolean absent(Object o) {
        return o == PyNone.NO_VALUE;
    }

    static boolean noneOrAbsent(Object o) {
        return o == PyNone.NO_VALUE || o == PyNone.NONE;
    }

    /** "descriptor 'append' for 'list' objects doesn't apply to a 'int' object". */
    @TruffleBoundary
    static RuntimeException descrError(String method, String owner, Object self) {
        return PyErrors.typeError("descriptor '" + method + "' for '" + owner + "' objects doesn't apply to a '" + PyOps.typeName(self) + "' object");
    }

    /** A slice-style index argument (None or absent means {@code dflt}). */
    @TruffleBoundary
    static long sliceIndex(Object o, long dflt) {
        if (noneOrAbsent(o)) {
            return dflt;
        }
        if (o instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        if (!PyOps.isInt(o) && PyOps.typeOf(o).lookup("__index__") == null) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return PyOps.asIndex(o);
    }

    /**
     * A flag argument of Argument Clinic's {@code bool(accept={int})} ({@code keepends}, {@code reverse} of
     * {@code list.sort}/{@code sorted}, converted before anything else): absent is
     * false, else an int or {@code __index__} object as a C int ({@code _PyLong_AsInt}); TypeError for a float or
     * None, OverflowError beyond a C int.
     */
    @TruffleBoundary
    static boolean intFlag(Object v) {
        return !absent(v) && PyOps.asCInt(v) != 0;
    }

    /**
     * The start and stop of {@code list.index}/{@code tuple.index}, which Argument Clinic converts with
     * {@code _PyEval_SliceIndexNotNone}: None is a TypeError there, with a message that does not offer it.
     */
    static long[] adjustNotNone(Object start, Object stop, long len) {
        for (Object o : new Object[]{start, stop}) {
            if (!absent(o) && (o == PyNone.NONE || !PyOps.isInt(o) && PyOps.typeOf(o).lookup("__index__") == null)) {
                throw PyErrors.typeError("slice indices must be integers or have an __index__ method");
            }
        }
        return adjust(start, stop, len);
    }

    /** {start, end} adjusted as CPython's ADJUST_INDICES for find/count/startswith (end clamped, start may exceed len). */
    @TruffleBoundary
    static long[] adjust(Object start, Object end, long len) {
        long s = sliceIndex(start, 0);
        long e = sliceIndex(end, len);
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e += len;
            if (e < 0) {
                e = 0;
            }
        }
        if (s < 0) {
            s += len;
            if (s < 0) {
                s = 0;
            }
        }
        return new long[]{s, e};
    }

    /** A Python int argument as BigInteger, TypeError otherwise. */
    @TruffleBoundary
    static long index(Object o) {
        return PyOps.asIndex(o);
    }

    /** Bytes of a bytes-like argument, or null. */
    static byte[] bytesLike(Object o) {
        return o instanceof PyBytes b ? b.getBytes() : null;
    }

    /** Installs a read-only getset descriptor on a builtin type. */
    static void getter(PythonContext ctx, PyDict ns, PyType owner, String name, java.util.function.Function<Object, Object> get) {
        ns.setStr(name, new Descriptors.GetSet(ctx.types().getsetDescriptor, name, owner, get, null, null));
    }

    /** Marks a type's instances unhashable ({@code __hash__ = None}). */
    static void unhashable(PyDict ns) {
        ns.setStr("__hash__", PyNone.NONE);
    }

    static Object notImpl() {
        return PyNone.NOT_IMPLEMENTED;
    }

    private static final ThreadLocal<java.util.IdentityHashMap<Object, Boolean>> REPR_STACK = ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    /** Py_ReprEnter: false if {@code o} is already being repr'd on this thread (recursion). */
    @TruffleBoundary
    static boolean reprEnter(Object o) {
        return REPR_STACK.get().put(o, Boolean.TRUE) == null;
    }

    @TruffleBoundary
    static void reprLeave(Object o) {
        REPR_STACK.get().remove(o);
    }

    /** Comma-separated reprs of {@code items[0..n)}. */
    @TruffleBoundary
    static String joinReprs(Object[] items, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(PyOps.repr(items[i]));
        }
        return sb.toString();
    }

    /** Lexicographic rich comparison of two sequences (list/tuple richcompare). */
    @TruffleBoundary
    static Object compareSeq(Object[] a, int na, Object[] b, int nb, org.auditpy.runtime.Comparisons.Op op) {
        if ((op == org.auditpy.runtime.Comparisons.Op.EQ || op == org.auditpy.runtime.Comparisons.Op.NE) && na != nb) {
            return op == org.auditpy.runtime.Comparisons.Op.NE;
        }
        int n = Math.min(na, nb);
        int i = 0;
        for (; i < n; i++) {
            if (!(PyOps.identical(a[i], b[i]) || PyOps.equals(a[i], b[i]))) {
                break;
            }
        }
        if (i >= n) {
            int c = Integer.compare(na, nb);
            return switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case EQ -> c == 0;
                case NE -> c != 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }
        if (op == org.auditpy.runtime.Comparisons.Op.EQ) {
            return false;
        } else if (op == org.auditpy.runtime.Comparisons.Op.NE) {
            return true;
        }
        return org.auditpy.runtime.Comparisons.richCompare(a[i], b[i], op);
    }

    /** Index of {@code value} in {@code items[start..stop)} or -1. */
    @TruffleBoundary
    static int indexOf(Object[] items, int size, Object value, Object start, Object stop) {
        long[] se = adjustNotNone(start, stop, size);
        for (long i = se[0]; i < se[1] && i < size; i++) {
            Object o = items[(int) i];
            if (PyOps.identical(o, value) || PyOps.equals(o, value)) {
                return (int) i;
            }
        }
        return -1;
    }

    @TruffleBoundary
    static long count(Object[] items, int size, Object value) {
        long c = 0;
        for (int i = 0; i < size; i++) {
            Object o = items[i];
            if (PyOps.identical(o, value) || PyOps.equals(o, value)) {
                c++;
            }
        }
        return c;
    }
}
