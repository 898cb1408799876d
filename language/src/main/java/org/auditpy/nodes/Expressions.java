package org.auditpy.nodes;

import org.auditpy.runtime.Arithmetic;
import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.FormatSpec;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PySlice;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Sequences;
import org.auditpy.runtime.StrIndex;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.ConditionProfile;

/** Expression nodes: constants, operators, containers, attribute and item access, f-strings. */
public final class Expressions {
    private Expressions() {
    }

    /**
     * Records the position of an expression in exceptions raised while evaluating it (for the caret lines of
     * 3.11 tracebacks); transparent otherwise.
     */
    public static final class Located extends ExprNode {
        @Child private ExprNode child;
        private final String anchors;

        public Located(ExprNode child, String anchors) {
            this.child = child;
            this.anchors = anchors;
        }

        /** The expression located. */
        public ExprNode getChild() {
            return child;
        }

        /** Records this expression's position in {@code e} (as {@link #execute} does for its child's exceptions). */
        public void record(org.auditpy.runtime.PyException e) {
            locate(e, anchors);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            try {
                return child.execute(frame);
            } catch (org.auditpy.runtime.PyException e) {
                throw locate(e, anchors);
            }
        }

        @Override
        public long executeLong(VirtualFrame frame) throws com.oracle.truffle.api.nodes.UnexpectedResultException {
            try {
                return child.executeLong(frame);
            } catch (org.auditpy.runtime.PyException e) {
                throw locate(e, anchors);
            }
        }

        @Override
        public double executeDouble(VirtualFrame frame) throws com.oracle.truffle.api.nodes.UnexpectedResultException {
            try {
                return child.executeDouble(frame);
            } catch (org.auditpy.runtime.PyException e) {
                throw locate(e, anchors);
            }
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) throws com.oracle.truffle.api.nodes.UnexpectedResultException {
            try {
                return child.executeBoolean(frame);
            } catch (org.auditpy.runtime.PyException e) {
                throw locate(e, anchors);
            }
        }
    }

    /** A constant value (int, float, str, bytes, None, True, ...). */
    public static final class Constant extends ExprNode {
        private final Object value;

        public Constant(Object value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }
    }

    /**
     * Binary arithmetic {@code a OP b} (and the value of {@code a OP= b} when {@code inplace}): long, double and
     * mixed fast paths for every operator whose builtin result fits (no overflow, no zero divisor), then the
     * generic operator protocol. For the immutable builtin operands handled here {@code OP=} is {@code OP}.
     */
    @NodeChild("left")
    @NodeChild("right")
    @ImportStatic(Arithmetic.BinOp.class)
    public abstract static class BinaryOp extends ExprNode {
        protected final Arithmetic.BinOp op;
        protected final boolean inplace;

        protected BinaryOp(Arithmetic.BinOp op) {
            this(op, false);
        }

        protected BinaryOp(Arithmetic.BinOp op, boolean inplace) {
            this.op = op;
            this.inplace = inplace;
        }

        protected boolean isOp(Arithmetic.BinOp o) {
            return op == o;
        }

        protected boolean isFloatOp() {
            return op == Arithmetic.BinOp.ADD || op == Arithmetic.BinOp.SUB || op == Arithmetic.BinOp.MUL || op == Arithmetic.BinOp.TRUEDIV;
        }

        protected boolean isBitOp() {
            return op == Arithmetic.BinOp.AND || op == Arithmetic.BinOp.OR || op == Arithmetic.BinOp.XOR;
        }

        protected boolean divOk(double b) {
            return op != Arithmetic.BinOp.TRUEDIV || b != 0.0;
        }

        protected static boolean nonZero(double b) {
            return b != 0.0;
        }

        /** |x| <= 2**53: exactly representable as a double. */
        protected static boolean exactDouble(long x) {
            return x >= -(1L << 53) && x <= (1L << 53);
        }

        @Specialization(guards = "isBitOp()")
        boolean bitBool(boolean a, boolean b) {
            switch (op) {
                case AND:
                    return a & b;
                case OR:
                    return a | b;
                default:
                    return a ^ b;
            }
        }

