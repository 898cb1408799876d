package org.auditpy.nodes;

import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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

    /**
     * {@code isinstance(obj, cls)} for a class {@code cls} whose metaclass is exactly {@code type} (so no
     * {@code __instancecheck__}), as CPython's {@code object_isinstance} (Objects/abstract.c): the object's class is
     * cls or a subclass of it ({@link IsSubtypeNode}'s cached answer); when it is not, an instance of a Python class
     * whose {@code __class__} is not object's own descriptor is asked for its {@code __class__} (behind a boundary,
     * as CPython's lookup). The class of an int, str, float or bool is known without a call.
     */
    @GenerateInline(false)
    public abstract static class InstanceOfNode extends Node {
        public abstract boolean execute(Object obj, PyType cls);

        @Specialization
        static boolean check(Object obj, PyType cls,
                        @Cached("types()") BuiltinTypes types,
                        @Cached IsSubtypeNode isSubtype,
                        @Cached ClassAttributeNode classAttribute) {
            PyType t;
            if (obj instanceof PythonObject po) {
                t = po.getPythonClass();
                if (t == null) {
                    return org.auditpy.builtins.BuiltinFunctions.isInstance(obj, cls);
                }
            } else if (obj instanceof Long) {
                t = types.intType;
            } else if (obj instanceof String) {
                t = types.str;
            } else if (obj instanceof Double) {
                t = types.floatType;
            } else if (obj instanceof Boolean) {
                t = types.bool;
            } else {
                return org.auditpy.builtins.BuiltinFunctions.isInstance(obj, cls);
            }
            if (t == cls || isSubtype.execute(t, cls)) {
                return true;
            }
            return t.isHeapType() && !classAttribute.execute(t) && classAttributeIsSubtype(obj, cls);
        }

        static BuiltinTypes types() {
            return PythonContext.get(null).types();
        }

        /** CPython's second chance: {@code obj.__class__}, when it is another class, a subclass of cls. */
        @TruffleBoundary
        static boolean classAttributeIsSubtype(Object obj, PyType cls) {
            Object c = org.auditpy.runtime.PyOps.getAttributeOrNull(obj, "__class__");
            return c instanceof PyType ct && ct != org.auditpy.runtime.PyOps.typeOf(obj) && ct.isSubtypeOf(cls);
        }

        public static InstanceOfNode create() {
            return TypeChecksFactory.InstanceOfNodeGen.create();
        }
    }

    /**
     * Whether a class's {@code __class__} attribute is object's own descriptor (so {@code obj.__class__} is
     * {@code type(obj)}), kept per class behind its stable assumption.
     */
    @GenerateInline(false)
    public abstract static class ClassAttributeNode extends Node {
        /** Whether {@code t.__class__} is object's own descriptor. */
        public abstract boolean execute(PyType t);

        @Specialization(guards = "t == cachedType", assumptions = "stable", limit = "4")
        static boolean cached(PyType t,
                        @Cached("t") PyType cachedType,
                        @Cached("cachedType.getStableAssumption()") Assumption stable,
                        @Cached("lookupIsObjectsOwn(cachedType)") boolean result) {
            return result;
        }

        @Specialization(replaces = "cached")
        static boolean generic(PyType t) {
            return lookupIsObjectsOwn(t);
        }

        @TruffleBoundary
        static boolean lookupIsObjectsOwn(PyType t) {
            return t.lookup("__class__") == PythonContext.get(null).types().object.lookup("__class__");
        }
    }
}
