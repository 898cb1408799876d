package org.auditpy.runtime;

/** Python's {@code tuple}: an immutable array of objects. */
public final class PyTuple extends PythonObject {
    public static final Object[] EMPTY_ARRAY = new Object[0];
    private final Object[] items;

    public PyTuple(PyType cls, Object[] items) {
        super(cls);
        this.items = items;
    }

    /** A tuple of the exact builtin type holding {@code items} (not copied). */
    public static PyTuple of(Object... items) {
        return new PyTuple(PythonContext.get().types().tuple, items);
    }

    /** The elements (must not be modified). */
    public Object[] items() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }
}