        @Specialization(guards = "isOp(ADD)", rewriteOn = ArithmeticException.class)
        static long add(long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization(guards = "isOp(SUB)", rewriteOn = ArithmeticException.class)
        static long sub(long a, long b) {
            return Math.subtractExact(a, b);
        }

        @Specialization(guards = "isOp(MUL)", rewriteOn = ArithmeticException.class)
        static long mul(long a, long b) {
            return Math.multiplyExact(a, b);
        }

        @Specialization(guards = {"isOp(FLOORDIV)", "b > 0"})
        static long floorDiv(long a, long b) {
            return Math.floorDiv(a, b);
        }

        @Specialization(guards = {"isOp(MOD)", "b > 0"})
        static long mod(long a, long b) {
            return Math.floorMod(a, b);
        }

        @Specialization(guards = "isBitOp()")
        long bitLong(long a, long b) {
            switch (op) {
                case AND:
                    return a & b;
                case OR:
                    return a | b;
                default:
                    return a ^ b;
            }
        }

        @Specialization(guards = {"isOp(RSHIFT)", "b >= 0"})
        static long rshift(long a, long b) {
            return b >= 64 ? (a < 0 ? -1L : 0L) : a >> b;
        }

        @Specialization(guards = {"isOp(LSHIFT)", "b >= 0", "b < 63"}, rewriteOn = ArithmeticException.class)
        static long lshift(long a, long b) {
            long r = a << b;
            if ((r >> b) != a) {
                throw new ArithmeticException();
            }
            return r;
        }

        /*
         * After a long add/sub/mul/lshift overflowed once (the rewriteOn above), long operands keep a
         * specialization of their own: the result is a long when it fits, else the int protocol's BigInteger. The
         * generated @Fallback guard does not match long operands of these operators, so without these every later
         * overflow in compiled code deoptimized and invalidated it again (a deopt loop).
         */
        @Specialization(guards = "isOp(ADD)", replaces = "add")
        static Object addOverflow(long a, long b) {
            long r = a + b;
            return ((a ^ r) & (b ^ r)) < 0 ? bigLong(a, b, Arithmetic.BinOp.ADD) : (Object) r;
        }

        @Specialization(guards = "isOp(SUB)", replaces = "sub")
        static Object subOverflow(long a, long b) {
            long r = a - b;
            return ((a ^ b) & (a ^ r)) < 0 ? bigLong(a, b, Arithmetic.BinOp.SUB) : (Object) r;
        }

        @Specialization(guards = "isOp(MUL)", replaces = "mul")
        static Object mulOverflow(long a, long b) {
            long hi = Math.multiplyHigh(a, b);
            long r = a * b;
            return hi == (r >> 63) ? (Object) r : bigLong(a, b, Arithmetic.BinOp.MUL);
        }

        @Specialization(guards = {"isOp(LSHIFT)", "b >= 0", "b < 63"}, replaces = "lshift")
        static Object lshiftOverflow(long a, long b) {
            long r = a << b;
            return (r >> b) == a ? (Object) r : bigLong(a, b, Arithmetic.BinOp.LSHIFT);
        }

        @TruffleBoundary
        static Object bigLong(long a, long b, Arithmetic.BinOp op) {
            return Arithmetic.binary(a, b, op);
        }

        @Specialization(guards = {"isOp(TRUEDIV)", "b != 0", "exactDouble(a)", "exactDouble(b)"})
        static double divLong(long a, long b) {
            return (double) a / (double) b;
        }

        @Specialization(guards = {"isFloatOp()", "divOk(b)"})
        double doDouble(double a, double b) {
            return floatOp(a, b);
        }

        @Specialization(guards = {"isFloatOp()", "divOk(b)"})
        double doLongDouble(long a, double b) {
            return floatOp(a, b);
        }

        @Specialization(guards = {"isFloatOp()", "divOk(b)"})
        double doDoubleLong(double a, long b) {
            return floatOp(a, b);
        }

        private double floatOp(double a, double b) {
            switch (op) {
                case ADD:
                    return a + b;
                case SUB:
                    return a - b;
                case MUL:
                    return a * b;
                default:
                    return a / b;
            }
        }

        @Specialization(guards = {"isOp(MOD)", "nonZero(b)"})
        static double modDouble(double a, double b) {
            return org.auditpy.runtime.Floats.divmod(a, b)[1];
        }

        @Specialization(guards = "isOp(POW)")
        static double powDouble(double a, double b) {
            return org.auditpy.runtime.Floats.pow(a, b);
        }

        /** {@code x ** 2} and the like: float_pow converts the int exponent to a float (Objects/floatobject.c). */
        @Specialization(guards = "isOp(POW)")
        static double powDoubleLong(double a, long b) {
            return org.auditpy.runtime.Floats.pow(a, b);
        }

        @Specialization(guards = "isOp(POW)")
        static double powLongDouble(long a, double b) {
            return org.auditpy.runtime.Floats.pow(a, b);
        }

        /**
         * {@code i ** n} for a non-negative exponent: a long while it fits (exponentiation by squaring, each product
         * checked), else the int protocol's arbitrary-precision result.
         */
        @Specialization(guards = {"isOp(POW)", "b >= 0"})
        static Object powLong(long a, long b) {
            long result = 1;
            long base = a;
            long e = b;
            while (true) {
                if ((e & 1) != 0) {
                    long r = result * base;
                    if (Math.multiplyHigh(result, base) != (r >> 63)) {
                        return bigLong(a, b, Arithmetic.BinOp.POW);
                    }
                    result = r;
                }
                e >>= 1;
                if (e == 0) {
                    return result;
                }
                long sq = base * base;
                if (Math.multiplyHigh(base, base) != (sq >> 63)) {
                    // the result has at least this factor (|a| >= 2 here, and result is not 0)
                    return bigLong(a, b, Arithmetic.BinOp.POW);
                }
                base = sq;
            }
        }

        @Specialization(guards = "isOp(ADD)")
        static String concat(String a, String b) {
            return concatBoundary(a, b);
        }

        @TruffleBoundary
        static String concatBoundary(String a, String b) {
            return a.concat(b);
        }

        /**
         * {@code "%d-%5s" % (i, w)} of a format str that is the same object at each evaluation (a literal): parsed
         * once ({@link org.auditpy.runtime.StringFormatting.Template}), rendered in compiled code.
         */
        @Specialization(guards = {"isOp(MOD)", "a == cachedFormat", "template != null"}, limit = "1")
        Object percentConstant(String a, Object b,
                        @Cached("a") String cachedFormat,
                        @Cached("parsePercent(a)") org.auditpy.runtime.StringFormatting.Template template) {
            String r = template.render(b);
            return r != null ? r : generic(a, b);
        }

        static org.auditpy.runtime.StringFormatting.Template parsePercent(String format) {
            return org.auditpy.runtime.StringFormatting.Template.parse(format);
        }

        @Fallback
        Object generic(Object a, Object b) {
            return inplace ? Arithmetic.inplace(a, b, op) : Arithmetic.binary(a, b, op);
        }
    }

    /** {@code a OP= b} value computation (in-place protocol): a {@link BinaryOp} in in-place mode. */
    public static final class InplaceOp extends ExprNode {
        @Child private BinaryOp impl;

        public InplaceOp(ExprNode left, ExprNode right, Arithmetic.BinOp op) {
            this.impl = ExpressionsFactory.BinaryOpNodeGen.create(op, true, left, right);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return impl.execute(frame);
        }

        @Override
        public long executeLong(VirtualFrame frame) throws com.oracle.truffle.api.nodes.UnexpectedResultException {
            return impl.executeLong(frame);
        }

        @Override
        public double executeDouble(VirtualFrame frame) throws com.oracle.truffle.api.nodes.UnexpectedResultException {
            return impl.executeDouble(frame);
        }
    }

    /** Comparison {@code a OP b} (one link of a chain). */
    @NodeChild("left")
    @NodeChild("right")
    public abstract static class Compare extends ExprNode {
        protected final Comparisons.Op op;

        protected Compare(Comparisons.Op op) {
            this.op = op;
        }

        /**
         * {@code left OP right} of two values already evaluated: for a node made without children
         * ({@code CompareNodeGen.create(op, null, null)}) that a builtin runs in its own loop, as sorted() and max()
         * of instances do; the same specializations as the expression's.
         */
        public abstract Object executeOperands(Object left, Object right);

        @Specialization
        boolean doLong(long a, long b) {
            switch (op) {
                case LT: return a < b;
                case LE: return a <= b;
                case EQ: return a == b;
                case NE: return a != b;
                case GT: return a > b;
                default: return a >= b;
            }
        }

        @Specialization
        boolean doDouble(double a, double b) {
            switch (op) {
                case LT: return a < b;
                case LE: return a <= b;
                case EQ: return a == b;
                case NE: return a != b;
                case GT: return a > b;
                default: return a >= b;
            }
        }

        @Specialization(guards = "exactDouble(a)")
        boolean doLongDouble(long a, double b) {
            return doDouble(a, b);
        }

        @Specialization(guards = "exactDouble(b)")
        boolean doDoubleLong(double a, long b) {
            return doDouble(a, b);
        }

        protected static boolean exactDouble(long x) {
            return x >= -(1L << 53) && x <= (1L << 53);
        }

        @Specialization
        boolean doString(String a, String b) {
            if (op == Comparisons.Op.EQ) {
                return a.equals(b);
            } else if (op == Comparisons.Op.NE) {
                return !a.equals(b);
            }
            return cmpStrings(a, b, op);
        }

        @TruffleBoundary
        static boolean cmpStrings(String a, String b, Comparisons.Op op) {
            switch (op) {
                case EQ: return a.equals(b);
                case NE: return !a.equals(b);
                default: return (Boolean) Comparisons.builtinCompare(a, b, op);
            }
        }

        /**
         * Two exact tuples of ints (a heap's {@code (priority, seq)} entries, coordinates): compared element by element
         * in compiled code, as tuple's richcompare does (the first index where they differ decides, else the lengths).
         */
        @Specialization(guards = {"a.longsOrNull() != null", "b.longsOrNull() != null", "!a.getPythonClass().isHeapType()",
                        "!b.getPythonClass().isHeapType()"})
        boolean doIntTuples(PyTuple a, PyTuple b) {
            long[] x = a.longsOrNull();
            long[] y = b.longsOrNull();
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                if (x[i] != y[i]) {
                    return op == Comparisons.Op.EQ ? false : op == Comparisons.Op.NE ? true : doLong(x[i], y[i]);
                }
            }
            return doLong(x.length, y.length);
        }

