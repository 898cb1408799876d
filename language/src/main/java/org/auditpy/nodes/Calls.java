package org.auditpy.nodes;

import java.util.ArrayList;

import org.auditpy.runtime.ArgumentBinder;
import org.auditpy.runtime.CallDispatch;
import org.auditpy.runtime.FrameArgs;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyMethod;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.Signature;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.Assumption;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/** Call sites: argument evaluation (with {@code *} and {@code **} unpacking) and cached dispatch. */
public final class Calls {
    private Calls() {
    }

    /**
     * Dispatches a call with vectorcall-style arguments. Python functions with a cached code object are called
     * through a {@link DirectCallNode} (inlinable); simple positional calls bind by copying.
     */
    public abstract static class Dispatch extends Node {
        public abstract Object execute(Object callee, Object[] args, String[] kwNames);

        static boolean simpleFit(PyCode code, Object[] args, String[] kwNames) {
            Signature s = code.getSignature();
            return kwNames.length == 0 && s.isSimple() && args.length == s.positional.length;
        }

        @Specialization(guards = {"fn.getCode() == cachedCode", "simpleFit(cachedCode, args, kwNames)"}, limit = "6")
        static Object callSimple(PyFunction fn, Object[] args, String[] kwNames,
                        @Cached("fn.getCode()") PyCode cachedCode,
                        @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
            return call.call(FrameArgs.exactPositional(fn, args));
        }

        static boolean defaultsFit(PyCode code, Object[] args, String[] kwNames) {
            Signature s = code.getSignature();
            return kwNames.length == 0 && s.isSimple() && args.length < s.positional.length;
        }

        /** Positional call that leaves trailing parameters to their defaults ({@code lambda x, m=m: ...}). */
        @Specialization(guards = {"fn.getCode() == cachedCode", "defaultsFit(cachedCode, args, kwNames)"}, limit = "4")
        static Object callDefaults(PyFunction fn, Object[] args, String[] kwNames,
                        @Cached("fn.getCode()") PyCode cachedCode,
                        @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
            int npos = cachedCode.getSignature().positional.length;
            Object[] defs = fn.getDefaults();
            int firstDefault = npos - (defs == null ? 0 : defs.length);
            if (args.length < firstDefault) {
                return call.call(CallDispatch.bindFunction(fn, args, kwNames));
            }
            return call.call(positionalFrame(fn, args, npos, defs, firstDefault));
        }

        static boolean varargsFit(PyCode code, Object[] args, String[] kwNames) {
            Signature s = code.getSignature();
            return kwNames.length == 0 && s.varargs != null && s.kwOnly.length == 0 && args.length >= s.positional.length;
        }

        /**
         * Positional call of a function with {@code *args} (and maybe {@code **kwargs}) whose named parameters the
         * arguments fill: the rest become the tuple, the dict is empty, bound in compiled code. The wrappers of
         * decorators ({@code def wrapper(*args, **kwargs)}) and forwarding helpers are called this way; the generic
         * binder they took before ran behind a boundary at every call.
         */
        @Specialization(guards = {"fn.getCode() == cachedCode", "varargsFit(cachedCode, args, kwNames)"}, limit = "4")
        static Object callVarargs(PyFunction fn, Object[] args, String[] kwNames,
                        @Cached("fn.getCode()") PyCode cachedCode,
                        @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
            Signature s = cachedCode.getSignature();
            int npos = s.positional.length;
            Object[] frameArgs = functionFrame(fn, s.slotCount());
            System.arraycopy(args, 0, frameArgs, FrameArgs.USER, npos);
            Object[] rest = new Object[args.length - npos];
            System.arraycopy(args, npos, rest, 0, rest.length);
            frameArgs[FrameArgs.USER + s.varargsSlot()] = org.auditpy.runtime.PyTuple.of(rest);
            if (s.varkw != null) {
                frameArgs[FrameArgs.USER + s.varkwSlot()] = new PyDict(org.auditpy.runtime.PythonContext.get(null).types().dict);
            }
            return call.call(frameArgs);
        }

        @Specialization(guards = "fn.getCode() == cachedCode", limit = "3")
        static Object callBound(PyFunction fn, Object[] args, String[] kwNames,
                        @Cached("fn.getCode()") PyCode cachedCode,
                        @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
            return call.call(CallDispatch.bindFunction(fn, args, kwNames));
        }

        /**
         * The frame arguments of a positional call to {@code fn} with {@code npos} parameters, the ones after
         * {@code args} taken from {@code defs} (whose first entry is parameter {@code firstDefault}).
         */
        static Object[] positionalFrame(PyFunction fn, Object[] args, int npos, Object[] defs, int firstDefault) {
            Object[] frameArgs = functionFrame(fn, npos);
            System.arraycopy(args, 0, frameArgs, FrameArgs.USER, args.length);
            for (int i = args.length; i < npos; i++) {
                frameArgs[FrameArgs.USER + i] = defs[i - firstDefault];
            }
            return frameArgs;
        }

        /** The frame arguments of a call to {@code fn} with {@code slots} argument slots, the slots still empty. */
        static Object[] functionFrame(PyFunction fn, int slots) {
            Object[] frameArgs = new Object[FrameArgs.USER + slots];
            frameArgs[FrameArgs.CALLEE] = fn;
            frameArgs[FrameArgs.GLOBALS] = fn.getGlobals();
            frameArgs[FrameArgs.CLOSURE] = fn.getClosure();
            return frameArgs;
        }

