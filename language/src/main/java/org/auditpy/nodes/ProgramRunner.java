package org.auditpy.nodes;

import java.nio.file.Path;

import org.auditpy.AuditPyLanguage;
import org.auditpy.audit.Audit;
import org.auditpy.runtime.CodeExecution;
import org.auditpy.runtime.SourceDecoding;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Recursion;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

/**
 * Program execution as CPython's Modules/main.c ({@code pymain_run_file}, {@code pymain_run_command},
 * {@code pymain_run_stdin}, {@code pymain_run_module}): the {@code cpython.run_*} event, {@code __main__},
 * {@code sys.path[0]}, the {@code compile} and {@code exec} events, SystemExit and the uncaught-exception
 * path through {@code sys.excepthook} (with its {@code sys.excepthook} audit event). Sources of the plain
 * MIME type run in the context's {@code __main__} and return the value of a lone expression.
 */
public final class ProgramRunner {
    private ProgramRunner() {
    }

    @TruffleBoundary
    public static Object run(Source source) {
        PythonContext ctx = PythonContext.get();
        Recursion.prepare();
        String mime = source.getMimeType();
        if (mime == null || mime.equals(AuditPyLanguage.MIME_TYPE)) {
            try {
                return evalInMain(ctx, source);
            } catch (StackOverflowError e) {
                // an embedder's thread whose stack ran out outside any Python frame: still a Python error
                throw Recursion.stackOverflow("");
            }
        }
        if (mime.equals(AuditPyLanguage.MIME_INTERACTIVE) || mime.equals(AuditPyLanguage.MIME_INTERACTIVE_END)) {
            try {
                return interactiveStatement(ctx, source, mime.equals(AuditPyLanguage.MIME_INTERACTIVE));
            } catch (StackOverflowError e) {
                flushStdout(ctx);
                org.auditpy.builtins.SysModule.printUncaught(Recursion.stackOverflow("").getPyException());
                ctx.err().flush();
                return true;
            }
        }
        if (mime.equals(AuditPyLanguage.MIME_FINALIZE)) {
            return finalizePython(ctx);
        }
        if (mime.equals(AuditPyLanguage.MIME_PROMPT)) {
            return prompt(ctx, source.getCharacters().toString().equals("2") ? "ps2" : "ps1");
        }
        if (mime.equals(AuditPyLanguage.MIME_INTERACTIVE_START)) {
            interactiveStart(ctx, source.getName(), source.getCharacters().toString());
            return PyNone.NONE;
        }
        try {
            return runProgram(ctx, source, mime);
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }

    /**
     * The Python part of CPython's {@code Py_FinalizeEx} (Python/pylifecycle.c), once per context: {@code threading._shutdown()}
     * when threading was imported, the atexit
     * callbacks ({@code atexit._run_exitfuncs}), then {@code flush_std_files}: {@code sys.stdout.flush()}, whose
     * error is reported as unraisable ("Exception ignored in: &lt;_io.TextIOWrapper name='&lt;stdout&gt;' ...&gt;"),
     * and {@code sys.stderr.flush()}, whose error is not; streams that are None or closed are skipped.
     *
     * @return 0, or -1 if a flush failed ({@code Py_RunMain} then exits with status 120); 0 when already done
     */
    @TruffleBoundary
    public static int finalizePython(PythonContext ctx) {
        if (!ctx.startFinalizing()) {
            return 0;
        }
        // wait_for_thread_shutdown: threading._shutdown() when threading was imported (the main thread's state lock
        // and the _register_atexit callbacks; auditpy starts no other threads), its error reported as unraisable
        Object threading = ctx.getModules().getStr("threading");
        Object shutdown = threading == null ? null : PyOps.getAttributeOrNull(threading, "_shutdown");
        if (shutdown != null) {
            try {
                PyOps.callPositional(shutdown);
            } catch (PyException e) {
                org.auditpy.builtins.SysModule.writeUnraisable(e.getPyException(), null, threading);
            }
        }
        Object atexit = ctx.getModules().getStr("atexit");
        Object run = atexit == null ? null : PyOps.getAttributeOrNull(atexit, "_run_exitfuncs");
        if (run != null) {
            try {
                PyOps.callPositional(run);
            } catch (PyException e) {
                // _run_exitfuncs reports each callback's exception itself
            }
        }
        int status = 0;
        PyDict sys = ctx.getSys() == null ? null : ctx.getSys().getDict();
        Object fout = sys == null ? null : sys.getStr("stdout");
        if (isOpenFile(fout)) {
            try {
                PyOps.callMethod(fout, "flush");
            } catch (PyException e) {
                org.auditpy.builtins.SysModule.writeUnraisable(e.getPyException(), null, fout);
                status = -1;
            }
        }
        Object ferr = sys == null ? null : sys.getStr("stderr");
        if (isOpenFile(ferr)) {
            try {
                PyOps.callMethod(ferr, "flush");
            } catch (PyException e) {
                status = -1;
            }
        }
        return status;
    }

    /**
     * What CPython's {@code finalize_modules} (Python/pylifecycle.c) leaves for the code that still runs after it: the
     * audit hooks, which receive {@code cpython.PyInterpreterState_Clear} next. sys.modules is emptied; every value
     * in the sys and builtins dicts becomes None (sys.stdout too, so a hook's {@code print(event, args)} fails with
     * "lost sys.stdout" and prints nothing, as in CPython 3.11); and so does every value but {@code __builtins__} in
     * the dicts of the modules that were imported, which CPython clears when they are still alive. {@code __main__}'s
     * dict is left as it is: CPython frees that module when sys.modules lets it go, and its dict then keeps its
     * values. Called only when a Python hook is installed: nothing else can run Python code by then.
     */
    @TruffleBoundary
    public static void finalizeModules(PythonContext ctx) {
        PyDict modules = ctx.getModules();
        PyModule main = ctx.getMainModule();
        PyModule sys = ctx.getSys();
        PyModule builtins = ctx.getBuiltins();
        Object[] imported = modules.valuesArray();
        modules.clear();
        for (Object m : imported) {
            if (m instanceof PyModule module && m != main && m != sys && m != builtins) {
                noneValues(module.getDict(), true);
            }
        }
        if (sys != null) {
            noneValues(sys.getDict(), false);
        }
        if (builtins != null) {
            noneValues(builtins.getDict(), false);
        }
    }

    /** _PyModule_ClearDict's result: each key kept with None for its value ({@code __builtins__} kept if asked). */
    private static void noneValues(PyDict dict, boolean keepBuiltins) {
        for (Object key : dict.keysArray()) {
            if (!(keepBuiltins && "__builtins__".equals(key))) {
                dict.setItem(key, PyNone.NONE);
            }
        }
    }

    /**
     * flush_std_files' test: present, not None, and not closed, as its {@code file_is_closed} (Python/pylifecycle.c)
     * sees it: a stream without a readable {@code closed} attribute (a plain object with {@code write} and
     * {@code flush} put in sys.stdout) counts as open and is flushed.
     */
    private static boolean isOpenFile(Object f) {
        if (f == null || f == PyNone.NONE) {
            return false;
        }
        Object closed;
        try {
            closed = PyOps.getAttributeOrNull(f, "closed");
        } catch (PyException e) {
            return true;
        }
        try {
            return closed == null || !PyOps.isTrue(closed);
        } catch (PyException e) {
            // PyObject_IsTrue failed: file_is_closed returns false
            return true;
        }
    }

    private static PyModule mainModule(PythonContext ctx) {
        PyModule m = ctx.getMainModule();
        if (m == null) {
            PyDict d = new PyDict(ctx.types().dict);
            m = new PyModule(ctx.types().module, "__main__", d);
            d.setStr("__builtins__", ctx.getBuiltins());
            d.setStr("__package__", PyNone.NONE);
            d.setStr("__spec__", PyNone.NONE);
            d.setStr("__loader__", PyNone.NONE);
            // CPython 3.11's __main__ has an empty __annotations__ from the start, annotated or not
            d.setStr("__annotations__", new PyDict(ctx.types().dict));
            ctx.setMainModule(m);
            ctx.getModules().setStr("__main__", m);
        }
        return m;
    }

    private static Object evalInMain(PythonContext ctx, Source source) {
        PyModule main = mainModule(ctx);
        String text = source.getCharacters().toString();
        if (Audit.active()) {
            // one compile event, as PyRun_String's, whichever mode the text then compiles in
            Audit.raise("compile", org.auditpy.runtime.PyBytes.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), source.getName());
        }
        PyCode code;
        try {
            code = CodeExecution.compileNoAudit(text, source.getName(), "eval");
        } catch (PyException e) {
            code = CodeExecution.compileNoAudit(text, source.getName(), "exec");
        }
        return CodeExecution.exec(code, main.getDict(), true);
    }

