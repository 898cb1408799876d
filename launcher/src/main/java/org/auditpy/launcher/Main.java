package org.auditpy.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The {@code auditpy} command: parses python3's command line exactly as CPython 3.11's Python/getopt.c and
 * Python/initconfig.c do, builds a polyglot {@link Context} for the {@code auditpy} language and runs the
 * program through the language's {@code application/x-auditpy-*} MIME types, whose evaluation returns the
 * process exit status.
 */
public final class Main {
    static final String LANG = "auditpy";
    static final String VERSION = "Python 3.11.7";
    static final String MIME_FILE = "application/x-auditpy-file";
    static final String MIME_COMMAND = "application/x-auditpy-command";
    static final String MIME_STDIN = "application/x-auditpy-stdin";
    static final String MIME_MODULE = "application/x-auditpy-module";
    static final String MIME_INTERACTIVE = "application/x-auditpy-interactive";
    static final String MIME_INTERACTIVE_END = "application/x-auditpy-interactive-end";
    static final String MIME_INTERACTIVE_START = "application/x-auditpy-interactive-start";
    static final String MIME_FINALIZE = "application/x-auditpy-finalize";
    static final String MIME_PROMPT = "application/x-auditpy-prompt";

    /** Thrown to stop with a status after printing (usage errors, -h, -V). */
    static final class Exit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Exit(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    enum Mode {
        SCRIPT, COMMAND, MODULE, STDIN, REPL
    }

    /** The parsed command line. */
    static final class Config {
        Mode mode;
        /** The script path, command text or module name. */
        String target;
        final List<String> argv = new ArrayList<>();
        final StringBuilder flags = new StringBuilder();
        final List<String> xoptions = new ArrayList<>();
        final List<String> warnOptions = new ArrayList<>();
        /** sys.orig_argv: the program's name as started, then every argument. */
        final List<String> origArgv = new ArrayList<>();
        boolean inspect;
        /** -i: the interactive loop follows the program whatever stdin is (CPython's config->interactive). */
        boolean interactive;
        boolean ignoreEnvironment;
        int version;
        boolean printRuntime;
        boolean audit = true;
        String auditLog;
        String auditDeny;
        /** {@code -X int_max_str_digits} / PYTHONINTMAXSTRDIGITS, or -1. */
        int intMaxStrDigits = -1;
        /** Polyglot engine/tool options given as {@code --group.name=value}. */
        final java.util.Map<String, String> polyglotOptions = new java.util.LinkedHashMap<>();
    }

    private Main() {
    }

    /**
     * The Java stack of the thread that runs the program, in bytes: 1 GiB by default, or
     * {@code -Dauditpy.stack.size=N} (a size with an optional k/m/g suffix). Each Python call takes several Java
     * frames (a few hundred bytes compiled, about 2 KB in the AST interpreter), so the launcher's 16 MB main
     * thread held only ~5000 Python frames, while CPython 3.11 keeps Python frames off the C stack and recurses
     * as deep as {@code sys.setrecursionlimit} allows. The JVM reserves the stack's address space; the operating
     * system commits only the pages a deep recursion touches, so start-up and resident memory are unchanged.
     * Past this stack the JVM's StackOverflowError becomes a Python RecursionError.
     */
    static final long DEFAULT_STACK_SIZE = 1L << 30;

    public static void main(String[] args) {
        warmUpAnnotations();
        int[] status = {1};
        Thread runner = new Thread(null, () -> {
            try {
                status[0] = run(args);
            } catch (Exit e) {
                status[0] = e.status;
            }
            if (haltAtExit) {
                flushStd();
                Runtime.getRuntime().halt(status[0]);
            }
        }, "auditpy-main", stackSize());
        runner.start();
        boolean interrupted = false;
        while (true) {
            try {
                runner.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        flushStd();
        System.exit(status[0]);
    }

    /**
     * Whether the process ends with {@link Runtime#halt} from the program's thread once the program is finalized
     * and its context closed (set by {@link #run} when {@link #haltIsSafe} says so), rather than with
     * {@link System#exit} after the thread has ended. By then the Python side of an exit is done: atexit callbacks,
     * the final flush of sys.stdout and sys.stderr (the {@code <finalize>} source), the language's disposal and the
     * engine's close. What System.exit would add are the JVM's shutdown hooks, here only the polyglot engine's and
     * the Truffle runtime's (both for engines still open: none is), and the 1 GiB stack's thread ending: 7-10 ms of
     * a 20 ms exit (bench/README.md, "Exit without the shutdown hooks").
     */
    private static volatile boolean haltAtExit;

    /**
     * Whether nothing but the polyglot engine and the Truffle runtime can have registered a JVM shutdown hook that
     * matters: not the REPL (JLine's terminal), no engine, compiler, log or instrument option (Truffle's listeners
     * and tools may print at shutdown), no {@code polyglot.*} system property (the same, from AUDITPY_JAVA_OPTS), and
     * neither Flight Recorder (whose recording is written by a hook) nor a Java agent in the JVM (a module the JVM
     * resolves only for them).
     */
    static boolean haltIsSafe(Config c) {
        if (c.mode == Mode.REPL || c.inspect || !c.polyglotOptions.isEmpty()) {
            return false;
        }
        for (Object name : System.getProperties().keySet()) {
            if (name instanceof String s && s.startsWith("polyglot.")) {
                return false;
            }
        }
        // a loop rather than ModuleLayer.findModule, whose streams would be the run's first (3 ms to set up)
        for (Module m : ModuleLayer.boot().modules()) {
            String name = m.getName();
            if (name.equals("jdk.jfr") || name.equals("java.instrument")) {
                return false;
            }
        }
        return true;
    }

    /** The main program thread's stack size (see {@link #DEFAULT_STACK_SIZE}). */
    static long stackSize() {
        String v = System.getProperty("auditpy.stack.size");
        if (v == null || v.isBlank()) {
            return DEFAULT_STACK_SIZE;
        }
        v = v.trim().toLowerCase(java.util.Locale.ROOT);
        long unit = 1;
        char last = v.charAt(v.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v);
            return n > 0 && n <= Long.MAX_VALUE / unit ? n * unit : DEFAULT_STACK_SIZE;
        } catch (NumberFormatException e) {
            return DEFAULT_STACK_SIZE;
        }
    }

    static String executable() {
        return System.getProperty("auditpy.executable", "auditpy");
    }

    private static Exit usageError(String message) {
        System.err.println(message);
        System.err.println("usage: " + executable() + " [option] ... [-c cmd | -m mod | file | -] [arg] ...");
        System.err.println("Try `python -h' for more information.");
        return new Exit(2);
    }

    /** CPython's command line (Python/getopt.c: short options "bBc:dEhiIm:OPqRsStuvVW:xX:?"). */
    static Config parse(String[] args) {
        Config c = new Config();
        // sys.orig_argv: the command line as given, from the name the program was started by (the script's $0)
        c.origArgv.add(System.getProperty("auditpy.argv0", executable()));
        c.origArgv.addAll(List.of(args));
        int i = 0;
        outer: while (i < args.length) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            i++;
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                switch (name) {
                    case "help" -> {
                        printHelp();
                        throw new Exit(0);
                    }
                    case "help-env", "help-xoptions", "help-all" -> {
                        // CPython 3.11's config_envvars_usage / config_xoptions_usage / config_complete_usage, at once
                        if (name.equals("help-all")) {
                            printHelp();
                            System.out.print("\n\n");
                        }
                        if (!name.equals("help-xoptions")) {
                            printResource("help-env.txt");
                        }
                        if (name.equals("help-all")) {
                            System.out.print("\n\n");
                        }
                        if (!name.equals("help-env")) {
                            printResource("help-xoptions.txt");
                        }
                        throw new Exit(0);
                    }
                    case "version" -> c.version++;
                    case "check-hash-based-pycs", "audit-log", "audit-deny" -> {
                        if (value == null) {
                            if (i >= args.length) {
                                throw usageError(name.equals("check-hash-based-pycs") ? "Argument expected for the --check-hash-based-pycs options"
                                                : "Argument expected for the --" + name + " option");
                            }
                            value = args[i++];
                        }
                        if (name.equals("audit-log")) {
                            c.auditLog = value;
                        } else if (name.equals("audit-deny")) {
                            c.auditDeny = c.auditDeny == null ? value : c.auditDeny + "," + value;
                        } else if (!value.equals("always") && !value.equals("default") && !value.equals("never")) {
                            throw usageError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
                        }
                    }
                    default -> {
                        // polyglot options for tuning and diagnosis, e.g. --engine.TraceCompilation=true, --cpusampler
                        if (name.contains(".") || name.equals("cpusampler") || name.equals("inspect")) {
                            c.polyglotOptions.put(name, value == null ? "true" : value);
                        } else {
                            throw usageError("unknown option " + arg);
                        }
                    }
                }
                continue;
            }
            for (int k = 1; k < arg.length(); k++) {
                char ch = arg.charAt(k);
                switch (ch) {
                    case 'c', 'm', 'W', 'X' -> {
                        String value;
                        if (k + 1 < arg.length()) {
                            value = arg.substring(k + 1);
                        } else if (i < args.length) {
                            value = args[i++];
                        } else {
                            throw usageError("Argument expected for the -" + ch + " option");
                        }
                        if (ch == 'c') {
                            c.mode = Mode.COMMAND;
                            // CPython appends a newline to the command (pymain_run_command).
                            c.target = value;
                            c.argv.add("-c");
                            break outer;
                        } else if (ch == 'm') {
                            c.mode = Mode.MODULE;
                            c.target = value;
                            c.argv.add("-m");
                            break outer;
                        } else if (ch == 'W') {
                            c.warnOptions.add(value);
                        } else {
                            xoption(c, value);
                        }
                        continue outer;
                    }
                    case 'I' -> {
                        c.flags.append('I');
                        c.ignoreEnvironment = true;
                    }
                    case 'E' -> {
                        c.flags.append('E');
                        c.ignoreEnvironment = true;
                    }
                    case 'S', 'u', 'B', 'q', 'O', 'P' -> c.flags.append(ch);
                    case 'i' -> {
                        // sys.flags.inspect and .interactive; the loop follows the program even over a pipe
                        c.inspect = true;
                        c.interactive = true;
                        c.flags.append('i');
                    }
                    case 'h', '?' -> {
                        printHelp();
                        throw new Exit(0);
                    }
                    case 'V' -> c.version++;
                    case 'b' -> c.flags.append('b');
                    case 'd', 'v', 's', 'x', 'R', 't' -> {
                        // accepted; no effect in auditpy
                    }
                    case 'J' -> {
                        throw usageError("-J is reserved for Jython");
                    }
                    default -> throw usageError("Unknown option: -" + ch);
                }
            }
        }
        if (c.version > 0) {
            System.out.println(c.version > 1 ? VERSION + " (auditpy 0.1, Truffle)" : VERSION);
            throw new Exit(0);
        }
        if (c.mode == null) {
            if (i < args.length) {
                String first = args[i++];
                if (first.equals("-")) {
                    c.mode = Mode.STDIN;
                } else {
                    c.mode = Mode.SCRIPT;
                    c.target = first;
                }
                c.argv.add(first);
            } else {
                // -i without a program is the interactive loop even over a pipe or file (CPython's pymain_run_stdin)
                c.mode = stdinIsTty() || c.inspect ? Mode.REPL : Mode.STDIN;
                c.argv.add("");
            }
        }
        for (; i < args.length; i++) {
            c.argv.add(args[i]);
        }
        if (!c.ignoreEnvironment) {
            addEnvFlag(c, "PYTHONUNBUFFERED", 'u');
            addEnvFlag(c, "PYTHONDONTWRITEBYTECODE", 'B');
            addEnvFlag(c, "PYTHONSAFEPATH", 'P');
            String opt = System.getenv("PYTHONOPTIMIZE");
            if (opt != null && !opt.isEmpty()) {
                int n = 1;
                try {
                    n = Math.max(1, Integer.parseInt(opt.trim()));
                } catch (NumberFormatException e) {
                    n = 1;
                }
                for (int k = count(c.flags, 'O'); k < n; k++) {
                    c.flags.append('O');
                }
            }
            String inspect = System.getenv("PYTHONINSPECT");
            if (inspect != null && !inspect.isEmpty() && !c.inspect) {
                // sys.flags.inspect only (letter j): the loop follows the program on a terminal
                c.inspect = true;
                c.flags.append('j');
            }
        }
        c.intMaxStrDigits = intMaxStrDigits(c);
        return c;
    }