        /** Megamorphic Python function call site: binds in compiled code when it can, calls indirectly. */
        @Specialization(replaces = {"callSimple", "callDefaults", "callVarargs", "callBound"})
        static Object callFunctionIndirect(PyFunction fn, Object[] args, String[] kwNames,
                        @Cached IndirectCallNode icall) {
            PyCode code = fn.getCode();
            Signature s = code.getSignature();
            Object[] defs = fn.getDefaults();
            int npos = s.positional.length;
            int firstDefault = npos - (defs == null ? 0 : defs.length);
            Object[] frameArgs;
            if (kwNames.length == 0 && s.isSimple() && args.length <= npos && args.length >= firstDefault) {
                frameArgs = positionalFrame(fn, args, npos, defs, firstDefault);
            } else {
                frameArgs = CallDispatch.bindFunction(fn, args, kwNames);
            }
            return icall.call(code.getCallTarget(), frameArgs);
        }

        @Specialization(guards = "fn == cachedFn", limit = "4")
        static Object callBuiltin(PyBuiltinFunction fn, Object[] args, String[] kwNames,
                        @Cached("fn") PyBuiltinFunction cachedFn,
                        @Cached("create(cachedFn.getCallTarget())") DirectCallNode call) {
            Object[] frameArgs = kwNames.length == 0 ? bindPositionalBuiltin(cachedFn, args) : bindKeywordsToVarkw(cachedFn, args, kwNames);
            if (frameArgs == null) {
                frameArgs = CallDispatch.bindBuiltin(fn, args, kwNames);
            }
            return call.call(frameArgs);
        }

        /**
         * Binds a call with keywords to a builtin whose positional parameters are all positional-only (or only a
         * method's self) and given, and
         * whose keywords all go to its {@code **kwargs} ({@code "{a}".format(a=1)}, {@code str.format(**kw)}): the
         * dict made in one step from the call's unique names, without the general binder's matching of names to
         * parameters. Returns null for every other shape.
         */
        @ExplodeLoop
        static Object[] bindKeywordsToVarkw(PyBuiltinFunction fn, Object[] args, String[] kwNames) {
            Signature sig = fn.getSignature();
            int npos = sig.positional.length;
            int nargs = args.length - kwNames.length;
            // (a method's self is bound by position, whatever its declaration says: the binder too sends a keyword
            // named self to **kwargs)
            boolean positionalOnly = sig.posOnlyCount == npos || npos == 1 && fn.isMethod();
            if (sig.varkw == null || sig.kwOnly.length != 0 || !positionalOnly || nargs < npos || sig.varargs == null && nargs > npos) {
                return null;
            }
            Object[] frameArgs = new Object[FrameArgs.USER + sig.slotCount()];
            frameArgs[FrameArgs.CALLEE] = fn;
            for (int i = 0; i < npos; i++) {
                frameArgs[FrameArgs.USER + i] = args[i];
            }
            if (sig.varargs != null) {
                Object[] rest = new Object[nargs - npos];
                System.arraycopy(args, npos, rest, 0, rest.length);
                frameArgs[FrameArgs.USER + sig.varargsSlot()] = org.auditpy.runtime.PyTuple.of(rest);
            }
            frameArgs[FrameArgs.USER + sig.varkwSlot()] = PyDict.ofKeywords(kwNames, args, nargs);
            return frameArgs;
        }

        /**
         * Binds a positional-only call to a builtin without leaving compiled code: exact positional parameters
         * (absent optional ones become NO_VALUE) and absent optional keyword-only ones ({@code math.isclose(a, b)}),
         * or leading positional parameters followed by {@code *args}, absent optional keyword-only ones and an empty
         * {@code **kwargs}, as {@code BaseException.__init__(self, *args, **kwargs)} and
         * {@code max(*args, key=, default=)}. Returns null
         * for every other shape (the binder then handles it and raises the errors).
         */
        @ExplodeLoop
        static Object[] bindPositionalBuiltin(PyBuiltinFunction fn, Object[] args) {
            Signature sig = fn.getSignature();
            int npos = sig.positional.length;
            if (sig.kwOnly.length != 0) {
                // keyword-only parameters that all have defaults (max(*args, key=, default=), math.isclose(a, b, *,
                // rel_tol=, abs_tol=)) stay absent
                boolean[] optional = fn.getOptional();
                for (int i = 0; i < sig.kwOnly.length; i++) {
                    if (!optional[sig.kwOnlySlot(i)]) {
                        return null;
                    }
                }
            }
            if (sig.varargs == null) {
                if (sig.varkw != null || args.length > npos) {
                    return null;
                }
                boolean[] optional = fn.getOptional();
                Object[] frameArgs = new Object[FrameArgs.USER + npos + sig.kwOnly.length];
                frameArgs[FrameArgs.CALLEE] = fn;
                for (int i = 0; i < npos; i++) {
                    if (i < args.length) {
                        frameArgs[FrameArgs.USER + i] = args[i];
                    } else if (optional[i]) {
                        frameArgs[FrameArgs.USER + i] = org.auditpy.runtime.PyNone.NO_VALUE;
                    } else {
                        return null;
                    }
                }
                for (int i = 0; i < sig.kwOnly.length; i++) {
                    frameArgs[FrameArgs.USER + sig.kwOnlySlot(i)] = org.auditpy.runtime.PyNone.NO_VALUE;
                }
                return frameArgs;
            }
            // leading positional parameters (self of a method), then *args and an empty **kwargs
            if (args.length < npos) {
                return null;
            }
            Object[] frameArgs = new Object[FrameArgs.USER + sig.slotCount()];
            frameArgs[FrameArgs.CALLEE] = fn;
            for (int i = 0; i < npos; i++) {
                frameArgs[FrameArgs.USER + i] = args[i];
            }
            Object[] rest;
            if (npos == 0) {
                rest = args;
            } else {
                rest = new Object[args.length - npos];
                System.arraycopy(args, npos, rest, 0, rest.length);
            }
            frameArgs[FrameArgs.USER + sig.varargsSlot()] = org.auditpy.runtime.PyTuple.of(rest);
            for (int i = 0; i < sig.kwOnly.length; i++) {
                frameArgs[FrameArgs.USER + sig.kwOnlySlot(i)] = org.auditpy.runtime.PyNone.NO_VALUE;
            }
            if (sig.varkw != null) {
                frameArgs[FrameArgs.USER + sig.varkwSlot()] = new PyDict(org.auditpy.runtime.PythonContext.get(null).types().dict);
            }
            return frameArgs;
        }

