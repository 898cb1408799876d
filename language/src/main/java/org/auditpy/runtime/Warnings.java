package org.auditpy.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;

/**
 * Warnings issued by the interpreter's own code, as CPython's {@code PyErr_WarnEx} (Python/_warnings.c) issues
 * them: through {@code warnings.warn(message, category, stacklevel)}, whose filters ({@code -W}, {@code -b},
 * {@code warnings.simplefilter}) show, ignore or raise the warning. CPython's {@code warn} is C code and adds no
 * frame to the traceback of a warning made an error; auditpy's is {@code warnings.py}'s, whose frames are taken off
 * the traceback here, so the error shows where the program's code was.
 */
public final class Warnings {
    private Warnings() {
    }

    /**
     * Valid while no context runs with {@code -b} (invalidated by the first that does): until then a block's
     * statements run as they always do, with nothing of {@link #enterStatement}.
     */
    public static final Assumption NO_BYTES_WARNING = Truffle.getRuntime().createAssumption("no context runs with -b");

    /**
     * Makes {@code statement} the place of what Java code does for it until {@link #leaveStatement} (with
     * {@code -b}: a block runs each statement so). A BytesWarning comes from code that compares or converts inside
     * a node, without a call: the Python code of {@code warnings.warn} that it calls then finds the frame's line
     * (sys._getframe(1).f_lineno, the location of the warning) at the statement, where CPython has its instruction.
     *
     * @return the previous place, for {@link #leaveStatement}
     */
    public static Node enterStatement(Node statement) {
        return EncapsulatingNodeReference.getCurrent().set(statement);
    }

    /** Ends {@link #enterStatement}: {@code previous} is the place again. */
    public static void leaveStatement(Node previous) {
        EncapsulatingNodeReference.getCurrent().set(previous);
    }

    /**
     * Issues the warning {@code message} of the builtin category {@code category} (e.g. {@code "BytesWarning"}) at the
     * Python code running now ({@code stacklevel} 1).
     *
     * @throws PyException the warning itself when a filter makes it an error, or any error of the warnings machinery
     */
    @TruffleBoundary
    public static void warn(String category, String message) {
        PythonContext ctx = PythonContext.get();
        Object warn = ImportSystem.findAndLoad("warnings").getDict().getStr("warn");
        try {
            PyOps.callPositional(warn, message, ctx.types().exception(category), 1L);
        } catch (PyException e) {
            // raised in warnings.py's frames: the traceback starts again at the caller's frame
            e.getPyException().setTraceback(null);
            throw new PyException(e.getPyException(), null);
        }
    }

    /**
     * The BytesWarning of {@code -b} (a warning) or {@code -bb} (an error) when the flag is set, else nothing, as
     * CPython's {@code if (_Py_GetConfig()->bytes_warning) PyErr_WarnEx(PyExc_BytesWarning, message, 1)} in
     * Objects/bytesobject.c, bytearrayobject.c and unicodeobject.c. Callers reach it only on their rare branch (str()
     * of a bytes object, bytes compared with a str or an int), so the check costs nothing elsewhere.
     */
    @TruffleBoundary
    public static void bytesWarning(String message) {
        if (PythonContext.get().bytesWarning() != 0) {
            warn("BytesWarning", message);
        }
    }
}
