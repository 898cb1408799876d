package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code set} and {@code frozenset}: CPython 3.11's hash table of Objects/setobject.c, slot for slot,
 * so that a set iterates (and prints, and pops) in CPython's order.
 *
 * <p>The table is open addressing over {@code mask + 1} slots (a power of two, at least {@link #MINSIZE}); a
 * slot is unused ({@code null} key), active, or a dummy left by a deletion (key {@link #DUMMY}, hash -1).
 * {@code fill} counts active and dummy slots, {@code used} the active ones. A probe looks at the slot
 * {@code hash & mask} and, when it is not near the end of the table, the {@link #LINEAR_PROBES} slots after
 * it, then jumps to {@code (i * 5 + 1 + perturb) & mask} with {@code perturb} the hash shifted right by
 * {@link #PERTURB_SHIFT} more each time (set_lookkey). Adding a key reuses the last dummy its probe passed;
 * adding to an unused slot grows the table once {@code fill * 5 >= mask * 3} (set_add_entry) to the smallest
 * power of two above {@code used * 4} ({@code used * 2} past 50,000), reinserting the active keys in table
 * order (set_table_resize). {@link #pop} scans from a finger left by the previous pop (set_pop).
 *
 * <p>Iteration is by slot: {@link #tableSize}, {@link #keyAt}, {@link #hashAt}. The set algebra built on this
 * table (union, intersection, ...) is in {@code builtins.SetSupport}. Methods that may run Python code
 * ({@code __hash__}, {@code __eq__}) are boundaries; a comparison that changes the table restarts the probe,
 * as CPython's does.
 */
public final class PySet extends PythonObject {
    /** CPython's {@code PySet_MINSIZE}: the size of a new table. */
    public static final int MINSIZE = 8;
    /** Slots looked at after the first one of each probe (setobject.c LINEAR_PROBES). */
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The key of a deleted slot (its hash is -1, which no key has). */
    private static final Object DUMMY = new Object() {
        @Override
        public String toString() {
            return "<dummy key>";
        }
    };
    /** The table of a set that never held a key: shared, never written (the first store allocates). */
    private static final Object[] NO_KEYS = new Object[MINSIZE];
    private static final long[] NO_HASHES = new long[MINSIZE];

    /** {@link #findLongEntry}/{@link #findStrEntry}: the key is absent. */
    public static final int MISS = -1;
    /** {@link #findLongEntry}/{@link #findStrEntry}: a stored key of the same hash needs a full comparison. */
    public static final int SLOW = -2;

    private Object[] keys;
    private long[] hashes;
    private int mask;
    private int fill;
    private int used;
    /** Where the next {@link #pop} starts looking (masked on use). */
    private int finger;
    /** The cached hash of a frozenset, -1 until computed. */
    private long hash = -1;

    /** An empty set or frozenset of class {@code cls}. */
    public PySet(PyType cls) {
        super(cls);
        keys = NO_KEYS;
        hashes = NO_HASHES;
        mask = MINSIZE - 1;
    }

    /** True for frozenset instances (immutable, hashable). */
    public boolean isFrozen() {
        PyType t = getPythonClass();
        return t.getLayout() == PyType.Layout.FROZENSET || t.isSubtypeOf(PythonContext.get().types().frozenset);
    }

    /** Number of elements ({@code len(s)}). */
    public int size() {
        return used;
    }

    /** Number of slots of the table (a power of two). */
    public int tableSize() {
        return mask + 1;
    }

    /** The key at slot {@code i}, or null when the slot is unused or a dummy. */
    public Object keyAt(int i) {
        Object k = keys[i];
        return k == DUMMY ? null : k;
    }

    /** The hash stored with the key at slot {@code i} (for an active slot). */
    public long hashAt(int i) {
        return hashes[i];
    }

    /** The elements in table (iteration) order. */
    @TruffleBoundary
    public Object[] toArray() {
        Object[] out = new Object[used];
        Object[] ks = keys;
        int j = 0;
        for (int i = 0; i < ks.length && j < out.length; i++) {
            Object k = ks[i];
            if (k != null && k != DUMMY) {
                out[j++] = k;
            }
        }
        return out;
    }

    /**
     * What {@code sys.getsizeof} reports on 64-bit CPython 3.11: the object with its GC header (216 bytes)
     * plus the table when it outgrew the small one inside the object.
     */
    public long sizeInBytes() {
        return 216 + (mask + 1 > MINSIZE ? (mask + 1) * 16L : 0);
    }

    // ------------------------------------------------------------------------------------------ probing

    /**
     * Key equality of a stored key and a probe key with the same hash where it needs no Python code: two ints,
     * two strs, two floats (equal, or the same object: a float is identical to any float of the same bits).
     */
    private static boolean sameValue(Object stored, Object key) {
        if (stored instanceof Long a && key instanceof Long b) {
            return a.longValue() == b.longValue();
        }
        if (stored instanceof Double a && key instanceof Double b) {
            return a.doubleValue() == b.doubleValue() || Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
        }
        return stored instanceof String a && key instanceof String b && a.equals(b);
    }

    /** Whether comparing the two keys may run Python code (or find equal values of different classes). */
    private static boolean needsRichCompare(Object stored, Object key) {
        return !(stored instanceof Long && key instanceof Long || stored instanceof String && key instanceof String ||
                        stored instanceof Double && key instanceof Double);
    }

    /**
     * set_lookkey: the slot holding a key equal to {@code key}, or the unused slot where its probe ended.
     * A comparison that changed the table starts the probe over.
     */
    private int lookkey(Object key, long h) {
        restart: while (true) {
            Object[] ks = keys;
            long[] hs = hashes;
            int m = mask;
            long perturb = h;
            int i = (int) (h & m);
            while (true) {
                int e = i;
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                do {
                    Object k = ks[e];
                    if (k == null) {
                        return e;
                    }
                    if (hs[e] == h) {
                        if (k == key || sameValue(k, key)) {
                            return e;
                        }
                        if (needsRichCompare(k, key)) {
                            boolean eq = PyOps.eqForKey(k, key);
                            if (ks != keys || ks[e] != k) {
                                continue restart;
                            }
                            if (eq) {
                                return e;
                            }
                        }
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** set_insert_clean: stores a key known absent into a table without dummies; the caller counts it. */
    private static void insertClean(Object[] ks, long[] hs, int m, Object key, long h) {
        long perturb = h;
        int i = (int) (h & m);
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (ks[i + j] == null) {
                        ks[i + j] = key;
                        hs[i + j] = h;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private void allocateIfShared() {
        if (keys == NO_KEYS) {
            keys = new Object[MINSIZE];
            hashes = new long[MINSIZE];
        }
    }

    /**
     * set_table_resize: a table of the smallest power of two above {@code minused} (at least {@link #MINSIZE})
     * holding the active keys, reinserted in the order of the old table. A small table without dummies stays.
     */
    private void resize(long minused) {
        long newSize = MINSIZE;
        while (newSize <= minused) {
            newSize <<= 1;
        }
        if (newSize > 1 << 30) {
            throw PyErrors.noMemory();
        }
        if (newSize == MINSIZE && mask == MINSIZE - 1 && fill == used) {
            return;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        int n = (int) newSize;
        Object[] ks = new Object[n];
        long[] hs = new long[n];
        int m = n - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(ks, hs, m, k, oldHashes[i]);
            }
        }
        keys = ks;
        hashes = hs;
        mask = m;
        fill = used;
    }

    private void growAfterInsert() {
        resize(used > 50000 ? used * 2L : used * 4L);
    }

    // ------------------------------------------------------------------------------------------ elements

    /** {@code s.add(key)} (set_add_key): hashes {@code key}, then {@link #addEntry}. */
    @TruffleBoundary
    public void add(Object key) {
        addEntry(key, PyOps.hash(key));
    }

    /**
     * set_add_entry: adds {@code key} of hash {@code h} unless an equal key is present. The key goes into the
     * last dummy slot its probe passed, else into the unused slot that ended the probe, after which the table
     * may grow.
     */
    @TruffleBoundary
    public void addEntry(Object key, long h) {
        allocateIfShared();
        restart: while (true) {
            Object[] ks = keys;
            long[] hs = hashes;
            int m = mask;
            long perturb = h;
            int i = (int) (h & m);
            int freeSlot = -1;
            while (true) {
                int e = i;
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                do {
                    Object k = ks[e];
                    if (k == null) {
                        if (freeSlot >= 0) {
                            used++;
                            ks[freeSlot] = key;
                            hs[freeSlot] = h;
                            return;
                        }
                        fill++;
                        used++;
                        ks[e] = key;
                        hs[e] = h;
                        if ((long) fill * 5 >= (long) m * 3) {
                            growAfterInsert();
                        }
                        return;
                    }
                    long eh = hs[e];
                    if (eh == h) {
                        if (k == key || sameValue(k, key)) {
                            return;
                        }
                        if (needsRichCompare(k, key)) {
                            boolean eq = PyOps.eqForKey(k, key);
                            if (eq) {
                                return;
                            }
                            if (ks != keys || ks[e] != k) {
                                continue restart;
                            }
                        }
                    } else if (eh == -1) {
                        freeSlot = e;
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /**
     * {@code s.add(key)} for a key of a {@link KeyKind} (a constant at the call), in compiled code: set_add_entry's
     * probe, insertion into the unused slot that ends it, and the table's growth behind a boundary; false when the
     * key must go through {@link #add} instead: the set never held a key (its first table is allocated there), the
     * probe passed a dummy (which the key should reuse), or a stored key of the same hash needs {@code __eq__}
     * ({@link KeyKind#compare}).
     */
    public boolean addKnown(Object key, int kind) {
        if (keys == NO_KEYS) {
            return false;
        }
        long h = KeyKind.hash(key, kind);
        Object[] ks = keys;
        long[] hs = hashes;
        int m = mask;
        long perturb = h;
        int i = (int) (h & m);
        while (true) {
            int e = i;
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            do {
                Object k = ks[e];
                if (k == null) {
                    fill++;
                    used++;
                    ks[e] = key;
                    hs[e] = h;
                    if ((long) fill * 5 >= (long) m * 3) {
                        growAfterInsertBoundary();
                    }
                    return true;
                }
                long eh = hs[e];
                if (eh == h) {
                    int c = KeyKind.compare(k, key, kind);
                    if (c == KeyKind.EQUAL) {
                        return true;
                    } else if (c == KeyKind.ASK) {
                        return false;
                    }
                } else if (eh == -1) {
                    return false;
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    @TruffleBoundary
    private void growAfterInsertBoundary() {
        growAfterInsert();
    }

    /** {@code key in s} without the frozenset retry of {@code set.__contains__} (set_contains_key). */
    @TruffleBoundary
    public boolean contains(Object key) {
        return containsEntry(key, PyOps.hash(key));
    }

    /** set_contains_entry: membership with a known hash. */
    @TruffleBoundary
    public boolean containsEntry(Object key, long h) {
        return keys[lookkey(key, h)] != null;
    }

    /**
     * {@code key in s} as {@code set.__contains__} (set_contains): an unhashable set key is looked up as a
     * frozenset of its elements.
     */
    @TruffleBoundary
    public boolean containsOrFrozen(Object key) {
        try {
            return contains(key);
        } catch (PyException e) {
            PySet k = frozenRetryKey(key, e);
            return contains(k);
        }
    }

    /**
     * The key to retry with when hashing {@code key} raised {@code e} (set_contains, set_remove,
     * set_discard): a frozenset of the elements of a set; rethrows {@code e} for anything else.
     */
    @TruffleBoundary
    public static PySet frozenRetryKey(Object key, PyException e) {
        if (key instanceof PySet s && !s.isFrozen() && PyOps.isException(e, "TypeError")) {
            PySet k = new PySet(PythonContext.get().types().frozenset);
            k.update(s);
            return k;
        }
        throw e;
    }

    /** set_discard_key: removes {@code key}, leaving a dummy; false when it was absent. */
    @TruffleBoundary
    public boolean discard(Object key) {
        return discardEntry(key, PyOps.hash(key));
    }

    /** set_discard_entry: {@link #discard} with a known hash. */
    @TruffleBoundary
    public boolean discardEntry(Object key, long h) {
        int e = lookkey(key, h);
        if (keys[e] == null) {
            return false;
        }
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        return true;
    }

    /** set_pop: removes and returns the first element at or after the finger (wrapping), or null when empty. */
    public Object pop() {
        if (used == 0) {
            return null;
        }
        Object[] ks = keys;
        int e = finger & mask;
        while (ks[e] == null || ks[e] == DUMMY) {
            e++;
            if (e > mask) {
                e = 0;
            }
        }
        Object k = ks[e];
        ks[e] = DUMMY;
        hashes[e] = -1;
        used--;
        finger = e + 1;
        return k;
    }

    /** set_clear_internal: back to an empty small table (the pop finger stays where it was). */
    public void clear() {
        keys = NO_KEYS;
        hashes = NO_HASHES;
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        hash = -1;
    }

    /**
     * After deleting many keys (set_difference_update_internal): rebuilds the table when more than a quarter
     * of its slots are dummies.
     */
    public void compactAfterDeletes() {
        if (fill - used <= mask / 4) {
            return;
        }
        growAfterInsert();
    }

    /** set_swap_bodies: exchanges the tables (not the pop fingers) of two sets. */
    public void swapBodies(PySet other) {
        Object[] ks = keys;
        long[] hs = hashes;
        int m = mask;
        int f = fill;
        int u = used;
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        other.keys = ks;
        other.hashes = hs;
        other.mask = m;
        other.fill = f;
        other.used = u;
        if (isFrozen() && other.isFrozen()) {
            long h = hash;
            hash = other.hash;
            other.hash = h;
        } else {
            hash = -1;
            other.hash = -1;
        }
    }

    // ------------------------------------------------------------------------------------------ bulk update

    /**
     * set_merge: adds the elements of {@code other}. One resize up front for the combined size; an empty
     * table of the same size as a dummy-free {@code other} becomes a copy of it, an empty table is filled by
     * clean insertion in {@code other}'s order, otherwise each element is added.
     */
    @TruffleBoundary
    public void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        allocateIfShared();
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        Object[] oks = other.keys;
        long[] ohs = other.hashes;
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(oks, 0, keys, 0, oks.length);
            System.arraycopy(ohs, 0, hashes, 0, ohs.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i < oks.length; i++) {
                Object k = oks[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, ohs[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            // re-read: adding may run __eq__, which may change other
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    /**
     * set_update_internal: adds the elements of {@code other}: a set or frozenset by {@link #merge}, an exact
     * dict's keys with their stored hashes after one resize up front, any other iterable element by element.
     */
    @TruffleBoundary
    public void update(Object other) {
        if (other instanceof PySet s) {
            merge(s);
            return;
        }
        if (other instanceof PyDict d && d.getPythonClass() == PythonContext.get().types().dict) {
            int n = d.size();
            allocateIfShared();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                resize((long) (used + n) * 2);
            }
            int slots = d.entrySlots();
            for (int i = 0; i < slots; i++) {
                Object k = d.keyAt(i);
                if (k != null) {
                    addEntry(k, d.hashAt(i));
                }
            }
            return;
        }
        if (other instanceof PyList l && !l.getPythonClass().isHeapType()) {
            for (int i = 0; i < l.size(); i++) {
                add(l.get(i));
            }
            return;
        }
        if (other instanceof PyTuple t && !t.getPythonClass().isHeapType()) {
            for (Object o : t.items()) {
                add(o);
            }
            return;
        }
        Object it = Sequences.getIter(other);
        if (it instanceof PyIterator.RangeIterator r) {
            while (r.hasNext()) {
                long v = r.nextLong();
                addEntry(v, Hashing.hashLong(v));
            }
            return;
        }
        Object o;
        while ((o = Sequences.next(it)) != null) {
            add(o);
        }
    }

    // ------------------------------------------------------------------------------------------ hashing

    /**
     * frozenset_hash: the xor of the shuffled hashes of the elements, mixed with the size, cached. Only for
     * frozensets (the cache assumes the set never changes).
     */
    public long frozenHash() {
        if (hash != -1) {
            return hash;
        }
        long h = 0;
        Object[] ks = keys;
        long[] hs = hashes;
        for (int i = 0; i < ks.length; i++) {
            Object k = ks[i];
            if (k != null && k != DUMMY) {
                long eh = hs[i];
                h ^= ((eh ^ 89869747L) ^ (eh << 16)) * 3644798167L;
            }
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        hash = h;
        return h;
    }

    /** The cached frozenset hash, or -1 when not computed (set_richcompare's shortcut). */
    public long cachedHash() {
        return hash;
    }

    // ------------------------------------------------------------------------------------------ compiled lookups

    /**
     * Whether the exact {@code str} key is present, for compiled code (no boundary): the slot index, {@link #MISS},
     * or {@link #SLOW} when the probe meets a stored key of the same hash that is a Python object (a str subclass
     * instance, or anything whose {@code __eq__} might say it equals the str): then ask {@link #contains}.
     */
    public int findStrEntry(String key) {
        long h = PyOps.hashString(key);
        Object[] ks = keys;
        long[] hs = hashes;
        int m = mask;
        long perturb = h;
        int i = (int) (h & m);
        while (true) {
            int e = i;
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            do {
                Object k = ks[e];
                if (k == null) {
                    return MISS;
                }
                if (hs[e] == h) {
                    if (k == key) {
                        return e;
                    }
                    if (k instanceof String sk) {
                        if (sk.equals(key)) {
                            return e;
                        }
                    } else if (k instanceof PythonObject) {
                        return SLOW;
                    }
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /**
     * Whether {@code key}, an object that hashes by identity ({@link PyOps#hashesByIdentity}), is present, for
     * compiled code as {@link #findStrEntry}: found when the stored key is the same object (set_lookkey compares
     * identity before {@code __eq__}), {@link #SLOW} when a stored key of the same hash is another object.
     */
    public int findIdentityEntry(Object key) {
        long h = PyOps.identityHash(key);
        Object[] ks = keys;
        long[] hs = hashes;
        int m = mask;
        long perturb = h;
        int i = (int) (h & m);
        while (true) {
            int e = i;
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            do {
                Object k = ks[e];
                if (k == null) {
                    return MISS;
                }
                if (hs[e] == h) {
                    return k == key ? e : SLOW;
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /**
     * Whether the int key is present, for compiled code as {@link #findStrEntry}: {@link #SLOW} when the probe
     * meets a stored key of the same hash that may equal it and is not an int or bool (a float, an int subclass
     * instance, any object with its own {@code __eq__}). A stored str or big int never equals a long-range int.
     */
    public int findLongEntry(long key) {
        long h = Hashing.hashLong(key);
        Object[] ks = keys;
        long[] hs = hashes;
        int m = mask;
        long perturb = h;
        int i = (int) (h & m);
        while (true) {
            int e = i;
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            do {
                Object k = ks[e];
                if (k == null) {
                    return MISS;
                }
                if (hs[e] == h) {
                    if (k instanceof Long lk) {
                        if (lk == key) {
                            return e;
                        }
                    } else if (k instanceof Boolean b) {
                        if ((b ? 1L : 0L) == key) {
                            return e;
                        }
                    } else if (!(k instanceof String) && !(k instanceof java.math.BigInteger)) {
                        return SLOW;
                    }
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }
}
