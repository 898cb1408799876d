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
    /**
     * The number of frame slots (Object kind, numbered from 0) the builtin's root gives this node's frame: state of
     * a loop run as a Truffle {@code LoopNode}, which must live in the frame for on-stack replacement. None by
     * default.
     */
    public int frameSlotCount() {
        return 0;
    }
}
