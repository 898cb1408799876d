package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyNone;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code __iter__}/{@code __next__} of the Java-implemented iterator types (list_iterator, dict_keyiterator, ...). */
public final class IteratorBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return IteratorBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class NextNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            if (!(self instanceof PyIterator it)) {
                throw TypeSupport.descrError("__next__", "iterator", self);
            }
            Object v = it.next();
            if (v == null) {
                throw PyErrors.stopIteration(PyNone.NONE);
            }
            return v;
        }
    }
}
