package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.auditpy.AuditPyLanguage;
import org.auditpy.builtins.SysModule;
import org.auditpy.runtime.Arithmetic;
import org.auditpy.runtime.Arithmetic.BinOp;
import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.Identity;
import org.auditpy.runtime.ImportSystem;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;
import org.auditpy.runtime.WeakRefs;

import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * {@code _weakref} (Objects/weakrefobject.c, Modules/_weakref.c): {@code ref} ({@code weakref.ReferenceType}, a
 * class Python code subclasses), {@code proxy} ({@code weakref.ProxyType}, {@code weakref.CallableProxyType}),
 * {@code getweakrefcount}, {@code getweakrefs} and {@code _remove_dead_weakref}, with CPython's messages.
 *
 * <p>A weak reference is a {@link java.lang.ref.WeakReference}: its referent is gone once the JVM's collector found
 * it unreachable, not when its last reference goes away as in CPython. {@code gc.collect()} runs a full collection
 * when the program has weak references ({@link #collect}), so that {@code del x; gc.collect()} leaves
 * {@code r()} None and has run the callbacks, as in CPython. A callback never runs on a JVM thread: the JVM puts
 * the cleared reference on a queue, a daemon thread of this module takes it from there and submits a
 * {@link ThreadLocalAction} to the program's thread, which runs the callback at its next safepoint (where a signal's
 * Python handler would run), or {@code gc.collect()} runs it before returning. An exception from a callback is
 * reported as unraisable ("Exception ignored in: callback"), as CPython's {@code handle_callback}. Callbacks of
 * one collection run newest weakref first (CPython's order for the weakrefs of one object).
 */
final class WeakrefModule {
    private WeakrefModule() {
    }

    /** The queue the JVM puts the cleared references with callbacks on, for all contexts. */
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    /** The daemon thread taking references from {@link #QUEUE}; started with the first callback. */
    private static Thread drainer;
    /** Creation order of weakrefs with callbacks (callbacks of one batch run newest first). */
    private static final AtomicLong SEQ = new AtomicLong();

    /** The weak reference of a Python weakref or proxy; {@code owner} is that Python object when it has a callback. */
    static final class Ref extends WeakReference<Object> {
        final PythonObject owner;
        final State state;
        final long seq;
        /** Set once the callback is on its way (by the queue's thread or by {@link #collect}, whichever sees it first). */
        final AtomicBoolean taken;

        Ref(Object referent, PythonObject owner, State state, boolean queued) {
            super(referent, queued ? QUEUE : null);
            this.owner = queued ? owner : null;
            this.state = queued ? state : null;
            this.seq = queued ? SEQ.incrementAndGet() : 0;
            this.taken = queued ? new AtomicBoolean() : null;
            if (queued) {
                state.register(this);
            }
        }
    }

    /** A {@code weakref.ref} (or subclass) instance. */
    static final class WeakRef extends PythonObject {
        Ref ref;
        Object callback = PyNone.NONE;
        boolean hashed;
        long hash;

        WeakRef(PyType t) {
            super(t);
        }
    }

    /** A {@code weakref.ProxyType} or {@code CallableProxyType} instance. */
    static final class Proxy extends PythonObject {
        Ref ref;
        Object callback = PyNone.NONE;

        Proxy(PyType t) {
            super(t);
        }
    }

    /** Per context: the cleared references whose callbacks wait, and whether weakrefs were made at all. */
    static final class State {
        final PythonContext ctx;
        final ConcurrentLinkedQueue<Ref> pending = new ConcurrentLinkedQueue<>();
        final AtomicBoolean actionPending = new AtomicBoolean();
        PyType refType;
        PyType proxyType;
        PyType callableProxyType;

        State(PythonContext ctx) {
            this.ctx = ctx;
        }

        /**
         * The references with callbacks, held weakly (a weakref the program dropped must not run its callback, as in
         * CPython, where it is freed first): {@link #collect} looks here for the ones the collection cleared, since the
         * JVM puts them on the queue a moment later, on a thread of its own.
         */
        private final ArrayList<WeakReference<Ref>> registry = new ArrayList<>();
        private int purgeAt = 64;

        synchronized void register(Ref r) {
            if (registry.size() >= purgeAt) {
                registry.removeIf(w -> {
                    Ref x = w.get();
                    return x == null || x.taken.get();
                });
                purgeAt = Math.max(64, registry.size() * 2);
            }
            registry.add(new WeakReference<>(r));
        }

        /** The registered references the collector cleared whose callbacks nobody took yet, to {@link #pending}. */
        synchronized void takeCleared() {
            for (int i = 0; i < registry.size(); i++) {
                Ref r = registry.get(i).get();
                if (r == null || r.taken.get()) {
                    registry.remove(i--);
                } else if (r.refersTo(null) && r.taken.compareAndSet(false, true)) {
                    pending.add(r);
                    registry.remove(i--);
                }
            }
        }

        /**
         * Called on the drainer thread: the reference was cleared; its callback waits for the program's thread. Taking
         * it and queueing it are one step under this state's lock, as in {@link #takeCleared}: otherwise a
         * {@code gc.collect()} could see it taken but not yet pending and return before its callback ran.
         */
        void arrived(Ref r) {
            synchronized (this) {
                if (!r.taken.compareAndSet(false, true)) {
                    return;
                }
                pending.add(r);
            }
            if (!actionPending.compareAndSet(false, true)) {
                return;
            }
            Thread t = ctx.signals().getMainThread();
            if (t == null) {
                actionPending.set(false);
                return;
            }
            try {
                ctx.getEnv().submitThreadLocal(new Thread[]{t}, new CallbackAction(this));
            } catch (IllegalStateException e) {
                // the context is closed
                actionPending.set(false);
                pending.clear();
            }
        }

        /** Runs the waiting callbacks in the current (program's) thread, newest weakref first. */
        void runPending() {
            List<Ref> batch = new ArrayList<>();
            for (Ref r; (r = pending.poll()) != null;) {
                batch.add(r);
            }
            batch.sort((a, b) -> Long.compare(b.seq, a.seq));
            for (Ref r : batch) {
                Object cb;
                if (r.owner instanceof WeakRef w) {
                    cb = w.callback;
                    w.callback = PyNone.NONE;
                } else {
                    Proxy p = (Proxy) r.owner;
                    cb = p.callback;
                    p.callback = PyNone.NONE;
                }
                if (cb == PyNone.NONE) {
                    continue;
                }
                try {
                    PyOps.callPositional(cb, r.owner);
                } catch (PyException e) {
                    SysModule.writeUnraisable(e.getPyException(), null, cb);
                }
            }
        }
    }

    /** The program thread's side of {@link State#arrived}: runs the callbacks at a safepoint in Python code. */
    private static final class CallbackAction extends ThreadLocalAction {
        private final State state;

        CallbackAction(State state) {
            super(true, false);
            this.state = state;
        }

        @Override
        protected void perform(Access access) {
            state.actionPending.set(false);
            Node location = access.getLocation();
            RootNode root = location == null ? null : location.getRootNode();
            if (root == null || root.getLanguageInfo() == null || !AuditPyLanguage.ID.equals(root.getLanguageInfo().getId())) {
                // entering or leaving the context: they wait for gc.collect() or the next collection
                return;
            }
            state.runPending();
        }
    }

    private static synchronized void startDrainer() {
        if (drainer != null) {
            return;
        }
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Reference<?> r = QUEUE.remove();
                    if (r instanceof Ref ref) {
                        ref.state.arrived(ref);
                    }
                } catch (InterruptedException e) {
                    // keep draining: the thread lives as long as the process
                } catch (RuntimeException e) {
                    // a context in an unexpected state: its callback is lost, the others still run
                }
            }
        }, "auditpy weakref callbacks");
        t.setDaemon(true);
        t.start();
        drainer = t;
    }

    static State state(PythonContext ctx) {
        return ctx.shimState(State.class, () -> new State(ctx));
    }

    /**
     * {@code gc.collect()}'s part: when the program made weak references, a full collection of the JVM (which
     * clears the references to unreachable objects), then the callbacks of the references it cleared run here,
     * before {@code gc.collect()} returns.
     */
    static void collect(PythonContext ctx) {
        State st = ctx.peekShimState(State.class);
        if (st == null) {
            return;
        }
        System.gc();
        st.takeCleared();
        st.runPending();
    }

    // ---- helpers

    private static Object referentOf(Ref r) {
        Object o = r == null ? null : r.get();
        return o;
    }

    private static PyException cannotRef(Object o) {
        return PyErrors.typeError("cannot create weak reference to '" + PyOps.typeName(o) + "' object");
    }

    private static WeakRef wref(Object o) {
        if (o instanceof WeakRef w) {
            return w;
        }
        throw PyErrors.typeError("descriptor requires a 'weakref.ReferenceType' object but received a '" + PyOps.typeName(o) + "'");
    }

    /** The referent of a proxy, or ReferenceError when it is gone (CPython's proxy_check_ref). */
    private static Object live(Object proxy) {
        if (proxy instanceof Proxy p) {
            Object o = referentOf(p.ref);
            if (o == null) {
                throw PyErrors.raise("ReferenceError", "weakly-referenced object no longer exists");
            }
            return o;
        }
        return proxy;
    }

    /** CPython's UNWRAP: a proxy operand stands for its referent. */
    private static Object unwrap(Object o) {
        return o instanceof Proxy ? live(o) : o;
    }

    private static String addr(Object o) {
        return "0x" + String.format("%016x", Identity.id(o));
    }

    private static String reprTo(String kind, Object self, Object o) {
        if (o == null) {
            return "<" + kind + " at " + addr(self) + "; dead>";
        }
        String s = "<" + kind + " at " + addr(self) + "; to '" + PyOps.typeName(o) + "' at " + addr(o);
        Object name = null;
        try {
            name = PyOps.getAttributeOrNull(o, "__name__");
        } catch (PyException e) {
            // CPython's _PyObject_LookupSpecial: an error means no name
        }
        return name instanceof String n ? s + " (" + n + ")>" : s + ">";
    }

    /** {@code ref.__new__(type, ob, callback=None)}: a basic ref (exact type, no callback) is shared. */
    private static Object newRef(State st, PyType type, Object ob, Object callback) {
        if (!WeakRefs.supports(ob)) {
            throw cannotRef(ob);
        }
        PythonObject po = (PythonObject) ob;
        boolean basic = callback == PyNone.NONE && type == st.refType;
        List<PythonObject> list = WeakRefs.live(po);
        int basics = 0;
        for (PythonObject w : list) {
            if (w instanceof WeakRef r && r.getPythonClass() == st.refType && r.callback == PyNone.NONE && basics == 0) {
                if (basic) {
                    return r;
                }
                basics++;
            } else if (w instanceof Proxy p && p.callback == PyNone.NONE) {
                basics++;
            } else {
                break;
            }
        }
        WeakRef w = new WeakRef(type);
        w.callback = callback;
        w.ref = new Ref(ob, w, st, callback != PyNone.NONE);
        if (callback != PyNone.NONE) {
            startDrainer();
        }
        WeakRefs.insert(po, basic ? 0 : basics, w);
        return w;
    }

    private static Object newProxy(State st, Object ob, Object callback) {
        if (!WeakRefs.supports(ob)) {
            throw cannotRef(ob);
        }
        PythonObject po = (PythonObject) ob;
        boolean callable = org.auditpy.builtins.BuiltinFunctions.isCallable(ob);
        PyType t = callable ? st.callableProxyType : st.proxyType;
        List<PythonObject> list = WeakRefs.live(po);
        int basics = 0;
        for (PythonObject w : list) {
            if (w instanceof WeakRef r && r.getPythonClass() == st.refType && r.callback == PyNone.NONE && basics == 0) {
                basics++;
            } else if (w instanceof Proxy p && p.callback == PyNone.NONE) {
                if (callback == PyNone.NONE) {
                    return p;
                }
                basics++;
            } else {
                break;
            }
        }
        Proxy p = new Proxy(t);
        p.callback = callback;
        p.ref = new Ref(ob, p, st, callback != PyNone.NONE);
        if (callback != PyNone.NONE) {
            startDrainer();
        }
        WeakRefs.insert(po, basics, p);
        return p;
    }

    private static PyType newType(PythonContext ctx, String name) {
        PyType t = new PyType(ctx.types().type, name, new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER,
                        false);
        t.computeMro(ctx.types().object);
        t.getDict().setStr("__module__", "weakref");
        return t;
    }

    /** The functions of {@link #create}, each made at its first call ({@link Fns.Lazy}). */
    private static final class Functions implements Fns.Table {
        private final State st;

        Functions(State st) {
            this.st = st;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    WeakRef w = wref(a[0]);
                    Object o = referentOf(w.ref);
                    return o == null ? PyNone.NONE : o;
                }; // ref.__call__
                case 1 -> a -> {
                    WeakRef w = wref(a[0]);
                    if (!w.hashed) {
                        Object o = referentOf(w.ref);
                        if (o == null) {
                            throw PyErrors.typeError("weak object has gone away");
                        }
                        w.hash = PyOps.hash(o);
                        w.hashed = true;
                    }
                    return w.hash;
                }; // ref.__hash__
                case 2 -> a -> refCompare(a[0], a[1], Comparisons.Op.EQ); // ref.__eq__
                case 3 -> a -> refCompare(a[0], a[1], Comparisons.Op.NE); // ref.__ne__
                case 4 -> a -> reprTo("weakref", a[0], referentOf(wref(a[0]).ref)); // ref.__repr__
                case 5 -> a -> {
                    Object o = a[0];
                    return WeakRefs.supports(o) ? (long) WeakRefs.live(o).size() : 0L;
                }; // getweakrefcount
                case 6 -> a -> {
                    Object o = a[0];
                    return WeakRefs.supports(o) ? PyList.of(WeakRefs.live(o).toArray()) : new PyList(st.ctx.types().list);
                }; // getweakrefs
                case 7 -> a -> {
                    // _remove_dead_weakref(dict, key): del dict[key] if its value is a dead weakref
                    if (!(a[0] instanceof PyDict d)) {
                        throw PyErrors.typeError("_remove_dead_weakref() argument 1 must be dict, not " + PyOps.typeName(a[0]));
                    }
                    Object v = d.getItem(a[1]);
                    if (v == null) {
                        throw PyErrors.keyError(a[1]);
                    }
                    if (v instanceof WeakRef w && referentOf(w.ref) == null) {
                        d.removeItem(a[1]);
                    }
                    return PyNone.NONE;
                }; // _remove_dead_weakref
                case 8 -> a -> newProxy(st, a[0], Fns.or(a[1], PyNone.NONE)); // proxy
                case 9 -> a -> {
                    // proxy_repr: no name, and a dead proxy's referent is None
                    Object o = referentOf(((Proxy) a[0]).ref);
                    Object to = o == null ? PyNone.NONE : o;
                    return "<weakproxy at " + addr(a[0]) + " to " + PyOps.typeName(to) + " at " + addr(to) + ">";
                }; // proxy.__repr__
                case 10 -> a -> {
                    WeakRef w = wref(a[0]);
                    return w.callback;
                }; // ref.__callback__
                case 11 -> a -> {
                    Object ga = PyOps.getAttribute(ImportSystem.importModule("types", null, null, 0, true), "GenericAlias");
                    return PyOps.callPositional(ga, a[0], a[1]);
                }; // ref.__class_getitem__
                default -> throw new IllegalArgumentException("Functions " + op);
            };
        }
    }

    /** {@code ref.__eq__}/{@code __ne__}: referents compared while both live, else identity (weakref_richcompare). */
    private static Object refCompare(Object self, Object other, Comparisons.Op op) {
        if (!(self instanceof WeakRef a) || !(other instanceof WeakRef b)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        Object x = referentOf(a.ref);
        Object y = referentOf(b.ref);
        if (x == null || y == null) {
            boolean same = a == b;
            return op == Comparisons.Op.EQ ? same : !same;
        }
        return Comparisons.richCompare(x, y, op);
    }

    static PyModule create(PythonContext ctx) {
        State st = state(ctx);
        Functions fns = new Functions(st);
        PyModule m = Fns.module(ctx, "_weakref");
        PyDict ns = m.getDict();
        ns.setStr("__doc__", "Weak-reference support module.");

        PyType refT = newType(ctx, "ReferenceType");
        st.refType = refT;
        Fns.staticMethod(ctx, refT, "__new__", "cls, ob, callback=, /, *args, **kwargs", a -> {
            if (!(a[0] instanceof PyType t) || !t.isSubtypeOf(refT)) {
                throw PyErrors.typeError("ReferenceType.__new__(X): X is not a subtype of ReferenceType");
            }
            return newRef(st, t, a[1], Fns.or(a[2], PyNone.NONE));
        });
        Fns.method(ctx, refT, "__init__", "self, ob, callback=, /, *args, **kwargs", a -> PyNone.NONE);
        Fns.method(ctx, refT, "__call__", "self", fns.lazy(0));
        Fns.method(ctx, refT, "__hash__", "self", fns.lazy(1));
        Fns.method(ctx, refT, "__eq__", "self, other, /", fns.lazy(2));
        Fns.method(ctx, refT, "__ne__", "self, other, /", fns.lazy(3));
        Fns.method(ctx, refT, "__repr__", "self", fns.lazy(4));
        Fns.Impl cgi = fns.lazy(11);
        refT.getDict().setStr("__class_getitem__",
                        new Descriptors.ClassMethod(ctx.types().classmethod, Fns.fn(ctx, "ReferenceType.__class_getitem__", false, "cls, item, /", cgi)));
        Fns.Impl cbGet = fns.lazy(10);
        refT.getDict().setStr("__callback__", new Descriptors.GetSet(ctx.types().getsetDescriptor, "__callback__", refT, o -> cbGet.call(new Object[]{o}),
                        null, null).asMember());
        ns.setStr("ref", refT);
        ns.setStr("ReferenceType", refT);

        st.proxyType = proxyType(ctx, fns, "ProxyType", false);
        st.callableProxyType = proxyType(ctx, fns, "CallableProxyType", true);
        ns.setStr("ProxyType", st.proxyType);
        ns.setStr("CallableProxyType", st.callableProxyType);

        def(ctx, ns, "getweakrefcount", "object, /", fns.lazy(5));
        def(ctx, ns, "getweakrefs", "object, /", fns.lazy(6));
        def(ctx, ns, "_remove_dead_weakref", "dct, key, /", fns.lazy(7));
        def(ctx, ns, "proxy", "object, callback=, /", fns.lazy(8));
        return m;
    }

    /** The proxy types: attribute access, operators and protocols forwarded to the referent (Objects/weakrefobject.c). */
    private static PyType proxyType(PythonContext ctx, Fns.Table fns, String name, boolean callable) {
        PyType t = newType(ctx, name);
        // about 70 methods: made when a program first uses the type (import weakref does not)
        t.deferInit(new PyType.DeferredInit(() -> fillProxyType(ctx, fns, t, callable)));
        return t;
    }

    private static void fillProxyType(PythonContext ctx, Fns.Table fns, PyType t, boolean callable) {
        Fns.method(ctx, t, "__repr__", "self", fns.lazy(9));
        Fns.method(ctx, t, "__getattribute__", "self, name, /", a -> PyOps.getAttribute(live(a[0]), attrName(a[1])));
        Fns.method(ctx, t, "__setattr__", "self, name, value, /", a -> {
            PyOps.setAttribute(live(a[0]), attrName(a[1]), a[2]);
            return PyNone.NONE;
        });
        Fns.method(ctx, t, "__delattr__", "self, name, /", a -> {
            PyOps.deleteAttribute(live(a[0]), attrName(a[1]));
            return PyNone.NONE;
        });
        Fns.method(ctx, t, "__str__", "self", a -> PyOps.str(live(a[0])));
        Fns.method(ctx, t, "__bytes__", "self", a -> PyOps.callMethod(live(a[0]), "__bytes__"));
        Fns.method(ctx, t, "__reversed__", "self", a -> PyOps.callMethod(live(a[0]), "__reversed__"));
        Fns.method(ctx, t, "__bool__", "self", a -> PyOps.isTrue(live(a[0])));
        Fns.method(ctx, t, "__len__", "self", a -> PyOps.len(live(a[0])));
        Fns.method(ctx, t, "__iter__", "self", a -> PyOps.getIter(live(a[0])));
        Fns.method(ctx, t, "__next__", "self", a -> {
            Object o = live(a[0]);
            if (PyOps.typeOf(o).lookup("__next__") == null) {
                throw PyErrors.typeError("Weakref proxy referenced a non-iterator '" + PyOps.typeName(o) + "' object");
            }
            return PyOps.callMethod(o, "__next__");
        });
        Fns.method(ctx, t, "__getitem__", "self, key, /", a -> PyOps.getItem(live(a[0]), unwrap(a[1])));
        Fns.method(ctx, t, "__setitem__", "self, key, value, /", a -> {
            PyOps.setItem(live(a[0]), unwrap(a[1]), unwrap(a[2]));
            return PyNone.NONE;
        });
        Fns.method(ctx, t, "__delitem__", "self, key, /", a -> {
            PyOps.delItem(live(a[0]), unwrap(a[1]));
            return PyNone.NONE;
        });
        Fns.method(ctx, t, "__contains__", "self, key, /", a -> PyOps.contains(live(a[0]), unwrap(a[1])));
        for (BinOp op : BinOp.values()) {
            Fns.method(ctx, t, op.method, "self, other, /", a -> Arithmetic.binary(unwrap(a[0]), unwrap(a[1]), op));
            Fns.method(ctx, t, op.rmethod, "self, other, /", a -> Arithmetic.binary(unwrap(a[1]), unwrap(a[0]), op));
            Fns.method(ctx, t, op.imethod, "self, other, /", a -> Arithmetic.inplace(unwrap(a[0]), unwrap(a[1]), op));
        }
        for (Comparisons.Op op : Comparisons.Op.values()) {
            Fns.method(ctx, t, op.method, "self, other, /", a -> Comparisons.richCompare(unwrap(a[0]), unwrap(a[1]), op));
        }
        Fns.method(ctx, t, "__neg__", "self", a -> Arithmetic.negate(live(a[0])));
        Fns.method(ctx, t, "__pos__", "self", a -> Arithmetic.positive(live(a[0])));
        Fns.method(ctx, t, "__abs__", "self", a -> Arithmetic.abs(live(a[0])));
        Fns.method(ctx, t, "__invert__", "self", a -> Arithmetic.invert(live(a[0])));
        Fns.method(ctx, t, "__index__", "self", a -> PyOps.index(live(a[0])));
        Fns.method(ctx, t, "__int__", "self", a -> PyOps.callPositional(ctx.types().intType, live(a[0])));
        Fns.method(ctx, t, "__float__", "self", a -> PyOps.callPositional(ctx.types().floatType, live(a[0])));
        Fns.method(ctx, t, "__hash__", "self", a -> {
            throw PyErrors.typeError("unhashable type: '" + PyOps.typeName(a[0]) + "'");
        });
        if (callable) {
            Fns.method(ctx, t, "__call__", "self, *args, **kwargs", a -> org.auditpy.builtins.BuiltinFunctions.callWith(live(a[0]),
                            ((PyTuple) a[1]).items(), (PyDict) a[2]));
        }
    }

    private static String attrName(Object n) {
        if (n instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("attribute name must be string, not '" + PyOps.typeName(n) + "'");
    }
}
