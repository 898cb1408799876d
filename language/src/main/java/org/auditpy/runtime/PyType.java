package org.auditpy.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.utilities.CyclicAssumption;

/**
 * A Python type object (CPython's {@code PyTypeObject}): builtin types and classes made by {@code class}
 * statements or {@code type(name, bases, ns)}.
 *
 * <p>The namespace is a {@link PyDict}; attribute lookup walks the MRO (C3 linearization, as CPython's
 * {@code mro_internal} in Objects/typeobject.c). Lookups are memoized per type, and nodes cache them behind
 * {@link #getStableAssumption()}, which is invalidated whenever this type or any base changes.
 */
public final class PyType extends PythonObject {
    /** The Java layout an instance of this type needs (the builtin base that provides it). */
    public enum Layout {
        OBJECT, TYPE, INT, BOOL, FLOAT, STR, BYTES, BYTEARRAY, TUPLE, LIST, DICT, SET, FROZENSET, EXCEPTION,
        FUNCTION, OTHER
    }

    private String name;
    private String qualname;
    private PyType[] bases;
    private PyType[] mro;
    private final PyDict dict;
    private final boolean heapType;
    private final Layout layout;
    private final CyclicAssumption stable;
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new ArrayList<>();
    private final HashMap<String, Object> lookupCache = new HashMap<>();
    /**
     * For exception classes, whether instances get attributes set from their args at creation
     * ({@link ExceptionSupport#initAttributes}): 0 not known yet, 1 no, 2 yes. Reset by {@link #invalidate}.
     */
    private byte exceptionInitKind;
    /**
     * Whether instances hash by identity ({@link #hashesByIdentity}): 0 not known yet, 1 yes, 2 no. Reset by
     * {@link #invalidate}.
     */
    private byte hashKind;
    /** Whether instances may get new attributes (false for instances of most builtin types). */
    private final boolean instancesHaveDict;
    /**
     * This class's own pattern-matching collection flag, {@link #SEQUENCE} or {@link #MAPPING} (CPython's
     * {@code Py_TPFLAGS_SEQUENCE}/{@code Py_TPFLAGS_MAPPING} bits), 0 for none: set by {@code _abc} from an ABC's
     * {@code __abc_tpflags__} and by {@code register}; {@link #collectionFlag} reads it through the MRO.
     */
    private int collectionFlag;
    /** A built-in type that refuses subclasses although others of its name may not (CPython: no Py_TPFLAGS_BASETYPE). */
    private boolean notBaseType;
    /**
     * The name CPython's messages give instances of this class when it differs from {@code __name__}: a class of a
     * library module that CPython writes in C and auditpy in Python ({@code 'collections.deque'}); null otherwise.
     */
    private String tpName;

    /** CPython's {@code Py_TPFLAGS_SEQUENCE} (Include/object.h): instances match sequence patterns. */
    public static final int SEQUENCE = 1 << 5;
    /** CPython's {@code Py_TPFLAGS_MAPPING} (Include/object.h): instances match mapping patterns. */
    public static final int MAPPING = 1 << 6;
    /**
     * Installers of this builtin type's namespace not run yet ({@link #deferInit}), in the order they were
     * registered; null when none. Any access to the namespace runs them first, so Python never sees the
     * difference, while start-up skips the methods of the types that a program never touches.
     */
    private volatile ArrayList<DeferredInit> pendingInit;
    /** True while this type's pending installers run (they may read the namespace they are filling). */
    private boolean runningInit;

    /**
     * Work that fills the namespaces of one or more builtin types; runs once, on the first access to any of
     * their namespaces (or their lookups), before anything else reads them.
     */
    public static final class DeferredInit {
        private final Runnable action;
        private boolean done;

        public DeferredInit(Runnable action) {
            this.action = action;
        }
    }

