package org.auditpy.shims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import org.auditpy.builtins.BuiltinFunctions;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;
import org.auditpy.runtime.Sequences;

/**
 * {@code _abc}: the C half of CPython's abstract base classes (Modules/_abc.c), under CPython's own {@code abc.py},
 * whose {@code ABCMeta} calls these functions. Each ABC keeps an {@code _abc_impl} ({@code _abc._abc_data}) holding
 * three weak sets of classes: its registry of virtual subclasses, a cache of classes known to be subclasses and a
 * negative cache of classes known not to be, the latter valid while the module's invalidation counter (bumped by
 * every {@code register}) equals the version it was filled at.
 *
 * <ul>
 * <li>{@code _abc_init(cls)}: sets {@code cls.__abstractmethods__} (CPython's compute_abstract_methods: the names of
 * the class's own abstract attributes and those of its bases' {@code __abstractmethods__} still abstract in it), its
 * {@code _abc_impl}, and its pattern-matching collection flag from {@code __abc_tpflags__}, which it removes.</li>
 * <li>{@code _abc_register(cls, subclass)}: {@code TypeError("Can only register classes")},
 * {@code RuntimeError("Refusing to create an inheritance cycle")}; returns {@code subclass}.</li>
 * <li>{@code _abc_instancecheck(cls, instance)}, {@code _abc_subclasscheck(cls, subclass)}: the checks of
 * {@code isinstance}/{@code issubclass} against an ABC: cache, negative cache, {@code __subclasshook__}, the MRO, the
 * registry and the ABC's subclasses, in CPython's order.</li>
 * <li>{@code get_cache_token()}, {@code _get_dump(cls)}, {@code _reset_registry(cls)}, {@code _reset_caches(cls)}.</li>
 * </ul>
 */
final class AbcModule {
    private AbcModule() {
    }

    /** An ABC's {@code _abc_impl}: its registry and caches (weak sets of classes: a class's death removes it). */
    static final class AbcData extends PythonObject {
        final Set<PyType> registry = Collections.newSetFromMap(new WeakHashMap<>());
        final Set<PyType> cache = Collections.newSetFromMap(new WeakHashMap<>());
        final Set<PyType> negativeCache = Collections.newSetFromMap(new WeakHashMap<>());
        long negativeCacheVersion;

        AbcData(PyType t, long version) {
            super(t);
            this.negativeCacheVersion = version;
        }
    }

    /** The module's state: {@code abc_invalidation_counter} and the {@code _abc_data} type. */
    private static final class State {
        long invalidationCounter;
        PyType dataType;
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_abc");
        PyDict ns = m.getDict();
        State st = new State();
        PyType t = new PyType(ctx.types().type, "_abc_data", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER,
                        false);
        t.computeMro(ctx.types().object);
        t.getDict().setStr("__module__", "_abc");
        t.getDict().setStr("__doc__", "Internal state held by ABC machinery.");
        st.dataType = t;
        ns.setStr("_abc_data", t);
        ns.setStr("get_cache_token", Fns.fn(ctx, "get_cache_token", false, "", a -> st.invalidationCounter));
        ns.setStr("_abc_init", Fns.fn(ctx, "_abc_init", false, "self, /", a -> init(ctx, st, a[0])));
        ns.setStr("_abc_register", Fns.fn(ctx, "_abc_register", false, "self, subclass, /", a -> register(st, a[0], a[1])));
        ns.setStr("_abc_instancecheck", Fns.fn(ctx, "_abc_instancecheck", false, "self, instance, /", a -> instanceCheck(st, a[0], a[1])));
        ns.setStr("_abc_subclasscheck", Fns.fn(ctx, "_abc_subclasscheck", false, "self, subclass, /", a -> subclassCheck(st, a[0], a[1])));
        ns.setStr("_get_dump", Fns.fn(ctx, "_get_dump", false, "self, /", a -> dump(ctx, a[0])));
        ns.setStr("_reset_registry", Fns.fn(ctx, "_reset_registry", false, "self, /", a -> {
            impl(a[0]).registry.clear();
            return PyNone.NONE;
        }));
        ns.setStr("_reset_caches", Fns.fn(ctx, "_reset_caches", false, "self, /", a -> {
            AbcData d = impl(a[0]);
            d.cache.clear();
            d.negativeCache.clear();
            return PyNone.NONE;
        }));
        return m;
    }

