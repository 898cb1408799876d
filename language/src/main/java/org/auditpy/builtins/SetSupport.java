package org.auditpy.builtins;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyDictView;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyIterator.DictIterator.Kind;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Set algebra shared by set, frozenset and the dict key/item views (Objects/setobject.c). */
final class SetSupport {
    private SetSupport() {
    }

    static PyType setType() {
        return PythonContext.get().types().set;
    }

    static PyType frozenType() {
        return PythonContext.get().types().frozenset;
    }

    /** The builtin type of results of operations on {@code s}: set or frozenset. */
    static PyType resultType(PySet s) {
        return s.isFrozen() ? frozenType() : setType();
    }

    /** True for set, frozenset and keys/items views (operands of the set operators). */
    static boolean isSetLike(Object o) {
        return o instanceof PySet || o instanceof PyDictView v && v.getKind() != Kind.VALUES;
    }

    /** The elements of any iterable (the items of a view, the keys of a dict). */
    @TruffleBoundary
    static Object[] elements(Object o) {
        if (o instanceof PySet s) {
            return s.keysArray();
        }
        if (o instanceof PyDictView v) {
            PyDict d = v.getDict();
            if (v.getKind() == Kind.KEYS) {
                return d.keysArray();
            }
            if (v.getKind() == Kind.VALUES) {
                return d.valuesArray();
            }
            Object[] k = d.keysArray();
            Object[] vals = d.valuesArray();
            Object[] r = new Object[k.length];
            for (int i = 0; i < k.length; i++) {
                r[i] = PyTuple.of(k[i], vals[i]);
            }
            return r;
        }
        return PyOps.toArray(o);
    }

    @TruffleBoundary
    static PySet build(PyType t, Object[] items) {
        PySet s = new PySet(t);
        for (Object o : items) {
            s.add(o);
        }
        return s;
    }

    /** A set view of {@code o} for membership tests (itself when already a set). */
    @TruffleBoundary
    static PySet asSet(Object o) {
        if (o instanceof PySet s) {
            return s;
        }
        return build(setType(), elements(o));
    }

    /** {@code key in s}, retrying an unhashable set key as a frozenset (set_contains). */
    @TruffleBoundary
    static boolean contains(PySet s, Object key) {
        try {
            return s.containsKey(key);
        } catch (PyException e) {
            if (key instanceof PySet k && !k.isFrozen() && PyOps.isException(e, "TypeError")) {
                return s.containsKey(build(frozenType(), k.keysArray()));
            }
            throw e;
        }
    }

    @TruffleBoundary
    static boolean remove(PySet s, Object key) {
        try {
            return s.removeItem(key) != null;
        } catch (PyException e) {
            if (key instanceof PySet k && !k.isFrozen() && PyOps.isException(e, "TypeError")) {
                return s.removeItem(build(frozenType(), k.keysArray())) != null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    static PySet union(PyType t, Object a, Object b) {
        PySet r = build(t, elements(a));
        for (Object o : elements(b)) {
            r.add(o);
        }
        return r;
    }

    @TruffleBoundary
    static PySet intersection(PyType t, Object a, Object b) {
        PySet sb = asSet(b);
        PySet r = new PySet(t);
        for (Object o : elements(a)) {
            if (sb.containsKey(o)) {
                r.add(o);
            }
        }
        return r;
    }

    @TruffleBoundary
    static PySet difference(PyType t, Object a, Object b) {
        PySet sb = asSet(b);
        PySet r = new PySet(t);
        for (Object o : elements(a)) {
            if (!sb.containsKey(o)) {
                r.add(o);
            }
        }
        return r;
    }

    @TruffleBoundary
    static PySet symmetricDifference(PyType t, Object a, Object b) {
        PySet sa = asSet(a);
        PySet sb = asSet(b);
        PySet r = new PySet(t);
        for (Object o : sa.keysArray()) {
            if (!sb.containsKey(o)) {
                r.add(o);
            }
        }
        for (Object o : sb.keysArray()) {
            if (!sa.containsKey(o)) {
                r.add(o);
            }
        }
        return r;
    }

    @TruffleBoundary
    static boolean isSubset(Object a, Object b) {
        PySet sb = asSet(b);
        Object[] ea = elements(a);
        if (a instanceof PySet && ea.length > sb.size()) {
            return false;
        }
        for (Object o : ea) {
            if (!sb.containsKey(o)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    static boolean isDisjoint(Object a, Object b) {
        PySet sa = asSet(a);
        for (Object o : elements(b)) {
            if (sa.containsKey(o)) {
                return false;
            }
        }
        return true;
    }

    /** Rich comparison as subset tests; null for NotImplemented. */
    @TruffleBoundary
    static Object compare(Object a, Object b, org.auditpy.runtime.Comparisons.Op op) {
        if (!isSetLike(b)) {
            return null;
        }
        int na = elements(a).length;
        int nb = elements(b).length;
        return switch (op) {
            case EQ -> na == nb && isSubset(a, b);
            case NE -> !(na == nb && isSubset(a, b));
            case LE -> isSubset(a, b);
            case LT -> na < nb && isSubset(a, b);
            case GE -> isSubset(b, a);
            case GT -> na > nb && isSubset(b, a);
        };
    }

    /** The repr body {@code {1, 2}}. */
    @TruffleBoundary
    static String reprItems(Object[] items) {
        return "{" + TypeSupport.joinReprs(items, items.length) + "}";
    }

    @TruffleBoundary
    static long frozenHash(PySet s) {
        long hash = 0;
        for (Object o : s.keysArray()) {
            long h = PyOps.hash(o);
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= ((long) s.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        return hash;
    }

    static RuntimeException keyErrorEmpty() {
        return PyErrors.keyError("pop from an empty set");
    }
}