        /**
         * Instantiating an exception class ({@code raise NotFound(key, "missing")}): metaclass {@code type},
         * {@code BaseException.__new__} and either {@code BaseException.__init__} or a Python {@code __init__}.
         * The exception is allocated in compiled code and {@code __init__} called through a cached dispatch,
         * instead of the generic type call that binds {@code *args, **kwargs} twice (fresh kwargs dicts).
         */
        @Specialization(guards = {"t == cachedType", "kwNames.length == 0", "init != null"}, assumptions = "stable", limit = "3")
        static Object callExceptionClass(PyType t, Object[] args, String[] kwNames,
                        @Cached("t") PyType cachedType,
                        @Cached("cachedType.getStableAssumption()") Assumption stable,
                        @Cached("exceptionInit(cachedType)") Object init,
                        @Cached("needsAttributes(cachedType)") boolean attributes,
                        @Cached("tupleType()") PyType tupleType,
                        @Cached Dispatch initCall) {
            PyBaseException e = new PyBaseException(cachedType, new PyTuple(tupleType, args));
            if (attributes) {
                PyOps.initExceptionAttributes(e);
            }
            if (init instanceof PyFunction f) {
                Object r = initCall.execute(f, CallDispatch.prepend(e, args), kwNames);
                if (r != PyNone.NONE) {
                    throw initNotNone(r);
                }
            }
            // else BaseException.__init__: it would set the same args and attributes again
            return e;
        }

        static PyType tupleType() {
            return PythonContext.get(null).types().tuple;
        }

        /**
         * For an exception class {@link #callExceptionClass} handles: its Python {@code __init__}, or
         * {@code Boolean.TRUE} for {@code BaseException.__init__}; null otherwise (OSError and subclasses map
         * errno to a subclass in {@code __new__}, other metaclasses, other {@code __new__}).
         */
        @TruffleBoundary
        static Object exceptionInit(PyType t) {
            org.auditpy.runtime.BuiltinTypes types = PythonContext.get(null).types();
            PyType base = types.exception("BaseException");
            if (t.getPythonClass() != types.type || !t.isSubtypeOf(base) || t.isSubtypeOf(types.exception("OSError"))) {
                return null;
            }
            Object newMethod = t.lookup("__new__");
            if (newMethod == null || unwrapStatic(newMethod) != unwrapStatic(base.lookup("__new__"))) {
                return null;
            }
            Object init = t.lookup("__init__");
            if (init == base.lookup("__init__")) {
                return Boolean.TRUE;
            }
            return init instanceof PyFunction ? init : null;
        }

        private static Object unwrapStatic(Object o) {
            return o instanceof org.auditpy.runtime.Descriptors.StaticMethod sm ? sm.getCallable() : o;
        }

        /** Whether new instances get type-specific attributes (StopIteration.value, SystemExit.code, ...). */
        static boolean needsAttributes(PyType t) {
            return org.auditpy.runtime.ExceptionSupport.needsAttributes(t);
        }

        @Specialization
        static Object callMethod(PyMethod m, Object[] args, String[] kwNames,
                        @Cached Dispatch inner) {
            return inner.execute(m.getFunction(), CallDispatch.prepend(m.getSelf(), args), kwNames);
        }

        /**
         * Instantiating a plain class (metaclass {@code type}, {@code object.__new__}, a Python {@code __init__}):
         * allocation in compiled code and a cached call of {@code __init__}, valid while the class is unchanged.
         */
        @Specialization(guards = {"t == cachedType", "init != null"}, assumptions = "stable", limit = "3")
        static Object callClass(PyType t, Object[] args, String[] kwNames,
                        @Cached("t") PyType cachedType,
                        @Cached("cachedType.getStableAssumption()") Assumption stable,
                        @Cached("plainInit(cachedType)") PyFunction init,
                        @Cached Dispatch initCall) {
            PythonObject obj = new PythonObject(cachedType);
            Object r = initCall.execute(init, CallDispatch.prepend(obj, args), kwNames);
            if (r != PyNone.NONE) {
                throw initNotNone(r);
            }
            return obj;
        }

        /**
         * {@code type(x)} with the builtin {@code type}: the object's class, read in compiled code (a Python object's
         * class field; a Java value's class behind PyOps.typeOf's small boundary), where the generic type call looked
         * the metaclass's {@code __call__} up first.
         */
        @Specialization(guards = {"t == typeType", "args.length == 1", "kwNames.length == 0"}, limit = "1")
        static Object callTypeOfObject(PyType t, Object[] args, String[] kwNames,
                        @Cached("builtinType()") PyType typeType) {
            return PyOps.typeOf(args[0]);
        }

