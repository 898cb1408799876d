package org.auditpy.builtins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import org.auditpy.runtime.ImportSystem;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;
import org.auditpy.runtime.Sequences;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Abstract base classes: the machinery of CPython's Modules/_abc.c, which the {@code _abc} module
 * (stdlib-shims' AbcModule) exposes to CPython's own {@code abc.py}. Each ABC keeps an {@code _abc_impl}
 * ({@code _abc._abc_data}) holding three weak sets of classes: its registry of virtual subclasses, a cache of classes
 * known to be subclasses and a negative cache of classes known not to be, the latter valid while the context's
 * invalidation counter (bumped by every {@code register}) equals the version it was filled at.
 *
 * <p>
 * {@code isinstance}/{@code issubclass} ({@link BuiltinFunctions#isInstance}) answer a class whose metaclass keeps
 * abc.py's {@code ABCMeta.__instancecheck__}/{@code __subclasscheck__} from its caches when they know the answer
 * ({@link #fastInstanceCheck}), since those methods only call {@code _abc_instancecheck}/{@code _abc_subclasscheck}:
 * a cached answer then costs no Python frame. Anything else (a cache miss, a metaclass that overrides them, as
 * typing's {@code _ProtocolMeta}) calls the methods as usual.
 */
public final class AbcSupport {
    private AbcSupport() {
    }

    /** An ABC's {@code _abc_impl}: its registry and caches (weak sets of classes: a class's death removes it). */
    public static final class AbcData extends PythonObject {
        final Set<PyType> registry = Collections.newSetFromMap(new WeakHashMap<>());
        final Set<PyType> cache = Collections.newSetFromMap(new WeakHashMap<>());
        final Set<PyType> negativeCache = Collections.newSetFromMap(new WeakHashMap<>());
        long negativeCacheVersion;

        AbcData(PyType t, long version) {
            super(t);
            this.negativeCacheVersion = version;
        }

        /**
         * What the caches alone say of {@code c}: true when it is in the positive cache, false when it is in the
         * negative cache and that is current ({@code counter}: the invalidation counter), null when they do not know.
         */
        Object cachedAnswer(PyType c, long counter) {
            if (cache.contains(c)) {
                return true;
            }
            return negativeCacheVersion == counter && negativeCache.contains(c) ? (Object) false : null;
        }

        /** {@code _reset_registry}: forgets the virtual subclasses. */
        @TruffleBoundary
        public void resetRegistry() {
            registry.clear();
        }

        /** {@code _reset_caches}: forgets both caches. */
        @TruffleBoundary
        public void resetCaches() {
            cache.clear();
            negativeCache.clear();
        }
    }

    /**
     * A context's state: {@code abc_invalidation_counter}, the {@code _abc_data} type, and abc.py's own
     * {@code ABCMeta.__instancecheck__}/{@code __subclasscheck__} functions, which isinstance/issubclass bypass.
     */
    public static final class State {
        long invalidationCounter;
        final PyType dataType;
        Object metaInstanceCheck;
        Object metaSubclassCheck;

        State(PythonContext ctx) {
            PyType t = new PyType(ctx.types().type, "_abc_data", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false,
                            PyType.Layout.OTHER, false);
            t.computeMro(ctx.types().object);
            t.getDict().setStr("__module__", "_abc");
            t.getDict().setStr("__doc__", "Internal state held by ABC machinery.");
            this.dataType = t;
        }
    }

    /** The context's state (made on first use). */
    @TruffleBoundary
    public static State state(PythonContext ctx) {
        return ctx.shimState(State.class, () -> new State(ctx));
    }

    /** The {@code _abc_data} type of the context. */
    public static PyType dataType(PythonContext ctx) {
        return state(ctx).dataType;
    }

    /** {@code get_cache_token()}: the invalidation counter, bumped by every {@code register}. */
    public static long cacheToken(PythonContext ctx) {
        return state(ctx).invalidationCounter;
    }

    /**
     * {@code isinstance(instance, cls)} answered from {@code cls}'s caches, without calling Python, when its metaclass
     * keeps abc.py's own {@code ABCMeta.__instancecheck__} (which only calls {@code _abc_instancecheck}): true when the
     * instance's class is in the positive cache, false when it is its exact type and in the valid negative cache;
     * null otherwise, and the caller calls {@code __instancecheck__} as usual. Only an answer that runs no Python code
     * is given here: a {@code __subclasshook__} may look at its callers' frames (typing's Protocols look for abc's),
     * so the frames abc.py would have are there whenever one runs.
     */
    @TruffleBoundary
    public static Object fastInstanceCheck(PyType meta, PyType cls, Object instance) {
        State st = PythonContext.get().peekShimState(State.class);
        AbcData impl = st == null ? null : plainImpl(meta, "__instancecheck__", st.metaInstanceCheck, cls);
        PyType subtype = PyOps.typeOf(instance);
        return impl == null || !keepsObjectClass(subtype) ? null : impl.cachedAnswer(subtype, st.invalidationCounter);
    }

    /** As {@link #fastInstanceCheck}, for {@code issubclass(subclass, cls)} and {@code ABCMeta.__subclasscheck__}. */
    @TruffleBoundary
    public static Object fastSubclassCheck(PyType meta, PyType cls, Object subclass) {
        State st = PythonContext.get().peekShimState(State.class);
        AbcData impl = st == null ? null : plainImpl(meta, "__subclasscheck__", st.metaSubclassCheck, cls);
        return impl == null || !(subclass instanceof PyType sub) ? null : impl.cachedAnswer(sub, st.invalidationCounter);
    }

    /** {@code cls}'s own {@code _abc_impl} when its metaclass's {@code method} is abc.py's ({@code abcMethod}), else null. */
    private static AbcData plainImpl(PyType meta, String method, Object abcMethod, PyType cls) {
        if (abcMethod == null || meta.lookup(method) != abcMethod) {
            return null;
        }
        return cls.getDict().getStr("_abc_impl") instanceof AbcData impl ? impl : null;
    }

    /** Whether {@code instance.__class__} is its type: no class overrides object's {@code __class__} descriptor. */
    private static boolean keepsObjectClass(PyType type) {
        return type.lookup("__class__") == PythonContext.get().types().object.getDict().getStr("__class__");
    }

    /** The {@code _abc_impl} of {@code self}, as CPython's _get_impl: "_abc_impl is set to a wrong type" otherwise. */
    public static AbcData impl(Object self) {
        // _abc_init puts one in every ABC's own namespace: found there without an attribute lookup
        Object d = self instanceof PyType t ? t.getDict().getStr("_abc_impl") : null;
        if (d == null) {
            d = PyOps.getAttribute(self, "_abc_impl");
        }
        if (d instanceof AbcData data) {
            return data;
        }
        throw PyErrors.typeError("_abc_impl is set to a wrong type");
    }

    @TruffleBoundary
    public static Object init(PythonContext ctx, State st, Object self) {
        rememberAbcMeta(st, self);
        PyOps.setAttribute(self, "__abstractmethods__", computeAbstracts(ctx, self));
        PyOps.setAttribute(self, "_abc_impl", new AbcData(st.dataType, st.invalidationCounter));
        if (self instanceof PyType cls) {
            Object flags = cls.getDict().getStr("__abc_tpflags__");
            if (flags != null) {
                if (flags instanceof Long l) {
                    int f = (int) (l & (PyType.SEQUENCE | PyType.MAPPING));
                    if (f != 0) {
                        cls.setCollectionFlag(f);
                    }
                }
                cls.getDict().removeItem("__abc_tpflags__");
            }
        }
        return PyNone.NONE;
    }

    @TruffleBoundary
    public static Object register(State st, Object self, Object subclass) {
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

    @TruffleBoundary
    public static Object instanceCheck(State st, Object self, Object instance) {
        AbcData impl = impl(self);
        PyType subtype = PyOps.typeOf(instance);
        Object subclass = keepsObjectClass(subtype) ? subtype : PyOps.getAttribute(instance, "__class__");
        if (subclass instanceof PyType s && impl.cache.contains(s)) {
            return true;
        }
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

    @TruffleBoundary
    public static Object subclassCheck(State st, Object self, Object subclass) {
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
    @TruffleBoundary
    public static Object dump(PythonContext ctx, Object self) {
        AbcData impl = impl(self);
        Object ref = PyOps.getAttribute(ImportSystem.importModule("_weakref", null, null, 0, true), "ref");
        return PyTuple.of(refs(ctx, ref, impl.registry), refs(ctx, ref, impl.cache), refs(ctx, ref, impl.negativeCache), impl.negativeCacheVersion);
    }

    private static PySet refs(PythonContext ctx, Object ref, Set<PyType> classes) {
        PySet s = new PySet(ctx.types().set);
        for (PyType c : new ArrayList<>(classes)) {
            s.add(PyOps.callPositional(ref, c));
        }
        return s;
    }

    /**
     * Remembers abc.py's {@code ABCMeta.__instancecheck__} and {@code __subclasscheck__} the first time a class of
     * metaclass {@code abc.ABCMeta} is made: isinstance and issubclass then skip those Python frames.
     */
    private static void rememberAbcMeta(State st, Object cls) {
        if (st.metaInstanceCheck != null) {
            return;
        }
        PyType meta = PyOps.typeOf(cls);
        if ("ABCMeta".equals(meta.getName()) && "abc".equals(meta.getDict().getStr("__module__"))) {
            Object ic = meta.getDict().getStr("__instancecheck__");
            Object sc = meta.getDict().getStr("__subclasscheck__");
            if (ic instanceof PyFunction && sc instanceof PyFunction) {
                st.metaInstanceCheck = ic;
                st.metaSubclassCheck = sc;
            }
        }
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