    /**
     * The prompt {@code sys.<name>} as the interactive loop shows it: its {@code str()}, or "" when it is missing or
     * {@code str()} fails (PyRun_InteractiveOneObjectEx clears that error).
     */
    private static String prompt(PythonContext ctx, String name) {
        Object v = ctx.getSys() == null ? null : ctx.getSys().getDict().getStr(name);
        if (v == null) {
            return "";
        }
        try {
            return PyOps.str(v);
        } catch (PyException e) {
            return "";
        }
    }

    /**
     * One statement at the interactive prompt, CPython's {@code PyRun_InteractiveOneObjectEx} (Python/pythonrun.c):
     * the {@code compile} event when the parser starts on it, then the lines read so far are parsed
     * ({@link CodeExecution#compileInteractive}); a statement that goes on returns false, a whole one is run in
     * {@code __main__} ('single' mode: expression statements are displayed) and its error, a SyntaxError too, goes
     * through PyErr_Print ({@code sys.last_*}, the {@code sys.excepthook} event, {@code sys.excepthook}).
     *
     * @param more whether lines may still come (false when the input has ended)
     * @return false when the statement goes on in the next line, else true
     */
    private static Object interactiveStatement(PythonContext ctx, Source source, boolean more) {
        PyModule main = mainModule(ctx);
        String text = source.getCharacters().toString();
        int firstEnd = text.indexOf('\n');
        if ((firstEnd < 0 || firstEnd == text.length() - 1) && Audit.active()) {
            // the statement's first line (or the end of the input where one would start): the parser starts on it
            Audit.raise("compile", PyNone.NONE, source.getName());
        }
        if (text.isBlank()) {
            return true;
        }
        try {
            PyCode code = CodeExecution.compileInteractive(text, source.getName(), more);
            if (code == null) {
                return false;
            }
            CodeExecution.exec(code, main.getDict(), true);
        } catch (PyException e) {
            // SystemExit leaves the loop through the launcher, its message (a code that is not an int) printed
            PyBaseException pe = e.getPyException();
            if (pe.getPythonClass().isSubtypeOf(ctx.types().exception("SystemExit"))) {
                systemExit(ctx, pe, true);
                throw e;
            }
            flushStdout(ctx);
            org.auditpy.builtins.SysModule.printUncaught(pe);
            ctx.err().flush();
        }
        return true;
    }

