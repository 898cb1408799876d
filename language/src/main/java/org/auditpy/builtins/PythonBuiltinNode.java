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

    /**
     * An optional parameter was not passed ({@link TypeSupport#absent}); declared here so that specialization
     * guards of every builtin can name it (the DSL does not see static imports or the enclosing class).
     */
    protected static boolean absent(Object o) {
        return TypeSupport.absent(o);
    }

    /** An optional parameter was not passed or is None ({@link TypeSupport#noneOrAbsent}); for guards as above. */
    protected static boolean noneOrAbsent(Object o) {
        return TypeSupport.noneOrAbsent(o);
    }
}
