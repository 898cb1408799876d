package org.auditpy.runtime;

import java.io.PrintStream;

import org.auditpy.AuditPyLanguage;
import org.auditpy.audit.AuditHooks;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;

/**
 * The state of one running Python program (CPython's interpreter state): builtin types, {@code sys.modules},
 * the {@code builtins} and {@code sys} modules, the audit hooks, the standard streams and the recursion
 * limit.
 */
public final class PythonContext {
    private static final ContextReference<PythonContext> REFERENCE = ContextReference.create(AuditPyLanguage.class);

    private final AuditPyLanguage language;
    private final TruffleLanguage.Env env;
    private final BuiltinTypes types;
    private final AuditHooks audit;
    private PyDict modules;
    private PyModule builtinsModule;
    private PyModule sysModule;
    private PyModule mainModule;
    private final PrintStream out;
    private final PrintStream err;
    /** Under {@link #out} and {@link #err}: the errors of their writes, which sys.stdout and sys.stderr raise. */
    private final CheckedOutput outSink;
    private final CheckedOutput errSink;
    /** The number of -b flags ({@code sys.flags.bytes_warning}): 1 warns of str() of bytes and bytes == str, 2 raises. */
    private final int bytesWarning;
    /** The number of -O flags given, at most 2. */
    private final int optimizeLevel;
    private final boolean inspect;
    /** Set when the atexit callbacks and the final flush have started (ProgramRunner.finalizePython). */
    private boolean finalizing;
    /** {@code sys.getrecursionlimit()}: a constant in compiled code while {@link #recursionLimitStable} holds. */
    @CompilationFinal private int recursionLimit = 1000;
    /** Invalidated (and replaced) by each {@code sys.setrecursionlimit}, so compiled code reads the new limit. */
    @CompilationFinal private com.oracle.truffle.api.Assumption recursionLimitStable =
                    com.oracle.truffle.api.Truffle.getRuntime().createAssumption("recursion limit unchanged");
    /** Current depth of Python calls (for RecursionError). */
    public int callDepth;
    /** The exception being handled ({@code sys.exc_info()}), or null. */
    public PyBaseException handledException;
    /** {@code sys.settrace} / {@code sys.setprofile} functions (None when unset). */
    private Object traceFunction = PyNone.NONE;
    private Object profileFunction = PyNone.NONE;
    /** Valid until a trace or profile function is first set: calls pay nothing for tracing until then. */
    private final com.oracle.truffle.api.Assumption neverTraced = com.oracle.truffle.api.Truffle.getRuntime().createAssumption("never traced");
    /**
     * Nesting of suspended tracing (CPython's {@code PyThreadState_EnterTracing}): inside trace functions and
     * inside audit hooks without a true {@code __cantrace__}.
     */
    public int tracingSuspended;
    /** Signal handlers: SIGINT's KeyboardInterrupt, {@code signal.signal}, interruptible blocking calls. */
    private final SignalHandling signals;
    /** The program's standard input, made interruptible on first use when auditpy handles SIGINT. */
    private java.io.InputStream stdin;

    public PythonContext(AuditPyLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.types = new BuiltinTypes();
        this.audit = new AuditHooks(env.getOptions().get(AuditPyLanguage.AUDIT));
        String flags = env.getOptions().get(AuditPyLanguage.FLAGS);
        // stdout's bytes are kept by sys.stdout's own block buffer (auditpy.StdoutBuffered, for a pipe or file) or go
        // straight out. stderr is buffered in CPython unless -u: its failed writes are owed to the next flush.
        this.outSink = new CheckedOutput(env.out(), false);
        this.errSink = new CheckedOutput(env.err(), flags.indexOf('u') < 0);
        this.out = new PrintStream(outSink, false, java.nio.charset.StandardCharsets.UTF_8);
        this.err = new PrintStream(errSink, false, java.nio.charset.StandardCharsets.UTF_8);
        // audit log, deny policy and embedder hooks: before any Python code runs (PySys_AddAuditHook's place)
        this.audit.installConfiguredHooks(env, err);
        this.signals = new SignalHandling(this);
        this.bytesWarning = count(flags, 'b');
        this.optimizeLevel = Math.min(count(flags, 'O'), 2);
        this.inspect = flags.indexOf('i') >= 0 || flags.indexOf('j') >= 0;
        if (bytesWarning != 0) {
            Warnings.NO_BYTES_WARNING.invalidate();
        }
    }

