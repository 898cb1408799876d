package org.auditpy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Rich comparison (PyObject_RichCompare, Objects/object.c) with reflected operands and builtin fast paths. */
public final class Comparisons {
    private Comparisons() {
    }

    /** The six comparison operators with their special method names and reflections. */
    public enum Op {
        LT("__lt__", "<"), LE("__le__", "<="), EQ("__eq__", "=="), NE("__ne__", "!="), GT("__gt__", ">"), GE("__ge__", ">=");

        public final String method;
        public final String symbol;

        Op(String method, String symbol) {
            this.method = method;
            this.symbol = symbol;
        }

        public Op reflected() {
            return switch (this) {
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
                default -> this;
            };
        }

        public boolean fromCmp(int c) {
            return switch (this) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case EQ -> c == 0;
                case NE -> c != 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }
    }

    /**
     * {@code a OP b}, returning any object (usually a bool) (PyObject_RichCompare). Comparisons other than of
     * numbers and strings count towards the recursion limit ({@code " in comparison"}), so comparing containers
     * nested too deep raises RecursionError as in CPython.
     */
    @TruffleBoundary
    public static Object richCompare(Object a, Object b, Op op) {
        if (isNumber(a) && isNumber(b) || a instanceof String && b instanceof String) {
            return builtinCompare(a, b, op);
        }
        return Recursion.counted(Recursion.COMPARE, () -> richCompareObjects(a, b, op));
    }

    private static Object richCompareObjects(Object a, Object b, Op op) {
        Object fast = builtinCompare(a, b, op);
        if (fast != null) {
            return fast;
        }
        PyType ta = PyOps.typeOf(a);
        PyType tb = PyOps.typeOf(b);
        if ((op == Op.EQ || op == Op.NE) && identityEquality(ta) && identityEquality(tb)) {
            // object's __eq__ and __ne__ on both sides (classes, functions, instances without their own): both return
            // NotImplemented unless a is b, and do_richcompare then falls back to identity, without the four calls
            return (a == b) == (op == Op.EQ);
        }
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && tb.lookup(op.reflected().method) != null) {
            checkedReverse = true;
            Object r = PyOps.callSpecial(b, op.reflected().method, a);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object r = PyOps.callSpecial(a, op.method, b);
        if (r != null && r != PyNone.NOT_IMPLEMENTED) {
            return r;
        }
        return afterNotImplemented(a, b, op, checkedReverse);
    }

    /** Whether instances of {@code t} compare with object's own {@code __eq__} and {@code __ne__} (identity). */
    @TruffleBoundary
    public static boolean identityEquality(PyType t) {
        PyType object = PythonContext.get(null).types().object;
        return t.keepsAttributeOf(object, "__eq__") && t.keepsAttributeOf(object, "__ne__");
    }

    /**
     * The rest of do_richcompare (Objects/object.c) once {@code a}'s method gave NotImplemented (or there was none):
     * {@code b}'s reflected method unless it was tried first ({@code checkedReverse}), then identity for {@code ==}
     * and {@code !=}, else TypeError "'<' not supported between instances of 'A' and 'B'".
     */
    @TruffleBoundary
    public static Object afterNotImplemented(Object a, Object b, Op op, boolean checkedReverse) {
        if (!checkedReverse) {
            Object r = PyOps.callSpecial(b, op.reflected().method, a);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == Op.EQ) {
            return a == b;
        } else if (op == Op.NE) {
            return a != b;
        }
        throw PyErrors.typeError("'" + op.symbol + "' not supported between instances of '" + PyOps.typeOf(a).getName() + "' and '" +
                        PyOps.typeOf(b).getName() + "'");
    }

    /** Comparisons among builtin values that need no Python code; null when not applicable. */
    @TruffleBoundary
    public static Object builtinCompare(Object a, Object b, Op op) {
        if (isNumber(a) && isNumber(b)) {
            if ((a instanceof Double da && da.isNaN()) || (b instanceof Double db && db.isNaN())) {
                return op == Op.NE;
            }
            return op.fromCmp(compareNumbers(a, b));
        }
        if (a instanceof String sa && b instanceof String sb) {
            return op.fromCmp(compareStrings(sa, sb));
        }
        if (a instanceof PyTuple ta && b instanceof PyTuple tb && exact(ta) && exact(tb)) {
            if (ta.longsOrNull() != null && tb.longsOrNull() != null) {
                return compareInts(ta.longsOrNull(), tb.longsOrNull(), op);
            }
            return compareSequences(ta.items(), ta.size(), tb.items(), tb.size(), op);
        }
        if (a instanceof PyList la && b instanceof PyList lb && exact(la) && exact(lb)) {
            return compareSequences(la.toArray(), la.size(), lb.toArray(), lb.size(), op);
        }
        if (a instanceof PyBytes ba && b instanceof PyBytes bb) {
            return op.fromCmp(java.util.Arrays.compareUnsigned(ba.getBytes(), bb.getBytes()));
        }
        if ((a == PyNone.NONE || b == PyNone.NONE) && !PyOps.isInstanceOfClass(a) && !PyOps.isInstanceOfClass(b)) {
            // (an instance of a Python class compares with None through its own __eq__ ...)
            if (op == Op.EQ) {
                return a == b;
            } else if (op == Op.NE) {
                return a != b;
            }
            if (a == PyNone.NONE && b == PyNone.NONE || isBuiltinScalar(a) && isBuiltinScalar(b)) {
                throw PyErrors.typeError("'" + op.symbol + "' not supported between instances of '" + PyOps.typeName(a) + "' and '" +
                                PyOps.typeName(b) + "'");
            }
        }
        if ((op == Op.EQ || op == Op.NE) && isBuiltinScalar(a) && isBuiltinScalar(b)) {
            return op == Op.NE; // different builtin kinds never compare equal
        }
        if (op != Op.EQ && op != Op.NE && isBuiltinScalar(a) && isBuiltinScalar(b)) {
            throw PyErrors.typeError("'" + op.symbol + "' not supported between instances of '" + PyOps.typeName(a) + "' and '" +
                            PyOps.typeName(b) + "'");
        }
        return null;
    }

