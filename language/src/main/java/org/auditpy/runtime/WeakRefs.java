package org.auditpy.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The weak references to an object (CPython's {@code tp_weaklist}), kept for {@code _weakref.getweakrefs} and an
 * instance's {@code __weakref__}, and the rule of which objects can have them ({@code tp_weaklistoffset != 0}).
 *
 * <p>The list is an internal property ({@link #KEY}) of the referent holding the Python weakref objects through Java
 * weak references, so that it keeps neither the weakref objects alive (in CPython a weakref the program dropped is
 * freed at once, and its callback never runs) nor, through them, the referent. Entries of weakref objects the JVM
 * collected are dropped as the list is used.
 */
public final class WeakRefs {
    private WeakRefs() {
    }

    /** The internal property of a referent holding its {@link Holder}. */
    public static final String KEY = "\0weakrefs";

    /**
     * The builtin (non-heap) types whose instances CPython lets have weak references (a {@code tp_weaklistoffset}):
     * types, functions, methods, sets, generators, code objects, modules, locks, and the C types of library modules
     * auditpy writes in Java. Heap classes have them through their {@code __weakref__} descriptor.
     */
    private static final Set<String> BUILTIN_WEAKREFABLE = Set.of("type", "function", "builtin_function_or_method", "method", "set", "frozenset",
                    "generator", "coroutine", "async_generator", "code", "module", "lock", "RLock", "Pattern", "deque", "partial", "Struct", "mmap",
                    "socket", "Connection", "Cursor", "array", "FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom", "TextIOWrapper",
                    "BytesIO", "StringIO");

    /** The weak references to one object, oldest position first (the order of CPython's list). */
    private static final class Holder {
        final ArrayList<WeakReference<PythonObject>> refs = new ArrayList<>(2);
    }

    /**
     * Whether {@code o} can have weak references: an instance of a heap class with a {@code __weakref__} slot (every
     * class without {@code __slots__}, unless a base is int, tuple or bytes, whose instances vary in size; a
     * {@code __slots__} class only when it names {@code __weakref__} or inherits it) or of a builtin type that has a
     * weak-reference list in CPython. Values auditpy keeps unboxed (int, float, str, bool) never can.
     */
    @TruffleBoundary
    public static boolean supports(Object o) {
        if (!(o instanceof PythonObject po) || o instanceof PyNone) {
            return false;
        }
        return typeSupports(po.getPythonClass());
    }

    /** Whether instances of {@code t} can have weak references (see {@link #supports}). */
    @TruffleBoundary
    public static boolean typeSupports(PyType t) {
        for (PyType m : t.getMro()) {
            if (m.isHeapType()) {
                if (m.getDict().getStr("__weakref__") != null) {
                    return true;
                }
            } else if (BUILTIN_WEAKREFABLE.contains(m.getName())) {
                return true;
            }
        }
        return false;
    }

    private static Holder holder(PythonObject referent, boolean create) {
        Object h = referent.getAttributeOrNull(KEY);
        if (h instanceof Holder hd) {
            return hd;
        }
        if (!create) {
            return null;
        }
        Holder hd = new Holder();
        referent.setAttribute(KEY, hd);
        return hd;
    }

    /** The live weakref objects of {@code referent}, in list order (dropping the entries of collected ones). */
    @TruffleBoundary
    public static List<PythonObject> live(Object referent) {
        List<PythonObject> out = new ArrayList<>();
        if (!(referent instanceof PythonObject po)) {
            return out;
        }
        Holder h = holder(po, false);
        if (h == null) {
            return out;
        }
        synchronized (h) {
            for (int i = 0; i < h.refs.size(); i++) {
                PythonObject w = h.refs.get(i).get();
                if (w == null) {
                    h.refs.remove(i--);
                } else {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Puts weakref object {@code wr} at position {@code index} of the live list of {@code referent} (see {@link #live}). */
    @TruffleBoundary
    public static void insert(PythonObject referent, int index, PythonObject wr) {
        Holder h = holder(referent, true);
        synchronized (h) {
            int live = 0;
            int at = h.refs.size();
            for (int i = 0; i < h.refs.size(); i++) {
                if (h.refs.get(i).get() == null) {
                    h.refs.remove(i--);
                    continue;
                }
                if (live == index) {
                    at = i;
                    break;
                }
                live++;
            }
            h.refs.add(Math.min(at, h.refs.size()), new WeakReference<>(wr));
        }
    }

    /** An instance's {@code __weakref__}: the first weakref object of its list, or None (CPython's getter). */
    @TruffleBoundary
    public static Object first(Object referent) {
        List<PythonObject> l = live(referent);
        return l.isEmpty() ? PyNone.NONE : l.get(0);
    }
}