        static PyType builtinType() {
            return PythonContext.get(null).types().type;
        }

        /**
         * {@code str(x)} with the builtin {@code str} and one argument ({@link StrOfNode}): where the generic type call
         * ran {@code str.__new__} and looked the object's {@code __str__} up behind a boundary.
         */
        @Specialization(guards = {"t == strType", "args.length == 1", "kwNames.length == 0"}, limit = "1")
        static Object callStrOf(PyType t, Object[] args, String[] kwNames,
                        @Cached("builtinStr()") PyType strType,
                        @Cached StrOfNode strOf) {
            return strOf.execute(args[0]);
        }

        static PyType builtinStr() {
            return PythonContext.get(null).types().str;
        }

        /**
         * Instantiating a plain class without arguments whose {@code __new__} and {@code __init__} are both object's
         * (a class with no {@code __init__} of its own: a marker, an empty record filled in afterwards): allocation in
         * compiled code, where the generic type call looked both methods up and called them behind a boundary (280 ns
         * against CPython's 125). With arguments object's {@code __init__} raises: the generic path says so.
         */
        @Specialization(guards = {"t == cachedType", "args.length == 0", "kwNames.length == 0", "bare"}, assumptions = "stable", limit = "3")
        static Object callBareClass(PyType t, Object[] args, String[] kwNames,
                        @Cached("t") PyType cachedType,
                        @Cached("cachedType.getStableAssumption()") Assumption stable,
                        @Cached("bareClass(cachedType)") boolean bare) {
            return new PythonObject(cachedType);
        }

        /** Whether {@link #callBareClass} can instantiate {@code t}: {@link #plainInit}'s class with object's {@code __init__}. */
        @TruffleBoundary
        static boolean bareClass(PyType t) {
            return plainClass(t) && t.lookup("__init__") instanceof PyBuiltinFunction init && "object.__init__".equals(init.getQualname());
        }

        /** The Python function that is {@code t}'s {@code __new__} (in a staticmethod or bare), for metaclass type; else null. */
        @TruffleBoundary
        static PyFunction pythonNew(PyType t) {
            if (t.getPythonClass() != PythonContext.get(null).types().type) {
                return null;
            }
            Object n = t.lookup("__new__");
            if (n instanceof org.auditpy.runtime.Descriptors.StaticMethod sm && !sm.getPythonClass().isHeapType()) {
                // (a subclass of staticmethod may have its own __get__: the generic call runs it)
                n = sm.getCallable();
            }
            return n instanceof PyFunction f ? f : null;
        }

        /**
         * {@code list(iterable)} and {@code tuple(iterable)} of the builtin types: the iterable is drained at this
         * site ({@link Iteration.DrainNode}: a generator's body or a class's {@code __next__} through cached calls
         * that compiled code inlines), not by the shared {@code list.__init__} behind a boundary. {@code tuple(t)} of
         * an exact tuple is {@code t}, as in CPython.
         */
        @Specialization(guards = {"t == cachedType", "kwNames.length == 0", "args.length == 1", "kind != 0"}, limit = "2")
        static Object callListOrTuple(PyType t, Object[] args, String[] kwNames,
                        @Cached("t") PyType cachedType,
                        @Cached("listOrTuple(cachedType)") int kind,
                        @Cached Iteration.DrainNode drain) {
            Object x = args[0];
            if (kind == 2 && x instanceof org.auditpy.runtime.PyTuple tu && tu.getPythonClass() == cachedType) {
                return tu;
            }
            if (kind == 1 && x instanceof org.auditpy.runtime.PyList l && !l.getPythonClass().isHeapType()) {
                // a copy of an exact list in its storage (list(ints) boxed every int, 7 us per 1,000 against 1.3)
                return l.copyRange(cachedType, 0, l.size());
            }
            if (kind == 1) {
                org.auditpy.runtime.PyList r = org.auditpy.builtins.ListBuiltins.drainReversed(x, cachedType);
                if (r != null) {
                    return r;
                }
            }
            Object[] items = drain.execute(x);
            return kind == 1 ? org.auditpy.runtime.PyList.ofValues(cachedType, items, items.length) : new org.auditpy.runtime.PyTuple(cachedType, items);
        }

        /**
         * {@code dict(a=1, b=2)} and {@code dict()} of the builtin dict, keywords only: the dict made here with the
         * keywords in call order, as dict_new and then dict_init's update from them would (the two generic binds of
         * {@code *args, **kwargs} took 285 ns for two keywords, CPython 60).
         */
        @Specialization(guards = {"t == cachedType", "args.length == kwNames.length", "isExactDict(cachedType)"}, limit = "1")
        static Object callDictKeywords(PyType t, Object[] args, String[] kwNames,
                        @Cached("t") PyType cachedType) {
            PyDict d = new PyDict(cachedType);
            for (int i = 0; i < kwNames.length; i++) {
                d.setStr(kwNames[i], args[i]);
            }
            return d;
        }

        static boolean isExactDict(PyType t) {
            return t == PythonContext.get(null).types().dict;
        }

        /** 1 for the builtin list type, 2 for tuple, else 0. */
        static int listOrTuple(PyType t) {
            org.auditpy.runtime.BuiltinTypes types = PythonContext.get(null).types();
            return t == types.list ? 1 : t == types.tuple ? 2 : 0;
        }

