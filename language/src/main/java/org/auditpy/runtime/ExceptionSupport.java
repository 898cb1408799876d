package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Exception attributes, str() and the last traceback line, as CPython's Objects/exceptions.c and traceback.py. */
public final class ExceptionSupport {
    private ExceptionSupport() {
    }

    private static boolean isA(PyBaseException e, String name) {
        return e.getPythonClass().isSubtypeOf(PythonContext.get().types().exception(name));
    }

    /**
     * An exception {@code caught} by an except clause while {@code handled} (or null) was being handled: when it
     * has no context yet (it was raised by an operation, not a raise statement, which sets one), it gets
     * {@code handled}, as CPython's {@code _PyErr_SetObject} gave it when it was raised. The common case (nothing
     * handled, or a context already set) stays in compiled code.
     */
    public static void setContextOnCatch(PyBaseException caught, PyBaseException handled) {
        if (handled != null && handled != caught && caught.getContext() == PyNone.NONE) {
            setImplicitContext(caught, handled);
        }
    }

    /**
     * Implicit exception chaining, as CPython 3.11's {@code _PyErr_SetObject} (Python/errors.c): {@code value},
     * raised while {@code handled} is being handled, gets {@code handled} as its {@code __context__}; a link back
     * to {@code value} in {@code handled}'s context chain is cut first, so that no new cycle forms (an existing
     * cycle is left alone: Floyd's walk stops on it).
     */
    @TruffleBoundary
    public static void setImplicitContext(PyBaseException value, PyBaseException handled) {
        if (value == handled) {
            return;
        }
        PyBaseException o = handled;
        PyBaseException slow = o;
        boolean toggle = false;
        while (o.getContext() instanceof PyBaseException c) {
            if (c == value) {
                o.setContext(PyNone.NONE);
                break;
            }
            o = c;
            if (o == slow) {
                break;
            }
            if (toggle) {
                slow = slow.getContext() instanceof PyBaseException sc ? sc : slow;
            }
            toggle = !toggle;
        }
        value.setContext(handled);
    }

    /** The exception classes (and their subclasses) whose instances {@link #initAttributes} gives attributes. */
    private static final String[] SPECIAL = {"StopIteration", "SystemExit", "OSError", "ImportError", "SyntaxError",
                    "UnicodeEncodeError", "UnicodeDecodeError"};

    /**
     * Whether instances of exception class {@code t} get type-specific attributes from their args
     * (StopIteration.value, SystemExit.code, OSError.errno, ...): answered once per class and kept on it.
     */
    @TruffleBoundary
    public static boolean needsAttributes(PyType t) {
        byte kind = t.getExceptionInitKind();
        if (kind == 0) {
            kind = 1;
            BuiltinTypes types = PythonContext.get().types();
            for (String special : SPECIAL) {
                if (t.isSubtypeOf(types.exception(special))) {
                    kind = 2;
                    break;
                }
            }
            t.setExceptionInitKind(kind);
        }
        return kind == 2;
    }

