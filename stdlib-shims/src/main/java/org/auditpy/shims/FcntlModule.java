package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;
import static org.auditpy.shims.Fns.def;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

/**
 * The {@code fcntl} module (CPython's Modules/fcntlmodule.c) on Linux: {@code fcntl}, {@code ioctl}, {@code flock}
 * and {@code lockf} through libc ({@link LibcCalls}) on the operating system's descriptor behind an fd of the posix
 * table ({@link PosixModule#realFd}), with CPython's argument handling (an int, or an object with
 * {@code fileno()}; an int or a buffer argument of at most 1024 bytes, copied in and out) and CPython's audit
 * events: {@code fcntl.fcntl} (fd, cmd, arg or None), {@code fcntl.ioctl} (fd, request, arg or None),
 * {@code fcntl.flock} (fd, operation), {@code fcntl.lockf} (fd, cmd, len or None, start or None, whence), each
 * before the call.
 */
final class FcntlModule {
    private FcntlModule() {
    }

    private static final Object[][] CONSTANTS = {{"DN_ACCESS", 1L}, {"DN_ATTRIB", 32L}, {"DN_CREATE", 4L}, {"DN_DELETE", 8L}, {"DN_MODIFY", 2L},
                    {"DN_MULTISHOT", 2147483648L}, {"DN_RENAME", 16L}, {"FASYNC", 8192L}, {"FD_CLOEXEC", 1L}, {"F_ADD_SEALS", 1033L}, {"F_DUPFD", 0L},
                    {"F_DUPFD_CLOEXEC", 1030L}, {"F_EXLCK", 4L}, {"F_GETFD", 1L}, {"F_GETFL", 3L}, {"F_GETLEASE", 1025L}, {"F_GETLK", 5L},
                    {"F_GETLK64", 5L}, {"F_GETOWN", 9L}, {"F_GETPIPE_SZ", 1032L}, {"F_GETSIG", 11L}, {"F_GET_SEALS", 1034L}, {"F_NOTIFY", 1026L},
                    {"F_OFD_GETLK", 36L}, {"F_OFD_SETLK", 37L}, {"F_OFD_SETLKW", 38L}, {"F_RDLCK", 0L}, {"F_SEAL_GROW", 4L}, {"F_SEAL_SEAL", 1L},
                    {"F_SEAL_SHRINK", 2L}, {"F_SEAL_WRITE", 8L}, {"F_SETFD", 2L}, {"F_SETFL", 4L}, {"F_SETLEASE", 1024L}, {"F_SETLK", 6L},
                    {"F_SETLK64", 6L}, {"F_SETLKW", 7L}, {"F_SETLKW64", 7L}, {"F_SETOWN", 8L}, {"F_SETPIPE_SZ", 1031L}, {"F_SETSIG", 10L},
                    {"F_SHLCK", 8L}, {"F_UNLCK", 2L}, {"F_WRLCK", 1L}, {"LOCK_EX", 2L}, {"LOCK_MAND", 32L}, {"LOCK_NB", 4L}, {"LOCK_READ", 64L},
                    {"LOCK_RW", 192L}, {"LOCK_SH", 1L}, {"LOCK_UN", 8L}, {"LOCK_WRITE", 128L}};

