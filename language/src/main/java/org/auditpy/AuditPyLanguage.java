package org.auditpy;

import org.auditpy.nodes.ProgramRootNode;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/**
 * auditpy: a Python 3.11 subset on Truffle whose distinguishing feature is native support for CPython's
 * audit hooks (PEP 578).
 *
 * <p>Sources of MIME type {@value #MIME_TYPE} evaluate as code in the context's {@code __main__} module and
 * return the value of a lone expression (else None). The launcher runs whole programs through the
 * {@code application/x-auditpy-*} MIME types ({@value #MIME_FILE}, {@value #MIME_COMMAND},
 * {@value #MIME_STDIN}, {@value #MIME_MODULE}), which behave as {@code python3 FILE}, {@code -c},
 * {@code -} and {@code -m}: audit events, {@code __main__}, SystemExit, tracebacks; they return the process
 * exit status as an int. The characters of a {@value #MIME_FILE} source are the script file's bytes, one
 * char per byte (ISO-8859-1): the language decodes them as CPython's tokenizer does (BOM, PEP 263 coding
 * declaration and their SyntaxErrors, {@link org.auditpy.runtime.SourceDecoding#decodeFile}). At the end the
 * launcher evaluates a {@value #MIME_FINALIZE} source: the atexit callbacks and the final flush of the standard
 * streams, whose failure makes the exit status 120 (CPython's Py_RunMain).
 */
@TruffleLanguage.Registration(id = AuditPyLanguage.ID, name = "auditpy", version = "0.1", defaultMimeType = AuditPyLanguage.MIME_TYPE,
                characterMimeTypes = {AuditPyLanguage.MIME_TYPE, AuditPyLanguage.MIME_FILE, AuditPyLanguage.MIME_COMMAND,
                                AuditPyLanguage.MIME_STDIN, AuditPyLanguage.MIME_MODULE, AuditPyLanguage.MIME_INTERACTIVE,
                                AuditPyLanguage.MIME_INTERACTIVE_END, AuditPyLanguage.MIME_INTERACTIVE_START, AuditPyLanguage.MIME_FINALIZE,
                                AuditPyLanguage.MIME_PROMPT},
                fileTypeDetectors = {}, website = "https://github.com/auditpy", contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE)
public final class AuditPyLanguage extends TruffleLanguage<PythonContext> {
    public static final String ID = "auditpy";
    public static final String MIME_TYPE = "text/x-python";
    public static final String MIME_FILE = "application/x-auditpy-file";
    public static final String MIME_COMMAND = "application/x-auditpy-command";
    public static final String MIME_STDIN = "application/x-auditpy-stdin";
    public static final String MIME_MODULE = "application/x-auditpy-module";
    /**
     * The statement typed at the interactive prompt so far, each line with its newline (source name
     * {@code <stdin>}): the value is true when it ran or its error was shown, false when it goes on in the next line
     * (the launcher then reads one with the {@code ... } prompt); see ProgramRunner.
     */
    public static final String MIME_INTERACTIVE = "application/x-auditpy-interactive";
    /**
     * As {@link #MIME_INTERACTIVE} when the input has ended: the statement is whole (run, or its error shown); an
     * empty text is the parser's start of a statement that finds the end at once.
     */
    public static final String MIME_INTERACTIVE_END = "application/x-auditpy-interactive-end";
    /**
     * The start of the interactive loop: source name {@code stdin} (the REPL) or {@code inspect} (-i after a
     * program), text the PYTHONSTARTUP file or empty; see ProgramRunner.
     */
    public static final String MIME_INTERACTIVE_START = "application/x-auditpy-interactive-start";
    /**
     * The end of the program (text ignored): the Python part of Py_FinalizeEx, returning 0, or -1 when flushing
     * sys.stdout or sys.stderr failed (the launcher then exits with 120); see ProgramRunner.finalizePython.
     */
    public static final String MIME_FINALIZE = "application/x-auditpy-finalize";
    /**
     * The interactive loop's next prompt (text "1" for sys.ps1, "2" for sys.ps2): {@code str()} of the sys attribute,
     * or "" when it is missing or its {@code str()} fails, as PyRun_InteractiveOneObjectEx reads them before each
     * statement; see ProgramRunner.prompt.
     */
    public static final String MIME_PROMPT = "application/x-auditpy-prompt";

