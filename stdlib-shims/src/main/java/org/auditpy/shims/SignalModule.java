package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.SignalHandling;

/**
 * {@code _signal} (CPython's Modules/signalmodule.c) over {@link SignalHandling}: {@code signal}, {@code getsignal},
 * {@code default_int_handler}, {@code raise_signal}, {@code strsignal}, {@code valid_signals} and Linux's signal
 * numbers; {@code signal.py} wraps them with the Signals and Handlers enums. A handler runs in the program's thread
 * at the next safepoint after its signal arrives. Not here: {@code alarm}, {@code pause}, {@code setitimer},
 * {@code set_wakeup_fd}, {@code siginterrupt}, {@code pthread_*}, {@code sig*wait*}. CPython 3.11 raises no audit
 * event in these functions.
 */
final class SignalModule {
    private SignalModule() {
    }

    /** Linux x86-64's signal names and numbers, aliases included (as CPython's module has them). */
    static final Object[][] SIGNALS = {
        {"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGTRAP", 5}, {"SIGABRT", 6}, {"SIGIOT", 6}, {"SIGBUS", 7},
        {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGSEGV", 11}, {"SIGUSR2", 12}, {"SIGPIPE", 13}, {"SIGALRM", 14},
        {"SIGTERM", 15}, {"SIGSTKFLT", 16}, {"SIGCHLD", 17}, {"SIGCLD", 17}, {"SIGCONT", 18}, {"SIGSTOP", 19}, {"SIGTSTP", 20},
        {"SIGTTIN", 21}, {"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24}, {"SIGXFSZ", 25}, {"SIGVTALRM", 26}, {"SIGPROF", 27},
        {"SIGWINCH", 28}, {"SIGIO", 29}, {"SIGPOLL", 29}, {"SIGPWR", 30}, {"SIGSYS", 31}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
    };

    /** glibc's {@code strsignal} texts of signals 1-31 (CPython's strsignal returns them). */
    static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted",
        "Bus error", "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault", "User defined signal 2",
        "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped",
        "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded",
        "Virtual timer expired", "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    /** Signal 32 and 33 are glibc's own (not valid for programs). */
    static boolean valid(int n) {
        return n >= 1 && n < SignalHandling.NSIG && n != 32 && n != 33;
    }

    /** A signal number argument: an int in range, else CPython's ValueError. */
    static int signum(Object o) {
        long n = Fns.toLong(o);
        if (n < 1 || n >= SignalHandling.NSIG) {
            throw PyErrors.valueError("signal number out of range");
        }
        return (int) n;
    }

    /** CPython's {@code compare_handler}: an int equal to SIG_DFL (0) or SIG_IGN (1). */
    static boolean isHandlerConstant(PythonContext ctx, Object h, long which) {
        if (!PyOps.typeOf(h).isSubtypeOf(ctx.types().intType)) {
            return false;
        }
        java.math.BigInteger v = Fns.toBig(h);
        return v.bitLength() < 63 && v.longValue() == which;
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_signal");
        PyDict ns = m.getDict();
        SignalHandling signals = ctx.signals();
        def(ctx, ns, "default_int_handler", "signalnum, frame, /", a -> {
            throw signals.keyboardInterrupt(null);
        });
        PyBuiltinFunction defaultIntHandler = (PyBuiltinFunction) ns.getStr("default_int_handler");
        def(ctx, ns, "signal", "signalnum, handler, /", a -> {
            int n = signum(a[0]);
            Object h = a[1];
            Object handler;
            if (isHandlerConstant(ctx, h, 1)) {
                handler = SignalHandling.SIG_IGN;
            } else if (isHandlerConstant(ctx, h, 0)) {
                handler = SignalHandling.SIG_DFL;
            } else if (!org.auditpy.builtins.BuiltinFunctions.isCallable(h)) {
                throw PyErrors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            } else {
                handler = n == SignalHandling.SIGINT && h == defaultIntHandler ? null : h;
            }
            if (!SignalHandling.canHandle(n)) {
                throw PyErrors.osError(22, "Invalid argument", null);
            }
            Object prev = signals.setHandler(n, handler);
            return prev == null ? defaultIntHandler : prev;
        });
        def(ctx, ns, "getsignal", "signalnum, /", a -> {
            Object h = signals.getHandler(signum(a[0]));
            return h == null ? defaultIntHandler : h;
        });
        def(ctx, ns, "raise_signal", "signalnum, /", a -> {
            long n = Fns.toLong(a[0]);
            if (n < 1 || n >= SignalHandling.NSIG) {
                throw PyErrors.osError(22, "Invalid argument", null);
            }
            signals.raiseSignal((int) n);
            return null;
        });
        // pthread_kill(thread_id, signalnum): the id as an unsigned long, wrapped as CPython's "k" converter does;
        // the event, then the signal. auditpy's only Python thread is the one running: a signal to it is raise(3)'s
        // (the handler runs before this returns); another id is no thread (CPython passes it to pthread_kill, which
        // may crash the process; here ESRCH)
        def(ctx, ns, "pthread_kill", "thread_id, signalnum, /", a -> {
            if (!Fns.isIntLike(a[0])) {
                throw PyErrors.typeError("pthread_kill() argument 1 must be int, not " + PyOps.typeName(a[0]));
            }
            Object id = PyOps.index(a[0]);
            long tid = id instanceof java.math.BigInteger b ? b.longValue() : (Long) id;
            int n = Fns.toInt(a[1]);
            if (org.auditpy.audit.Audit.active()) {
                org.auditpy.audit.Audit.raise("signal.pthread_kill", tid >= 0 ? (Object) tid
                                : java.math.BigInteger.valueOf(tid).add(java.math.BigInteger.ONE.shiftLeft(64)), (long) n);
            }
            if (n < 0 || n >= SignalHandling.NSIG) {
                throw PyErrors.osError(22, "Invalid argument", null);
            }
            if (tid != Thread.currentThread().threadId()) {
                throw PyErrors.osError(3, "No such process", null);
            }
            if (n != 0) {
                signals.raiseSignal(n);
            }
            return null;
        });
        def(ctx, ns, "strsignal", "signalnum, /", a -> {
            int n = signum(a[0]);
            if (n < DESCRIPTIONS.length) {
                return DESCRIPTIONS[n];
            }
            return n >= 34 ? "Real-time signal " + (n - 34) : PyNone.NONE;
        });
        def(ctx, ns, "valid_signals", "", a -> {
            PySet s = new PySet(ctx.types().set);
            for (int n = 1; n < SignalHandling.NSIG; n++) {
                if (valid(n)) {
                    s.add((long) n);
                }
            }
            return s;
        });
        for (Object[] sig : SIGNALS) {
            ns.setStr((String) sig[0], (long) (int) (Integer) sig[1]);
        }
        ns.setStr("NSIG", (long) SignalHandling.NSIG);
        ns.setStr("SIG_DFL", SignalHandling.SIG_DFL);
        ns.setStr("SIG_IGN", SignalHandling.SIG_IGN);
        return m;
    }
}
