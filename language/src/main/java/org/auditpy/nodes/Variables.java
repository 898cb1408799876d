package org.auditpy.nodes;

import org.auditpy.runtime.FrameArgs;
import org.auditpy.runtime.KeyKind;
import org.auditpy.runtime.PyCell;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/** Reading, writing and deleting names: fast locals (frame slots), cells, globals and class namespaces. */
public final class Variables {
    private Variables() {
    }

    /** Stores a value into a target; the translator builds one per assignment target. */
    public abstract static class WriteNode extends PyNode {
        public abstract void write(VirtualFrame frame, Object value);

        /**
         * Places {@code e}, a failure of this store itself (an attribute or item that cannot be set, a sequence
         * of the wrong length), at this target's span with carets, as CPython 3.11 does; a failure placed inside
         * (the target's object expression) keeps its place, and a target built without a position places none.
         */
        protected final org.auditpy.runtime.PyException place(org.auditpy.runtime.PyException e, String anchors) {
            return getLine() > 0 ? locate(e, anchors) : e;
        }

        /** Stores an int known to fit a long (a range loop's counter): unboxed into a long local slot. */
        public void writeLong(VirtualFrame frame, long value) {
            write(frame, value);
        }

        /** Stores a float; targets that keep it unboxed override this (the default boxes it). */
        public void writeDouble(VirtualFrame frame, double value) {
            write(frame, value);
        }
    }

    /** The globals dict of the running code. */
    public static PyDict globals(VirtualFrame frame) {
        return (PyDict) frame.getArguments()[FrameArgs.GLOBALS];
    }

