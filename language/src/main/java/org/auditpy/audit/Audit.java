package org.auditpy.audit;

import org.auditpy.runtime.PythonContext;


/**
 * Raising an audit event from Java runtime code (builtins, library intrinsics): the equivalent of CPython's
 * {@code PySys_Audit}. Call sites test {@link #active()} first so that no argument is built while no hook
 * exists; in compiled code that test folds to {@code false} through the hooks' "no hooks" assumption.
 * Nodes use {@link AuditNode}, which caches the hooks.
 *
 * <p>Events CPython raises before the program runs are not seen by a hook there, and auditpy matches that:
 * the modules CPython 3.11 has imported at start-up ({@code os}, {@code os.path}, {@code posixpath},
 * {@code genericpath}, {@code stat}, {@code abc}, {@code io}, {@code _collections_abc} and the built-in
 * {@code posix}, {@code time}, {@code marshal}, {@code _io}, {@code _thread}, {@code _codecs}; fewer with
 * {@code -S}) are loaded by auditpy on their first import, silently (no {@code import}, {@code open},
 * {@code compile} or {@code exec} event, also for what they import meanwhile) and always from auditpy's own
 * stdlib, whatever {@code sys.path} holds; every other import raises its events. The rule and the exact name
 * sets are in {@link org.auditpy.runtime.ImportSystem}.
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
