package org.auditpy.nodes;

import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyMethod;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/**
 * Attribute reads and writes with inline caches keyed on the object's Python class (guarded by the class's
 * stable assumption, which any change to the class or a base invalidates) and, for instance attributes, on the
 * DynamicObject shape (through {@link DynamicObjectLibrary}). Everything the caches do not cover (custom
 * {@code __getattribute__}/{@code __getattr__}/{@code __setattr__}, data descriptors other than slots, types,
 * modules, objects whose {@code __dict__} was materialized, non-PythonObject receivers) takes the generic
 * protocol of {@link PyOps}.
 */
public final class Attributes {
    private Attributes() {
    }

    static final int GENERIC = 0;
    /** Instance attribute first, then the class attribute (absent, a function or another non-data descriptor). */
    static final int INSTANCE = 1;
    /** A {@code __slots__} member: the value is the internal property {@code slotKey}. */
    static final int SLOT = 2;
    /** A builtin {@code property} whose getter is a Python function: the getter called through a cached dispatch. */
    static final int PROPERTY = 3;

    static boolean cacheable(PythonObject obj) {
        return obj.getPythonClass() != null && !(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof PyNone);
    }

    static boolean isGenericGetattribute(Object ga) {
        return ga instanceof PyBuiltinFunction bf && "object.__getattribute__".equals(bf.getQualname());
    }