        /**
         * Calling a class whose {@code __new__} is a builtin other than {@code object.__new__} and whose
         * {@code __init__} is {@code object.__init__} (a no-op then): {@code bool(x)}, {@code int(x)}, {@code list()}...
         * Only {@code __new__} is called, through a cached call site.
         */
        @Specialization(guards = {"t == cachedType", "newFn != null"}, assumptions = "stable", limit = "3")
        static Object callNewOnly(PyType t, Object[] args, String[] kwNames,
                        @Cached("t") PyType cachedType,
                        @Cached("cachedType.getStableAssumption()") Assumption stable,
                        @Cached("builtinNewOnly(cachedType)") PyBuiltinFunction newFn,
                        @Cached Dispatch newCall) {
            return newCall.execute(newFn, CallDispatch.prepend(cachedType, args), kwNames);
        }

        /**
         * Instantiating a class of metaclass {@code type} whose {@code __new__} is not object's: a builtin one whose
         * {@code __init__} is not object's (a subclass of dict, list, int... such as defaultdict, or a builtin type with
         * its own {@code __init__}), or a Python function (a staticmethod in the class body, as a singleton's).
         * {@code __new__} and then, when it returned an instance of exactly this class, {@code __init__} are called
         * through cached call sites, as CPython's type_call (with slot_tp_new for a Python {@code __new__}), valid while
         * the class is unchanged. object's {@code __init__} after a Python {@code __new__} accepts any arguments and does
         * nothing (object_init), so it is not called. An object of another class from {@code __new__} takes the generic
         * rest (its own class's {@code __init__}, or none).
         */
        @Specialization(guards = {"t == cachedType", "newFn != null", "init != null"}, assumptions = "stable", limit = "3")
        static Object callNewAndInit(PyType t, Object[] args, String[] kwNames,
                        @Cached("t") PyType cachedType,
                        @Cached("cachedType.getStableAssumption()") Assumption stable,
                        @Cached("newOf(cachedType)") Object newFn,
                        @Cached("initAfterNew(cachedType)") Object init,
                        @Cached Dispatch newCall,
                        @Cached Dispatch initCall) {
            Object obj = newCall.execute(newFn, CallDispatch.prepend(cachedType, args), kwNames);
            if (!(obj instanceof PythonObject po && po.getPythonClass() == cachedType)) {
                return CallDispatch.initNewObject(cachedType, obj, args, kwNames);
            }
            if (init != Boolean.TRUE) {
                Object r = initCall.execute(init, CallDispatch.prepend(obj, args), kwNames);
                if (r != PyNone.NONE) {
                    throw initNotNone(r);
                }
            }
            return obj;
        }

        /** The {@code __new__} {@link #callNewAndInit} calls: {@link #pythonNew}, else {@link #builtinNew}. */
        static Object newOf(PyType t) {
            PyFunction f = pythonNew(t);
            return f != null ? f : builtinNew(t);
        }

        /**
         * What {@link #callNewAndInit} runs after {@code __new__}: a Python {@code __init__}; a builtin one other than
         * object's after a builtin {@code __new__}; {@code Boolean.TRUE} (nothing) for object's after a Python
         * {@code __new__}; else null (object's after a builtin {@code __new__} is {@link #callNewOnly}'s).
         */
        @TruffleBoundary
        static Object initAfterNew(PyType t) {
            Object init = t.lookup("__init__");
            if (init instanceof PyFunction) {
                return init;
            }
            if (!(init instanceof PyBuiltinFunction bf)) {
                return null;
            }
            if ("object.__init__".equals(bf.getQualname())) {
                return pythonNew(t) != null ? Boolean.TRUE : null;
            }
            return !bf.isStatic() && pythonNew(t) == null ? bf : null;
        }

        /** The builtin {@code __new__}, other than object's, of a class of metaclass type (not type itself), else null. */
        @TruffleBoundary
        static PyBuiltinFunction builtinNew(PyType t) {
            PythonContext ctx = PythonContext.get(null);
            if (t.getPythonClass() != ctx.types().type || t == ctx.types().type) {
                return null;
            }
            if (t.lookup("__new__") instanceof PyBuiltinFunction bf && !"object.__new__".equals(bf.getQualname())) {
                return bf;
            }
            return null;
        }

        @TruffleBoundary
        static PyBuiltinFunction builtinNewOnly(PyType t) {
            if (!(t.lookup("__init__") instanceof PyBuiltinFunction init) || !"object.__init__".equals(init.getQualname())) {
                return null;
            }
            return builtinNew(t);
        }

        @TruffleBoundary
        static PyException initNotNone(Object r) {
            return PyErrors.typeError("__init__() should return None, not '" + PyOps.typeName(r) + "'");
        }

        /** The {@code __init__} of a class whose instances {@link #callClass} can create, else null. */
        @TruffleBoundary
        static PyFunction plainInit(PyType t) {
            return plainClass(t) && t.lookup("__init__") instanceof PyFunction f ? f : null;
        }

        /** A class of metaclass type, of plain instances, not abstract (object.__new__ would refuse it), whose {@code __new__} is object's. */
        private static boolean plainClass(PyType t) {
            PythonContext ctx = PythonContext.get(null);
            if (t.getPythonClass() != ctx.types().type || t.getLayout() != PyType.Layout.OBJECT || org.auditpy.builtins.ObjectBuiltins.hasAbstractMethods(t)) {
                return false;
            }
            return t.lookup("__new__") instanceof PyBuiltinFunction bf && "object.__new__".equals(bf.getQualname());
        }

