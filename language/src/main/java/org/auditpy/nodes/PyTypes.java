package org.auditpy.nodes;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The DSL type system of auditpy nodes: {@code bool} is a subtype of {@code int}, so specializations on
 * {@code long} accept {@code Boolean} operands through an implicit cast (True + 1 == 2). Nodes whose result
 * type depends on bool-ness (bitwise and/or/xor) specialize on {@code boolean} first.
 */
@TypeSystem({boolean.class, long.class, double.class, String.class})
public abstract class PyTypes {
    @ImplicitCast
    public static long castLong(boolean b) {
        return b ? 1 : 0;
    }
}
