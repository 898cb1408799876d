package org.auditpy.runtime;

/** A bound method ({@code types.MethodType}): {@code __func__} bound to {@code __self__}. */
public final class PyMethod extends PythonObject {
    private final Object function;
    private final Object self;

    public PyMethod(PyType cls, Object function, Object self) {
        super(cls);
        this.function = function;
        this.self = self;
    }

    public Object getFunction() {
        return function;
    }

    public Object getSelf() {
        return self;
    }
}