    /** Sets StopIteration.value, SystemExit.code, OSError's errno/strerror/filename, ImportError.name/path. */
    @TruffleBoundary
    public static void initAttributes(PyBaseException e) {
        if (!needsAttributes(e.getPythonClass())) {
            return;
        }
        Object[] a = e.getArgs().items();
        if (isA(e, "StopIteration")) {
            e.setAttribute("value", a.length > 0 ? a[0] : PyNone.NONE);
        } else if (isA(e, "SystemExit")) {
            e.setAttribute("code", a.length == 0 ? PyNone.NONE : a.length == 1 ? a[0] : e.getArgs());
        } else if (isA(e, "OSError")) {
            boolean two = a.length >= 2 && a.length <= 5;
            e.setAttribute("errno", two ? a[0] : PyNone.NONE);
            e.setAttribute("strerror", two ? a[1] : PyNone.NONE);
            e.setAttribute("filename", two && a.length >= 3 ? a[2] : PyNone.NONE);
            e.setAttribute("filename2", two && a.length >= 5 ? a[4] : PyNone.NONE);
            if (two && a.length >= 3) {
                e.setArgs(PyTuple.of(a[0], a[1]));
            }
        } else if (isA(e, "ImportError")) {
            if (e.getAttributeOrNull("name") == null) {
                e.setAttribute("name", PyNone.NONE);
            }
            if (e.getAttributeOrNull("path") == null) {
                e.setAttribute("path", PyNone.NONE);
            }
            e.setAttribute("msg", a.length > 0 ? a[0] : PyNone.NONE);
        } else if (isA(e, "SyntaxError")) {
            e.setAttribute("msg", a.length > 0 ? a[0] : PyNone.NONE);
            Object[] info = a.length > 1 && a[1] instanceof PyTuple t ? t.items() : new Object[0];
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            for (int i = 0; i < names.length; i++) {
                e.setAttribute(names[i], i < info.length ? info[i] : PyNone.NONE);
            }
            e.setAttribute("print_file_and_line", PyNone.NONE);
        } else if ((isA(e, "UnicodeEncodeError") || isA(e, "UnicodeDecodeError")) && a.length == 5) {
            String[] names = {"encoding", "object", "start", "end", "reason"};
            for (int i = 0; i < names.length; i++) {
                e.setAttribute(names[i], a[i]);
            }
        }
    }

    /** UnicodeEncodeError/UnicodeDecodeError.__str__ (Objects/exceptions.c), or null if the attributes are unusable. */
    private static String unicodeErrorStr(PyBaseException e) {
        Object enc = e.getAttributeOrNull("encoding");
        Object obj = e.getAttributeOrNull("object");
        Object st = e.getAttributeOrNull("start");
        Object en = e.getAttributeOrNull("end");
        Object reason = e.getAttributeOrNull("reason");
        if (!(st instanceof Long start) || !(en instanceof Long end) || enc == null || reason == null) {
            return null;
        }
        if (isA(e, "UnicodeEncodeError") && obj instanceof String str) {
            int[] cps = str.codePoints().toArray();
            if (start >= 0 && start < cps.length && end == start + 1) {
                int cp = cps[(int) (long) start];
                String ch = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                return "'" + PyOps.str(enc) + "' codec can't encode character '" + ch + "' in position " + start + ": " + PyOps.str(reason);
            }
            return "'" + PyOps.str(enc) + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": " + PyOps.str(reason);
        }
        if (isA(e, "UnicodeDecodeError") && obj instanceof PyBytes b) {
            byte[] bs = b.getBytes();
            if (start >= 0 && start < bs.length && end == start + 1) {
                return "'" + PyOps.str(enc) + "' codec can't decode byte 0x" + String.format("%02x", bs[(int) (long) start] & 0xff) + " in position " +
                                start + ": " + PyOps.str(reason);
            }
            return "'" + PyOps.str(enc) + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + PyOps.str(reason);
        }
        return null;
    }

