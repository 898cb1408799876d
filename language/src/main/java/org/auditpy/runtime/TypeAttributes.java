package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code type.__setattr__} / {@code type.__delattr__} (Objects/typeobject.c type_setattro). */
public final class TypeAttributes {
    private TypeAttributes() {
    }

    @TruffleBoundary
    public static void setTypeAttribute(PyType type, String name, Object value) {
        PyType meta = PyOps.typeOf(type);
        Object d = meta.lookup(name);
        if (d instanceof Descriptors.GetSet gs) {
            gs.set(type, value);
            return;
        }
        if (d != null && PyOps.isDataDescriptor(d)) {
            Object set = PyOps.typeOf(d).lookup("__set__");
            if (set != null) {
                PyOps.callDescriptor(set, d, type, value);
                return;
            }
        }
        if (!type.isHeapType()) {
            throw PyErrors.typeError("cannot set '" + name + "' attribute of immutable type '" + type.getName() + "'");
        }
        type.setClassAttribute(name, value);
    }

    @TruffleBoundary
    public static void deleteTypeAttribute(PyType type, String name) {
        PyType meta = PyOps.typeOf(type);
        Object d = meta.lookup(name);
        if (d instanceof Descriptors.GetSet gs) {
            gs.delete(type);
            return;
        }
        if (!type.isHeapType()) {
            throw PyErrors.typeError("cannot delete '" + name + "' attribute of immutable type '" + type.getName() + "'");
        }
        if (!type.deleteClassAttribute(name)) {
            throw PyErrors.attributeError("type object '" + type.getName() + "' has no attribute '" + name + "'");
        }
    }
}
