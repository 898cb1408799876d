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

    /** Raises {@code type(args...)}. */
    @TruffleBoundary
    public static PyException raise(PyType type, Object... args) {
        return newException(type, args).toThrowable(null);
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

    public static PyException nameError(String msg) {
        return raise("NameError", msg);
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

    /** The "'X' object has no attribute 'y'" AttributeError. */
    @TruffleBoundary
    public static PyException noAttribute(Object obj, String name) {
        if (obj instanceof PyType t) {
            return attributeError("type object '" + t.getName() + "' has no attribute '" + name + "'");
        }
        if (obj instanceof PyModule m) {
            return attributeError("module '" + m.getName() + "' has no attribute '" + name + "'");
        }
        return attributeError("'" + PyOps.typeName(obj) + "' object has no attribute '" + name + "'");
    }
}
