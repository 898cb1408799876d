package org.auditpy.audit;

import org.auditpy.runtime.PythonContext;


/**
 * Raising an audit event from Java runtime code (builtins, library intrinsics): the equivalent of CPython's
 * {@code PySys_Audit}. Call sites test {@link #active()} first so that no argument is built while no hook
 * exists; in compiled code that test folds to {@code false} through the hooks' "no hooks" assumption.
 * Nodes use {@link AuditNode}, which caches the hooks.
 */
public final class Audit {
    private Audit() {
    }

    /** True once any audit hook exists in the current context. */
    public static boolean active() {
        AuditHooks h = PythonContext.get().audit();
        if (h.getNoHooksAssumption().isValid()) {
            return false;
        }
        return h.isActive();
    }

    /** Raises {@code event} with {@code args} to all hooks; a hook's exception propagates. */
    public static void raise(String event, Object... args) {
        if (active()) {
            PythonContext.get().audit().dispatch(event, args);
        }
    }
}