    private static int count(String flags, char flag) {
        int n = 0;
        for (int i = 0; i < flags.length(); i++) {
            if (flags.charAt(i) == flag) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the interactive loop follows the program ({@code -i}, flag letter {@code i}, or PYTHONINSPECT, letter
     * {@code j}): {@code sys.flags.inspect}, and an uncaught SystemExit is then reported as any exception (CPython's
     * handle_system_exit returns early when {@code config->inspect} is set).
     */
    public boolean inspect() {
        return inspect;
    }

    /** The number of -b flags given ({@code sys.flags.bytes_warning}): 0, 1 (BytesWarning shown) or more (raised). */
    public int bytesWarning() {
        return bytesWarning;
    }

    /**
     * The only context created in this process so far (the launcher's case), or null once a second one was
     * created (embedders): then every lookup goes through the thread's entered context. The uncached
     * {@code REFERENCE.get(null)} is a thread-local lookup that costs more than the allocation it usually
     * serves (tuples, dicts, frames made in boundaries), so the common single-context case skips it.
     */
    private static volatile PythonContext single;
    private static boolean several;

    /** Called once the context is created (see {@link AuditPyLanguage#createContext}). */
    public static synchronized void registerCreated(PythonContext ctx) {
        if (several) {
            return;
        }
        if (single == null) {
            single = ctx;
        } else {
            single = null;
            several = true;
        }
    }

    /** The number of -O flags given (sys.flags.optimize), at most 2. */
    public int optimizeLevel() {
        return optimizeLevel;
    }

    /** The context of the current thread. */
    public static PythonContext get() {
        PythonContext s = single;
        if (s != null) {
            return s;
        }
        return REFERENCE.get(null);
    }

    /** The context for a node (constant in compiled code). */
    public static PythonContext get(Node node) {
        return REFERENCE.get(node);
    }

    public AuditPyLanguage getLanguage() {
        return language;
    }

    public TruffleLanguage.Env getEnv() {
        return env;
    }

    public BuiltinTypes types() {
        return types;
    }

    public AuditHooks audit() {
        return audit;
    }

    public SignalHandling signals() {
        return signals;
    }

    /**
     * The standard input that {@code sys.stdin} and {@code os.read(0, n)} read: the context's input stream, through
     * an {@link InterruptibleInput} when auditpy handles SIGINT (the launcher), so that Ctrl-C raises
     * KeyboardInterrupt in {@code input()} as in CPython.
     */
    public synchronized java.io.InputStream stdin() {
        if (stdin == null) {
            java.io.InputStream in = env.in();
            stdin = env.getOptions().get(AuditPyLanguage.HANDLE_SIGINT) ? new InterruptibleInput(in) : in;
        }
        return stdin;
    }

    /** {@code sys.modules}. */
    public PyDict getModules() {
        return modules;
    }

    public void setModules(PyDict modules) {
        this.modules = modules;
    }

    public PyModule getBuiltins() {
        return builtinsModule;
    }

    public void setBuiltins(PyModule m) {
        this.builtinsModule = m;
    }

    public PyModule getSys() {
        return sysModule;
    }

    public void setSys(PyModule m) {
        this.sysModule = m;
    }

    public PyModule getMainModule() {
        return mainModule;
    }

    public void setMainModule(PyModule m) {
        this.mainModule = m;
    }

    /** The process-level stdout (what {@code sys.__stdout__} writes to). */
    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /**
     * Marks the start of the Python part of finalization (atexit callbacks, the final flush of the standard
     * streams).
     *
     * @return true the first time, false when it was started before
     */
    public boolean startFinalizing() {
        if (finalizing) {
            return false;
        }
        finalizing = true;
        return true;
    }

    /** The errors of writes to {@link #out()} (a PrintStream, which does not raise them itself). */
    public CheckedOutput outSink() {
        return outSink;
    }

    /** The errors of writes to {@link #err()}. */
    public CheckedOutput errSink() {
        return errSink;
    }

    public Object getTraceFunction() {
        return traceFunction;
    }

    public Object getProfileFunction() {
        return profileFunction;
    }

    /** {@code sys.settrace(f)} after its audit event. */
    public void setTraceFunction(Object f) {
        traceFunction = f;
        if (f != PyNone.NONE) {
            tracingStarts();
        }
    }

    /** {@code sys.setprofile(f)} after its audit event. */
    public void setProfileFunction(Object f) {
        profileFunction = f;
        if (f != PyNone.NONE) {
            tracingStarts();
        }
    }

    /**
     * The first trace or profile function: audit hook dispatches running now did not count themselves in
     * {@link #tracingSuspended} (they skip it while nothing was ever traced), so they are counted here, and
     * each gives its count back when it ends ({@code AuditNode.callHooks}).
     */
    private void tracingStarts() {
        if (neverTraced.isValid()) {
            tracingSuspended += org.auditpy.audit.AuditNode.runningDispatches();
            neverTraced.invalidate();
        }
        org.auditpy.nodes.Tracing.NEVER_TRACED.invalidate();
    }

    /** Valid while no trace or profile function was ever set (a compilation constant for call sites). */
    public com.oracle.truffle.api.Assumption getNeverTracedAssumption() {
        return neverTraced;
    }

    /** True if a trace or profile function is set now. */
    public boolean tracingActive() {
        return traceFunction != PyNone.NONE || profileFunction != PyNone.NONE;
    }

    /**
     * {@code sys.get_int_max_str_digits()}: the most decimal digits an int may have when converted to or from a str
     * (CPython 3.11's limit against quadratic-time conversions, Python/sysmodule.c); 0 means no limit.
     */
    private int intMaxStrDigits = DEFAULT_INT_MAX_STR_DIGITS;
    /** The limit the configuration gave (-X int_max_str_digits, PYTHONINTMAXSTRDIGITS), or -1: {@code sys.flags.int_max_str_digits}. */
    private int configuredIntMaxStrDigits = -1;

    /** CPython's {@code _PY_LONG_DEFAULT_MAX_STR_DIGITS}. */
    public static final int DEFAULT_INT_MAX_STR_DIGITS = 4300;
    /** CPython's {@code _PY_LONG_MAX_STR_DIGITS_THRESHOLD}: the smallest limit other than 0. */
    public static final int INT_MAX_STR_DIGITS_THRESHOLD = 640;

    public int getIntMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int digits) {
        this.intMaxStrDigits = digits;
    }

    /** {@code sys.flags.int_max_str_digits}: the configured limit, -1 when none was given. */
    public int getConfiguredIntMaxStrDigits() {
        return configuredIntMaxStrDigits;
    }

    /**
     * Applies the configured limit (the {@code auditpy.IntMaxStrDigits} option: -1 for CPython's default, else 0 or at
     * least 640; the launcher refuses other values as CPython's config_init_int_max_str_digits does, and any other
     * value an embedder gives leaves the default).
     */
    public void configureIntMaxStrDigits(int digits) {
        if (digits == 0 || digits >= INT_MAX_STR_DIGITS_THRESHOLD) {
            this.configuredIntMaxStrDigits = digits;
            this.intMaxStrDigits = digits;
        }
    }

    /** Nanoseconds: see {@link #osrWaitNanos()}. */
    private long osrWaitNanos = -1;

    /**
     * Sets the OSR wait (the language option {@code auditpy.OSRWait}, resolved against the processor count by
     * {@code AuditPyLanguage.initializeContext}).
     *
     * @param millis milliseconds; negative: never wait
     */
    public void configureOSRWait(int millis) {
        osrWaitNanos = millis < 0 ? -1 : millis * 1_000_000L;
    }

    /**
     * How long, in nanoseconds, a loop runs in the interpreter with its OSR compilation pending before it waits
     * for that compilation ({@code Statements.TransferOSRLoop}); negative: never.
     */
    public long osrWaitNanos() {
        return osrWaitNanos;
    }

    public int getRecursionLimit() {
        if (!recursionLimitStable.isValid()) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
        }
        return recursionLimit;
    }