    /**
     * The start of the interactive loop (Modules/main.c pymain_run_stdin for the REPL, pymain_repl after a
     * program with -i): the PYTHONSTARTUP file (REPL only: {@code cpython.run_startup}, then its open, compile and
     * exec), {@code sys.__interactivehook__} ({@code cpython.run_interactivehook}), then {@code cpython.run_stdin}
     * (REPL only). Errors are printed and the loop starts anyway.
     */
    private static void interactiveStart(PythonContext ctx, String kind, String startup) {
        boolean repl = kind.equals("stdin");
        try {
            // the interactive loop's prompts, as PyRun_InteractiveOneObjectEx sets them when absent
            if (ctx.getSys() != null) {
                PyDict sysDict = ctx.getSys().getDict();
                if (sysDict.getStr("ps1") == null) {
                    sysDict.setStr("ps1", ">>> ");
                }
                if (sysDict.getStr("ps2") == null) {
                    sysDict.setStr("ps2", "... ");
                }
            }
            if (repl && !startup.isEmpty()) {
                runStartup(ctx, startup);
            }
            Object hook = ctx.getSys() == null ? null : ctx.getSys().getDict().getStr("__interactivehook__");
            if (hook != null) {
                if (Audit.active()) {
                    Audit.raise("cpython.run_interactivehook", hook);
                }
                try {
                    PyOps.callPositional(hook);
                } catch (PyException e) {
                    writeStderr(ctx, "Failed calling sys.__interactivehook__\n");
                    handleUncaught(ctx, e);
                }
            }
            if (repl && Audit.active()) {
                Audit.raise("cpython.run_stdin");
            }
        } catch (PyException e) {
            handleUncaught(ctx, e);
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }

    private static void runStartup(PythonContext ctx, String startup) {
        if (Audit.active()) {
            Audit.raise("cpython.run_startup", startup);
            Audit.raise("open", startup, "r", 0L);
        }
        String text;
        try {
            text = java.nio.file.Files.readString(Path.of(startup));
        } catch (java.io.IOException | RuntimeException e) {
            writeStderr(ctx, "Could not open PYTHONSTARTUP\n");
            writeStderr(ctx, "FileNotFoundError: [Errno 2] No such file or directory: '" + startup + "'\n");
            return;
        }
        try {
            if (Audit.active()) {
                Audit.raise("compile", PyNone.NONE, startup);
            }
            PyCode code = CodeExecution.compileNoAudit(text, startup, "exec");
            CodeExecution.exec(code, mainModule(ctx).getDict(), true);
        } catch (PyException e) {
            handleUncaught(ctx, e);
        }
    }

    private static int runProgram(PythonContext ctx, Source source, String mime) {
        PyModule main = mainModule(ctx);
        PyDict globals = main.getDict();
        String text = source.getCharacters().toString();
        try {
            PyCode code;
            // -P, PYTHONSAFEPATH or -I: nothing is put before sys.path (CPython 3.11's safe_path)
            String flags = ctx.getEnv().getOptions().get(AuditPyLanguage.FLAGS);
            boolean safePath = flags.contains("P") || flags.contains("I");
            Object sysPath = safePath || ctx.getSys() == null ? null : ctx.getSys().getDict().getStr("path");
            switch (mime) {
                case AuditPyLanguage.MIME_FILE: {
                    String abs = Path.of(source.getName()).isAbsolute() ? source.getName() : Path.of("").toAbsolutePath() + "/" + source.getName();
                    if (sysPath instanceof PyList l) {
                        String dir = Path.of(abs).getParent() == null ? "" : Path.of(abs).normalize().getParent().toString();
                        l.insert(0, dir);
                    }
                    globals.setStr("__file__", abs);
                    globals.setStr("__cached__", PyNone.NONE);
                    if (Audit.active()) {
                        // CPython's pymain_run_python asks the path hooks for an importer of the script path first:
                        // zipimport opens it (io.open_code), then cpython.run_file
                        Audit.raise("open", abs, "r", 524288L);
                        Audit.raise("cpython.run_file", abs);
                    }
                    if (Audit.active()) {
                        Audit.raise("open", abs, "rb", 0L);
                    }
                    if (Audit.active()) {
                        Audit.raise("compile", PyNone.NONE, abs);
                    }
                    // the launcher passes the file's bytes one char per byte (ISO-8859-1)
                    String decoded = SourceDecoding.decodeFile(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), abs);
                    try {
                        code = CodeExecution.compileFileInput(decoded, abs);
                    } catch (PyException e) {
                        SourceDecoding.adjustScriptEofError(e, decoded);
                        throw e;
                    }
                    break;
                }
                case AuditPyLanguage.MIME_COMMAND:
                    if (sysPath instanceof PyList l) {
                        l.insert(0, "");
                    }
                    if (Audit.active()) {
                        Audit.raise("cpython.run_command", text + "\n");
                    }
                    code = CodeExecution.compile(text + "\n", "<string>", "exec", true);
                    break;
                case AuditPyLanguage.MIME_MODULE: {
                    if (sysPath instanceof PyList l) {
                        l.insert(0, Path.of("").toAbsolutePath().toString());
                    }
                    if (Audit.active()) {
                        Audit.raise("cpython.run_module", text);
                    }
                    return runModuleAsMain(ctx, text, globals);
                }
                default:
                    if (sysPath instanceof PyList l) {
                        l.insert(0, "");
                    }
                    if (Audit.active()) {
                        Audit.raise("cpython.run_stdin");
                    }
                    if (Audit.active()) {
                        Audit.raise("compile", PyNone.NONE, "<stdin>");
                    }
                    try {
                        code = CodeExecution.compileFileInput(text, "<stdin>");
                    } catch (PyException e) {
                        // stdin is read by the file tokenizer too
                        SourceDecoding.adjustScriptEofError(e, text);
                        throw e;
                    }
                    break;
            }
            CodeExecution.exec(code, globals, true);
            return 0;
        } catch (PyException e) {
            return handleUncaught(ctx, e, flushesBeforeReport(mime));
        } catch (StackOverflowError e) {
            // the stack ran out outside any Python frame's or statement's reach: reported as an uncaught error
            return handleUncaught(ctx, Recursion.stackOverflow(""), flushesBeforeReport(mime));
        } finally {
            if (mime.equals(AuditPyLanguage.MIME_FILE)) {
                // _PyRun_SimpleFileObject (Python/pythonrun.c) deletes them once the script has run (after its
                // traceback): atexit callbacks and -i's prompt find no __file__
                globals.removeItem("__file__");
                globals.removeItem("__cached__");
            }
        }
    }

