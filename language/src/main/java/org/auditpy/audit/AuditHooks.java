package org.auditpy.audit;

import java.util.List;

import org.auditpy.runtime.ArgumentBinder;
import org.auditpy.runtime.CallDispatch;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * The audit hooks of one context (CPython's runtime-wide C hook list and the interpreter's
 * {@code audit_hooks} list, Python/sysmodule.c), and dispatch of events to them.
 *
 * <p>Host hooks (added from Java before or while the program runs, as {@code PySys_AddAuditHook}) run
 * first, then Python hooks in the order added. Hooks are never removed and never visible to Python code.
 * The hook array is replaced, never mutated, on every add, and {@link #getStableAssumption()} is invalidated
 * then, so compiled event sites fold the hook array to a constant; {@link #getNoHooksAssumption()} stays
 * valid until the first hook of any kind is added, so event sites cost nothing before that.
 */
public final class AuditHooks {
    /**
     * A hook implemented in Java (CPython's C audit hook, {@code Py_AuditHookFunction}): an embedder's (see
     * {@link AuditPyEmbedding}), or the audit log and deny policy of options {@code auditpy.AuditLog} and
     * {@code auditpy.AuditDeny}. A host hook that also implements {@link AutoCloseable} is closed at context
     * shutdown, after it has seen {@code cpython._PySys_ClearAuditHooks}.
     */
    @FunctionalInterface
    public interface HostHook {
        /**
         * Receives an event: its name and the argument tuple's items (auditpy runtime values; the array must not
         * be modified or kept). Called on the thread that raises the event, before the operation happens.
         * Throwing a {@link PyException} aborts the audited operation with that Python exception; hooks
         * registered through {@link AuditPyEmbedding} also have other RuntimeExceptions translated to a Python
         * {@code RuntimeError}.
         *
         * @param event the event name, e.g. {@code "open"}
         * @param args the items of the event's argument tuple, e.g. {@code ["/tmp/x", "r", 524288L]}
         */
        void onEvent(String event, Object[] args);
    }

    private static final Object[] EMPTY = new Object[0];

    private volatile HostHook[] hostHooks = new HostHook[0];
    private volatile Object[] pythonHooks = EMPTY;
    private final Assumption noHooks = Truffle.getRuntime().createAssumption("no audit hooks");
    private volatile Assumption stable = Truffle.getRuntime().createAssumption("audit hooks unchanged");
    /** When false (option auditpy.Audit=false), events are never dispatched: the speed baseline. */
    final boolean enabled;
    /** True while sys.settrace / sys.setprofile runs (CPython's static {@code reentrant} flags in ceval.c). */
    public boolean traceInstalling;
    public boolean profileInstalling;

    /**
     * The (empty) hooks of a new context.
     *
     * @param enabled false to never dispatch events (option {@code auditpy.Audit=false})
     */
    public AuditHooks(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Installs the host hooks configured for a context being created, before any Python code runs, in this
     * order: the audit log (option {@code auditpy.AuditLog}, {@link AuditLog}), the deny policy (option
     * {@code auditpy.AuditDeny}, {@link AuditDeny}), then the embedder's hooks registered under the token of the
     * internal option {@code auditpy.HostHookToken} ({@link AuditPyEmbedding}). Logging first means denied
     * events are logged too.
     *
     * @param env the new context's environment (its options)
     * @param err where the audit log reports a write failure
     * @throws com.oracle.truffle.api.exception.AbstractTruffleException with a message for the user if the
     *             audit log cannot be opened, a deny pattern is invalid or the token is unknown
     */
    @TruffleBoundary
    public void installConfiguredHooks(com.oracle.truffle.api.TruffleLanguage.Env env, java.io.PrintStream err) {
        org.graalvm.options.OptionValues o = env.getOptions();
        String log = o.get(org.auditpy.AuditPyLanguage.AUDIT_LOG);
        String deny = o.get(org.auditpy.AuditPyLanguage.AUDIT_DENY);
        String token = o.get(org.auditpy.AuditPyLanguage.HOST_HOOK_TOKEN);
        AuditDeny policy = deny.isEmpty() ? null : AuditDeny.parse(deny);
        List<HostHook> embedder = null;
        if (!token.isEmpty()) {
            embedder = AuditPyEmbedding.hooksFor(token);
            if (embedder == null) {
                throw new AuditSetupException("auditpy: unknown host hook token '" + token + "'");
            }
        }
        if (!log.isEmpty()) {
            addHostHook(AuditLog.open(log, err));
        }
        if (policy != null) {
            addHostHook(policy);
        }
        if (embedder != null) {
            for (HostHook h : embedder) {
                addHostHook(AuditPyEmbedding.guarded(h, env));
            }
        }
    }

    /** Valid while no hook of any kind has been added. */
    public Assumption getNoHooksAssumption() {
        return noHooks;
    }

    /** Valid while the hook arrays are unchanged. */
    public Assumption getStableAssumption() {
        return stable;
    }

    /** The current Python hooks (never mutated; a new array on every add). */
    public Object[] getPythonHooks() {
        return pythonHooks;
    }

    /** The current host hooks (never mutated). */
    public HostHook[] getHostHooks() {
        return hostHooks;
    }

    /** True if any hook exists (cheap, for Java call sites: skip building arguments otherwise). */
    public boolean isActive() {
        return enabled && !noHooks.isValid();
    }

    /** Adds a host hook (PySys_AddAuditHook's place); takes effect for the next event. */
    @TruffleBoundary
    public synchronized void addHostHook(HostHook hook) {
        HostHook[] old = hostHooks;
        HostHook[] n = java.util.Arrays.copyOf(old, old.length + 1);
        n[old.length] = hook;
        hostHooks = n;
        changed();
    }

    /**
     * {@code sys.addaudithook(hook)}: raises {@code sys.addaudithook} first; an {@code Exception} from a hook
     * cancels the add silently, any other BaseException propagates (CPython 3.11 sys_addaudithook_impl).
     */
    @TruffleBoundary
    public void addPythonHook(Object hook) {
        if (isActive()) {
            try {
                dispatch("sys.addaudithook", EMPTY);
            } catch (PyException e) {
                if (PyOps.isException(e, "Exception")) {
                    return;
                }
                throw e;
            }
        }
        synchronized (this) {
            Object[] old = pythonHooks;
            Object[] n = java.util.Arrays.copyOf(old, old.length + 1);
            n[old.length] = hook;
            pythonHooks = n;
            changed();
        }
    }

    private void changed() {
        if (!enabled) {
            return;
        }
        Assumption s = stable;
        stable = Truffle.getRuntime().createAssumption("audit hooks unchanged");
        s.invalidate();
        noHooks.invalidate();
    }

    /**
     * Delivers an event to every hook (as CPython's {@code sys_audit_tstate}): host hooks, then Python hooks
     * called as {@code hook(event, args_tuple)}; the first exception stops dispatch and propagates. Hooks
     * added during dispatch are called for the same event.
     */
    @TruffleBoundary
    public void dispatch(String event, Object[] args) {
        if (!enabled) {
            return;
        }
        HostHook[] hh = hostHooks;
        for (HostHook h : hh) {
            h.onEvent(event, args);
        }
        if (pythonHooks.length == 0) {
            return;
        }
        PyTuple tuple = PyTuple.of(args);
        org.auditpy.runtime.PythonContext ctx = org.auditpy.runtime.PythonContext.get();
        boolean tracing = ctx.tracingActive();
        ctx.tracingSuspended++;
        try {
            for (int i = 0; i < pythonHooks.length; i++) {
                Object hook = pythonHooks[i];
                // CPython looks __cantrace__ up at every dispatch; it only matters while tracing
                boolean canTrace = tracing && canTrace(hook);
                if (canTrace) {
                    ctx.tracingSuspended--;
                }
                try {
                    callPythonHook(hook, event, tuple);
                } finally {
                    if (canTrace) {
                        ctx.tracingSuspended++;
                    }
                }
            }
        } finally {
            ctx.tracingSuspended--;
        }
    }

    /** A hook with a true {@code __cantrace__} attribute is traced by sys.settrace/setprofile functions. */
    @TruffleBoundary
    static boolean canTrace(Object hook) {
        Object v = PyOps.getAttributeOrNull(hook, "__cantrace__");
        return v != null && PyOps.isTrue(v);
    }

    /** Calls one Python hook; its return value is ignored. */
    @TruffleBoundary
    public static void callPythonHook(Object hook, String event, PyTuple args) {
        CallDispatch.callUncached(hook, new Object[]{event, args}, ArgumentBinder.NO_KEYWORDS);
    }

    /** Host hooks only (events CPython raises where only C hooks are installed, e.g. at shutdown). */
    @TruffleBoundary
    public void dispatchHostOnly(String event, Object[] args) {
        if (!enabled) {
            return;
        }
        for (HostHook h : hostHooks) {
            h.onEvent(event, args);
        }
    }

    /** Shutdown (Py_FinalizeEx): {@code cpython.PyInterpreterState_Clear} to all hooks, errors ignored; then
     * Python hooks are cleared and {@code cpython._PySys_ClearAuditHooks} goes to host hooks. */
    @TruffleBoundary
    public void shutdown() {
        try {
            if (isActive()) {
                dispatch("cpython.PyInterpreterState_Clear", EMPTY);
            }
        } catch (PyException e) {
            // ignored, as CPython's interpreter_clear
        }
        pythonHooks = EMPTY;
        try {
            dispatchHostOnly("cpython._PySys_ClearAuditHooks", EMPTY);
        } catch (RuntimeException e) {
            // ignored: hooks are cleared regardless
        }
        HostHook[] closing = hostHooks;
        hostHooks = new HostHook[0];
        for (HostHook h : closing) {
            if (h instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    // nothing to report at shutdown
                }
            }
        }
    }

    /** Validates {@code sys.audit}'s event argument (only when hooks exist, as CPython 3.11). */
    @TruffleBoundary
    public static String checkEventName(Object event) {
        if (event instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String v) {
            event = v; // a str subclass reaches hooks as a plain str (CPython decodes the UTF-8 name anew)
        }
        if (!(event instanceof String s)) {
            throw PyErrors.typeError("expected str for argument 'event', not " + PyOps.typeName(event));
        }
        int nul = s.indexOf('\0');
        return nul >= 0 ? s.substring(0, nul) : s;
    }
}
