package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code dict}: an insertion-ordered hash table with CPython's key semantics (keys compare with
 * {@code __eq__} and hash with {@code __hash__}; {@code 1}, {@code 1.0} and {@code True} are the same key),
 * laid out as CPython's compact dict (Objects/dictobject.c): an entries array in insertion order and a
 * sparse index of entry positions.
 *
 * <p>Also the storage behind module globals and class namespaces ({@code set} and {@code frozenset} have
 * their own table, {@link PySet}). Methods that may run Python code ({@code __hash__}, {@code __eq__}) are
 * boundaries.
 */
public final class PyDict extends PythonObject {
    private static final Object DELETED = new Object();
    private static final int EMPTY = -1;

    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    private int[] index;
    /** Number of entry slots used (including deleted ones). */
    private int used;
    /** Number of live entries. */
    private int size;
    /** Entry slots from this one on are all deleted ({@link #popLast}); {@code Integer.MAX_VALUE}: not known. */
    private int popFrom = Integer.MAX_VALUE;
    /** Bumped on every structural change; iterators use it to detect "changed size during iteration". */
    private int version;
    /**
     * Assumptions handed out by {@link #watchKey} (compiled global reads), keyed by the str key they watch:
     * invalidated when that key is stored, deleted or the dict cleared. Null for dicts nobody watches.
     */
    private java.util.HashMap<String, com.oracle.truffle.api.Assumption> watchers;

    /** Storage of a dict that never held an item: shared, never written (the first store grows it). */
    private static final Object[] NO_OBJECTS = new Object[0];
    private static final long[] NO_HASHES = new long[0];
    /** One EMPTY slot: every lookup in an unused dict misses without allocating an index. */
    private static final int[] NO_INDEX = {EMPTY};

    /**
     * An empty dict. Its arrays are allocated by the first store, so that the many dicts that stay empty
     * ({@code **kwargs} of calls without keywords) cost one object.
     */
    public PyDict(PyType cls) {
        super(cls);
        keys = NO_OBJECTS;
        values = NO_OBJECTS;
        hashes = NO_HASHES;
        index = NO_INDEX;
    }

    /** A new empty {@code dict} of the exact builtin type. */
    public static PyDict create() {
        return new PyDict(PythonContext.get().types().dict);
    }

    /**
     * A dict of {@code names[i]: values[from + i]} in order (the {@code **kwargs} of a call whose keyword names are
     * unique, as a call site's and a packed dict's are).
     */
    @TruffleBoundary
    public static PyDict ofKeywords(String[] names, Object[] values, int from) {
        PyDict d = create();
        for (int i = 0; i < names.length; i++) {
            d.setStr(names[i], values[from + i]);
        }
        return d;
    }

    private static int[] newIndex(int n) {
        int[] ix = new int[n];
        java.util.Arrays.fill(ix, EMPTY);
        return ix;
    }

    /** Number of items ({@code len(d)}). */
    public final int size() {
        return size;
    }

    /** Structural modification counter. */
    public final int version() {
        return version;
    }

    /** Entry slots (for iteration by position, live or deleted). */
    public final int entrySlots() {
        return used;
    }

    /** The key at entry slot {@code i}, or null if the slot holds a deleted entry. */
    public final Object keyAt(int i) {
        Object k = keys[i];
        return k == DELETED ? null : k;
    }

    /** The hash stored with the key at entry slot {@code i} (undefined for deleted slots). */
    public final long hashAt(int i) {
        return hashes[i];
    }

    /** The value at entry slot {@code i} (undefined for deleted slots). */
    public final Object valueAt(int i) {
        return values[i];
    }

