package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Factories for raising builtin exceptions with CPython's types and messages ({@code PyErr_SetString},
 * {@code PyErr_Format}). Each returns the throwable so call sites read {@code throw PyErrors.typeError(...)}.
 */
public final class PyErrors {
    private PyErrors() {
    }

    /** Creates (does not raise) an exception instance of {@code type} with {@code args}. */
    @TruffleBoundary
    public static PyBaseException newException(PyType type, Object... args) {
        PyBaseException e = new PyBaseException(type, PyTuple.of(args));
        PyOps.initExceptionAttributes(e);
        return e;
    }

    /** Raises the builtin exception named {@code typeName} with one message argument. */
    @TruffleBoundary
    public static PyException raise(String typeName, String message) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        PyType t = PythonContext.get().types().exception(typeName);
        return newException(t, message).toThrowable(null);
    }

    /**
     * A MemoryError without arguments, as CPython's PyErr_NoMemory (an allocation that cannot be made: sizes past a
     * Java array's or string's limit, or an exhausted heap).
     */
    public static PyException noMemory() {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return raise(PythonContext.get().types().exception("MemoryError"));
    }

    /** Raises {@code type(args...)}. */
    @TruffleBoundary
    public static PyException raise(PyType type, Object... args) {
        return newException(type, args).toThrowable(null);
    }

    /**
     * The TypeError of {@code T.__new__(cls)} for a {@code cls} that cannot be made by {@code T}'s constructor, as
     * CPython's tp_new_wrapper (Objects/typeobject.c) words it: "int.__new__(str): str is not a subtype of int", or
     * "int.__new__(X): X is not a type object (str)" when {@code cls} is no type.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static PyException newArgError(String typeName, Object cls) {
        if (cls instanceof PyType t) {
            return typeError(typeName + ".__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of " + typeName);
        }
        return typeError(typeName + ".__new__(X): X is not a type object (" + PyOps.typeName(cls) + ")");
    }

    public static PyException typeError(String msg) {
        return raise("TypeError", msg);
    }

    public static PyException valueError(String msg) {
        return raise("ValueError", msg);
    }

    public static PyException attributeError(String msg) {
        return raise("AttributeError", msg);
    }

    /**
     * A NameError the interpreter raises for the unbound name {@code name}, with {@code name} set as CPython's
     * {@code format_exc_check_arg} (Python/ceval.c) does for its NameErrors (not for UnboundLocalError).
     */
    @TruffleBoundary
    public static PyException nameError(String msg, String name) {
        PyException pe = raise("NameError", msg);
        pe.getPyException().setMissingName(name);
        return pe;
    }

    public static PyException indexError(String msg) {
        return raise("IndexError", msg);
    }

    public static PyException zeroDivision(String msg) {
        return raise("ZeroDivisionError", msg);
    }

    public static PyException overflowError(String msg) {
        return raise("OverflowError", msg);
    }

    public static PyException runtimeError(String msg) {
        return raise("RuntimeError", msg);
    }

    public static PyException systemError(String msg) {
        return raise("SystemError", msg);
    }

    /**
     * An interpreter bug met while Python code runs (a Java exception where a Python one was due), as the
     * {@code SystemError} Python code can catch: "internal error: " and the exception's simple class name and
     * message. The Java stack trace is printed to stderr only when {@code AUDITPY_JAVA_TRACE} is set.
     */
    @TruffleBoundary
    public static PyException internalError(Throwable t) {
        if (System.getenv("AUDITPY_JAVA_TRACE") != null) {
            t.printStackTrace();
        }
        String m = t.getMessage();
        return raise("SystemError", "internal error: " + t.getClass().getSimpleName() + (m == null ? "" : ": " + m));
    }

    public static PyException notImplemented(String msg) {
        return raise("NotImplementedError", msg);
    }

    /** {@code KeyError(key)}: the key itself is the argument, so {@code str(e)} is its repr. */
    @TruffleBoundary
    public static PyException keyError(Object key) {
        return raise(PythonContext.get().types().exception("KeyError"), key);
    }

    /** {@code StopIteration} (with a value when not None). */
    @TruffleBoundary
    public static PyException stopIteration(Object value) {
        PyType t = PythonContext.get().types().exception("StopIteration");
        return value == PyNone.NONE || value == null ? raise(t) : raise(t, value);
    }

    /** {@code OSError(errno, strerror[, filename])}; the constructor picks the subclass by errno. */
    @TruffleBoundary
    public static PyException osError(int errno, String strerror, Object filename) {
        PyType t = PythonContext.get().types().exception(OsErrors.subclassFor(errno));
        return filename == null ? raise(t, (long) errno, strerror) : raise(t, (long) errno, strerror, filename);
    }

    /**
     * The AttributeError of a failed attribute read, "'X' object has no attribute 'y'" (or the type and module
     * forms), with {@code name} and {@code obj} set as CPython 3.11's {@code PyObject_GetAttr} does
     * (Objects/object.c set_attribute_error_context).
     */
    @TruffleBoundary
    public static PyException attributeNotFound(Object obj, String name) {
        PyException pe = noAttribute(obj, name);
        PyBaseException e = pe.getPyException();
        e.setMissingName(name);
        e.setMissingFrom(obj);
        return pe;
    }

    /**
     * Objects/object.c set_attribute_error_context: an AttributeError leaving an attribute read of {@code name} on
     * {@code obj} gets them as its {@code name} and {@code obj} unless either is already set. Other exceptions
     * are left alone. Returns {@code pe}.
     */
    @TruffleBoundary
    public static PyException addAttributeErrorContext(PyException pe, Object obj, String name) {
        PyBaseException e = pe.getPyException();
        if (e.getMissingName() == null && e.getMissingFrom() == null &&
                        e.getPythonClass().isSubtypeOf(PythonContext.get().types().exception("AttributeError"))) {
            e.setMissingName(name);
            e.setMissingFrom(obj);
        }
        return pe;
    }

    /** The "'X' object has no attribute 'y'" AttributeError, without {@code name} and {@code obj} (deletions). */
    @TruffleBoundary
    public static PyException noAttribute(Object obj, String name) {
        if (obj instanceof PyType t) {
            return attributeError("type object '" + t.getName() + "' has no attribute '" + name + "'");
        }
        if (obj instanceof PyModule m) {
            // module_getattro (Objects/moduleobject.c)
            return attributeError(m.isInitializing()
                            ? "partially initialized module '" + m.getName() + "' has no attribute '" + name + "' (most likely due to a circular import)"
                            : "module '" + m.getName() + "' has no attribute '" + name + "'");
        }
        return attributeError("'" + PyOps.typeName(obj) + "' object has no attribute '" + name + "'");
    }
}
