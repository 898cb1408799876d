package org.auditpy.builtins;

import java.util.ServiceLoader;
import java.util.function.Function;

import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Finds Java intrinsic modules through {@link IntrinsicModuleProvider}s and registers them in sys.modules. */
public final class IntrinsicModules {
    private IntrinsicModules() {
    }

    /** Loads intrinsic module {@code name} into sys.modules; null if no provider has it. */
    @TruffleBoundary
    public static PyModule load(String name) {
        PythonContext ctx = PythonContext.get();
        Object existing = ctx.getModules().getStr(name);
        if (existing instanceof PyModule m) {
            return m;
        }
        for (IntrinsicModuleProvider p : ServiceLoader.load(IntrinsicModuleProvider.class, IntrinsicModules.class.getClassLoader())) {
            Function<PythonContext, PyModule> f = p.modules().get(name);
            if (f != null) {
                PyModule m = f.apply(ctx);
                ctx.getModules().setStr(name, m);
                return m;
            }
        }
        return null;
    }

    /** The names of all intrinsic modules (for sys.builtin_module_names). */
    @TruffleBoundary
    public static java.util.List<String> names() {
        java.util.List<String> out = new java.util.ArrayList<>();
        try {
            for (IntrinsicModuleProvider p : ServiceLoader.load(IntrinsicModuleProvider.class, IntrinsicModules.class.getClassLoader())) {
                out.addAll(p.modules().keySet());
            }
        } catch (java.util.ServiceConfigurationError e) {
            // no providers
        }
        return out;
    }
}
