package org.auditpy.audit;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyErrors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;

/**
 * Audit hooks for embedders: the place of CPython's {@code PySys_AddAuditHook} (Python/sysmodule.c), which
 * adds a C hook that sees every audit event of the runtime, is called before any Python hook and can be
 * installed before {@code Py_Initialize}. Hooks registered here on a {@link Context.Builder} are installed in
 * every context the builder creates while that context is being created, before any Python code runs, so
 * they also see the events that only host hooks see: {@code cpython.run_command}, {@code cpython.run_file},
 * {@code cpython.run_module}, {@code cpython.run_stdin} and, at {@link Context#close()},
 * {@code cpython.PyInterpreterState_Clear} and {@code cpython._PySys_ClearAuditHooks}.
 *
 * <pre>{@code
 * Context.Builder b = Context.newBuilder("auditpy");
 * AuditPyEmbedding.addAuditHook(b, (event, args) -> {
 *     if (event.equals("open") && String.valueOf(args[0]).startsWith("/etc/")) {
 *         throw new SecurityException("no /etc for you");   // open() raises RuntimeError in Python
 *     }
 * });
 * try (Context c = b.build()) {
 *     c.eval("auditpy", "open('/etc/passwd')");              // PolyglotException: RuntimeError: no /etc for you
 * }
 * }</pre>
 *
 * <p><b>Order.</b> A context's host hooks run, for every event, in this order: the audit log (option
 * {@code auditpy.AuditLog}), the deny policy (option {@code auditpy.AuditDeny}), then the hooks registered here
 * in registration order; then the Python hooks added with {@code sys.addaudithook}. So denied events are logged,
 * and an event refused by the policy reaches no later hook. Hooks are never removed while the context lives;
 * at close they see the shutdown events and are then dropped.
 *
 * <p><b>Errors.</b> A hook aborts the audited operation (which then does not happen) by throwing: a Python
 * exception (a {@code PyException}, e.g. from {@code PyErrors}, or a {@link PolyglotException} of a Python
 * exception raised by a nested {@code context.eval}) propagates into Python as that exception; any other
 * {@link RuntimeException} becomes a Python {@code RuntimeError} with the exception's message (its class name
 * if it has none). Either is catchable in Python and otherwise reaches the embedder as a
 * {@link PolyglotException}. {@link Error}s are not translated. Unlike {@code sys.addaudithook}, adding a
 * host hook raises no {@code sys.addaudithook} event (as {@code PySys_AddAuditHook} before initialization).
 *
 * <p><b>Mechanism.</b> The hooks are kept in a static registry of this class under a token that is passed to
 * the language through the internal option {@value #TOKEN_OPTION}; the registration lives as long as the
 * builder is reachable. This requires the embedder and the language to share this class (the usual class
 * path or module path setup, not a polyglot isolate). Hooks run on the thread that raises the event, with
 * the context entered; a hook may be called from several contexts and threads at once if its builder
 * creates several contexts.
 */
public final class AuditPyEmbedding {
    /** The internal language option that carries a builder's registry token to its contexts. */
    public static final String TOKEN_OPTION = "auditpy.HostHookToken";

    private static final Map<String, List<AuditHooks.HostHook>> REGISTRY = new ConcurrentHashMap<>();
    private static final Map<Context.Builder, String> TOKENS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Cleaner CLEANER = Cleaner.create();

    private AuditPyEmbedding() {
    }