    @TruffleBoundary
    static PyException unboundLocal(String name) {
        return PyErrors.raise("UnboundLocalError", "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    /*
     * Fast locals keep int, float and bool values unboxed in frame slots, as SimpleLanguage's local variable
     * nodes: the FrameDescriptor's slot kind starts Illegal, the first write sets it to Long, Double or Boolean
     * (or Object), and a write of another kind generalizes it to Object for good (Illegal -> primitive -> Object,
     * never primitive -> other primitive), so every read/write node deoptimizes at most twice. Each node keeps
     * its own compilation-final state: a write node still specialized to long stores longs (the frame's tag says
     * what a slot holds), a read node checks the frame's tag and re-specializes from the descriptor's kind when
     * it differs. bool is not int here: True goes to a Boolean slot, never to a long one; an int outside the
     * long range (BigInteger) is an Object. Generic readers of frames (locals(), frame.f_locals, tracebacks)
     * read slots with getValue, which boxes primitive slots. Unbound is an Object slot holding null.
     */
    static final byte UNINIT = 0;
    static final byte LONG = 1;
    static final byte DOUBLE = 2;
    static final byte BOOLEAN = 3;
    static final byte OBJECT = 4;

    static byte kindOf(Object value) {
        if (value instanceof Long) {
            return LONG;
        } else if (value instanceof Double) {
            return DOUBLE;
        } else if (value instanceof Boolean) {
            return BOOLEAN;
        }
        return OBJECT;
    }

    static FrameSlotKind slotKind(byte kind) {
        return switch (kind) {
            case LONG -> FrameSlotKind.Long;
            case DOUBLE -> FrameSlotKind.Double;
            case BOOLEAN -> FrameSlotKind.Boolean;
            default -> FrameSlotKind.Object;
        };
    }

    /** A fast local in a frame slot (long, double, boolean or Object, see the slot kinds above). */
    public static final class ReadLocal extends ExprNode {
        private final int slot;
        private final String name;
        @CompilationFinal private byte kind = UNINIT;
        /**
         * In the Object state: a primitive was seen in the slot (stored by another write node still specialized
         * to its kind), so reads box whatever the frame's tag says.
         */
        @CompilationFinal private boolean sawPrimitive;
        /** The slot is the target of a {@code +=} (or {@code x = x + e}) of this function: it may hold a {@link StrAccumulator}. */
        private final boolean accumulates;

        public ReadLocal(int slot, String name) {
            this(slot, name, false);
        }

        public ReadLocal(int slot, String name, boolean accumulates) {
            this.slot = slot;
            this.name = name;
            this.accumulates = accumulates;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            switch (kind) {
                case LONG:
                    if (frame.isLong(slot)) {
                        return frame.getLong(slot);
                    }
                    break;
                case DOUBLE:
                    if (frame.isDouble(slot)) {
                        return frame.getDouble(slot);
                    }
                    break;
                case BOOLEAN:
                    if (frame.isBoolean(slot)) {
                        return frame.getBoolean(slot);
                    }
                    break;
                case OBJECT:
                    if (frame.isObject(slot)) {
                        Object v = frame.getObject(slot);
                        if (v != null) {
                            if (accumulates && v instanceof StrAccumulator acc) {
                                return acc.value();
                            }
                            return v;
                        }
                    } else if (sawPrimitive) {
                        // a primitive stored by a write node still specialized to its kind
                        return frame.getValue(slot);
                    }
                    break;
                default:
                    break;
            }
            return slowRead(frame);
        }

        @Override
        public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
            if (kind == LONG && frame.isLong(slot)) {
                return frame.getLong(slot);
            }
            Object v = execute(frame);
            if (v instanceof Long l) {
                return l;
            }
            throw new UnexpectedResultException(v);
        }

        @Override
        public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
            if (kind == DOUBLE && frame.isDouble(slot)) {
                return frame.getDouble(slot);
            }
            Object v = execute(frame);
            if (v instanceof Double d) {
                return d;
            }
            throw new UnexpectedResultException(v);
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
            if (kind == BOOLEAN && frame.isBoolean(slot)) {
                return frame.getBoolean(slot);
            }
            Object v = execute(frame);
            if (v instanceof Boolean b) {
                return b;
            }
            throw new UnexpectedResultException(v);
        }

        private Object slowRead(VirtualFrame frame) {
            if (frame.isObject(slot) && frame.getObject(slot) == null) {
                // unbound (never assigned, or deleted): an exception, not a change of kind
                CompilerDirectives.transferToInterpreter();
                throw unboundLocal(name);
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            if (kind == OBJECT) {
                sawPrimitive = true;
                return StrAccumulator.unwrap(frame.getValue(slot));
            }
            FrameDescriptor fd = frame.getFrameDescriptor();
            byte k = frame.isLong(slot) ? LONG : frame.isDouble(slot) ? DOUBLE : frame.isBoolean(slot) ? BOOLEAN : OBJECT;
            if (k != OBJECT && fd.getSlotKind(slot) == slotKind(k)) {
                kind = k;
            } else {
                if (k == OBJECT && fd.getSlotKind(slot) != FrameSlotKind.Object) {
                    fd.setSlotKind(slot, FrameSlotKind.Object);
                }
                kind = OBJECT;
            }
            return StrAccumulator.unwrap(frame.getValue(slot));
        }
    }

    /**
     * The value of a fast local that a loop of {@code s += t} builds, as CPython's in-place concatenation of a str
     * nobody else holds (Python/ceval.c, {@code unicode_concatenate}): the characters are appended to a builder
     * kept in the local's frame slot, and a {@code str} is made only when the local is read (then kept until the
     * next append), so n appends cost O(total length) rather than O(n * length). It never leaves the slot: every
     * reader of such a slot ({@link ReadLocal} built with {@code accumulates}, {@link ConcatLocal}, the frame's
     * generic readers through {@link #unwrap}) sees the str.
     */
    public static final class StrAccumulator {
        private final StringBuilder chars;
        private String value;

        @TruffleBoundary
        StrAccumulator(String left, String right) {
            chars = new StringBuilder(Math.max(16, (left.length() + right.length()) * 2));
            chars.append(left).append(right);
        }

        @TruffleBoundary
        void append(String s) {
            chars.append(s);
            value = null;
        }

        /** The str it holds (made on the first read after an append). */
        public String value() {
            String v = value;
            if (v == null) {
                v = materialize();
            }
            return v;
        }

        @TruffleBoundary
        private String materialize() {
            value = chars.toString();
            return value;
        }

        /** {@code v}, or the str of {@code v} when it is an accumulator: for generic readers of a frame's slots. */
        public static Object unwrap(Object v) {
            return v instanceof StrAccumulator acc ? acc.value() : v;
        }
    }

    /**
     * {@code x += e} (or {@code x = x + e}) on a fast local, as CPython's in-place str concatenation: when x holds a
     * str (or a {@link StrAccumulator}) and e gives an exact str, the result is built in place once it reaches
     * {@link #MIN_LENGTH} characters. When x holds anything else (an int, a list, nothing), {@code plain}, the
     * statement as it is compiled without this node, runs instead (unboxed ints and all). When e gives something
     * other than a str, the generic operator {@code op} runs on the operands passed in the temporaries
     * {@code leftTemp} and {@code rightTemp} (TypeError, {@code __radd__}, a str subclass). x is read before e runs,
     * as in CPython; e has no assignment expression, so it cannot rebind x (NodeBuilder's concatCandidate).
     */
    public static final class ConcatLocal extends StmtNode {
        /** Shorter results are plain concatenations: a builder is worth it only for strings that keep growing. */
        static final int MIN_LENGTH = 128;
        private final int slot;
        private final int leftTemp;
        private final int rightTemp;
        @Child private ExprNode value;
        @Child private ExprNode op;
        @Child private WriteNode write;
        @Child private StmtNode plain;
        @CompilationFinal private boolean sawStr;
        @CompilationFinal private boolean sawOther;

        public ConcatLocal(int slot, ExprNode value, ExprNode op, WriteNode write, int leftTemp, int rightTemp, StmtNode plain) {
            this.slot = slot;
            this.value = value;
            this.op = op;
            this.write = write;
            this.leftTemp = leftTemp;
            this.rightTemp = rightTemp;
            this.plain = plain;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object left = frame.isObject(slot) ? frame.getObject(slot) : null;
            if (!(left instanceof String || left instanceof StrAccumulator)) {
                plain.executeVoid(frame);
                return;
            }
            if (!sawStr) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                sawStr = true;
            }
            Object right = value.execute(frame);
            if (right instanceof String r) {
                if (left instanceof StrAccumulator acc) {
                    acc.append(r);
                    return;
                }
                String l = (String) left;
                if (l.length() + r.length() >= MIN_LENGTH) {
                    write.write(frame, new StrAccumulator(l, r));
                } else {
                    write.write(frame, Expressions.BinaryOp.concatBoundary(l, r));
                }
                return;
            }
            if (!sawOther) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                sawOther = true;
            }
            frame.setObject(leftTemp, StrAccumulator.unwrap(left));
            frame.setObject(rightTemp, right);
            Object result;
            try {
                result = op.execute(frame);
            } finally {
                frame.setObject(leftTemp, null);
                frame.setObject(rightTemp, null);
            }
            write.write(frame, result);
        }
    }

    /** Stores into a fast local, unboxed while the slot's kind allows (see the slot kinds above). */
    public static final class WriteLocal extends WriteNode {
        private final int slot;
        @CompilationFinal private byte kind = UNINIT;

        public WriteLocal(int slot) {
            this.slot = slot;
        }

        @Override
        public void write(VirtualFrame frame, Object value) {
            switch (kind) {
                case LONG:
                    if (value instanceof Long l) {
                        frame.setLong(slot, l);
                        return;
                    }
                    break;
                case DOUBLE:
                    if (value instanceof Double d) {
                        frame.setDouble(slot, d);
                        return;
                    }
                    break;
                case BOOLEAN:
                    if (value instanceof Boolean b) {
                        frame.setBoolean(slot, b);
                        return;
                    }
                    break;
                case OBJECT:
                    frame.setObject(slot, value);
                    return;
                default:
                    break;
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            specialize(frame, value);
            write(frame, value);
        }

        @Override
        public void writeLong(VirtualFrame frame, long value) {
            if (kind == LONG) {
                frame.setLong(slot, value);
            } else {
                write(frame, value);
            }
        }

        @Override
        public void writeDouble(VirtualFrame frame, double value) {
            if (kind == DOUBLE) {
                frame.setDouble(slot, value);
            } else {
                write(frame, value);
            }
        }

        /** Evaluates {@code value} (unboxed when the slot is) and stores it. */
        public void writeFrom(VirtualFrame frame, ExprNode value) {
            try {
                switch (kind) {
                    case LONG:
                        frame.setLong(slot, value.executeLong(frame));
                        return;
                    case DOUBLE:
                        frame.setDouble(slot, value.executeDouble(frame));
                        return;
                    case BOOLEAN:
                        frame.setBoolean(slot, value.executeBoolean(frame));
                        return;
                    default:
                        write(frame, value.execute(frame));
                        return;
                }
            } catch (UnexpectedResultException e) {
                write(frame, e.getResult());
            }
        }

        private void specialize(VirtualFrame frame, Object value) {
            FrameDescriptor fd = frame.getFrameDescriptor();
            FrameSlotKind current = fd.getSlotKind(slot);
            byte k = kindOf(value);
            if (k != OBJECT && (current == FrameSlotKind.Illegal || current == slotKind(k))) {
                if (current == FrameSlotKind.Illegal) {
                    fd.setSlotKind(slot, slotKind(k));
                }
                kind = k;
            } else {
                if (current != FrameSlotKind.Object) {
                    fd.setSlotKind(slot, FrameSlotKind.Object);
                }
                kind = OBJECT;
            }
        }
    }

    /** Stores a compiler temporary (always an Object slot, read by {@link Expressions.ReadTemp}). */
    public static final class WriteTemp extends WriteNode {
        private final int slot;

        public WriteTemp(int slot) {
            this.slot = slot;
        }

        @Override
        public void write(VirtualFrame frame, Object value) {
            frame.setObject(slot, value);
        }
    }

    public static final class DeleteLocal extends StmtNode {
        private final int slot;
        private final String name;

        public DeleteLocal(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (frame.isObject(slot) && frame.getObject(slot) == null) {
                CompilerDirectives.transferToInterpreter();
                throw unboundLocal(name);
            }
            frame.setObject(slot, null);
        }
    }

    /** A variable held in a cell (captured by an inner function, or free in this one). */
    public static final class ReadCell extends ExprNode {
        private final int slot;
        private final String name;
        private final boolean free;

        public ReadCell(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            PyCell cell = (PyCell) frame.getObject(slot);
            Object v = cell.get();
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                if (free) {
                    throw PyErrors.nameError("cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope", name);
                }
                throw unboundLocal(name);
            }
            return v;
        }
    }

    public static final class WriteCell extends WriteNode {
        private final int slot;

        public WriteCell(int slot) {
            this.slot = slot;
        }

        @Override
        public void write(VirtualFrame frame, Object value) {
            ((PyCell) frame.getObject(slot)).set(value);
        }
    }

    public static final class DeleteCell extends StmtNode {
        private final int slot;
        private final String name;

        public DeleteCell(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            PyCell c = (PyCell) frame.getObject(slot);
            if (c.get() == null) {
                throw unboundLocal(name);
            }
            c.set(null);
        }
    }

    /** A global (module-level) name: globals, then builtins; NameError otherwise. */
    public static final class ReadGlobal extends ExprNode {
        private final String name;
        /** The globals dict the cached value belongs to (null: not cached). */
        @CompilationFinal private PyDict cachedGlobals;
        @CompilationFinal private Object cachedValue;
        /** The key in globals; for builtins also {@code __builtins__} in globals and the key in the builtins dict. */
        @CompilationFinal private Assumption inGlobals;
        @CompilationFinal private Assumption builtinsKey;
        @CompilationFinal private Assumption inBuiltins;
        /** Times the cache was (re)filled; past a few the name is looked up every time (a rebound global). */
        @CompilationFinal private int fills;

        public ReadGlobal(String name) {
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            PyDict g = globals(frame);
            if (cachedGlobals != null) {
                if (g == cachedGlobals && inGlobals.isValid() && (builtinsKey == null || builtinsKey.isValid() && inBuiltins.isValid())) {
                    return cachedValue;
                }
                CompilerDirectives.transferToInterpreterAndInvalidate();
                cachedGlobals = null;
            } else if (fills < 4) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
            } else {
                return lookup(g, name);
            }
            if (fills >= 4) {
                return lookup(g, name);
            }
            fills++;
            return fill(g);
        }

        private Object fill(PyDict g) {
            Assumption a1 = g.watchKey(name);
            Object v = g.getStr(name);
            if (v != null) {
                builtinsKey = null;
                inBuiltins = null;
            } else {
                Assumption a2 = g.watchKey("__builtins__");
                Object b = g.getStr("__builtins__");
                PyDict bd = b instanceof org.auditpy.runtime.PyModule m ? m.getDict() : b instanceof PyDict d ? d : PythonContext.get(this).getBuiltins().getDict();
                Assumption a3 = bd.watchKey(name);
                v = bd.getStr(name);
                if (v == null) {
                    throw PyErrors.nameError("name '" + name + "' is not defined", name);
                }
                builtinsKey = a2;
                inBuiltins = a3;
            }
            inGlobals = a1;
            cachedValue = v;
            cachedGlobals = g;
            if (builtinsKey == null && v instanceof org.auditpy.runtime.PythonObject && !(v instanceof org.auditpy.runtime.PyType) &&
                            !(v instanceof org.auditpy.runtime.PyFunction) && !(v instanceof org.auditpy.runtime.PyModule) &&
                            !(v instanceof org.auditpy.runtime.PyBuiltinFunction)) {
                // a global instance: once rebound or deleted, the tree must not keep it alive (del x; gc.collect() ends
                // its weak references in CPython); classes, functions and modules live on in practice
                g.onKeyChange(name, () -> dropCached(g));
            }
            return v;
        }

        /** The cached value of globals {@code g} is stale: dropped (the assumption already deoptimized its users). */
        private void dropCached(PyDict g) {
            if (cachedGlobals == g) {
                cachedGlobals = null;
                cachedValue = null;
            }
        }

        @TruffleBoundary
        static Object lookup(PyDict globals, String name) {
            Object v = globals.getStr(name);
            if (v != null) {
                return v;
            }
            Object b = globals.getStr("__builtins__");
            PyDict bd = b instanceof org.auditpy.runtime.PyModule m ? m.getDict() : b instanceof PyDict d ? d : PythonContext.get().getBuiltins().getDict();
            v = bd.getStr(name);
            if (v != null) {
                return v;
            }
            throw PyErrors.nameError("name '" + name + "' is not defined", name);
        }
    }

    public static final class WriteGlobal extends WriteNode {
        private final String name;

        public WriteGlobal(String name) {
            this.name = name;
        }

        @Override
        public void write(VirtualFrame frame, Object value) {
            globals(frame).setStr(name, value);
        }
    }

    public static final class DeleteGlobal extends StmtNode {
        private final String name;

        public DeleteGlobal(String name) {
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            delete(globals(frame), name);
        }

        @TruffleBoundary
        static void delete(PyDict d, String name) {
            if (d.removeItem(name) == null) {
                throw PyErrors.nameError("name '" + name + "' is not defined", name);
            }
        }
    }

    /**
     * The separate locals mapping module-level code runs with ({@code exec(code, globals, locals)}: bound
     * argument 0, absent otherwise, when locals are the globals).
     */
    static Object moduleLocals(VirtualFrame frame) {
        Object[] a = frame.getArguments();
        return a.length > FrameArgs.USER ? a[FrameArgs.USER] : null;
    }

    static boolean isExactDict(Object o) {
        return o instanceof PyDict d && d.getPythonClass() == PythonContext.get().types().dict;
    }

    /**
     * A name of module-level or class-body code ({@code LOAD_NAME}): the locals mapping if any (exec's locals, or the
     * class namespace, which a metaclass's {@code __prepare__} may have made any mapping), then globals and builtins
     * through the cached global read.
     */
    public static final class ReadName extends ExprNode {
        private final String name;
        @Child private ReadGlobal global;

        public ReadName(String name) {
            this.name = name;
            this.global = new ReadGlobal(name);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object locals = moduleLocals(frame);
            if (locals != null) {
                Object v = lookupLocal(locals, name);
                if (v != null) {
                    return v;
                }
            }
            return global.execute(frame);
        }

        /** The name in a locals mapping, or null. */
        @TruffleBoundary
        static Object lookupLocal(Object locals, String name) {
            Object v;
            if (isExactDict(locals)) {
                v = ((PyDict) locals).getStr(name);
            } else {
                try {
                    v = PyOps.getItem(locals, name);
                } catch (PyException e) {
                    if (!PyOps.isException(e, "KeyError")) {
                        throw e;
                    }
                    v = null;
                }
            }
            return v;
        }
    }

    /** A name of module-level or class-body code as a target ({@code STORE_NAME}): the locals mapping if any, else globals. */
    public static final class WriteName extends WriteNode {
        private final String name;

        public WriteName(String name) {
            this.name = name;
        }

        @Override
        public void write(VirtualFrame frame, Object value) {
            Object locals = moduleLocals(frame);
            if (locals == null) {
                globals(frame).setStr(name, value);
            } else {
                store(locals, name, value);
            }
        }

        @TruffleBoundary
        static void store(Object locals, String name, Object value) {
            if (isExactDict(locals)) {
                ((PyDict) locals).setStr(name, value);
            } else {
                PyOps.setItem(locals, name, value);
            }
        }
    }

    /** {@code del name} in module-level or class-body code ({@code DELETE_NAME}): from the locals mapping if any, else globals. */
    public static final class DeleteName extends StmtNode {
        private final String name;

        public DeleteName(String name) {
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object locals = moduleLocals(frame);
            if (locals == null) {
                DeleteGlobal.delete(globals(frame), name);
            } else {
                delete(locals, name);
            }
        }

        @TruffleBoundary
        static void delete(Object locals, String name) {
            if (isExactDict(locals)) {
                DeleteGlobal.delete((PyDict) locals, name);
                return;
            }
            try {
                PyOps.delItem(locals, name);
            } catch (PyException e) {
                if (!PyOps.isException(e, "KeyError")) {
                    throw e;
                }
                throw PyErrors.nameError("name '" + name + "' is not defined", name);
            }
        }
    }

    /**
     * The namespace of a class body (bound argument 0 of the class body's code): a dict, or any mapping a
     * metaclass's {@code __prepare__} returned.
     */
    static Object classNamespace(VirtualFrame frame) {
        return frame.getArguments()[FrameArgs.USER];
    }

    /** A free variable read in a class body: the class namespace first, then the cell ({@code LOAD_CLASSDEREF}). */
    public static final class ReadClassDeref extends ExprNode {
        private final String name;
        private final int slot;

        public ReadClassDeref(String name, int slot) {
            this.name = name;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = ReadName.lookupLocal(classNamespace(frame), name);
            if (v != null) {
                return v;
            }
            Object c = ((PyCell) frame.getObject(slot)).get();
            if (c == null) {
                throw PyErrors.nameError("cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope", name);
            }
            return c;
        }
    }

    /**
     * SETUP_ANNOTATIONS (CPython 3.11, Python/ceval.c): at the start of a module or class body that has annotated
     * assignments, {@code __annotations__ = {}} in its namespace unless the namespace already has one.
     */
    public static final class SetupAnnotations extends StmtNode {
        private final boolean inClass;

        public SetupAnnotations(boolean inClass) {
            this.inClass = inClass;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (inClass) {
                setup(classNamespace(frame));
            } else {
                Object locals = moduleLocals(frame);
                setup(locals == null ? globals(frame) : locals);
            }
        }

        @TruffleBoundary
        static void setup(Object ns) {
            if (ns instanceof PyDict d) {
                if (d.getStr("__annotations__") == null) {
                    d.setStr("__annotations__", PyDict.create());
                }
            } else if (!PyOps.contains(ns, "__annotations__")) {
                PyOps.setItem(ns, "__annotations__", PyDict.create());
            }
        }
    }

    /** Attribute target {@code obj.name = value}. */
    public static final class WriteAttribute extends WriteNode {
        @Child private ExprNode object;
        private final String name;

        public WriteAttribute(ExprNode object, String name) {
            this.object = object;
            this.name = name;
        }

        @Child private Attributes.SetAttrNode set;

        @Override
        public void write(VirtualFrame frame, Object value) {
            Object obj = object.execute(frame);
            if (set == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                set = insert(AttributesFactory.SetAttrNodeGen.create(name));
            }
            try {
                set.execute(obj, value);
            } catch (org.auditpy.runtime.PyException e) {
                throw place(e, null);
            }
        }
    }

    /** Subscript target {@code obj[key] = value}. */
    public static final class WriteSubscript extends WriteNode {
        @Child private ExprNode object;
        @Child private ExprNode key;

        public WriteSubscript(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        /** The caret pattern ({@code ~~^^^}) of a failing store, or null. */
        private String anchors;

        /** Sets the caret pattern of a failing store (at build time). */
        public void setAnchors(String anchors) {
            this.anchors = anchors;
        }

        /**
         * 0: no store yet; 1: floats into a list's float storage, the value evaluated unboxed; 3: ints into a list's
         * int storage, likewise; 2: anything.
         */
        @CompilationFinal private int valueKind;

        @Override
        public void write(VirtualFrame frame, Object value) {
            Object o = object.execute(frame);
            Object k = key.execute(frame);
            try {
                store(o, k, value);
            } catch (org.auditpy.runtime.PyException e) {
                throw place(e, anchors);
            }
        }

        /**
         * {@code obj[key] = value} with the value's node (evaluated first, as in CPython): a site that stores floats into
         * a list's float storage (ints into its int storage) evaluates the value unboxed, so that no box is made for it (the value of
         * {@code v[3] -= dx * m} is made where several paths merge, and would be materialized there).
         */
        public void writeFrom(VirtualFrame frame, ExprNode value) {
            if (valueKind == 1) {
                double x;
                try {
                    x = value.executeDouble(frame);
                } catch (UnexpectedResultException e) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    valueKind = 2;
                    write(frame, e.getResult());
                    return;
                }
                Object o = object.execute(frame);
                Object k = key.execute(frame);
                if (o instanceof org.auditpy.runtime.PyList l && k instanceof Long i) {
                    // as Expressions.GetItem#executeDouble: checks and store in one straight line
                    double[] d = l.floatsOrNull();
                    if (d != null && !l.getPythonClass().isHeapType()) {
                        int size = l.size();
                        long j = org.auditpy.runtime.Sequences.position(i, size);
                        if (j >= 0 && j < size) {
                            d[(int) j] = x;
                            return;
                        }
                    }
                }
                try {
                    store(o, k, x);
                } catch (org.auditpy.runtime.PyException e) {
                    throw place(e, anchors);
                }
                return;
            }
            if (valueKind == 3) {
                long x;
                try {
                    x = value.executeLong(frame);
                } catch (UnexpectedResultException e) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    valueKind = 2;
                    write(frame, e.getResult());
                    return;
                }
                Object o = object.execute(frame);
                Object k = key.execute(frame);
                if (o instanceof org.auditpy.runtime.PyList l && k instanceof Long i) {
                    long[] g = l.longsOrNull();
                    if (g != null && !l.getPythonClass().isHeapType()) {
                        int size = l.size();
                        long j = org.auditpy.runtime.Sequences.position(i, size);
                        if (j >= 0 && j < size) {
                            g[(int) j] = x;
                            return;
                        }
                    }
                }
                try {
                    store(o, k, x);
                } catch (org.auditpy.runtime.PyException e) {
                    throw place(e, anchors);
                }
                return;
            }
            Object v = value.execute(frame);
            Object o = object.execute(frame);
            if (valueKind == 0) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                if (v instanceof Double && o instanceof org.auditpy.runtime.PyList l && l.hasFloatStorage()) {
                    valueKind = 1;
                } else if (v instanceof Long && o instanceof org.auditpy.runtime.PyList l && l.hasLongStorage()) {
                    valueKind = 3;
                } else {
                    valueKind = 2;
                }
            }
            Object k = key.execute(frame);
            try {
                store(o, k, v);
            } catch (org.auditpy.runtime.PyException e) {
                throw place(e, anchors);
            }
        }

        /**
         * The paths this site has taken ({@link #LIST}, {@link #DICT_STR}, {@link #DICT_INT}, {@link #DICT_IDENTITY},
         * {@link #GENERIC} ...): compiled code holds
         * only those (as {@code Expressions.GetItem}'s).
         */
        private final TakenPaths taken = new TakenPaths();
        private static final byte LIST = 1;
        private static final byte DICT_STR = 2;
        private static final byte GENERIC = 4;
        private static final byte DICT_SUBCLASS = 8;
        private static final byte SPECIAL = 16;
        private static final byte DICT_INT = 32;
        private static final byte DICT_IDENTITY = 64;

        @Child private SpecialCall special;

        private SpecialCall special() {
            SpecialCall s = special;
            if (s == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                s = special = insert(SpecialCall.create("__setitem__"));
            }
            return s;
        }

        /** A Counter or defaultdict whose str or int key is stored in compiled code ({@code c[w] += 1}). */
        private final PlainSubclass plainSubdict = new PlainSubclass("__setitem__", PlainSubclass.Base.DICT);

        private void store(Object o, Object k, Object value) {
            if (o instanceof org.auditpy.runtime.PyList l && k instanceof Long i && !l.getPythonClass().isHeapType()) {
                taken.took(LIST);
                int size = l.size();
                long j = org.auditpy.runtime.Sequences.position(i, size);
                if (j >= 0 && j < size) {
                    l.set((int) j, value);
                    return;
                }
            } else if (k instanceof String s && o instanceof org.auditpy.runtime.PyDict d && !d.getPythonClass().isHeapType()) {
                taken.took(DICT_STR);
                // an exact dict and an exact str key: replaced or added in compiled code
                if (d.storeKnown(s, KeyKind.STR, value)) {
                    return;
                }
            } else if (k instanceof Long && o instanceof org.auditpy.runtime.PyDict d && !d.getPythonClass().isHeapType()) {
                taken.took(DICT_INT);
                if (d.storeKnown(k, KeyKind.INT, value)) {
                    return;
                }
            } else if (o instanceof org.auditpy.runtime.PyDict d && !d.getPythonClass().isHeapType() && PyOps.hashesByIdentity(k)) {
                taken.took(DICT_IDENTITY);
                // an instance, class or function as the key (CPython's object.__hash__)
                if (d.storeKnown(k, KeyKind.IDENTITY, value)) {
                    return;
                }
            } else if ((k instanceof String || k instanceof Long) && o instanceof org.auditpy.runtime.PyDict d && plainSubdict.matches(d)) {
                taken.took(DICT_SUBCLASS);
                // a dict subclass that keeps dict's __setitem__ (a Counter, a defaultdict), a str or int key
                if (d.storeKnown(k, k instanceof String ? KeyKind.STR : KeyKind.INT, value)) {
                    return;
                }
            }
            if (o instanceof org.auditpy.runtime.PythonObject po && PyOps.isInstanceOfClass(po)) {
                // a Python class's __setitem__: called through a cached dispatch
                taken.took(SPECIAL);
                if (special().execute(po, new Object[]{po, k, value}) != SpecialCall.NOT_CACHED) {
                    return;
                }
            }
            taken.took(GENERIC);
            PyOps.setItem(o, k, value);
        }
    }

    /** Unpacking target {@code a, *b, c = value}. */
    public static final class WriteUnpack extends WriteNode {
        @Children private final WriteNode[] targets;
        private final int starIndex;

        public WriteUnpack(WriteNode[] targets, int starIndex) {
            this.targets = targets;
            this.starIndex = starIndex;
        }

        /** Whether this is {@code a, b} (two targets, no starred one). */
        public boolean isPair() {
            return starIndex < 0 && targets.length == 2;
        }

        /** Unpacks the pair {@code (first, second)} without a tuple (only when {@link #isPair}). */
        public void writePair(VirtualFrame frame, long first, Object second) {
            targets[0].writeLong(frame, first);
            targets[1].write(frame, second);
        }

        /** Unpacks the pair {@code (first, second)} of two ints without a tuple or a box (only when {@link #isPair}). */
        public void writePair(VirtualFrame frame, long first, long second) {
            targets[0].writeLong(frame, first);
            targets[1].writeLong(frame, second);
        }

        /** Unpacks the pair {@code (first, second)} without a tuple or a box (only when {@link #isPair}). */
        public void writePair(VirtualFrame frame, Object first, long second) {
            targets[0].write(frame, first);
            targets[1].writeLong(frame, second);
        }

        /** Unpacks the pair {@code (first, second)} without a tuple (only when {@link #isPair}). */
        public void writePair(VirtualFrame frame, Object first, Object second) {
            targets[0].write(frame, first);
            targets[1].write(frame, second);
        }

        /**
         * The kinds of value this target has unpacked ({@link #TUPLE_OF_INTS} ...): compiled code holds those paths
         * only, as {@link WriteSubscript}'s stores do.
         */
        private final TakenPaths taken = new TakenPaths();
        private static final byte TUPLE_OF_INTS = 1;
        private static final byte TUPLE = 2;
        private static final byte LIST = 4;
        private static final byte OTHER = 8;

        @Override
        @com.oracle.truffle.api.nodes.ExplodeLoop
        public void write(VirtualFrame frame, Object value) {
            Object[] items = null;
            if (starIndex < 0) {
                if (value instanceof org.auditpy.runtime.PyTuple t && t.size() == targets.length) {
                    long[] longs = t.longsOrNull();
                    if (longs != null) {
                        taken.took(TUPLE_OF_INTS);
                        // a tuple of unboxed ints: each target takes its int (a long slot stores it unboxed)
                        for (int i = 0; i < targets.length; i++) {
                            targets[i].write(frame, longs[i]);
                        }
                        return;
                    }
                    taken.took(TUPLE);
                    items = t.items();
                } else if (value instanceof org.auditpy.runtime.PyList l && l.size() == targets.length && !l.getPythonClass().isHeapType()) {
                    taken.took(LIST);
                    items = l.toArray();
                }
            }
            if (items == null) {
                taken.took(OTHER);
                try {
                    items = unpack(value, targets.length, starIndex);
                } catch (org.auditpy.runtime.PyException e) {
                    throw place(e, null);
                }
            }
            for (int i = 0; i < targets.length; i++) {
                targets[i].write(frame, items[i]);
            }
        }

        @TruffleBoundary
        static Object[] unpack(Object value, int n, int star) {
            Object[] all;
            if (value instanceof org.auditpy.runtime.PyTuple t && star < 0) {
                all = t.items();
            } else {
                Object it = org.auditpy.runtime.Sequences.getIterOrNull(value);
                if (it == null) {
                    throw PyErrors.typeError("cannot unpack non-iterable " + PyOps.typeName(value) + " object");
                }
                if (star < 0) {
                    all = new Object[n];
                    for (int i = 0; i < n; i++) {
                        Object o = PyOps.next(it);
                        if (o == null) {
                            throw PyErrors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                        }
                        all[i] = o;
                    }
                    if (PyOps.next(it) != null) {
                        throw PyErrors.valueError("too many values to unpack (expected " + n + ")");
                    }
                    return all;
                }
                java.util.ArrayList<Object> l = new java.util.ArrayList<>();
                Object o;
                while ((o = PyOps.next(it)) != null) {
                    l.add(o);
                }
                all = l.toArray();
            }
            if (star < 0) {
                if (all.length != n) {
                    if (all.length < n) {
                        throw PyErrors.valueError("not enough values to unpack (expected " + n + ", got " + all.length + ")");
                    }
                    throw PyErrors.valueError("too many values to unpack (expected " + n + ")");
                }
                return all;
            }
            int after = n - star - 1;
            if (all.length < n - 1) {
                throw PyErrors.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got " + all.length + ")");
            }
            Object[] r = new Object[n];
            System.arraycopy(all, 0, r, 0, star);
            r[star] = org.auditpy.runtime.PyList.of(java.util.Arrays.copyOfRange(all, star, all.length - after));
            System.arraycopy(all, all.length - after, r, star + 1, after);
            return r;
        }
    }
}
