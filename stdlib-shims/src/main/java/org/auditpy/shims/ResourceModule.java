package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;
import static org.auditpy.shims.Fns.toLong;

import java.math.BigInteger;

import org.auditpy.audit.Audit;
import org.auditpy.builtins.StructSeq;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

/**
 * The {@code resource} module (CPython's Modules/resource.c) on Linux: {@code getrlimit}, {@code setrlimit},
 * {@code prlimit}, {@code getrusage}, {@code getpagesize} and the RLIMIT_/RUSAGE_ constants, through libc's
 * {@code prlimit} and {@code getrusage} ({@link LibcCalls}). Limits are pairs of ints, RLIM_INFINITY being -1 as in
 * CPython. Audit events, as CPython's: {@code resource.setrlimit} with {@code (resource, limits)} and
 * {@code resource.prlimit} with {@code (pid, resource, limits or None)}, after the resource number is checked and
 * before the limits are converted.
 */
final class ResourceModule {
    private ResourceModule() {
    }

    /** RLIM_NLIMITS on Linux: the resources are numbered 0..15. */
    private static final int NLIMITS = 16;

    /** The names of resources 0..15; CPython 3.11's module has no RLIMIT_LOCKS (10). */
    private static final String[] RLIMITS = {"RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK", "RLIMIT_CORE", "RLIMIT_RSS",
                    "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS", null, "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE",
                    "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME"};

    private static final String[] RUSAGE_FIELDS = {"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
                    "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"};

    private static final int EINVAL = 22;
    private static final int EPERM = 1;

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "resource");
        PyDict ns = m.getDict();
        def(ctx, ns, "getrlimit", "resource, /", a -> {
            int res = resource(a[0]);
            return limits(LibcCalls.prlimit(0, res, null, new int[1]));
        });
        def(ctx, ns, "setrlimit", "resource, limits, /", a -> {
            int res = resource(a[0]);
            if (Audit.active()) {
                Audit.raise("resource.setrlimit", (long) res, a[1]);
            }
            int[] errno = new int[1];
            if (LibcCalls.prlimit(0, res, toRlimit(a[1]), errno) == null) {
                if (errno[0] == EINVAL) {
                    throw PyErrors.valueError("current limit exceeds maximum limit");
                }
                if (errno[0] == EPERM) {
                    throw PyErrors.valueError("not allowed to raise maximum limit");
                }
                throw PosixModule.err(errno[0], null);
            }
            return null;
        });
        def(ctx, ns, "prlimit", "pid, resource, limits=, /", a -> {
            int pid = (int) toLong(a[0]);
            int res = resource(a[1]);
            Object lim = Fns.absent(a[2]) ? org.auditpy.runtime.PyNone.NONE : a[2];
            if (Audit.active()) {
                Audit.raise("resource.prlimit", (long) pid, (long) res, lim);
            }
            int[] errno = new int[1];
            // an explicit None is converted like any limits (TypeError), as CPython's prlimit does
            long[] old = LibcCalls.prlimit(pid, res, Fns.absent(a[2]) ? null : toRlimit(a[2]), errno);
            if (old == null) {
                if (errno[0] == EINVAL) {
                    throw PyErrors.valueError("current limit exceeds maximum limit");
                }
                throw PosixModule.err(errno[0], null);
            }
            return limits(old);
        });
        PyType rusage = StructSeq.makeType(ctx, "resource", "struct_rusage", RUSAGE_FIELDS);
        ns.setStr("struct_rusage", rusage);
        def(ctx, ns, "getrusage", "who, /", a -> {
            long who = toLong(a[0]);
            if (who != 0 && who != -1 && who != 1) {
                throw PyErrors.valueError("invalid who parameter");
            }
            return new PyTuple(rusage, LibcCalls.getrusage((int) who));
        });
        def(ctx, ns, "getpagesize", "", a -> LibcCalls.pageSize());
        for (int i = 0; i < RLIMITS.length; i++) {
            if (RLIMITS[i] != null) {
                ns.setStr(RLIMITS[i], (long) i);
            }
        }
        ns.setStr("RLIMIT_OFILE", 7L);
        ns.setStr("RLIM_INFINITY", -1L);
        ns.setStr("RUSAGE_SELF", 0L);
        ns.setStr("RUSAGE_CHILDREN", -1L);
        ns.setStr("RUSAGE_THREAD", 1L);
        ns.setStr("error", ctx.types().exception("OSError"));
        return m;
    }

    /** A resource number in 0..RLIM_NLIMITS-1, else CPython's ValueError. */
    private static int resource(Object o) {
        long r = toLong(o);
        if (r < 0 || r >= NLIMITS) {
            throw PyErrors.valueError("invalid resource specified");
        }
        return (int) r;
    }

    /** {@code (soft, hard)} from a sequence of two ints (CPython's py2rlimit): as rlim_t bits. */
    private static long[] toRlimit(Object limits) {
        Object[] items = PyOps.toArray(limits);
        if (items.length != 2) {
            throw PyErrors.valueError("expected a tuple of 2 integers");
        }
        return new long[]{longLong(items[0]), longLong(items[1])};
    }

    /** A C long long from an int (via __index__), with CPython's OverflowError beyond it. */
    private static long longLong(Object o) {
        Object v = PyOps.index(o);
        if (v instanceof BigInteger b) {
            if (b.bitLength() > 63) {
                throw PyErrors.raise("OverflowError", "Python int too large to convert to C long");
            }
            return b.longValue();
        }
        return (Long) v;
    }

    private static PyTuple limits(long[] l) {
        if (l == null) {
            throw PyErrors.valueError("invalid resource specified");
        }
        return PyTuple.of(l[0], l[1]);
    }
}
