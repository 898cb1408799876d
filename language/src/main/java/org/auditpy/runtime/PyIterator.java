package org.auditpy.runtime;

/**
 * Base of iterators implemented in Java (list, tuple, str, dict, range, map, zip, ... iterators). {@link #next()}
 * returns null when exhausted instead of raising StopIteration, so loops over them do not pay for exceptions.
 */
public abstract class PyIterator extends PythonObject {
    protected PyIterator(PyType cls) {
        super(cls);
    }

    protected PyIterator() {
        super(PythonContext.get().types().iterator);
    }

    /** The next item, or null at the end. May raise (PyException). */
    public abstract Object next();

    /**
     * The items still to come, as the type's {@code __length_hint__} gives it (a Python int, 0 once exhausted), or
     * null when the type has none or cannot tell ({@code NotImplemented}): as CPython's listiter_len, tupleiter_len,
     * dictiter_len, setiter_len, rangeiter_len, iter_len (Objects/*.c).
     */
    public Object lengthHint() {
        return null;
    }

    /**
     * A builtin iterator whose {@link #next} may be partially evaluated into its consumer's compiled code: it only
     * steps over its own Java arrays and makes tuples, with no error path and no call out of Java (itertools'
     * product, permutations, combinations). Loops and drains call it on its exact class (Iteration.NextNode) instead
     * of behind a boundary, where HotSpot runs it as C1 code.
     */
    public interface CompilableNext {
    }

    /**
     * An iterator that gives the items of several iterators in turn ({@code itertools.chain}): its consumers
     * ({@code Iteration.NextNode}) step the active one through a nested node, in compiled code for a list's iterator,
     * and ask for the next one ({@link #advance}, behind a boundary) only when it has ended.
     */
    public interface Chaining {
        /** The iterator whose items come now, or null when the chain must {@link #advance} first. */
        Object activeIterator();

        /**
         * Moves on to the next iterable's iterator, which may run Python code (a boundary); false once the chain has
         * ended. An error getting it ends the chain and propagates.
         */
        boolean advance();

        /** The active iterator has ended: the next step advances. */
        void activeEnded();
    }

    /**
     * {@code map(function, *iterables)} (Python/bltinmodule.c map_next): the function called on one item of each
     * iterator, until the first of them ends. Its loop consumers ({@code Iteration.NextNode}) call the function
     * through a cached dispatch when there is one iterator; {@link #next} is the generic step.
     */
    public static final class MapIterator extends PyIterator {
        private final Object function;
        private final Object[] iterators;

        /**
         * @param function the callable
         * @param iterators one iterator (already {@code iter()}'d) per iterable, at least one
         */
        public MapIterator(PyType cls, Object function, Object[] iterators) {
            super(cls);
            this.function = function;
            this.iterators = iterators;
        }

        public Object getFunction() {
            return function;
        }

        /** The one iterator of a {@code map} over a single iterable, or null when there are several. */
        public Object getSingleIterator() {
            return iterators.length == 1 ? iterators[0] : null;
        }

