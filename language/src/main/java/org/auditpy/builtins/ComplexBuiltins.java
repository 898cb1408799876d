package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.PyErrors;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code complex} without complex numbers: the type exists, so that {@code isinstance(x, complex)}, annotations and
 * library code that names it (typing's SupportsComplex, numbers' registrations) work, but making one raises
 * NotImplementedError, as a complex literal is a SyntaxError that says auditpy does not support them yet.
 */
public final class ComplexBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ComplexBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object cls, Object args, Object kwargs) {
            throw PyErrors.raise("NotImplementedError", "complex numbers are not supported by auditpy yet");
        }
    }
}
