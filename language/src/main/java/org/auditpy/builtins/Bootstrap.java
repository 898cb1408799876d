package org.auditpy.builtins;

import org.auditpy.AuditPyLanguage;
import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PythonContext;

/** Creates the {@code builtins} and {@code sys} modules and installs the builtin types' methods. */
public final class Bootstrap {
    private Bootstrap() {
    }

    /** The builtin types visible in the builtins module (CPython's names). */
    private static final String[] PUBLIC_TYPES = {"object", "type", "int", "bool", "float", "str", "bytes", "bytearray", "tuple", "list",
        "dict", "set", "frozenset", "range", "slice", "property", "staticmethod", "classmethod", "super", "enumerate", "zip", "map",
        "filter", "reversed", "complex", "memoryview"};

    /**
     * The names of CPython 3.11's builtins module in the order of its dict (Python/bltinmodule.c's functions, then
     * the objects and types _PyBuiltin_Init adds, the exceptions of Objects/exceptions.c, then io's {@code open} and
     * site's names): {@code vars(builtins)} lists them in this order, and the first of equally close names is the
     * one a NameError suggests ({@link Suggestions}).
     */
    private static final String[] CPYTHON_ORDER = {
        "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all", "any",
        "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec", "format",
        "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len",
        "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum",
        "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod",
        "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map", "object", "range",
        "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__", "BaseException",
        "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError",
        "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError",
        "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError",
        "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning",
        "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning",
        "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError",
        "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
        "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError",
        "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError",
        "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
        "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError",
        "open", "quit", "exit", "copyright", "credits", "license", "help"
    };

    /** Called once per context before any code runs. */
    public static void initialize(PythonContext ctx) {
        BuiltinTypes t = ctx.types();
        PyDict modules = new PyDict(t.dict);
        ctx.setModules(modules);
        PyModule builtins = new PyModule(t.module, "builtins", new PyDict(t.dict));
        ctx.setBuiltins(builtins);
        modules.setStr("builtins", builtins);
        PyDict b = builtins.getDict();
        for (String n : PUBLIC_TYPES) {
            Object type = t.byName(n);
            if (type != null) {
                b.setStr(n, type);
            }
        }
        for (var e : t.exceptions().entrySet()) {
            b.setStr(e.getKey(), e.getValue());
        }
        b.setStr("None", PyNone.NONE);
        b.setStr("True", true);
        b.setStr("False", false);
        b.setStr("Ellipsis", PyNone.ELLIPSIS);
        b.setStr("NotImplemented", PyNone.NOT_IMPLEMENTED);
        b.setStr("__debug__", !ctx.getEnv().getOptions().get(AuditPyLanguage.FLAGS).contains("O"));
        b.setStr("EnvironmentError", t.exception("OSError"));
        b.setStr("IOError", t.exception("OSError"));
        b.setStr("__doc__", "Built-in functions, types, exceptions, and other objects.");
        b.setStr("__package__", "");
        BuiltinsInstaller.install(ctx, b, new BuiltinFunctions(), null, false);
        if (!ctx.getEnv().getOptions().get(AuditPyLanguage.FLAGS).contains("S")) {
            SiteBuiltins.install(ctx, b);
        }
        orderAsCPython(b);
        CoreTypes.installAll(ctx);
        SysModule.create(ctx);
        TypeMethodsRegistry.installAll(ctx);
    }

    /** Puts the entries of builtins dict {@code b} in {@link #CPYTHON_ORDER}, the names CPython lacks after them. */
    private static void orderAsCPython(PyDict b) {
        Object[] before = b.keysArray();
        for (String n : CPYTHON_ORDER) {
            moveToEnd(b, n);
        }
        java.util.Set<String> known = java.util.Set.of(CPYTHON_ORDER);
        for (Object k : before) {
            if (k instanceof String s && !known.contains(s)) {
                moveToEnd(b, s);
            }
        }
    }

    private static void moveToEnd(PyDict b, String name) {
        Object v = b.getStr(name);
        if (v != null) {
            b.removeItem(name);
            b.setStr(name, v);
        }
    }
}
