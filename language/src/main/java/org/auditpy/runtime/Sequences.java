package org.auditpy.runtime;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Item access, membership and iteration for builtin containers, then the special methods (Objects/abstract.c). */
public final class Sequences {
    /** The one-character strs of code points 0-255, shared as CPython shares them (Objects/unicodeobject.c). */
    @CompilationFinal(dimensions = 1) private static final String[] LATIN1 = new String[256];

    static {
        for (int c = 0; c < 256; c++) {
            LATIN1[c] = String.valueOf((char) c);
        }
    }

    /** {@code chr(c)} for a BMP code point {@code c}, shared for 0-255 (no allocation: {@code s[i]}, {@code for ch in s}). */
    public static String charString(char c) {
        return c < 256 ? LATIN1[c] : String.valueOf(c);
    }

    private Sequences() {
    }

    private static BuiltinTypes types() {
        return PythonContext.get().types();
    }

    /** Normalizes a possibly negative index; IndexError with {@code what} ("list", "tuple", "string") otherwise. */
    public static int normalizeIndex(Object key, int size, String what) {
        long i = PyOps.asIndexForSubscript(key, what);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErrors.indexError(what + " index out of range");
        }
        return (int) i;
    }

    /**
     * The element position of Python index {@code i} in a sequence of {@code size} elements, in range or not: a
     * negative index counts from the end ({@code i += len} before the range test of CPython's list_subscript and
     * tuplesubscript). Compiled code tests {@code 0 <= position < size} itself, right before the array access: a
     * helper that returned the position or -1 (as this one did) made Graal merge the two and test the merge, and
     * nbody.py's compiled loop then checked each list's class twice per element access and jumped out of line and
     * back for the position (0.057 s per repetition against 0.052 with the tests in line).
     */
    public static long position(long i, int size) {
        return i < 0 ? i + size : i;
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        if (obj instanceof PythonObject po && po.getPythonClass() != null && po.getPythonClass().isHeapType() && (obj instanceof PyList || obj instanceof PyTuple)) {
            // a subclass may override __getitem__
            Object r = PyOps.callSpecial(obj, "__getitem__", key);
            if (r != null) {
                return r;
            }
        }
        if (obj instanceof PyList l && !(key instanceof PySlice)) {
            return l.get(normalizeIndex(key, l.size(), "list"));
        } else if (obj instanceof PyTuple t && !(key instanceof PySlice)) {
            return t.get(normalizeIndex(key, t.size(), "tuple"));
        } else if (obj instanceof PyDict d && !d.getPythonClass().isHeapType()) {
            Object v = d.getItem(key);
            if (v == null) {
                throw PyErrors.keyError(key);
            }
            return v;
        } else if (obj instanceof String s && !(key instanceof PySlice)) {
            if (StrIndex.isBmp(s)) {
                int i = normalizeIndex(key, s.length(), "string");
                return charString(s.charAt(i));
            }
            int n = StrIndex.length(s);
            int i = normalizeIndex(key, n, "string");
            int off = StrIndex.charOffset(s, i);
            return new String(Character.toChars(s.codePointAt(off)));
        }
        if (key instanceof PySlice sl && (obj instanceof PyList || obj instanceof PyTuple || obj instanceof String || obj instanceof PyBytes)) {
            return SliceOps.getSlice(obj, sl);
        }
        Object r = PyOps.callSpecial(obj, "__getitem__", key);
        if (r != null) {
            return r;
        }
        if (obj instanceof PyType t) {
            Object cgi = PyOps.getAttributeOrNull(t, "__class_getitem__");
            if (cgi != null) {
                return PyOps.callPositional(cgi, key);
            }
            return genericAlias(t, key);
        }
        throw PyErrors.typeError("'" + PyOps.typeName(obj) + "' object is not subscriptable");
    }

    /**
     * {@code cls[key]} of a class without {@code __class_getitem__} of its own: a {@code types.GenericAlias} when it
     * derives from one of the builtin classes CPython gives {@code __class_getitem__} (PEP 585: {@code list[int]},
     * {@code dict[str, int]}, {@code type[C]}), else TypeError "type 'int' is not subscriptable".
     */
    @TruffleBoundary
    static Object genericAlias(PyType t, Object key) {
        PythonContext ctx = PythonContext.get();
        BuiltinTypes ty = ctx.types();
        for (PyType g : new PyType[]{ty.list, ty.dict, ty.tuple, ty.set, ty.frozenset, ty.type, ty.enumerate, ty.exception("BaseExceptionGroup")}) {
            if (g != null && t.isSubtypeOf(g)) {
                Object alias = ImportSystem.internalModule(ctx, "_generic_alias").getStr("GenericAlias");
                return PyOps.callPositional(alias, t, key);
            }
        }
        throw PyErrors.typeError("type '" + t.getName() + "' is not subscriptable");
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        if (obj instanceof PyList l && !(key instanceof PySlice) && !l.getPythonClass().isHeapType()) {
            l.set(normalizeIndex(key, l.size(), "list assignment"), value);
            return;
        } else if (obj instanceof PyDict d && !d.getPythonClass().isHeapType()) {
            d.setItem(key, value);
            return;
        }
        if (key instanceof PySlice sl && obj instanceof PyList l && !l.getPythonClass().isHeapType()) {
            SliceOps.setSlice(l, sl, value);
            return;
        }
        Object r = PyOps.callSpecial(obj, "__setitem__", key, value);
        if (r == null) {
            throw PyErrors.typeError("'" + PyOps.typeName(obj) + "' object does not support item assignment");
        }
    }

    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        if (obj instanceof PyList l && !l.getPythonClass().isHeapType()) {
            if (key instanceof PySlice sl) {
                SliceOps.delSlice(l, sl);
            } else {
                l.removeAt(normalizeIndex(key, l.size(), "list assignment"));
            }
            return;
        } else if (obj instanceof PyDict d && !d.getPythonClass().isHeapType()) {
            if (d.removeItem(key) == null) {
                throw PyErrors.keyError(key);
            }
            return;
        }
        Object r = PyOps.callSpecial(obj, "__delitem__", key);
        if (r == null) {
            throw PyErrors.typeError("'" + PyOps.typeName(obj) + "' object doesn't support item deletion");
        }
    }

    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw PyErrors.typeError("'in <string>' requires string as left operand, not " + PyOps.typeName(item));
            }
            return s.contains(sub);
        } else if (container instanceof PyDict d && !d.getPythonClass().isHeapType()) {
            return d.containsKey(item);
        } else if (container instanceof PySet s && !s.getPythonClass().isHeapType()) {
            return s.containsOrFrozen(item);
        } else if (container instanceof PyList l && !l.getPythonClass().isHeapType()) {
            for (int i = 0; i < l.size(); i++) {
                Object o = l.get(i);
                if (PyOps.identical(o, item) || PyOps.equals(o, item)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PyTuple t) {
            for (Object o : t.items()) {
                if (PyOps.identical(o, item) || PyOps.equals(o, item)) {
                    return true;
                }
            }
            return false;
        }
        Object m = PyOps.typeOf(container).lookup("__contains__");
        if (m != null) {
            return PyOps.isTrue(PyOps.callDescriptor(m, container, item));
        }
        Object it = getIterOrNull(container);
        if (it == null) {
            throw PyErrors.typeError("argument of type '" + PyOps.typeName(container) + "' is not iterable");
        }
        Object o;
        while ((o = next(it)) != null) {
            if (PyOps.identical(o, item) || PyOps.equals(o, item)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public static Object getIter(Object obj) {
        Object it = getIterOrNull(obj);
        if (it == null) {
            throw PyErrors.typeError("'" + PyOps.typeName(obj) + "' object is not iterable");
        }
        return it;
    }

    @TruffleBoundary
    public static Object getIterOrNull(Object obj) {
        if (obj instanceof PyIterator pi && !pi.getPythonClass().isHeapType()) {
            // an iterator of a builtin class (a generator, itertools' repeat, map, ...) is its own iterator, without
            // the lookup and bound call of its __iter__ (list(itertools.repeat(x, 3)) spent most of its time there)
            return obj;
        }
        BuiltinTypes t = types();
        if (obj instanceof PyList l && !l.getPythonClass().isHeapType()) {
            return new PyIterator.ListIterator(t.listIterator, l);
        } else if (obj instanceof PyTuple tu && !tu.getPythonClass().isHeapType()) {
            return new PyIterator.ArrayIterator(t.tupleIterator, tu.items(), tu.size());
        } else if (obj instanceof String s) {
            return new PyIterator.StrIterator(t.strIterator, s);
        } else if (obj instanceof PyDict d && !d.getPythonClass().isHeapType()) {
            return new PyIterator.DictIterator(t.dictKeyIterator, d, PyIterator.DictIterator.Kind.KEYS);
        } else if (obj instanceof PySet s && !s.getPythonClass().isHeapType()) {
            return new PyIterator.SetIterator(t.setIterator, s);
        }
        Object m = PyOps.typeOf(obj).lookup("__iter__");
        if (m != null && m != PyNone.NONE) {
            return checkIterator(PyOps.callDescriptor(m, obj));
        }
        if (PyOps.typeOf(obj).lookup("__getitem__") != null) {
            return new PyIterator.SeqIterator(t.iterator, obj);
        }
        return null;
    }

    /**
     * {@code it}, what an {@code __iter__} returned, when it is an iterator (a builtin one, or of a class with
     * {@code __next__}); else PyObject_GetIter's TypeError "iter() returned non-iterator of type 'X'".
     */
    @TruffleBoundary
    public static Object checkIterator(Object it) {
        if (!(it instanceof PyIterator) && PyOps.typeOf(it).lookup("__next__") == null) {
            throw PyErrors.typeError("iter() returned non-iterator of type '" + PyOps.typeName(it) + "'");
        }
        return it;
    }

    /** The next item or null at the end; StopIteration from {@code __next__} ends the iteration. */
    @TruffleBoundary
    public static Object next(Object it) {
        if (it instanceof PyIterator pi && !pi.getPythonClass().isHeapType()) {
            return pi.next();
        }
        // (an instance of a Python subclass of map, filter, enumerate... may override __next__)
        Object m = PyOps.typeOf(it).lookup("__next__");
        if (m == null) {
            throw PyErrors.typeError("'" + PyOps.typeName(it) + "' object is not an iterator");
        }
        try {
            return PyOps.callDescriptor(m, it);
        } catch (PyException e) {
            if (PyOps.isException(e, "StopIteration")) {
                return null;
            }
            throw e;
        }
    }

    /**
     * A copy of {@code a}, as an {@code Object[]}. Rather than {@code a.clone()}: HotSpot's C1, which compiles the
     * interpreter and the code behind boundaries here, calls into the VM for the clone of an object array (it
     * intrinsifies only primitive arrays' clone), 80-150 ns a copy; Arrays.copyOf is an allocation and an arraycopy.
     */
    public static Object[] copyOf(Object[] a) {
        return java.util.Arrays.copyOf(a, a.length, Object[].class);
    }

    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyList l && !l.getPythonClass().isHeapType()) {
            return l.toArray();
        } else if (iterable instanceof PyTuple t && !t.getPythonClass().isHeapType()) {
            return copyOf(t.items());
        } else if (iterable instanceof String str) {
            return codePoints(str);
        } else if (iterable instanceof PyDictView v) {
            // list(d.items()), tuple(d.keys()), sorted(d.items()): the entries read at once, not an iterator's steps
            // after a lookup and call of the view's __iter__ (list(d.items()) of 2 entries took 370 ns, CPython 126)
            PyDict d = v.getDict();
            switch (v.getKind()) {
                case KEYS:
                    return d.keysArray();
                case VALUES:
                    return d.valuesArray();
                default:
                    Object[] ks = d.keysArray();
                    Object[] vs = d.valuesArray();
                    Object[] out = new Object[ks.length];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = PyTuple.of(ks[i], vs[i]);
                    }
                    return out;
            }
        }
        Object it = getIter(iterable);
        if (it instanceof PyIterator.RangeIterator r) {
            r.checkCollectable();
        } else if (it instanceof PyIterator.BigRangeIterator big) {
            big.checkCollectable();
        }
        ArrayList<Object> out = new ArrayList<>();
        Object o;
        while ((o = next(it)) != null) {
            out.add(o);
        }
        return out.toArray();
    }

    /**
     * The one-code-point strs of {@code s} in order, as its iterator gives them ({@code PyIterator.StrIterator}: a
     * surrogate pair is one item, a lone surrogate another): {@code list(s)}, {@code tuple(s)}, {@code set(s)}
     * without an iterator step per character (list of 720 chars 6.8 us before, CPython 2.1).
     */
    private static Object[] codePoints(String s) {
        Object[] out = new Object[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out[n++] = s.substring(i, i + 2);
                i++;
            } else {
                out[n++] = charString(c);
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** list/tuple + and * (the builtin sequence operators). */
    @TruffleBoundary
    public static Object builtinSequenceBinary(Object a, Object b, Arithmetic.BinOp op) {
        if (op == Arithmetic.BinOp.ADD) {
            if (a instanceof PyList la && b instanceof PyList lb) {
                return PyList.concat(la, lb);
            }
            if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
                Object[] r = new Object[ta.size() + tb.size()];
                System.arraycopy(ta.items(), 0, r, 0, ta.size());
                System.arraycopy(tb.items(), 0, r, ta.size(), tb.size());
                return PyTuple.of(r);
            }
            return null;
        }
        if (op == Arithmetic.BinOp.MUL && PyOps.isInt(b)) {
            long n = Math.max(0, PyOps.repeatCount(b));
            if (a instanceof PyList l) {
                return l.repeat(repeatedLength(l.size(), n, null));
            }
            Object[] src = ((PyTuple) a).items();
            Object[] r = new Object[repeatedLength(src.length, n, null)];
            for (int i = 0; i < r.length; i += src.length) {
                System.arraycopy(src, 0, r, i, src.length);
            }
            return a instanceof PyList ? PyList.of(r) : PyTuple.of(r);
        }
        return null;
    }

    /**
     * The most items (or chars, or bytes) a sequence auditpy makes may hold: what a Java array holds, with room; a
     * longer result is CPython's MemoryError (its allocation fails too).
     */
    public static final int MAX_LENGTH = Integer.MAX_VALUE - 16;

    /**
     * The length of {@code length} items repeated {@code count >= 0} times, for a Java array or String of it. When
     * the product exceeds Py_ssize_t (2**63 - 1): OverflowError with {@code overflowMessage} (CPython's
     * unicode_repeat "repeated string is too long", bytes_repeat "repeated bytes are too long") or, when it is
     * null, MemoryError (list_repeat, tuple_repeat, bytearray_repeat); when it exceeds what a Java array holds,
     * MemoryError.
     */
    public static int repeatedLength(int length, long count, String overflowMessage) {
        long total;
        try {
            total = Math.multiplyExact(length, count);
        } catch (ArithmeticException e) {
            throw overflowMessage != null ? PyErrors.overflowError(overflowMessage) : PyErrors.noMemory();
        }
        if (total > MAX_LENGTH) {
            throw PyErrors.noMemory();
        }
        return (int) total;
    }
}