    /**
     * {@code python3 -m NAME}, as CPython's {@code runpy._run_module_as_main} (Lib/runpy.py): the parent packages are
     * imported, the module's source file is found on their {@code __path__} (or {@code sys.path}), a package runs its
     * {@code __main__} submodule, and the code runs in the {@code __main__} module's namespace with
     * {@code __name__ == '__main__'} and {@code sys.argv[0]} set to the file. A module that cannot be found ends the
     * program with {@code "<executable>: No module named NAME"} (runpy's {@code _Error} messages) and status 1;
     * errors raised by the parent packages' or the module's own code are reported as usual.
     */
    private static int runModuleAsMain(PythonContext ctx, String name, PyDict globals) {
        java.nio.file.Path file;
        try {
            file = findModuleSource(ctx, name);
        } catch (ModuleSpecError e) {
            flushStdout(ctx);
            Object exe = ctx.getSys() == null ? null : ctx.getSys().getDict().getStr("executable");
            writeStderr(ctx, (exe instanceof String x ? x : "python3") + ": " + e.getMessage() + "\n");
            return 1;
        }
        String path = file.toAbsolutePath().normalize().toString();
        String modName = name;
        if (file.getFileName().toString().equals("__main__.py") && !name.endsWith("__main__")) {
            modName = name + ".__main__";
        }
        int dot = modName.lastIndexOf('.');
        globals.setStr("__name__", "__main__");
        globals.setStr("__file__", path);
        globals.setStr("__cached__", PyNone.NONE);
        globals.setStr("__loader__", PyNone.NONE);
        globals.setStr("__package__", dot < 0 ? "" : modName.substring(0, dot));
        globals.setStr("__spec__", PyNone.NONE);
        Object argv = ctx.getSys() == null ? null : ctx.getSys().getDict().getStr("argv");
        if (argv instanceof PyList l && l.size() > 0) {
            l.set(0, path);
        }
        org.auditpy.runtime.ImportSystem.execSourceFile(ctx, file, path, globals);
        return 0;
    }