    /** {@code str(exc)}. */
    @TruffleBoundary
    public static String str(PyBaseException e) {
        Object[] a = e.getArgs().items();
        if (isA(e, "KeyError") && a.length == 1) {
            return PyOps.repr(a[0]);
        }
        if (isA(e, "OSError")) {
            Object errno = e.getAttributeOrNull("errno");
            Object strerror = e.getAttributeOrNull("strerror");
            Object filename = e.getAttributeOrNull("filename");
            if (filename != null && filename != PyNone.NONE) {
                Object f2 = e.getAttributeOrNull("filename2");
                if (f2 != null && f2 != PyNone.NONE) {
                    return "[Errno " + PyOps.str(errno) + "] " + PyOps.str(strerror) + ": " + PyOps.repr(filename) + " -> " + PyOps.repr(f2);
                }
                return "[Errno " + PyOps.str(errno) + "] " + PyOps.str(strerror) + ": " + PyOps.repr(filename);
            }
            if (errno != null && errno != PyNone.NONE && strerror != null && strerror != PyNone.NONE) {
                return "[Errno " + PyOps.str(errno) + "] " + PyOps.str(strerror);
            }
        }
        if ((isA(e, "UnicodeEncodeError") || isA(e, "UnicodeDecodeError")) && e.getAttributeOrNull("object") != null) {
            String u = unicodeErrorStr(e);
            if (u != null) {
                return u;
            }
        }
        if (isA(e, "SyntaxError")) {
            Object msg = e.getAttributeOrNull("msg");
            Object lineno = e.getAttributeOrNull("lineno");
            Object filename = e.getAttributeOrNull("filename");
            String m = msg == null || msg == PyNone.NONE ? (a.length > 0 ? PyOps.str(a[0]) : "") : PyOps.str(msg);
            boolean hasFile = filename instanceof String;
            boolean hasLine = PyOps.isInt(lineno);
            if (hasFile && hasLine) {
                return m + " (" + basename((String) filename) + ", line " + lineno + ")";
            } else if (hasFile) {
                return m + " (" + basename((String) filename) + ")";
            } else if (hasLine) {
                return m + " (line " + lineno + ")";
            }
            return m;
        }
        if (a.length == 0) {
            return "";
        }
        if (a.length == 1) {
            return PyOps.str(a[0]);
        }
        return PyOps.repr(e.getArgs());
    }

    private static String basename(String f) {
        int i = f.lastIndexOf('/');
        return i >= 0 ? f.substring(i + 1) : f;
    }

    /** {@code repr(exc)}: {@code Name(args...)}. */
    @TruffleBoundary
    public static String repr(PyBaseException e) {
        Object[] a = e.getArgs().items();
        String name = e.getPythonClass().getName();
        if (a.length == 1) {
            return name + "(" + PyOps.repr(a[0]) + ")";
        }
        String r = PyOps.repr(e.getArgs());
        return name + r;
    }

    /** The traceback's last line: {@code module.Name: str(exc)} (module omitted for builtins and __main__). */
    @TruffleBoundary
    public static String formatExceptionOnly(PyBaseException e) {
        return formatExceptionOnly(e, false);
    }

    /**
     * The last line of a traceback; {@code alwaysColon} as the default {@code sys.unraisablehook} writes it
     * (CPython's {@code write_unraisable_exc_file}: {@code "Name: "} even when {@code str(e)} is empty).
     */
    @TruffleBoundary
    public static String formatExceptionOnly(PyBaseException e, boolean alwaysColon) {
        String name = exceptionName(e);
        String s = exceptionMessage(e);
        return s.isEmpty() && !alwaysColon ? name : name + ": " + s;
    }

    /** The type name a traceback's last line starts with: {@code module.qualname}, without builtins and __main__. */
    @TruffleBoundary
    public static String exceptionName(PyBaseException e) {
        PyType t = e.getPythonClass();
        Object mod = t.getDict().getStr("__module__");
        String name = t.getQualname();
        if (mod instanceof String m && !m.equals("builtins") && !m.equals("__main__")) {
            name = m + "." + name;
        }
        return name;
    }

    /** {@code str(e)} for a traceback's last line, {@code "<exception str() failed>"} when it raises. */
    @TruffleBoundary
    public static String exceptionMessage(PyBaseException e) {
        PyType t = e.getPythonClass();
        try {
            return t.lookup("__str__") instanceof PyFunction || e.getGroupExceptions() != null ? PyOps.str(e) : str(e);
        } catch (PyException ex) {
            return "<exception str() failed>";
        }
    }

    /** As CPython's {@code _Py_HandleSystemExit}: None → 0, int → itself, anything else is printed → 1. */
    @TruffleBoundary
    public static int exitCodeOf(PyBaseException e) {
        Object code = e.getAttributeOrNull("code");
        if (code == null || code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (code instanceof java.math.BigInteger) {
            // PyLong_AsLong fails beyond a C long: CPython's _Py_HandleSystemExit exits with -1 (status 255)
            return -1;
        }
        return 1;
    }
}
