package org.auditpy.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The paths a node's site has taken, as bits (the node's own constants): compiled code holds the taken paths only,
 * and the first use of another deoptimizes once, is recorded, and recompiles with it. For hand-written nodes whose
 * paths are each large (a hash-table probe, a list read per storage) and whose sites mostly use one of them:
 * {@code Expressions.GetItem}, {@code Expressions.In}, {@code Variables.WriteSubscript}, {@code Variables.WriteUnpack}.
 * A node keeps one instance in a final field; its compilation-final bits fold to constants in compiled code.
 */
final class TakenPaths {
    @CompilationFinal private int taken;

    /** Records that the site took {@code path} (one bit); compiled code that had not seen it is invalidated first. */
    /** Whether the site has taken any of {@code paths} (a constant in compiled code). */
    boolean tookAny(int paths) {
        return (taken & paths) != 0;
    }

    void took(int path) {
        if ((taken & path) == 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            taken |= path;
        }
    }
}
