package org.auditpy.audit;

import org.auditpy.nodes.Calls;
import org.auditpy.nodes.CallsFactory;
import org.auditpy.runtime.ArgumentBinder;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * An audit event site in the node tree (CPython's {@code PySys_Audit} call sites, compiled).
 *
 * <p>Use: {@code if (audit.isActive()) audit.raise(args...)}. While no hook was ever added,
 * {@link #isActive()} is the "no hooks" assumption, which partial evaluation folds to {@code false}: the site
 * and the computation of its arguments vanish from compiled code. Once hooks exist, the node caches the hook
 * array as a compilation constant (guarded by the hooks' "stable" assumption) and calls each Python hook
 * through its own cached call dispatch, so a Python hook that returns early for other events inlines and
 * folds. More than {@value #MAX_CACHED} hooks, or a change of the hooks while the site is compiled, fall
 * back to the uncached dispatch (one deoptimization per hook added).
 */
public final class AuditNode extends Node {
    static final int MAX_CACHED = 8;

    private final String event;
    @CompilationFinal private Assumption cachedStable;
    @CompilationFinal(dimensions = 1) private Object[] cachedHooks;
    @CompilationFinal(dimensions = 1) private AuditHooks.HostHook[] cachedHostHooks;
    @Children private Calls.Dispatch[] calls;
    @CompilationFinal private boolean generic;

    private AuditNode(String event) {
        this.event = event;
    }

    /** A site raising {@code event}. */
    public static AuditNode create(String event) {
        return new AuditNode(event);
    }

    /** A site whose event names are given at each raise ({@link #raiseEvent}), such as {@code sys.audit}. */
    public static AuditNode createDynamic() {
        return new AuditNode(null);
    }

    /** True once any hook exists (free in compiled code until then). */
    public boolean isActive() {
        AuditHooks h = PythonContext.get(this).audit();
        return !h.getNoHooksAssumption().isValid() && h.enabled;
    }

    /** Raises the event with {@code args} (the items of the argument tuple); a hook's exception propagates. */
    public void raise(Object... args) {
        raiseEvent(event, args);
    }

    /**
     * Raises an event whose name is only known at run time ({@code sys.audit}); hooks are cached as for
     * fixed events.
     */
    @ExplodeLoop
    public void raiseEvent(String eventName, Object[] args) {
        PythonContext ctx = PythonContext.get(this);
        AuditHooks h = ctx.audit();
        if (!h.enabled) {
            return;
        }
        if (generic || !ctx.getNeverTracedAssumption().isValid() && ctx.tracingActive()) {
            h.dispatch(eventName, args);
            return;
        }
        if (cachedStable == null || !cachedStable.isValid()) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            specialize(h);
            if (generic) {
                h.dispatch(eventName, args);
                return;
            }
        }
        AuditHooks.HostHook[] host = cachedHostHooks;
        for (int i = 0; i < host.length; i++) {
            callHost(host[i], eventName, args);
        }
        if (calls.length == 0) {
            return;
        }
        // the tuple type through the node's context, a constant here (PyTuple.of reads a volatile static)
        callHooks(ctx, h, eventName, new PyTuple(ctx.types().tuple, args));
    }

    /**
     * Calls the cached Python hooks with tracing suspended (CPython's {@code _PyThreadState_EnterTracing}
     * around each hook in {@code sys_audit_tstate}). While no trace or profile function was ever set, the
     * suspension counter is left alone, so that compiled event sites write no memory: the first
     * {@code sys.settrace}/{@code sys.setprofile} counts the activations of this method then running
     * ({@link #runningDispatches()}), and each of them gives its count back here when it ends.
     */
    @ExplodeLoop
    private void callHooks(PythonContext ctx, AuditHooks h, String eventName, PyTuple tuple) {
        Object[] hooks = cachedHooks;
        if (!ctx.getNeverTracedAssumption().isValid()) {
            ctx.tracingSuspended++;
        }
        try {
            for (int i = 0; i < calls.length; i++) {
                calls[i].execute(hooks[i], new Object[]{eventName, tuple}, ArgumentBinder.NO_KEYWORDS);
            }
            if (!cachedStable.isValid()) {
                // a hook added a hook during this dispatch: it is called for the same event, as CPython's live list
                CompilerDirectives.transferToInterpreterAndInvalidate();
                callAddedDuringDispatch(h, hooks.length, eventName, tuple);
            }
        } finally {
            // counted on entry, or by the first trace/profile function set while this ran
            if (!ctx.getNeverTracedAssumption().isValid()) {
                ctx.tracingSuspended--;
            }
        }
    }

    /**
     * The number of hook dispatches ({@link #callHooks} activations) on the current thread's stack, in
     * compiled code too (their frames are inlined Java frames there). Called once per context, when the
     * first trace or profile function is set (see {@link PythonContext#setTraceFunction}).
     */
    @TruffleBoundary
    public static int runningDispatches() {
        String cls = AuditNode.class.getName();
        long n = StackWalker.getInstance().walk(s -> s.filter(f -> f.getMethodName().equals("callHooks") && f.getClassName().equals(cls)).count());
        return (int) n;
    }

    private void specialize(AuditHooks h) {
        Assumption stable = h.getStableAssumption();
        Object[] hooks = h.getPythonHooks();
        if (hooks.length > MAX_CACHED) {
            generic = true;
            calls = new Calls.Dispatch[0];
            return;
        }
        Calls.Dispatch[] c = new Calls.Dispatch[hooks.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = CallsFactory.DispatchNodeGen.create();
        }
        calls = insert(c);
        cachedHooks = hooks;
        cachedHostHooks = h.getHostHooks();
        cachedStable = stable;
    }

    @TruffleBoundary
    private static void callHost(AuditHooks.HostHook hook, String event, Object[] args) {
        hook.onEvent(event, args);
    }

    @TruffleBoundary
    private static void callAddedDuringDispatch(AuditHooks h, int from, String event, PyTuple tuple) {
        Object[] now = h.getPythonHooks();
        for (int i = from; i < now.length; i++) {
            AuditHooks.callPythonHook(now[i], event, tuple);
        }
    }
}
