package org.auditpy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The generic object protocol (CPython's Objects/abstract.c and Objects/object.c): type of a value, truth,
 * repr/str, hashing, comparison, attribute access with descriptors, calls, iteration, item access and the
 * binary operators with reflected methods.
 *
 * <p>These are uncached slow paths for Java code (builtins, runtime helpers) and for node fallbacks; hot
 * nodes specialize the common cases before reaching them. All methods may run Python code and raise
 * {@link PyException}.
 */
public final class PyOps {
    private PyOps() {
    }

    private static BuiltinTypes types() {
        return PythonContext.get().types();
    }

    // ----------------------------------------------------------------------------------------------- types

    /** {@code type(obj)}. */
    public static PyType typeOf(Object obj) {
        if (obj instanceof PythonObject po) {
            PyType t = po.getPythonClass();
            if (t != null) {
                return t;
            }
            return typeOfSingleton(obj);
        }
        return typeOfJava(obj);
    }

    @TruffleBoundary
    private static PyType typeOfSingleton(Object obj) {
        BuiltinTypes t = types();
        if (obj == PyNone.NONE) {
            return t.noneType;
        } else if (obj == PyNone.NOT_IMPLEMENTED) {
            return t.notImplementedType;
        } else if (obj == PyNone.ELLIPSIS) {
            return t.ellipsisType;
        }
        return t.object;
    }

    @TruffleBoundary
    private static PyType typeOfJava(Object obj) {
        BuiltinTypes t = types();
        if (obj instanceof Long || obj instanceof BigInteger) {
            return t.intType;
        } else if (obj instanceof Boolean) {
            return t.bool;
        } else if (obj instanceof Double) {
            return t.floatType;
        } else if (obj instanceof String) {
            return t.str;
        }
        throw PyErrors.systemError("unexpected Java value " + obj.getClass().getName());
    }

    /** The name of {@code type(obj)}. */
    @TruffleBoundary
    public static String typeName(Object obj) {
        PyType t = typeOf(obj);
        if (!t.isHeapType() && t.getDict().getStr("__module__") instanceof String m && !m.equals("builtins")) {
            // a static type of a library module: CPython's tp_name carries the module ('_io.TextIOWrapper', 'itertools.chain')
            return m + "." + t.getName();
        }
        return t.getTpName();
    }

    /** {@code isinstance(obj, cls)} by MRO, without {@code __instancecheck__}. */
    public static boolean isInstance(Object obj, PyType cls) {
        return typeOf(obj).isSubtypeOf(cls);
    }

    /**
     * An instance of a class made by a class statement or {@code type()} (a heap type), whose special methods may be
     * Python functions, as opposed to an object of a builtin type (or None, which has no class field).
     */
    public static boolean isInstanceOfClass(Object o) {
        return o instanceof PythonObject po && po.getPythonClass() != null && po.getPythonClass().isHeapType();
    }

    /** True for Python ints (incl. bool). */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    // ----------------------------------------------------------------------------------------------- truth

    /** {@code bool(obj)} (PyObject_IsTrue). */
    @TruffleBoundary
    public static boolean isTrue(Object obj) {
        if (obj instanceof Boolean b) {
            return b;
        } else if (obj instanceof Long l) {
            return l != 0;
        } else if (obj == PyNone.NONE) {
            return false;
        } else if (obj instanceof String s) {
            return !s.isEmpty();
        } else if (obj instanceof Double d) {
            return d != 0.0;
        } else if (obj instanceof BigInteger) {
            return true; // normalized: never zero
        } else if (obj instanceof PyList l && !l.getPythonClass().isHeapType()) {
            return l.size() != 0;
        } else if (obj instanceof PyTuple tu && !tu.getPythonClass().isHeapType()) {
            return tu.size() != 0;
        } else if (obj instanceof PyDict d && !d.getPythonClass().isHeapType()) {
            return d.size() != 0;
        } else if (obj instanceof PySet s && !s.getPythonClass().isHeapType()) {
            return s.size() != 0;
        }
        PyType t = typeOf(obj);
        Object boolMeth = t.lookup("__bool__");
        if (boolMeth != null) {
            Object r = callDescriptor(boolMeth, obj);
            if (r instanceof Boolean b) {
                return b;
            }
            throw PyErrors.typeError("__bool__ should return bool, returned " + typeName(r));
        }
        Object lenMeth = t.lookup("__len__");
        if (lenMeth != null) {
            return lenResult(callDescriptor(lenMeth, obj)) != 0;
        }
        return true;
    }

    // ----------------------------------------------------------------------------------------------- calls

    /** Calls {@code callable(*args[:n-k], **dict(zip(kwNames, args[n-k:])))} (PyObject_Vectorcall). */
    @TruffleBoundary
    public static Object call(Object callable, Object[] args, String[] kwNames) {
        return CallDispatch.callUncached(callable, args, kwNames);
    }

    /** Calls with positional arguments only. */
    @TruffleBoundary
    public static Object callPositional(Object callable, Object... args) {
        return CallDispatch.callUncached(callable, args, ArgumentBinder.NO_KEYWORDS);
    }

    /** Calls a descriptor found on a type as a method of {@code self} (unbound call with self first). */
    @TruffleBoundary
    public static Object callDescriptor(Object descr, Object self, Object... args) {
        Object[] full = new Object[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction bf && !bf.isStatic()) {
            return CallDispatch.callUncached(descr, full, ArgumentBinder.NO_KEYWORDS);
        }
        Object bound = descrGet(descr, self, typeOf(self));
        return CallDispatch.callUncached(bound, args, ArgumentBinder.NO_KEYWORDS);
    }

    /** Looks up a special method on the type (not the instance) and calls it; null if the type lacks it. */
    @TruffleBoundary
    public static Object callSpecial(Object obj, String name, Object... args) {
        Object m = typeOf(obj).lookup(name);
        if (m == null) {
            return null;
        }
        return callDescriptor(m, obj, args);
    }

    /** {@code obj.name(*args)}. */
    @TruffleBoundary
    public static Object callMethod(Object obj, String name, Object... args) {
        return callPositional(getAttribute(obj, name), args);
    }

    // ----------------------------------------------------------------------------------------------- attributes

    /** Applies a descriptor's {@code __get__} ({@code obj} null for class access). */
    @TruffleBoundary
    public static Object descrGet(Object descr, Object obj, PyType owner) {
        if (descr instanceof PyFunction) {
            return obj == null ? descr : new PyMethod(types().method, descr, obj);
        } else if (descr instanceof PyBuiltinFunction bf) {
            return obj == null || !bf.isMethod() || bf.isStatic() ? descr : new PyMethod(types().builtinMethod, descr, obj);
        } else if (descr instanceof Descriptors.GetSet gs) {
            return obj == null ? descr : gs.get(obj);
        } else if (descr instanceof Descriptors.Wrapper w && !w.getPythonClass().isHeapType()) {
            // (a subclass of property, staticmethod or classmethod may override __get__: looked up below)
            return w.get(obj, owner);
        } else if (descr instanceof String || descr instanceof Long || descr instanceof Double || descr instanceof Boolean ||
                        descr instanceof PyNone || descr instanceof PyTuple || descr instanceof PyList || descr instanceof PyDict) {
            return descr;
        }
        Object get = typeOf(descr).lookup("__get__");
        if (get == null) {
            return descr;
        }
        return callDescriptor(get, descr, obj == null ? PyNone.NONE : obj, owner);
    }

    /** True if {@code descr}'s type defines {@code __set__} or {@code __delete__}. */
    @TruffleBoundary
    public static boolean isDataDescriptor(Object descr) {
        if (descr instanceof Descriptors.GetSet || descr instanceof Descriptors.Property) {
            return true;
        }
        if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction || descr instanceof String || descr instanceof Long) {
            return false;
        }
        PyType t = typeOf(descr);
        return t.lookup("__set__") != null || t.lookup("__delete__") != null;
    }

    /**
     * {@code getattr(obj, name)} (PyObject_GetAttr), including {@code __getattribute__} and {@code __getattr__}.
     * An AttributeError leaving it carries {@code name} and {@code obj} unless it already had one of them, as
     * CPython 3.11's set_attribute_error_context (Objects/object.c) gives it.
     */
    @TruffleBoundary
    public static Object getAttribute(Object obj, String name) {
        Object r;
        try {
            r = lookupAttribute(obj, name, true);
        } catch (PyException e) {
            throw PyErrors.addAttributeErrorContext(e, obj, name);
        }
        if (r == null) {
            throw PyErrors.attributeNotFound(obj, name);
        }
        return r;
    }

    /** As {@link #getAttribute} but returns null where AttributeError would be raised. */
    @TruffleBoundary
    public static Object getAttributeOrNull(Object obj, String name) {
        return lookupAttribute(obj, name, false);
    }

    /**
     * The attribute protocol (slot_tp_getattr_hook): {@code __getattribute__}, then {@code __getattr__} on
     * AttributeError. {@code strict}: an AttributeError raised by {@code __getattr__} (or by a
     * {@code __getattribute__} when there is no {@code __getattr__}) propagates with its own message;
     * otherwise any AttributeError becomes null.
     */
    private static Object lookupAttribute(Object obj, String name, boolean strict) {
        PyType t = typeOf(obj);
        Object getattribute = t.lookup("__getattribute__");
        Object getattr = t.lookup("__getattr__");
        // Python-level overrides, and builtin ones other than object's generic one (e.g. super.__getattribute__)
        if (getattribute != null && (!(getattribute instanceof PyBuiltinFunction gbf) || !"object.__getattribute__".equals(gbf.getQualname()))) {
            try {
                return callDescriptor(getattribute, obj, name);
            } catch (PyException e) {
                if (getattr != null && isAttributeError(e)) {
                    return callGetattr(getattr, obj, name, strict);
                }
                if (isAttributeError(e) && !strict) {
                    return null;
                }
                throw e;
            }
        }
        Object r;
        try {
            if (obj instanceof PyType type) {
                r = typeGetAttribute(type, name);
            } else {
                r = genericGetAttribute(obj, name);
            }
        } catch (PyException e) {
            // slot_tp_getattr_hook: an AttributeError from __getattribute__ (a property's getter, say) goes to __getattr__
            if (getattr != null && isAttributeError(e)) {
                return callGetattr(getattr, obj, name, strict);
            }
            throw e;
        }
        if (r == null && getattr != null) {
            return callGetattr(getattr, obj, name, strict);
        }
        if (r == null && obj instanceof PyModule m) {
            // PEP 562: a module's own __getattr__ answers names its dict lacks (Objects/moduleobject.c, module_getattro)
            Object moduleGetattr = m.getDict().getStr("__getattr__");
            if (moduleGetattr != null) {
                try {
                    return callPositional(moduleGetattr, name);
                } catch (PyException e) {
                    if (!strict && isAttributeError(e)) {
                        return null;
                    }
                    throw e;
                }
            }
        }
        return r;
    }

    private static Object callGetattr(Object getattr, Object obj, String name, boolean strict) {
        try {
            return callDescriptor(getattr, obj, name);
        } catch (PyException e) {
            if (!strict && isAttributeError(e)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code object.__getattribute__} (PyObject_GenericGetAttr); null when absent. */
    @TruffleBoundary
    public static Object genericGetAttribute(Object obj, String name) {
        PyType t = typeOf(obj);
        Object descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            return descrGet(descr, obj, t);
        }
        if (obj instanceof PyModule m) {
            Object v = m.getDict().getStr(name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof PythonObject po && !(obj instanceof PyNone)) {
            Object v = po.getAttributeOrNull(name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return descrGet(descr, obj, t);
        }
        return null;
    }

    /** {@code type.__getattribute__}: metatype data descriptors, then the MRO of the type, then the metatype. */
    @TruffleBoundary
    public static Object typeGetAttribute(PyType type, String name) {
        PyType meta = typeOf(type);
        Object metaDescr = meta.lookup(name);
        if (metaDescr != null && isDataDescriptor(metaDescr)) {
            return descrGet(metaDescr, type, meta);
        }
        Object v = type.lookup(name);
        if (v != null) {
            return descrGet(v, null, type);
        }
        if (metaDescr != null) {
            return descrGet(metaDescr, type, meta);
        }
        return null;
    }

    /** True if {@code e} is an AttributeError (or subclass). */
    public static boolean isAttributeError(PyException e) {
        return e.getPyException().getPythonClass().isSubtypeOf(types().exception("AttributeError"));
    }

    /** True if {@code e} is an instance of the builtin exception {@code name} (or a subclass). */
    @TruffleBoundary
    public static boolean isException(PyException e, String name) {
        return e.getPyException().getPythonClass().isSubtypeOf(types().exception(name));
    }

    /**
     * Whether {@code f}, a type's {@code __setattr__} or {@code __delattr__}, is object's or type's own (the generic
     * protocol below runs it), not one of a Python class or of another builtin type (a weakref proxy's forwards).
     */
    public static boolean isGenericSlot(Object f) {
        return f instanceof PyBuiltinFunction bf && (bf.getQualname().startsWith("object.") || bf.getQualname().startsWith("type."));
    }

    /** {@code setattr(obj, name, value)} (PyObject_SetAttr). */
    @TruffleBoundary
    public static void setAttribute(Object obj, String name, Object value) {
        PyType t = typeOf(obj);
        Object setattr = t.lookup("__setattr__");
        if (setattr != null && !isGenericSlot(setattr)) {
            callDescriptor(setattr, obj, name, value);
            return;
        }
        if (obj instanceof PyType type) {
            TypeAttributes.setTypeAttribute(type, name, value);
            return;
        }
        genericSetAttribute(obj, name, value);
    }

    /** {@code object.__setattr__} (PyObject_GenericSetAttr). */
    @TruffleBoundary
    public static void genericSetAttribute(Object obj, String name, Object value) {
        PyType t = typeOf(obj);
        Object descr = t.lookup(name);
        if (descr != null) {
            if (descr instanceof Descriptors.GetSet gs) {
                gs.set(obj, value);
                return;
            }
            if (descr instanceof Descriptors.Property p && !p.getPythonClass().isHeapType()) {
                if (p.fset == PyNone.NONE) {
                    throw PyErrors.attributeError("property '" + name + "' of '" + t.getName() + "' object has no setter");
                }
                callPositional(p.fset, obj, value);
                return;
            }
            if (!(descr instanceof PyFunction) && !(descr instanceof PyBuiltinFunction)) {
                Object set = typeOf(descr).lookup("__set__");
                if (set != null) {
                    callDescriptor(set, descr, obj, value);
                    return;
                }
            }
        }
        if (obj instanceof PyModule m) {
            m.getDict().setStr(name, value);
            return;
        }
        if (obj instanceof PythonObject po && (t.instancesHaveDict() || obj instanceof PyFunction)) {
            po.setAttribute(name, value);
            return;
        }
        if (descr != null) {
            throw PyErrors.attributeError("'" + t.getName() + "' object attribute '" + name + "' is read-only");
        }
        throw PyErrors.attributeError("'" + t.getName() + "' object has no attribute '" + name + "'");
    }

    /** {@code delattr(obj, name)}. */
    @TruffleBoundary
    public static void deleteAttribute(Object obj, String name) {
        PyType t = typeOf(obj);
        Object delattr = t.lookup("__delattr__");
        if (delattr != null && !isGenericSlot(delattr)) {
            callDescriptor(delattr, obj, name);
            return;
        }
        genericDeleteAttribute(obj, name);
    }

    /** {@code object.__delattr__}. */
    @TruffleBoundary
    public static void genericDeleteAttribute(Object obj, String name) {
        PyType t = typeOf(obj);
        if (obj instanceof PyType type) {
            TypeAttributes.deleteTypeAttribute(type, name);
            return;
        }
        Object descr = t.lookup(name);
        if (descr instanceof Descriptors.GetSet gs) {
            gs.delete(obj);
            return;
        }
        if (descr instanceof Descriptors.Property p && !p.getPythonClass().isHeapType()) {
            if (p.fdel == PyNone.NONE) {
                throw PyErrors.attributeError("property '" + name + "' of '" + t.getName() + "' object has no deleter");
            }
            callPositional(p.fdel, obj);
            return;
        }
        if (descr != null && !(descr instanceof PyFunction) && !(descr instanceof PyBuiltinFunction)) {
            Object del = typeOf(descr).lookup("__delete__");
            if (del != null) {
                callDescriptor(del, descr, obj);
                return;
            }
        }
        if (obj instanceof PyModule m) {
            if (m.getDict().removeItem(name) == null) {
                throw PyErrors.noAttribute(obj, name);
            }
            return;
        }
        if (obj instanceof PythonObject po && po.deleteAttribute(name)) {
            return;
        }
        throw PyErrors.noAttribute(obj, name);
    }

    // ----------------------------------------------------------------------------------------------- repr / str

    /** The decimal strings of 0..1023, made on first use ({@link #longStr}). */
    private static final String[] SMALL_INT_STRINGS = new String[1024];

    /**
     * {@code str(n)} of an int in the long range. Small non-negative ones share their string (as CPython shares
     * one-character strings; str identity is not part of the language): f-strings and str() of counts, lengths
     * and indexes then allocate nothing.
     */
    public static String longStr(long n) {
        if (n >= 0 && n < SMALL_INT_STRINGS.length) {
            String s = SMALL_INT_STRINGS[(int) n];
            if (s == null) {
                s = Long.toString(n);
                SMALL_INT_STRINGS[(int) n] = s;
            }
            return s;
        }
        return Long.toString(n);
    }

    /**
     * {@link #longStr} for compiled code: a small int's shared string is read there, any other made behind a
     * boundary.
     */
    public static String longStrCompiled(long n) {
        if (n >= 0 && n < SMALL_INT_STRINGS.length) {
            String s = SMALL_INT_STRINGS[(int) n];
            if (s != null) {
                return s;
            }
        }
        return longStrBoundary(n);
    }

    @TruffleBoundary
    private static String longStrBoundary(long n) {
        return longStr(n);
    }

    /**
     * The type's repr slot as {@code object.__str__} calls it (Objects/typeobject.c {@code object_str}): the result of
     * {@code __repr__} unchecked, so that {@code str()} reports a non-str as "__str__ returned non-string".
     */
    @TruffleBoundary
    public static Object reprSlot(Object obj) {
        if (isReprScalar(obj)) {
            return repr(obj);
        }
        Object r = Recursion.counted(Recursion.REPR, () -> callSpecial(obj, "__repr__"));
        return r == null ? Formatting.defaultRepr(obj) : r;
    }

    /**
     * {@code repr(obj)} (PyObject_Repr). Counts towards the recursion limit as CPython's
     * ({@code Py_EnterRecursiveCall(" while getting the repr of an object")}): RecursionError for objects nested
     * too deep, or for any object at the limit.
     */
    @TruffleBoundary
    public static String repr(Object obj) {
        if (isReprScalar(obj)) {
            Recursion.check(PythonContext.get(), Recursion.REPR);
            return reprScalar(obj);
        }
        Object r = Recursion.counted(Recursion.REPR, () -> callSpecial(obj, "__repr__"));
        if (r == null) {
            return Formatting.defaultRepr(obj);
        }
        if (!(r instanceof String s)) {
            throw PyErrors.typeError("__repr__ returned non-string (type " + typeName(r) + ")");
        }
        return s;
    }

    /**
     * The decimal digits of a big int (with its sign), within {@code sys.get_int_max_str_digits()}: ValueError
     * "Exceeds the limit (N digits) for integer string conversion" beyond it, as CPython 3.11's
     * long_to_decimal_string (a quick bound on the bit length first, so a huge int is refused without converting it).
     */
    @TruffleBoundary
    public static String bigDecimal(BigInteger b) {
        int limit = PythonContext.get().getIntMaxStrDigits();
        if (limit > 0) {
            // an int of L bits has at least floor((L - 1) * log10(2)) + 1 decimal digits
            if ((long) ((b.bitLength() - 1) * 0.30102999566398114) + 1 > limit) {
                throw intMaxStrDigitsError(limit);
            }
            String s = b.toString();
            if (s.length() - (b.signum() < 0 ? 1 : 0) > limit) {
                throw intMaxStrDigitsError(limit);
            }
            return s;
        }
        return b.toString();
    }

    private static PyException intMaxStrDigitsError(int limit) {
        return PyErrors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    private static boolean isReprScalar(Object obj) {
        return obj instanceof String || obj instanceof Long || obj instanceof BigInteger || obj instanceof Boolean ||
                        obj instanceof Double || obj instanceof PyNone;
    }

    private static String reprScalar(Object obj) {
        if (obj instanceof String s) {
            return Formatting.reprString(s);
        } else if (obj instanceof Long l) {
            return longStr(l);
        } else if (obj instanceof BigInteger b) {
            return bigDecimal(b);
        } else if (obj instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (obj instanceof Double d) {
            return Formatting.reprDouble(d);
        }
        return ((PyNone) obj).getName();
    }

    /**
     * {@code str(obj)} (PyObject_Str); {@code __str__} counts towards the recursion limit as in {@link #repr}
     * ({@code " while getting the str of an object"}).
     */
    @TruffleBoundary
    public static String str(Object obj) {
        if (obj instanceof String s) {
            return s;
        } else if (isReprScalar(obj)) {
            Recursion.check(PythonContext.get(), Recursion.STR);
            return reprScalar(obj);
        }
        Object r = Recursion.counted(Recursion.STR, () -> callSpecial(obj, "__str__"));
        if (r == null) {
            return repr(obj);
        }
        if (!(r instanceof String s)) {
            throw PyErrors.typeError("__str__ returned non-string (type " + typeName(r) + ")");
        }
        return s;
    }

    /** A repr for the polyglot API's display string; never raises. */
    @TruffleBoundary
    public static String reprForHost(Object obj) {
        try {
            return repr(obj);
        } catch (RuntimeException e) {
            return Formatting.defaultRepr(obj);
        }
    }

    // ----------------------------------------------------------------------------------------------- hashing / equality

    /** {@code hash(obj)} (PyObject_Hash), CPython-compatible for ints, floats and bools. */
    @TruffleBoundary
    public static long hash(Object obj) {
        if (obj instanceof String s) {
            return hashString(s);
        } else if (obj instanceof Long l) {
            return Hashing.hashLong(l);
        } else if (obj instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (obj instanceof Double d) {
            return Hashing.hashDouble(d);
        } else if (obj instanceof BigInteger bi) {
            return Hashing.hashBig(bi);
        } else if (obj instanceof PyTuple t) {
            return Hashing.hashTuple(t);
        } else if (obj instanceof PySet s && s.getPythonClass() == types().frozenset) {
            return s.frozenHash();
        } else if (hashesByIdentity(obj)) {
            // object.__hash__ (instances, classes, functions...): no lookups along the MRO
            return identityHash(obj);
        }
        PyType type = typeOf(obj);
        Object h = type.lookup("__hash__");
        if (h == PyNone.NONE || h == null) {
            throw PyErrors.typeError("unhashable type: '" + type.getTpName() + "'");
        }
        if (h instanceof PyBuiltinFunction bf && bf.getName().equals("__hash__") && type.lookup("__eq__") instanceof PyBuiltinFunction) {
            if (obj instanceof PyDict || obj instanceof PySet s && !s.isFrozen() || obj instanceof PyList) {
                throw PyErrors.typeError("unhashable type: '" + type.getTpName() + "'");
            }
        }
        if (obj instanceof PythonObject && h == types().object.lookup("__hash__")) {
            // object.__hash__ (a class that keeps the default): the identity hash, without the builtin's call
            return identityHash(obj);
        }
        Object r = callDescriptor(h, obj);
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        } else if (r instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (r instanceof BigInteger bi) {
            return Hashing.hashBig(bi);
        }
        throw PyErrors.typeError("__hash__ method should return an integer");
    }

    /**
     * Whether {@code hash(obj)} is {@link #identityHash} ({@link PyType#hashesByIdentity}): field reads once the
     * class is known, so compiled dict and set probes can take the key by identity.
     */
    public static boolean hashesByIdentity(Object obj) {
        return obj instanceof PythonObject po && po.getPythonClass() instanceof PyType t && t.hashesByIdentity();
    }

    /**
     * {@code object.__hash__(obj)} of an object with an identity: its id rotated right by 4 bits, as CPython's
     * {@code _Py_HashPointer} rotates the address (ids are 16 apart, so the low bits vary).
     */
    public static long identityHash(Object obj) {
        return rotateId(Identity.id(obj));
    }

    /** {@link #identityHash} of an object that may get its id here, in compiled code ({@link Identity#idOfObject}). */
    public static long identityHashOfObject(PythonObject obj) {
        return rotateId(Identity.idOfObject(obj));
    }

    private static long rotateId(long id) {
        return (id >>> 4) | (id << 60);
    }

    /** Hash of a {@code str} (stable within a run; CPython randomizes it per process). */
    public static long hashString(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    /**
     * {@code a is b}: the same object, where ints that fit in a long and floats are the same object when their values
     * are (bit for bit for floats): a list's int and float storages give a new box at each read, so {@code l[0] is l[0]}
     * is true only so (as in PyPy). Small ints and one-character strs are identical by value, as CPython's caches
     * make them. Containment, {@code count}, {@code index}, sequence and dict comparisons check this before {@code ==},
     * as CPython's {@code PyObject_RichCompareBool} checks identity (so a NaN is found in a list of it).
     */
    public static boolean identical(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.length() <= 1 && x.equals(y);
        }
        return false;
    }

    /** Key equality for dicts and sets: identity, then {@code ==}. */
    @TruffleBoundary
    public static boolean eqForKey(Object a, Object b) {
        if (identical(a, b)) {
            return true;
        }
        if (a instanceof String sa) {
            return b instanceof String sb ? sa.equals(sb) : b instanceof PythonObject && equals(a, b);
        }
        return equals(a, b);
    }

    /** {@code a == b} as a Java boolean. */
    @TruffleBoundary
    public static boolean equals(Object a, Object b) {
        if (a == b && !(a instanceof Double d && d.isNaN())) {
            return true;
        }
        return isTrue(Comparisons.richCompare(a, b, Comparisons.Op.EQ));
    }

    // ----------------------------------------------------------------------------------------------- numbers

    /**
     * A Python int (incl. bool, or an object with {@code __index__}) as a Long or BigInteger, as CPython's
     * PyNumber_Index (Objects/abstract.c): TypeError if {@code o} has no {@code __index__} or it returns a non-int.
     */
    @TruffleBoundary
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        } else if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object r = callSpecial(o, "__index__");
        if (r == null) {
            throw PyErrors.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
        }
        if (!isInt(r)) {
            throw PyErrors.typeError("__index__ returned non-int (type " + typeName(r) + ")");
        }
        return r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r;
    }

    /** Converts a Python int (incl. bool, or an object with {@code __index__}) to a Java long; OverflowError if too big. */
    @TruffleBoundary
    public static long asIndex(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        Object v = index(o);
        if (v instanceof BigInteger) {
            throw PyErrors.raise("OverflowError", "Python int too large to convert to C ssize_t");
        }
        return (Long) v;
    }

    /**
     * An int (or an object with {@code __index__}) as a C int, as CPython's {@code _PyLong_AsInt} after
     * {@code PyNumber_Index}: OverflowError "Python int too large to convert to C int" outside [-2**31, 2**31-1].
     */
    public static int asCInt(Object o) {
        Object v = o instanceof Long ? o : index(o);
        if (v instanceof BigInteger || (Long) v < Integer.MIN_VALUE || (Long) v > Integer.MAX_VALUE) {
            throw PyErrors.raise("OverflowError", "Python int too large to convert to C int");
        }
        return (int) (long) (Long) v;
    }

    /**
     * The count of a sequence repetition ({@code seq * n}), as CPython's {@code PyNumber_AsSsize_t(n,
     * PyExc_OverflowError)} in sequence_repeat: an int beyond Py_ssize_t is OverflowError "cannot fit 'int' into an
     * index-sized integer".
     */
    public static long repeatCount(Object n) {
        Object v = index(n);
        if (v instanceof BigInteger) {
            throw PyErrors.raise("OverflowError", "cannot fit '" + typeName(n) + "' into an index-sized integer");
        }
        return (Long) v;
    }

    /** An index for {@code seq[key]}: TypeError "list indices must be integers or slices, not str" otherwise. */
    @TruffleBoundary
    public static long asIndexForSubscript(Object key, String what) {
        if (key instanceof Long l) {
            return l;
        }
        if (!isInt(key) && typeOf(key).lookup("__index__") == null) {
            String w = what.endsWith(" assignment") ? what.substring(0, what.length() - 11) : what;
            if (w.equals("string")) {
                // str's own message (Objects/unicodeobject.c): str has no slice assignment to mention
                throw PyErrors.typeError("string indices must be integers, not '" + typeName(key) + "'");
            }
            throw PyErrors.typeError(w + " indices must be integers or slices, not " + typeName(key));
        }
        if (key instanceof BigInteger) {
            throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
        }
        if (!isInt(key)) {
            // PyNumber_Index (__index__ once, its result checked), then PyNumber_AsSsize_t(key, PyExc_IndexError):
            // an int too large is IndexError naming the key's type
            Object index = index(key);
            if (index instanceof BigInteger) {
                throw PyErrors.indexError("cannot fit '" + typeName(key) + "' into an index-sized integer");
            }
            return (Long) index;
        }
        return asIndex(key);
    }

    /** Normalizes a BigInteger to Long when it fits. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** A Python int as BigInteger. */
    public static BigInteger toBig(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }

    // ----------------------------------------------------------------------------------------------- sequences / mappings

    /** {@code len(obj)}. */
    @TruffleBoundary
    public static long len(Object obj) {
        if (obj instanceof String s) {
            return StrIndex.length(s);
        } else if (obj instanceof PythonObject po && po.getPythonClass() != null && !po.getPythonClass().isHeapType()) {
            // exact builtin types (a subclass may override __len__); None, Ellipsis and NotImplemented have no class
            // field (typeOf knows them) and go the generic way
            if (obj instanceof PyList l) {
                return l.size();
            } else if (obj instanceof PyTuple t) {
                return t.size();
            } else if (obj instanceof PyDict d) {
                return d.size();
            } else if (obj instanceof PySet s) {
                return s.size();
            }
        }
        Object r = callSpecial(obj, "__len__");
        if (r == null) {
            throw PyErrors.typeError("object of type '" + typeName(obj) + "' has no len()");
        }
        return lenResult(r);
    }

    /**
     * What a Python {@code __len__} returned, as CPython's slot_sq_length checks it (Objects/typeobject.c): an int
     * (or an object with {@code __index__}) in [0, sys.maxsize]; TypeError for another type, OverflowError "cannot fit
     * 'int' into an index-sized integer" beyond, ValueError "__len__() should return >= 0" below.
     */
    @TruffleBoundary
    public static long lenResult(Object r) {
        long n;
        if (r instanceof Long l) {
            n = l;
        } else {
            Object v = index(r);
            if (v instanceof BigInteger) {
                throw PyErrors.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
            }
            n = (Long) v;
        }
        if (n < 0) {
            throw PyErrors.valueError("__len__() should return >= 0");
        }
        return n;
    }

    /** {@code obj[key]}. */
    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        return Sequences.getItem(obj, key);
    }

    /** {@code obj[key] = value}. */
    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        Sequences.setItem(obj, key, value);
    }

    /** {@code del obj[key]}. */
    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        Sequences.delItem(obj, key);
    }

    /** {@code item in container}. */
    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        return Sequences.contains(container, item);
    }

    /** {@code iter(obj)}. */
    @TruffleBoundary
    public static Object getIter(Object obj) {
        return Sequences.getIter(obj);
    }

    /** {@code next(it)} returning null at exhaustion (StopIteration is consumed). */
    @TruffleBoundary
    public static Object next(Object iterator) {
        return Sequences.next(iterator);
    }

    /** Drains an iterable into a Java array ({@code list(obj)}). */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        return Sequences.toArray(iterable);
    }

    // ----------------------------------------------------------------------------------------------- exceptions

    /** Sets the type-specific attributes of a new exception from its args (StopIteration.value, OSError.errno, ...). */
    @TruffleBoundary
    public static void initExceptionAttributes(PyBaseException e) {
        ExceptionSupport.initAttributes(e);
    }

    /** The last line of a traceback: {@code TypeName: message}. */
    @TruffleBoundary
    public static String formatExceptionOnly(PyBaseException e) {
        return ExceptionSupport.formatExceptionOnly(e);
    }

    /** The process exit status for an uncaught SystemExit, as CPython's {@code handle_system_exit}. */
    @TruffleBoundary
    public static int exitCodeOf(PyBaseException e) {
        return ExceptionSupport.exitCodeOf(e);
    }
}
