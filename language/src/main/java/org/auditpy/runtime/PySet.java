package org.auditpy.runtime;

/**
 * Python's {@code set} and {@code frozenset} (Objects/setobject.c): the keys of a {@link PyDict} whose values
 * are unused. Iteration is in insertion order (CPython's order differs for colliding hashes; programs must
 * not depend on set order).
 */
public final class PySet extends PyDict {
    public PySet(PyType cls) {
        super(cls);
    }

    /** Adds {@code key}. */
    public void add(Object key) {
        setItem(key, Boolean.TRUE);
    }

    /** True for frozenset instances (immutable, hashable). */
    public boolean isFrozen() {
        PyType t = getPythonClass();
        return t.getLayout() == PyType.Layout.FROZENSET || t.isSubtypeOf(PythonContext.get().types().frozenset);
    }
}