    /** Sets the limit; compiled code that folded the old one is deoptimized. */
    public void setRecursionLimit(int limit) {
        if (limit == recursionLimit) {
            return;
        }
        this.recursionLimit = limit;
        com.oracle.truffle.api.Assumption old = recursionLimitStable;
        recursionLimitStable = com.oracle.truffle.api.Truffle.getRuntime().createAssumption("recursion limit unchanged");
        old.invalidate();
    }

    /** The process's current directory as Python sees it ({@code os.getcwd()}, moved by {@code os.chdir}). */
    private java.nio.file.Path cwd;

    /** The current directory of {@code os.getcwd()}: the JVM's {@code user.dir} until {@code os.chdir} moves it. */
    public java.nio.file.Path getCwd() {
        if (cwd == null) {
            cwd = java.nio.file.Path.of(System.getProperty("user.dir")).toAbsolutePath();
        }
        return cwd;
    }

    /** Sets the current directory (an absolute, real path: {@code os.chdir}). */
    public void setCwd(java.nio.file.Path dir) {
        this.cwd = dir;
    }

    /** {@code name} as a path, a relative one taken against {@link #getCwd()} as the OS would. */
    public java.nio.file.Path resolvePath(String name) {
        java.nio.file.Path p = java.nio.file.Path.of(name);
        return p.isAbsolute() ? p : getCwd().resolve(p);
    }

