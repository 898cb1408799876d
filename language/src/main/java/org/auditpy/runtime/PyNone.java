package org.auditpy.runtime;

/**
 * The singletons of the object model: {@code None}, {@code NotImplemented}, {@code Ellipsis}, and the
 * internal "no value" marker for absent optional arguments (never visible to Python code).
 */
public final class PyNone extends PythonObject {
    /** Python's {@code None}. */
    public static final PyNone NONE = new PyNone("None");
    /** Python's {@code NotImplemented}. */
    public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented");
    /** Python's {@code Ellipsis} ({@code ...}). */
    public static final PyNone ELLIPSIS = new PyNone("Ellipsis");
    /** Marks an optional argument that was not passed, and an absent value in internal lookups. */
    public static final PyNone NO_VALUE = new PyNone("<no value>");

    private final String name;

    private PyNone(String name) {
        super(null);
        this.name = name;
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
