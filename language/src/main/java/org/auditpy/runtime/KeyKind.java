package org.auditpy.runtime;

/**
 * The kinds of key that a dict store or a set insertion handles in compiled code, without calling Python code
 * ({@link PyDict#storeKnown}, {@link PySet#addKnown}): an exact {@code str}, an {@code int} in the long range, and an
 * object that hashes by identity ({@link PyOps#hashesByIdentity}). A caller passes a constant kind, so that partial
 * evaluation folds the switches here to the one kind's hash and comparison.
 *
 * <p>A stored key of the same hash is compared as CPython's lookdict and set_lookkey compare it, where that needs no
 * {@code __eq__}: identity first, then the value for two strs or two ints; a stored key that might equal the probe
 * key only by its own {@code __eq__} (a str or int subclass instance, a float, another object of the same identity
 * hash) makes the caller go the general way, which asks it.
 */
public final class KeyKind {
    private KeyKind() {
    }

    /** An exact {@code str} key (a {@link String}). */
    public static final int STR = 0;
    /** An {@code int} key in the long range (a {@link Long}). */
    public static final int INT = 1;
    /** A key that hashes by identity ({@link PyOps#identityHash}). */
    public static final int IDENTITY = 2;

    /** {@link #compare}: the stored key equals the probe key. */
    static final int EQUAL = 1;
    /** {@link #compare}: the stored key differs from the probe key. */
    static final int DIFFERENT = 0;
    /** {@link #compare}: only the general path (with {@code __eq__}) can tell. */
    static final int ASK = -1;

    /** The key's hash ({@code hash(key)}) for a key of {@code kind}. */
    static long hash(Object key, int kind) {
        switch (kind) {
            case STR:
                return PyOps.hashString((String) key);
            case INT:
                return Hashing.hashLong((Long) key);
            default:
                return PyOps.identityHashOfObject((PythonObject) key);
        }
    }

    /**
     * Compares a stored key with a probe key of {@code kind} whose hash it shares: {@link #EQUAL}, {@link #DIFFERENT}
     * or {@link #ASK}. A stored str never equals an int nor an int a str (their richcompare is NotImplemented both
     * ways), and a stored big int never equals a long-range int.
     */
    static int compare(Object stored, Object key, int kind) {
        if (stored == key) {
            return EQUAL;
        }
        switch (kind) {
            case STR:
                if (stored instanceof String s) {
                    return s.equals(key) ? EQUAL : DIFFERENT;
                }
                return stored instanceof PythonObject ? ASK : DIFFERENT;
            case INT:
                if (stored instanceof Long l) {
                    return l.longValue() == ((Long) key).longValue() ? EQUAL : DIFFERENT;
                }
                if (stored instanceof Boolean b) {
                    return (b ? 1L : 0L) == ((Long) key).longValue() ? EQUAL : DIFFERENT;
                }
                return stored instanceof String || stored instanceof java.math.BigInteger ? DIFFERENT : ASK;
            default:
                return ASK;
        }
    }
}
