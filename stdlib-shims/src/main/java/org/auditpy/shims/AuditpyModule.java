package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import java.nio.charset.StandardCharsets;

import org.auditpy.builtins.TracebackPrinter;
import org.auditpy.runtime.Identity;
import org.auditpy.runtime.ImportSystem;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTraceback;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code _auditpy}: helpers for the Python library shims that stand in for CPython C code. {@code object_id}
 * is {@code id()} without the {@code builtins.id} audit event, for pure-Python code (pickle's memo) whose C
 * counterpart in CPython uses object addresses without raising events. {@code user_id(name)} and
 * {@code group_id(name)} are the uid and gid of a user or group name, or None ({@code getpwnam} and {@code getgrnam}
 * of libc, as CPython's pwd and grp modules, which shutil.chown uses): no file is opened, so no {@code open} event.
 * {@code tb_position(tb)} is the position CPython's Lib/traceback.py reads from {@code co_positions()} at
 * {@code tb_lasti} ({@code _walk_tb_with_full_positions}), which auditpy keeps on the traceback entry instead.
 * {@code set_tp_name(cls, name)} makes messages name a shim class's instances as CPython names its C type's
 * ({@code 'collections.deque'}: {@code tp_name}), where {@code __name__} is only {@code 'deque'}.
 * {@code caller_module(skip)} is the {@code __name__} of the globals of the innermost frame whose {@code __name__} is not
 * {@code skip} (None when there is none): the module CPython's {@code type_new_set_module} gives a type a C function
 * makes while that module's code runs, found without {@code sys._getframe} and its audit event.
 * {@code frame_info(depth)} is {@code (f_globals, f_code.co_filename, f_lineno)} of the frame {@code sys._getframe(depth)}
 * would give its caller (ValueError "call stack is not deep enough" past the outermost), read without the
 * {@code sys._getframe} and {@code object.__getattr__} events: the context CPython's C {@code warnings.warn}
 * (Python/_warnings.c setup_context) takes from the frame silently.
 * {@code set_module(cls, name)} sets a shim class's {@code __module__} as a C type has it from its {@code tp_name}, without
 * the {@code object.__setattr__} event that assigning it raises (CPython's module raises none at its import).
 * The {@code import_*} functions are the import system's steps for the importlib package: loading without the
 * {@code import} event, locating a module's file, running a source file as a module, clearing the directory caches.
 */
final class AuditpyModule {
    private AuditpyModule() {
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_auditpy");
        def(ctx, m.getDict(), "object_id", "obj, /", a -> Identity.id(a[0]));
        def(ctx, m.getDict(), "user_id", "name, /", a -> idOfName(a[0], false));
        def(ctx, m.getDict(), "group_id", "name, /", a -> idOfName(a[0], true));
        def(ctx, m.getDict(), "tb_position", "tb, /", a -> tbPosition(a[0]));
        def(ctx, m.getDict(), "import_find_and_load", "name, /", a -> ImportSystem.findAndLoad(str(a[0]), false));
        def(ctx, m.getDict(), "import_locate", "name, path, /", a -> locate(str(a[0]), a[1]));
        def(ctx, m.getDict(), "import_exec_source", "path, globals, /", a -> execSource(a[0], a[1]));
        def(ctx, m.getDict(), "set_tp_name", "cls, name, /", a -> {
            if (!(a[0] instanceof org.auditpy.runtime.PyType t) || !t.isHeapType()) {
                throw PyErrors.typeError("set_tp_name() argument 1 must be a heap type");
            }
            t.setTpName(str(a[1]));
            return a[0];
        });
        def(ctx, m.getDict(), "caller_module", "skip, /", a -> callerModule(a[0]));
        def(ctx, m.getDict(), "frame_info", "depth, /", a -> frameInfo(PyOps.asIndex(a[0])));
        def(ctx, m.getDict(), "set_module", "cls, name, /", a -> {
            if (!(a[0] instanceof org.auditpy.runtime.PyType t) || !t.isHeapType()) {
                throw PyErrors.typeError("set_module() argument 1 must be a heap type");
            }
            t.setClassAttribute("__module__", a[1]);
            return a[0];
        });
        def(ctx, m.getDict(), "import_invalidate_caches", "", a -> {
            PythonContext.get().listedImportDirs.clear();
            return PyNone.NONE;
        });
        return m;
    }

    private static String str(Object o) {
        if (!(o instanceof String s)) {
            throw PyErrors.typeError("expected str, not " + PyOps.typeName(o));
        }
        return s;
    }

    /**
     * Where the import system would find module {@code name} (its last part searched in {@code path}, a parent
     * package's {@code __path__}, or {@code sys.path} when None): {@code 'built-in'} for a module implemented in Java
     * (only for a top-level name searched on sys.path), the absolute path of its source file ({@code __init__.py} for
     * a package), or None. Lists the directories searched as the import system does ({@code os.listdir} events).
     */
    @TruffleBoundary
    private static Object locate(String name, Object path) {
        PythonContext ctx = PythonContext.get();
        int dot = name.lastIndexOf('.');
        Object[] searchPath;
        if (path == PyNone.NONE) {
            if (dot < 0 && (ImportSystem.isIntrinsic(name) || name.equals("sys") || name.equals("builtins"))) {
                return "built-in";
            }
            Object sp = ctx.getSys().getDict().getStr("path");
            searchPath = sp == null ? new Object[0] : PyOps.toArray(sp);
        } else {
            searchPath = PyOps.toArray(path);
        }
        java.nio.file.Path found = ImportSystem.locate(ctx, searchPath, name.substring(dot + 1));
        return found == null ? PyNone.NONE : found.toAbsolutePath().normalize().toString();
    }

    /**
     * Runs the source file {@code path} in the namespace {@code globals} as a module's code, with the events of
     * the import system's source loader ({@code open}, {@code compile}, {@code exec}; the file named as given).
     */
    @TruffleBoundary
    private static Object execSource(Object path, Object globals) {
        String p = str(path);
        if (!(globals instanceof PyDict d)) {
            throw PyErrors.typeError("globals must be a dict, not " + PyOps.typeName(globals));
        }
        PythonContext ctx = PythonContext.get();
        ImportSystem.execSourceFile(ctx, ctx.resolvePath(p), p, d);
        return PyNone.NONE;
    }

    /**
     * The failing expression of traceback entry {@code tb} as Lib/traceback.py's {@code _walk_tb_with_full_positions}
     * finds it (CPython 3.11): {@code (lineno, end_lineno, colno, end_colno, left, right)}, the columns 0-based UTF-8
     * byte offsets into their source lines as {@code co_positions()} gives them, and {@code left, right} the
     * character offsets into the segment of the part {@code _extract_caret_anchors_from_line_segment} marks with
     * {@code ^} (a binary operator, a subscript's brackets), or None. Unknown parts are None, the line then
     * {@code tb_lineno}. None when {@code tb} is not a traceback object.
     */
    @TruffleBoundary
    static Object tbPosition(Object o) {
        if (!(o instanceof PyTraceback tb)) {
            return PyNone.NONE;
        }
        long line = tb.getLineno();
        int col = tb.getColOffset();
        int endCol = tb.getEndColOffset();
        int endLine = tb.getEndLineno();
        if (col < 0 || endCol < 0 || endLine < 0) {
            return PyTuple.of(line, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        PyCode code = tb.getFrame() == null ? null : tb.getFrame().getCode();
        String file = code == null ? null : code.getFilename();
        Object left = PyNone.NONE;
        Object right = PyNone.NONE;
        String anchors = tb.getCaretAnchors();
        if (anchors != null && endLine == line) {
            int l = anchors.indexOf('^');
            int r = anchors.lastIndexOf('^') + 1;
            left = (long) (l < 0 ? anchors.length() : l);
            right = (long) (l < 0 ? anchors.length() : r);
        }
        return PyTuple.of(line, (long) endLine, byteOffset(file, (int) line, col), byteOffset(file, endLine, endCol), left, right);
    }

    /** Character column {@code col} of line {@code lineno} of {@code file} as a UTF-8 byte offset. */
    private static long byteOffset(String file, int lineno, int col) {
        String src = TracebackPrinter.sourceLine(file, lineno);
        if (src == null || col > src.length()) {
            return col;
        }
        return src.substring(0, col).getBytes(StandardCharsets.UTF_8).length;
    }

    private static Object idOfName(Object name, boolean group) {
        if (!(name instanceof String str)) {
            // the messages of pwd.getpwnam and grp.getgrnam, whose work these do
            throw PyErrors.typeError((group ? "getgrnam() argument 'name'" : "getpwnam() argument") + " must be str, not " + PyOps.typeName(name));
        }
        long id = LibcCalls.idOfName(PosixModule.envBytes(str, null), group);
        return id < 0 ? PyNone.NONE : (Object) id;
    }

    @TruffleBoundary
    private static Object callerModule(Object skip) {
        for (org.auditpy.runtime.PyFrame f : org.auditpy.builtins.Frames.buildFrames(-1)) {
            if (f.getGlobals() instanceof PyDict g) {
                Object name = g.getStr("__name__");
                if (name != null && !name.equals(skip)) {
                    return name;
                }
            }
        }
        return PyNone.NONE;
    }

    @TruffleBoundary
    private static Object frameInfo(long depth) {
        java.util.List<org.auditpy.runtime.PyFrame> frames = org.auditpy.builtins.Frames.buildFrames(-1);
        if (depth < 0) {
            depth = 0;
        }
        if (depth >= frames.size()) {
            throw PyErrors.valueError("call stack is not deep enough");
        }
        org.auditpy.runtime.PyFrame f = frames.get((int) depth);
        return PyTuple.of(f.getGlobals(), f.getCode().getFilename(), (long) f.getLineno());
    }
}