        /**
         * {@code ==} or {@code !=} of two objects whose classes (one pair a site, cached behind their stable
         * assumptions; a Fallback cannot follow more instances) both keep
         * object's {@code __eq__} and {@code __ne__}: identity, as do_richcompare ends up with after both sides'
         * NotImplemented ({@code node == other} of plain instances, {@code cls == int}: 130-280 ns through the
         * generic protocol, CPython 40).
         */
        @Specialization(guards = {"isEquality()", "a.getPythonClass() == cachedA", "b.getPythonClass() == cachedB", "identityEquality"},
                        assumptions = {"cachedA.getStableAssumption()", "cachedB.getStableAssumption()"}, limit = "1")
        boolean identity(org.auditpy.runtime.PythonObject a, org.auditpy.runtime.PythonObject b,
                        @Cached("a.getPythonClass()") org.auditpy.runtime.PyType cachedA,
                        @Cached("b.getPythonClass()") org.auditpy.runtime.PyType cachedB,
                        @Cached("identityEquality(cachedA, cachedB)") boolean identityEquality) {
            return (a == b) == (op == Comparisons.Op.EQ);
        }

        protected boolean isEquality() {
            return op == Comparisons.Op.EQ || op == Comparisons.Op.NE;
        }

        static boolean identityEquality(org.auditpy.runtime.PyType a, org.auditpy.runtime.PyType b) {
            return a != null && b != null && Comparisons.identityEquality(a) && Comparisons.identityEquality(b);
        }

        /**
         * Two instances of the same Python class whose comparison method is a Python function: called through a
         * cached dispatch (do_richcompare's first step, counted as one level of {@code " in comparison"}); a
         * NotImplemented result goes on with the reflected method as do_richcompare does. Other operands: the
         * generic protocol.
         */
        @Specialization(guards = "isInstanceOfClass(a)")
        Object instance(org.auditpy.runtime.PythonObject a, Object b,
                        @Cached("createSpecial(op)") SpecialCall special) {
            if (b instanceof org.auditpy.runtime.PythonObject pb && pb.getPythonClass() == a.getPythonClass()) {
                PythonContext ctx = PythonContext.get(this);
                org.auditpy.runtime.Recursion.enter(ctx, org.auditpy.runtime.Recursion.COMPARE);
                Object r;
                try {
                    r = special.execute(a, new Object[]{a, b});
                    if (r != SpecialCall.NOT_CACHED && r != PyNone.NOT_IMPLEMENTED) {
                        return r;
                    }
                    if (r == PyNone.NOT_IMPLEMENTED) {
                        return Comparisons.afterNotImplemented(a, b, op, false);
                    }
                } finally {
                    org.auditpy.runtime.Recursion.leave(ctx);
                }
            }
            return Comparisons.richCompare(a, b, op);
        }

        static boolean isInstanceOfClass(Object o) {
            return PyOps.isInstanceOfClass(o);
        }

        static SpecialCall createSpecial(Comparisons.Op op) {
            return SpecialCall.create(op.method);
        }

        @Fallback
        Object generic(Object a, Object b) {
            if (op == Comparisons.Op.EQ || op == Comparisons.Op.NE) {
                // values of two builtin families, containers of different sizes: no boundary (l != () was 11x CPython)
                if (Comparisons.knownUnequal(a, b)) {
                    return op == Comparisons.Op.NE;
                }
            }
            return Comparisons.richCompare(a, b, op);
        }
    }

    /** {@code a is b}, {@code a is not b}. */
    public static final class Is extends ExprNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        private final boolean negate;

        public Is(ExprNode left, ExprNode right, boolean negate) {
            this.left = left;
            this.right = right;
            this.negate = negate;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object a = left.execute(frame);
            Object b = right.execute(frame);
            return is(a, b) != negate;
        }