    /**
     * The int/str digit limit the configuration gives, as CPython 3.11's config_init_int_max_str_digits
     * (Python/initconfig.c): the last {@code -X int_max_str_digits=N}, else PYTHONINTMAXSTRDIGITS (unless -E/-I), else
     * -1 (none). N must be 0 or at least 640: anything else is a fatal error at start-up (status 1).
     */
    private static int intMaxStrDigits(Config c) {
        String x = null;
        boolean given = false;
        for (String o : c.xoptions) {
            if (o.equals("int_max_str_digits") || o.startsWith("int_max_str_digits=")) {
                given = true;
                int eq = o.indexOf('=');
                x = eq < 0 ? null : o.substring(eq + 1);
            }
        }
        if (given) {
            return checkedDigits(x, "-X int_max_str_digits");
        }
        String env = c.ignoreEnvironment ? null : System.getenv("PYTHONINTMAXSTRDIGITS");
        if (env != null && !env.isEmpty()) {
            return checkedDigits(env, "PYTHONINTMAXSTRDIGITS");
        }
        return -1;
    }

    private static int checkedDigits(String value, String source) {
        int n = -1;
        if (value != null) {
            try {
                n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                n = -1;
            }
        }
        if (n != 0 && n < 640) {
            System.err.println("Fatal Python error: config_init_int_max_str_digits: " + source
                            + ": invalid limit; must be >= 640 or 0 for unlimited.");
            System.err.println("Python runtime state: preinitialized");
            System.err.println();
            throw new Exit(1);
        }
        return n;
    }