    /** The {@code _abc_impl} of {@code self}, as CPython's _get_impl: "_abc_impl is set to a wrong type" otherwise. */
    private static AbcData impl(Object self) {
        Object d = PyOps.getAttribute(self, "_abc_impl");
        if (d instanceof AbcData data) {
            return data;
        }
        throw PyErrors.typeError("_abc_impl is set to a wrong type");
    }

    private static Object init(PythonContext ctx, State st, Object self) {
        PyOps.setAttribute(self, "__abstractmethods__", computeAbstracts(ctx, self));
        PyOps.setAttribute(self, "_abc_impl", new AbcData(st.dataType, st.invalidationCounter));
        if (self instanceof PyType cls) {
            Object flags = cls.getDict().getStr("__abc_tpflags__");
            if (flags != null) {
                if (Fns.isIntLike(flags)) {
                    int f = (int) (Fns.toLong(flags) & (PyType.SEQUENCE | PyType.MAPPING));
                    if (f != 0) {
                        cls.setCollectionFlag(f);
                    }
                }
                cls.getDict().removeItem("__abc_tpflags__");
            }
        }
        return PyNone.NONE;
    }

    private static Object register(State st, Object self, Object subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw PyErrors.typeError("Can only register classes");
        }
        if (BuiltinFunctions.isSubclass(sub, self)) {
            return subclass; // already a subclass
        }
        // subclass may be an ABC whose check would come back to self: refuse the cycle
        if (BuiltinFunctions.isSubclass(self, sub)) {
            throw PyErrors.runtimeError("Refusing to create an inheritance cycle");
        }
        impl(self).registry.add(sub);
        st.invalidationCounter++;
        if (self instanceof PyType cls) {
            int flag = cls.collectionFlag();
            if (flag != 0) {
                setCollectionFlagRecursive(sub, flag);
            }
        }
        return subclass;
    }

    /** CPython's set_collection_flag_recursive: builtin (immutable) classes keep their flags. */
    private static void setCollectionFlagRecursive(PyType child, int flag) {
        if (!child.isHeapType() || child.collectionFlag() == flag) {
            return;
        }
        child.setCollectionFlag(flag);
        for (PyType grandchild : child.getSubclasses()) {
            setCollectionFlagRecursive(grandchild, flag);
        }
    }

    private static Object instanceCheck(State st, Object self, Object instance) {
        AbcData impl = impl(self);
        Object subclass = PyOps.getAttribute(instance, "__class__");
        if (subclass instanceof PyType s && impl.cache.contains(s)) {
            return true;
        }
        PyType subtype = PyOps.typeOf(instance);
        if (subtype == subclass) {
            if (impl.negativeCacheVersion == st.invalidationCounter && impl.negativeCache.contains(subtype)) {
                return false;
            }
            // fall back to the subclass check
            return PyOps.callMethod(self, "__subclasscheck__", subclass);
        }
        Object result = PyOps.callMethod(self, "__subclasscheck__", subclass);
        if (PyOps.isTrue(result)) {
            return result;
        }
        return PyOps.callMethod(self, "__subclasscheck__", subtype);
    }

    private static Object subclassCheck(State st, Object self, Object subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw PyErrors.typeError("issubclass() arg 1 must be a class");
        }
        AbcData impl = impl(self);
        // 1. the positive cache
        if (impl.cache.contains(sub)) {
            return true;
        }
        // 2. the negative cache, emptied when a register() anywhere made it stale
        if (impl.negativeCacheVersion < st.invalidationCounter) {
            impl.negativeCache.clear();
            impl.negativeCacheVersion = st.invalidationCounter;
        } else if (impl.negativeCache.contains(sub)) {
            return false;
        }
        // 3. the subclass hook
        Object ok = PyOps.callMethod(self, "__subclasshook__", subclass);
        if (ok == Boolean.TRUE) {
            impl.cache.add(sub);
            return true;
        }
        if (ok == Boolean.FALSE) {
            impl.negativeCache.add(sub);
            return false;
        }
        if (ok != PyNone.NOT_IMPLEMENTED) {
            throw PyErrors.raise("AssertionError", "__subclasshook__ must return either False, True, or NotImplemented");
        }
        // 4. a direct subclass
        for (PyType m : sub.getMro()) {
            if (m == self) {
                impl.cache.add(sub);
                return true;
            }
        }
        // 5. a subclass of a registered class (recursive)
        for (PyType r : new ArrayList<>(impl.registry)) {
            if (BuiltinFunctions.isSubclass(sub, r)) {
                impl.cache.add(sub);
                return true;
            }
        }
        // 6. a subclass of a subclass (recursive)
        Object subclasses = PyOps.callMethod(self, "__subclasses__");
        if (!(PyOps.typeOf(subclasses) == PythonContext.get().types().list)) {
            throw PyErrors.typeError("__subclasses__() must return a list");
        }
        for (Object scls : Sequences.toArray(subclasses)) {
            if (BuiltinFunctions.isSubclass(sub, scls)) {
                impl.cache.add(sub);
                return true;
            }
        }
        // no: remember it
        impl.negativeCache.add(sub);
        return false;
    }

    /** {@code (registry, cache, negative_cache, negative_cache_version)}: sets of weak references, as CPython's. */
    private static Object dump(PythonContext ctx, Object self) {
        AbcData impl = impl(self);
        Object ref = PyOps.getAttribute(org.auditpy.runtime.ImportSystem.importModule("_weakref", null, null, 0, true), "ref");
        return PyTuple.of(refs(ctx, ref, impl.registry), refs(ctx, ref, impl.cache), refs(ctx, ref, impl.negativeCache), impl.negativeCacheVersion);
    }

    private static PySet refs(PythonContext ctx, Object ref, Set<PyType> classes) {
        PySet s = new PySet(ctx.types().set);
        for (PyType c : new ArrayList<>(classes)) {
            s.add(PyOps.callPositional(ref, c));
        }
        return s;
    }

    /** CPython's compute_abstract_methods (Modules/_abc.c): a frozenset of names. */
    private static Object computeAbstracts(PythonContext ctx, Object c) {
        PySet names = new PySet(ctx.types().frozenset);
        if (!(c instanceof PyType cls)) {
            return names;
        }
        // the class's own abstract attributes
        PyDict ns = cls.getDict();
        for (Object name : ns.keysArray()) {
            Object value = ns.getItem(name);
            if (value != null && isAbstract(ctx, value)) {
                names.add(name);
            }
        }
        // the abstract methods of its bases that it does not define
        for (PyType base : cls.getBases()) {
            Object inherited = PyOps.getAttributeOrNull(base, "__abstractmethods__");
            if (inherited == null) {
                continue;
            }
            for (Object name : Sequences.toArray(inherited)) {
                if (name instanceof String s && !names.contains(s) && isAbstract(ctx, PyOps.getAttributeOrNull(cls, s))) {
                    names.add(s);
                }
            }
        }
        return names;
    }

    /**
     * Whether {@code value} is abstract (CPython's _PyObject_IsAbstract): its {@code __isabstractmethod__} is true; an
     * AttributeError getting it means no.
     */
    private static boolean isAbstract(PythonContext ctx, Object value) {
        if (value == null || value == PyNone.NONE) {
            return false;
        }
        Object flag;
        try {
            flag = PyOps.getAttributeOrNull(value, "__isabstractmethod__");
        } catch (PyException e) {
            if (PyOps.isException(e, "AttributeError")) {
                return false;
            }
            throw e;
        }
        if (flag != null && PyOps.isTrue(flag)) {
            return true;
        }
        // a property's abstractness is its functions'
        if (PyOps.isInstance(value, ctx.types().property)) {
            for (String f : new String[]{"fget", "fset", "fdel"}) {
                Object fn = PyOps.getAttributeOrNull(value, f);
                Object fnFlag = fn == null || fn == PyNone.NONE ? null : PyOps.getAttributeOrNull(fn, "__isabstractmethod__");
                if (fnFlag != null && PyOps.isTrue(fnFlag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
