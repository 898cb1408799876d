package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyNone;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code __length_hint__} of the builtin iterator types that have one in CPython (list, tuple, str, range, bytes,
 * dict, set and sequence iterators; not {@code callable_iterator}): the items still to come, what
 * {@code operator.length_hint} reads (PEP 424).
 */
public final class IteratorLengthHintBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return IteratorLengthHintBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__length_hint__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LengthHintNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            if (!(self instanceof PyIterator it)) {
                throw TypeSupport.descrError("__length_hint__", "iterator", self);
            }
            Object n = it.lengthHint();
            return n == null ? PyNone.NOT_IMPLEMENTED : n;
        }
    }
}
