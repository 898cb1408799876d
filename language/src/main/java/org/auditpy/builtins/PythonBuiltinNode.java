package org.auditpy.builtins;

import org.auditpy.nodes.ExprNode;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeChild;

/**
 * Base of builtin implementations: a DSL node whose children read the bound arguments (one per parameter of
 * its {@link Builtin#params()}); subclasses declare {@code @Specialization}s over those arguments.
 */
@NodeChild(value = "arguments", type = ExprNode[].class)
@GenerateNodeFactory
public abstract class PythonBuiltinNode extends ExprNode {
}