    private static boolean exact(PythonObject o) {
        PyType t = o.getPythonClass();
        return !t.isHeapType();
    }

    private static boolean isBuiltinScalar(Object o) {
        return isNumber(o) || o instanceof String || o == PyNone.NONE;
    }

    public static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /**
     * Whether {@code a == b} is known false with no Python code taking part in it, in compiled code (no boundary):
     * for exact builtin values of two families that never compare equal (the numbers, str, None, list, tuple, dict,
     * set/frozenset: each one's {@code __eq__} returns NotImplemented for the other, and do_richcompare then falls
     * back to identity, which differs), and for two lists, dicts or sets of different sizes (list_richcompare,
     * dict_richcompare and set_richcompare answer from the sizes first). False when the protocol must decide. bytes
     * is left out: {@code bytes == str} warns under -b.
     */
    public static boolean knownUnequal(Object a, Object b) {
        int ka = equalityFamily(a);
        if (ka == 0) {
            return false;
        }
        int kb = equalityFamily(b);
        if (kb == 0) {
            return false;
        }
        if (ka != kb) {
            return true;
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return x.size() != y.size();
        }
        if (a instanceof PyDict x && b instanceof PyDict y) {
            return x.size() != y.size();
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return x.size() != y.size();
        }
        return false;
    }

    /** The family of an exact builtin value for {@link #knownUnequal}, or 0. */
    private static int equalityFamily(Object o) {
        if (o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger) {
            return 1;
        } else if (o instanceof String) {
            return 2;
        } else if (o == PyNone.NONE) {
            return 3;
        } else if (o instanceof PythonObject po && po.getPythonClass() != null && !po.getPythonClass().isHeapType()) {
            if (o instanceof PyList) {
                return 4;
            } else if (o instanceof PyTuple) {
                return 5;
            } else if (o instanceof PyDict) {
                return 6;
            } else if (o instanceof PySet) {
                return 7;
            }
        }
        return 0;
    }

    /** Compares two str by code points. */
    public static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return ca - cb;
            }
        }
        return a.length() - b.length();
    }

    /** Compares two Python numbers exactly (ints compare exactly against floats). */
    @TruffleBoundary
    public static int compareNumbers(Object a, Object b) {
        if (a instanceof Boolean ba) {
            a = ba ? 1L : 0L;
        }
        if (b instanceof Boolean bb) {
            b = bb ? 1L : 0L;
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return Long.compare(la, lb);
        }
        if (a instanceof Double da && b instanceof Double db) {
            return da < db ? -1 : (da > db ? 1 : 0);
        }
        if (a instanceof Double da) {
            return -compareIntDouble(b, da);
        }
        if (b instanceof Double db) {
            return compareIntDouble(a, db);
        }
        return PyOps.toBig(a).compareTo(PyOps.toBig(b));
    }

    private static int compareIntDouble(Object i, double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        return new java.math.BigDecimal(PyOps.toBig(i)).compareTo(new java.math.BigDecimal(d));
    }

    /** {@link #compareSequences} of two tuples of unboxed ints (a dict's int-tuple keys, sorting such tuples). */
    private static Object compareInts(long[] a, long[] b, Op op) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return op == Op.EQ ? false : op == Op.NE ? true : op.fromCmp(Long.compare(a[i], b[i]));
            }
        }
        return op.fromCmp(Integer.compare(a.length, b.length));
    }

    private static Object compareSequences(Object[] a, int na, Object[] b, int nb, Op op) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (PyOps.identical(a[i], b[i])) {
                continue;
            }
            if (!PyOps.equals(a[i], b[i])) {
                if (op == Op.EQ) {
                    return false;
                } else if (op == Op.NE) {
                    return true;
                }
                return richCompare(a[i], b[i], op);
            }
        }
        return op.fromCmp(Integer.compare(na, nb));
    }
}
