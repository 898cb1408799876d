package org.auditpy.runtime;

/**
 * The singletons of the object model: {@code None}, {@code NotImplemented}, {@code Ellipsis}, and the
 * internal "no value" marker for absent optional arguments (never visible to Python code).
 */
public final class PyNone extends PythonObject {
    /*
     * The ids of the three Python singletons, hence their hashes (object.__hash__: the id rotated right by 4
     * bits). CPython's are addresses inside libpython whose low 12 bits do not vary between runs (the hash's
     * low 8 bits), so sets holding None, Ellipsis or NotImplemented place them in the slots CPython does; the
     * high bits are below every other id Identity hands out.
     */
    private static final long NONE_ID = 0x7e8000000be0L;
    private static final long NOT_IMPLEMENTED_ID = NONE_ID - 0x1b0;
    private static final long ELLIPSIS_ID = NONE_ID + 0x2280;

    /** Python's {@code None}. */
    public static final PyNone NONE = new PyNone("None", NONE_ID);
    /** Python's {@code NotImplemented}. */
    public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented", NOT_IMPLEMENTED_ID);
    /** Python's {@code Ellipsis} ({@code ...}). */
    public static final PyNone ELLIPSIS = new PyNone("Ellipsis", ELLIPSIS_ID);
    /** Marks an optional argument that was not passed, and an absent value in internal lookups. */
    public static final PyNone NO_VALUE = new PyNone("<no value>", 0);

    private final String name;

    private PyNone(String name, long id) {
        super(null);
        this.name = name;
        if (id != 0) {
            setId(id);
        }
    }

    /** The repr: {@code None}, {@code NotImplemented} or {@code Ellipsis}. */
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
