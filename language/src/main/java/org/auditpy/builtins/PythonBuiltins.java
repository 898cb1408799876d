package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.dsl.NodeFactory;

/**
 * A container of builtins for one module or type namespace (in the style of GraalPy's and TruffleRuby's
 * per-module builtin classes): the nested {@code @Builtin} node classes are collected by the generated
 * {@code <Name>Factory.getFactories()}, and {@link #initialize} adds non-function attributes.
 */
public abstract class PythonBuiltins {
    /** The factories of the nested builtin nodes (normally {@code XxxBuiltinsFactory.getFactories()}). */
    protected abstract List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories();

    /**
     * Asks for the type's operator methods ({@code __eq__}..., {@code __add__}/{@code __radd__}...), each family
     * served by one function (see {@link OperatorBuiltins}); none by default.
     */
    protected void operators(OperatorBuiltins.Table table) {
    }

    /** Adds constants and other non-function attributes to {@code namespace}. */
    public void initialize(PythonContext context, PyDict namespace) {
    }
}
