package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import java.util.ArrayList;
import java.util.List;

import org.auditpy.builtins.SysModule;
import org.auditpy.runtime.ArgumentBinder;
import org.auditpy.runtime.CallDispatch;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PythonContext;

/**
 * {@code atexit} (Modules/atexitmodule.c): callbacks run last-registered first at interpreter exit, from
 * {@code AuditPyLanguage.finalizeContext} through {@code _run_exitfuncs}, before the interpreter is cleared
 * (so audit hooks still see their events). An exception from a callback is reported as unraisable
 * ("Exception ignored in atexit callback") and the others still run. The callback list is held in Java,
 * out of reach of Python code, as CPython's.
 */
final class AtexitModule {
    private AtexitModule() {
    }

    /** One registered call: function, positional arguments, keyword arguments (names and values). */
    private record Callback(Object func, Object[] args, PyDict kwargs) {
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "atexit");
        List<Callback> callbacks = new ArrayList<>();
        PyDict ns = m.getDict();
        ns.setStr("__doc__", "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\n"
                        + "Two public functions, register and unregister, are defined.\n");
        def(ctx, ns, "register", "func, /, *args, **kwargs", a -> {
            if (!org.auditpy.builtins.BuiltinFunctions.isCallable(a[0])) {
                throw PyErrors.typeError("the first argument must be callable");
            }
            PyDict kw = (PyDict) a[2];
            callbacks.add(new Callback(a[0], ((PyTuple) a[1]).items().clone(), kw.size() == 0 ? null : kw));
            return a[0];
        });
        def(ctx, ns, "unregister", "func, /", a -> {
            for (int i = callbacks.size() - 1; i >= 0; i--) {
                if (PyOps.equals(callbacks.get(i).func(), a[0])) {
                    callbacks.remove(i);
                }
            }
            return PyNone.NONE;
        });
        def(ctx, ns, "_clear", "", a -> {
            callbacks.clear();
            return PyNone.NONE;
        });
        def(ctx, ns, "_ncallbacks", "", a -> (long) callbacks.size());
        def(ctx, ns, "_run_exitfuncs", "", a -> {
            while (!callbacks.isEmpty()) {
                Callback c = callbacks.remove(callbacks.size() - 1);
                try {
                    call(c);
                } catch (PyException e) {
                    SysModule.writeUnraisable(e.getPyException(), "Exception ignored in atexit callback", c.func());
                }
            }
            return PyNone.NONE;
        });
        return m;
    }

    private static void call(Callback c) {
        if (c.kwargs() == null) {
            CallDispatch.callUncached(c.func(), c.args(), ArgumentBinder.NO_KEYWORDS);
            return;
        }
        Object[] keys = c.kwargs().keysArray();
        Object[] all = new Object[c.args().length + keys.length];
        String[] names = new String[keys.length];
        System.arraycopy(c.args(), 0, all, 0, c.args().length);
        for (int i = 0; i < keys.length; i++) {
            names[i] = (String) keys[i];
            all[c.args().length + i] = c.kwargs().getItem(keys[i]);
        }
        CallDispatch.callUncached(c.func(), all, names);
    }
}