    private static int count(CharSequence s, char ch) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == ch) {
                n++;
            }
        }
        return n;
    }

    private static void addEnvFlag(Config c, String var, char flag) {
        String v = System.getenv(var);
        if (v != null && !v.isEmpty() && c.flags.indexOf(String.valueOf(flag)) < 0) {
            c.flags.append(flag);
        }
    }

    /** A {@code -X} option: auditpy's own act here too; every one is in sys._xoptions, as CPython keeps any. */
    private static void xoption(Config c, String value) {
        switch (value) {
            case "auditpy-runtime" -> c.printRuntime = true;
            case "audit=off" -> c.audit = false;
            case "audit=on" -> c.audit = true;
            default -> {
            }
        }
        c.xoptions.add(value);
    }

    /** CPython 3.11's {@code config_usage}: the usage line, then the options (help.txt). */
    private static void printHelp() {
        System.out.println("usage: " + executable() + " [option] ... [-c cmd | -m mod | file | -] [arg] ...");
        printResource("help.txt");
    }

    /**
     * Prints a text of the launcher's resources: help.txt, help-env.txt and help-xoptions.txt are CPython 3.11's
     * texts of {@code --help}, {@code --help-env} and {@code --help-xoptions} with a line after each option auditpy
     * does not support (or supports in part) and auditpy's own options.
     */
    private static void printResource(String name) {
        try (InputStream in = Main.class.getResourceAsStream(name)) {
            if (in != null) {
                System.out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // nothing to show
        }
    }

    static boolean stdinIsTty() {
        String p = System.getProperty("auditpy.stdin.tty");
        if (p != null) {
            return p.equals("1") || p.equals("true");
        }
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    static boolean stdoutIsTty() {
        String p = System.getProperty("auditpy.stdout.tty");
        return p != null && (p.equals("1") || p.equals("true"));
    }

    /**
     * The program's standard output as the context writes it. Not a PrintStream: its write errors (a full device,
     * a pipe whose reader has gone) must reach the program as OSError, and a PrintStream swallows them.
     */
    private static OutputStream stdout = System.out;
    /** Whether sys.stdout block-buffers (a pipe or file, without -u). */
    private static boolean stdoutBuffered;
    /** The program's standard error (see {@link #stdout}). */
    private static OutputStream stderr = System.err;

    /**
     * The program's standard input: {@code System.in}, or for a terminal a {@link TerminalInput} (a read that Ctrl-C
     * interrupted in {@code input()} must not stay behind and take the next line typed at the interactive prompt).
     */
    static InputStream programInput() {
        return stdinIsTty() ? new TerminalInput() : System.in;
    }

    /**
     * Standard input that is a terminal, read through an interruptible channel of {@code /dev/stdin} (a file
     * description of its own on the same terminal): interrupting the reading thread aborts the read without taking a
     * byte (the JDK closes the channel, and it is opened again for the next read). {@code System.in} instead cannot
     * be interrupted: its read would go on and take what is typed next, also at the interactive prompt, whose reader
     * (JLine) reads the terminal itself.
     */
    static final class TerminalInput extends InputStream {
        private java.nio.channels.FileChannel channel;
        private boolean fallback;

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            int n = read(b, 0, 1);
            return n <= 0 ? -1 : b[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (!fallback && (channel == null || !channel.isOpen())) {
                try {
                    channel = java.nio.channels.FileChannel.open(Paths.get("/dev/stdin"), java.nio.file.StandardOpenOption.READ);
                } catch (IOException | UnsupportedOperationException e) {
                    fallback = true;
                }
            }
            if (fallback) {
                return System.in.read(b, off, len);
            }
            try {
                return channel.read(java.nio.ByteBuffer.wrap(b, off, len));
            } catch (java.nio.channels.ClosedByInterruptException e) {
                channel = null;
                throw new java.io.InterruptedIOException();
            }
        }

        @Override
        public int available() throws IOException {
            return fallback ? System.in.available() : 0;
        }
    }

    private static void flushStd() {
        flushQuietly(stdout);
        System.out.flush();
        System.err.flush();
    }

    /** Flushes {@code out}, ignoring an error: the program was told of it (finalization's flush), or has ended. */
    private static void flushQuietly(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            // reported through the program's sys.stdout, or too late to report
        }
    }

    static Context.Builder contextBuilder(Config c) {
        Context.Builder b = Context.newBuilder(LANG).allowAllAccess(true).in(programInput()).out(stdout).err(stderr);
        String stdlib = System.getProperty("auditpy.stdlib");
        if (stdlib != null && !stdlib.isEmpty()) {
            b.option("auditpy.Stdlib", stdlib);
        }
        String astCache = System.getProperty("auditpy.astcache");
        if (astCache != null && !astCache.isEmpty()) {
            b.option("auditpy.AstCache", astCache);
        }
        if (!c.audit) {
            b.option("auditpy.Audit", "false");
        }
        if (c.auditLog != null) {
            b.option("auditpy.AuditLog", c.auditLog);
        }
        if (c.auditDeny != null) {
            b.option("auditpy.AuditDeny", c.auditDeny);
        }
        if (!c.xoptions.isEmpty()) {
            b.option("auditpy.XOptions", String.join(",", c.xoptions));
        }
        b.option("auditpy.OrigArgv", String.join("\0", c.origArgv));
        String closed = System.getProperty("auditpy.closed.std", "");
        if (!closed.isEmpty()) {
            // the script found these descriptors closed (and put /dev/null there): sys.stdin etc. are None
            b.option("auditpy.ClosedStdStreams", closed);
        }
        List<String> warnOptions = warnOptions(c);
        if (!warnOptions.isEmpty()) {
            b.option("auditpy.WarnOptions", String.join("\n", warnOptions));
        }
        if (c.flags.length() > 0) {
            b.option("auditpy.Flags", c.flags.toString());
        }
        if (c.intMaxStrDigits >= 0) {
            b.option("auditpy.IntMaxStrDigits", Integer.toString(c.intMaxStrDigits));
        }
        // Ctrl-C raises KeyboardInterrupt in the program as in CPython: the language takes SIGINT over
        b.option("auditpy.HandleSigint", "true");
        if (stdoutBuffered) {
            b.option("auditpy.StdoutBuffered", "true");
        }
        for (java.util.Map.Entry<String, String> d : COMPILATION_POLICY.entrySet()) {
            // the user's own setting (--engine.X=v, or -Dpolyglot.engine.X=v in AUDITPY_JAVA_OPTS) wins
            if (!c.polyglotOptions.containsKey(d.getKey()) && System.getProperty("polyglot." + d.getKey()) == null) {
                b.option(d.getKey(), d.getValue());
            }
        }
        b.options(c.polyglotOptions);
        b.arguments(LANG, c.argv.toArray(new String[0]));
        return b;
    }

    /**
     * The launcher's Truffle compilation policy: engine options that differ from Truffle's defaults (measured with
     * bench/run; bench/README.md, "Compilation policy"). The optimizing runtime has one compiler thread here, and the
     * Graal compiler, itself Java code run by C1, needs 0.1-3 s per compilation: which compilations it spends that
     * on decides how soon a program runs at full speed.
     * <ul>
     * <li>{@code engine.MultiTier=false}: one tier, the optimizing one (inlining). With two tiers, a function whose
     * loops call small functions (spectralnorm's {@code a_times_u}, a program's {@code main()} once it is called
     * again) first got a first-tier compilation, which inlines nothing and replaced its loops' on-stack-replacement
     * (OSR) code, which does: it ran at a third to half of the speed until its last-tier compilation landed, and
     * with the first-tier compilations in the queue ahead of it that took 10-30 repetitions or never came.</li>
     * <li>{@code engine.MinInvokeThreshold=20} (Truffle: 3): a root is compiled only once it has been called 20
     * times; a function called fewer times (a program's {@code main()}, each bench program's {@code workload})
     * runs its loops in their OSR code, and the compiler is not spent on a large compilation of the whole
     * function.</li>
     * <li>{@code engine.OSRCompilationThreshold=20000} (Truffle: 100352): a loop that runs 20,000 iterations gets its
     * OSR compilation (a comprehension, a function called once, depends on it).</li>
     * <li>{@code engine.TraversingQueueOSRBonus=15} (Truffle: 1): an OSR compilation is queued as urgent (its loop
     * is running in the interpreter right now).</li>
     * </ul>
     * The auditpy script adds a Graal option, {@code -Djdk.graal.LoopUnswitchMaxIncrease=500}: see there.
     */
    static final java.util.Map<String, String> COMPILATION_POLICY = java.util.Map.of(
                    "engine.MultiTier", "false",
                    "engine.MinInvokeThreshold", "20",
                    "engine.OSRCompilationThreshold", "20000",
                    "engine.TraversingQueueOSRBonus", "15");

    /**
     * sys.warnoptions as CPython 3.11 builds it (Python/initconfig.c config_init_warnoptions): the comma-separated
     * items of PYTHONWARNINGS (unless -E or -I; empty items skipped), then the -W options in their order, then
     * {@code default::BytesWarning} for -b or {@code error::BytesWarning} for -bb.
     */
    static List<String> warnOptions(Config c) {
        List<String> out = new ArrayList<>();
        String env = c.ignoreEnvironment ? null : System.getenv("PYTHONWARNINGS");
        if (env != null) {
            for (String item : env.split(",")) {
                if (!item.isEmpty()) {
                    out.add(item);
                }
            }
        }
        out.addAll(c.warnOptions);
        int bytesWarning = count(c.flags, 'b');
        if (bytesWarning > 0) {
            // -b / -bb: the BytesWarning filter comes last, so that it is checked first (config_init_warnoptions)
            out.add(bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }
        return out;
    }

    static int run(String[] args) {
        Config c = parse(args);
        haltAtExit = haltIsSafe(c);
        Source source;
        try {
            source = programSource(c);
        } catch (IOException e) {
            throw new Exit(1);
        }
        if (c.mode != Mode.REPL && !c.inspect) {
            // The file descriptors themselves, whose write errors reach the program (the REPL keeps the JDK's
            // streams, which JLine's terminal shares). sys.stdout block-buffers a pipe or file as CPython does
            // (auditpy.StdoutBuffered), and writes through to a terminal or with -u; os.write(1, ...) goes
            // straight to the descriptor, as CPython's.
            stdout = new FileOutputStream(FileDescriptor.out);
            stderr = new FileOutputStream(FileDescriptor.err);
            stdoutBuffered = !stdoutIsTty() && c.flags.indexOf("u") < 0;
        }
        int status = 0;
        Context context = null;
        if (source != null || c.mode == Mode.REPL) {
            warmUpParser();
        }
        try {
            try {
                context = contextBuilder(c).build();
            } catch (IllegalArgumentException e) {
                // an unknown or malformed --engine./--compiler./--log./--auditpy. option: the polyglot message, no Java trace
                System.err.println("auditpy: " + optionError(e, c.polyglotOptions));
                System.err.flush();
                throw new Exit(2);
            }
            if (c.printRuntime) {
                try {
                    stdout.write((context.getEngine().getImplementationName() + "\n").getBytes(StandardCharsets.UTF_8));
                    stdout.flush();
                } catch (IOException e) {
                    throw new Exit(1);
                }
            }
            if (source != null) {
                Value result = context.eval(source);
                status = result.fitsInInt() ? result.asInt() : 0;
            }
            // pymain_repl: after the program, whatever its status (an uncaught exception, SystemExit included, was
            // reported), when inspecting and stdin is a terminal or -i was given
            if (c.mode == Mode.REPL || (c.inspect && (c.interactive || stdinIsTty()))) {
                status = Repl.run(context, c);
            }
            // Py_RunMain: "if (Py_FinalizeEx() < 0) exitcode = 120", which it is when the final flush of sys.stdout
            // or sys.stderr failed (the atexit callbacks run first)
            if (context.eval(Source.newBuilder(LANG, "", "<finalize>").mimeType(MIME_FINALIZE).buildLiteral()).asInt() < 0) {
                status = 120;
            }
        } catch (PolyglotException e) {
            status = handle(e);
        } finally {
            if (context != null) {
                try {
                    context.close();
                } catch (PolyglotException e) {
                    if (e.isExit()) {
                        status = e.getExitStatus();
                    } else if (!e.isCancelled()) {
                        status = handle(e);
                    }
                }
            }
        }
        return status;
    }

    /**
     * Classes whose annotations the start of every run reads, in the order it first reads them: Truffle's interop
     * library, the engine's internal resource, the call-boundary methods of the Truffle runtime (a {@code "M:"}
     * prefix: the methods' annotations too), the generated library exports, the language and instrument
     * registrations, node classes (NodeClass reads their {@code @Child}, {@code @Children} and
     * {@code @CompilationFinal} fields: {@code "F:"}), and the builtins' {@code @Builtin}. The first read of each
     * annotation type defines a proxy class for it (java.lang.reflect.Proxy: 1-3 ms each here, 20 of them before a
     * program's first line), which the AOT cache cannot hold.
     */
    private static final String[] ANNOTATED_AT_START = {
        "com.oracle.truffle.api.interop.InteropLibrary",
        "com.oracle.truffle.polyglot.JDKSupport$LibTruffleAttachResource",
        "M:com.oracle.truffle.runtime.OptimizedCallTarget",
        "com.oracle.truffle.api.interop.DefaultBooleanExports",
        "com.oracle.truffle.api.interop.DefaultIntegerExportsGen$InteropLibraryExports$Uncached",
        "org.auditpy.AuditPyLanguage",
        "com.oracle.truffle.api.debug.impl.DebuggerInstrument",
        "F:com.oracle.truffle.api.nodes.Node",
        "F:org.auditpy.nodes.PyRootNode",
        "F:org.auditpy.nodes.Statements$Block",
        "org.auditpy.builtins.DictBuiltins$OrNode",
    };

    /**
     * Reads the annotations of {@link #ANNOTATED_AT_START} on a daemon thread from the first moment of the run, so
     * that the JDK's annotation parsing and its proxy classes are ready (or under way) when the engine and the
     * context ask for them: a head start on a machine with a free core (hello world 10-20 ms sooner on 2 cores);
     * a class that is not there is skipped. Loads the classes without initializing them.
     */
    private static void warmUpAnnotations() {
        Thread t = new Thread(() -> {
            ClassLoader loader = Main.class.getClassLoader();
            for (String entry : ANNOTATED_AT_START) {
                try {
                    String name = entry.length() > 2 && entry.charAt(1) == ':' ? entry.substring(2) : entry;
                    Class<?> c = Class.forName(name, false, loader);
                    c.getAnnotations();
                    if (entry.startsWith("F:")) {
                        for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                            f.getAnnotations();
                        }
                    } else if (entry.startsWith("M:")) {
                        for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                            m.getAnnotations();
                        }
                    }
                } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                    // only a head start
                }
            }
        }, "auditpy-annotations-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Starts readying the parser (see PythonParserFacade.warmUp) on a daemon thread, so that it overlaps with
     * building the context instead of delaying the program's first parse: start-up on a machine with a free core.
     */
    private static void warmUpParser() {
        Thread t = new Thread(() -> {
            try {
                Class.forName("org.auditpy.parser.PythonParserFacade", true, Main.class.getClassLoader()).getMethod("warmUp").invoke(null);
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // only a head start
            }
        }, "auditpy-parser-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The message for a polyglot option the context refused. Truffle's own messages name the problem (an unknown
     * option, a bad boolean), but a number option's parser passes on {@link NumberFormatException}'s bare
     * {@code For input string: "abc"}: that one gets the option's name and what it expects.
     *
     * @param options the options given on the command line, name to value ({@code true} for a bare {@code --name})
     */
    static String optionError(IllegalArgumentException e, java.util.Map<String, String> options) {
        String message = String.valueOf(e.getMessage());
        String prefix = "For input string: \"";
        if (message.startsWith(prefix)) {
            int end = message.indexOf('"', prefix.length());
            String value = end < 0 ? "" : message.substring(prefix.length(), end);
            for (java.util.Map.Entry<String, String> o : options.entrySet()) {
                if (o.getValue().equals(value)) {
                    return "Invalid integer option value '" + value + "' for option " + o.getKey() + ". The value of the option must be a whole number.";
                }
            }
        }
        return message;
    }

    /** Maps an exception escaping the language to the process exit status, printing what CPython would. */
    static int handle(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        flushQuietly(stdout);
        if (e.isInternalError() || e.isHostException()) {
            System.err.println("SystemError: " + e.getMessage());
            if (System.getenv("AUDITPY_JAVA_TRACE") != null) {
                e.printStackTrace();
            }
        } else if (e.isInterrupted() || e.isCancelled()) {
            System.err.println("KeyboardInterrupt");
            return 130;
        } else {
            System.err.println(e.getMessage());
        }
        if (System.getenv("AUDITPY_JAVA_STACKS") != null) {
            e.printStackTrace();
        }
        return 1;
    }

    /** The program to run, or null for the REPL; prints CPython's message and exits if the script is unreadable. */
    static Source programSource(Config c) throws IOException {
        switch (c.mode) {
            case COMMAND:
                return Source.newBuilder(LANG, c.target, "<string>").mimeType(MIME_COMMAND).buildLiteral();
            case MODULE:
                return Source.newBuilder(LANG, c.target, c.target).mimeType(MIME_MODULE).buildLiteral();
            case STDIN: {
                String text = decode(System.in.readAllBytes());
                return Source.newBuilder(LANG, text, "<stdin>").mimeType(MIME_STDIN).buildLiteral();
            }
            case SCRIPT: {
                Path path = Paths.get(c.target);
                Path abs = path.toAbsolutePath();
                String name = c.target;
                if (Files.isDirectory(path)) {
                    // a directory runs its __main__.py with the directory as sys.path[0] (CPython's
                    // pymain_run_python: runpy's _run_module_as_main("__main__")); sys.argv[0] stays as given
                    Path main = path.resolve("__main__.py");
                    if (!Files.isRegularFile(main)) {
                        System.err.println(executable() + ": can't find '__main__' module in '" + abs + "'");
                        throw new Exit(1);
                    }
                    path = main;
                    abs = main.toAbsolutePath();
                    name = main.toString();
                }
                String text;
                try {
                    // the bytes as they are, one char per byte: the language decodes them as CPython's
                    // tokenizer does (BOM, PEP 263 coding declaration, its errors)
                    text = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                } catch (NoSuchFileException e) {
                    System.err.println(executable() + ": can't open file '" + abs + "': [Errno 2] No such file or directory");
                    throw new Exit(2);
                } catch (AccessDeniedException e) {
                    System.err.println(executable() + ": can't open file '" + abs + "': [Errno 13] Permission denied");
                    throw new Exit(2);
                } catch (IOException e) {
                    System.err.println(executable() + ": can't open file '" + abs + "': " + e.getMessage());
                    throw new Exit(2);
                }
                return Source.newBuilder(LANG, text, name).mimeType(MIME_FILE).buildLiteral();
            }
            default:
                return null;
        }
    }

    /** UTF-8, CPython's default source encoding; malformed input is replaced (the parser reports it later). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