        @Specialization(replaces = "callBuiltin")
        static Object callBuiltinIndirect(PyBuiltinFunction fn, Object[] args, String[] kwNames,
                        @Cached IndirectCallNode icall) {
            return icall.call(fn.getCallTarget(), CallDispatch.bindBuiltin(fn, args, kwNames));
        }

        /**
         * Calling an instance of a Python class whose {@code __call__} is a Python function ({@code functools.partial},
         * callable objects used as key functions, handlers, strategies): the method is looked up once per class,
         * behind the class's stable assumption, and called with the instance first through a cached dispatch that
         * inlines it (slot_tp_call, Objects/typeobject.c). The generic call looked it up along the MRO and bound the
         * arguments behind a boundary at every call.
         */
        @Specialization(guards = {"isCallableInstance(callee)", "callee.getPythonClass() == cachedType", "method != null"},
                        assumptions = "cachedType.getStableAssumption()", limit = "3")
        static Object callInstance(PythonObject callee, Object[] args, String[] kwNames,
                        @Cached("callee.getPythonClass()") PyType cachedType,
                        @Cached("lookupCall(cachedType)") PyFunction method,
                        @Cached Dispatch methodCall) {
            return methodCall.execute(method, CallDispatch.prepend(callee, args), kwNames);
        }

        /** An instance of a Python class, not itself a class (whose call is the metaclass's business). */
        static boolean isCallableInstance(Object callee) {
            return !(callee instanceof PyType) && PyOps.isInstanceOfClass(callee);
        }

        /** The class's {@code __call__} when it is a Python function, else null. */
        @TruffleBoundary
        static PyFunction lookupCall(PyType type) {
            return type.lookup("__call__") instanceof PyFunction f ? f : null;
        }

        static boolean isOther(Object callee) {
            return !(callee instanceof PyFunction) && !(callee instanceof PyBuiltinFunction) && !(callee instanceof PyMethod);
        }

        @Specialization(guards = "isOther(callee)")
        static Object callGeneric(Object callee, Object[] args, String[] kwNames) {
            return CallDispatch.callUncached(callee, args, kwNames);
        }
    }

    /**
     * {@code str(x)} (PyObject_Str): an exact str is itself, an int in long range its digits in compiled code, an
     * instance of a class whose {@code __str__} is a Python function (looked up once per class, behind its stable
     * assumption) that method called through a cached dispatch, counted as one level of {@code " while getting the
     * str of an object"}; anything else through {@link PyOps#str}.
     */
    @GenerateInline(false)
    public abstract static class StrOfNode extends Node {
        public abstract Object execute(Object o);

        @Specialization
        static Object ofStr(String s) {
            return s;
        }

        @Specialization
        static Object ofLong(long n) {
            return PyOps.longStrCompiled(n);
        }

        @Specialization(guards = {"isInstanceOfClass(o)", "o.getPythonClass() == cachedType", "method != null"}, assumptions = "cachedType.getStableAssumption()",
                        limit = "3")
        Object instance(PythonObject o,
                        @Cached("o.getPythonClass()") PyType cachedType,
                        @Cached("lookupStr(cachedType)") PyFunction method,
                        @Cached Dispatch dispatch) {
            PythonContext ctx = PythonContext.get(this);
            org.auditpy.runtime.Recursion.enter(ctx, org.auditpy.runtime.Recursion.STR);
            Object r;
            try {
                r = dispatch.execute(method, new Object[]{o}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
            } finally {
                org.auditpy.runtime.Recursion.leave(ctx);
            }
            if (r instanceof String) {
                return r;
            }
            throw notString(r);
        }

        static boolean isInstanceOfClass(Object o) {
            return PyOps.isInstanceOfClass(o);
        }

        /** The class's {@code __str__} when it is a Python function, else null. */
        @TruffleBoundary
        static PyFunction lookupStr(PyType t) {
            return t.lookup("__str__") instanceof PyFunction f ? f : null;
        }

        @TruffleBoundary
        static PyException notString(Object r) {
            return PyErrors.typeError("__str__ returned non-string (type " + PyOps.typeName(r) + ")");
        }

        @Specialization(replaces = "instance")
        static Object other(Object o) {
            return PyOps.str(o);
        }
    }

    /** {@code f(a, *b, k=v, **m)}. */
    public static final class CallNode extends ExprNode {
        @Child private ExprNode callee;
        @Children private final ExprNode[] args;
        @Children private final ExprNode[] kwValues;
        private final String[] kwNames;
        private final boolean dynamic;
        /** The {@code k=v} names of {@link #kwNames}, in order, without the {@code **m} entries. */
        @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final String[] namedKeywords;
        @Child private Dispatch dispatch = CallsFactory.DispatchNodeGen.create();
        /**
         * The builtin function (len, ord, isinstance, ...) whose node {@link #inlined} runs in this tree, once
         * the first callee was one with positional arguments that fit; {@link #NOT_INLINED} when not.
         */
        @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private Object inlinedTarget;
        @Child private ExprNode inlined;
        private static final Object NOT_INLINED = new Object();