    private static final int LOCK_SH = 1;
    private static final int LOCK_EX = 2;
    private static final int LOCK_NB = 4;
    private static final int LOCK_UN = 8;
    private static final int F_SETLK = 6;
    private static final int F_SETLKW = 7;

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "fcntl");
        PyDict ns = m.getDict();
        def(ctx, ns, "fcntl", "fd, cmd, arg=, /", a -> control(false, a));
        def(ctx, ns, "ioctl", "fd, request, arg=, mutate_flag=, /", a -> control(true, a));
        def(ctx, ns, "flock", "fd, operation, /", a -> {
            int fd = fileno(a[0]);
            int op = Fns.toInt(a[1]);
            if (Audit.active()) {
                Audit.raise("fcntl.flock", (long) fd, (long) op);
            }
            LibcCalls.flock(PosixModule.realFd(fd), op);
            return null;
        });
        def(ctx, ns, "lockf", "fd, cmd, len=, start=, whence=, /", a -> {
            int fd = fileno(a[0]);
            int code = Fns.toInt(a[1]);
            int whence = absent(a[4]) ? 0 : Fns.toInt(a[4]);
            if (Audit.active()) {
                Audit.raise("fcntl.lockf", (long) fd, (long) code, absent(a[2]) ? PyNone.NONE : a[2], absent(a[3]) ? PyNone.NONE : a[3], (long) whence);
            }
            short type;
            if (code == LOCK_UN) {
                type = 2; // F_UNLCK
            } else if ((code & LOCK_SH) != 0) {
                type = 0; // F_RDLCK
            } else if ((code & LOCK_EX) != 0) {
                type = 1; // F_WRLCK
            } else {
                throw PyErrors.valueError("unrecognized lockf argument");
            }
            long len = absent(a[2]) ? 0 : Fns.toLong(a[2]);
            long start = absent(a[3]) ? 0 : Fns.toLong(a[3]);
            LibcCalls.recordLock(PosixModule.realFd(fd), (code & LOCK_NB) != 0 ? F_SETLK : F_SETLKW, type, (short) whence, start, len);
            return null;
        });
        for (Object[] c : CONSTANTS) {
            ns.setStr((String) c[0], c[1]);
        }
        return m;
    }

    /** fcntl(fd, cmd, arg) or ioctl(fd, request, arg, mutate_flag): an int argument, else a buffer copied in and out. */
    private static Object control(boolean ioctl, Object[] a) {
        int fd = fileno(a[0]);
        long cmd = ioctl ? requestCode(a[1]) : Fns.toInt(a[1]);
        Object arg = absent(a[2]) ? PyNone.NONE : a[2];
        if (Audit.active()) {
            Audit.raise(ioctl ? "fcntl.ioctl" : "fcntl.fcntl", (long) fd, cmd, arg);
        }
        String what = ioctl ? "ioctl" : "fcntl";
        byte[] buf = null;
        if (arg instanceof PyBytes b) {
            buf = b.getBytes();
        } else if (arg instanceof String s) {
            buf = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (buf != null) {
            if (buf.length > 1024) {
                throw PyErrors.valueError(what + " string arg too long");
            }
            byte[] out = LibcCalls.controlBuffer(ioctl, PosixModule.realFd(fd), cmd, buf);
            if (arg instanceof PyBytes b && b.isByteArray() && ioctl && (absent(a[3]) || PyOps.isTrue(a[3]))) {
                // a mutable buffer is updated in place, and ioctl then returns its result code (0 here)
                System.arraycopy(out, 0, b.getBytes(), 0, out.length);
                return 0L;
            }
            return PyBytes.of(out);
        }
        long value = arg == PyNone.NONE ? 0 : Fns.toLong(arg);
        return LibcCalls.control(ioctl, PosixModule.realFd(fd), cmd, ioctl ? value : (int) value);
    }

    /** An ioctl request: an unsigned long (a negative int is taken as its 32-bit pattern, as CPython's "I" does). */
    private static long requestCode(Object o) {
        long v = Fns.toLong(o);
        return v < 0 ? v & 0xFFFFFFFFL : v;
    }

    /** CPython's PyObject_AsFileDescriptor: an int, or the int that {@code fileno()} returns. */
    static int fileno(Object o) {
        if (Fns.isIntLike(o)) {
            return Fns.toInt(o);
        }
        PyType t = PyOps.typeOf(o);
        if (t.lookup("fileno") == null) {
            throw PyErrors.typeError("argument must be an int, or have a fileno() method.");
        }
        Object r = PyOps.callMethod(o, "fileno");
        if (!Fns.isIntLike(r)) {
            throw PyErrors.typeError("fileno() returned a non-integer");
        }
        int fd = Fns.toInt(r);
        if (fd < 0) {
            throw PyErrors.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }
}
