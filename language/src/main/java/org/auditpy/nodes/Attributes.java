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
 * Attribute reads, writes and deletions with inline caches keyed on the object's Python class (guarded by the class's
 * stable assumption, which any change to the class or a base invalidates) and, for instance attributes, on the
 * DynamicObject shape (through {@link DynamicObjectLibrary}), or on the instance dict once an object's
 * {@code __dict__} was materialized. Everything the caches do not cover (custom
 * {@code __getattribute__}/{@code __getattr__}/{@code __setattr__}, builtin data descriptors other than slots and
 * {@code __class__}, types other than their plain class values, non-PythonObject receivers) takes the generic
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
    /** {@code obj.__class__} through object's own descriptor (the class does not define another): the class. */
    static final int CLASS = 4;
    /**
     * A data descriptor of a Python class whose {@code __get__} is a Python function (enum's {@code value} and
     * {@code name}, DynamicClassAttribute, a hand-written typed field): that {@code __get__} called through a
     * cached dispatch.
     */
    static final int DATA_DESCRIPTOR = 5;
    /**
     * {@code obj.__dict__} through the instance-dict descriptor a Python class gets (subtype_dict): the materialized
     * dict, made at the first such read.
     */
    static final int INSTANCE_DICT = 6;

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
            if (name.equals("__class__") && descr == PythonContext.get(null).types().object.lookup("__class__")) {
                return CLASS;
            }
            if (gs.isInstanceDict()) {
                return INSTANCE_DICT;
            }
            return gs.getSlotKey() != null ? SLOT : GENERIC;
        }
        if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction) {
            return INSTANCE;
        }
        if (descr instanceof Descriptors.Property p && !p.getPythonClass().isHeapType() && p.fget instanceof PyFunction) {
            return PROPERTY;
        }
        if (PyOps.isInstanceOfClass(descr) && descriptorGetter(descr) != null && PyOps.isDataDescriptor(descr)) {
            return DATA_DESCRIPTOR;
        }
        return PyOps.isDataDescriptor(descr) ? GENERIC : INSTANCE;
    }

    @TruffleBoundary
    static Object lookup(PyType t, String name) {
        return t.lookup(name);
    }

    /** The {@code __get__} of the descriptor's class when it is a Python function, else null. */
    @TruffleBoundary
    static PyFunction descriptorGetter(Object descr) {
        return PyOps.typeOf(descr).lookup("__get__") instanceof PyFunction f ? f : null;
    }

    /** The stable assumption of the descriptor's class. */
    @TruffleBoundary
    static Assumption descriptorStable(Object descr) {
        return PyOps.typeOf(descr).getStableAssumption();
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

    /**
     * {@code obj.name}; or, created with {@code orNull}, the lookup of {@code getattr(obj, name, default)} and
     * {@code hasattr}: null where the attribute is missing, without making the AttributeError (a descriptor's own
     * AttributeError still propagates, for the caller to take as "missing", as PyObject_GetOptionalAttr does).
     */
    @ImportStatic(Attributes.class)
    public abstract static class GetAttrNode extends Node {
        protected final String name;
        protected final boolean orNull;

        protected GetAttrNode(String name) {
            this(name, false);
        }

        protected GetAttrNode(String name, boolean orNull) {
            this.name = name;
            this.orNull = orNull;
        }

        /** The generic lookup: the attribute, or (for an {@code orNull} node) null when it is missing. */
        protected final Object generic(Object obj) {
            return orNull ? PyOps.getAttributeOrNull(obj, name) : PyOps.getAttribute(obj, name);
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

        /**
         * {@code C.name} on a class of metaclass {@code type} where type's own attribute of that name is a getset
         * ({@code __name__}, {@code __qualname__}, {@code __doc__}, {@code __mro__}, {@code __dict__}, ...): the getter
         * is called directly, for any such class, as type_getattro calls a data descriptor of the metatype before it
         * looks at the class. The generic protocol looked up {@code __getattribute__} and the name on the metatype and
         * the class behind a boundary ({@code type(self).__doc__}: 127 ns, CPython 58).
         */
        @Specialization(guards = {"obj.getPythonClass() == metatype", "getset != null"}, limit = "1")
        static Object doTypeGetSet(PyType obj,
                        @Cached("obj.getPythonClass()") PyType metatype,
                        @Cached("typeGetSet(metatype, name)") Descriptors.GetSet getset) {
            return getset.getOwned(obj);
        }

        /**
         * {@code C.name} for a class of metaclass {@code type}, when {@code type}'s attribute of that name, if any, is not
         * a data descriptor and the class's is a plain value (a constant, a nested class, a function, a staticmethod's
         * callable; {@link #plainClassValue}): the
         * value is a compilation constant while the class and its bases are unchanged ({@code Color.RED},
         * {@code Config.LIMIT}, {@code Base.method} in a loop). A class attribute rebound over and over
         * ({@code C.count += 1}) invalidates the class each time: after a few fills this site reads generically.
         */
        @Specialization(guards = {"obj == cachedClass", "value != null"}, assumptions = "stable", limit = "3")
        static Object doClassValue(PyType obj,
                        @Cached("obj") PyType cachedClass,
                        @Cached("cachedClass.getStableAssumption()") Assumption stable,
                        @Cached("classValue(cachedClass)") Object value) {
            return value;
        }

        /** Class values cached so far by this node (see {@link #doClassValue}). */
        private int classFills;

        protected Object classValue(PyType cls) {
            if (classFills >= 6) {
                return null;
            }
            Object v = plainClassValue(cls, name);
            if (v != null) {
                classFills++;
            }
            return v;
        }

        @Specialization(guards = {"obj.getPythonClass() == cachedType", "!obj.hasInstanceDict()", "kind != PROPERTY", "kind != DATA_DESCRIPTOR",
                        "kind != INSTANCE_DICT"}, assumptions = "stable", limit = "6")
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
                return classAttribute(obj, descr, cachedType);
            } else if (kind == SLOT) {
                Object v = lib.getOrDefault(obj, slotKey, null);
                if (v != null) {
                    return v;
                }
            } else if (kind == CLASS) {
                // (the guard read the object's class: after an assignment to __class__ the cache sees the new one)
                return cachedType;
            }
            return generic(obj);
        }

        /** The attribute when the instance has none of that name: the class's (absent, a function or a non-data descriptor). */
        private Object classAttribute(PythonObject obj, Object descr, PyType cachedType) {
            if (descr == null) {
                if (orNull) {
                    return null;
                }
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
        }

        /**
         * An instance whose {@code __dict__} was materialized ({@code vars(obj)}, {@code obj.__dict__.update(...)},
         * {@code copy.copy} reads and fills it): the name probed in that dict in compiled code, then the class's
         * attribute as {@link #doCached}; the generic protocol had taken every later access of such an object.
         */
        @Specialization(guards = {"obj.getPythonClass() == cachedType", "obj.hasInstanceDict()", "kind == INSTANCE"}, assumptions = "stable", limit = "6")
        Object doDictInstance(PythonObject obj,
                        @Cached("obj.getPythonClass()") PyType cachedType,
                        @Cached("getStable(obj, cachedType)") Assumption stable,
                        @Cached("plan(obj, cachedType)") int kind,
                        @Cached("lookupDescr(cachedType, name)") Object descr) {
            PyDict d = obj.instanceDictOrNull();
            int e = d.findStrEntry(name);
            if (e >= 0) {
                return d.valueAt(e);
            } else if (e == PyDict.STR_SLOW) {
                return generic(obj);
            }
            return classAttribute(obj, descr, cachedType);
        }

        protected int plan(PythonObject obj, PyType t) {
            return cacheable(obj) ? getPlan(t, name) : GENERIC;
        }

        /**
         * {@code obj.__dict__} of an instance of a Python class ({@link Attributes#INSTANCE_DICT}): the dict itself once
         * made (the generic protocol's lookup and descriptor call: 80 ns, CPython 30), else made behind a boundary.
         */
        @Specialization(guards = {"obj.getPythonClass() == cachedType", "kind == INSTANCE_DICT"}, assumptions = "stable", limit = "6")
        Object doInstanceDict(PythonObject obj,
                        @Cached("obj.getPythonClass()") PyType cachedType,
                        @Cached("getStable(obj, cachedType)") Assumption stable,
                        @Cached("plan(obj, cachedType)") int kind) {
            PyDict d = obj.instanceDictOrNull();
            return d != null ? d : generic(obj);
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
                return generic(obj);
            }
            try {
                return dispatch.execute(fget, new Object[]{obj}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
            } catch (PyException e) {
                // an AttributeError out of the getter gets the attribute's name and object (set_attribute_error_context)
                throw PyErrors.addAttributeErrorContext(e, obj, name);
            }
        }


        /**
         * A data descriptor of a Python class ({@link Attributes#DATA_DESCRIPTOR}): {@code type(descr).__get__(descr,
         * obj, type(obj))} through a cached dispatch that inlines it, where the generic protocol looked it up and called
         * it behind a boundary (an enum member's {@code .value}: 251 ns, CPython 89). Both classes' stable assumptions
         * guard the cached method.
         */
        @Specialization(guards = {"obj.getPythonClass() == cachedType", "kind == DATA_DESCRIPTOR"}, assumptions = {"stable", "descrStable"}, limit = "6")
        Object doDataDescriptor(PythonObject obj,
                        @Cached("obj.getPythonClass()") PyType cachedType,
                        @Cached("getStable(obj, cachedType)") Assumption stable,
                        @Cached("plan(obj, cachedType)") int kind,
                        @Cached("lookupDescr(cachedType, name)") Object descr,
                        @Cached("descriptorGetter(descr)") PyFunction get,
                        @Cached("descriptorStable(descr)") Assumption descrStable,
                        @Cached Calls.Dispatch dispatch) {
            try {
                return dispatch.execute(get, new Object[]{descr, obj, cachedType}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
            } catch (PyException e) {
                throw PyErrors.addAttributeErrorContext(e, obj, name);
            }
        }

        /**
         * A method of str read from a str ({@code s.format} called with {@code **kw}, {@code s.join} kept as a value):
         * the bound builtin method made in compiled code. str is an immutable builtin type whose attribute protocol is
         * object's and whose instances have no dict, so the method looked up once is the answer for every str (the
         * generic protocol looked it up behind a boundary at each read).
         */
        @Specialization(guards = "method != null", limit = "1")
        Object doStrMethod(String obj,
                        @Cached("strMethod(name)") PyBuiltinFunction method) {
            return new org.auditpy.runtime.PyMethod(PythonContext.get(this).types().builtinMethod, method, obj);
        }

        /** str's attribute {@code name} when it is a method to bind (not static), else null. */
        @TruffleBoundary
        static PyBuiltinFunction strMethod(String name) {
            Object d = PythonContext.get(null).types().str.lookup(name);
            return d instanceof PyBuiltinFunction bf && bf.isMethod() && !bf.isStatic() ? bf : null;
        }

        @Specialization(replaces = {"doCached", "doDictInstance", "doInstanceDict", "doModule", "doProperty", "doDataDescriptor", "doTypeGetSet", "doClassValue"})
        Object doGeneric(Object obj) {
            return generic(obj);
        }
    }

    /** The getset that is the builtin {@code type}'s attribute {@code name}, when {@code metatype} is type; else null. */
    @TruffleBoundary
    static Descriptors.GetSet typeGetSet(PyType metatype, String name) {
        PyType type = PythonContext.get(null).types().type;
        return metatype == type && type.lookup(name) instanceof Descriptors.GetSet gs ? gs : null;
    }

    /**
     * What {@code cls.name} gives, for {@link GetAttrNode#doClassValue}, when it is fixed while {@code cls} is unchanged:
     * cls's metaclass is {@code type}, whose attribute of that name, if any, is not a data descriptor (type_getattro
     * then takes the class's own: {@code object.__new__}), and the class's attribute is a function (its
     * {@code __get__(None, cls)} gives it back), a staticmethod (its callable) or a value of a builtin type without
     * {@code __get__}. Else null.
     */
    @TruffleBoundary
    static Object plainClassValue(PyType cls, String name) {
        PyType type = PythonContext.get(null).types().type;
        if (cls.getPythonClass() != type) {
            return null;
        }
        Object meta = type.lookup(name);
        if (meta != null && PyOps.isDataDescriptor(meta)) {
            return null;
        }
        Object v = cls.lookup(name);
        if (v == null) {
            return null;
        }
        if (v instanceof PyFunction) {
            return v;
        }
        if (v instanceof Descriptors.StaticMethod sm && !sm.getPythonClass().isHeapType()) {
            // (a subclass of staticmethod may have its own __get__)
            return sm.getCallable();
        }
        PyType vt = PyOps.typeOf(v);
        if (vt == null || vt.isHeapType() || vt.lookup("__get__") != null) {
            return null;
        }
        return v;
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
        if (setattr != null && !PyOps.isGenericSlot(setattr)) {
            return GENERIC;
        }
        Object descr = t.lookup(name);
        if (descr instanceof Descriptors.GetSet gs) {
            if (name.equals("__class__") && descr == PythonContext.get(null).types().object.lookup("__class__")) {
                return CLASS;
            }
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

        /** An instance whose {@code __dict__} was materialized: the value stored in that dict in compiled code. */
        @Specialization(guards = {"obj.getPythonClass() == cachedType", "obj.hasInstanceDict()", "kind == INSTANCE"}, assumptions = "stable", limit = "6")
        void doDictInstance(PythonObject obj, Object value,
                        @Cached("obj.getPythonClass()") PyType cachedType,
                        @Cached("getStable(obj, cachedType)") Assumption stable,
                        @Cached("plan(obj, cachedType)") int kind) {
            if (!obj.instanceDictOrNull().storeKnown(name, org.auditpy.runtime.KeyKind.STR, value)) {
                PyOps.setAttribute(obj, name, value);
            }
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

        @Specialization(replaces = {"doCached", "doDictInstance", "doProperty"})
        void doGeneric(Object obj, Object value) {
            PyOps.setAttribute(obj, name, value);
        }
    }

    /**
     * How {@link DelAttrNode} deletes {@code name} from instances of {@code t}: {@link #INSTANCE} when it is an
     * ordinary instance attribute (object's {@code __delattr__}, and no data descriptor of that name on the class),
     * else {@link #GENERIC}.
     */
    @TruffleBoundary
    static int delPlan(PythonObject obj, PyType t, String name) {
        if (!cacheable(obj)) {
            return GENERIC;
        }
        Object delattr = t.lookup("__delattr__");
        if (delattr != null && !PyOps.isGenericSlot(delattr)) {
            return GENERIC;
        }
        Object descr = t.lookup(name);
        if (descr != null && PyOps.isDataDescriptor(descr)) {
            return GENERIC;
        }
        return t.instancesHaveDict() ? INSTANCE : GENERIC;
    }

    /**
     * {@code del obj.name}: an instance attribute is removed from the object's shape through a cached
     * {@link DynamicObjectLibrary} (the shape transition is cached too), where the generic protocol looked up
     * {@code __delattr__} and {@code name} on the class and removed the key through the uncached library, behind a
     * boundary: 570 ns a deletion against CPython's 8 ({@code contextlib}'s {@code __enter__} deletes three). An absent
     * attribute, and everything the plan does not cover, take the generic protocol (its AttributeError).
     */
    @ImportStatic(Attributes.class)
    public abstract static class DelAttrNode extends Node {
        protected final String name;

        protected DelAttrNode(String name) {
            this.name = name;
        }

        public abstract void execute(Object obj);

        @Specialization(guards = {"obj.getPythonClass() == cachedType", "!obj.hasInstanceDict()", "kind == INSTANCE"}, assumptions = "stable", limit = "6")
        void doInstance(PythonObject obj,
                        @Cached("obj.getPythonClass()") PyType cachedType,
                        @Cached("getStable(obj, cachedType)") Assumption stable,
                        @Cached("plan(obj, cachedType)") int kind,
                        @CachedLibrary("obj") DynamicObjectLibrary lib) {
            if (!lib.removeKey(obj, name)) {
                PyOps.genericDeleteAttribute(obj, name);
            }
        }

        protected int plan(PythonObject obj, PyType t) {
            return delPlan(obj, t, name);
        }

        @Specialization(replaces = "doInstance")
        void doGeneric(Object obj) {
            PyOps.deleteAttribute(obj, name);
        }
    }
}
