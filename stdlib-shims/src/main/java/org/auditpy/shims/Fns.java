package org.auditpy.shims;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.auditpy.runtime.FrameArgs;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Signature;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * Compact definition of intrinsic functions: a Java lambda over the bound argument array (absent optional
 * arguments are {@link PyNone#NO_VALUE}) behind a builtin function object with a text-signature.
 */
final class Fns {
    private Fns() {
    }

    @FunctionalInterface
    interface Impl {
        Object call(Object[] args);
    }

    /** A module's functions by number, each made when first asked for ({@link Lazy}). */
    interface Table {
        /** Function {@code op}: a lambda, whose class the JVM makes when this returns it the first time. */
        Impl impl(int op);

        /** Function {@code op}, made at its first call. */
        default Impl lazy(int op) {
            return new Lazy(this, op);
        }
    }

    /**
     * Function {@code op} of {@code table}, made at its first call. A lambda costs its class at the moment its
     * expression is first evaluated (about 0.4 ms each at start-up here), so a module that defines its functions as
     * lambdas pays for all of them at its import, most never called; through a table each is made when called.
     */
    static final class Lazy implements Impl {
        private final Table table;
        private final int op;
        private Impl impl;

        Lazy(Table table, int op) {
            this.table = table;
            this.op = op;
        }

        @Override
        public Object call(Object[] args) {
            Impl f = impl;
            if (f == null) {
                f = table.impl(op);
                impl = f;
            }
            return f.call(args);
        }
    }

    /** A builtin whose Java implementation runs behind a boundary on the bound arguments (from {@link FrameArgs#USER} on). */
    static class JRoot extends RootNode {
        private final Impl impl;
        private final String name;

        JRoot(PythonContext ctx, Impl impl, String name) {
            super(ctx.getLanguage());
            this.impl = impl;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return run(frame.getArguments());
        }

        /** {@code impl} over the bound arguments in the frame arguments {@code a}; null is None. */
        @TruffleBoundary
        final Object run(Object[] a) {
            Object r = impl.call(java.util.Arrays.copyOfRange(a, FrameArgs.USER, a.length));
            return r == null ? PyNone.NONE : r;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isInternal() {
            return true;
        }
    }

    /**
     * The common case of a builtin over its bound frame arguments (from {@link FrameArgs#USER} on), partially
     * evaluated into the caller: the result, or null when the arguments need the general implementation. It must
     * not throw, and must call nothing behind a boundary (it is what the caller's compiled code runs in place).
     */
    interface Fast {
        Object apply(Object[] frameArgs);
    }

    /**
     * A builtin whose common case ({@link Fast}) compiles into its callers, and whose other cases run {@code impl}
     * behind a boundary as {@link JRoot} does.
     */
    static final class FastRoot extends JRoot {
        private final Fast fast;

        FastRoot(PythonContext ctx, Fast fast, Impl impl, String name) {
            super(ctx, impl, name);
            this.fast = fast;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] a = frame.getArguments();
            Object r = fast.apply(a);
            return r != null ? r : run(a);
        }
    }

    /** Defines module function {@code name} in {@code ns} with a common case that compiles into its callers. */
    static void def(PythonContext ctx, PyDict ns, String name, String params, Fast fast, Impl impl) {
        def(ctx, ns, name, params, new FastRoot(ctx, fast, impl, name));
    }

    /** Defines module function {@code name} in {@code ns} over {@code root}, a root node of its own. */
    static void def(PythonContext ctx, PyDict ns, String name, String params, RootNode root) {
        define(ns, name, fn(ctx, name, false, params, root));
    }

    /** Puts {@code f} into {@code ns}, the dict of the module it belongs to, as {@code name} ({@code __module__}). */
    private static void define(PyDict ns, String name, PyBuiltinFunction f) {
        if (ns.getStr("__name__") instanceof String module) {
            f.setModule(module);
        }
        ns.setStr(name, f);
    }

    /** A builtin function (or method when {@code method}) {@code name} with text-signature {@code params}. */
    @TruffleBoundary
    static PyBuiltinFunction fn(PythonContext ctx, String qual, boolean method, String params, Impl impl) {
        return fn(ctx, qual, method, params, new JRoot(ctx, impl, qual));
    }

    /**
     * A builtin function over {@code root}, a root node of its own (for functions whose body should be partially
     * evaluated rather than run behind a boundary): its frame arguments are the bound arguments from
     * {@link FrameArgs#USER} on.
     */
    @TruffleBoundary
    static PyBuiltinFunction fn(PythonContext ctx, String qual, boolean method, String params, RootNode root) {
        return fn(ctx, qual, method, false, params, root);
    }

    /** {@link #fn(PythonContext, String, boolean, String, RootNode)}, static ({@code isStatic}: never bound) or not. */
    @TruffleBoundary
    private static PyBuiltinFunction fn(PythonContext ctx, String qual, boolean method, boolean isStatic, String params, RootNode root) {
        String[] ps = params.isEmpty() ? new String[0] : params.split(",\\s*");
        boolean[] optional = new boolean[64];
        Signature sig = Signature.parse(ps, optional);
        boolean[] opt = java.util.Arrays.copyOf(optional, sig.slotCount());
        String name = qual.substring(qual.lastIndexOf('.') + 1);
        return new PyBuiltinFunction(ctx.types().builtinFunction, name, qual, sig, opt, root.getCallTarget(), method, isStatic, "");
    }

    /** Defines module function {@code name} in {@code ns}, the dict of the module it belongs to ({@code __module__}). */
    static void def(PythonContext ctx, PyDict ns, String name, String params, Impl impl) {
        define(ns, name, fn(ctx, name, false, params, impl));
    }

    /** Defines {@code name} of {@code type} as a static builtin (a {@code __new__}: the class comes first in the arguments). */
    @TruffleBoundary
    static void staticMethod(PythonContext ctx, PyType type, String name, String params, Impl impl) {
        String qual = type.getName() + "." + name;
        type.getDict().setStr(name, fn(ctx, qual, false, true, params, new JRoot(ctx, impl, qual)));
    }

    /** Defines method {@code name} of {@code type}. */
    static void method(PythonContext ctx, PyType type, String name, String params, Impl impl) {
        type.getDict().setStr(name, fn(ctx, type.getName() + "." + name, true, params, impl));
    }

    static PyModule module(PythonContext ctx, String name) {
        PyModule m = new PyModule(ctx.types().module, name, new PyDict(ctx.types().dict));
        return m;
    }

    static boolean absent(Object o) {
        return o == PyNone.NO_VALUE;
    }

    static boolean absentOrNone(Object o) {
        return o == PyNone.NO_VALUE || o == PyNone.NONE;
    }

    static Object or(Object o, Object dflt) {
        return o == PyNone.NO_VALUE ? dflt : o;
    }

    // ---- conversions

    static boolean isIntLike(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof BigInteger || o instanceof Boolean;
    }

    /** An int argument (via __index__), with CPython's TypeError for other types. */
    static long toLong(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Integer i) {
            return i;
        }
        if (o instanceof Double) {
            throw PyErrors.typeError("'float' object cannot be interpreted as an integer");
        }
        return PyOps.asIndex(o);
    }

    /**
     * A str argument {@code pos} of C function {@code fn} (CPython's "s" and "U" converters: a str subclass gives its
     * value), or TypeError "fn() argument pos must be str, not T".
     */
    static String strArg(Object o, String fn, int pos) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(fn + "() argument " + pos + " must be str, not " + PyOps.typeName(o));
    }

    static int toInt(Object o) {
        long l = toLong(o);
        if (l > Integer.MAX_VALUE) {
            throw PyErrors.overflowError("signed integer is greater than maximum");
        }
        if (l < Integer.MIN_VALUE) {
            throw PyErrors.overflowError("signed integer is less than minimum");
        }
        return (int) l;
    }

    static BigInteger toBig(Object o) {
        if (o instanceof BigInteger b) {
            return b;
        }
        if (o instanceof Double) {
            throw PyErrors.typeError("'float' object cannot be interpreted as an integer");
        }
        if (o instanceof Long || o instanceof Boolean || o instanceof Integer) {
            return BigInteger.valueOf(toLong(o));
        }
        Object idx = PyOps.getAttributeOrNull(PyOps.typeOf(o), "__index__");
        if (idx == null) {
            throw PyErrors.typeError("'" + PyOps.typeName(o) + "' object cannot be interpreted as an integer");
        }
        // PyNumber_Index: the result must be an int ("__index__ returned non-int (type str)")
        return PyOps.toBig(PyOps.index(o));
    }

    static Object norm(BigInteger b) {
        return PyOps.normalize(b);
    }

    static boolean truthy(Object o) {
        return PyOps.isTrue(o);
    }

    static String fsdecode(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * A str path or command as the file system's bytes (os.fsencode): UTF-8 with surrogateescape, so a lone
     * surrogate U+DC80..U+DCFF is the byte it stands for and any other raises UnicodeEncodeError (getBytes would have
     * replaced it by '?').
     */
    static byte[] fsencode(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return org.auditpy.runtime.Codecs.encode(s, "utf-8", "surrogateescape");
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static PyBytes bytes(byte[] b) {
        return PyBytes.of(b);
    }

    static PythonContext ctx() {
        return PythonContext.get();
    }
}
