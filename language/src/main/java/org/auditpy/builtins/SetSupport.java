package org.auditpy.builtins;

import org.auditpy.runtime.Comparisons.Op;
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

/**
 * The set algebra of Objects/setobject.c (3.11) over {@link PySet}'s table, and the set operators of the dict
 * key and item views (Objects/dictobject.c). Each operation builds its result the way CPython's does (which
 * operand it copies, which one it iterates, in which order it adds), because that decides the iteration order
 * of the result.
 */
public final class SetSupport {
    private SetSupport() {
    }

    static PyType setType() {
        return PythonContext.get().types().set;
    }

    /**
     * {@code a | b}, {@code a & b}, {@code a - b}, {@code a ^ b} of two sets or frozensets of the builtin types, as
     * their {@code __or__}/{@code __and__}/{@code __sub__}/{@code __xor__} compute them (for Arithmetic's builtin
     * operators, which skip the lookup and call of those methods); null for any other operator.
     */
    public static PySet binaryOperator(PySet a, PySet b, org.auditpy.runtime.Arithmetic.BinOp op) {
        switch (op) {
            case OR:
                return or(a, b);
            case AND:
                return intersection(a, b);
            case SUB:
                return difference(a, b);
            case XOR:
                return symmetricDifference(a, b);
            default:
                return null;
        }
    }

    static PyType frozenType() {
        return PythonContext.get().types().frozenset;
    }

    /** The builtin type of results of operations on {@code s}: set or frozenset (make_new_set_basetype). */
    static PyType resultType(PySet s) {
        PyType t = s.getPythonClass();
        PythonContext ctx = PythonContext.get();
        if (t == ctx.types().set || t == ctx.types().frozenset) {
            return t;
        }
        return t.isSubtypeOf(ctx.types().set) ? ctx.types().set : ctx.types().frozenset;
    }

    /** True for keys and items views (PyDictViewSet_Check). */
    static boolean isSetView(Object o) {
        return o instanceof PyDictView v && v.getKind() != Kind.VALUES;
    }