    /**
     * Creates a type. {@code metaclass} is the type of the type (normally {@code type}); may be null only while
     * bootstrapping {@code type} itself.
     */
    public PyType(PyType metaclass, String name, PyType[] bases, PyDict dict, boolean heapType, Layout layout,
                    boolean instancesHaveDict) {
        super(metaclass);
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.dict = dict;
        this.heapType = heapType;
        this.layout = layout;
        this.instancesHaveDict = instancesHaveDict;
        this.stable = new CyclicAssumption(name);
        for (PyType b : bases) {
            b.addSubclass(this);
        }
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setName(String name) {
        this.name = name;
        invalidate();
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PyType[] getBases() {
        return bases;
    }

    /** The method resolution order, this type first. */
    public PyType[] getMro() {
        return mro;
    }

    /** The class namespace ({@code __dict__}, seen through a mappingproxy). */
    public PyDict getDict() {
        if (pendingInit != null) {
            runPendingInit();
        }
        return dict;
    }

    /**
     * Registers {@code init} to fill this builtin type's namespace later (see {@link #pendingInit}). The same
     * init may be registered on several types: it runs on the first access to any of them. Installers
     * registered on one type run in registration order, so the namespace's order is the eager one.
     */
    @TruffleBoundary
    public void deferInit(DeferredInit init) {
        synchronized (DeferredInit.class) {
            ArrayList<DeferredInit> p = pendingInit;
            if (p == null) {
                p = new ArrayList<>();
            }
            p.add(init);
            pendingInit = p;
        }
        // lookups memoized before (here or in subclasses) did not see what init adds
        invalidate();
    }

    @TruffleBoundary
    private void runPendingInit() {
        synchronized (DeferredInit.class) {
            if (runningInit) {
                return;
            }
            runningInit = true;
            try {
                ArrayList<DeferredInit> p;
                while ((p = pendingInit) != null) {
                    DeferredInit next = null;
                    for (DeferredInit d : p) {
                        if (!d.done) {
                            next = d;
                            break;
                        }
                    }
                    if (next == null) {
                        pendingInit = null;
                        break;
                    }
                    next.done = true;
                    next.action.run();
                }
            } finally {
                runningInit = false;
            }
        }
    }

    /** True for classes created by Python code (their special attributes can be set; audited). */
    /**
     * The collection flag ({@link #SEQUENCE}, {@link #MAPPING} or 0) of the first class in the MRO that has one, as
     * CPython's {@code inherit_patma_flags} copies it along the MRO at class creation (Objects/typeobject.c).
     */
    /** Whether the type refuses to be a base class (see {@link #markNotBaseType}). */
    public boolean isNotBaseType() {
        return notBaseType;
    }

    /** Makes the type refuse subclasses: "type 'X' is not an acceptable base type". */
    public void markNotBaseType() {
        this.notBaseType = true;
    }

    public int collectionFlag() {
        for (PyType t : getMro()) {
            if (t.collectionFlag != 0) {
                return t.collectionFlag;
            }
        }
        return 0;
    }

    /** Sets this class's own collection flag ({@link #collectionFlag()}); 0 clears it. */
    public void setCollectionFlag(int flag) {
        this.collectionFlag = flag;
    }

    /** The name messages use for this class's instances ({@code tp_name}): see {@link #setTpName}. */
    public String getTpName() {
        return tpName != null ? tpName : name;
    }

    /**
     * Makes messages name this heap class's instances as CPython's C type of the same module is named
     * ({@code 'collections.deque'}), as {@code _auditpy.set_tp_name} asks.
     */
    public void setTpName(String tpName) {
        this.tpName = tpName;
    }

    public boolean isHeapType() {
        return heapType;
    }

    /**
     * Whether this type's attribute {@code name} is {@code base}'s own, not overridden on the way (a dict subclass
     * that keeps dict's {@code __iter__}, a class that keeps object's {@code __eq__}).
     */
    @TruffleBoundary
    public boolean keepsAttributeOf(PyType base, String name) {
        return lookup(name) == base.lookup(name);
    }

    public Layout getLayout() {
        return layout;
    }

    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    /** Valid while neither this type's namespace nor any type in its MRO has changed. */
    public Assumption getStableAssumption() {
        return stable.getAssumption();
    }

    private void addSubclass(PyType t) {
        subclasses.add(new java.lang.ref.WeakReference<>(t));
    }

    /** Computes the MRO (C3); raises TypeError for an inconsistent hierarchy. Called once at creation. */
    @TruffleBoundary
    public void computeMro(PyType object) {
        if (bases.length == 0) {
            mro = new PyType[]{this};
            return;
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.getMro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(this);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                break;
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
                List<String> names = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    String n = s.get(0).getName();
                    if (!names.contains(n)) {
                        names.add(n);
                    }
                }
                for (int i = 0; i < names.size(); i++) {
                    sb.append(i == 0 ? " " : ", ").append(names.get(i));
                }
                throw PyErrors.typeError(sb.toString());
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
        mro = result.toArray(new PyType[0]);
    }

    /** Replaces the bases ({@code C.__bases__ = ...}, after its audit event) and recomputes the MRO. */
    @TruffleBoundary
    public void setBases(PyType[] newBases, PyType object) {
        PyType[] oldBases = bases;
        PyType[] oldMro = mro;
        bases = newBases;
        try {
            computeMro(object);
        } catch (PyException e) {
            bases = oldBases;
            mro = oldMro;
            throw e;
        }
        for (PyType b : newBases) {
            b.addSubclass(this);
        }
        invalidate();
    }

    /**
     * Looks {@code name} up along the MRO ({@code _PyType_Lookup}); returns null when absent. Memoized until the
     * type or a base changes.
     */
    @TruffleBoundary
    public Object lookup(String name) {
        Object cached = lookupCache.get(name);
        if (cached != null) {
            return cached == PyNone.NO_VALUE ? null : cached;
        }
        Object found = null;
        for (PyType t : mro) {
            found = t.getDict().getStr(name);
            if (found != null) {
                break;
            }
        }
        lookupCache.put(name, found == null ? PyNone.NO_VALUE : found);
        return found;
    }

    /** Sets a class attribute and invalidates cached lookups here and in all subclasses. */
    @TruffleBoundary
    public void setClassAttribute(String attr, Object value) {
        getDict().setStr(attr, value);
        invalidate();
    }

    /** Deletes a class attribute; returns false if absent. */
    @TruffleBoundary
    public boolean deleteClassAttribute(String attr) {
        boolean had = getDict().removeItem(attr) != null;
        invalidate();
        return had;
    }

    /**
     * Whether {@code hash(x)} of an instance is its identity hash ({@link PyOps#identityHash}): {@code __hash__}
     * along the MRO is {@code object.__hash__} and the instances are not of a builtin layout whose hash or
     * hashability {@link PyOps#hash} decides itself (int, str, tuple, frozenset, list, dict, set...). Then a
     * key's {@code __eq__} is never asked about the key itself (CPython's lookups compare identity first), so
     * dict and set probes by such a key compare identities in compiled code
     * ({@link PyDict#findIdentityEntry}, {@link PySet#findIdentityEntry}). Known after the first call: a field
     * read until the type or a base changes.
     */
    public boolean hashesByIdentity() {
        byte k = hashKind;
        if (k == 0) {
            k = computeHashKind();
        }
        return k == 1;
    }

    @TruffleBoundary
    private byte computeHashKind() {
        boolean identity = switch (layout) {
            case OBJECT, TYPE, EXCEPTION, FUNCTION, OTHER -> lookup("__hash__") == PythonContext.get().types().object.lookup("__hash__");
            default -> false;
        };
        byte k = identity ? (byte) 1 : (byte) 2;
        hashKind = k;
        return k;
    }

    /** See {@link #exceptionInitKind}. */
    byte getExceptionInitKind() {
        return exceptionInitKind;
    }

    void setExceptionInitKind(byte kind) {
        exceptionInitKind = kind;
    }

    /** Drops memoized lookups of this type and its subclasses and invalidates their compiled caches. */
    @TruffleBoundary
    public void invalidate() {
        lookupCache.clear();
        exceptionInitKind = 0;
        hashKind = 0;
        stable.invalidate();
        for (java.lang.ref.WeakReference<PyType> r : subclasses) {
            PyType s = r.get();
            if (s != null && s != this) {
                s.invalidate();
            }
        }
    }

    /** The live direct subclasses ({@code __subclasses__()}). */
    @TruffleBoundary
    public List<PyType> getSubclasses() {
        List<PyType> out = new ArrayList<>();
        for (java.lang.ref.WeakReference<PyType> r : subclasses) {
            PyType s = r.get();
            if (s != null && !out.contains(s)) {
                boolean direct = false;
                for (PyType b : s.bases) {
                    direct |= b == this;
                }
                if (direct) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** {@code issubclass(this, other)} by MRO membership. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
