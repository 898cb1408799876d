package org.auditpy.runtime;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.auditpy.AuditPyLanguage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * Signals as CPython 3.11's Modules/signalmodule.c handles them, for one context: the operating system's signal
 * only <em>trips</em> a flag (the JVM runs {@link #onSignal} on a thread of its own), and the Python-level handler
 * runs later in the program's thread, at the next Truffle safepoint (a loop's back edge or a call's return, in the
 * interpreter and in compiled code alike), where a {@link ThreadLocalAction} submitted to that thread performs it:
 * the default SIGINT handler raises {@code KeyboardInterrupt} right there, so {@code except}, {@code finally} and
 * {@code __exit__} see it as any raised exception, and an uncaught one is reported with its traceback (status
 * 130). A normal execution path pays nothing (a {@link ThreadLocalAction} costs nothing until it is submitted);
 * a blocking call (sleep, a read of standard input, a lock) waits through {@link #blocking} so that the action can
 * interrupt it. The traceback line of an interrupted loop is CPython's (see {@link PyBaseException#markRaisedAtSafepoint}).
 *
 * <p>The operating-system handlers are installed only when the {@code auditpy.HandleSigint} option is true (the
 * launcher sets it; an embedder keeps its process's handling by default): SIGINT from the first evaluation
 * ({@link #installSigint}) until the context is finalized, others when Python code sets a handler for them with
 * {@code signal.signal}. The Python-level handlers ({@link #getHandler}, {@link #setHandler}), {@code raise_signal}
 * and {@code _thread.interrupt_main} work either way.
 *
 * <p>Differences from CPython: a signal the JVM keeps for itself (SIGQUIT, SIGSEGV, SIGUSR2, ...) or one of the
 * real-time signals cannot get a Python handler ({@code OSError} EINVAL, as for SIGKILL); SIG_DFL for SIGINT ends
 * the process through the JVM's own handler, with status 130 (CPython's default action kills it with the signal,
 * which a shell shows the same way).
 */
public final class SignalHandling {
    /** Linux's signal numbers: SIGHUP 1 ... SIGSYS 31, SIGRTMIN 34 ... SIGRTMAX 64; {@code signal.NSIG} is 65. */
    public static final int NSIG = 65;
    public static final int SIGINT = 2;
    public static final int SIGKILL = 9;
    public static final int SIGSTOP = 19;
    public static final int SIGCHLD = 17;
    static final int SIGPIPE = 13;
    static final int SIGXFSZ = 25;
    /** {@code signal.SIG_DFL} and {@code signal.SIG_IGN} (ints, as CPython's Handlers members are). */
    public static final Long SIG_DFL = 0L;
    public static final Long SIG_IGN = 1L;

    /** The names the JVM gives the classic signals (sun.misc.Signal), by number; null for none. */
    private static final String[] JVM_NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2",
                    "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH",
                    "IO", "PWR", "SYS"};

    private final PythonContext ctx;
    /**
     * The Python-level handler of each signal: null while it was never set (SIGINT: {@code default_int_handler};
     * SIGPIPE and SIGXFSZ: SIG_IGN, as CPython sets them at start-up; others SIG_DFL), else SIG_DFL, SIG_IGN or a
     * callable. Written by the program's thread, read by the JVM's signal threads.
     */
    private final Object[] handlers = new Object[NSIG];
    /** CPython's {@code Handlers[n].tripped}: the signal arrived and its handler has not run yet. */
    private final AtomicIntegerArray tripped = new AtomicIntegerArray(NSIG);
    /** How many times each signal reached {@link #onSignal} (for {@link #awaitOwnSignal}). */
    private final AtomicIntegerArray arrivals = new AtomicIntegerArray(NSIG);
    /** CPython's {@code is_tripped}: an action is on its way to the program's thread; more signals join it. */
    private final AtomicBoolean actionPending = new AtomicBoolean();
    /** The JVM's own handler of each signal this context took over, to put back (null: not taken over). */
    private final Object[] previousJvmHandlers = new Object[NSIG];
    /** The thread that runs the program (CPython's main thread): the one that initialized the context. */
    private volatile Thread mainThread;
    /** Where blocking calls poll safepoints when no node of theirs is at hand. */
    private final Node blockingLocation;

    SignalHandling(PythonContext ctx) {
        this.ctx = ctx;
        this.blockingLocation = new BlockingRoot(ctx.getLanguage());
    }

    /** A root node of this language standing for the blocking call a safepoint interrupts. */
    private static final class BlockingRoot extends RootNode {
        BlockingRoot(AuditPyLanguage language) {
            super(language);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return PyNone.NONE;
        }

        @Override
        public boolean isInternal() {
            return true;
        }
    }

    /** Records the current thread as the program's (called as the context is initialized). */
    public void setMainThread(Thread t) {
        mainThread = t;
    }

    public Thread getMainThread() {
        return mainThread;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Operating-system handlers

    /**
     * Takes SIGINT over for this context (CPython's {@code signal_install_handlers} at start-up). A SIGINT the
     * process ignored when it started (a job started in the background by a shell without job control) stays
     * ignored, as in CPython, and {@code signal.getsignal} shows SIG_IGN; unlike CPython, the JVM keeps it ignored
     * even when Python code sets a handler later.
     */
    @TruffleBoundary
    public void installSigint() {
        synchronized (handlers) {
            Object prev = installJvm(SIGINT);
            if (prev == sun.misc.SignalHandler.SIG_IGN) {
                handlers[SIGINT] = SIG_IGN;
            }
        }
    }

    /**
     * Gives every signal this context took over back to the JVM's handler (CPython's {@code _PySignal_Fini}, after
     * the atexit callbacks): a later SIGINT ends the process as it would have before.
     */
    @TruffleBoundary
    public void uninstallAll() {
        synchronized (handlers) {
            for (int n = 1; n < NSIG; n++) {
                restoreJvm(n);
            }
        }
    }

    /** Installs {@link #onSignal} for {@code n}; returns the JVM's previous handler, or null if the JVM refused. */
    private Object installJvm(int n) {
        if (previousJvmHandlers[n] != null) {
            return previousJvmHandlers[n];
        }
        String name = n < JVM_NAMES.length ? JVM_NAMES[n] : null;
        if (name == null) {
            return null;
        }
        try {
            sun.misc.SignalHandler prev = sun.misc.Signal.handle(new sun.misc.Signal(name), this::onSignal);
            previousJvmHandlers[n] = prev;
            return prev;
        } catch (IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            // a signal the JVM uses itself (or -Xrs): it stays with the JVM
            return null;
        }
    }

    private void restoreJvm(int n) {
        Object prev = previousJvmHandlers[n];
        if (prev == null) {
            return;
        }
        previousJvmHandlers[n] = null;
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(JVM_NAMES[n]), (sun.misc.SignalHandler) prev);
        } catch (IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            // the JVM no longer takes it: nothing more to undo
        }
    }

    /**
     * The JVM's handler for a signal this context took over (CPython's {@code signal_handler}): runs on a thread of
     * the JVM's, never in the program's thread. Ignored signals (and one just given back to the JVM by SIG_DFL) stop
     * here; others trip their handler.
     */
    private void onSignal(sun.misc.Signal sig) {
        int n = sig.getNumber();
        if (n <= 0 || n >= NSIG) {
            return;
        }
        Object h = handlers[n];
        // (SIG_DFL: set back an instant ago, with the JVM's own handler)
        if (h != SIG_IGN && h != SIG_DFL) {
            trip(n);
        }
        // counted once its handler's action is on its way (awaitOwnSignal then runs it)
        arrivals.incrementAndGet(n);
    }

    /**
     * Whether signal {@code n} reaches this context's JVM handler: a Python handler, SIG_IGN or SIGINT's default
     * handler is set for it.
     */
    public boolean handledHere(int n) {
        return n > 0 && n < NSIG && previousJvmHandlers[n] != null;
    }

    /**
     * Whether signal {@code n}, sent by the program to its own process, must end it as the system's default action
     * does in CPython, where the JVM would instead act on its own: SIGHUP, SIGINT (after SIG_DFL) and SIGTERM run the
     * JVM's shutdown and exit with a status, SIGQUIT prints a thread dump, SIGUSR2 is the JVM's suspend signal, and
     * SIGILL, SIGBUS, SIGFPE and SIGSEGV are the JVM's own traps (a crash report). The other signals already get the
     * system's action (SIGPIPE and SIGXFSZ are ignored by both).
     */
    public boolean endsProcessByDefault(int n) {
        return !handledHere(n) && (n == 1 || n == 2 || n == 3 || n == 4 || n == 7 || n == 8 || n == 11 || n == 12 || n == 15);
    }

    /** The number of times signal {@code n} has arrived so far (give it to {@link #awaitOwnSignal}). */
    public int arrivals(int n) {
        return n > 0 && n < NSIG ? arrivals.get(n) : 0;
    }

    /**
     * After the program sent signal {@code n} to its own process ({@code os.kill(os.getpid(), n)}), when a Python
     * handler or SIG_IGN is set for it: waits, at most a second, for the JVM's signal thread to see it arrive (more than
     * {@code before} arrivals), then runs the handler before returning. In CPython the handler runs before the next
     * bytecode after {@code kill()}; here the JVM delivers the signal to a thread it starts for it, a moment later
     * (0.01-0.08 s the first time in a process).
     */
    @TruffleBoundary
    public void awaitOwnSignal(int n, int before) {
        if (!handledHere(n)) {
            // the JVM's own handler, or the system's default action
            return;
        }
        // (SIG_IGN too: this context's handler ignores it, and must have seen it before the program ends and
        // gives the signal back to the JVM, whose default action for most signals ends the process; and SIGINT's
        // default handler, whose KeyboardInterrupt comes from kill() itself, as in CPython)
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (arrivals.get(n) == before && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000L);
        }
        TruffleSafepoint.poll(blockingLocation);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Python-level handlers

    /** Whether the JVM lets this context handle signal {@code n} (else {@code signal.signal} raises EINVAL). */
    public static boolean canHandle(int n) {
        return n > 0 && n < JVM_NAMES.length && JVM_NAMES[n] != null && n != SIGKILL && n != SIGSTOP;
    }

    /**
     * {@code signal.getsignal(n)}'s value: SIG_DFL, SIG_IGN, a callable, or null for SIGINT's default
     * ({@code default_int_handler}, which the caller supplies).
     */
    public Object getHandler(int n) {
        Object h = handlers[n];
        if (h != null) {
            return h;
        }
        if (n == SIGINT) {
            return null;
        }
        return n == SIGPIPE || n == SIGXFSZ ? SIG_IGN : SIG_DFL;
    }

    /**
     * {@code signal.signal(n, handler)} once its arguments were checked: {@code handler} is SIG_DFL, SIG_IGN, a
     * callable, or null for SIGINT's {@code default_int_handler}. SIG_DFL gives the signal back to the JVM; the
     * others take it over. Raises {@code OSError(EINVAL)} for a signal the JVM does not let this process handle.
     * Returns the previous handler as {@link #getHandler}.
     */
    @TruffleBoundary
    public Object setHandler(int n, Object handler) {
        synchronized (handlers) {
            Object prev = getHandler(n);
            if (handler == SIG_DFL) {
                // the default action is the JVM's own (for SIGINT: exit with status 130)
                restoreJvm(n);
            } else if (installJvm(n) == null) {
                throw PyErrors.osError(22, "Invalid argument", null);
            }
            handlers[n] = handler;
            return prev;
        }
    }

    /**
     * {@code _thread.interrupt_main(n)} (and {@code PyErr_SetInterruptEx}): as if signal {@code n} arrived, unless
     * it is ignored or has its default action; its handler runs at the program thread's next safepoint.
     */
    @TruffleBoundary
    public void interruptMain(int n) {
        Object h = getHandler(n);
        if (h == SIG_DFL || h == SIG_IGN) {
            return;
        }
        trip(n);
    }

    /**
     * {@code signal.raise_signal(n)} in the program's thread: a signal with a Python handler (or SIGINT's default)
     * runs it before returning, as CPython's {@code raise()} followed by {@code PyErr_CheckSignals()}; an ignored
     * one does nothing; others go to the process ({@code sun.misc.Signal.raise}), whose default action may end it.
     */
    @TruffleBoundary
    public void raiseSignal(int n) {
        Object h = getHandler(n);
        if (h == SIG_IGN) {
            return;
        }
        if (h != SIG_DFL) {
            trip(n);
            TruffleSafepoint.poll(blockingLocation);
            return;
        }
        String name = n < JVM_NAMES.length ? JVM_NAMES[n] : null;
        try {
            if (name == null) {
                throw new IllegalArgumentException();
            }
            sun.misc.Signal.raise(new sun.misc.Signal(name));
        } catch (IllegalArgumentException e) {
            throw PyErrors.osError(22, "Invalid argument", null);
        }
    }

    /**
     * Marks signal {@code n} as arrived and, unless an action is already on its way, submits one to the program's
     * thread. Truffle drops the action when that thread runs no code of the context at this moment (between two
     * evaluations: the interactive prompt), as CPython's prompt drops the read it interrupts.
     */
    private void trip(int n) {
        tripped.set(n, 1);
        if (!actionPending.compareAndSet(false, true)) {
            return;
        }
        Thread t = mainThread;
        if (t == null) {
            actionPending.set(false);
            return;
        }
        try {
            SignalAction action = new SignalAction();
            Future<Void> f = ctx.getEnv().submitThreadLocal(new Thread[]{t}, action);
            if (f.isDone() && !action.started) {
                // dropped: the thread was not in the context
                actionPending.set(false);
                clearTripped();
            }
        } catch (IllegalStateException e) {
            // the context is closed
            actionPending.set(false);
            clearTripped();
        }
    }

    private void clearTripped() {
        for (int i = 1; i < NSIG; i++) {
            tripped.set(i, 0);
        }
    }

    /**
     * Runs the tripped handlers in the program's thread at a safepoint (CPython's {@code _PyErr_CheckSignals}):
     * in signal-number order; a handler's exception propagates from the interrupted point, and signals still
     * tripped then get a new action.
     */
    private final class SignalAction extends ThreadLocalAction {
        volatile boolean started;

        SignalAction() {
            super(true, false);
        }

        @Override
        protected void perform(Access access) {
            started = true;
            actionPending.set(false);
            if (!inPythonCode(access.getLocation())) {
                // entering or leaving the context (a safepoint of the polyglot machinery): no Python code to interrupt
                clearTripped();
                return;
            }
            for (int n = 1; n < NSIG; n++) {
                if (tripped.getAndSet(n, 0) == 0) {
                    continue;
                }
                try {
                    runHandler(n, access.getLocation());
                } catch (RuntimeException | Error e) {
                    for (int k = n + 1; k < NSIG; k++) {
                        if (tripped.get(k) != 0) {
                            trip(k);
                            break;
                        }
                    }
                    throw e;
                }
            }
        }
    }

    private static boolean inPythonCode(Node location) {
        RootNode root = location == null ? null : location.getRootNode();
        return root != null && root.getLanguageInfo() != null && AuditPyLanguage.ID.equals(root.getLanguageInfo().getId());
    }

    @TruffleBoundary
    private void runHandler(int n, Node location) {
        Object h = handlers[n];
        if (h == null && n == SIGINT) {
            PyException e = keyboardInterrupt(location);
            if (location != blockingLocation) {
                // at a loop's back edge (or a call's return): the loop gives the frame's line, as in CPython
                e.getPyException().markRaisedAtSafepoint();
            }
            throw e;
        }
        if (h == null || h == SIG_DFL || h == SIG_IGN) {
            return;
        }
        java.util.List<PyFrame> frames = org.auditpy.builtins.Frames.buildFrames(1);
        PyOps.callPositional(h, (long) n, frames.isEmpty() ? PyNone.NONE : frames.get(0));
    }

    /** {@code KeyboardInterrupt()} raised at {@code location} (CPython's {@code PyErr_SetNone(PyExc_KeyboardInterrupt)}). */
    @TruffleBoundary
    public PyException keyboardInterrupt(Node location) {
        return PyErrors.newException(ctx.types().exception("KeyboardInterrupt")).toThrowable(location);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Blocking calls

    /** A blocking call that a thread interrupt ends early with InterruptedException. */
    @FunctionalInterface
    public interface Blocking<T, R> {
        R apply(T arg) throws InterruptedException;
    }

    /**
     * Runs {@code call} so that thread-local actions (a signal's handler, the context's cancellation) can run while
     * it waits: Truffle interrupts the thread, performs them, and calls it again unless one of them threw (a
     * {@code KeyboardInterrupt} propagates from here). {@code call} must expect to be called again after an
     * interrupt (continue a deadline, keep what it already got).
     */
    @TruffleBoundary
    public static <T, R> R blocking(Blocking<T, R> call, T arg) {
        PythonContext c = PythonContext.get();
        return TruffleSafepoint.setBlockedThreadInterruptibleFunction(c.signals().blockingLocation, call::apply, arg);
    }

    /**
     * Sleeps {@code nanos} nanoseconds (CPython's {@code pysleep}): a signal's handler runs as soon as the signal
     * arrives and the sleep goes on for the rest of the time unless it raised (PEP 475).
     */
    @TruffleBoundary
    public static void sleepNanos(long nanos) {
        // at most about 100 years, so that the deadline cannot overflow
        long capped = Math.min(nanos, 3_000_000_000_000_000_000L);
        long deadline = System.nanoTime() + capped;
        blocking(d -> {
            long left = d - System.nanoTime();
            if (left > 0) {
                Thread.sleep(java.time.Duration.ofNanos(left));
            }
            return null;
        }, deadline);
    }
}