        /**
         * {@code args} may contain {@link Expressions.Starred}; {@code kwNames[i]} null marks {@code **kwValues[i]}.
         */
        public CallNode(ExprNode callee, ExprNode[] args, String[] kwNames, ExprNode[] kwValues) {
            this.callee = callee;
            this.args = args;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
            boolean dyn = false;
            for (ExprNode a : args) {
                dyn |= a instanceof Expressions.Starred;
            }
            for (String k : kwNames) {
                dyn |= k == null;
            }
            this.dynamic = dyn;
            this.namedKeywords = java.util.Arrays.stream(kwNames).filter(k -> k != null).toArray(String[]::new);
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object f = callee.execute(frame);
            Object t = inlinedTarget;
            if (t != NOT_INLINED) {
                if (f == t) {
                    return runInlined(frame);
                }
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                if (t == null) {
                    specialize(f);
                    if (inlinedTarget == f) {
                        return runInlined(frame);
                    }
                } else {
                    inlinedTarget = NOT_INLINED;
                    inlined = null;
                }
            }
            if (!dynamic) {
                Object[] values = new Object[args.length + kwValues.length];
                for (int i = 0; i < args.length; i++) {
                    values[i] = args[i].execute(frame);
                }
                for (int i = 0; i < kwValues.length; i++) {
                    values[args.length + i] = kwValues[i].execute(frame);
                }
                return dispatch.execute(f, values, kwNames);
            }
            Object[] pos = evaluateStarArgs(frame, f);
            Object[] kv = new Object[kwValues.length];
            for (int i = 0; i < kwValues.length; i++) {
                kv[i] = kwValues[i].execute(frame);
            }
            if (allMappingsEmpty(kv)) {
                // f(*args, **kwargs) with an empty kwargs (the common forwarding call): no packing
                if (namedKeywords.length == 0) {
                    return dispatch.execute(f, pos, namedKeywords);
                }
                return dispatch.execute(f, appendNamed(pos, kv), namedKeywords);
            }
            Object[][] packed = pack(f, pos, kwNames, kv);
            return dispatch.execute(f, packed[0], (String[]) packed[1]);
        }

        /** Whether every {@code **m} of this call is an exact dict with no items (its named keywords stay as they are). */
        @ExplodeLoop
        private boolean allMappingsEmpty(Object[] kv) {
            for (int i = 0; i < kwNames.length; i++) {
                if (kwNames[i] == null && !(kv[i] instanceof PyDict d && d.getPythonClass() == emptyDictClass() && d.size() == 0)) {
                    return false;
                }
            }
            return true;
        }

        private static org.auditpy.runtime.PyType emptyDictClass() {
            return org.auditpy.runtime.PythonContext.get(null).types().dict;
        }

        /** {@code pos} followed by the values of the named keywords ({@link #namedKeywords}' order). */
        @ExplodeLoop
        private Object[] appendNamed(Object[] pos, Object[] kv) {
            Object[] all = new Object[pos.length + namedKeywords.length];
            System.arraycopy(pos, 0, all, 0, pos.length);
            int k = pos.length;
            for (int i = 0; i < kwNames.length; i++) {
                if (kwNames[i] != null) {
                    all[k++] = kv[i];
                }
            }
            return all;
        }

        /**
         * Chooses whether this site runs the node of {@code f} inline (as {@code MethodCalls.MethodCallNode} does
         * for methods): a builtin with an inliner, positional arguments only, that fill its parameters (absent
         * optional ones are NO_VALUE).
         */
        private void specialize(Object f) {
            inlinedTarget = NOT_INLINED;
            if (dynamic || kwValues.length != 0 || !(f instanceof PyBuiltinFunction bf) || bf.getInliner() == null || bf.isMethod()
                            || !MethodCalls.positionalFit(bf, args.length)) {
                return;
            }
            int npos = bf.getSignature().positional.length;
            ExprNode[] children = new ExprNode[npos];
            for (int i = 0; i < npos; i++) {
                children[i] = i < args.length ? new MethodCalls.ArgumentOf(args[i]) : new Expressions.Constant(PyNone.NO_VALUE);
            }
            inlined = insert((ExprNode) bf.getInliner().apply(children));
            inlinedTarget = bf;
        }

        /**
         * Runs the builtin's node in this tree; this node is the encapsulating node meanwhile (the line of an
         * error it raises, as when the builtin had its own frame).
         */
        private Object runInlined(VirtualFrame frame) {
            return MethodCalls.runEncapsulated(this, inlined, frame);
        }

