package org.auditpy.runtime;

/** A closure cell ({@code types.CellType}): one variable shared between a scope and inner functions. */
public final class PyCell extends PythonObject {
    private Object value;

    public PyCell(Object value) {
        super(PythonContext.get().types().cell);
        this.value = value;
    }

    /** The value, or null when the variable is unbound. */
    public Object get() {
        return value;
    }

    public void set(Object v) {
        value = v;
    }
}
