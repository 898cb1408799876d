package org.auditpy.builtins;

import static org.auditpy.builtins.TypeSupport.absent;

import java.util.List;

import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.Comparisons.Op;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySlice;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Sequences;
import org.auditpy.runtime.SliceOps;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Methods of {@code list} (Objects/listobject.c). */
public final class ListBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ListBuiltinsFactory.getFactories();
    }

    @Override
    protected void operators(OperatorBuiltins.Table table) {
        table.richCompare(ListBuiltins::cmp);
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        TypeSupport.unhashable(ns);
    }

    static PyList self(Object o, String name) {
        if (o instanceof PyList l) {
            return l;
        }
        throw TypeSupport.descrError(name, "list", o);
    }

    @TruffleBoundary
    static Object cmp(Object a, Object b, Op op) {
        if (!(a instanceof PyList la) || !(b instanceof PyList lb)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return TypeSupport.compareSeq(la.toArray(), la.size(), lb.toArray(), lb.size(), op);
    }

    /**
     * {@code reversed(l)} (listreviter): the list's items from the last to the first, read directly; it ends when the
     * index falls outside a list that shrank meanwhile. Compiled into its consumer's loop ({@code list(reversed(l))},
     * {@code for x in reversed(l)}: {@link PyIterator.CompilableNext}).
     */
    static final class ReverseIterator extends PyIterator implements PyIterator.CompilableNext {
        private final PyList list;
        private int pos;

        ReverseIterator(PyType cls, PyList list) {
            super(cls);
            this.list = list;
            this.pos = list.size() - 1;
        }

        @Override
        public Object next() {
            if (pos >= 0 && pos < list.size()) {
                return list.get(pos--);
            }
            pos = -1;
            return null;
        }

        @Override
        public Object lengthHint() {
            // listreviter_len
            return (long) (pos >= 0 && pos < list.size() ? pos + 1 : 0);
        }
    }

    /**
     * {@code list(it)} of a list's reverse iterator of the builtin class: the items it has still to give, in a new list
     * of class {@code cls} in the list's storage (ints stay unboxed), and the iterator is exhausted; null for any other
     * iterator.
     */
    public static PyList drainReversed(Object it, PyType cls) {
        if (!(it instanceof ReverseIterator r) || r.getPythonClass().isHeapType()) {
            return null;
        }
        int n = r.pos >= 0 && r.pos < r.list.size() ? r.pos + 1 : 0;
        r.pos = -1;
        return r.list.reversedCopy(cls, n);
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(PythonContext.get().types().list)) {
                throw PyErrors.newArgError("list", cls);
            }
            return new PyList(t);
        }
    }

    @Builtin(name = "__init__", params = {"self", "iterable=", "/"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object iterable) {
            // list___init___impl: the list is emptied first, then extended from the iterable (so list.__init__(a, a)
            // leaves a empty, and an iterable that raises leaves the items it gave)
            PyList l = self(self, "__init__");
            if (iterable instanceof PyList src && !src.getPythonClass().isHeapType() && src != l) {
                l.setCopyOf(src);
            } else if (iterable instanceof PyTuple t && !t.getPythonClass().isHeapType()) {
                l.setValues(Sequences.copyOf(t.items()), t.size());
            } else {
                l.clear();
                if (!absent(iterable)) {
                    Object it = PyOps.getIter(iterable);
                    Object o;
                    while ((o = PyOps.next(it)) != null) {
                        l.append(o);
                    }
                }
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "index", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object index) {
            PyList l = self(self, "__getitem__");
            if (index instanceof PySlice sl) {
                return SliceOps.getSlice(l, sl);
            }
            return l.get(Sequences.normalizeIndex(index, l.size(), "list"));
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "index", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object index, Object value) {
            PyList l = self(self, "__setitem__");
            if (index instanceof PySlice sl) {
                if (value == l) {
                    value = PyList.of(l.toArray());
                }
                SliceOps.setSlice(l, sl, value);
            } else {
                l.set(Sequences.normalizeIndex(index, l.size(), "list assignment"), value);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "index", "/"})
    @GenerateNodeFactory
    abstract static class DelItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object index) {
            PyList l = self(self, "__delitem__");
            if (index instanceof PySlice sl) {
                SliceOps.delSlice(l, sl);
            } else {
                l.removeAt(Sequences.normalizeIndex(index, l.size(), "list assignment"));
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return (long) self(self, "__len__").size();
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return new PyIterator.ListIterator(PythonContext.get().types().listIterator, self(self, "__iter__"));
        }
    }

    @Builtin(name = "__reversed__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return new ReverseIterator(PythonContext.get().types().listReverseIterator, self(self, "__reversed__"));
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            PyList l = self(self, "__contains__");
            for (int i = 0; i < l.size(); i++) {
                Object o = l.get(i);
                if (PyOps.identical(o, key) || PyOps.equals(o, key)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "__add__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class AddNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyList l = self(self, "__add__");
            if (!(other instanceof PyList o)) {
                throw PyErrors.typeError("can only concatenate list (not \"" + PyOps.typeName(other) + "\") to list");
            }
            return PyList.concat(l, o);
        }
    }

    @Builtin(name = "__iadd__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IAddNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyList l = self(self, "__iadd__");
            for (Object o : PyOps.toArray(other)) {
                l.append(o);
            }
            return l;
        }
    }

    @TruffleBoundary
    static Object repeat(PyList l, Object n) {
        long k = Math.max(0, PyOps.repeatCount(n));
        return l.repeat(org.auditpy.runtime.Sequences.repeatedLength(l.size(), k, null));
    }

    @Builtin(name = "__mul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class MulNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object value) {
            return repeat(self(self, "__mul__"), value);
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class RMulNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object value) {
            return repeat(self(self, "__rmul__"), value);
        }
    }

    @Builtin(name = "__imul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class IMulNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            PyList l = self(self, "__imul__");
            Object r = repeat(l, value);
            Object[] items = ((PyList) r).toArray();
            l.setValues(items, items.length);
            return l;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyList l = self(self, "__repr__");
            if (l.size() == 0) {
                return "[]";
            }
            if (!TypeSupport.reprEnter(l)) {
                return "[...]";
            }
            try {
                return "[" + TypeSupport.joinReprs(l.toArray(), l.size()) + "]";
            } finally {
                TypeSupport.reprLeave(l);
            }
        }
    }

    @Builtin(name = "append", params = {"self", "object", "/"})
    @GenerateNodeFactory
    abstract static class AppendNode extends PythonBuiltinNode {
        /** In compiled code: a store, and an array copy when full (no call behind a boundary). */
        @Specialization
        static Object list(PyList self, Object object) {
            self.append(object);
            return PyNone.NONE;
        }

        @Specialization(replaces = "list")
        @TruffleBoundary
        static Object f(Object self, Object object) {
            self(self, "append").append(object);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "extend", params = {"self", "iterable", "/"})
    @GenerateNodeFactory
    abstract static class ExtendNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object iterable) {
            PyList l = self(self, "extend");
            for (Object o : PyOps.toArray(iterable)) {
                l.append(o);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "insert", params = {"self", "index", "object", "/"})
    @GenerateNodeFactory
    abstract static class InsertNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object index, Object object) {
            PyList l = self(self, "insert");
            long i = PyOps.asIndex(index);
            int n = l.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            } else if (i > n) {
                i = n;
            }
            l.insert((int) i, object);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "remove", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class RemoveNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            PyList l = self(self, "remove");
            for (int i = 0; i < l.size(); i++) {
                Object o = l.get(i);
                if (PyOps.identical(o, value) || PyOps.equals(o, value)) {
                    if (i < l.size()) {
                        l.removeAt(i);
                    }
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError("list.remove(x): x not in list");
        }
    }

    @Builtin(name = "pop", params = {"self", "index=", "/"})
    @GenerateNodeFactory
    abstract static class PopNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object index) {
            PyList l = self(self, "pop");
            // the index is converted first (Argument Clinic's Py_ssize_t), then the list is looked at
            long i = absent(index) ? -1 : PyOps.asIndex(index);
            if (l.size() == 0) {
                throw PyErrors.indexError("pop from empty list");
            }
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw PyErrors.indexError("pop index out of range");
            }
            return l.removeAt((int) i);
        }
    }

    @Builtin(name = "index", params = {"self", "value", "start=", "stop=", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value, Object start, Object stop) {
            PyList l = self(self, "index");
            long[] se = TypeSupport.adjustNotNone(start, stop, l.size());
            long[] longs = l.longsOrNull();
            if (longs != null && value instanceof Long v) {
                // an int in an int list: compared unboxed, from start (no boxed copy of the whole list per call)
                for (long i = se[0]; i < se[1] && i < l.size(); i++) {
                    if (longs[(int) i] == v) {
                        return i;
                    }
                }
            } else {
                for (long i = se[0]; i < se[1] && i < l.size(); i++) {
                    Object o = l.get((int) i);
                    if (PyOps.identical(o, value) || PyOps.equals(o, value)) {
                        return i;
                    }
                }
            }
            throw PyErrors.valueError(PyOps.repr(value) + " is not in list");
        }
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends PythonBuiltinNode {
        /** An int counted in a list of the int storage: a scan in compiled code (was a boxed copy behind a boundary). */
        @Specialization
        static Object f(Object self, Object value) {
            if (self instanceof PyList l && value instanceof Long v) {
                long[] g = l.longsOrNull();
                if (g != null) {
                    long n = 0;
                    for (int k = 0; k < l.size(); k++) {
                        if (g[k] == v) {
                            n++;
                        }
                    }
                    return n;
                }
            }
            return generic(self, value);
        }

        @TruffleBoundary
        static Object generic(Object self, Object value) {
            PyList l = self(self, "count");
            return TypeSupport.count(l.toArray(), l.size(), value);
        }
    }

    @Builtin(name = "reverse", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReverseNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            self(self, "reverse").reverse();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CopyNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return PyList.of(self(self, "copy").toArray());
        }
    }

    @Builtin(name = "clear", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ClearNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            self(self, "clear").clear();
            return PyNone.NONE;
        }
    }

    /**
     * {@code list.sort}: {@link Sorting} of the items, the key function called through a cached call node. The list
     * is empty while keys are computed and compared (as in CPython, where mutation during the sort raises
     * {@code ValueError: list modified during sort}); it keeps its original content when the key function raises,
     * and the items as far as the sort got when a comparison raises (as CPython's list_sort_impl).
     */
    @Builtin(name = "sort", params = {"self", "*", "key=", "reverse="})
    @GenerateNodeFactory
    abstract static class SortNode extends PythonBuiltinNode {
        /** Without a key function: the only case when a call site runs this node in its own tree (no keywords). */
        @Specialization(guards = "noneOrAbsent(key)")
        static Object f(Object self, Object key, Object reverse,
                        @Cached(value = "create()", neverDefault = true) Sorting.SmallSort small) {
            return sort(null, self, null, reverse, null, small);
        }

        @Specialization(guards = "!noneOrAbsent(key)")
        static Object byKey(VirtualFrame frame, Object self, Object key, Object reverse,
                        @Cached Sorting.KeyLoop keyLoop) {
            return sort(frame, self, key, reverse, keyLoop, null);
        }

        /** Slot 0 holds the key loop's state ({@link Sorting.KeyLoop}); used only in the builtin's own root. */
        @Override
        public int frameSlotCount() {
            return 1;
        }

        private static Object sort(VirtualFrame frame, Object self, Object key, Object reverse, Sorting.KeyLoop keyLoop,
                        Sorting.SmallSort small) {
            PyList l = sortSelf(self);
            boolean rev = TypeSupport.intFlag(reverse);
            if (key == null && l.hasLongStorage()) {
                // ints only: no comparison runs Python code, equal ints cannot be told apart
                l.sortLongs(rev);
                return PyNone.NONE;
            }
            // the list is empty while the key function and comparisons run; its content comes back if they raise
            Object taken = takeItems(l);
            boolean done = false;
            try {
                if (small != null && taken instanceof Object[] items && Sorting.SmallSort.applies(items)) {
                    sortTakenSmall(l, items, rev, small);
                } else {
                    Object keys = key == null ? taken : keyLoop.keys(frame, key, taken);
                    sortTaken(l, taken, keys, rev);
                }
                done = true;
            } finally {
                if (!done && l.size() == 0) {
                    giveBack(l, taken);
                }
            }
            return PyNone.NONE;
        }
    }

    @TruffleBoundary
    static PyList sortSelf(Object self) {
        return self(self, "sort");
    }

    /**
     * The items of {@code l}, which is left empty: the {@code long[]} of a list in the int storage (the key loop
     * boxes each int for its call), else an {@code Object[]}.
     */
    @TruffleBoundary
    static Object takeItems(PyList l) {
        Object items = l.hasLongStorage() ? l.toLongArray() : l.toArray();
        l.setContent(new Object[4], 0);
        return items;
    }

    /** Makes {@code items} (as {@link #takeItems} gave them) the whole content of {@code l}, in their storage. */
    private static void giveBack(PyList l, Object items) {
        if (items instanceof long[] g) {
            l.setLongContent(g, g.length);
        } else {
            Object[] o = (Object[]) items;
            l.setContent(o, o.length);
        }
    }

    /**
     * As {@link #sortTaken}, for a few instances of Python classes without a key, sorted in compiled code by
     * {@link Sorting.SmallSort}.
     */
    private static void sortTakenSmall(PyList l, Object[] items, boolean reverse, Sorting.SmallSort small) {
        Object[] out = Sequences.copyOf(items);
        try {
            small.sort(out, reverse);
        } catch (RuntimeException e) {
            keepSortedSoFar(l, out);
            throw e;
        }
        giveBackSorted(l, out);
    }

    /**
     * A comparison raised: the list keeps the sorted copy {@code out} as far as the sort got (as CPython's
     * list.sort), unless it was refilled meanwhile.
     */
    @TruffleBoundary
    private static void keepSortedSoFar(PyList l, Object out) {
        if (l.size() == 0) {
            giveBack(l, out);
        }
    }

    /**
     * The sorted copy {@code out} ({@code long[]} or {@code Object[]}) becomes the list's content, or ValueError if
     * the list was modified meanwhile; object items get the storage {@link PyList#setValues} chooses.
     */
    @TruffleBoundary
    private static void giveBackSorted(PyList l, Object out) {
        if (l.size() != 0) {
            giveBack(l, out);
            throw PyErrors.valueError("list modified during sort");
        }
        if (out instanceof Object[] o) {
            l.setValues(o, o.length);
        } else {
            giveBack(l, out);
        }
    }

    /**
     * Sorts the items taken from {@code l} ({@link #takeItems}) and gives them back ({@link #giveBackSorted}).
     */
    @TruffleBoundary
    static void sortTaken(PyList l, Object items, Object keys, boolean reverse) {
        Object out = items instanceof long[] g ? g.clone() : Sequences.copyOf((Object[]) items);
        try {
            Sorting.sortByKeys(out, keys == items ? out : keys, reverse);
        } catch (RuntimeException e) {
            keepSortedSoFar(l, out);
            throw e;
        }
        giveBackSorted(l, out);
    }
}