    /**
     * The names CPython 3.11 has in {@code sys.modules} at start-up that this context has not loaded yet
     * (see {@link ImportSystem}); null until the first import that misses {@code sys.modules}.
     */
    public java.util.Set<String> pendingPreloads;
    /** Depth of imports running silently (no audit events), as CPython's start-up imports ran before any hook. */
    public int silentImports;
    /** Library files run by {@link ImportSystem#internalModule}, by name (not in sys.modules). */
    final java.util.Map<String, PyModule> internalModules = new java.util.HashMap<>();

    /**
     * The state of {@code -X importtime} (or PYTHONPROFILEIMPORTTIME) for {@link ImportSystem}: whether it is on
     * (null until the first import that misses {@code sys.modules}), the nesting of the imports under way, the
     * nanoseconds spent in nested imports of the current one, and whether the header line has been printed.
     */
    public Boolean importTime;
    public int importTimeLevel;
    public long importTimeNested;
    public boolean importTimeHeaderDone;

    /**
     * The directories the import system has listed, as CPython's FileFinder caches (absolute path to the
     * directory's modification time when listed): {@link ImportSystem#locate} raises {@code os.listdir} when it
     * searches a directory that is not here or has changed since.
     */
    public final java.util.Map<String, Long> listedImportDirs = new java.util.HashMap<>();

    /** State of the intrinsic library modules (the stdlib-shims), one object per class, made at first request. */
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> shimStates = new java.util.concurrent.ConcurrentHashMap<>();

    /** The state object of class {@code key} for this context, made by {@code make} at the first request. */
    @SuppressWarnings("unchecked")
    public <T> T shimState(Class<T> key, java.util.function.Supplier<T> make) {
        return (T) shimStates.computeIfAbsent(key, k -> make.get());
    }

    /** The state object of class {@code key} for this context, or null while none was made. */
    @SuppressWarnings("unchecked")
    public <T> T peekShimState(Class<T> key) {
        return (T) shimStates.get(key);
    }
}