    @TruffleBoundary
    private int findSlot(Object key, long hash) {
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1 - i;
            }
            Object k = keys[e];
            if (k != DELETED && hashes[e] == hash && (k == key || PyOps.eqForKey(k, key))) {
                return e;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@link #findStrEntry}: the key is absent. */
    public static final int STR_MISS = -1;
    /** {@link #findStrEntry}: a stored key of the same hash is not an exact str; ask {@link #getItem}. */
    public static final int STR_SLOW = -2;

    /**
     * The entry slot of the exact {@code str} key {@code key}, for compiled code (no boundary: the probe loop,
     * the hash and {@code String.equals} are compiled into the caller): {@link #STR_MISS} when absent, or
     * {@link #STR_SLOW} when the probe meets a stored key of the same hash that is a Python object (a str
     * subclass instance, or any object whose {@code __eq__} might say it equals the str), whose comparison must
     * run as in {@link #findSlot}. Stored ints, floats and other builtin values never equal a str (CPython's
     * {@code unicode_compare_eq} only for two str; the richcompare of int/float/bytes with str is
     * NotImplemented on both sides), so the probe passes them.
     */
    public final int findStrEntry(String key) {
        long hash = PyOps.hashString(key);
        int[] ix = index;
        Object[] ks = keys;
        long[] hs = hashes;
        int mask = ix.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int e = ix[i];
            if (e == EMPTY) {
                return STR_MISS;
            }
            if (hs[e] == hash) {
                Object k = ks[e];
                if (k == key) {
                    return e;
                }
                if (k instanceof String sk) {
                    if (sk.equals(key)) {
                        return e;
                    }
                } else if (k instanceof PythonObject) {
                    return STR_SLOW;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * The entry slot of {@code key}, an object that hashes by identity ({@link PyOps#hashesByIdentity}), for
     * compiled code as {@link #findStrEntry}: found when the stored key is the same object (CPython's lookdict
     * compares identity before {@code __eq__}); {@link #STR_SLOW} when a stored key of the same hash is another
     * object, whose {@code __eq__} must be asked; {@link #STR_MISS} when absent.
     */
    public final int findIdentityEntry(Object key) {
        long hash = PyOps.identityHash(key);
        int[] ix = index;
        Object[] ks = keys;
        long[] hs = hashes;
        int mask = ix.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int e = ix[i];
            if (e == EMPTY) {
                return STR_MISS;
            }
            if (hs[e] == hash) {
                Object k = ks[e];
                if (k == key) {
                    return e;
                }
                if (k != DELETED) {
                    return STR_SLOW;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * The entry slot of the int key {@code key} (a Python int in long range), for compiled code as
     * {@link #findStrEntry}: {@link #STR_MISS} when absent, or {@link #STR_SLOW} when the probe meets a stored key of
     * the same hash that may equal it and is not an int or bool (a float, an int subclass instance, any object
     * with its own {@code __eq__}): then ask {@link #getItem}. A stored bool equals 0 or 1 (CPython's bool is an int); a stored str or big int never
     * equals a long-range int, so the probe passes them.
     */
    public final int findLongEntry(long key) {
        long hash = Hashing.hashLong(key);
        int[] ix = index;
        Object[] ks = keys;
        long[] hs = hashes;
        int mask = ix.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int e = ix[i];
            if (e == EMPTY) {
                return STR_MISS;
            }
            if (hs[e] == hash) {
                Object k = ks[e];
                if (k instanceof Long lk) {
                    if (lk == key) {
                        return e;
                    }
                } else if (k instanceof Boolean b) {
                    if ((b ? 1L : 0L) == key) {
                        return e;
                    }
                } else if (!(k instanceof String) && !(k instanceof java.math.BigInteger) && k != DELETED) {
                    return STR_SLOW;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * {@code d[key] = value} for a key of a {@link KeyKind} (a constant at the call), in compiled code: replaces the
     * value of a present key or appends a new entry (rebuilding the index behind a boundary when it fills, as
     * {@link #setItem(Object, long, Object)} does); false when the store must go through {@link #setItem(Object,
     * Object)} instead: nobody may watch the dict's keys, the entries array must have room, and a stored key of the same
     * hash must not need {@code __eq__} ({@link KeyKind#compare}).
     */
    public final boolean storeKnown(Object key, int kind, Object value) {
        if (watchers != null || used == keys.length) {
            return false;
        }
        long hash = KeyKind.hash(key, kind);
        int[] ix = index;
        Object[] ks = keys;
        long[] hs = hashes;
        int mask = ix.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int e = ix[i];
            if (e == EMPTY) {
                int n = used;
                ks[n] = key;
                values[n] = value;
                hs[n] = hash;
                ix[i] = n;
                used = n + 1;
                popFrom = Integer.MAX_VALUE;
                size++;
                version++;
                if ((n + 1) * 3 >= ix.length * 2) {
                    growIndex();
                }
                return true;
            }
            if (hs[e] == hash) {
                Object k = ks[e];
                if (k != DELETED) {
                    int c = KeyKind.compare(k, key, kind);
                    if (c == KeyKind.EQUAL) {
                        values[e] = value;
                        return true;
                    } else if (c == KeyKind.ASK) {
                        return false;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    @TruffleBoundary
    private void growIndex() {
        rebuildIndex(index.length * 2);
    }

    /** {@code d[key]} or null when absent; runs the key's {@code __hash__}/{@code __eq__}. */
    @TruffleBoundary
    public final Object getItem(Object key) {
        long h = PyOps.hash(key);
        int e = findSlot(key, h);
        return e >= 0 ? values[e] : null;
    }

    /** Lookup with a precomputed hash. */
    @TruffleBoundary
    public final Object getItem(Object key, long hash) {
        int e = findSlot(key, hash);
        return e >= 0 ? values[e] : null;
    }

    /** Fast lookup of a {@code str} key (names in globals and class namespaces). */
    @TruffleBoundary
    public final Object getStr(String key) {
        return getItem(key, PyOps.hashString(key));
    }

    /** {@code key in d}. */
    @TruffleBoundary
    public final boolean containsKey(Object key) {
        return findSlot(key, PyOps.hash(key)) >= 0;
    }

    /**
     * An assumption that stays valid while {@code key} is neither stored (added or rebound), deleted, nor the
     * dict cleared: nodes cache the key's value (or its absence) behind it.
     */
    @TruffleBoundary
    public final com.oracle.truffle.api.Assumption watchKey(String key) {
        if (watchers == null) {
            watchers = new java.util.HashMap<>();
        }
        com.oracle.truffle.api.Assumption a = watchers.get(key);
        if (a == null || !a.isValid()) {
            a = com.oracle.truffle.api.Truffle.getRuntime().createAssumption(key);
            watchers.put(key, a);
        }
        return a;
    }

    /**
     * Actions to run once (after the assumption is invalidated) when a watched key changes, keyed like
     * {@link #watchers}: a node that cached the key's value drops it, so that the old value is not kept alive by the
     * tree (a weak reference to it would never die). Null while none.
     */
    private java.util.HashMap<String, java.util.ArrayList<Runnable>> watchActions;

    /**
     * Runs {@code action} once when {@code key} is next stored, deleted or the dict cleared (after the assumption of
     * {@link #watchKey} is invalidated).
     */
    @TruffleBoundary
    public final void onKeyChange(String key, Runnable action) {
        if (watchActions == null) {
            watchActions = new java.util.HashMap<>();
        }
        watchActions.computeIfAbsent(key, k -> new java.util.ArrayList<>(1)).add(action);
        // (the key's watchers entry exists: keyChanged runs the actions only where a watcher was handed out)
        watchKey(key);
    }

    private void runWatchActions(java.util.ArrayList<Runnable> actions) {
        if (actions != null) {
            for (Runnable r : actions) {
                r.run();
            }
        }
    }

    private void keyChanged(Object key) {
        if (watchers == null) {
            return;
        }
        if (key instanceof String s) {
            com.oracle.truffle.api.Assumption a = watchers.remove(s);
            if (a != null) {
                a.invalidate();
            }
            if (watchActions != null) {
                runWatchActions(watchActions.remove(s));
            }
        } else {
            // a str subclass instance may equal a watched key: drop them all
            invalidateWatchers();
        }
    }

    private void invalidateWatchers() {
        if (watchers != null) {
            for (com.oracle.truffle.api.Assumption a : watchers.values()) {
                a.invalidate();
            }
            watchers = null;
            if (watchActions != null) {
                java.util.HashMap<String, java.util.ArrayList<Runnable>> all = watchActions;
                watchActions = null;
                for (java.util.ArrayList<Runnable> l : all.values()) {
                    runWatchActions(l);
                }
            }
        }
    }

    /** {@code d[key] = value}. */
    @TruffleBoundary
    public final void setItem(Object key, Object value) {
        setItem(key, PyOps.hash(key), value);
    }

    /** Store with a precomputed hash. */
    @TruffleBoundary
    public final void setItem(Object key, long hash, Object value) {
        int e = findSlot(key, hash);
        if (watchers != null) {
            keyChanged(key);
        }
        if (e >= 0) {
            values[e] = value;
            return;
        }
        if (used == keys.length) {
            grow();
            e = findSlot(key, hash);
        }
        int slot = -1 - e;
        keys[used] = key;
        values[used] = value;
        hashes[used] = hash;
        index[slot] = used;
        used++;
        popFrom = Integer.MAX_VALUE;
        size++;
        version++;
        if (used * 3 >= index.length * 2) {
            rebuildIndex(index.length * 2);
        }
    }

    /** Store a {@code str} key. */
    @TruffleBoundary
    public final void setStr(String key, Object value) {
        setItem(key, PyOps.hashString(key), value);
    }

    /** Removes {@code key}; returns the old value or null when absent. */
    @TruffleBoundary
    public final Object removeItem(Object key) {
        long h = PyOps.hash(key);
        int e = findSlot(key, h);
        if (e < 0) {
            return null;
        }
        if (watchers != null) {
            keyChanged(key);
        }
        Object old = values[e];
        keys[e] = DELETED;
        values[e] = null;
        size--;
        version++;
        // keep the index slot pointing at the deleted entry so probing continues past it
        return old;
    }

    /** Removes all items. */
    @TruffleBoundary
    public final void clear() {
        invalidateWatchers();
        keys = new Object[8];
        values = new Object[8];
        hashes = new long[8];
        index = newIndex(16);
        used = 0;
        popFrom = Integer.MAX_VALUE;
        size = 0;
        version++;
    }

    /** Removes and returns the last live slot as {key, value}, or null when empty ({@code popitem}). */
    @TruffleBoundary
    public final Object[] popLast() {
        // entries from popFrom on are all deleted: a loop of popitem() does not walk back over them each time (which
        // made it quadratic), nor hash its keys again
        for (int i = Math.min(used, popFrom) - 1; i >= 0; i--) {
            Object k = keys[i];
            if (k != DELETED) {
                if (watchers != null) {
                    keyChanged(k);
                }
                Object[] kv = {k, values[i]};
                keys[i] = DELETED;
                values[i] = null;
                size--;
                version++;
                popFrom = i;
                return kv;
            }
        }
        popFrom = 0;
        return null;
    }

    private void grow() {
        // compact away deleted entries, then enlarge if still full
        int cap = Math.max(keys.length, 8);
        if (size * 2 > cap) {
            cap *= 2;
        }
        Object[] nk = new Object[cap];
        Object[] nv = new Object[cap];
        long[] nh = new long[cap];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != DELETED) {
                nk[j] = keys[i];
                nv[j] = values[i];
                nh[j] = hashes[i];
                j++;
            }
        }
        keys = nk;
        values = nv;
        hashes = nh;
        used = j;
        popFrom = Integer.MAX_VALUE;
        int n = index.length;
        while (cap * 3 >= n * 2) {
            n *= 2;
        }
        rebuildIndex(n);
    }

    private void rebuildIndex(int n) {
        index = newIndex(n);
        int mask = n - 1;
        for (int e = 0; e < used; e++) {
            if (keys[e] == DELETED) {
                continue;
            }
            long h = hashes[e];
            int i = (int) (h & mask);
            long perturb = h;
            while (index[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
            index[i] = e;
        }
    }

    /** The live keys in insertion order. */
    @TruffleBoundary
    public final Object[] keysArray() {
        Object[] out = new Object[size];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != DELETED) {
                out[j++] = keys[i];
            }
        }
        return out;
    }

    /** The live values in insertion order. */
    @TruffleBoundary
    public final Object[] valuesArray() {
        Object[] out = new Object[size];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != DELETED) {
                out[j++] = values[i];
            }
        }
        return out;
    }

    /** Copies all items of {@code other} into this dict ({@code update}). */
    @TruffleBoundary
    public final void putAll(PyDict other) {
        for (int i = 0; i < other.used; i++) {
            if (other.keys[i] != DELETED) {
                setItem(other.keys[i], other.hashes[i], other.values[i]);
            }
        }
    }
}
