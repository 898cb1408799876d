package org.auditpy.nodes;

import org.auditpy.runtime.PyType;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** Nodes that answer questions about classes from caches that compiled code folds to constants. */
public final class TypeChecks {
    private TypeChecks() {
    }

    /**
     * {@code issubclass(sub, sup)} by MRO membership, as CPython's {@code PyType_IsSubtype} (Objects/typeobject.c):
     * no {@code __subclasscheck__}. Used where CPython uses it directly, e.g. matching an {@code except} clause
     * (CPython's {@code PyErr_GivenExceptionMatches}). A site meets few pairs of classes; for each it keeps the
     * answer, valid while {@code sub}'s MRO cannot have changed ({@link PyType#getStableAssumption()}, invalidated
     * when {@code sub} or any of its bases changes), so compiled code tests two identities instead of walking the MRO.
     */
    @GenerateInline(false)
    public abstract static class IsSubtypeNode extends Node {
        /** Whether {@code sup} is in {@code sub}'s MRO. */
        public abstract boolean execute(PyType sub, PyType sup);

        @Specialization(guards = {"sub == cachedSub", "sup == cachedSup"}, assumptions = "stable", limit = "4")
        static boolean cached(PyType sub, PyType sup,
                        @Cached("sub") PyType cachedSub,
                        @Cached("sup") PyType cachedSup,
                        @Cached("cachedSub.getStableAssumption()") Assumption stable,
                        @Cached("cachedSub.isSubtypeOf(cachedSup)") boolean result) {
            return result;
        }

        @Specialization(replaces = "cached")
        static boolean generic(PyType sub, PyType sup) {
            return sub.isSubtypeOf(sup);
        }

        public static IsSubtypeNode create() {
            return TypeChecksFactory.IsSubtypeNodeGen.create();
        }
    }
}