    /** runpy's {@code _Error}: the module to run cannot be found; the message follows {@code _get_module_details}. */
    private static final class ModuleSpecError extends Exception {
        private static final long serialVersionUID = 1L;

        ModuleSpecError(String message) {
            super(message, null, false, false);
        }
    }

    /** The source file of module {@code name} to run, as runpy's {@code _get_module_details}. */
    private static java.nio.file.Path findModuleSource(PythonContext ctx, String name) throws ModuleSpecError {
        if (name.startsWith(".")) {
            throw new ModuleSpecError("Relative module names not supported");
        }
        int dot = name.lastIndexOf('.');
        Object[] searchPath;
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            PyModule parent;
            try {
                parent = org.auditpy.runtime.ImportSystem.findAndLoad(parentName);
            } catch (PyException e) {
                PyBaseException pe = e.getPyException();
                if (!pe.getPythonClass().isSubtypeOf(ctx.types().exception("ImportError"))) {
                    throw e;
                }
                throw new ModuleSpecError("Error while finding module specification for " + PyOps.repr(name) + " ("
                                + pe.getPythonClass().getName() + ": " + PyOps.str(pe) + ")");
            }
            Object pp = parent.getDict().getStr("__path__");
            if (pp == null) {
                throw new ModuleSpecError("Error while finding module specification for " + PyOps.repr(name)
                                + " (ModuleNotFoundError: __path__ attribute not found on " + PyOps.repr(parentName)
                                + " while trying to find " + PyOps.repr(name) + ")");
            }
            searchPath = PyOps.toArray(pp);
        } else {
            Object sp = ctx.getSys() == null ? null : ctx.getSys().getDict().getStr("path");
            searchPath = sp == null ? new Object[0] : PyOps.toArray(sp);
        }
        java.nio.file.Path found = org.auditpy.runtime.ImportSystem.locate(ctx, searchPath, name.substring(dot + 1));
        boolean namespace = found == null && !org.auditpy.runtime.ImportSystem.namespacePortions(ctx, searchPath, name.substring(dot + 1)).isEmpty();
        if (namespace || found != null && org.auditpy.runtime.ImportSystem.isPackageInit(found)) {
            if (name.equals("__main__") || name.endsWith(".__main__")) {
                throw new ModuleSpecError("Cannot use package as __main__ module");
            }
            // a package (a namespace package too) runs NAME.__main__, after NAME itself is imported
            try {
                return findModuleSource(ctx, name + ".__main__");
            } catch (ModuleSpecError e) {
                throw new ModuleSpecError(e.getMessage() + "; " + PyOps.repr(name) + " is a package and cannot be directly executed");
            }
        }
        if (found != null) {
            return found;
        }
        if (dot < 0 && ctx.getModules().getStr(name) != null || org.auditpy.runtime.ImportSystem.isIntrinsic(name)) {
            throw new ModuleSpecError("No code object available for " + name);
        }
        throw new ModuleSpecError("No module named " + name);
    }

    /**
     * Whether sys.stdout is flushed before an uncaught exception is reported: for a script file or standard input
     * ({@code _PyRun_SimpleFileObject} calls {@code flush_io} before {@code PyErr_Print}), not for {@code -c} or
     * {@code -m} ({@code PyRun_SimpleStringFlags} and runpy do not), where what the program printed without a
     * newline comes after the traceback when both go to one pipe.
     */
    private static boolean flushesBeforeReport(String mime) {
        return !mime.equals(AuditPyLanguage.MIME_COMMAND) && !mime.equals(AuditPyLanguage.MIME_MODULE);
    }

    /** As CPython's {@code _PyErr_PrintEx}: SystemExit gives the exit status; others go to sys.excepthook. */
    @TruffleBoundary
    public static int handleUncaught(PythonContext ctx, PyException e) {
        return handleUncaught(ctx, e, true);
    }

    /**
     * {@link #handleUncaught(PythonContext, PyException)}, flushing sys.stdout before the report only if
     * {@code flushFirst}.
     */
    @TruffleBoundary
    public static int handleUncaught(PythonContext ctx, PyException e, boolean flushFirst) {
        PyBaseException pe = e.getPyException();
        if (!ctx.inspect() && pe.getPythonClass().isSubtypeOf(ctx.types().exception("SystemExit"))) {
            // with -i it is reported as any other exception, and the interactive loop follows
            return systemExit(ctx, pe, flushFirst);
        }
        Object hook = ctx.getSys() == null ? null : ctx.getSys().getDict().getStr("excepthook");
        Object tb = pe.getTracebackOrNull() == null ? PyNone.NONE : pe.getTracebackOrNull();
        try {
            if (Audit.active()) {
                Audit.raise("sys.excepthook", hook == null ? PyNone.NONE : hook, pe.getPythonClass(), pe, tb);
            }
        } catch (PyException hookErr) {
            if (PyOps.isException(hookErr, "RuntimeError")) {
                return uncaughtStatus(ctx, pe);
            }
            writeStderr(ctx, "Exception ignored in audit hook:\n");
            printFallback(ctx, hookErr.getPyException());
        }
        if (flushFirst) {
            flushStdout(ctx);
        }
        if (hook == null) {
            writeStderr(ctx, "sys.excepthook is missing\n");
        } else {
            // a hook that is not callable (None included) fails like any other: "Error in sys.excepthook"
            try {
                PyOps.callPositional(hook, pe.getPythonClass(), pe, tb);
                return uncaughtStatus(ctx, pe);
            } catch (PyException inner) {
                if (inner.getPyException().getPythonClass().isSubtypeOf(ctx.types().exception("SystemExit"))) {
                    return PyOps.exitCodeOf(inner.getPyException());
                }
                writeStderr(ctx, "Error in sys.excepthook:\n");
                printFallback(ctx, inner.getPyException());
                writeStderr(ctx, "\nOriginal exception was:\n");
            }
        }
        printFallback(ctx, pe);
        return uncaughtStatus(ctx, pe);
    }

    /**
     * An uncaught SystemExit (CPython's handle_system_exit): its code, when not an int or None, printed to stderr;
     * returns the exit status.
     */
    private static int systemExit(PythonContext ctx, PyBaseException pe, boolean flushFirst) {
        Object code = pe.getAttributeOrNull("code");
        if (code != null && code != PyNone.NONE && !(code instanceof Long) && !(code instanceof Boolean) && !(code instanceof java.math.BigInteger)) {
            if (flushFirst) {
                flushStdout(ctx);
            }
            writeStderr(ctx, PyOps.str(code) + "\n");
        }
        return PyOps.exitCodeOf(pe);
    }

    /**
     * The exit status after an uncaught exception was reported: 130 for KeyboardInterrupt (CPython's
     * {@code exit_sigint}, Modules/main.c, ends the process with SIGINT, which a shell shows as 128 + 2), else 1.
     */
    private static int uncaughtStatus(PythonContext ctx, PyBaseException pe) {
        return pe.getPythonClass().isSubtypeOf(ctx.types().exception("KeyboardInterrupt")) ? 130 : 1;
    }

    private static void flushStdout(PythonContext ctx) {
        try {
            Object out = ctx.getSys() == null ? null : ctx.getSys().getDict().getStr("stdout");
            if (out != null && out != PyNone.NONE) {
                PyOps.callMethod(out, "flush");
            }
        } catch (PyException ignored) {
            // as CPython: flushing errors at this point are ignored
        }
        ctx.out().flush();
    }

    private static void writeStderr(PythonContext ctx, String s) {
        ctx.err().print(s);
        ctx.err().flush();
    }

    /**
     * Prints {@code pe} as CPython's {@code PyErr_Display} would when sys.excepthook is missing or failed, or an
     * audit hook failed: no "Traceback" header when it has no traceback entries (a hook that is not callable). A
     * minimal listing is the fallback if the full printer fails itself.
     */
    private static void printFallback(PythonContext ctx, PyBaseException pe) {
        Object err = ctx.getSys() == null ? null : ctx.getSys().getDict().getStr("stderr");
        if (err == PyNone.NONE) {
            // PyErr_Display: a None sys.stderr shows nothing
            return;
        }
        try {
            writeStderr(ctx, org.auditpy.builtins.TracebackPrinter.format(pe));
            return;
        } catch (RuntimeException printerFailed) {
            // fall through to the minimal listing
        }
        StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n");
        for (var tb = pe.getTracebackOrNull(); tb != null; tb = tb.getNext()) {
            sb.append("  File \"").append(tb.getFrame().getCode().getFilename()).append("\", line ").append(tb.getLineno()).append(", in ")
                            .append(tb.getFrame().getCode().getName()).append('\n');
        }
        sb.append(PyOps.formatExceptionOnly(pe)).append('\n');
        writeStderr(ctx, sb.toString());
    }
}
