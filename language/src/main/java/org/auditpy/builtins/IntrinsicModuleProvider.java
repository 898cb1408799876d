package org.auditpy.builtins;

import java.util.Map;

import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PythonContext;

/**
 * A provider of Java intrinsic modules (the stdlib-shims module's {@code posix}, {@code _io}, {@code time},
 * {@code math}, ...), found with {@link java.util.ServiceLoader}. The import system asks providers for a
 * module by name before searching {@code sys.path}.
 */
public interface IntrinsicModuleProvider {
    /** Module name to factory; a factory creates the module object for a context (called once per import). */
    Map<String, java.util.function.Function<PythonContext, PyModule>> modules();
}