    @Option(name = "Audit", help = "Dispatch audit events to hooks (false removes audit entirely: the speed baseline).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> AUDIT = new OptionKey<>(true);

    @Option(name = "Stdlib", help = "Folder of auditpy's library modules (stdlib-shims).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> STDLIB = new OptionKey<>("");

    @Option(name = "AstCache", help = "Folder of the library modules' parsed syntax trees, made by the build (org.auditpy.parser.AstCache); empty: parse them.",
                    category = OptionCategory.EXPERT, stability = OptionStability.STABLE) //
    public static final OptionKey<String> AST_CACHE = new OptionKey<>("");

    @Option(name = "LazyLibraryBodies", help = "Build the body of a library module's function at its first call (false: at the import, as any other module's).",
                    category = OptionCategory.EXPERT, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> LAZY_LIBRARY_BODIES = new OptionKey<>(true);

    @Option(name = "AuditLog", help = "Write every audit event as a JSON line to this file.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> AUDIT_LOG = new OptionKey<>("");

    @Option(name = "AuditDeny", help = "Comma-separated glob patterns of audit events to refuse with PermissionError.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE) //
    public static final OptionKey<String> AUDIT_DENY = new OptionKey<>("");

    @Option(name = "HostHookToken", help = "Internal: the registry token of the embedder's host audit hooks (set by org.auditpy.audit.AuditPyEmbedding).",
                    category = OptionCategory.INTERNAL, stability = OptionStability.STABLE) //
    public static final OptionKey<String> HOST_HOOK_TOKEN = new OptionKey<>("");

    @Option(name = "OrigArgv", help = "The command line as started, NUL-separated: sys.orig_argv (the launcher sets it; else sys.argv).",
                    category = OptionCategory.INTERNAL, stability = OptionStability.STABLE) //
    public static final OptionKey<String> ORIG_ARGV = new OptionKey<>("");

    @Option(name = "XOptions", help = "The -X options, comma-separated (sys._xoptions).", category = OptionCategory.INTERNAL, stability = OptionStability.STABLE) //
    public static final OptionKey<String> XOPTIONS = new OptionKey<>("");

    @Option(name = "WarnOptions", help = "The warning options, newline-separated: PYTHONWARNINGS's then -W's (sys.warnoptions).",
                    category = OptionCategory.INTERNAL, stability = OptionStability.STABLE) //
    public static final OptionKey<String> WARN_OPTIONS = new OptionKey<>("");

    @Option(name = "Flags", help = "Interpreter flags from the command line: letters of -I -E -S -u -B -q -O -P -b.", category = OptionCategory.INTERNAL,
                    stability = OptionStability.STABLE) //
    public static final OptionKey<String> FLAGS = new OptionKey<>("");

    @Option(name = "IntMaxStrDigits", help = "The int/str conversion digit limit from -X int_max_str_digits or PYTHONINTMAXSTRDIGITS "
                    + "(0 for none, else at least 640; -1: CPython's default of 4300, sys.flags.int_max_str_digits -1).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE) //
    public static final OptionKey<Integer> INT_MAX_STR_DIGITS = new OptionKey<>(-1);

    @Option(name = "HandleSigint", help = "Handle SIGINT (Ctrl-C) as CPython: KeyboardInterrupt in the program's thread (the launcher sets it; "
                    + "an embedder's process keeps its own handling by default).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> HANDLE_SIGINT = new OptionKey<>(false);

    @Option(name = "StdoutBuffered", help = "Block-buffer sys.stdout in 8192 bytes, as CPython does for a pipe or file (the launcher sets it; "
                    + "else each write reaches the embedder's output stream at once).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> STDOUT_BUFFERED = new OptionKey<>(false);

    @Option(name = "ClosedStdStreams", help = "The standard descriptors the process was started without, as digits (0 for stdin): their sys "
                    + "streams are None, as CPython's create_stdio makes them (the launcher sets it).", category = OptionCategory.INTERNAL,
                    stability = OptionStability.STABLE) //
    public static final OptionKey<String> CLOSED_STD_STREAMS = new OptionKey<>("");

    @Option(name = "OSRWait", help = "Milliseconds a loop may run in the interpreter while its OSR compilation is pending before the "
                    + "program's thread waits for that compilation, leaving its core to the compiler; it never waits longer in all than "
                    + "the time since the request that it did not spend waiting. Negative: never wait. Default: 200 when the JVM has at most 2 "
                    + "processors (the compiler threads and the program then share them), else -1.", category = OptionCategory.EXPERT,
                    stability = OptionStability.STABLE) //
    public static final OptionKey<Integer> OSR_WAIT = new OptionKey<>(200);

    @Override
    protected PythonContext createContext(Env env) {
        PythonContext ctx = new PythonContext(this, env);
        PythonContext.registerCreated(ctx);
        return ctx;
    }

    @Override
    protected void initializeContext(PythonContext context) {
        // the thread that initializes the context is the program's (CPython's main thread): signal handlers run there
        context.signals().setMainThread(Thread.currentThread());
        context.configureIntMaxStrDigits(context.getEnv().getOptions().get(INT_MAX_STR_DIGITS));
        context.configureOSRWait(context.getEnv().getOptions().hasBeenSet(OSR_WAIT) ? context.getEnv().getOptions().get(OSR_WAIT)
                        : Runtime.getRuntime().availableProcessors() <= 2 ? OSR_WAIT.getDefaultValue() : -1);
        org.auditpy.builtins.Bootstrap.initialize(context);
        if (context.getEnv().getOptions().get(HANDLE_SIGINT)) {
            context.signals().installSigint();
        }
        if (!context.getEnv().getOptions().get(WARN_OPTIONS).isEmpty()) {
            // init_interp_main (Python/pylifecycle.c): with -W options the warnings module is imported at start-up,
            // and processes them then ("Invalid -W option ignored: invalid action: 'bogus'" on stderr)
            try {
                org.auditpy.runtime.ImportSystem.findAndLoad("warnings");
            } catch (org.auditpy.runtime.PyException e) {
                context.err().print("'import warnings' failed; traceback:\n");
                org.auditpy.builtins.TracebackPrinter.print(e.getPyException(), null);
            }
        }
    }

    @Override
    protected void finalizeContext(PythonContext context) {
        // Py_FinalizeEx: atexit callbacks and the final flush of sys.stdout and sys.stderr first (hooks still
        // installed; done already when the launcher evaluated MIME_FINALIZE), then the interpreter is cleared
        org.auditpy.nodes.ProgramRunner.finalizePython(context);
        // _PySignal_Fini, after the atexit callbacks and before the interpreter is cleared: the process's own
        // handling of signals again
        context.signals().uninstallAll();
        if (context.audit().getPythonHooks().length > 0) {
            // finalize_modules, before the interpreter is cleared: what the hooks' last event finds
            org.auditpy.nodes.ProgramRunner.finalizeModules(context);
        }
        context.audit().shutdown();
    }

    @Override
    protected void disposeContext(PythonContext context) {
        context.signals().uninstallAll();
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new AuditPyLanguageOptionDescriptors();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        return new ProgramRootNode(this, source).getCallTarget();
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }
}
