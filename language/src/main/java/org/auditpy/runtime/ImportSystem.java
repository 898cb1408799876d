package org.auditpy.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

import org.auditpy.audit.Audit;
import org.auditpy.builtins.IntrinsicModuleProvider;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The import system ({@code import} statements and {@code __import__}), following CPython's
 * Python/import.c and importlib's path finder for source files: {@code sys.modules}, Java intrinsic modules,
 * then {@code NAME.py} or {@code NAME/__init__.py} on {@code sys.path} (or the parent package's
 * {@code __path__}), else a namespace package of the directories {@code NAME} there (PEP 420). Raises the
 * {@code import} audit event with {@code (name, None, sys.path, sys.meta_path, sys.path_hooks)} before loading a
 * module that is not yet in {@code sys.modules}, then, for a source file,
 * {@code open} {@code (path, 'r', 524288)}, {@code compile} {@code (bytes, path)} and {@code exec}
 * {@code (code,)}, as importlib's SourceFileLoader.
 *
 * <p><b>Modules CPython has loaded at start-up.</b> CPython 3.11 imports a few modules before the program
 * runs, so a hook never sees their import: with the {@code site} module, {@code abc, codecs, encodings, io,
 * os, os.path, posixpath, genericpath, stat, _collections_abc, site, _sitebuiltins} and the built-in
 * {@code posix, time, marshal, _io, _thread, _codecs, _abc, _stat, _signal, _warnings, _weakref, _imp,
 * zipimport}; without it ({@code -S}) only {@code abc, codecs, encodings, io} and those built-ins
 * ({@link #PRELOADED}, {@link #PRELOADED_NO_SITE}; measured with {@code python3 -c "import sys;
 * print(sorted(sys.modules))"} in a virtual environment without {@code .pth} files, {@code -I} gives the same
 * set). auditpy does not pay for these at start-up: it loads such a module on its first import, and then
 * <em>silently</em> &mdash; no {@code import}, {@code open}, {@code compile} or {@code exec} event, for it and
 * for everything its code imports while it loads &mdash; and always from auditpy's own shipped stdlib
 * (intrinsic module or file in the {@code auditpy.Stdlib} directory), ignoring {@code sys.path}, since
 * CPython hands out its already loaded module even when a user's file of that name comes first on the path.
 * A name is treated so only once per context, and only when auditpy ships the module; any other import, a
 * user's own module included, raises every event as before. auditpy's own helper module {@code _auditpy}, which
 * its library files import where CPython runs C code, is treated the same: CPython has no such import to report.
 */
public final class ImportSystem {
    private ImportSystem() {
    }

    private static java.util.Map<String, java.util.function.Function<PythonContext, PyModule>> intrinsics;

    @TruffleBoundary
    private static synchronized java.util.Map<String, java.util.function.Function<PythonContext, PyModule>> intrinsics() {
        if (intrinsics == null) {
            intrinsics = new java.util.HashMap<>();
            for (IntrinsicModuleProvider p : ServiceLoader.load(IntrinsicModuleProvider.class, ImportSystem.class.getClassLoader())) {
                intrinsics.putAll(p.modules());
            }
            if (ImportSystem.class.getModule().isNamed()) {
                for (IntrinsicModuleProvider p : ServiceLoader.load(ImportSystem.class.getModule().getLayer(), IntrinsicModuleProvider.class)) {
                    intrinsics.putAll(p.modules());
                }
            }
        }
        return intrinsics;
    }

    /** True when {@code name} is a module implemented in Java (an intrinsic module: no source file to run). */
    public static boolean isIntrinsic(String name) {
        return intrinsics().containsKey(name);
    }

    /** {@code __import__(name, globals, None, fromlist, level)}. */
    @TruffleBoundary
    public static Object importModule(String name, PyDict globals, PyTuple fromlist, int level, boolean returnLeaf) {
        String abs = resolveName(name, globals, level);
        PyModule leaf = findAndLoad(abs);
        boolean hasFrom = fromlist != null && fromlist.size() > 0;
        if (hasFrom) {
            for (Object o : fromlist.items()) {
                String sub = (String) o;
                if (!sub.equals("*") && leaf.getDict().getStr("__path__") != null && leaf.getDict().getStr(sub) == null) {
                    try {
                        findAndLoad(abs + "." + sub);
                    } catch (PyException e) {
                        if (!PyOps.isException(e, "ModuleNotFoundError")) {
                            throw e;
                        }
                    }
                }
            }
            return leaf;
        }
        if (returnLeaf || level > 0 && name.isEmpty()) {
            return leaf;
        }
        if (level == 0) {
            int dot = abs.indexOf('.');
            return dot < 0 ? leaf : findAndLoad(abs.substring(0, dot));
        }
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String absTop = abs.substring(0, abs.length() - name.length()) + top;
        return findAndLoad(absTop);
    }

    /**
     * The absolute module name of an import of {@code name} at {@code level} from a module with {@code globals}, as
     * PyImport_ImportModuleLevelObject and resolve_name (Python/import.c) find it: {@code __package__}, else
     * {@code __spec__.parent}, else {@code __name__} (less its last part unless {@code __path__} is set); their
     * errors (the ImportWarning of the {@code __name__} fallback, ignored by default, is not raised).
     */
    private static String resolveName(String name, PyDict globals, int level) {
        if (level < 0) {
            throw PyErrors.valueError("level must be >= 0");
        }
        if (level == 0) {
            if (name.isEmpty()) {
                throw PyErrors.valueError("Empty module name");
            }
            return name;
        }
        if (globals == null) {
            throw PyErrors.keyError("'__name__' not in globals");
        }
        Object pkg = globals.getStr("__package__");
        Object spec = globals.getStr("__spec__");
        String p;
        if (pkg != null && pkg != PyNone.NONE) {
            if (!(pkg instanceof String s)) {
                throw PyErrors.typeError("package must be a string");
            }
            p = s;
        } else if (spec != null && spec != PyNone.NONE) {
            Object parent = PyOps.getAttribute(spec, "parent");
            if (!(parent instanceof String s)) {
                throw PyErrors.typeError("__spec__.parent must be a string");
            }
            p = s;
        } else {
            Object n = globals.getStr("__name__");
            if (n == null) {
                throw PyErrors.keyError("'__name__' not in globals");
            }
            if (!(n instanceof String ns)) {
                throw PyErrors.typeError("__name__ must be a string");
            }
            p = globals.getStr("__path__") != null ? ns : (ns.contains(".") ? ns.substring(0, ns.lastIndexOf('.')) : "");
        }
        if (p.isEmpty()) {
            throw PyErrors.raise("ImportError", "attempted relative import with no known parent package");
        }
        String base = p;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErrors.raise("ImportError", "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Returns {@code sys.modules[name]}, loading it (and its parents) first if needed. */
    @TruffleBoundary
    public static PyModule findAndLoad(String name) {
        return findAndLoad(name, true);
    }

    /**
     * {@link #findAndLoad}, with {@code importEvent} false for importlib's pure-Python path
     * ({@code importlib.import_module}, {@code importlib.__import__}: {@code _bootstrap._find_and_load} in CPython
     * 3.11), which raises no {@code import} event and does not time the import for {@code -X importtime}, neither
     * for the module nor for the parent packages it loads; what the loaded code imports with {@code import}
     * statements raises its events as usual.
     */
    @TruffleBoundary
    public static PyModule findAndLoad(String name, boolean importEvent) {
        PythonContext ctx = PythonContext.get();
        PyDict modules = ctx.getModules();
        Object existing = modules.getStr(name);
        if (existing instanceof PyModule m) {
            return m;
        }
        if (existing != null && existing != PyNone.NONE) {
            return (PyModule) existing;
        }
        if (!importEvent) {
            return findAndLoadMissing(ctx, name, false);
        }
        if (importTime(ctx)) {
            return findAndLoadTimed(ctx, name);
        }
        return findAndLoadMissing(ctx, name, true);
    }

    /**
     * Whether {@code -X importtime} (any value) or a non-empty PYTHONPROFILEIMPORTTIME (unless -E or -I) asked for
     * the import times, as CPython 3.11's config_init_import_time (Python/initconfig.c).
     */
    private static boolean importTime(PythonContext ctx) {
        if (ctx.importTime == null) {
            var options = ctx.getEnv().getOptions();
            boolean on = false;
            for (String x : options.get(org.auditpy.AuditPyLanguage.XOPTIONS).split(",", -1)) {
                on |= x.equals("importtime") || x.startsWith("importtime=");
            }
            String flags = options.get(org.auditpy.AuditPyLanguage.FLAGS);
            if (!on && !flags.contains("E") && !flags.contains("I")) {
                String env = ctx.getEnv().getEnvironment().get("PYTHONPROFILEIMPORTTIME");
                on = env != null && !env.isEmpty();
            }
            ctx.importTime = on;
        }
        return ctx.importTime;
    }

    /**
     * {@link #findAndLoadMissing} timed for {@code -X importtime}, as CPython's import_find_and_load
     * (Python/import.c): a line on the process's stderr when the import ends, failed or not, with the microseconds
     * spent in this module's own import and with its nested ones, the name indented two spaces a level; a header
     * line before the first.
     */
    private static PyModule findAndLoadTimed(PythonContext ctx, String name) {
        if (!ctx.importTimeHeaderDone) {
            ctx.importTimeHeaderDone = true;
            ctx.err().print("import time: self [us] | cumulative | imported package\n");
            ctx.err().flush();
        }
        long outerNested = ctx.importTimeNested;
        ctx.importTimeNested = 0;
        ctx.importTimeLevel++;
        long start = System.nanoTime();
        try {
            return findAndLoadMissing(ctx, name, true);
        } finally {
            long cumulative = System.nanoTime() - start;
            ctx.importTimeLevel--;
            ctx.err().print(String.format("import time: %9d | %10d | %s%s%n", ceilMicros(cumulative - ctx.importTimeNested),
                            ceilMicros(cumulative), " ".repeat(2 * ctx.importTimeLevel), name));
            ctx.err().flush();
            ctx.importTimeNested = outerNested + cumulative;
        }
    }

    private static long ceilMicros(long nanos) {
        return (nanos + 999) / 1000;
    }

    /** {@link #findAndLoad} for a name that is not in {@code sys.modules}. */
    private static PyModule findAndLoadMissing(PythonContext ctx, String name, boolean importEvent) {
        PyDict modules = ctx.getModules();
        if (pendingPreloads(ctx).remove(name)) {
            Path shipped = dot(name) < 0 && !intrinsics().containsKey(name) ? shippedFile(ctx, name) : null;
            if (dot(name) >= 0 || intrinsics().containsKey(name) || shipped != null) {
                ctx.silentImports++;
                try {
                    return shipped != null ? load(ctx, name, shipped, isPackageInit(shipped), null, name)
                                    : findAndLoad(name);
                } finally {
                    ctx.silentImports--;
                }
            }
        }
        PyModule sys = ctx.getSys();
        if (importEvent && Audit.active() && ctx.silentImports == 0) {
            Object path = sys == null ? PyNone.NONE : orNone(sys.getDict().getStr("path"));
            Object metaPath = sys == null ? PyNone.NONE : orNone(sys.getDict().getStr("meta_path"));
            Object pathHooks = sys == null ? PyNone.NONE : orNone(sys.getDict().getStr("path_hooks"));
            Audit.raise("import", name, PyNone.NONE, path, metaPath, pathHooks);
        }
        PyModule parent = null;
        int dot = name.lastIndexOf('.');
        Object[] searchPath;
        if (dot >= 0) {
            parent = findAndLoad(name.substring(0, dot), importEvent);
            // importing the parent may have put the submodule in sys.modules (os puts os.path there)
            Object again = modules.getStr(name);
            if (again instanceof PyModule m) {
                return m;
            }
            Object pp = parent.getDict().getStr("__path__");
            if (pp == null) {
                throw notFound(name, "No module named '" + name + "'; '" + parent.getName() + "' is not a package");
            }
            searchPath = PyOps.toArray(pp);
        } else {
            var f = intrinsics().get(name);
            if (f != null) {
                PyModule m = f.apply(ctx);
                modules.setStr(name, m);
                return m;
            }
            Object sp = sys == null ? null : sys.getDict().getStr("path");
            searchPath = sp == null ? new Object[0] : PyOps.toArray(sp);
        }
        String last = name.substring(dot + 1);
        Path found = locate(ctx, searchPath, last);
        if (found != null) {
            return load(ctx, name, found, isPackageInit(found), parent, last);
        }
        java.util.List<String> portions = namespacePortions(ctx, searchPath, last);
        if (!portions.isEmpty()) {
            return loadNamespace(ctx, name, portions, parent, last);
        }
        throw notFound(name, "No module named '" + name + "'");
    }

    /** The modules CPython 3.11 has in {@code sys.modules} when the program starts (with {@code site}). */
    static final java.util.Set<String> PRELOADED = java.util.Set.of("abc", "codecs", "encodings", "encodings.aliases",
                    "encodings.utf_8", "io", "os", "os.path", "posixpath", "genericpath", "stat", "_collections_abc", "site",
                    "_sitebuiltins", "_abc", "_codecs", "_io", "_signal", "_stat", "_thread", "_warnings", "_weakref", "marshal",
                    "posix", "time", "zipimport", "_imp", "_frozen_importlib", "_frozen_importlib_external", "warnings", "_auditpy");
    /** The same without {@code site} ({@code -S}). */
    static final java.util.Set<String> PRELOADED_NO_SITE = java.util.Set.of("abc", "codecs", "encodings",
                    "encodings.aliases", "encodings.utf_8", "io", "_abc", "_codecs", "_io", "_signal", "_thread", "_warnings",
                    "_weakref", "marshal", "posix", "time", "zipimport", "_imp", "_frozen_importlib",
                    "_frozen_importlib_external", "_auditpy");

    private static java.util.Set<String> pendingPreloads(PythonContext ctx) {
        if (ctx.pendingPreloads == null) {
            boolean noSite = ctx.getEnv().getOptions().get(org.auditpy.AuditPyLanguage.FLAGS).contains("S");
            ctx.pendingPreloads = new java.util.HashSet<>(noSite ? PRELOADED_NO_SITE : PRELOADED);
        }
        return ctx.pendingPreloads;
    }

    private static int dot(String name) {
        return name.indexOf('.');
    }

    /** Whether {@code path} is a file of auditpy's stdlib directory (whose trees the build may have parsed). */
    private static boolean isShipped(PythonContext ctx, String path) {
        String stdlib = ctx.getEnv().getOptions().get(org.auditpy.AuditPyLanguage.STDLIB);
        return !stdlib.isEmpty() && path.startsWith(stdlib);
    }

    /** {@code NAME/__init__.py} or {@code NAME.py} in auditpy's stdlib directory, or null. */
    /**
     * The namespace of one of auditpy's own library files that implements part of the object model in Python (for
     * example {@code _generic_alias}: {@code list[int]} and {@code int | None}), run once per context. Unlike an
     * import it is not put in {@code sys.modules} and raises no audit event: CPython has these types built in.
     *
     * @throws PyException SystemError when the file is missing from the shipped library
     */
    @TruffleBoundary
    public static PyDict internalModule(PythonContext ctx, String name) {
        PyModule m = ctx.internalModules.get(name);
        if (m == null) {
            Path file = shippedFile(ctx, name);
            if (file == null) {
                throw PyErrors.systemError("auditpy's library has no " + name + ".py");
            }
            String path = file.toAbsolutePath().normalize().toString();
            PyDict d = PyDict.create();
            m = new PyModule(ctx.types().module, name, d);
            d.setStr("__file__", path);
            d.setStr("__builtins__", ctx.getBuiltins().getDict());
            ctx.silentImports++;
            try {
                execSourceFile(ctx, file, path, d);
            } finally {
                ctx.silentImports--;
            }
            ctx.internalModules.put(name, m);
        }
        return m.getDict();
    }

    private static Path shippedFile(PythonContext ctx, String name) {
        String stdlib = ctx.getEnv().getOptions().get(org.auditpy.AuditPyLanguage.STDLIB);
        if (stdlib.isEmpty()) {
            return null;
        }
        Path base = Path.of(stdlib);
        Path pkgInit = base.resolve(name).resolve("__init__.py");
        if (Files.isRegularFile(pkgInit)) {
            return pkgInit;
        }
        Path file = base.resolve(name + ".py");
        return Files.isRegularFile(file) ? file : null;
    }

    /**
     * The source file of module {@code last} (the name's last part) on {@code searchPath} (sys.path or the parent
     * package's {@code __path__}), as importlib's path finder: the first entry holding {@code last/__init__.py} (a
     * package) or {@code last.py}; null if none does. A relative entry ('' included) is taken against the current
     * directory at the time of the search ({@link PythonContext#resolvePath}); entries that are not str are skipped.
     */
    public static Path locate(PythonContext ctx, Object[] searchPath, String last) {
        for (Object entry : searchPath) {
            if (!(entry instanceof String dir)) {
                continue;
            }
            Path base = ctx.resolvePath(dir.isEmpty() ? "." : dir);
            listDirectory(ctx, base);
            Path pkgInit = base.resolve(last).resolve("__init__.py");
            if (Files.isRegularFile(pkgInit)) {
                return pkgInit;
            }
            Path file = base.resolve(last + ".py");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    /**
     * The portions of namespace package {@code last} (PEP 420) on {@code searchPath}: every entry's directory
     * {@code last} (without {@code __init__.py}, or {@link #locate} would have found it), absolute, in path order, as
     * importlib's PathFinder collects them when no entry holds a module or regular package of that name.
     */
    public static java.util.List<String> namespacePortions(PythonContext ctx, Object[] searchPath, String last) {
        java.util.List<String> portions = new java.util.ArrayList<>();
        for (Object entry : searchPath) {
            if (entry instanceof String dir) {
                Path candidate = ctx.resolvePath(dir.isEmpty() ? "." : dir).resolve(last);
                if (Files.isDirectory(candidate)) {
                    portions.add(candidate.toAbsolutePath().normalize().toString());
                }
            }
        }
        return portions;
    }

    /**
     * A namespace package (PEP 420): no code to run, so no {@code open}, {@code compile} or {@code exec} event;
     * {@code __path__} lists its portions (a list here, CPython's _NamespacePath), {@code __file__} is None.
     */
    private static PyModule loadNamespace(PythonContext ctx, String name, java.util.List<String> portions, PyModule parent, String last) {
        PyDict d = PyDict.create();
        PyModule m = new PyModule(ctx.types().module, name, d);
        d.setStr("__file__", PyNone.NONE);
        d.setStr("__loader__", PyNone.NONE);
        d.setStr("__spec__", PyNone.NONE);
        d.setStr("__package__", name);
        d.setStr("__path__", PyList.of(portions.toArray()));
        ctx.getModules().setStr(name, m);
        if (parent != null) {
            parent.getDict().setStr(last, m);
        }
        return m;
    }

    /**
     * CPython's FileFinder lists a directory of the search path ({@code os.listdir}, so an {@code os.listdir} audit
     * event with its absolute path) the first time an import searches it, and again when its modification time has
     * changed; the listing is cached. auditpy looks files up directly, but raises the event at the same moments. Its
     * own stdlib directory counts as listed at start-up, as CPython's stdlib directory is (the modules it imports
     * before the program runs were found there); a directory that does not exist is never listed.
     */
    private static void listDirectory(PythonContext ctx, Path dir) {
        String key = dir.normalize().toString();
        String stdlib = ctx.getEnv().getOptions().get(org.auditpy.AuditPyLanguage.STDLIB);
        if (!stdlib.isEmpty() && key.equals(Path.of(stdlib).toAbsolutePath().normalize().toString())) {
            return;
        }
        long mtime;
        try {
            mtime = Files.getLastModifiedTime(dir).toMillis();
        } catch (java.io.IOException | SecurityException e) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        Long seen = ctx.listedImportDirs.get(key);
        if (seen != null && seen == mtime) {
            return;
        }
        // recorded also when no hook listens or the import is silent, as CPython's cache fills before a hook exists
        ctx.listedImportDirs.put(key, mtime);
        if (Audit.active() && ctx.silentImports == 0) {
            Audit.raise("os.listdir", key);
        }
    }

    /** True for a package's {@code __init__.py} found by {@link #locate}. */
    public static boolean isPackageInit(Path found) {
        return found.getFileName().toString().equals("__init__.py");
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyException notFound(String name, String msg) {
        PyBaseException e = PyErrors.newException(PythonContext.get().types().exception("ModuleNotFoundError"), msg);
        e.setAttribute("name", name);
        return e.toThrowable(null);
    }

    private static PyModule load(PythonContext ctx, String name, Path file, boolean isPackage, PyModule parent, String last) {
        String path = file.toAbsolutePath().normalize().toString();
        PyDict d = PyDict.create();
        PyModule m = new PyModule(ctx.types().module, name, d);
        d.setStr("__file__", path);
        d.setStr("__cached__", PyNone.NONE);
        d.setStr("__loader__", PyNone.NONE);
        d.setStr("__spec__", PyNone.NONE);
        d.setStr("__builtins__", ctx.getBuiltins().getDict());
        if (isPackage) {
            d.setStr("__path__", PyList.of(file.getParent().toAbsolutePath().normalize().toString()));
            d.setStr("__package__", name);
        } else {
            int dot = name.lastIndexOf('.');
            d.setStr("__package__", dot < 0 ? "" : name.substring(0, dot));
        }
        ctx.getModules().setStr(name, m);
        m.setInitializing(true);
        try {
            execSourceFile(ctx, file, path, d, FROZEN.contains(name) && isShipped(ctx, path));
        } catch (RuntimeException e) {
            ctx.getModules().removeItem(name);
            throw e;
        } finally {
            m.setInitializing(false);
        }
        Object loaded = ctx.getModules().getStr(name);
        if (parent != null) {
            parent.getDict().setStr(last, loaded == null ? m : loaded);
        }
        return loaded instanceof PyModule lm ? lm : m;
    }

    /**
     * Runs the source file {@code file} (absolute, normalized name {@code path}) in the namespace {@code globals},
     * as importlib's SourceFileLoader: {@code open} {@code (path, 'r', 524288)}, then source_to_code's
     * {@code compile} {@code (bytes, path)} of the bytes as read, decoded as a bytes source is (BOM, PEP 263
     * declaration; SyntaxError for NUL bytes), and {@code exec} {@code (code,)}; no events inside a silent import
     * (see the class comment).
     *
     * @throws PyException OSError when the file cannot be read, SyntaxError, or what the code raises
     */
    @TruffleBoundary
    public static void execSourceFile(PythonContext ctx, Path file, String path, PyDict globals) {
        execSourceFile(ctx, file, path, globals, false);
    }

    /**
     * Modules CPython 3.11 has frozen into the interpreter but does not import at start-up
     * ({@code Tools/scripts/freeze_modules.py}'s "runpy" group) that auditpy ships as files: importing one raises
     * {@code import} and then only {@code exec} of its code, as FrozenImporter's exec_module does, with no
     * {@code open} or {@code compile}.
     */
    static final java.util.Set<String> FROZEN = java.util.Set.of("importlib.util", "importlib.machinery");

    /** {@link #execSourceFile}, without the {@code open} and {@code compile} events for a frozen module. */
    private static void execSourceFile(PythonContext ctx, Path file, String path, PyDict globals, boolean frozen) {
        boolean audit = ctx.silentImports == 0;
        if (audit && !frozen && Audit.active()) {
            Audit.raise("open", path, "r", 524288L);
        }
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw PyErrors.osError(OsErrors.ENOENT, OsErrors.strerror(OsErrors.ENOENT), path);
        }
        SourceDecoding.checkNoNulBytes(data);
        if (audit && !frozen && Audit.active()) {
            Audit.raise("compile", PyBytes.of(data), path);
        }
        String source = SourceDecoding.decodeString(data, path);
        PyCode code = isShipped(ctx, path) ? CodeExecution.compileLibraryModule(data, source, path) : CodeExecution.compileNoAudit(source, path, "exec");
        CodeExecution.exec(code, globals, audit);
    }

    /** {@code from m import name}: the attribute, else a submodule, else ImportError. */
    @TruffleBoundary
    public static Object importFrom(Object m, String name) {
        Object v = PyOps.getAttributeOrNull(m, name);
        if (v != null) {
            return v;
        }
        String modName = m instanceof PyModule pm ? pm.getName() : "?";
        Object sub = PythonContext.get().getModules().getStr(modName + "." + name);
        if (sub != null) {
            return sub;
        }
        Object file = m instanceof PyModule pm ? pm.getDict().getStr("__file__") : null;
        String where = file instanceof String f ? " (" + f + ")" : " (unknown location)";
        // import_from (Python/ceval.c)
        boolean initializing = m instanceof PyModule pm && pm.isInitializing();
        PyBaseException e = PyErrors.newException(PythonContext.get().types().exception("ImportError"),
                        "cannot import name '" + name + "' from " + (initializing ? "partially initialized module " : "") + "'" + modName + "'" +
                                        (initializing ? " (most likely due to a circular import)" : "") + where);
        e.setAttribute("name", modName);
        throw e.toThrowable(null);
    }

    /** {@code from m import *} into {@code target}. */
    @TruffleBoundary
    public static void importStar(String module, int level, PyDict globals, PyDict target) {
        Object m = importModule(module == null ? "" : module, globals, PyTuple.of("*"), level, true);
        PyDict d = ((PyModule) m).getDict();
        Object all = d.getStr("__all__");
        if (all != null) {
            for (Object n : PyOps.toArray(all)) {
                target.setItem(n, PyOps.getAttribute(m, (String) n));
            }
            return;
        }
        for (Object k : d.keysArray()) {
            if (k instanceof String s && !s.startsWith("_")) {
                target.setItem(k, d.getItem(k));
            }
        }
    }
}