        @ExplodeLoop
        private Object[] evaluateStarArgs(VirtualFrame frame, Object f) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].execute(frame);
            }
            Object[] fast = flattenSequences(values);
            return fast != null ? fast : flatten(f, args, values);
        }

        /**
         * The positional arguments when every {@code *x} is an exact tuple or a list of objects, copied in compiled
         * code ({@code f(*args)} in a wrapper, {@code f(*pre, x)}); null for anything else ({@link #flatten} then).
         */
        @ExplodeLoop
        private Object[] flattenSequences(Object[] values) {
            int n = 0;
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Expressions.Starred) {
                    Object v = values[i];
                    if (v instanceof PyTuple t && t.getPythonClass() == tupleClass()) {
                        n += t.size();
                    } else if (v instanceof org.auditpy.runtime.PyList l && l.getPythonClass() == listClass() && l.longsOrNull() == null && l.floatsOrNull() == null) {
                        n += l.size();
                    } else {
                        return null;
                    }
                } else {
                    n++;
                }
            }
            Object[] out = new Object[n];
            int k = 0;
            for (int i = 0; i < args.length; i++) {
                Object v = values[i];
                if (args[i] instanceof Expressions.Starred) {
                    Object[] items;
                    int size;
                    if (v instanceof PyTuple t && t.longsOrNull() != null) {
                        // a tuple made unboxed (a constant of ints): each int boxed here, not the whole tuple behind a boundary
                        k = boxInto(t.longsOrNull(), out, k);
                        continue;
                    } else if (v instanceof PyTuple t) {
                        items = t.items();
                        size = items.length;
                    } else {
                        org.auditpy.runtime.PyList l = (org.auditpy.runtime.PyList) v;
                        items = l.rawItems();
                        size = l.size();
                    }
                    System.arraycopy(items, 0, out, k, size);
                    k += size;
                } else {
                    out[k++] = v;
                }
            }
            return out;
        }

        /** Copies {@code longs} boxed into {@code out} from {@code k}; the index after them (a loop not exploded). */
        private static int boxInto(long[] longs, Object[] out, int k) {
            for (int j = 0; j < longs.length; j++) {
                out[k + j] = longs[j];
            }
            return k + longs.length;
        }

        private static org.auditpy.runtime.PyType tupleClass() {
            return org.auditpy.runtime.PythonContext.get(null).types().tuple;
        }

        private static org.auditpy.runtime.PyType listClass() {
            return org.auditpy.runtime.PythonContext.get(null).types().list;
        }

        @TruffleBoundary
        private static Object[] flatten(Object f, ExprNode[] args, Object[] values) {
            ArrayList<Object> out = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Expressions.Starred) {
                    if (org.auditpy.runtime.Sequences.getIterOrNull(values[i]) == null) {
                        throw PyErrors.typeError(funcName(f) + " argument after * must be an iterable, not " + PyOps.typeName(values[i]));
                    }
                    for (Object o : PyOps.toArray(values[i])) {
                        out.add(o);
                    }
                } else {
                    out.add(values[i]);
                }
            }
            return out.toArray();
        }

        @TruffleBoundary
        private static Object[][] pack(Object f, Object[] pos, String[] names, Object[] values) {
            if (names.length == 1 && values[0] instanceof PyDict d && keepsDictIter(d)) {
                // f(*args, **d) of one dict: its own items, as _PyDict_MergeEx takes them from a dict whose class keeps
                // dict's __iter__ (overridden keys() or __getitem__ are not called); its keys are unique, so only their
                // type is checked
                Object[] keys = d.keysArray();
                Object[] vals = d.valuesArray();
                String[] kn = new String[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    if (!(keys[i] instanceof String ks)) {
                        throw PyErrors.typeError("keywords must be strings");
                    }
                    kn[i] = ks;
                }
                Object[] all = new Object[pos.length + vals.length];
                System.arraycopy(pos, 0, all, 0, pos.length);
                System.arraycopy(vals, 0, all, pos.length, vals.length);
                return new Object[][]{all, kn};
            }
            ArrayList<String> kn = new ArrayList<>();
            ArrayList<Object> kv = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                if (names[i] != null) {
                    if (kn.contains(names[i])) {
                        throw PyErrors.typeError(funcName(f) + " got multiple values for keyword argument '" + names[i] + "'");
                    }
                    kn.add(names[i]);
                    kv.add(values[i]);
                } else {
                    Object m = values[i];
                    Object[] keys;
                    if (m instanceof PyDict d) {
                        keys = d.keysArray();
                    } else {
                        Object km = PyOps.getAttributeOrNull(m, "keys");
                        if (km == null) {
                            throw PyErrors.typeError(funcName(f) + " argument after ** must be a mapping, not " + PyOps.typeName(m));
                        }
                        keys = PyOps.toArray(PyOps.callPositional(km));
                    }
                    for (Object k : keys) {
                        if (!(k instanceof String ks)) {
                            throw PyErrors.typeError("keywords must be strings");
                        }
                        if (kn.contains(ks)) {
                            throw PyErrors.typeError(funcName(f) + " got multiple values for keyword argument '" + ks + "'");
                        }
                        kn.add(ks);
                        kv.add(PyOps.getItem(m, k));
                    }
                }
            }
            Object[] all = new Object[pos.length + kv.size()];
            System.arraycopy(pos, 0, all, 0, pos.length);
            for (int i = 0; i < kv.size(); i++) {
                all[pos.length + i] = kv.get(i);
            }
            return new Object[][]{all, kn.toArray(new String[0])};
        }

        /** Whether {@code d} is a dict or of a subclass that keeps dict's {@code __iter__} (dict_merge's fast path). */
        private static boolean keepsDictIter(PyDict d) {
            org.auditpy.runtime.PyType t = d.getPythonClass();
            return !t.isHeapType() || t.keepsAttributeOf(org.auditpy.runtime.PythonContext.get(null).types().dict, "__iter__");
        }

        /** As CPython's _PyObject_FunctionStr: {@code module.qualname()} for functions outside builtins. */
        private static String funcName(Object f) {
            if (f instanceof PyFunction fn) {
                Object mod = fn.getModule() != null ? fn.getModule() : fn.getGlobals().getStr("__name__");
                if (mod instanceof String m && !m.equals("builtins")) {
                    return m + "." + fn.getQualname() + "()";
                }
                return fn.getQualname() + "()";
            } else if (f instanceof PyBuiltinFunction bf) {
                return bf.getQualname() + "()";
            } else if (f instanceof PyMethod m) {
                return funcName(m.getFunction());
            } else if (f instanceof org.auditpy.runtime.PyType t) {
                // _PyObject_FunctionStr (Objects/call.c): a class is "qualname()" or "module.qualname()"
                Object mod = t.getDict().getStr("__module__");
                return (mod instanceof String m && !m.equals("builtins") ? m + "." : "") + t.getQualname() + "()";
            }
            return PyOps.typeName(f) + " object";
        }
    }
}