        @Override
        public Object next() {
            Object[] a = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = PyOps.next(iterators[i]);
                if (v == null) {
                    return null;
                }
                a[i] = v;
            }
            try {
                return PyOps.callPositional(function, a);
            } catch (PyException e) {
                // a StopIteration out of the function ends the map, as a NULL from tp_iternext ends its consumer
                if (PyOps.isException(e, "StopIteration")) {
                    return null;
                }
                throw e;
            }
        }
    }

    /** An iterator over a fixed array slice (tuple, list snapshot, str characters, ...). */
    public static final class ArrayIterator extends PyIterator {
        private final Object[] items;
        private final int end;
        private int pos;

        public ArrayIterator(PyType cls, Object[] items, int end) {
            super(cls);
            this.items = items;
            this.end = end;
        }

        @Override
        public Object next() {
            return pos < end ? items[pos++] : null;
        }

        @Override
        public Object lengthHint() {
            return (long) Math.max(0, end - pos);
        }
    }

    /** {@code list_iterator}: sees appends made during iteration, as CPython's. */
    public static final class ListIterator extends PyIterator {
        private final PyList list;
        private int pos;

        public ListIterator(PyType cls, PyList list) {
            super(cls);
            this.list = list;
        }

        @Override
        public Object next() {
            if (pos < list.size()) {
                return list.get(pos++);
            }
            pos = Integer.MAX_VALUE;
            return null;
        }

        @Override
        public Object lengthHint() {
            return (long) Math.max(0, list.size() - pos);
        }

        /**
         * True when there is a next item and the list is in the int storage: {@link #nextLong} then gives it unboxed
         * (a loop writes it into a long frame slot without a box).
         */
        public boolean hasNextLong() {
            return pos < list.size() && list.hasLongStorage();
        }

        /** The next item, an int of the list's int storage (only after {@link #hasNextLong}). */
        public long nextLong() {
            return list.getLong(pos++);
        }
    }

    /**
     * {@code str_ascii_iterator}: one-character strings (code points). A {@link CompilableNext}: a Latin-1 character's
     * step (a shared one-char str) compiles into the loop; other characters, which make a new str, take a boundary.
     */
    public static final class StrIterator extends PyIterator implements CompilableNext {
        private final String s;
        private int pos;

        public StrIterator(PyType cls, String s) {
            super(cls);
            this.s = s;
        }

        @Override
        public Object next() {
            int p = pos;
            if (p >= s.length()) {
                return null;
            }
            char c = s.charAt(p);
            if (c < 256) {
                pos = p + 1;
                return Sequences.charString(c);
            }
            return nextWide(c);
        }

        @Override
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        public Object lengthHint() {
            return (long) s.codePointCount(Math.min(pos, s.length()), s.length());
        }

        /** The next code point from {@code c} at {@link #pos} on, which is not Latin-1: a BMP char or a surrogate pair. */
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private String nextWide(char c) {
            if (!Character.isHighSurrogate(c) || pos + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(pos + 1))) {
                pos++;
                return Sequences.charString(c);
            }
            String r = s.substring(pos, pos + 2);
            pos += 2;
            return r;
        }
    }

    /** {@code range_iterator} over longs. */
    public static final class RangeIterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(PyType cls, long start, long step, long length) {
            super(cls);
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        /** Before its items are collected into a list or tuple: a length no array holds is a MemoryError. */
        public void checkCollectable() {
            if (remaining > Sequences.MAX_LENGTH) {
                throw PyErrors.noMemory();
            }
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return v;
        }

        @Override
        public Object lengthHint() {
            return Math.max(0, remaining);
        }

        /** True if {@link #nextLong} has an item. */
        public boolean hasNext() {
            return remaining > 0;
        }

        /** The next item unboxed (after {@link #hasNext}): a loop storing it into a local of int kind boxes nothing. */
        public long nextLong() {
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }

    /** {@code longrange_iterator} over a range whose bounds or length go beyond longs (rangeobject.c longrangeiter). */
    public static final class BigRangeIterator extends PyIterator {
        private java.math.BigInteger next;
        private final java.math.BigInteger step;
        private java.math.BigInteger remaining;

        public BigRangeIterator(PyType cls, java.math.BigInteger start, java.math.BigInteger step, java.math.BigInteger length) {
            super(cls);
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        /**
         * Before its items are collected into a list or tuple: CPython's length hint of a range past ssize_t is an
         * OverflowError, and a length no array holds a MemoryError (instead of collecting until the heap runs out).
         */
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        public void checkCollectable() {
            if (remaining.bitLength() > 63) {
                throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
            }
            if (remaining.compareTo(java.math.BigInteger.valueOf(Sequences.MAX_LENGTH)) > 0) {
                throw PyErrors.noMemory();
            }
        }

        @Override
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        public Object next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(java.math.BigInteger.ONE);
            java.math.BigInteger v = next;
            next = next.add(step);
            return PyOps.normalize(v);
        }

        @Override
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        public Object lengthHint() {
            return PyOps.normalize(remaining.max(java.math.BigInteger.ZERO));
        }
    }

    /** Iterates a dict's keys, values or items; raises RuntimeError if the dict changes size meanwhile. */
    public static final class DictIterator extends PyIterator {
        public enum Kind { KEYS, VALUES, ITEMS }

        private final PyDict dict;
        private final Kind kind;
        private final int size;
        private int pos;
        /** The items still to come (dictiterobject's len). */
        private int remaining;

        public DictIterator(PyType cls, PyDict dict, Kind kind) {
            super(cls);
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
            this.remaining = size;
        }

        @Override
        public Object next() {
            int i = nextEntry();
            if (i < 0) {
                return null;
            }
            Object k = dict.keyAt(i);
            return switch (kind) {
                case KEYS -> k;
                case VALUES -> dict.valueAt(i);
                case ITEMS -> PyTuple.of(k, dict.valueAt(i));
            };
        }

        /**
         * The dict's entry slot of the next item ({@link PyDict#keyAt}, {@link PyDict#valueAt}), or -1 at the end;
         * RuntimeError if the dict changed size (dictiter_iternextitem's checks). For {@code for k, v in d.items()},
         * which takes the key and the value without an item tuple.
         */
        public int nextEntry() {
            if (dict.size() != size) {
                pos = Integer.MAX_VALUE;
                throw PyErrors.runtimeError("dictionary changed size during iteration");
            }
            while (pos < dict.entrySlots()) {
                int i = pos++;
                if (dict.keyAt(i) != null) {
                    if (remaining == 0) {
                        // more items than the dict had: a key deleted and another added meanwhile
                        pos = Integer.MAX_VALUE;
                        throw PyErrors.runtimeError("dictionary keys changed during iteration");
                    }
                    remaining--;
                    return i;
                }
            }
            return -1;
        }

        @Override
        public Object lengthHint() {
            // dictiter_len: 0 once the dict changed size
            return (long) (dict.size() == size && pos != Integer.MAX_VALUE ? remaining : 0);
        }

        /** Whether this iterates items ({@code d.items()}). */
        public boolean isItems() {
            return kind == Kind.ITEMS;
        }

        /** The dict iterated. */
        public PyDict dict() {
            return dict;
        }
    }

    /**
     * {@code set_iterator} (setobject.c setiter_iternext): walks the set's table by slot; RuntimeError once the
     * set's size differs from its size when the iteration began (and from then on).
     */
    public static final class SetIterator extends PyIterator {
        /** Null once exhausted. */
        private PySet set;
        private int expectedSize;
        private int pos;
        /** The items still to come (setiterobject's len). */
        private int remaining;

        public SetIterator(PyType cls, PySet set) {
            super(cls);
            this.set = set;
            this.expectedSize = set.size();
            this.remaining = expectedSize;
        }

        @Override
        public Object lengthHint() {
            // setiter_len: 0 once exhausted or once the set changed size
            return (long) (set != null && set.size() == expectedSize ? remaining : 0);
        }

        @Override
        public Object next() {
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (expectedSize != s.size()) {
                expectedSize = -1;
                throw PyErrors.runtimeError("Set changed size during iteration");
            }
            int n = s.tableSize();
            while (pos < n) {
                Object k = s.keyAt(pos++);
                if (k != null) {
                    remaining--;
                    return k;
                }
            }
            set = null;
            return null;
        }
    }

    /** {@code callable_iterator}: {@code iter(callable, sentinel)}. */
    public static final class CallableIterator extends PyIterator {
        private final Object callable;
        private final Object sentinel;
        private boolean done;

        public CallableIterator(PyType cls, Object callable, Object sentinel) {
            super(cls);
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            Object v = PyOps.call(callable, PyTuple.EMPTY_ARRAY, ArgumentBinder.NO_KEYWORDS);
            if (PyOps.equals(v, sentinel)) {
                done = true;
                return null;
            }
            return v;
        }
    }

    /** {@code iterator}: the sequence protocol fallback over {@code __getitem__} with indexes 0, 1, ... */
    public static final class SeqIterator extends PyIterator {
        private final Object seq;
        private long index;
        private boolean done;

        public SeqIterator(PyType cls, Object seq) {
            super(cls);
            this.seq = seq;
        }

        /** iter_len (Objects/iterobject.c): the sequence's len() less the index reached; none without a len(). */
        @Override
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        public Object lengthHint() {
            if (done) {
                return 0L;
            }
            if (PyOps.typeOf(seq).lookup("__len__") == null) {
                return null;
            }
            return Math.max(0, PyOps.len(seq) - index);
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            try {
                return PyOps.getItem(seq, index++);
            } catch (PyException e) {
                String n = e.getPyException().getPythonClass().getName();
                PyType t = e.getPyException().getPythonClass();
                if (t.isSubtypeOf(PythonContext.get().types().exception("IndexError")) ||
                                t.isSubtypeOf(PythonContext.get().types().exception("StopIteration"))) {
                    done = true;
                    return null;
                }
                throw e;
            }
        }
    }
}