        static boolean is(Object a, Object b) {
            return org.auditpy.runtime.PyOps.identical(a, b);
        }
    }

    /** {@code a in b}, {@code a not in b}. */
    public static final class In extends ExprNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        private final boolean negate;

        public In(ExprNode left, ExprNode right, boolean negate) {
            this.left = left;
            this.right = right;
            this.negate = negate;
        }

        /**
         * The probes this site has made ({@link #DICT_STR} ...): compiled code holds those only (each is a hash
         * table probe loop), as {@link GetItem}'s reads do.
         */
        private final TakenPaths taken = new TakenPaths();
        private static final byte DICT_STR = 1;
        private static final byte DICT_INT = 2;
        private static final byte SET_STR = 4;
        private static final byte SET_INT = 8;
        private static final byte GENERIC = 16;
        private static final byte SPECIAL = 32;
        private static final byte LIST_INT = 64;
        private static final int DICT_IDENTITY = 128;
        private static final int SET_IDENTITY = 256;
        private static final int TUPLE_INT = 512;
        private static final int TUPLE_EXACT = 1024;

        @Override
        public Object execute(VirtualFrame frame) {
            Object a = left.execute(frame);
            Object b = right.execute(frame);
            if (b instanceof org.auditpy.runtime.PyDict d && !d.getPythonClass().isHeapType()) {
                // an exact str or an int in an exact dict: probed in compiled code
                if (a instanceof String s) {
                    taken.took(DICT_STR);
                    int e = d.findStrEntry(s);
                    if (e != org.auditpy.runtime.PyDict.STR_SLOW) {
                        return (e >= 0) != negate;
                    }
                } else if (a instanceof Long i) {
                    taken.took(DICT_INT);
                    int e = d.findLongEntry(i);
                    if (e != org.auditpy.runtime.PyDict.STR_SLOW) {
                        return (e >= 0) != negate;
                    }
                } else if (PyOps.hashesByIdentity(a)) {
                    // an instance, a class, a function...: its identity (a visited set, a memo dict)
                    taken.took(DICT_IDENTITY);
                    int e = d.findIdentityEntry(a);
                    if (e != org.auditpy.runtime.PyDict.STR_SLOW) {
                        return (e >= 0) != negate;
                    }
                }
            } else if (b instanceof PySet st && !st.getPythonClass().isHeapType()) {
                // the same in an exact set or frozenset
                if (a instanceof String s) {
                    taken.took(SET_STR);
                    int e = st.findStrEntry(s);
                    if (e != PySet.SLOW) {
                        return (e >= 0) != negate;
                    }
                } else if (a instanceof Long i) {
                    taken.took(SET_INT);
                    int e = st.findLongEntry(i);
                    if (e != PySet.SLOW) {
                        return (e >= 0) != negate;
                    }
                } else if (PyOps.hashesByIdentity(a)) {
                    taken.took(SET_IDENTITY);
                    int e = st.findIdentityEntry(a);
                    if (e != PySet.SLOW) {
                        return (e >= 0) != negate;
                    }
                }
            }
            if (b instanceof PyTuple t && !t.getPythonClass().isHeapType() && (a instanceof Long || a instanceof String || isPlainClass(a))) {
                // x in (1, 3, 5), s in ("a", "b"): a scan in compiled code (was a boundary and the generic
                // protocol, 1.7x CPython's time in a loop)
                long[] g = t.longsOrNull();
                if (g != null) {
                    if (a instanceof Long i) {
                        taken.took(TUPLE_INT);
                        return containsLong(g, g.length, i) != negate;
                    }
                } else {
                    int r = containsExact(t.items(), a);
                    if (r != CONTAINS_SLOW) {
                        taken.took(TUPLE_EXACT);
                        return (r == 1) != negate;
                    }
                }
            }
            if (b instanceof PyList l && a instanceof Long i && !l.getPythonClass().isHeapType()) {
                long[] g = l.longsOrNull();
                if (g != null) {
                    // an int in an exact list of ints: the scan in compiled code
                    taken.took(LIST_INT);
                    return containsLong(g, l.size(), i) != negate;
                }
            }
            if (b instanceof org.auditpy.runtime.PythonObject po && PyOps.isInstanceOfClass(po)) {
                // a Python class's __contains__, its result taken as a truth value (PySequence_Contains)
                taken.took(SPECIAL);
                Object r = special().execute(po, new Object[]{po, a});
                if (r != SpecialCall.NOT_CACHED) {
                    return truth().execute(r) != negate;
                }
            }
            taken.took(GENERIC);
            return PyOps.contains(b, a) != negate;
        }

        private static final int CONTAINS_SLOW = -1;

        /** A class whose metaclass is exactly {@code type} (its {@code ==} is identity: {@code cls in (int, str)}). */
        private boolean isPlainClass(Object o) {
            return o instanceof org.auditpy.runtime.PyType t && t.getPythonClass() == PythonContext.get(this).types().type;
        }

        /**
         * {@code x in items} for an exact int or str {@code x} (a {@code Long} or a {@code String}) or a class whose
         * metaclass is {@code type}: 1 or 0 when every item met before the answer is an int, a str, None or such a
         * class, whose equality with {@code x} needs no method call
         * (CPython's tuplecontains compares {@code item == x} in order, with identity first), else
         * {@link #CONTAINS_SLOW}: an item of another type (a float, a bool, an instance with {@code __eq__}) leaves
         * the whole test to the generic protocol.
         */
        private int containsExact(Object[] items, Object x) {
            for (int k = 0; k < items.length; k++) {
                Object item = items[k];
                if (isPlainClass(item)) {
                    // a class whose metaclass is type compares by identity, with anything an int, str or class here
                    if (item == x) {
                        return 1;
                    }
                } else if (item instanceof Long n) {
                    if (x instanceof Long m && (long) n == (long) m) {
                        return 1;
                    }
                } else if (item instanceof String s) {
                    if (x instanceof String t && s.equals(t)) {
                        return 1;
                    }
                } else if (item != PyNone.NONE) {
                    return CONTAINS_SLOW;
                }
            }
            return 0;
        }

        private static boolean containsLong(long[] g, int size, long x) {
            for (int k = 0; k < size; k++) {
                if (g[k] == x) {
                    return true;
                }
            }
            return false;
        }

        @Child private SpecialCall special;
        @Child private TruthNode truth;

        private SpecialCall special() {
            SpecialCall s = special;
            if (s == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                s = special = insert(SpecialCall.create("__contains__"));
            }
            return s;
        }

        private TruthNode truth() {
            TruthNode t = truth;
            if (t == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                t = truth = insert(TruthNode.create());
            }
            return t;
        }
    }

    /** A chain {@code a < b < c}: each middle operand evaluated once (kept in a temp slot), short-circuiting. */
    public static final class CompareChain extends ExprNode {
        @Children private final ExprNode[] operands;
        @Children private final ExprNode[] comparisons;
        @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] slots;

        /** {@code comparisons[i]} compares temp slots {@code slots[i]} and {@code slots[i+1]}. */
        public CompareChain(ExprNode[] operands, ExprNode[] comparisons, int[] slots) {
            this.operands = operands;
            this.comparisons = comparisons;
            this.slots = slots;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            frame.setObject(slots[0], operands[0].execute(frame));
            Object result = Boolean.TRUE;
            for (int i = 0; i < comparisons.length; i++) {
                frame.setObject(slots[i + 1], operands[i + 1].execute(frame));
                result = comparisons[i].execute(frame);
                if (!truth(result)) {
                    return result;
                }
            }
            return result;
        }
    }

    /** Reads a compiler temporary from a frame slot. */
    public static final class ReadTemp extends ExprNode {
        private final int slot;

        public ReadTemp(int slot) {
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return frame.getObject(slot);
        }
    }

    /** {@code a and b and c} / {@code a or b}: returns the deciding operand. */
    public static final class BoolOp extends ExprNode {
        @Children private final ExprNode[] values;
        private final boolean isAnd;

        @Child private TruthNode truth = TruthNode.create();

        public BoolOp(ExprNode[] values, boolean isAnd) {
            this.values = values;
            this.isAnd = isAnd;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object v = null;
            for (int i = 0; i < values.length; i++) {
                v = values[i].execute(frame);
                if (i < values.length - 1 && truth.execute(v) != isAnd) {
                    return v;
                }
            }
            return v;
        }
    }

    /** Truth value with the common cases inline. */
    public static boolean truth(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v == PyNone.NONE) {
            return false;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof PyList l && !l.getPythonClass().isHeapType()) {
            return l.size() != 0;
        }
        if (v instanceof PyTuple t && !t.getPythonClass().isHeapType()) {
            return t.size() != 0;
        }
        if (v instanceof PyDict d && !d.getPythonClass().isHeapType()) {
            return d.size() != 0;
        }
        return PyOps.isTrue(v);
    }

    /**
     * The truth value of a condition ({@code if}, {@code while}, {@code not}, {@code and}/{@code or}, a conditional
     * expression), as CPython's {@code PyObject_IsTrue} (Objects/object.c): the builtin types inline, as
     * {@link #truth}; an instance of a class ({@code while queue:} on a deque, a Python class with {@code __bool__} or
     * {@code __len__}) looks the method up once per class, behind the class's stable assumption, and calls it through a
     * cached dispatch that inlines a Python method, where the generic path looked it up and called it behind a
     * boundary at every test (100-150 ns against CPython's 33 for {@code if d:} on a deque).
     */
    @GenerateInline(false)
    public abstract static class TruthNode extends com.oracle.truffle.api.nodes.Node {
        public abstract boolean execute(Object v);

        @Specialization(guards = "isInline(v)")
        static boolean builtin(Object v) {
            return truth(v);
        }

        /**
         * An object whose class's truth comes from a {@code __bool__} (a Python function or a builtin method), else
         * from a {@code __len__} likewise, else is always true. The results are checked as slot_nb_bool and
         * slot_sq_length check them.
         */
        @Specialization(guards = {"!isInline(v)", "v.getPythonClass() == cachedType", "usable(boolMethod, lenMethod)"},
                        assumptions = "cachedType.getStableAssumption()", limit = "3")
        static boolean object(org.auditpy.runtime.PythonObject v,
                        @Cached("v.getPythonClass()") org.auditpy.runtime.PyType cachedType,
                        @Cached("lookupBool(cachedType)") Object boolMethod,
                        @Cached("lookupLen(cachedType)") Object lenMethod,
                        @Cached Calls.Dispatch dispatch) {
            if (boolMethod != null) {
                Object r = dispatch.execute(boolMethod, new Object[]{v}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
                if (r instanceof Boolean b) {
                    return b;
                }
                throw notBool(r);
            }
            if (lenMethod != null) {
                Object r = dispatch.execute(lenMethod, new Object[]{v}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
                if (r instanceof Long n && n >= 0) {
                    return n != 0;
                }
                return PyOps.lenResult(r) != 0;
            }
            return true;
        }

        /** Anything else (and a class seen after the cache's three): the generic lookup and call. */
        @Specialization(replaces = "object")
        static boolean other(Object v) {
            return PyOps.isTrue(v);
        }

        /**
         * The values {@link #truth} decides inline (bool, int, None, str, float, an exact list, tuple or dict), and
         * Ellipsis and NotImplemented (no class field: PyOps.isTrue's generic path, without a call).
         */
        static boolean isInline(Object v) {
            return v instanceof Boolean || v instanceof Long || v == PyNone.NONE || v instanceof String || v instanceof Double ||
                            v instanceof PyList l && !l.getPythonClass().isHeapType() || v instanceof PyTuple t && !t.getPythonClass().isHeapType() ||
                            v instanceof PyDict d && !d.getPythonClass().isHeapType() ||
                            v instanceof org.auditpy.runtime.PythonObject po && po.getPythonClass() == null;
        }

        /** A method the class's lookup binds to the instance as it is (see Iteration.NextNode#isPlainMethod), or none. */
        static boolean usable(Object boolMethod, Object lenMethod) {
            Object m = boolMethod != null ? boolMethod : lenMethod;
            return m == null || Iteration.NextNode.isPlainMethod(m);
        }

        @TruffleBoundary
        static Object lookupBool(org.auditpy.runtime.PyType type) {
            return type.lookup("__bool__");
        }

        @TruffleBoundary
        static Object lookupLen(org.auditpy.runtime.PyType type) {
            return type.lookup("__len__");
        }

        @TruffleBoundary
        static org.auditpy.runtime.PyException notBool(Object r) {
            return org.auditpy.runtime.PyErrors.typeError("__bool__ should return bool, returned " + PyOps.typeName(r));
        }

        public static TruthNode create() {
            return ExpressionsFactory.TruthNodeGen.create();
        }
    }

    /** {@code not x}. */
    public static final class Not extends ExprNode {
        @Child private ExprNode operand;

        public Not(ExprNode operand) {
            this.operand = operand;
        }

        @Child private TruthNode truth = TruthNode.create();

        @Override
        public Object execute(VirtualFrame frame) {
            return !truth.execute(operand.execute(frame));
        }
    }

    /** Unary {@code -x}, {@code +x}, {@code ~x}. */
    public static final class Unary extends ExprNode {
        @Child private ExprNode operand;
        private final char op;

        public Unary(ExprNode operand, char op) {
            this.operand = operand;
            this.op = op;
        }

        /**
         * An operand other than an int in the long range has reached {@code -}: until then compiled code has only the
         * int path, whose box the compiler removes when the consumer takes a long (a tuple display of ints, an
         * arithmetic node); merged with the float and generic paths it was allocated (130,000 Longs per call of
         * listsort.py's {@code [(x % 100, -x, i) for ...]}).
         */
        @CompilationFinal private boolean negatedOther;

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = operand.execute(frame);
            if (op == '-') {
                if (v instanceof Long l && l != Long.MIN_VALUE) {
                    return -l;
                }
                if (!negatedOther) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    negatedOther = true;
                }
                if (v instanceof Double d) {
                    return -d;
                }
                return Arithmetic.negate(v);
            } else if (op == '+') {
                return Arithmetic.positive(v);
            }
            return Arithmetic.invert(v);
        }
    }

    /** {@code body if test else orelse}. */
    public static final class IfExp extends ExprNode {
        @Child private ExprNode test;
        @Child private ExprNode body;
        @Child private ExprNode orelse;
        private final ConditionProfile profile = ConditionProfile.createCountingProfile();

        public IfExp(ExprNode test, ExprNode body, ExprNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Child private TruthNode truth = TruthNode.create();

        @Override
        public Object execute(VirtualFrame frame) {
            return profile.profile(truth.execute(test.execute(frame))) ? body.execute(frame) : orelse.execute(frame);
        }
    }

    /** {@code obj.name}. */
    public static final class GetAttribute extends ExprNode {
        @Child private ExprNode object;
        private final String name;

        public GetAttribute(ExprNode object, String name) {
            this.object = object;
            this.name = name;
        }

        @Child private Attributes.GetAttrNode get;

        @Override
        public Object execute(VirtualFrame frame) {
            Object obj = object.execute(frame);
            if (get == null) {
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                get = insert(AttributesFactory.GetAttrNodeGen.create(name));
            }
            return get.execute(obj);
        }

        public ExprNode getObject() {
            return object;
        }

        public String getName() {
            return name;
        }
    }

    /** {@code obj[key]}. */
    public static final class GetItem extends ExprNode {
        @Child private ExprNode object;
        @Child private ExprNode key;

        public GetItem(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return getItem(object.execute(frame), key.execute(frame));
        }

        /**
         * A float element of a list in the float storage is read unboxed: its box would otherwise be made where this
         * path and the object path merge.
         */
        @Override
        public double executeDouble(VirtualFrame frame) throws com.oracle.truffle.api.nodes.UnexpectedResultException {
            Object o = object.execute(frame);
            Object k = key.execute(frame);
            if (o instanceof PyList l && k instanceof Long i) {
                double[] d = l.floatsOrNull();
                if (d != null && !l.getPythonClass().isHeapType()) {
                    int size = l.size();
                    long j = Sequences.position(i, size);
                    if (j >= 0 && j < size) {
                        return d[(int) j];
                    }
                }
            }
            Object v = getItem(o, k);
            if (v instanceof Double d) {
                return d;
            }
            throw new com.oracle.truffle.api.nodes.UnexpectedResultException(v);
        }

        /**
         * An int element of a list in the int storage is read unboxed (as {@link #executeDouble} reads floats): an
         * arithmetic node or a long frame slot takes it without a box.
         */
        @Override
        public long executeLong(VirtualFrame frame) throws com.oracle.truffle.api.nodes.UnexpectedResultException {
            Object o = object.execute(frame);
            Object k = key.execute(frame);
            if (k instanceof Long i) {
                if (o instanceof PyList l) {
                    long[] g = l.longsOrNull();
                    if (g != null && !l.getPythonClass().isHeapType()) {
                        int size = l.size();
                        long j = Sequences.position(i, size);
                        if (j >= 0 && j < size) {
                            return g[(int) j];
                        }
                    }
                } else if (o instanceof PyTuple t) {
                    long[] g = t.longsOrNull();
                    if (g != null && !t.getPythonClass().isHeapType()) {
                        long j = Sequences.position(i, g.length);
                        if (j >= 0 && j < g.length) {
                            return g[(int) j];
                        }
                    }
                }
            }
            Object v = getItem(o, k);
            if (v instanceof Long n) {
                return n;
            }
            throw new com.oracle.truffle.api.nodes.UnexpectedResultException(v);
        }

        /**
         * The paths this site has taken ({@link #DICT_STR} ...): compiled code holds only those, and deoptimizes
         * once at the first use of another. Without it each of nbody.py's fourteen float reads compiled the dict
         * lookups by str and int key and the tuple and list reads of every storage beside its float path, and
         * advance()'s loop was 9,117 nodes after partial evaluation and 97 KB of machine code.
         */
        private final TakenPaths taken = new TakenPaths();
        private static final int DICT_STR = 1;
        private static final int DICT_INT = 2;
        private static final int LIST = 4;
        private static final int TUPLE = 8;
        private static final int GENERIC = 16;
        private static final int BYTES = 32;
        private static final int DICT_SUBCLASS = 64;
        private static final int SPECIAL = 128;
        private static final int DICT_IDENTITY = 256;

        private final PlainSubclass plainSubdict = new PlainSubclass("__getitem__", PlainSubclass.Base.DICT);
        private final PlainSubclass plainSublist = new PlainSubclass("__getitem__", PlainSubclass.Base.LIST);
        private final PlainSubclass plainSubtuple = new PlainSubclass("__getitem__", PlainSubclass.Base.TUPLE);

        private Object getItem(Object o, Object k) {
            if (k instanceof String s && o instanceof org.auditpy.runtime.PyDict d && !d.getPythonClass().isHeapType()) {
                taken.took(DICT_STR);
                // an exact dict and an exact str key: found in compiled code (absent: the KeyError path below)
                int e = d.findStrEntry(s);
                if (e >= 0) {
                    return d.valueAt(e);
                }
            } else if (k instanceof Long i) {
                if (o instanceof org.auditpy.runtime.PyDict d && !d.getPythonClass().isHeapType()) {
                    taken.took(DICT_INT);
                    // an exact dict and an int key: found in compiled code (absent: the KeyError path below)
                    int e = d.findLongEntry(i);
                    if (e >= 0) {
                        return d.valueAt(e);
                    }
                } else if (o instanceof PyList l && (!l.getPythonClass().isHeapType() || plainSublist.matches(l))) {
                    taken.took(LIST);
                    int size = l.size();
                    long j = Sequences.position(i, size);
                    if (j >= 0 && j < size) {
                        return l.get((int) j);
                    }
                } else if (o instanceof PyTuple t && (!t.getPythonClass().isHeapType() || plainSubtuple.matches(t))) {
                    // (a namedtuple's fields read self[i])
                    taken.took(TUPLE);
                    int size = t.size();
                    long j = Sequences.position(i, size);
                    if (j >= 0 && j < size) {
                        return t.get((int) j);
                    }
                } else if (o instanceof org.auditpy.runtime.PyBytes b && !b.getPythonClass().isHeapType()) {
                    // an exact bytes or bytearray: the byte read in compiled code (a parser's data[i])
                    taken.took(BYTES);
                    byte[] a = b.getBytes();
                    long j = Sequences.position(i, a.length);
                    if (j >= 0 && j < a.length) {
                        return (long) (a[(int) j] & 0xff);
                    }
                }
            } else if (o instanceof org.auditpy.runtime.PyDict d && !d.getPythonClass().isHeapType() && PyOps.hashesByIdentity(k)) {
                taken.took(DICT_IDENTITY);
                // an exact dict and a key that hashes by identity (an instance, a class): found in compiled code
                int e = d.findIdentityEntry(k);
                if (e >= 0) {
                    return d.valueAt(e);
                }
            }
            if (o instanceof org.auditpy.runtime.PyDict d && (k instanceof String || k instanceof Long) && d.getPythonClass().isHeapType() && plainSubdict.matches(d)) {
                taken.took(DICT_SUBCLASS);
                // a present key of a dict subclass that keeps dict's __getitem__ (absent: __missing__ in the generic path)
                int e = k instanceof String s ? d.findStrEntry(s) : d.findLongEntry((Long) k);
                if (e >= 0) {
                    return d.valueAt(e);
                }
            }
            if (o instanceof org.auditpy.runtime.PythonObject po && PyOps.isInstanceOfClass(po)) {
                // a Python class's __getitem__ (a matrix, a record type): called through a cached dispatch
                taken.took(SPECIAL);
                Object r = special().execute(po, new Object[]{po, k});
                if (r != SpecialCall.NOT_CACHED) {
                    return r;
                }
            }
            taken.took(GENERIC);
            return PyOps.getItem(o, k);
        }

        @Child private SpecialCall special;

        private SpecialCall special() {
            SpecialCall s = special;
            if (s == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                s = special = insert(SpecialCall.create("__getitem__"));
            }
            return s;
        }
    }

    /**
     * {@code obj[lower:upper]} (no step): for an exact str or list with int or absent bounds the slice is taken
     * without a slice object (CPython's BUILD_SLICE + BINARY_SUBSCR: bounds as PySlice_AdjustIndices); every
     * other case builds the slice object and subscripts as {@link GetItem}.
     */
    public static final class GetSlice extends ExprNode {
        @Child private ExprNode object;
        @Child private ExprNode lower;
        @Child private ExprNode upper;

        public GetSlice(ExprNode object, ExprNode lower, ExprNode upper) {
            this.object = object;
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object o = object.execute(frame);
            Object a = lower == null ? PyNone.NONE : lower.execute(frame);
            Object b = upper == null ? PyNone.NONE : upper.execute(frame);
            if ((a instanceof Long || a == PyNone.NONE) && (b instanceof Long || b == PyNone.NONE)) {
                if (o instanceof String s) {
                    Object r = strSlice(s, a, b);
                    if (r != null) {
                        return r;
                    }
                } else if (o instanceof PyList l && !l.getPythonClass().isHeapType()) {
                    return listSlice(l, a, b);
                }
            }
            return PyOps.getItem(o, new PySlice(a, b, PyNone.NONE));
        }

        /** A bound adjusted as PySlice_AdjustIndices for step 1. */
        private static int adjust(Object bound, int len, int absent) {
            if (bound == PyNone.NONE) {
                return absent;
            }
            long i = (Long) bound;
            if (i < 0) {
                i += len;
                return i < 0 ? 0 : (int) i;
            }
            return i > len ? len : (int) i;
        }

        /**
         * The slice of a str without surrogate pairs (code point = char), else null. The scan is compiled into the
         * caller; only the substring is a boundary call.
         */
        static String strSlice(String s, Object a, Object b) {
            int len = s.length();
            int start = adjust(a, len, 0);
            int stop = adjust(b, len, len);
            // char offsets are code point indexes up to the first surrogate: with bounds that do not count from
            // the end, only the chars before the last bound used must be free of them (s[:2] of a long str)
            boolean fromStart = (a == PyNone.NONE || (Long) a >= 0) && (b == PyNone.NONE || (Long) b >= 0);
            int scan = !fromStart ? len : b == PyNone.NONE ? start : stop;
            if (scan > StrIndex.SHORT) {
                // a long str: whether it has pairs is kept per string, so a walk through it (s[i:i + 1] in json's
                // decoder) is not quadratic
                if (!StrIndex.isBmp(s)) {
                    return null;
                }
            } else {
                for (int k = 0; k < scan; k++) {
                    if (Character.isSurrogate(s.charAt(k))) {
                        return null;
                    }
                }
            }
            if (start >= stop) {
                return "";
            }
            return start == 0 && stop == len ? s : org.auditpy.builtins.StrBuiltins.substring(s, start, stop);
        }

        @TruffleBoundary
        static PyList listSlice(PyList l, Object a, Object b) {
            int len = l.size();
            int start = adjust(a, len, 0);
            int stop = adjust(b, len, len);
            return l.copyRange(PythonContext.get().types().list, start, stop);
        }
    }

    /** {@code slice(lower, upper, step)} from {@code a:b:c}. */
    public static final class MakeSlice extends ExprNode {
        @Child private ExprNode lower;
        @Child private ExprNode upper;
        @Child private ExprNode step;

        public MakeSlice(ExprNode lower, ExprNode upper, ExprNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object a = lower == null ? PyNone.NONE : lower.execute(frame);
            Object b = upper == null ? PyNone.NONE : upper.execute(frame);
            Object c = step == null ? PyNone.NONE : step.execute(frame);
            return new PySlice(a, b, c);
        }
    }

    /** Element of a display: a plain value or a {@code *iterable} to unpack. */
    public static final class Starred extends ExprNode {
        @Child ExprNode value;

        public Starred(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value.execute(frame);
        }
    }

    /** Evaluates display elements, unpacking starred ones. */
    @ExplodeLoop
    static Object[] evaluateElements(VirtualFrame frame, ExprNode[] elts, boolean hasStar) {
        if (!hasStar) {
            Object[] r = new Object[elts.length];
            for (int i = 0; i < elts.length; i++) {
                r[i] = elts[i].execute(frame);
            }
            return r;
        }
        // the items gathered in an array in compiled code, each starred element's copied in as it is evaluated (an
        // exact tuple's own array, anything else's through the protocol): [*a, *t] took a boundary per element
        Object[] out = new Object[elts.length + 8];
        int n = 0;
        for (int i = 0; i < elts.length; i++) {
            Object v = elts[i].execute(frame);
            if (elts[i] instanceof Starred) {
                Object[] items = v instanceof PyTuple t && !t.getPythonClass().isHeapType() ? t.items() : starredItems(v);
                if (n + items.length > out.length) {
                    out = grow(out, n + items.length + elts.length - i);
                }
                System.arraycopy(items, 0, out, n, items.length);
                n += items.length;
            } else {
                if (n == out.length) {
                    out = grow(out, n + elts.length - i);
                }
                out[n++] = v;
            }
        }
        if (n == out.length) {
            return out;
        }
        Object[] r = new Object[n];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }

    @TruffleBoundary
    private static Object[] grow(Object[] a, int atLeast) {
        return java.util.Arrays.copyOf(a, Math.max(atLeast, a.length * 2));
    }

    /**
     * The items of a starred element of a list or tuple display; as CPython 3.11's
     * LIST_EXTEND, a TypeError of an object that is neither iterable nor a sequence becomes "Value after * must be
     * an iterable, not T" (an error raised by a real {@code __iter__} or {@code __getitem__} passes unchanged).
     */
    @TruffleBoundary
    private static Object[] starredItems(Object v) {
        try {
            return PyOps.toArray(v);
        } catch (org.auditpy.runtime.PyException e) {
            org.auditpy.runtime.PyType t = PyOps.typeOf(v);
            PythonContext ctx = PythonContext.get();
            boolean sequence = t.lookup("__getitem__") != null && !t.isSubtypeOf(ctx.types().dict);
            if (e.getPyException().getPythonClass().isSubtypeOf(ctx.types().exception("TypeError")) && t.lookup("__iter__") == null
                            && !sequence) {
                throw org.auditpy.runtime.PyErrors.typeError("Value after * must be an iterable, not " + PyOps.typeName(v));
            }
            throw e;
        }
    }

    /** {@code (a, b, *c)}. */
    public static final class TupleDisplay extends ExprNode {
        @Children private final ExprNode[] elts;
        private final boolean hasStar;

        public TupleDisplay(ExprNode[] elts, boolean hasStar) {
            this.elts = elts;
            this.hasStar = hasStar;
        }

        /** The two element expressions of {@code (a, b)}, or null for any other tuple display. */
        public ExprNode[] pairElements() {
            return elts.length == 2 && !hasStar ? elts : null;
        }

        /**
         * While every tuple this display made held only ints: they are evaluated unboxed into a {@code long[]}
         * ({@link PyTuple#ofLongs}); the first other element ends it for this node.
         */
        @CompilationFinal private boolean allInts = true;

        @Override
        public Object execute(VirtualFrame frame) {
            if (allInts && !hasStar) {
                return executeInts(frame);
            }
            return new PyTuple(PythonContext.get(this).types().tuple, evaluateElements(frame, elts, hasStar));
        }

        @ExplodeLoop
        private Object executeInts(VirtualFrame frame) {
            long[] values = new long[elts.length];
            for (int i = 0; i < elts.length; i++) {
                try {
                    values[i] = elts[i].executeLong(frame);
                } catch (com.oracle.truffle.api.nodes.UnexpectedResultException e) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    allInts = false;
                    return finishBoxed(frame, values, i, e.getResult());
                }
            }
            return PyTuple.ofLongs(PythonContext.get(this).types().tuple, values);
        }

        /** The elements before {@code i} were ints, element {@code i} is {@code other}: the rest are evaluated boxed. */
        private Object finishBoxed(VirtualFrame frame, long[] values, int i, Object other) {
            Object[] items = new Object[elts.length];
            for (int j = 0; j < i; j++) {
                items[j] = values[j];
            }
            items[i] = other;
            for (int j = i + 1; j < elts.length; j++) {
                items[j] = elts[j].execute(frame);
            }
            return new PyTuple(PythonContext.get(this).types().tuple, items);
        }
    }

    /** {@code [a, b, *c]}. */
    public static final class ListDisplay extends ExprNode {
        @Children private final ExprNode[] elts;
        private final boolean hasStar;

        public ListDisplay(ExprNode[] elts, boolean hasStar) {
            this.elts = elts;
            this.hasStar = hasStar;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] items = evaluateElements(frame, elts, hasStar);
            return PyList.ofValues(PythonContext.get(this).types().list, items, items.length);
        }
    }

    /**
     * {@code {a, b, *c}} (one element at least) other than a display of constants ({@link ConstSetDisplay}).
     * As CPython 3.11 compiles it (Python/compile.c starunpack_helper): with at most 30 elements and no starred
     * one, all elements are evaluated, then added in order (BUILD_SET); with a starred one, the elements before
     * the first starred one are so built; from there (from the start, past 30 elements) each element is
     * evaluated and at once added, a starred one by {@code set.update} (set_update_internal: a set's table is
     * merged, not re-added).
     */
    public static final class SetDisplay extends ExprNode {
        /** CPython's STACK_USE_GUIDELINE: displays of more elements are built element by element. */
        private static final int STACK_USE_GUIDELINE = 30;

        @Children private final ExprNode[] elts;
        /** The number of elements evaluated before the set is made. */
        private final int head;

        public SetDisplay(ExprNode[] elts, boolean hasStar) {
            this.elts = elts;
            int h = elts.length;
            if (elts.length > STACK_USE_GUIDELINE) {
                h = 0;
            } else if (hasStar) {
                h = 0;
                while (!(elts[h] instanceof Starred)) {
                    h++;
                }
            }
            this.head = h;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] items = new Object[head];
            for (int i = 0; i < head; i++) {
                items[i] = elts[i].execute(frame);
            }
            PySet s = makeSet(items);
            for (int i = head; i < elts.length; i++) {
                Object v = elts[i].execute(frame);
                if (elts[i] instanceof Starred) {
                    update(s, v);
                } else {
                    add(s, v);
                }
            }
            return s;
        }

        @TruffleBoundary
        static PySet makeSet(Object[] items) {
            PySet s = new PySet(PythonContext.get().types().set);
            for (Object o : items) {
                s.add(o);
            }
            return s;
        }

        @TruffleBoundary
        private static void add(PySet s, Object v) {
            s.add(v);
        }

        @TruffleBoundary
        private static void update(PySet s, Object iterable) {
            s.update(iterable);
        }
    }

    /**
     * A set display whose elements are all constants once CPython's AST optimizer folded them (literals,
     * signed numbers, tuples of constants; see {@code NodeBuilder}). CPython compiles it to a frozenset
     * constant: built from the elements in order (PyFrozenSet_New of a tuple), then rebuilt from its own
     * iteration order when the compiler merges constants (merge_consts_recursive). A display of 3 or more
     * elements evaluates to a new set updated from that frozenset (BUILD_SET 0, SET_UPDATE: set_merge, which
     * may copy the table or reinsert in the frozenset's order); as the iterable of a {@code for} or a
     * comprehension, or the right operand of {@code in}, any such display is the frozenset itself
     * (ast_opt.c fold_iter). The frozenset is built on the first execution and kept.
     */
    public static final class ConstSetDisplay extends ExprNode {
        @Children private final ExprNode[] elts;
        private final boolean frozenConstant;
        @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private PySet constant;

        public ConstSetDisplay(ExprNode[] elts, boolean frozenConstant) {
            this.elts = elts;
            this.frozenConstant = frozenConstant;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            PySet c = constant;
            if (c == null) {
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                Object[] items = new Object[elts.length];
                for (int i = 0; i < elts.length; i++) {
                    items[i] = elts[i].execute(frame);
                }
                c = buildConstant(items);
                constant = c;
            }
            return frozenConstant ? c : newSetFrom(c);
        }

        @TruffleBoundary
        private static PySet buildConstant(Object[] items) {
            org.auditpy.runtime.PyType fz = PythonContext.get().types().frozenset;
            PySet folded = new PySet(fz);
            for (Object o : items) {
                folded.add(o);
            }
            PySet merged = new PySet(fz);
            for (Object o : folded.toArray()) {
                merged.add(o);
            }
            return merged;
        }

        @TruffleBoundary
        private static PySet newSetFrom(PySet c) {
            PySet s = new PySet(PythonContext.get().types().set);
            s.merge(c);
            return s;
        }
    }

    /** {@code {k: v, **m}}; a null key marks {@code **} unpacking of the value. */
    public static final class DictDisplay extends ExprNode {
        @Children private final ExprNode[] keys;
        @Children private final ExprNode[] values;

        public DictDisplay(ExprNode[] keys, ExprNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            PyDict d = new PyDict(PythonContext.get(this).types().dict);
            for (int i = 0; i < values.length; i++) {
                if (keys[i] == null) {
                    merge(d, values[i].execute(frame));
                } else {
                    Object k = keys[i].execute(frame);
                    Object v = values[i].execute(frame);
                    d.setItem(k, v);
                }
            }
            return d;
        }

        @TruffleBoundary
        static void merge(PyDict d, Object m) {
            if (m instanceof PyDict src) {
                d.putAll(src);
                return;
            }
            Object keysMeth = PyOps.getAttributeOrNull(m, "keys");
            if (keysMeth == null) {
                throw org.auditpy.runtime.PyErrors.typeError("'" + PyOps.typeName(m) + "' object is not a mapping");
            }
            for (Object k : PyOps.toArray(PyOps.callPositional(keysMeth))) {
                d.setItem(k, PyOps.getItem(m, k));
            }
        }
    }

    /** An f-string: concatenation of its parts' strings. */
    public static final class JoinedStr extends ExprNode {
        @Children private final ExprNode[] parts;

        public JoinedStr(ExprNode[] parts) {
            this.parts = parts;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            // up to four parts: one concatenation call with the strings as arguments (no array to allocate)
            switch (parts.length) {
                case 0:
                    return "";
                case 1:
                    return (String) parts[0].execute(frame);
                case 2:
                    return concat((String) parts[0].execute(frame), (String) parts[1].execute(frame));
                case 3: {
                    String a = (String) parts[0].execute(frame);
                    String b = (String) parts[1].execute(frame);
                    return concat(a, b, (String) parts[2].execute(frame));
                }
                case 4: {
                    String a = (String) parts[0].execute(frame);
                    String b = (String) parts[1].execute(frame);
                    String c = (String) parts[2].execute(frame);
                    return concat(a, b, c, (String) parts[3].execute(frame));
                }
                default:
                    break;
            }
            String[] s = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                s[i] = (String) parts[i].execute(frame);
            }
            return org.auditpy.runtime.StrFormat.join(s);
        }

        @TruffleBoundary
        static String concat(String a, String b) {
            return a.concat(b);
        }

        @TruffleBoundary
        static String concat(String a, String b, String c) {
            return a + b + c;
        }

        @TruffleBoundary
        static String concat(String a, String b, String c, String d) {
            return a + b + c + d;
        }
    }

    /** {@code {value!conv:spec}} inside an f-string. */
    public static final class FormattedValue extends ExprNode {
        @Child private ExprNode value;
        @Child private ExprNode spec;
        private final int conversion;
        /** The spec when it is all literal text, parsed once; null when it has fields ({@code {x:{w}d}}) or none. */
        private final FormatSpec.Spec constantSpec;

        /**
         * @param spec the format spec's node, or null for none
         * @param constantSpec the spec's text when it is all literal (then {@code spec} is not evaluated), or null
         */
        public FormattedValue(ExprNode value, int conversion, ExprNode spec, String constantSpec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = constantSpec == null ? spec : null;
            this.constantSpec = constantSpec == null ? null : FormatSpec.parse(constantSpec);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            if (constantSpec != null) {
                return formatConstant(v, conversion, constantSpec);
            }
            if (spec == null && (conversion == -1 || conversion == 's')) {
                // {s} and {n} of an exact str or int: format(s, '') is s, format(n, '') is str(n) (no call)
                if (v instanceof String s) {
                    return s;
                } else if (v instanceof Long l) {
                    return PyOps.longStrCompiled(l);
                }
            }
            String sp = spec == null ? "" : (String) spec.execute(frame);
            return format(v, conversion, sp);
        }

        @TruffleBoundary
        static String formatConstant(Object v, int conversion, FormatSpec.Spec spec) {
            return FormatSpec.format(convert(v, conversion), spec);
        }

        @TruffleBoundary
        static String format(Object v, int conversion, String spec) {
            Object c = convert(v, conversion);
            if (spec.isEmpty() && c instanceof String s) {
                return s;
            }
            return FormatSpec.format(c, spec);
        }

        /** The value after the field's conversion: {@code !r}, {@code !s}, {@code !a}, or none (-1). */
        private static Object convert(Object v, int conversion) {
            if (conversion == 'r') {
                return PyOps.repr(v);
            } else if (conversion == 's') {
                return PyOps.str(v);
            } else if (conversion == 'a') {
                return ascii(PyOps.repr(v));
            }
            return v;
        }

        /** {@code ascii()}: escapes non-ASCII characters of a repr. */
        @TruffleBoundary
        public static String ascii(String repr) {
            StringBuilder sb = new StringBuilder();
            repr.codePoints().forEach(cp -> {
                if (cp < 128) {
                    sb.append((char) cp);
                } else if (cp <= 0xff) {
                    sb.append(String.format("\\x%02x", cp));
                } else if (cp <= 0xffff) {
                    sb.append(String.format("\\u%04x", cp));
                } else {
                    sb.append(String.format("\\U%08x", cp));
                }
            });
            return sb.toString();
        }
    }

    /** {@code (target := value)}. */
    public static final class NamedExpr extends ExprNode {
        @Child private Variables.WriteNode target;
        @Child private ExprNode value;

        public NamedExpr(Variables.WriteNode target, ExprNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            target.write(frame, v);
            return v;
        }
    }
}
