package org.auditpy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The binary and unary operators (PyNumber_*, Objects/abstract.c): builtin numeric, str and sequence
 * semantics, then special methods with CPython's reflected-operand rules ({@code binary_op1}).
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    /** A binary operator: its symbol in messages, the special method and its reflection, the in-place method. */
    public enum BinOp {
        ADD("+", "__add__", "__radd__", "__iadd__"), SUB("-", "__sub__", "__rsub__", "__isub__"),
        MUL("*", "__mul__", "__rmul__", "__imul__"), MATMUL("@", "__matmul__", "__rmatmul__", "__imatmul__"),
        TRUEDIV("/", "__truediv__", "__rtruediv__", "__itruediv__"), FLOORDIV("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        MOD("%", "__mod__", "__rmod__", "__imod__"), POW("** or pow()", "__pow__", "__rpow__", "__ipow__"),
        LSHIFT("<<", "__lshift__", "__rlshift__", "__ilshift__"), RSHIFT(">>", "__rshift__", "__rrshift__", "__irshift__"),
        AND("&", "__and__", "__rand__", "__iand__"), OR("|", "__or__", "__ror__", "__ior__"), XOR("^", "__xor__", "__rxor__", "__ixor__");

        public final String symbol;
        public final String method;
        public final String rmethod;
        public final String imethod;

        BinOp(String symbol, String method, String rmethod, String imethod) {
            this.symbol = symbol;
            this.method = method;
            this.rmethod = rmethod;
            this.imethod = imethod;
        }
    }

    /** {@code a OP b}. */
    @TruffleBoundary
    public static Object binary(Object a, Object b, BinOp op) {
        Object r = builtinBinary(a, b, op);
        if (r != null) {
            return r;
        }
        r = binaryViaSpecial(a, b, op);
        if (r != null) {
            return r;
        }
        throw unsupported(a, b, op);
    }

    /** {@code a OP= b}: tries {@code __iop__} first, then the binary operator. */
    @TruffleBoundary
    public static Object inplace(Object a, Object b, BinOp op) {
        if (a instanceof PythonObject && !(a instanceof PyTuple) && !(a instanceof PyBytes pb && !pb.isByteArray()) && !(a instanceof PyNone)) {
            if ((a instanceof PyList || a instanceof PyBytes) && (op == BinOp.ADD || op == BinOp.MUL) && !((PythonObject) a).getPythonClass().isHeapType()) {
                // list and bytearray += and *= are sq_inplace_concat / sq_inplace_repeat: CPython's binary_iop1 asks
                // the right operand's __radd__/__rmul__ first (a subclass has a number slot calling its __iadd__)
                PyType tb = PyOps.typeOf(b);
                Object rm = tb == PyOps.typeOf(a) ? null : tb.lookup(op.rmethod);
                if (rm != null && !(rm instanceof PyBuiltinFunction)) {
                    Object r = PyOps.callDescriptor(rm, b, a);
                    if (r != PyNone.NOT_IMPLEMENTED) {
                        return r;
                    }
                }
            }
            if (a instanceof PyList l && op == BinOp.ADD && !l.getPythonClass().isHeapType()) {
                for (Object o : PyOps.toArray(b)) {
                    l.append(o);
                }
                return l;
            }
            Object m = PyOps.typeOf(a).lookup(op.imethod);
            if (m != null && !(m instanceof PyBuiltinFunction && repeatsByNonIndex(a, b, op))) {
                Object r = PyOps.callDescriptor(m, a, b);
                if (r != PyNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        Object r = builtinBinary(a, b, op);
        if (r != null) {
            return r;
        }
        r = binaryViaSpecial(a, b, op);
        if (r != null) {
            return r;
        }
        throw unsupported(a, b, op, true);
    }

    /** The TypeError of {@code a OP b} when no operand's method applies: CPython's message for the operand types. */
    public static PyException unsupported(Object a, Object b, BinOp op) {
        return unsupported(a, b, op, false);
    }

    /**
     * The TypeError of {@code a OP b} ({@code a OP= b} when {@code inplace}): a sequence's own message for + and *
     * (CPython's sq_concat, and abstract.c's "can't multiply sequence by non-int"), else "unsupported operand type(s)".
     */
    private static PyException unsupported(Object a, Object b, BinOp op, boolean inplace) {
        if (op == BinOp.ADD && a instanceof String && !(b instanceof String)) {
            return PyErrors.typeError("can only concatenate str (not \"" + PyOps.typeName(b) + "\") to str");
        }
        if (op == BinOp.ADD && a instanceof PyList && !(b instanceof PyList)) {
            return PyErrors.typeError("can only concatenate list (not \"" + PyOps.typeName(b) + "\") to list");
        }
        if (op == BinOp.ADD && a instanceof PyTuple && !(b instanceof PyTuple)) {
            return PyErrors.typeError("can only concatenate tuple (not \"" + PyOps.typeName(b) + "\") to tuple");
        }
        if (op == BinOp.MUL && isRepeatable(a)) {
            return PyErrors.typeError("can't multiply sequence by non-int of type '" + PyOps.typeName(b) + "'");
        }
        if (op == BinOp.MUL && isRepeatable(b)) {
            return PyErrors.typeError("can't multiply sequence by non-int of type '" + PyOps.typeName(a) + "'");
        }
        return PyErrors.typeError("unsupported operand type(s) for " + op.symbol + (inplace ? "=" : "") + ": '" + PyOps.typeName(a) + "' and '" +
                        PyOps.typeName(b) + "'");
    }

    /**
     * True for {@code seq * n} where {@code seq} is a builtin sequence and {@code n} has no {@code __index__}: CPython
     * then never calls the sequence's repeat (sq_repeat) but raises "can't multiply sequence by non-int", while the
     * sequence's {@code __mul__} called by name raises "'float' object cannot be interpreted as an integer".
     */
    private static boolean repeatsByNonIndex(Object seq, Object n, BinOp op) {
        return op == BinOp.MUL && isRepeatable(seq) && !PyOps.isInt(n) && PyOps.typeOf(n).lookup("__index__") == null;
    }

    /** Types with CPython's sq_repeat slot (str, list, tuple, bytes, bytearray and their subclasses). */
    private static boolean isRepeatable(Object o) {
        if (o instanceof PyBoxed bx) {
            o = bx.getValue();
        }
        return o instanceof String || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    }

    private static Object binaryViaSpecial(Object a, Object b, BinOp op) {
        PyType ta = PyOps.typeOf(a);
        PyType tb = PyOps.typeOf(b);
        Object slotA = ta.lookup(op.method);
        Object slotB = ta == tb ? null : tb.lookup(op.rmethod);
        if (slotA instanceof PyBuiltinFunction && repeatsByNonIndex(a, b, op)) {
            slotA = null;
        }
        if (slotB instanceof PyBuiltinFunction && repeatsByNonIndex(b, a, op)) {
            slotB = null;
        }
        if (slotA != null && slotB != null && isSequenceSlot(a, slotA, op)) {
            // str, list, tuple and bytes have no number slot for + and *: CPython's binary_op1 asks the right
            // operand's __radd__/__rmul__ first, and only then concatenates or repeats (sq_concat, sq_repeat)
            Object r = PyOps.callDescriptor(slotB, b, a);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
            slotB = null;
        }
        if (slotA != null) {
            if (slotB != null && tb.isSubtypeOf(ta)) {
                Object r = PyOps.callDescriptor(slotB, b, a);
                if (r != PyNone.NOT_IMPLEMENTED) {
                    return r;
                }
                slotB = null;
            }
            Object r = PyOps.callDescriptor(slotA, a, b);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotB != null) {
            Object r = PyOps.callDescriptor(slotB, b, a);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    /**
     * True when {@code slotA}, the left operand's {@code __add__} or {@code __mul__}, is a builtin sequence's
     * concatenation or repetition (CPython's sq_concat / sq_repeat of str, list, tuple, bytes, bytearray), which
     * CPython tries only after both operands' number slots.
     */
    private static boolean isSequenceSlot(Object a, Object slotA, BinOp op) {
        return (op == BinOp.ADD || op == BinOp.MUL) && slotA instanceof PyBuiltinFunction && isRepeatable(a);
    }

    /** Builtin semantics for builtin operand types; null when the operands are not handled here. */
    @TruffleBoundary
    public static Object builtinBinary(Object a, Object b, BinOp op) {
        if (a instanceof Boolean ba && b instanceof Boolean bb) {
            switch (op) {
                case AND: return ba & bb;
                case OR: return ba | bb;
                case XOR: return ba ^ bb;
                default: break;
            }
        }
        if (PyOps.isInt(a) && PyOps.isInt(b)) {
            return Ints.binary(a, b, op);
        }
        if ((a instanceof Double || PyOps.isInt(a)) && (b instanceof Double || PyOps.isInt(b))) {
            return Floats.binary(toDouble(a), toDouble(b), op);
        }
        if (a instanceof PySet sa && b instanceof PySet sb && !sa.getPythonClass().isHeapType() && !sb.getPythonClass().isHeapType()) {
            // set and frozenset operators: their methods' work without the lookup and call of the method
            PySet r = org.auditpy.builtins.SetSupport.binaryOperator(sa, sb, op);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof String sa) {
            if (op == BinOp.ADD && b instanceof String sb) {
                return sa.concat(sb);
            }
            if (op == BinOp.MUL && PyOps.isInt(b)) {
                return repeatString(sa, PyOps.repeatCount(b));
            }
            if (op == BinOp.MOD) {
                return StringFormatting.percentFormat(sa, b);
            }
            return null;
        }
        if (b instanceof String sb && op == BinOp.MUL && PyOps.isInt(a)) {
            return repeatString(sb, PyOps.repeatCount(a));
        }
        if (a instanceof PyList la && !la.getPythonClass().isHeapType() || a instanceof PyTuple ta && !ta.getPythonClass().isHeapType()) {
            return Sequences.builtinSequenceBinary(a, b, op);
        }
        if (PyOps.isInt(a) && op == BinOp.MUL && (b instanceof PyList || b instanceof PyTuple)) {
            return Sequences.builtinSequenceBinary(b, a, op);
        }
        return null;
    }

    @TruffleBoundary
    public static String repeatString(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        Sequences.repeatedLength(s.length(), n, "repeated string is too long");
        return s.repeat((int) n);
    }

    /** A Python int or float as double; OverflowError for ints beyond the float range. */
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        double d = ((BigInteger) o).doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** Unary {@code -x}. */
    @TruffleBoundary
    public static Object negate(Object a) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        } else if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        } else if (a instanceof Double d) {
            return -d;
        } else if (a instanceof BigInteger bi) {
            return PyOps.normalize(bi.negate());
        }
        return unarySpecial(a, "__neg__", "-");
    }

    /** Unary {@code +x}. */
    @TruffleBoundary
    public static Object positive(Object a) {
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (PyOps.isInt(a) || a instanceof Double) {
            return a;
        }
        return unarySpecial(a, "__pos__", "+");
    }

    /** Unary {@code ~x}. */
    @TruffleBoundary
    public static Object invert(Object a) {
        if (a instanceof Long l) {
            return ~l;
        } else if (a instanceof Boolean b) {
            return b ? -2L : -1L;
        } else if (a instanceof BigInteger bi) {
            return PyOps.normalize(bi.not());
        }
        return unarySpecial(a, "__invert__", "~");
    }

    /** {@code abs(x)}. */
    @TruffleBoundary
    public static Object abs(Object a) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        } else if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (a instanceof Double d) {
            return Math.abs(d);
        } else if (a instanceof BigInteger bi) {
            return bi.abs();
        }
        Object r = PyOps.callSpecial(a, "__abs__");
        if (r == null) {
            throw PyErrors.typeError("bad operand type for abs(): '" + PyOps.typeName(a) + "'");
        }
        return r;
    }

    private static Object unarySpecial(Object a, String method, String symbol) {
        Object r = PyOps.callSpecial(a, method);
        if (r == null) {
            throw PyErrors.typeError("bad operand type for unary " + symbol + ": '" + PyOps.typeName(a) + "'");
        }
        return r;
    }
}
