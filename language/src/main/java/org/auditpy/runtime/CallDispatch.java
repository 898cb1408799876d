package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.IndirectCallNode;

/**
 * The uncached call protocol ({@code PyObject_Vectorcall}, {@code type.__call__}): binds arguments for
 * Python functions and builtins and calls their call targets; binds methods; creates instances for types;
 * falls back to {@code __call__}. Call-site nodes cache the common cases and come here otherwise.
 */
public final class CallDispatch {
    private CallDispatch() {
    }

    /** Frame arguments for calling {@code fn} with vectorcall-style {@code args}/{@code kwNames}. */
    @TruffleBoundary
    public static Object[] bindFunction(PyFunction fn, Object[] args, String[] kwNames) {
        PyCode code = fn.getCode();
        Object[] frameArgs = ArgumentBinder.bind(fn.getQualname(), code.getSignature(), fn.getDefaults(), fn.getKwDefaults(), null, args,
                        kwNames, FrameArgs.USER);
        frameArgs[FrameArgs.CALLEE] = fn;
        frameArgs[FrameArgs.GLOBALS] = fn.getGlobals();
        frameArgs[FrameArgs.CLOSURE] = fn.getClosure();
        return frameArgs;
    }

    /** Frame arguments for calling a builtin. */
    @TruffleBoundary
    public static Object[] bindBuiltin(PyBuiltinFunction fn, Object[] args, String[] kwNames) {
        Signature sig = fn.getSignature();
        if (sig.varargs == null && sig.varkw == null && sig.kwOnly.length == 0 && sig.posOnlyCount == sig.positional.length && !fn.isStatic() &&
                        !fn.getName().startsWith("__") && (boundCount(fn, sig) == 1 || fn.getQualname().indexOf('.') < 0)) {
            checkPositionalOnlyBuiltin(fn, sig, args.length - kwNames.length, kwNames.length);
        }
        if (kwNames.length > 0 && sig.varargs != null && sig.varkw == null && sig.kwOnly.length == 0 && sig.posOnlyCount == sig.positional.length &&
                        !fn.isStatic() && !fn.getName().startsWith("__")) {
            // METH_VARARGS / METH_FASTCALL without keywords (math.gcd(x=1)): the convention refuses any keyword
            throw PyErrors.typeError(functionStr(fn) + "() takes no keyword arguments");
        }
        if (fn.isMethod() && fn.getName().equals("__init__") && sig.varargs == null && sig.varkw == null && sig.kwOnly.length == 0 &&
                        sig.posOnlyCount == sig.positional.length && fn.getQualname().indexOf('.') > 0) {
            // list.__init__ / set.__init__: "list expected at most 1 argument, got 2"
            int n = args.length - kwNames.length - 1;
            int max = sig.positional.length - 1;
            if (n > max) {
                String tn = parserName(fn);
                throw PyErrors.typeError(tn + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
            }
        }
        if (fn.isStatic() && fn.getName().equals("__new__") && sig.varargs == null && sig.varkw == null && fn.getQualname().indexOf('.') > 0) {
            // tp_new of a builtin type: "int() takes at most 2 arguments (3 given)", "float expected at most 1 argument, got 2"
            int n = args.length - kwNames.length - 1;
            int max = sig.positional.length - 1;
            if (n > max) {
                String tn = parserName(fn);
                String arguments = " argument" + (max == 1 ? "" : "s");
                if (sig.posOnlyCount == sig.positional.length) {
                    throw PyErrors.typeError(tn + " expected at most " + max + arguments + ", got " + n);
                }
                throw PyErrors.typeError(tn + "() takes at most " + max + arguments + " (" + n + " given)");
            }
        }
        Object[] frameArgs;
        try {
            frameArgs = ArgumentBinder.bind(fn.getName(), kwNames.length > 0 ? parserName(fn) : null, fn.getSignature(), null, null, fn.getOptional(), args,
                            kwNames, FrameArgs.USER);
        } catch (PyException e) {
            // the call does not fit: CPython's C argument parser words it differently from a Python function's
            PyException clinic = keywordParserError(fn, sig, args, kwNames);
            throw clinic != null ? clinic : e;
        }
        frameArgs[FrameArgs.CALLEE] = fn;
        return frameArgs;
    }

    /** Whether builtin {@code fn}'s first parameter is bound before the call's arguments (self, or cls of a classmethod). */
    private static int boundCount(PyBuiltinFunction fn, Signature sig) {
        if (fn.isMethod()) {
            return 1;
        }
        return !fn.isStatic() && sig.positional.length > 0 && "cls".equals(sig.positional[0]) && fn.getQualname().indexOf('.') > 0 ? 1 : 0;
    }

    /**
     * The error of a call that does not fit builtin {@code fn} whose parameters can be passed by keyword, worded as
     * CPython 3.11's Argument Clinic parser ({@code _PyArg_UnpackKeywords}, Python/getargs.c; {@code vgetargskeywords}
     * words them alike): "split() takes at most 2 arguments (3 given)", "sort() takes no positional arguments",
     * "open() missing required argument 'file' (pos 1)", "argument for split() given by name ('sep') and position (1)";
     * {@code sorted}'s own "sorted expected 1 argument, got 0". Null when that parser would not refuse the call (the
     * binder's error stands) or {@code fn} takes {@code *args}/{@code **kwargs} or is a constructor.
     */
    private static PyException keywordParserError(PyBuiltinFunction fn, Signature sig, Object[] args, String[] kwNames) {
        String name = fn.getName();
        if (sig.varargs != null || sig.varkw != null || name.startsWith("__") || sig.posOnlyCount == sig.positional.length && sig.kwOnly.length == 0) {
            return null;
        }
        int self = boundCount(fn, sig);
        int nkw = kwNames.length;
        int nargs = args.length - nkw - self;
        if (nargs < 0) {
            return null;
        }
        if (name.equals("sorted")) {
            return nargs != 1 ? PyErrors.typeError("sorted expected 1 argument, got " + nargs) : null;
        }
        boolean[] optional = fn.getOptional();
        int posonly = Math.max(0, sig.posOnlyCount - self);
        int maxpos = sig.positional.length - self;
        int maxargs = maxpos + sig.kwOnly.length;
        int minpos = 0;
        while (minpos < maxpos && (optional == null || !optional[self + minpos])) {
            minpos++;
        }
        int minposonly = Math.min(posonly, minpos);
        if (nargs + nkw > maxargs) {
            return PyErrors.typeError(name + "() takes at most " + maxargs + " " + (nargs == 0 ? "keyword " : "") + "argument" + (maxargs == 1 ? "" : "s") +
                            " (" + (nargs + nkw) + " given)");
        }
        if (nargs > maxpos) {
            if (maxpos == 0) {
                return PyErrors.typeError(name + "() takes no positional arguments");
            }
            return PyErrors.typeError(name + "() takes " + (minpos < maxpos ? "at most " : "exactly ") + maxpos + " positional argument" + (maxpos == 1 ? "" : "s") +
                            " (" + nargs + " given)");
        }
        if (nargs < minposonly) {
            return PyErrors.typeError(name + "() takes " + (minposonly < maxpos ? "at least " : "exactly ") + minposonly + " positional argument" +
                            (minposonly == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        for (int i = Math.max(nargs, posonly); i < maxargs; i++) {
            String pname = i < maxpos ? sig.positional[self + i] : sig.kwOnly[i - maxpos];
            boolean given = false;
            for (String k : kwNames) {
                given |= k.equals(pname);
            }
            int slot = i < maxpos ? self + i : sig.kwOnlySlot(i - maxpos);
            boolean required = optional == null || !optional[slot];
            if (!given && required) {
                return PyErrors.typeError(name + "() missing required argument '" + pname + "' (pos " + (i + 1) + ")");
            }
        }
        for (String k : kwNames) {
            for (int i = posonly; i < nargs; i++) {
                if (sig.positional[self + i].equals(k)) {
                    return PyErrors.typeError("argument for " + name + "() given by name ('" + k + "') and position (" + (i + 1) + ")");
                }
            }
        }
        return null;
    }

    /**
     * The builtin methods of str, bytes and bytearray that parse their arguments with {@code PyArg_ParseTuple}
     * ({@code "O|OO:count"}, Objects/stringlib/find.h), whose arity errors read "count() takes at least 1 argument
     * (0 given)" rather than Argument Clinic's.
     */
    private static final java.util.Set<String> PARSE_TUPLE_METHODS = java.util.Set.of("count", "find", "rfind", "index", "rindex", "startswith",
                    "endswith");

    private static boolean usesParseTuple(PyBuiltinFunction fn) {
        String q = fn.getQualname();
        int dot = q.indexOf('.');
        if (dot < 0 || !PARSE_TUPLE_METHODS.contains(fn.getName())) {
            return false;
        }
        String owner = q.substring(0, dot);
        return owner.equals("str") || owner.equals("bytes") || owner.equals("bytearray");
    }

    /**
     * The name CPython's argument parser gives builtin {@code fn} in its keyword errors: the type's for a
     * constructor ({@code int()}, {@code enumerate()}, {@code zip()}), {@code sort} for {@code sorted} (which hands
     * its keywords to {@code list.sort}), else the function's.
     */
    private static String parserName(PyBuiltinFunction fn) {
        String name = fn.getName();
        String q = fn.getQualname();
        int dot = q.lastIndexOf('.');
        if ((name.equals("__new__") || name.equals("__init__")) && dot > 0) {
            return q.substring(0, dot);
        }
        if (name.startsWith("__") && name.endsWith("_new__") && name.length() > 8) {
            // the constructors of map, zip, filter... (__map_new__)
            return name.substring(2, name.length() - 6);
        }
        return name.equals("sorted") ? "sort" : name;
    }

    /**
     * Arity errors of a builtin whose parameters are all positional-only, worded as CPython's METH_NOARGS,
     * METH_O and Argument Clinic's {@code _PyArg_CheckPositional} ("center expected at least 1 argument, got 0").
     */
    private static void checkPositionalOnlyBuiltin(PyBuiltinFunction fn, Signature sig, int npos, int nkw) {
        int self = boundCount(fn, sig);
        boolean[] optional = fn.getOptional();
        int max = sig.positional.length - self;
        int min = 0;
        for (int i = self; i < sig.positional.length; i++) {
            if (optional == null || !optional[i]) {
                min++;
            }
        }
        int n = npos - self;
        if (n < 0) {
            throw PyErrors.typeError("unbound method " + fn.getQualname() + "() needs an argument");
        }
        if (nkw > 0) {
            throw PyErrors.typeError(functionStr(fn) + "() takes no keyword arguments");
        }
        if (n >= min && n <= max) {
            return;
        }
        if (max == 0) {
            throw PyErrors.typeError(functionStr(fn) + "() takes no arguments (" + n + " given)");
        }
        if (min == 1 && max == 1) {
            throw PyErrors.typeError(functionStr(fn) + "() takes exactly one argument (" + n + " given)");
        }
        int bound = n < min ? min : max;
        if (usesParseTuple(fn)) {
            String q = min == max ? "exactly " : n < min ? "at least " : "at most ";
            throw PyErrors.typeError(fn.getName() + "() takes " + q + bound + " argument" + (bound == 1 ? "" : "s") + " (" + n + " given)");
        }
        String qual = min == max ? "" : n < min ? "at least " : "at most ";
        throw PyErrors.typeError(fn.getName() + " expected " + qual + bound + " argument" + (bound == 1 ? "" : "s") + ", got " + n);
    }

    /**
     * How CPython names a builtin in its calling convention's errors ({@code _PyObject_FunctionStr},
     * Objects/call.c): the qualified name, after the module's name unless that is {@code builtins}
     * ({@code math.sqrt}, {@code posix.getpid}, {@code list.append}, {@code len}).
     */
    static String functionStr(PyBuiltinFunction fn) {
        String module = fn.getModule();
        return module == null || module.equals("builtins") ? fn.getQualname() : module + "." + fn.getQualname();
    }

    /** Calls any callable. */
    @TruffleBoundary
    public static Object callUncached(Object callable, Object[] args, String[] kwNames) {
        if (callable instanceof PyFunction fn) {
            return IndirectCallNode.getUncached().call(fn.getCode().getCallTarget(), bindFunction(fn, args, kwNames));
        } else if (callable instanceof PyBuiltinFunction bf) {
            return IndirectCallNode.getUncached().call(bf.getCallTarget(), bindBuiltin(bf, args, kwNames));
        } else if (callable instanceof PyMethod m) {
            return callUncached(m.getFunction(), prepend(m.getSelf(), args), kwNames);
        } else if (callable instanceof PyType t) {
            return callType(t, args, kwNames);
        }
        Object call = PyOps.typeOf(callable).lookup("__call__");
        if (call == null) {
            throw PyErrors.typeError("'" + PyOps.typeName(callable) + "' object is not callable");
        }
        if (call instanceof PyFunction || call instanceof PyBuiltinFunction) {
            return callUncached(call, prepend(callable, args), kwNames);
        }
        return callUncached(PyOps.descrGet(call, callable, PyOps.typeOf(callable)), args, kwNames);
    }

    /** {@code [first] + args}. */
    public static Object[] prepend(Object first, Object[] args) {
        Object[] r = new Object[args.length + 1];
        r[0] = first;
        System.arraycopy(args, 0, r, 1, args.length);
        return r;
    }

    /** {@code type.__call__(cls, *args, **kw)}: {@code __new__} then {@code __init__} (Objects/typeobject.c type_call). */
    @TruffleBoundary
    public static Object callType(PyType type, Object[] args, String[] kwNames) {
        BuiltinTypes types = PythonContext.get().types();
        PyType meta = type.getPythonClass();
        if (meta != types.type && meta != null) {
            Object metaCall = meta.lookup("__call__");
            if (metaCall instanceof PyFunction) {
                return callUncached(metaCall, prepend(type, args), kwNames);
            }
            if (metaCall != null && !(metaCall instanceof PyBuiltinFunction)) {
                // slot_tp_call: bound through its __get__, if any (a class such as dict set as __call__ has none and
                // is called without the instance)
                return callUncached(PyOps.descrGet(metaCall, type, meta), args, kwNames);
            }
        }
        return typeCall(type, args, kwNames);
    }

    /**
     * type_call without the metaclass {@code __call__} dispatch (Objects/typeobject.c): {@code type(x)}, or
     * {@code __new__} and then {@link #initNewObject}.
     */
    @TruffleBoundary
    public static Object typeCall(PyType type, Object[] args, String[] kwNames) {
        BuiltinTypes types = PythonContext.get().types();
        if (type == types.type && args.length - kwNames.length == 1) {
            if (kwNames.length != 0) {
                // type(x, k=v): type_init's check comes first in CPython
                throw PyErrors.typeError("type() takes no keyword arguments");
            }
            return PyOps.typeOf(args[0]);
        }
        Object newMethod = type.lookup("__new__");
        if (newMethod == null) {
            throw PyErrors.typeError("cannot create '" + type.getName() + "' instances");
        }
        if (newMethod instanceof Descriptors.StaticMethod sm) {
            newMethod = sm.getCallable();
        }
        return initNewObject(type, callUncached(newMethod, prepend(type, args), kwNames), args, kwNames);
    }

    /**
     * type_call's rest once {@code __new__} of {@code type} made {@code obj}: {@code obj.__init__(*args, **kw)} when
     * obj is an instance of type (TypeError if it returns anything but None); obj.
     */
    @TruffleBoundary
    public static Object initNewObject(PyType type, Object obj, Object[] args, String[] kwNames) {
        if (!PyOps.typeOf(obj).isSubtypeOf(type)) {
            return obj;
        }
        Object init = PyOps.typeOf(obj).lookup("__init__");
        if (init != null) {
            Object r = callUncached(PyOps.descrGet(init, obj, PyOps.typeOf(obj)), args, kwNames);
            if (r != PyNone.NONE) {
                throw PyErrors.typeError("__init__() should return None, not '" + PyOps.typeName(r) + "'");
            }
        }
        return obj;
    }
}
