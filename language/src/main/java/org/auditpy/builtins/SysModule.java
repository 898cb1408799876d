package org.auditpy.builtins;

import java.util.ArrayList;
import java.util.List;

import org.auditpy.AuditPyLanguage;
import org.auditpy.audit.Audit;
import org.auditpy.audit.AuditHooks;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFrame;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyTraceback;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** The {@code sys} module (Python/sysmodule.c). */
public final class SysModule extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SysModuleFactory.getFactories();
    }

    public static final String VERSION = "3.11.7 (auditpy, Truffle) [Java " + Runtime.version().feature() + "]";
    public static final long HEXVERSION = 0x030b07f0L;

    static PyDict sysDict() {
        return PythonContext.get().getSys().getDict();
    }

    // ------------------------------------------------------------------------------------------ audit

    @Builtin(name = "audit", params = {"*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class SysAuditNode extends PythonBuiltinNode {
        /** As CPython 3.11's sys_audit: with no hooks, returns at once without validating the event. */
        @Specialization
        static Object audit(PyTuple args, PyDict kwargs, @Cached("createDynamic()") org.auditpy.audit.AuditNode audit) {
            Object[] a = args.items();
            if (kwargs.size() > 0) {
                throw PyErrors.typeError("sys.audit() takes no keyword arguments");
            }
            if (a.length == 0) {
                throw PyErrors.typeError("audit() missing 1 required positional argument: 'event'");
            }
            if (!audit.isActive()) {
                return PyNone.NONE;
            }
            String event = a[0] instanceof String s && s.indexOf('\0') < 0 ? s : AuditHooks.checkEventName(a[0]);
            Object[] rest = new Object[a.length - 1];
            for (int i = 0; i < rest.length; i++) {
                rest[i] = a[i + 1];
            }
            audit.raiseEvent(event, rest);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "addaudithook", params = {"*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class AddAuditHookNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object addaudithook(Object args, Object kwargs) {
            Object[] a = ((PyTuple) args).items();
            PyDict kw = (PyDict) kwargs;
            int total = a.length + kw.size();
            if (total > 1) {
                throw PyErrors.typeError("addaudithook() takes at most 1 argument (" + total + " given)");
            }
            Object hook;
            if (a.length == 1) {
                hook = a[0];
            } else if (kw.size() == 1) {
                Object k = kw.keysArray()[0];
                if (!"hook".equals(k)) {
                    throw PyErrors.typeError("addaudithook() got an unexpected keyword argument '" + k + "'");
                }
                hook = kw.getStr("hook");
            } else {
                throw PyErrors.typeError("addaudithook() missing required argument 'hook' (pos 1)");
            }
            PythonContext.get().audit().addPythonHook(hook);
            return PyNone.NONE;
        }
    }

    // ------------------------------------------------------------------------------------------ misc functions

    @Builtin(name = "exit", params = {"status=", "/"})
    @GenerateNodeFactory
    abstract static class ExitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object exit(Object status) {
            PyType t = PythonContext.get().types().exception("SystemExit");
            if (status == PyNone.NO_VALUE) {
                throw PyErrors.raise(t);
            }
            throw PyErrors.raise(t, status);
        }
    }

    @Builtin(name = "get_int_max_str_digits", params = {})
    @GenerateNodeFactory
    abstract static class GetIntMaxStrDigitsNode extends PythonBuiltinNode {
        @Specialization
        static Object get() {
            return (long) PythonContext.get().getIntMaxStrDigits();
        }
    }

    /** {@code sys.set_int_max_str_digits(maxdigits)} (Python/sysmodule.c): 0, or at least 640. */
    @Builtin(name = "set_int_max_str_digits", params = {"maxdigits"})
    @GenerateNodeFactory
    abstract static class SetIntMaxStrDigitsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object set(Object maxdigits) {
            int n = PyOps.asCInt(maxdigits);
            if (n != 0 && n < PythonContext.INT_MAX_STR_DIGITS_THRESHOLD) {
                throw PyErrors.valueError("maxdigits must be 0 or larger than " + PythonContext.INT_MAX_STR_DIGITS_THRESHOLD);
            }
            PythonContext.get().setIntMaxStrDigits(n);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "getrecursionlimit", params = {})
    @GenerateNodeFactory
    abstract static class GetRecursionLimitNode extends PythonBuiltinNode {
        @Specialization
        static Object get() {
            return (long) PythonContext.get().getRecursionLimit();
        }
    }

    @Builtin(name = "setrecursionlimit", params = {"limit", "/"})
    @GenerateNodeFactory
    abstract static class SetRecursionLimitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object set(Object limit) {
            int n = PyOps.asCInt(limit);
            if (n < 1) {
                throw PyErrors.valueError("recursion limit must be greater or equal than 1");
            }
            PythonContext ctx = PythonContext.get();
            if (n <= ctx.callDepth) {
                throw PyErrors.raise("RecursionError", "cannot set the recursion limit to " + n + " at the recursion depth " + ctx.callDepth +
                                ": the limit is too low");
            }
            ctx.setRecursionLimit(n);
            return PyNone.NONE;
        }
    }

    @TruffleBoundary
    static PyTuple excInfo() {
        PyBaseException e = PythonContext.get().handledException;
        if (e == null) {
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        Object tb = e.getTracebackOrNull() == null ? PyNone.NONE : e.getTracebackOrNull();
        return PyTuple.of(e.getPythonClass(), e, tb);
    }

    @Builtin(name = "exc_info", params = {})
    @GenerateNodeFactory
    abstract static class ExcInfoNode extends PythonBuiltinNode {
        @Specialization
        static Object excInfo() {
            return SysModule.excInfo();
        }
    }

    @Builtin(name = "exception", params = {})
    @GenerateNodeFactory
    abstract static class ExceptionNode extends PythonBuiltinNode {
        @Specialization
        static Object exception() {
            PyBaseException e = PythonContext.get().handledException;
            return e == null ? PyNone.NONE : e;
        }
    }

    @Builtin(name = "getdefaultencoding", params = {})
    @GenerateNodeFactory
    abstract static class GetDefaultEncodingNode extends PythonBuiltinNode {
        @Specialization
        static Object get() {
            return "utf-8";
        }
    }

    @Builtin(name = "getfilesystemencoding", params = {})
    @GenerateNodeFactory
    abstract static class GetFsEncodingNode extends PythonBuiltinNode {
        @Specialization
        static Object get() {
            return "utf-8";
        }
    }

    @Builtin(name = "getfilesystemencodeerrors", params = {})
    @GenerateNodeFactory
    abstract static class GetFsErrorsNode extends PythonBuiltinNode {
        @Specialization
        static Object get() {
            return "surrogateescape";
        }
    }

    @Builtin(name = "intern", params = {"string", "/"})
    @GenerateNodeFactory
    abstract static class InternNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object intern(Object s) {
            if (!(s instanceof String str)) {
                throw PyErrors.typeError("intern() argument must be str, not " + PyOps.typeName(s));
            }
            return str.intern();
        }
    }

    @Builtin(name = "getsizeof", params = {"object", "default="})
    @GenerateNodeFactory
    abstract static class GetSizeOfNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object getsizeof(Object o, Object dflt) {
            Object r = PyOps.callSpecial(o, "__sizeof__");
            if (r != null && PyOps.isInt(r)) {
                return PyOps.asIndex(r) + (o instanceof PythonObject po && po.getPythonClass() != null && po.getPythonClass().isHeapType() ? 16 : 0);
            }
            return approxSize(o);
        }
    }

    @TruffleBoundary
    static long approxSize(Object o) {
        if (o instanceof Long l) {
            return l == 0 ? 24 : 28 + (64 - Long.numberOfLeadingZeros(Math.abs(l))) / 30 * 4;
        } else if (o instanceof java.math.BigInteger b) {
            return 24 + ((b.bitLength() + 29) / 30) * 4;
        } else if (o instanceof Boolean) {
            return 28;
        } else if (o instanceof Double) {
            return 24;
        } else if (o instanceof String s) {
            boolean ascii = s.chars().allMatch(c -> c < 128);
            return ascii ? 49 + s.length() : 74 + 2L * s.length();
        } else if (o instanceof PyTuple t) {
            return 40 + 8L * t.size();
        } else if (o instanceof PyList l) {
            return 56 + 8L * l.size();
        } else if (o instanceof PySet s) {
            return s.sizeInBytes();
        } else if (o instanceof PyDict d) {
            return d.size() == 0 ? 64 : 232;
        }
        return 48;
    }

    @Builtin(name = "getrefcount", params = {"object", "/"})
    @GenerateNodeFactory
    abstract static class GetRefCountNode extends PythonBuiltinNode {
        @Specialization
        static Object get(Object o) {
            return 2L;
        }
    }

    @Builtin(name = "is_finalizing", params = {})
    @GenerateNodeFactory
    abstract static class IsFinalizingNode extends PythonBuiltinNode {
        @Specialization
        static Object get() {
            return false;
        }
    }

    @Builtin(name = "_getframe", params = {"depth=", "/"})
    @GenerateNodeFactory
    abstract static class GetFrameNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object getframe(Object depth) {
            long d = depth == PyNone.NO_VALUE ? 0 : PyOps.asIndex(depth);
            List<PyFrame> frames = Frames.buildFrames(-1);
            if (d < 0) {
                d = 0;
            }
            if (d >= frames.size()) {
                throw PyErrors.valueError("call stack is not deep enough");
            }
            PyFrame f = frames.get((int) d);
            if (Audit.active()) {
                Audit.raise("sys._getframe", f);
            }
            return f;
        }
    }

    /** {@code sys._current_frames()}: the event, then {thread id: topmost frame} (auditpy runs one Python thread here). */
    @Builtin(name = "_current_frames", params = {})
    @GenerateNodeFactory
    abstract static class CurrentFramesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object currentFrames() {
            if (Audit.active()) {
                Audit.raise("sys._current_frames");
            }
            PyDict d = PyDict.create();
            List<PyFrame> frames = Frames.buildFrames(1);
            if (!frames.isEmpty()) {
                d.setItem(Thread.currentThread().threadId(), frames.get(0));
            }
            return d;
        }
    }

    /** {@code sys._current_exceptions()} (3.11): the event, then {thread id: exc_info() tuple}. */
    @Builtin(name = "_current_exceptions", params = {})
    @GenerateNodeFactory
    abstract static class CurrentExceptionsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object currentExceptions() {
            if (Audit.active()) {
                Audit.raise("sys._current_exceptions");
            }
            PyDict d = PyDict.create();
            d.setItem(Thread.currentThread().threadId(), SysModule.excInfo());
            return d;
        }
    }

    @Builtin(name = "settrace", params = {"function", "/"})
    @GenerateNodeFactory
    abstract static class SetTraceNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object settrace(Object f) {
            // CPython's _PyEval_SetTrace: a static "reentrant" flag refuses a settrace made while one is being
            // made (from a hook of its own event), before that nested call's event
            org.auditpy.audit.AuditHooks h = PythonContext.get().audit();
            if (h.traceInstalling) {
                throw PyErrors.runtimeError("Cannot install a trace function while another trace function is being installed");
            }
            h.traceInstalling = true;
            try {
                if (Audit.active()) {
                    Audit.raise("sys.settrace");
                }
                PythonContext.get().setTraceFunction(f);
            } finally {
                h.traceInstalling = false;
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "setprofile", params = {"function", "/"})
    @GenerateNodeFactory
    abstract static class SetProfileNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object setprofile(Object f) {
            // CPython's _PyEval_SetProfile: a static "reentrant" flag refuses a setprofile made while one is being
            // made (from a hook of its own event), before that nested call's event
            org.auditpy.audit.AuditHooks h = PythonContext.get().audit();
            if (h.profileInstalling) {
                throw PyErrors.runtimeError("Cannot install a profile function while another profile function is being installed");
            }
            h.profileInstalling = true;
            try {
                if (Audit.active()) {
                    Audit.raise("sys.setprofile");
                }
                PythonContext.get().setProfileFunction(f);
            } finally {
                h.profileInstalling = false;
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "gettrace", params = {})
    @GenerateNodeFactory
    abstract static class GetTraceNode extends PythonBuiltinNode {
        @Specialization
        static Object gettrace() {
            return PythonContext.get().getTraceFunction();
        }
    }

    @Builtin(name = "getprofile", params = {})
    @GenerateNodeFactory
    abstract static class GetProfileNode extends PythonBuiltinNode {
        @Specialization
        static Object getprofile() {
            return PythonContext.get().getProfileFunction();
        }
    }

    /** The stderr stream object ({@code sys.stderr}, else the context's). */
    @TruffleBoundary
    static Object stderr() {
        Object e = sysDict().getStr("stderr");
        return e == null ? PyNone.NONE : e;
    }

    @Builtin(name = "excepthook", params = {"exctype", "value", "traceback", "/"})
    @GenerateNodeFactory
    abstract static class ExceptHookNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object excepthook(Object type, Object value, Object tb) {
            Object err = stderr();
            if (err == PyNone.NONE) {
                // PyErr_Display: a None sys.stderr shows nothing
                return PyNone.NONE;
            }
            if (!(value instanceof PyBaseException e)) {
                String msg = "TypeError: print_exception(): Exception expected for value, " + PyOps.typeName(value) + " found\n";
                write(err, msg);
                return PyNone.NONE;
            }
            if (tb instanceof PyTraceback t && e.getTracebackOrNull() == null) {
                // as _PyErr_Display: the traceback argument goes on an exception that has none, to be displayed
                e.setTraceback(t);
            }
            TracebackPrinter.print(e, err);
            return PyNone.NONE;
        }
    }

    /**
     * The encoding, errors and buffering of the standard streams, as CPython's {@code config_init_stdio_encoding}
     * (Python/initconfig.c) and {@code create_stdio} (Python/pylifecycle.c): {@code PYTHONIOENCODING=encoding[:errors]}
     * unless -E or -I (an encoding without errors means 'strict'; the encoding shows as its codec's name), else
     * UTF-8 with 'surrogateescape' in the C, POSIX and C.UTF-8 locales or UTF-8 mode and 'strict' in others;
     * standard error always has 'backslashreplace'. Standard error is line-buffered, standard output when a
     * terminal; with -u both write through.
     *
     * @throws PyException {@code LookupError: unknown encoding: X} for an unknown PYTHONIOENCODING, after the first
     *             lines of CPython's fatal error
     */
    @TruffleBoundary
    static void configureStdio(TruffleLanguage.Env env, boolean ignoreEnv, boolean unbuffered, boolean stdoutBuffered, StdStreams.TextStream in,
                    StdStreams.TextStream out, StdStreams.TextStream err) {
        java.util.Map<String, String> vars = env.getEnvironment();
        String encoding = null;
        String errors = null;
        String io = ignoreEnv ? null : vars.get("PYTHONIOENCODING");
        if (io != null && !io.isEmpty()) {
            int colon = io.indexOf(':');
            String enc = colon < 0 ? io : io.substring(0, colon);
            String errs = colon < 0 ? null : io.substring(colon + 1);
            if (errs != null && errs.isEmpty()) {
                errs = null;
            }
            if (!enc.isEmpty()) {
                String norm = org.auditpy.runtime.Codecs.normalize(enc);
                if (norm == null) {
                    // Py_InitializeFromConfig's fatal error (the launcher then shows the LookupError, status 1)
                    PythonContext ctx = PythonContext.get();
                    ctx.err().print("Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\n"
                                    + "Python runtime state: core initialized\n");
                    ctx.err().flush();
                    throw PyErrors.raise("LookupError", "unknown encoding: " + enc);
                }
                encoding = codecName(norm, enc);
                if (errs == null) {
                    errs = "strict";
                }
            }
            errors = errs;
        }
        if (errors == null) {
            String utf8Mode = ignoreEnv ? null : vars.get("PYTHONUTF8");
            String loc = firstSet(vars.get("LC_ALL"), vars.get("LC_CTYPE"), vars.get("LANG"));
            boolean legacy = loc == null || loc.equals("C") || loc.equals("POSIX") || loc.equals("C.UTF-8") || loc.equals("C.utf8") || loc.equals("UTF-8");
            errors = legacy || "1".equals(utf8Mode) ? "surrogateescape" : "strict";
        }
        if (encoding == null) {
            encoding = "utf-8";
        }
        in.setEncoding(encoding, errors);
        out.setEncoding(encoding, errors);
        err.setEncoding(encoding, "backslashreplace");
        out.setBuffering(!unbuffered && !stdoutBuffered, unbuffered);
        err.setBuffering(!unbuffered, unbuffered);
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /** The name of the Python codec that {@code enc} (normalized by {@link org.auditpy.runtime.Codecs#normalize}) finds. */
    private static String codecName(String norm, String enc) {
        return switch (norm) {
            case "utf-8", "ascii" -> norm;
            case "latin-1" -> "iso8859-1";
            case "UTF-16LE" -> "utf-16-le";
            case "UTF-16BE" -> "utf-16-be";
            case "UTF-32LE" -> "utf-32-le";
            case "UTF-32BE" -> "utf-32-be";
            case "x-UTF-16LE-BOM" -> "utf-16";
            case "X-UTF-32LE-BOM" -> "utf-32";
            default -> enc.toLowerCase().replace('_', '-');
        };
    }

    @TruffleBoundary
    static void write(Object file, String s) {
        if (file == null || file == PyNone.NONE) {
            PythonContext.get().err().print(s);
            PythonContext.get().err().flush();
        } else if (file instanceof StdStreams.TextStream ts) {
            ts.writeReport(s);
        } else {
            PyOps.callMethod(file, "write", s);
        }
    }

    @Builtin(name = "unraisablehook", params = {"unraisable", "/"})
    @GenerateNodeFactory
    abstract static class UnraisableHookNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object hook(Object u) {
            Object excValue = PyOps.getAttributeOrNull(u, "exc_value");
            Object errMsg = PyOps.getAttributeOrNull(u, "err_msg");
            Object obj = PyOps.getAttributeOrNull(u, "object");
            StringBuilder sb = new StringBuilder();
            // write_unraisable_exc_file: no header at all without an object and a message
            if (obj != null && obj != PyNone.NONE) {
                String m = errMsg instanceof String s ? s : "Exception ignored in";
                String r;
                try {
                    r = PyOps.repr(obj);
                } catch (PyException ex) {
                    r = "<object repr() failed>";
                }
                sb.append(m).append(": ").append(r).append('\n');
            } else if (errMsg instanceof String s) {
                sb.append(s).append(":\n");
            }
            if (excValue instanceof PyBaseException e) {
                sb.append(TracebackPrinter.formatUnraisable(e));
            }
            write(stderr(), sb.toString());
            return PyNone.NONE;
        }
    }

    @Builtin(name = "displayhook", params = {"object", "/"})
    @GenerateNodeFactory
    abstract static class DisplayHookNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object displayhook(Object o) {
            if (o == PyNone.NONE) {
                return PyNone.NONE;
            }
            PyDict b = PythonContext.get().getBuiltins().getDict();
            b.setStr("_", PyNone.NONE);
            Object out = sysDict().getStr("stdout");
            if (out == null || out == PyNone.NONE) {
                throw PyErrors.runtimeError("lost sys.stdout");
            }
            write(out, PyOps.repr(o) + "\n");
            b.setStr("_", o);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "breakpointhook", params = {"*args", "**kws"})
    @GenerateNodeFactory
    abstract static class BreakpointHookNode extends PythonBuiltinNode {
        @Specialization
        static Object hook(Object args, Object kws) {
            return PyNone.NONE;
        }
    }

    // ------------------------------------------------------------------------------------------ unraisable exceptions

    static final String UNRAISABLE_TYPE_KEY = "\0UnraisableHookArgs";

    /** The {@code UnraisableHookArgs} struct sequence type (one per context, kept hidden on the sys module). */
    @TruffleBoundary
    static PyType unraisableHookArgsType() {
        PythonContext ctx = PythonContext.get();
        PyModule sys = ctx.getSys();
        Object t = sys.getAttributeOrNull(UNRAISABLE_TYPE_KEY);
        if (t instanceof PyType pt) {
            return pt;
        }
        PyType pt = StructSeq.makeType(ctx, "builtins", "UnraisableHookArgs", new String[]{"exc_type", "exc_value", "exc_traceback", "err_msg",
            "object"});
        sys.setAttribute(UNRAISABLE_TYPE_KEY, pt);
        return pt;
    }

    @TruffleBoundary
    static PyTuple unraisableArgs(PyBaseException e, Object errMsg, Object obj) {
        Object tb = e.getTracebackOrNull() == null ? PyNone.NONE : e.getTracebackOrNull();
        return new PyTuple(unraisableHookArgsType(), new Object[]{e.getPythonClass(), e, tb, errMsg == null ? PyNone.NONE : errMsg,
            obj == null ? PyNone.NONE : obj});
    }

    /**
     * Reports an exception that cannot be raised (CPython's {@code _PyErr_WriteUnraisableMsg}): builds an
     * {@code UnraisableHookArgs}, raises the {@code sys.unraisablehook} audit event with (hook, args) and calls
     * {@code sys.unraisablehook}. If an audit hook raises, that exception is reported by the default hook as
     * "Exception ignored in audit hook"; if {@code sys.unraisablehook} raises, its exception is reported as
     * "Exception ignored in sys.unraisablehook: &lt;hook&gt;". {@code errMsg} is the whole message (for example
     * {@code "Exception ignored in"} plus a suffix) or null, {@code obj} the object or null.
     */
    @TruffleBoundary
    public static void writeUnraisable(PyBaseException e, String errMsg, Object obj) {
        if (e.getTracebackOrNull() == null) {
            // _PyTraceBack_Here: the exception gets a traceback entry for the current frame
            List<PyFrame> frames = Frames.buildFrames(1);
            if (!frames.isEmpty()) {
                e.setTraceback(new org.auditpy.runtime.PyTraceback(frames.get(0), frames.get(0).getLineno(), null));
            }
        }
        PyDict sys = sysDict();
        Object hook = sys.getStr("unraisablehook");
        PyTuple args = unraisableArgs(e, errMsg, obj);
        try {
            if (Audit.active()) {
                Audit.raise("sys.unraisablehook", hook == null ? PyNone.NONE : hook, args);
            }
        } catch (PyException ae) {
            defaultUnraisable(unraisableArgs(ae.getPyException(), "Exception ignored in audit hook", null));
            return;
        }
        if (hook == null || hook == PyNone.NONE) {
            defaultUnraisable(args);
            return;
        }
        try {
            PyOps.callPositional(hook, args);
        } catch (PyException he) {
            defaultUnraisable(unraisableArgs(he.getPyException(), "Exception ignored in sys.unraisablehook", hook));
        }
    }

    private static void defaultUnraisable(PyTuple args) {
        try {
            UnraisableHookNode.hook(args);
        } catch (PyException ignored) {
            // the default hook's own failure is ignored, as in CPython
        }
    }

    // ------------------------------------------------------------------------------------------ uncaught exceptions

    /**
     * Handles an exception that reached the top level, as CPython's {@code _PyErr_PrintEx}: sets
     * {@code sys.last_*}, raises {@code sys.excepthook} (a RuntimeError from a hook silences everything; another
     * exception is reported as unraisable and the hook still runs), calls {@code sys.excepthook}, and reports a
     * failing excepthook as CPython does. For the program runner (the lead's).
     */
    @TruffleBoundary
    public static void printUncaught(PyBaseException e) {
        PyDict sys = sysDict();
        Object tb = e.getTracebackOrNull() == null ? PyNone.NONE : e.getTracebackOrNull();
        sys.setStr("last_type", e.getPythonClass());
        sys.setStr("last_value", e);
        sys.setStr("last_traceback", tb);
        Object hook = sys.getStr("excepthook");
        try {
            if (Audit.active()) {
                Audit.raise("sys.excepthook", hook == null ? PyNone.NONE : hook, e.getPythonClass(), e, tb);
            }
        } catch (PyException ae) {
            if (PyOps.isException(ae, "RuntimeError")) {
                return;
            }
            write(stderr(), "Exception ignored in audit hook:\n" + TracebackPrinter.format(ae.getPyException()));
        }
        if (hook == null || hook == PyNone.NONE) {
            write(stderr(), "sys.excepthook is missing\n");
            TracebackPrinter.print(e, stderr());
            return;
        }
        try {
            PyOps.callPositional(hook, e.getPythonClass(), e, tb);
        } catch (PyException he) {
            StringBuilder sb = new StringBuilder("Error in sys.excepthook:\n");
            sb.append(TracebackPrinter.format(he.getPyException()));
            sb.append("\nOriginal exception was:\n");
            sb.append(TracebackPrinter.format(e));
            write(stderr(), sb.toString());
        }
    }

    // ------------------------------------------------------------------------------------------ creation

    static final String[] STDLIB_NAMES = {"__future__", "_abc", "_ast", "_collections", "_collections_abc", "_functools", "_io", "_thread",
        "_weakref", "abc", "argparse", "array", "ast", "base64", "binascii", "bisect", "builtins", "calendar", "cmath", "codecs",
        "collections", "contextlib", "copy", "copyreg", "csv", "dataclasses", "datetime", "decimal", "difflib", "dis", "enum", "errno",
        "fnmatch", "fractions", "functools", "gc", "genericpath", "getopt", "glob", "hashlib", "heapq", "hmac", "importlib", "inspect",
        "io", "itertools", "json", "keyword", "linecache", "locale", "logging", "marshal", "math", "numbers", "operator", "os",
        "pathlib", "pickle", "platform", "posix", "posixpath", "pprint", "queue", "random", "re", "reprlib", "select", "shlex", "shutil",
        "signal", "socket", "sre_compile", "sre_constants", "sre_parse", "stat", "statistics", "string", "struct", "subprocess", "sys",
        "tempfile", "textwrap", "threading", "time", "timeit", "token", "tokenize", "traceback", "types", "typing", "unicodedata",
        "unittest", "urllib", "uuid", "warnings", "weakref", "zipfile", "zlib"};

    /** Creates the sys module and registers it in sys.modules. */
    @TruffleBoundary
    public static PyModule create(PythonContext ctx) {
        PyModule sys = new PyModule(ctx.types().module, "sys", new PyDict(ctx.types().dict));
        ctx.setSys(sys);
        ctx.getModules().setStr("sys", sys);
        PyDict d = sys.getDict();
        BuiltinsInstaller.install(ctx, d, new SysModule(), null, false);
        d.setStr("__excepthook__", d.getStr("excepthook"));
        d.setStr("__displayhook__", d.getStr("displayhook"));
        d.setStr("__unraisablehook__", d.getStr("unraisablehook"));
        d.setStr("__breakpointhook__", d.getStr("breakpointhook"));
        TruffleLanguage.Env env = ctx.getEnv();

        List<Object> argv = new ArrayList<>();
        for (String a : env.getApplicationArguments()) {
            argv.add(a);
        }
        if (argv.isEmpty()) {
            argv.add("");
        }
        d.setStr("argv", PyList.of(argv.toArray()));
        String origArgv = env.getOptions().get(AuditPyLanguage.ORIG_ARGV);
        d.setStr("orig_argv", origArgv.isEmpty() ? PyList.of(argv.toArray()) : PyList.of((Object[]) origArgv.split("\0", -1)));
        List<Object> path = new ArrayList<>();
        String pp = null;
        try {
            pp = env.getEnvironment().get("PYTHONPATH");
        } catch (RuntimeException e) {
            pp = null;
        }
        String flags = env.getOptions().get(AuditPyLanguage.FLAGS);
        boolean isolated = flags.contains("I");
        boolean ignoreEnv = isolated || flags.contains("E");
        if (pp != null && !pp.isEmpty() && !ignoreEnv) {
            for (String p : pp.split(":")) {
                if (!p.isEmpty()) {
                    path.add(p);
                }
            }
        }
        String stdlib = env.getOptions().get(AuditPyLanguage.STDLIB);
        if (!stdlib.isEmpty()) {
            path.add(stdlib);
        }
        d.setStr("path", PyList.of(path.toArray()));
        d.setStr("modules", ctx.getModules());
        d.setStr("meta_path", PyList.of());
        d.setStr("path_hooks", PyList.of());
        d.setStr("path_importer_cache", PyDict.create());
        String warnOptions = env.getOptions().get(AuditPyLanguage.WARN_OPTIONS);
        d.setStr("warnoptions", warnOptions.isEmpty() ? PyList.of() : PyList.of((Object[]) warnOptions.split("\n", -1)));

        PyType streamType = StdStreams.makeType(ctx);
        PyType writerType = StdBuffers.makeType(ctx, false, flags.contains("u"));
        StdStreams.TextStream out = new StdStreams.TextStream(streamType, "<stdout>", 1, ctx.out(), ctx.outSink(), null, writerType);
        boolean stdoutBuffered = env.getOptions().get(AuditPyLanguage.STDOUT_BUFFERED);
        if (stdoutBuffered) {
            out.blockBuffer();
        }
        StdStreams.TextStream err = new StdStreams.TextStream(streamType, "<stderr>", 2, ctx.err(), ctx.errSink(), null, writerType);
        StdStreams.TextStream in = new StdStreams.TextStream(streamType, "<stdin>", 0, null, null, ctx.stdin(), StdBuffers.makeType(ctx, true, false));
        configureStdio(env, ignoreEnv, flags.contains("u"), stdoutBuffered, in, out, err);
        // a descriptor the process was started without gives None, as CPython's create_stdio (Python/pylifecycle.c)
        String closed = env.getOptions().get(AuditPyLanguage.CLOSED_STD_STREAMS);
        Object stdout = closed.indexOf('1') >= 0 ? PyNone.NONE : out;
        Object stderr = closed.indexOf('2') >= 0 ? PyNone.NONE : err;
        Object stdin = closed.indexOf('0') >= 0 ? PyNone.NONE : in;
        d.setStr("stdout", stdout);
        d.setStr("stderr", stderr);
        d.setStr("stdin", stdin);
        d.setStr("__stdout__", stdout);
        d.setStr("__stderr__", stderr);
        d.setStr("__stdin__", stdin);

        d.setStr("version", VERSION);
        PyType vi = StructSeq.makeType(ctx, "sys", "version_info", new String[]{"major", "minor", "micro", "releaselevel", "serial"});
        PyTuple versionInfo = new PyTuple(vi, new Object[]{3L, 11L, 7L, "final", 0L});
        d.setStr("version_info", versionInfo);
        d.setStr("hexversion", HEXVERSION);
        d.setStr("api_version", 1013L);
        PythonObject impl = SimpleNamespace.create(ctx);
        impl.setAttribute("name", "auditpy");
        impl.setAttribute("cache_tag", PyNone.NONE);
        impl.setAttribute("version", versionInfo);
        impl.setAttribute("hexversion", HEXVERSION);
        impl.setAttribute("_multiarch", "x86_64-linux-gnu");
        impl.setAttribute("truffle_runtime", Truffle.getRuntime().getName());
        d.setStr("implementation", impl);
        d.setStr("platform", "linux");
        d.setStr("byteorder", "little");
        d.setStr("maxsize", Long.MAX_VALUE);
        d.setStr("maxunicode", 0x10ffffL);
        d.setStr("float_repr_style", "short");
        String exe = System.getProperty("auditpy.executable", "");
        d.setStr("executable", exe);
        d.setStr("_base_executable", exe);
        String prefix = stdlib.isEmpty() ? "" : parentOf(stdlib);
        d.setStr("prefix", prefix);
        d.setStr("base_prefix", prefix);
        d.setStr("exec_prefix", prefix);
        d.setStr("base_exec_prefix", prefix);
        d.setStr("platlibdir", "lib");
        d.setStr("pycache_prefix", PyNone.NONE);
        d.setStr("copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.");

        PyType fi = StructSeq.makeType(ctx, "sys", "float_info", new String[]{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
            "dig", "mant_dig", "epsilon", "radix", "rounds"});
        d.setStr("float_info", new PyTuple(fi, new Object[]{Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L,
            Math.ulp(1.0), 2L, 1L}));
        PyType ii = StructSeq.makeType(ctx, "sys", "int_info", new String[]{"bits_per_digit", "sizeof_digit", "default_max_str_digits",
            "str_digits_check_threshold"});
        d.setStr("int_info", new PyTuple(ii, new Object[]{30L, 4L, 4300L, 640L}));
        PyType hi = StructSeq.makeType(ctx, "sys", "hash_info", new String[]{"width", "modulus", "inf", "nan", "imag", "algorithm",
            "hash_bits", "seed_bits", "cutoff"});
        d.setStr("hash_info", new PyTuple(hi, new Object[]{64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "siphash13", 64L, 128L, 0L}));

        boolean dontWrite = flags.contains("B");
        d.setStr("dont_write_bytecode", dontWrite);
        PyType ft = StructSeq.makeType(ctx, "sys", "flags", new String[]{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
            "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
            "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"});
        d.setStr("flags", new PyTuple(ft, new Object[]{0L, ctx.inspect() ? 1L : 0L, flags.contains("i") ? 1L : 0L, (long) ctx.optimizeLevel(), dontWrite ? 1L : 0L, isolated ? 1L : 0L,
            flags.contains("S") ? 1L : 0L, ignoreEnv ? 1L : 0L, 0L, (long) ctx.bytesWarning(), flags.contains("q") ? 1L : 0L, 1L, isolated ? 1L : 0L, false, 0L, 0L,
            isolated || flags.contains("P"), (long) ctx.getConfiguredIntMaxStrDigits()}));

        PyDict xo = PyDict.create();
        String x = env.getOptions().get(AuditPyLanguage.XOPTIONS);
        if (!x.isEmpty()) {
            for (String item : x.split(",", -1)) {
                int eq = item.indexOf('=');
                if (eq >= 0) {
                    xo.setStr(item.substring(0, eq), item.substring(eq + 1));
                } else {
                    xo.setStr(item, true);
                }
            }
        }
        d.setStr("_xoptions", xo);

        List<String> builtinNames = new ArrayList<>(List.of("builtins", "sys"));
        for (String n : IntrinsicModules.names()) {
            if (!builtinNames.contains(n)) {
                builtinNames.add(n);
            }
        }
        java.util.Collections.sort(builtinNames);
        d.setStr("builtin_module_names", PyTuple.of(builtinNames.toArray()));
        PySet names = new PySet(ctx.types().frozenset);
        for (String n : STDLIB_NAMES) {
            names.add(n);
        }
        d.setStr("stdlib_module_names", names);
        return sys;
    }

    private static String parentOf(String p) {
        int i = p.lastIndexOf('/');
        return i > 0 ? p.substring(0, i) : p;
    }
}
