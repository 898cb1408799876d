package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;
import static org.auditpy.shims.Fns.def;
import static org.auditpy.shims.Fns.toLong;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PythonContext;

/**
 * {@code syslog}, as CPython's Modules/syslogmodule.c: the libc functions openlog(3), syslog(3), setlogmask(3) and
 * closelog(3) called through the JDK's Foreign Function & Memory API, with CPython's audit events. openlog keeps the
 * ident pointer, so the ident string lives in an arena that is closed only after closelog or the next openlog.
 */
final class SyslogModule {
    private SyslogModule() {
    }

    static final long LOG_USER = 8;
    static final long LOG_INFO = 6;

    /** The libc entry points, looked up once per JVM. */
    private static final class Libc {
        static final MethodHandle OPENLOG;
        static final MethodHandle SYSLOG;
        static final MethodHandle CLOSELOG;
        static final MethodHandle SETLOGMASK;

        static {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            OPENLOG = linker.downcallHandle(libc.find("openlog").orElseThrow(),
                            FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            // void syslog(int priority, const char *format, ...): called as syslog(priority, "%s", message)
            SYSLOG = linker.downcallHandle(libc.find("syslog").orElseThrow(),
                            FunctionDescriptor.ofVoid(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS),
                            Linker.Option.firstVariadicArg(2));
            CLOSELOG = linker.downcallHandle(libc.find("closelog").orElseThrow(), FunctionDescriptor.ofVoid());
            SETLOGMASK = linker.downcallHandle(libc.find("setlogmask").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        }
    }

    /** Process-wide state of libc's log (S_log_open / S_ident_o in CPython). */
    private static boolean logOpen;
    /** Holds the ident string passed to openlog (libc keeps the pointer) until closelog or the next openlog. */
    private static Arena identArena;

    private static RuntimeException nativeFailure(Throwable t) {
        if (t instanceof RuntimeException r && r instanceof org.auditpy.runtime.PyException) {
            return r;
        }
        return PyErrors.raise("OSError", "syslog: native call failed: " + t);
    }

    /** CPython's syslog_get_argv: basename of sys.argv[0] when it is a non-empty str, else null. */
    static Object identFromArgv() {
        PyModule sys = PythonContext.get().getSys();
        Object argv = sys == null ? null : sys.getDict().getStr("argv");
        if (!(argv instanceof PyList list)) {
            return null;
        }
        if (PyOps.len(list) == 0) {
            return null;
        }
        Object script = PyOps.getItem(list, 0L);
        if (!(script instanceof String s) || s.isEmpty()) {
            return null;
        }
        int slash = s.lastIndexOf('/');
        return slash >= 0 ? s.substring(slash + 1) : s;
    }

    static synchronized void openlog(Object ident, long logopt, long facility) {
        if (ident == null) {
            ident = identFromArgv();
        }
        if (Audit.active()) {
            Audit.raise("syslog.openlog", ident == null ? PyNone.NONE : ident, logopt, facility);
        }
        Arena arena = Arena.ofShared();
        MemorySegment identPtr = ident == null ? MemorySegment.NULL : arena.allocateFrom((String) ident);
        try {
            Libc.OPENLOG.invokeExact(identPtr, (int) logopt, (int) facility);
        } catch (Throwable t) {
            arena.close();
            throw nativeFailure(t);
        }
        Arena old = identArena;
        identArena = arena;
        logOpen = true;
        if (old != null) {
            old.close();
        }
    }

    static synchronized void syslog(long priority, String message) {
        if (Audit.active()) {
            Audit.raise("syslog.syslog", priority, message);
        }
        if (!logOpen) {
            openlog(null, 0, LOG_USER);
        }
        try (Arena a = Arena.ofConfined()) {
            Libc.SYSLOG.invokeExact((int) priority, a.allocateFrom("%s"), a.allocateFrom(message));
        } catch (Throwable t) {
            throw nativeFailure(t);
        }
    }

    static synchronized void closelog() {
        if (Audit.active()) {
            Audit.raise("syslog.closelog");
        }
        if (logOpen) {
            try {
                Libc.CLOSELOG.invokeExact();
            } catch (Throwable t) {
                throw nativeFailure(t);
            }
            logOpen = false;
            if (identArena != null) {
                identArena.close();
                identArena = null;
            }
        }
    }

    static long setlogmask(long mask) {
        if (Audit.active()) {
            Audit.raise("syslog.setlogmask", mask);
        }
        try {
            return (int) Libc.SETLOGMASK.invokeExact((int) mask);
        } catch (Throwable t) {
            throw nativeFailure(t);
        }
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "syslog");
        PyDict ns = m.getDict();
        def(ctx, ns, "openlog", "ident=, logoption=, facility=", a -> {
            Object ident = null;
            if (!absent(a[0])) {
                ident = Fns.strArg(a[0], "openlog", 1);
            }
            long logopt = absent(a[1]) ? 0 : toLong(a[1]);
            long facility = absent(a[2]) ? LOG_USER : toLong(a[2]);
            openlog(ident, logopt, facility);
            return null;
        });
        def(ctx, ns, "syslog", "*args", a -> {
            Object[] args = ((PyTuple) a[0]).items();
            long priority;
            Object msg;
            if (args.length == 1 && args[0] instanceof String) {
                priority = LOG_INFO;
                msg = args[0];
            } else if (args.length == 2 && args[1] instanceof String && !(args[0] instanceof Double)) {
                try {
                    priority = (int) toLong(args[0]);
                } catch (org.auditpy.runtime.PyException e) {
                    throw PyErrors.typeError("[priority,] message string");
                }
                msg = args[1];
            } else {
                throw PyErrors.typeError("[priority,] message string");
            }
            syslog(priority, (String) msg);
            return null;
        });
        def(ctx, ns, "closelog", "", a -> {
            closelog();
            return null;
        });
        def(ctx, ns, "setlogmask", "maskpri, /", a -> setlogmask(toLong(a[0])));
        def(ctx, ns, "LOG_MASK", "pri, /", a -> 1L << toLong(a[0]));
        def(ctx, ns, "LOG_UPTO", "pri, /", a -> (1L << (toLong(a[0]) + 1)) - 1);
        String[] names = {"LOG_EMERG", "LOG_ALERT", "LOG_CRIT", "LOG_ERR", "LOG_WARNING", "LOG_NOTICE", "LOG_INFO", "LOG_DEBUG"};
        for (int i = 0; i < names.length; i++) {
            ns.setStr(names[i], (long) i);
        }
        ns.setStr("LOG_PID", 1L);
        ns.setStr("LOG_CONS", 2L);
        ns.setStr("LOG_ODELAY", 4L);
        ns.setStr("LOG_NDELAY", 8L);
        ns.setStr("LOG_NOWAIT", 16L);
        ns.setStr("LOG_PERROR", 32L);
        String[] facilities = {"LOG_KERN", "LOG_USER", "LOG_MAIL", "LOG_DAEMON", "LOG_AUTH", "LOG_SYSLOG", "LOG_LPR", "LOG_NEWS", "LOG_UUCP", "LOG_CRON",
                        "LOG_AUTHPRIV"};
        for (int i = 0; i < facilities.length; i++) {
            ns.setStr(facilities[i], (long) i << 3);
        }
        for (int i = 0; i < 8; i++) {
            ns.setStr("LOG_LOCAL" + i, (long) (16 + i) << 3);
        }
        return m;
    }
}