    /**
     * Adds a host hook that receives each event's name and the items of its argument tuple as auditpy's
     * runtime values ({@code String} for str, {@code Long}/{@code BigInteger} for int, {@code Double},
     * {@code Boolean}, {@code PyNone.NONE}, {@code PyBytes}, {@code PyTuple}, other runtime objects). The
     * array must not be modified or kept after the call. Use {@link #addAuditHook} for plain Java values.
     *
     * @param builder a builder for the {@code auditpy} language; the hook is installed in every context it
     *            builds from now on
     * @param hook called for every event before Python hooks; see the class documentation for order and errors
     * @return {@code builder}
     * @throws NullPointerException if an argument is null
     */
    public static Context.Builder addHostHook(Context.Builder builder, AuditHooks.HostHook hook) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(hook, "hook");
        String token;
        synchronized (TOKENS) {
            token = TOKENS.get(builder);
            if (token == null) {
                token = "hooks-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
                final String t = token;
                REGISTRY.put(token, Collections.synchronizedList(new ArrayList<>()));
                TOKENS.put(builder, token);
                CLEANER.register(builder, () -> REGISTRY.remove(t));
                builder.option(TOKEN_OPTION, token);
            }
        }
        REGISTRY.get(token).add(hook);
        return builder;
    }

    /**
     * Adds a hook that receives host-friendly values (the functional form of {@code PySys_AddAuditHook}): the
     * event name and a fresh array with one element per item of the argument tuple, each a {@code String}
     * (Python str), {@code Long} (int in the long range), {@code Double} (float) or {@code Boolean} (bool); every
     * other value ({@code None}, bytes, tuples, ints beyond 64 bits, code objects, ...) arrives as a
     * {@code String} holding its repr, computed without running Python code and bounded to 200 characters
     * ({@code <TypeName object>} for objects whose repr would need Python code).
     *
     * @param builder a builder for the {@code auditpy} language
     * @param hook called as {@code hook.accept(event, args)} for every event; throwing aborts the operation as
     *            described in the class documentation
     * @return {@code builder}
     * @throws NullPointerException if an argument is null
     */
    public static Context.Builder addAuditHook(Context.Builder builder, BiConsumer<String, Object[]> hook) {
        Objects.requireNonNull(hook, "hook");
        return addHostHook(builder, new HostFriendly(hook));
    }

    /** The hooks registered under {@code token} (a copy), or null for an unknown token. */
    static List<AuditHooks.HostHook> hooksFor(String token) {
        List<AuditHooks.HostHook> l = REGISTRY.get(token);
        if (l == null) {
            return null;
        }
        synchronized (l) {
            return new ArrayList<>(l);
        }
    }

    /** A hook with the embedder's exception translation, bound to the context's environment. */
    static AuditHooks.HostHook guarded(AuditHooks.HostHook hook, TruffleLanguage.Env env) {
        return new Guarded(hook, env);
    }

    private static final class HostFriendly implements AuditHooks.HostHook {
        private final BiConsumer<String, Object[]> consumer;

        HostFriendly(BiConsumer<String, Object[]> consumer) {
            this.consumer = consumer;
        }

        @Override
        @TruffleBoundary
        public void onEvent(String event, Object[] args) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = SafeRepr.hostValue(args[i]);
            }
            consumer.accept(event, values);
        }
    }

    private static final class Guarded implements AuditHooks.HostHook {
        private final AuditHooks.HostHook hook;
        private final TruffleLanguage.Env env;

        Guarded(AuditHooks.HostHook hook, TruffleLanguage.Env env) {
            this.hook = hook;
            this.env = env;
        }

        @Override
        @TruffleBoundary
        public void onEvent(String event, Object[] args) {
            try {
                hook.onEvent(event, args);
            } catch (AbstractTruffleException e) {
                throw e; // a Python exception (PyException) or another guest exception: as is
            } catch (PolyglotException e) {
                throw fromPolyglot(e);
            } catch (RuntimeException e) {
                throw PyErrors.runtimeError(messageOf(e));
            }
        }

        private RuntimeException fromPolyglot(PolyglotException e) {
            if (e.isCancelled() || e.isInterrupted() || e.isExit()) {
                return e;
            }
            if (e.isGuestException() && e.getGuestObject() != null) {
                try {
                    Object guest = env.asGuestValue(e.getGuestObject());
                    if (guest instanceof AbstractTruffleException te) {
                        return te;
                    }
                    if (guest instanceof PyBaseException pe) {
                        return pe.toThrowable(null);
                    }
                } catch (RuntimeException ignored) {
                    // not a value of this context: translate below
                }
            }
            if (e.isHostException()) {
                return PyErrors.runtimeError(messageOf(e.asHostException()));
            }
            return PyErrors.runtimeError(messageOf(e));
        }

        private static String messageOf(Throwable e) {
            String m = e.getMessage();
            return m != null ? m : e.getClass().getName();
        }
    }
}
