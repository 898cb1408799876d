package org.auditpy.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Descriptor objects implemented in Java: getset descriptors for builtin types' attributes
 * ({@code getset_descriptor}, e.g. {@code type.__dict__['__bases__']}), and the wrappers {@code property},
 * {@code staticmethod} and {@code classmethod} (Objects/descrobject.c, Objects/funcobject.c).
 */
public final class Descriptors {
    private Descriptors() {
    }

    /** A {@code getset_descriptor}: Java getter and optional setter/deleter for an attribute of a builtin type. */
    public static final class GetSet extends PythonObject {
        private final String name;
        private final PyType owner;
        private final Function<Object, Object> getter;
        private final BiConsumer<Object, Object> setter;
        private final java.util.function.Consumer<Object> deleter;

        public GetSet(PyType cls, String name, PyType owner, Function<Object, Object> getter, BiConsumer<Object, Object> setter,
                        java.util.function.Consumer<Object> deleter) {
            super(cls);
            this.name = name;
            this.owner = owner;
            this.getter = getter;
            this.setter = setter;
            this.deleter = deleter;
        }

        public String getName() {
            return name;
        }

        public PyType getOwner() {
            return owner;
        }

        /** For {@code __slots__} members: the internal property key holding the value (else null). */
        private String slotKey;
        /** Whether this is the {@code __dict__} of a Python class's instances (CPython's subtype_dict). */
        private boolean instanceDict;

        /** Marks this as the {@code __dict__} descriptor of a Python class's instances; returns it. */
        public GetSet asInstanceDict() {
            this.instanceDict = true;
            return this;
        }

        public boolean isInstanceDict() {
            return instanceDict;
        }

        public GetSet asSlot(String key) {
            this.slotKey = key;
            return this;
        }

        public String getSlotKey() {
            return slotKey;
        }

        /** A member of CPython's {@code PyMemberDef} table (a {@code member_descriptor} there). */
        private boolean member;

        /** Marks a descriptor CPython implements as a member ({@code <member 'x' of 'T' objects>}). */
        public GetSet asMember() {
            this.member = true;
            return this;
        }

        /** Whether CPython shows this descriptor as a member ({@link #asMember}, and {@code __slots__} entries). */
        public boolean isMember() {
            return member || slotKey != null;
        }

        public Object get(Object obj) {
            checkOwner(obj);
            return getter.apply(obj);
        }

        /** {@link #get} for a caller that knows {@code obj} is an instance of the owner (no check). */
        public Object getOwned(Object obj) {
            return getter.apply(obj);
        }

        public void set(Object obj, Object value) {
            checkOwner(obj);
            if (setter == null) {
                throw PyErrors.attributeError("attribute '" + name + "' of '" + owner.getName() + "' objects is not writable");
            }
            setter.accept(obj, value);
        }

        public void delete(Object obj) {
            checkOwner(obj);
            if (deleter == null) {
                if (setter == null) {
                    throw PyErrors.attributeError("attribute '" + name + "' of '" + owner.getName() + "' objects is not writable");
                }
                throw PyErrors.typeError("cannot delete '" + name + "' attribute");
            }
            deleter.accept(obj);
        }

        private void checkOwner(Object obj) {
            if (!PyOps.typeOf(obj).isSubtypeOf(owner)) {
                throw PyErrors.typeError("descriptor '" + name + "' for '" + owner.getName() + "' objects doesn't apply to a '" +
                                PyOps.typeName(obj) + "' object");
            }
        }
    }

    /** Descriptors whose binding is implemented in Java ({@code __get__} of property, staticmethod, classmethod). */
    public abstract static class Wrapper extends PythonObject {
        protected Wrapper(PyType cls) {
            super(cls);
        }

        /** {@code __get__(obj, owner)}; {@code obj} null for access through the class. */
        public abstract Object get(Object obj, PyType owner);
    }

    /** {@code staticmethod(f)}. */
    public static final class StaticMethod extends Wrapper {
        private Object callable;

        public StaticMethod(PyType cls, Object callable) {
            super(cls);
            this.callable = callable;
        }

        public Object getCallable() {
            return callable;
        }

        public void setCallable(Object c) {
            callable = c;
        }

        @Override
        public Object get(Object obj, PyType owner) {
            return callable;
        }
    }

    /** {@code classmethod(f)}. */
    public static final class ClassMethod extends Wrapper {
        private Object callable;

        public ClassMethod(PyType cls, Object callable) {
            super(cls);
            this.callable = callable;
        }

        public Object getCallable() {
            return callable;
        }

        public void setCallable(Object c) {
            callable = c;
        }

        @Override
        public Object get(Object obj, PyType owner) {
            PyType t = owner != null ? owner : PyOps.typeOf(obj);
            // a builtin's class method (int.from_bytes, object.__subclasshook__) binds as a builtin method, as in
            // CPython (classmethod_descriptor's __get__), so inspect.ismethod() is False for it
            BuiltinTypes types = PythonContext.get().types();
            return new PyMethod(callable instanceof PyBuiltinFunction ? types.builtinMethod : types.method, callable, t);
        }
    }

    /** {@code property(fget, fset, fdel, doc)}. */
    public static final class Property extends Wrapper {
        public Object fget;
        public Object fset;
        public Object fdel;
        public Object doc;

        public Property(PyType cls, Object fget, Object fset, Object fdel, Object doc) {
            super(cls);
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            this.doc = doc;
        }

        @Override
        public Object get(Object obj, PyType owner) {
            if (obj == null || obj == PyNone.NONE && owner != PyOps.typeOf(PyNone.NONE)) {
                return this;
            }
            if (fget == PyNone.NONE) {
                throw PyErrors.attributeError("property object has no getter");
            }
            return PyOps.callPositional(fget, obj);
        }
    }
}