    @TruffleBoundary
    static int getPlan(PyType t, String name) {
        if (!isGenericGetattribute(t.lookup("__getattribute__")) || t.lookup("__getattr__") != null) {
            return GENERIC;
        }
        Object descr = t.lookup(name);
        if (descr == null) {
            return INSTANCE;
        }
        if (descr instanceof Descriptors.GetSet gs) {
            return gs.getSlotKey() != null ? SLOT : GENERIC;
        }
        if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction) {
            return INSTANCE;
        }
        if (descr instanceof Descriptors.Property p && !p.getPythonClass().isHeapType() && p.fget instanceof PyFunction) {
            return PROPERTY;
        }
        return PyOps.isDataDescriptor(descr) ? GENERIC : INSTANCE;
    }

    @TruffleBoundary
    static Object lookup(PyType t, String name) {
        return t.lookup(name);
    }

    @TruffleBoundary
    static String slotKey(Object descr) {
        return descr instanceof Descriptors.GetSet gs ? gs.getSlotKey() : null;
    }

    /** The cache key helpers of {@link GetAttrNode} and {@link SetAttrNode}: the class attribute (null without a class). */
    static Object lookupDescr(PyType t, String name) {
        return t == null ? null : lookup(t, name);
    }

    /** The slot name a {@code __slots__} member descriptor reads, else null. */
    static String slotKeyOf(Object descr) {
        return slotKey(descr);
    }

    /** The class's stable assumption (always valid without a class). */
    static Assumption getStable(PythonObject obj, PyType t) {
        return t == null ? Assumption.ALWAYS_VALID : t.getStableAssumption();
    }

    /** {@code obj.name}. */
    @ImportStatic(Attributes.class)
    public abstract static class GetAttrNode extends Node {
        protected final String name;

        protected GetAttrNode(String name) {
            this.name = name;
        }

        public abstract Object execute(Object obj);

        /**
         * {@code module.name} for a module of the exact builtin module type whose dict holds {@code name} and whose
         * type has no attribute of that name (so the dict entry is what CPython's module getattr returns): the
         * value is a compilation constant while the key is neither rebound nor deleted ({@link PyDict#watchKey}).
         * {@code sys.audit}, {@code math.sqrt}, {@code os.path} in a loop cost nothing.
         */
        @Specialization(guards = {"obj == cachedModule", "obj.getPythonClass() == cachedClass", "value != null"}, assumptions = "key", limit = "3")
        static Object doModule(PyModule obj,
                        @Cached("obj") PyModule cachedModule,
                        @Cached("obj.getPythonClass()") PyType cachedClass,
                        @Cached("watchModuleKey(cachedModule)") Assumption key,
                        @Cached("moduleValue(cachedModule)") Object value) {
            return value;
        }

        protected Assumption watchModuleKey(PyModule m) {
            return m.getDict().watchKey(name);
        }

        /** Module values cached so far by this node: a name rebound over and over is read generically. */
        private int moduleFills;

        /** The module dict's entry for the name, or null when the fast path does not apply. */
        protected Object moduleValue(PyModule m) {
            if (moduleFills >= 4) {
                return null;
            }
            moduleFills++;
            return moduleDictValue(m, name);
        }

        @TruffleBoundary
        static Object moduleDictValue(PyModule m, String name) {
            PyType t = m.getPythonClass();
            if (t != PythonContext.get(null).types().module || t.lookup(name) != null) {
                return null;
            }
            return m.getDict().getStr(name);
        }

        @Specialization(guards = {"obj.getPythonClass() == cachedType", "!obj.hasInstanceDict()", "kind != PROPERTY"}, assumptions = "stable", limit = "6")
        Object doCached(PythonObject obj,
                        @Cached("obj.getPythonClass()") PyType cachedType,
                        @Cached("getStable(obj, cachedType)") Assumption stable,
                        @Cached("plan(obj, cachedType)") int kind,
                        @Cached("lookupDescr(cachedType, name)") Object descr,
                        @Cached("slotKeyOf(descr)") String slotKey,
                        @CachedLibrary("obj") DynamicObjectLibrary lib) {
            if (kind == INSTANCE) {
                Object v = lib.getOrDefault(obj, name, null);
                if (v != null) {
                    return v;
                }
                if (descr == null) {
                    throw noAttribute(obj, name);
                }
                if (descr instanceof PyFunction) {
                    return new PyMethod(PythonContext.get(this).types().method, descr, obj);
                }
                if (descr instanceof PyBuiltinFunction bf && bf.isMethod() && !bf.isStatic()) {
                    return new PyMethod(PythonContext.get(this).types().builtinMethod, descr, obj);
                }
                try {
                    return PyOps.descrGet(descr, obj, cachedType);
                } catch (PyException e) {
                    // a non-data descriptor's __get__ failing: PyObject_GetAttr's set_attribute_error_context
                    throw PyErrors.addAttributeErrorContext(e, obj, name);
                }
            } else if (kind == SLOT) {
                Object v = lib.getOrDefault(obj, slotKey, null);
                if (v != null) {
                    return v;
                }
            }
            return PyOps.getAttribute(obj, name);
        }

        protected int plan(PythonObject obj, PyType t) {
            return cacheable(obj) ? getPlan(t, name) : GENERIC;
        }

        /**
         * A property of the class whose getter is a Python function ({@code @property def x(self)}): the getter is
         * called through a cached dispatch that inlines it, as a method call would be, instead of the generic
         * attribute protocol's lookup and call behind a boundary (230-370 ns an access; CPython 160). The getter is
         * read from the property at each access (a property's {@code __init__} may be called again).
         */
        @Specialization(guards = {"obj.getPythonClass() == cachedType", "kind == PROPERTY"}, assumptions = "stable", limit = "6")
        Object doProperty(PythonObject obj,
                        @Cached("obj.getPythonClass()") PyType cachedType,
                        @Cached("getStable(obj, cachedType)") Assumption stable,
                        @Cached("plan(obj, cachedType)") int kind,
                        @Cached("lookupDescr(cachedType, name)") Object descr,
                        @Cached Calls.Dispatch dispatch) {
            Object fget = ((Descriptors.Property) descr).fget;
            if (fget == PyNone.NONE) {
                return PyOps.getAttribute(obj, name);
            }
            try {
                return dispatch.execute(fget, new Object[]{obj}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
            } catch (PyException e) {
                // an AttributeError out of the getter gets the attribute's name and object (set_attribute_error_context)
                throw PyErrors.addAttributeErrorContext(e, obj, name);
            }
        }


        @Specialization(replaces = {"doCached", "doModule", "doProperty"})
        Object doGeneric(Object obj) {
            return PyOps.getAttribute(obj, name);
        }
    }

    @TruffleBoundary
    static RuntimeException noAttribute(Object obj, String name) {
        return PyErrors.attributeNotFound(obj, name);
    }

    @TruffleBoundary
    static int setPlan(PythonObject obj, PyType t, String name) {
        if (!cacheable(obj)) {
            return GENERIC;
        }
        Object setattr = t.lookup("__setattr__");
        if (setattr != null && !(setattr instanceof PyBuiltinFunction)) {
            return GENERIC;
        }
        Object descr = t.lookup(name);
        if (descr instanceof Descriptors.GetSet gs) {
            return gs.getSlotKey() != null ? SLOT : GENERIC;
        }
        if (descr instanceof Descriptors.Property p && !p.getPythonClass().isHeapType() && p.fset instanceof PyFunction) {
            return PROPERTY;
        }
        if (descr != null && !(descr instanceof PyFunction) && !(descr instanceof PyBuiltinFunction)) {
            if (descr instanceof Descriptors.Property || PyOps.typeOf(descr).lookup("__set__") != null) {
                return GENERIC;
            }
        }
        return t.instancesHaveDict() || obj instanceof PyFunction ? INSTANCE : GENERIC;
    }

    /** {@code obj.name = value}. */
    @ImportStatic(Attributes.class)
    public abstract static class SetAttrNode extends Node {
        protected final String name;

        protected SetAttrNode(String name) {
            this.name = name;
        }

        public abstract void execute(Object obj, Object value);

        @Specialization(guards = {"obj.getPythonClass() == cachedType", "!obj.hasInstanceDict()", "kind != PROPERTY"}, assumptions = "stable", limit = "6")
        void doCached(PythonObject obj, Object value,
                        @Cached("obj.getPythonClass()") PyType cachedType,
                        @Cached("getStable(obj, cachedType)") Assumption stable,
                        @Cached("plan(obj, cachedType)") int kind,
                        @Cached("slotKeyOf(lookupDescr(cachedType, name))") String slotKey,
                        @CachedLibrary("obj") DynamicObjectLibrary lib) {
            if (kind == INSTANCE) {
                lib.put(obj, name, value);
            } else if (kind == SLOT) {
                lib.put(obj, slotKey, value);
            } else {
                PyOps.setAttribute(obj, name, value);
            }
        }

        protected int plan(PythonObject obj, PyType t) {
            return setPlan(obj, t, name);
        }

        /** A property whose setter is a Python function: called through a cached dispatch (as GetAttrNode's getter). */
        @Specialization(guards = {"obj.getPythonClass() == cachedType", "kind == PROPERTY"}, assumptions = "stable", limit = "6")
        void doProperty(PythonObject obj, Object value,
                        @Cached("obj.getPythonClass()") PyType cachedType,
                        @Cached("getStable(obj, cachedType)") Assumption stable,
                        @Cached("plan(obj, cachedType)") int kind,
                        @Cached("lookupDescr(cachedType, name)") Object descr,
                        @Cached Calls.Dispatch dispatch) {
            Object fset = ((Descriptors.Property) descr).fset;
            if (fset == PyNone.NONE) {
                PyOps.setAttribute(obj, name, value);
                return;
            }
            dispatch.execute(fset, new Object[]{obj, value}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
        }

        @Specialization(replaces = {"doCached", "doProperty"})
        void doGeneric(Object obj, Object value) {
            PyOps.setAttribute(obj, name, value);
        }
    }
}