    /** The elements of a view or any iterable, in iteration order. */
    @TruffleBoundary
    static Object[] elements(Object o) {
        if (o instanceof PySet s) {
            return s.toArray();
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

    /** make_new_set: a set or frozenset of type {@code t} holding the elements of {@code iterable} (or none). */
    @TruffleBoundary
    static PySet newSet(PyType t, Object iterable) {
        PySet s = new PySet(t);
        if (iterable != null) {
            s.update(iterable);
        }
        return s;
    }

    /** set_copy: a new set (or frozenset, for a frozenset) with the table of {@code so} (set_merge). */
    @TruffleBoundary
    static PySet copy(PySet so) {
        return newSet(resultType(so), so);
    }

    /** {@code key in so} with set_contains's retry of a set key as a frozenset. */
    @TruffleBoundary
    static boolean contains(PySet so, Object key) {
        return so.containsOrFrozen(key);
    }

    /** set_discard/set_remove: removes {@code key}, retrying a set key as a frozenset; false if absent. */
    @TruffleBoundary
    static boolean discard(PySet so, Object key) {
        try {
            return so.discard(key);
        } catch (PyException e) {
            return so.discard(PySet.frozenRetryKey(key, e));
        }
    }

    // ------------------------------------------------------------------------------------------ union

    /** set_union: a copy of {@code so} updated with each of {@code others} ({@code so} itself skipped). */
    @TruffleBoundary
    static PySet union(PySet so, Object[] others) {
        PySet result = copy(so);
        for (Object o : others) {
            if (o != so) {
                result.update(o);
            }
        }
        return result;
    }

    /** set_or, for two sets: a copy of {@code so} updated with {@code other}. */
    @TruffleBoundary
    static PySet or(PySet so, PySet other) {
        PySet result = copy(so);
        if (other != so) {
            result.update(other);
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------ intersection

    /**
     * set_intersection: against a set, the elements of the smaller one (the other one on a tie) found in the
     * larger, added in the smaller's order; against another iterable, its elements found in {@code so}, in
     * its order, stopping once the result is as large as {@code so}.
     */
    @TruffleBoundary
    static PySet intersection(PySet so, Object other) {
        if (other == so) {
            return copy(so);
        }
        PySet result = new PySet(resultType(so));
        if (other instanceof PySet os) {
            PySet big = so;
            PySet small = os;
            if (os.size() > so.size()) {
                big = os;
                small = so;
            }
            for (int i = 0; i < small.tableSize(); i++) {
                Object k = small.keyAt(i);
                if (k != null) {
                    long h = small.hashAt(i);
                    if (big.containsEntry(k, h)) {
                        result.addEntry(k, h);
                    }
                }
            }
            return result;
        }
        Object it = PyOps.getIter(other);
        Object k;
        while ((k = PyOps.next(it)) != null) {
            long h = PyOps.hash(k);
            if (so.containsEntry(k, h)) {
                result.addEntry(k, h);
                if (result.size() >= so.size()) {
                    break;
                }
            }
        }
        return result;
    }

    /** set_intersection_multi: {@code so} intersected with each of {@code others} in turn (a copy for none). */
    @TruffleBoundary
    static PySet intersectionMulti(PySet so, Object[] others) {
        if (others.length == 0) {
            return copy(so);
        }
        PySet result = so;
        for (Object o : others) {
            result = intersection(result, o);
        }
        return result;
    }

    /** set_intersection_update(_multi): {@code so} takes the table of the intersection. */
    @TruffleBoundary
    static void intersectionUpdate(PySet so, Object[] others) {
        PySet tmp = intersectionMulti(so, others);
        so.swapBodies(tmp);
    }

    /** set_isdisjoint. */
    @TruffleBoundary
    static boolean isDisjoint(PySet so, Object other) {
        if (other == so) {
            return so.size() == 0;
        }
        PythonContext ctx = PythonContext.get();
        if (other instanceof PySet os && (os.getPythonClass() == ctx.types().set || os.getPythonClass() == ctx.types().frozenset)) {
            PySet big = so;
            PySet small = os;
            if (os.size() > so.size()) {
                big = os;
                small = so;
            }
            for (int i = 0; i < small.tableSize(); i++) {
                Object k = small.keyAt(i);
                if (k != null && big.containsEntry(k, small.hashAt(i))) {
                    return false;
                }
            }
            return true;
        }
        Object it = PyOps.getIter(other);
        Object k;
        while ((k = PyOps.next(it)) != null) {
            if (so.contains(k)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------ difference

    /**
     * set_difference_update_internal: removes the elements of {@code other} from {@code so} (all of them when
     * it is {@code so}); a set more than 8 times larger is first intersected with {@code so}. Rebuilds the
     * table when more than a quarter of it are dummies.
     */
    @TruffleBoundary
    static void differenceUpdate(PySet so, Object other) {
        if (other == so) {
            so.clear();
            return;
        }
        if (other instanceof PySet os) {
            if ((os.size() >> 3) > so.size()) {
                os = intersection(so, os);
            }
            for (int i = 0; i < os.tableSize(); i++) {
                Object k = os.keyAt(i);
                if (k != null) {
                    so.discardEntry(k, os.hashAt(i));
                }
            }
        } else {
            Object it = PyOps.getIter(other);
            Object k;
            while ((k = PyOps.next(it)) != null) {
                so.discard(k);
            }
        }
        so.compactAfterDeletes();
    }

    /** set_copy_and_difference. */
    @TruffleBoundary
    static PySet copyAndDifference(PySet so, Object other) {
        PySet result = copy(so);
        differenceUpdate(result, other);
        return result;
    }

    /**
     * set_difference: a copy of {@code so} with {@code other}'s elements removed when {@code other} is neither a
     * set nor an exact dict, or is less than a quarter of {@code so}'s size; otherwise the elements of {@code so}
     * not in {@code other}, added in {@code so}'s order to a new set.
     */
    @TruffleBoundary
    static PySet difference(PySet so, Object other) {
        PyDict dict = other instanceof PyDict d && d.getPythonClass() == PythonContext.get().types().dict ? d : null;
        int otherSize;
        if (other instanceof PySet os) {
            otherSize = os.size();
        } else if (dict != null) {
            otherSize = dict.size();
        } else {
            return copyAndDifference(so, other);
        }
        if ((so.size() >> 2) > otherSize) {
            return copyAndDifference(so, other);
        }
        PySet result = new PySet(resultType(so));
        for (int i = 0; i < so.tableSize(); i++) {
            Object k = so.keyAt(i);
            if (k != null) {
                long h = so.hashAt(i);
                boolean in = dict != null ? dict.getItem(k, h) != null : ((PySet) other).containsEntry(k, h);
                if (!in) {
                    result.addEntry(k, h);
                }
            }
        }
        return result;
    }

    /** set_difference_multi: the difference with the first of {@code others}, then the rest removed from it. */
    @TruffleBoundary
    static PySet differenceMulti(PySet so, Object[] others) {
        if (others.length == 0) {
            return copy(so);
        }
        PySet result = difference(so, others[0]);
        for (int i = 1; i < others.length; i++) {
            differenceUpdate(result, others[i]);
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------ symmetric difference

    /**
     * set_symmetric_difference_update: for each element of {@code other} (an exact dict's keys, a set's table, or
     * a new set of any other iterable's elements), removes it from {@code so} if present, else adds it.
     */
    @TruffleBoundary
    static void symmetricDifferenceUpdate(PySet so, Object other) {
        if (other == so) {
            so.clear();
            return;
        }
        if (other instanceof PyDict d && d.getPythonClass() == PythonContext.get().types().dict) {
            for (int i = 0; i < d.entrySlots(); i++) {
                Object k = d.keyAt(i);
                if (k != null) {
                    long h = d.hashAt(i);
                    if (!so.discardEntry(k, h)) {
                        so.addEntry(k, h);
                    }
                }
            }
            return;
        }
        PySet os = other instanceof PySet s ? s : newSet(resultType(so), other);
        for (int i = 0; i < os.tableSize(); i++) {
            Object k = os.keyAt(i);
            if (k != null) {
                long h = os.hashAt(i);
                if (!so.discardEntry(k, h)) {
                    so.addEntry(k, h);
                }
            }
        }
    }

    /** set_symmetric_difference: a new set of {@code other}'s elements, symmetric-difference-updated with {@code so}. */
    @TruffleBoundary
    static PySet symmetricDifference(PySet so, Object other) {
        PySet result = newSet(resultType(so), other);
        symmetricDifferenceUpdate(result, so);
        return result;
    }

    // ------------------------------------------------------------------------------------------ comparisons

    /** set_issubset: every element of {@code so} in {@code other} (made a set first unless it is one). */
    @TruffleBoundary
    static boolean isSubset(PySet so, Object other) {
        if (!(other instanceof PySet os)) {
            return isSubset(so, newSet(setType(), other));
        }
        if (so.size() > os.size()) {
            return false;
        }
        for (int i = 0; i < so.tableSize(); i++) {
            Object k = so.keyAt(i);
            if (k != null && !os.containsEntry(k, so.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** set_issuperset. */
    @TruffleBoundary
    static boolean isSuperset(PySet so, Object other) {
        if (!(other instanceof PySet os)) {
            return isSuperset(so, newSet(setType(), other));
        }
        return isSubset(os, so);
    }

    /** set_richcompare against another set or frozenset (subset tests; NE negates EQ). */
    @TruffleBoundary
    static boolean richCompare(PySet v, PySet w, Op op) {
        return switch (op) {
            case EQ -> equalSets(v, w);
            case NE -> !equalSets(v, w);
            case LE -> isSubset(v, w);
            case GE -> isSuperset(v, w);
            case LT -> v.size() < w.size() && isSubset(v, w);
            case GT -> v.size() > w.size() && isSuperset(v, w);
        };
    }

    private static boolean equalSets(PySet v, PySet w) {
        if (v.size() != w.size()) {
            return false;
        }
        if (v.cachedHash() != -1 && w.cachedHash() != -1 && v.cachedHash() != w.cachedHash()) {
            return false;
        }
        return isSubset(v, w);
    }

    /** The repr body {@code {1, 2}}. */
    @TruffleBoundary
    static String reprItems(Object[] items) {
        return "{" + TypeSupport.joinReprs(items, items.length) + "}";
    }

    static RuntimeException keyErrorEmpty() {
        return PyErrors.keyError("pop from an empty set");
    }

    // ------------------------------------------------------------------------------------------ dict views

    /** dictviews_to_set: a new set of the elements of {@code self} (of the dict itself for an exact dict's keys). */
    @TruffleBoundary
    static PySet viewToSet(Object self) {
        Object left = self;
        if (self instanceof PyDictView v && v.getKind() == Kind.KEYS && v.getDict().getPythonClass() == PythonContext.get().types().dict) {
            left = v.getDict();
        }
        return newSet(setType(), left);
    }

    /** dictviews_or: {@code self}'s elements as a new set, updated with {@code other}. */
    @TruffleBoundary
    static PySet viewOr(Object self, Object other) {
        PySet result = viewToSet(self);
        result.update(other);
        return result;
    }

    /** dictviews_sub: {@code self}'s elements as a new set, difference-updated with {@code other}. */
    @TruffleBoundary
    static PySet viewSub(Object self, Object other) {
        PySet result = viewToSet(self);
        differenceUpdate(result, other);
        return result;
    }

    /**
     * dictviews_xor: two items views by dictitems_xor; else {@code self}'s elements as a new set, symmetric-
     * difference-updated with {@code other}.
     */
    @TruffleBoundary
    static PySet viewXor(Object self, Object other) {
        if (self instanceof PyDictView a && a.getKind() == Kind.ITEMS && other instanceof PyDictView b && b.getKind() == Kind.ITEMS) {
            return itemsXor(a.getDict(), b.getDict());
        }
        PySet result = viewToSet(self);
        symmetricDifferenceUpdate(result, other);
        return result;
    }

    /**
     * dictitems_xor: the pairs of {@code d2} whose key is absent from (or whose value differs in) {@code d1},
     * in {@code d2}'s order, then the pairs of {@code d1} whose key {@code d2} lacks or maps elsewhere.
     */
    private static PySet itemsXor(PyDict d1, PyDict d2) {
        PyDict temp = PyDict.create();
        temp.putAll(d1);
        PySet result = new PySet(setType());
        for (int i = 0; i < d2.entrySlots(); i++) {
            Object k = d2.keyAt(i);
            if (k == null) {
                continue;
            }
            long h = d2.hashAt(i);
            Object v2 = d2.valueAt(i);
            Object v1 = temp.getItem(k, h);
            if (v1 != null && (PyOps.identical(v1, v2) || PyOps.equals(v1, v2))) {
                temp.removeItem(k);
            } else {
                result.add(PyTuple.of(k, v2));
            }
        }
        Object[] ks = temp.keysArray();
        Object[] vs = temp.valuesArray();
        for (int i = 0; i < ks.length; i++) {
            result.add(PyTuple.of(ks[i], vs[i]));
        }
        return result;
    }

    /**
     * _PyDictView_Intersect: with an exact set at least as large as the view, that set's {@code intersection}
     * with the view; otherwise the elements of the other operand (of the smaller view, for two views) found
     * in the view, in that operand's order.
     */
    @TruffleBoundary
    static PySet viewAnd(Object self, Object other) {
        if (!isSetView(self)) {
            Object tmp = other;
            other = self;
            self = tmp;
        }
        PyDictView view = (PyDictView) self;
        int lenSelf = view.getDict().size();
        if (other instanceof PySet os && os.getPythonClass() == setType() && lenSelf <= os.size()) {
            return intersectionMulti(os, new Object[]{view});
        }
        if (isSetView(other) && ((PyDictView) other).getDict().size() > lenSelf) {
            PyDictView tmp = (PyDictView) other;
            other = view;
            view = tmp;
        }
        PySet result = new PySet(setType());
        Object it = PyOps.getIter(other);
        Object k;
        while ((k = PyOps.next(it)) != null) {
            if (viewContains(view, k)) {
                result.add(k);
            }
        }
        return result;
    }

    /** {@code key in view} for a keys or items view (dictkeys_contains, dictitems_contains). */
    @TruffleBoundary
    static boolean viewContains(PyDictView v, Object key) {
        PyDict d = v.getDict();
        if (v.getKind() == Kind.KEYS) {
            return d.containsKey(key);
        }
        if (!(key instanceof PyTuple t) || t.size() != 2) {
            return false;
        }
        Object val = d.getItem(t.get(0));
        return val != null && (PyOps.identical(val, t.get(1)) || PyOps.equals(val, t.get(1)));
    }

    /** dictviews_isdisjoint: iterates the shorter operand when the other is set-like. */
    @TruffleBoundary
    static boolean viewIsDisjoint(PyDictView self, Object other) {
        Object a = self;
        Object b = other;
        if (self == other) {
            return self.getDict().size() == 0;
        }
        if (other instanceof PySet || isSetView(other)) {
            long lenOther = PyOps.len(other);
            if (lenOther > self.getDict().size()) {
                a = other;
                b = self;
            }
        }
        Object it = PyOps.getIter(b);
        Object k;
        while ((k = PyOps.next(it)) != null) {
            if (PyOps.contains(a, k)) {
                return false;
            }
        }
        return true;
    }

    /** dictview_richcompare against a set or a keys/items view; null for NotImplemented. */
    @TruffleBoundary
    static Object viewCompare(Object self, Object other, Op op) {
        if (!(other instanceof PySet) && !isSetView(other)) {
            return null;
        }
        long lenSelf = PyOps.len(self);
        long lenOther = PyOps.len(other);
        return switch (op) {
            case EQ -> lenSelf == lenOther && allContainedIn(self, other);
            case NE -> !(lenSelf == lenOther && allContainedIn(self, other));
            case LT -> lenSelf < lenOther && allContainedIn(self, other);
            case LE -> lenSelf <= lenOther && allContainedIn(self, other);
            case GT -> lenSelf > lenOther && allContainedIn(other, self);
            case GE -> lenSelf >= lenOther && allContainedIn(other, self);
        };
    }

    private static boolean allContainedIn(Object self, Object other) {
        Object it = PyOps.getIter(self);
        Object k;
        while ((k = PyOps.next(it)) != null) {
            if (!PyOps.contains(other, k)) {
                return false;
            }
        }
        return true;
    }
}
