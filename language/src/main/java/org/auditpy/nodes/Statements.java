package org.auditpy.nodes;

import java.util.concurrent.locks.LockSupport;

import org.auditpy.runtime.ExceptionSupport;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Warnings;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.BytecodeOSRNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.profiles.ConditionProfile;

/** Statement nodes. */
public final class Statements {
    private Statements() {
    }

    /** A sequence of statements; records each statement's line in exceptions passing through (tracebacks). */
    public static final class Block extends StmtNode {
        @Children private final StmtNode[] body;

        public Block(StmtNode[] body) {
            this.body = body;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            for (int i = 0; i < body.length; i++) {
                boolean located = !Warnings.NO_BYTES_WARNING.isValid();
                Node outer = located ? Warnings.enterStatement(body[i]) : null;
                try {
                    if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                        Tracing.line(this, frame.materialize(), body[i].getLine(), false);
                    }
                    body[i].executeVoid(frame);
                } catch (PyException e) {
                    e.recordLine(body[i].getLine());
                    if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                        Tracing.exception(this, frame.materialize(), e);
                    }
                    throw e;
                } catch (OutOfMemoryError oom) {
                    throw memoryError(body[i].getLine());
                } catch (StackOverflowError so) {
                    throw recursionError(body[i].getLine());
                } finally {
                    if (located) {
                        Warnings.leaveStatement(outer);
                    }
                }
            }
        }

        /**
         * The Java stack ran out inside the statement (a recursion through builtins, such as the repr of a deeply
         * nested list, with no Python frame between): RecursionError raised by the statement, catchable there.
         */
        static PyException recursionError(int line) {
            PyException e = org.auditpy.runtime.Recursion.stackOverflow("");
            e.recordLine(line);
            return e;
        }

        /** The JVM's heap is exhausted: Python code sees MemoryError raised by the statement, as in CPython. */
        static PyException memoryError(int line) {
            CompilerDirectives.transferToInterpreter();
            PyException e = PyErrors.noMemory();
            e.recordLine(line);
            return e;
        }

        @Override
        @ExplodeLoop
        public Object executeReturning(VirtualFrame frame) {
            for (int i = 0; i < body.length; i++) {
                Object result;
                boolean located = !Warnings.NO_BYTES_WARNING.isValid();
                Node outer = located ? Warnings.enterStatement(body[i]) : null;
                try {
                    if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                        Tracing.line(this, frame.materialize(), body[i].getLine(), false);
                    }
                    result = body[i].executeReturning(frame);
                } catch (PyException e) {
                    e.recordLine(body[i].getLine());
                    if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                        Tracing.exception(this, frame.materialize(), e);
                    }
                    throw e;
                } catch (OutOfMemoryError oom) {
                    throw memoryError(body[i].getLine());
                } catch (StackOverflowError so) {
                    throw recursionError(body[i].getLine());
                } finally {
                    if (located) {
                        Warnings.leaveStatement(outer);
                    }
                }
                if (result != ControlFlow.NO_RETURN) {
                    return result;
                }
            }
            return ControlFlow.NO_RETURN;
        }

        public StmtNode[] getBody() {
            return body;
        }
    }

    /** An expression statement. */
    public static final class ExprStmt extends StmtNode {
        @Child private ExprNode value;

        public ExprStmt(ExprNode value) {
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            value.execute(frame);
        }

        public ExprNode getValue() {
            return value;
        }
    }

    /**
     * An expression statement of interactive ('single' mode) code outside any function or class body: its value goes
     * to {@code sys.displayhook}, as CPython's PRINT_EXPR (Python/compile.c compiler_visit_stmt_expr).
     */
    public static final class PrintExpr extends StmtNode {
        @Child private ExprNode value;

        public PrintExpr(ExprNode value) {
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            display(value.execute(frame));
        }

        @TruffleBoundary
        private static void display(Object v) {
            org.auditpy.runtime.PythonContext ctx = org.auditpy.runtime.PythonContext.get();
            Object hook = ctx.getSys() == null ? null : ctx.getSys().getDict().getStr("displayhook");
            if (hook == null) {
                throw PyErrors.runtimeError("lost sys.displayhook");
            }
            PyOps.callPositional(hook, v);
        }
    }

    /** {@code t1 = t2 = value}. */
    public static final class Assign extends StmtNode {
        @Children private final Variables.WriteNode[] targets;
        @Child private ExprNode value;
        /** The target when it is a single fast local: the value is evaluated unboxed when the slot is. */
        @Child private Variables.WriteLocal local;
        /** The target when it is a single subscript: a float stored into a list's float storage is not boxed. */
        @Child private Variables.WriteSubscript subscript;

        public Assign(Variables.WriteNode[] targets, ExprNode value) {
            this.targets = targets;
            this.value = value;
            this.local = targets.length == 1 && targets[0] instanceof Variables.WriteLocal w ? w : null;
            this.subscript = targets.length == 1 && targets[0] instanceof Variables.WriteSubscript w ? w : null;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            if (local != null) {
                local.writeFrom(frame, value);
                return;
            }
            if (subscript != null) {
                subscript.writeFrom(frame, value);
                return;
            }
            Object v = value.execute(frame);
            for (int i = 0; i < targets.length; i++) {
                targets[i].write(frame, v);
            }
        }
    }

    /** Runs a statement for its effect (del, pass, ...). */
    public static final class Pass extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
        }
    }

    /** {@code if test: body else: orelse}. */
    public static final class If extends StmtNode {
        @Child private ExprNode test;
        @Child private StmtNode body;
        @Child private StmtNode orelse;
        private final ConditionProfile profile = ConditionProfile.createCountingProfile();

        @Child private Expressions.TruthNode truth = Expressions.TruthNode.create();

        public If(ExprNode test, StmtNode body, StmtNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (profile.profile(truth.execute(test.execute(frame)))) {
                body.executeVoid(frame);
            } else if (orelse != null) {
                orelse.executeVoid(frame);
            }
        }

        @Override
        public Object executeReturning(VirtualFrame frame) {
            if (profile.profile(truth.execute(test.execute(frame)))) {
                return body.executeReturning(frame);
            } else if (orelse != null) {
                return orelse.executeReturning(frame);
            }
            return ControlFlow.NO_RETURN;
        }
    }

    /**
     * A loop of a plain function's body run with on-stack replacement that <em>transfers the frame</em>
     * ({@link BytecodeOSRNode}): when the loop gets hot in the interpreter, its OSR-compiled code runs on a copy of
     * the function's frame that the compiler keeps in registers (virtual), and the copy goes back into the frame
     * when the loop ends or throws. A {@link LoopNode}'s OSR code instead runs on the interpreter's frame passed in
     * as an argument (materialized): every local variable read and write in the loop was a load or store with a
     * slot-tag check, and every float in it a store of a double to memory (nbody.py's steady state ran in such
     * code at 2x GraalPy's time, whose bytecode OSR transfers the frame as this does).
     * <p>
     * Only loops of function bodies (def, lambda, list/set/dict comprehension; not generators, whose body runs on
     * a materialized frame shared with the generator object, nor module or class code, which reads its locals
     * mapping from the frame's arguments by their count): the OSR frame's arguments are the function frame's
     * arguments with the parent frame appended ({@link #storeParentFrameInArguments}), so globals, the closure
     * and the callee read from the arguments stay where the body's nodes look for them.
     */
    public abstract static class TransferOSRLoop extends StmtNode implements BytecodeOSRNode {
        @CompilationFinal private Object osrMetadata;
        /** The function frame's slot count, set before the first OSR compilation. */
        @CompilationFinal private int slotCount;

        /** One iteration (the test or next item, then the body); false when the loop ends. */
        protected abstract boolean iterate(VirtualFrame frame);

        /** Runs the loop to its end (a break, return or exception propagates). */
        protected final void runLoop(VirtualFrame frame) {
            int count = 0;
            long weight = 0;
            try {
                while (iterate(frame)) {
                    if (CompilerDirectives.inInterpreter() || CompilerDirectives.hasNextTier()) {
                        count++;
                    }
                    TruffleSafepoint.poll(this);
                    if (CompilerDirectives.inInterpreter()) {
                        if (count == 1 && osrEntered && reenterOSR(frame)) {
                            return;
                        }
                        int w = 1 + nestedIterations;
                        nestedIterations = 0;
                        weight += w;
                        if (weight >= OSR_MIN_ITERATIONS && BytecodeOSRNode.pollOSRBackEdge(this, w) && enterOSR(frame)) {
                            return;
                        }
                    }
                }
            } finally {
                if (count > 0) {
                    // the iterations count towards compiling the function (to its next tier), as a LoopNode's do
                    if (CompilerDirectives.inInterpreter()) {
                        LoopNode.reportLoopCount(this, count);
                        reportToEnclosing(count);
                    } else if (CompilerDirectives.hasNextTier()) {
                        LoopNode.reportLoopCount(this, count);
                    }
                }
            }
        }

        /**
         * OSR is for a loop that runs long in one execution, as a {@link LoopNode}'s (whose count starts at 0 on each
         * execution): an inner loop of a few iterations run by a hot outer loop must not be OSR-compiled on its own
         * (the runtime's back-edge counter, kept across executions, would), while the outer loop's count includes
         * the iterations of the loops inside it.
         */
        private static final int OSR_MIN_ITERATIONS = 1000;

        /**
         * Runs the rest of the loop in its OSR code if that is compiled (then true: the loop is done), else requests
         * or awaits its compilation (false: go on in the interpreter). Interpreter only.
         * <p>
         * On a machine of 1-2 processors the program's thread, the Truffle compiler thread and HotSpot's C1 thread
         * (which compiles the Graal compiler itself early in a run) share the cores, and the first compilations of a
         * process take 2-3 times as long as with the program's thread stopped (bench/README.md, "Waiting for a cold
         * compilation"). So a loop whose OSR compilation has been pending for {@link PythonContext#osrWaitNanos()}
         * waits for it, polling every millisecond (safepoints included, so Ctrl-C still interrupts), but never longer
         * in all than the time since the request that it did not spend waiting: a compilation that fails or lands late
         * at most doubles that time, and a short program (whose loops finish within the wait) never waits.
         */
        private boolean enterOSR(VirtualFrame frame) {
            if (ranOSR(frame)) {
                return true;
            }
            long now = System.nanoTime();
            if (osrPendingSince == 0) {
                osrPendingSince = now;
                osrWaited = 0;
                return false;
            }
            long after = PythonContext.get(this).osrWaitNanos();
            long interpreted = now - osrPendingSince - osrWaited;
            if (after < 0 || interpreted < after || osrWaited >= interpreted) {
                return false;
            }
            long deadline = now + (interpreted - osrWaited);
            try {
                while (System.nanoTime() < deadline) {
                    LockSupport.parkNanos(1_000_000L);
                    TruffleSafepoint.poll(this);
                    if (ranOSR(frame)) {
                        return true;
                    }
                }
                return false;
            } finally {
                if (osrPendingSince != 0) {
                    osrWaited += System.nanoTime() - now;
                }
            }
        }

        /** Runs the rest of the loop in its OSR code if that is compiled; true if it did (nothing is pending then). */
        private boolean ranOSR(VirtualFrame frame) {
            if (BytecodeOSRNode.tryOSR(this, 0, null, null, frame) == null) {
                return false;
            }
            osrPendingSince = 0;
            osrEntered = true;
            return true;
        }

        /**
         * The loop's OSR code ran the last time it was tried: the next execution of the loop in the interpreter (a
         * function called in a loop before it is compiled as a whole) enters it at its first back edge instead of
         * after about a thousand more iterations in the interpreter (the OSR threshold, then Truffle's polling
         * interval).
         */
        private boolean osrEntered;

        /** At the first back edge of an execution: runs the rest of the loop in its OSR code if that is still valid. */
        private boolean reenterOSR(VirtualFrame frame) {
            if (BytecodeOSRNode.tryOSR(this, 0, null, null, frame) != null) {
                return true;
            }
            osrEntered = false;
            return false;
        }

        /** When this loop's OSR compilation was first found pending (System.nanoTime()); 0: none is. */
        private long osrPendingSince;
        /** Nanoseconds this loop has waited for that compilation. */
        private long osrWaited;

        /** Iterations of loops inside this one since this one's last back edge (interpreter only). */
        private int nestedIterations;
        /** The loop around this one in the same function, if any (resolved on the first report). */
        private TransferOSRLoop enclosing;
        private boolean enclosingResolved;

        private void reportToEnclosing(int count) {
            if (!enclosingResolved) {
                enclosingResolved = true;
                for (Node p = getParent(); p != null && !(p instanceof com.oracle.truffle.api.nodes.RootNode); p = p.getParent()) {
                    if (p instanceof TransferOSRLoop l) {
                        enclosing = l;
                        break;
                    }
                }
            }
            if (enclosing != null) {
                int n = enclosing.nestedIterations + count;
                enclosing.nestedIterations = n < 0 ? Integer.MAX_VALUE : n;
            }
        }

        /**
         * The rest of the loop, in the OSR code. Through {@link #runLoop}: when that code deoptimizes, the loop goes
         * on in the interpreter with its back edges counted again, and enters the OSR code again once it is
         * recompiled (a plain loop here ran all the remaining iterations, a whole repetition of nbody.py, in the
         * interpreter).
         */
        @Override
        public final Object executeOSR(VirtualFrame osrFrame, int target, Object interpreterState) {
            runLoop(osrFrame);
            return Boolean.TRUE;
        }

        /**
         * Loads the runtime's OSR root classes of both kinds (LoopNode OSR, bytecode OSR) at once. Compiled code
         * that meets a {@code BaseOSRRootNode} while only one of them is loaded assumes the unique subclass (a class
         * hierarchy dependency); the first OSR of the other kind, later in the run, loaded it and deoptimized that
         * code (seen as nbody.py's advance() loop leaving its OSR code for the interpreter in one repetition).
         */
        static {
            ClassLoader loader = com.oracle.truffle.api.Truffle.getRuntime().getClass().getClassLoader();
            for (String name : new String[]{"com.oracle.truffle.runtime.OptimizedOSRLoopNode$LoopOSRRootNode",
                            "com.oracle.truffle.runtime.BytecodeOSRRootNode"}) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // another runtime (e.g. the default, non-optimizing one): nothing to preload
                }
            }
        }

        /**
         * The last argument of an OSR call whose loop runs on the OSR call's own frame; see {@link #copyIntoOSRFrame}.
         */
        public static final Object OSR_FRAME_IN_USE = new Object();

        /**
         * Copies the function's frame into the OSR frame (the runtime's transfer), then replaces the parent frame in
         * the OSR call's arguments by {@link #OSR_FRAME_IN_USE}. Truffle 25.0.1 runs the loop on the OSR frame, unless
         * the function's frame descriptor was materialized before (a traceback, {@code sys._getframe()}): then on the
         * function's frame itself, and this copy is never made. A stack walk reports the OSR frame either way, so the
         * marker tells {@code Frames.pythonFrames} which of the two holds the loop's variables (without it,
         * {@code sys._getframe().f_locals} in such a loop was empty).
         */
        @Override
        public final void copyIntoOSRFrame(VirtualFrame osrFrame, VirtualFrame parentFrame, long target, Object targetMetadata) {
            BytecodeOSRNode.super.copyIntoOSRFrame(osrFrame, parentFrame, target, targetMetadata);
            Object[] args = osrFrame.getArguments();
            args[args.length - 1] = OSR_FRAME_IN_USE;
        }

        @Override
        public final Object getOSRMetadata() {
            return osrMetadata;
        }

        @Override
        public final void setOSRMetadata(Object osrMetadata) {
            this.osrMetadata = osrMetadata;
        }

        /**
         * The OSR code's frame goes back into the function's frame slot by slot, in the compiled code (the runtime's
         * default restore first deoptimizes: an inner loop OSR-compiled on its own, exited on every run of its outer
         * loop, deoptimized each time). The slot kinds of the OSR frame are known to the compiler at each exit, so
         * the switch folds to one move per slot.
         */
        @Override
        public final void restoreParentFrame(VirtualFrame osrFrame, VirtualFrame parentFrame) {
            copySlots(osrFrame, parentFrame, slotCount);
        }

        @Override
        public final void prepareOSR(int target) {
            slotCount = getRootNode().getFrameDescriptor().getNumberOfSlots();
        }

        @ExplodeLoop
        private static void copySlots(com.oracle.truffle.api.frame.Frame from, com.oracle.truffle.api.frame.Frame to, int n) {
            for (int i = 0; i < n; i++) {
                byte tag = from.getTag(i);
                if (tag == TAG_OBJECT) {
                    to.setObject(i, from.getObject(i));
                } else if (tag == TAG_LONG) {
                    to.setLong(i, from.getLong(i));
                } else if (tag == TAG_DOUBLE) {
                    to.setDouble(i, from.getDouble(i));
                } else if (tag == TAG_BOOLEAN) {
                    to.setBoolean(i, from.getBoolean(i));
                } else if (tag == TAG_INT) {
                    to.setInt(i, from.getInt(i));
                } else if (tag == TAG_ILLEGAL) {
                    to.clear(i);
                } else {
                    to.setObject(i, from.getValue(i));
                }
            }
        }

        private static final byte TAG_OBJECT = com.oracle.truffle.api.frame.FrameSlotKind.Object.tag;
        private static final byte TAG_LONG = com.oracle.truffle.api.frame.FrameSlotKind.Long.tag;
        private static final byte TAG_DOUBLE = com.oracle.truffle.api.frame.FrameSlotKind.Double.tag;
        private static final byte TAG_BOOLEAN = com.oracle.truffle.api.frame.FrameSlotKind.Boolean.tag;
        private static final byte TAG_INT = com.oracle.truffle.api.frame.FrameSlotKind.Int.tag;
        private static final byte TAG_ILLEGAL = com.oracle.truffle.api.frame.FrameSlotKind.Illegal.tag;

        @Override
        public final Object[] storeParentFrameInArguments(VirtualFrame parentFrame) {
            Object[] args = parentFrame.getArguments();
            Object[] osrArgs = java.util.Arrays.copyOf(args, args.length + 1);
            osrArgs[args.length] = parentFrame;
            return osrArgs;
        }

        @Override
        public final com.oracle.truffle.api.frame.Frame restoreParentFrameFromArguments(Object[] arguments) {
            return (com.oracle.truffle.api.frame.Frame) arguments[arguments.length - 1];
        }
    }

    /** {@code while test: body else: orelse}, as a Truffle {@link LoopNode} (OSR-capable). */
    public static final class While extends StmtNode {
        @Child private LoopNode loop;
        @Child private StmtNode orelse;

        public While(ExprNode test, StmtNode body, StmtNode orelse) {
            this.loop = com.oracle.truffle.api.Truffle.getRuntime().createLoopNode(new WhileRepeat(test, body));
            this.orelse = orelse;
        }

        StmtNode body() {
            return ((WhileRepeat) loop.getRepeatingNode()).body;
        }

        /**
         * The loop in a plain function's body: {@link FunctionWhile}, whose OSR code transfers the frame; else (module,
         * class, generator code) a {@link LoopNode}.
         */
        public static StmtNode create(ExprNode test, StmtNode body, StmtNode orelse, boolean plainFunction) {
            return plainFunction ? new FunctionWhile(test, body, orelse) : new While(test, body, orelse);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            try {
                loop.execute(frame);
            } catch (ControlFlow.BreakException b) {
                return;
            }
            if (orelse != null) {
                orelse.executeVoid(frame);
            }
        }
    }

    /** {@code while test: body else: orelse} in a plain function's body (see {@link TransferOSRLoop}). */
    public static final class FunctionWhile extends TransferOSRLoop {
        @Child private WhileRepeat repeat;
        @Child private StmtNode orelse;

        FunctionWhile(ExprNode test, StmtNode body, StmtNode orelse) {
            this.repeat = new WhileRepeat(test, body);
            this.orelse = orelse;
        }

        StmtNode body() {
            return repeat.body;
        }

        @Override
        protected boolean iterate(VirtualFrame frame) {
            return repeat.executeRepeating(frame);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            try {
                runLoop(frame);
            } catch (ControlFlow.BreakException b) {
                return;
            }
            if (orelse != null) {
                orelse.executeVoid(frame);
            }
        }
    }

    static final class WhileRepeat extends Node implements RepeatingNode {
        @Child private ExprNode test;
        @Child private StmtNode body;
        private final BranchProfile continueTaken = BranchProfile.create();

        @Child private Expressions.TruthNode truth = Expressions.TruthNode.create();

        WhileRepeat(ExprNode test, StmtNode body) {
            this.test = test;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                Tracing.loopTest(this, frame.materialize());
            }
            if (!truth.execute(test.execute(frame))) {
                return false;
            }
            try {
                body.executeVoid(frame);
            } catch (ControlFlow.ContinueException c) {
                continueTaken.enter();
            }
            if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                Tracing.backwardJump(this, frame.materialize());
            }
            return true;
        }
    }

    /** {@code for target in iter: body else: orelse}. */
    public static final class For extends StmtNode {
        @Child private ExprNode iter;
        @Child private LoopNode loop;
        @Child private StmtNode orelse;
        private final int iteratorSlot;

        public For(Variables.WriteNode target, ExprNode iter, StmtNode body, StmtNode orelse, int iteratorSlot) {
            this.iter = iter;
            this.iteratorSlot = iteratorSlot;
            this.loop = com.oracle.truffle.api.Truffle.getRuntime().createLoopNode(new ForRepeat(target, body, iteratorSlot));
            this.orelse = orelse;
        }

        StmtNode body() {
            return ((ForRepeat) loop.getRepeatingNode()).body;
        }

        /**
         * The loop in a plain function's body: {@link FunctionFor}, whose OSR code transfers the frame; else (module,
         * class, generator code) a {@link LoopNode}.
         */
        public static StmtNode create(Variables.WriteNode target, ExprNode iter, StmtNode body, StmtNode orelse, int iteratorSlot,
                        boolean plainFunction) {
            return plainFunction ? new FunctionFor(target, iter, body, orelse, iteratorSlot) : new For(target, iter, body, orelse, iteratorSlot);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object iterable = iter.execute(frame);
            frame.setObject(iteratorSlot, ((ForRepeat) loop.getRepeatingNode()).startInline(iterable));
            try {
                loop.execute(frame);
            } catch (ControlFlow.BreakException b) {
                return;
            } finally {
                frame.setObject(iteratorSlot, null);
            }
            if (orelse != null) {
                orelse.executeVoid(frame);
            }
        }
    }

    /** {@code for target in iter: body else: orelse} in a plain function's body (see {@link TransferOSRLoop}). */
    public static final class FunctionFor extends TransferOSRLoop {
        @Child private ExprNode iter;
        @Child private ForRepeat repeat;
        @Child private StmtNode orelse;
        private final int iteratorSlot;

        FunctionFor(Variables.WriteNode target, ExprNode iter, StmtNode body, StmtNode orelse, int iteratorSlot) {
            this.iter = iter;
            this.iteratorSlot = iteratorSlot;
            this.repeat = new ForRepeat(target, body, iteratorSlot);
            this.orelse = orelse;
        }

        StmtNode body() {
            return repeat.body;
        }

        @Override
        protected boolean iterate(VirtualFrame frame) {
            return repeat.executeRepeating(frame);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object iterable = iter.execute(frame);
            frame.setObject(iteratorSlot, repeat.startInline(iterable));
            try {
                runLoop(frame);
            } catch (ControlFlow.BreakException b) {
                return;
            } finally {
                frame.setObject(iteratorSlot, null);
            }
            if (orelse != null) {
                orelse.executeVoid(frame);
            }
        }
    }

    /** Iteration state for a range fast path: counts longs without an iterator object. */
    static final class RangeState {
        long next;
        final long step;
        long remaining;

        RangeState(long next, long step, long remaining) {
            this.next = next;
            this.step = step;
            this.remaining = remaining;
        }
    }

    /** Iteration state over an exact list or tuple: an index, re-checked against the live size (as listiter). */
    static final class SeqState {
        final org.auditpy.runtime.PyList list;
        final Object[] tuple;
        /** The ints of a tuple made unboxed ({@link PyTuple#longsOrNull}), else null. */
        final long[] tupleLongs;
        int index;

        /** One of the three is non-null: one constructor, so that a loop's state has one allocation site. */
        SeqState(org.auditpy.runtime.PyList list, Object[] tuple, long[] tupleLongs) {
            this.list = list;
            this.tuple = tuple;
            this.tupleLongs = tupleLongs;
        }
    }

    public static final class ForRepeat extends Node implements RepeatingNode {
        @Child private Variables.WriteNode target;
        @Child private StmtNode body;
        private final int slot;
        private final BranchProfile continueTaken = BranchProfile.create();
        @Child private Iteration.StepNode step = Iteration.StepNode.create();
        /** The next() of an enumerate's underlying iterator, created by the first enumerate this loop steps. */
        @Child private Iteration.NextNode enumNext;
        /** The target is {@code a, b} (index and item of an enumerate are written without a tuple). */
        private final boolean pairTarget;
        /** The item sources with their own path in writeNext that this loop has met ({@link #DICT_ITEMS}). */
        private final TakenPaths taken = new TakenPaths();
        private static final int DICT_ITEMS = 1;

        ForRepeat(Variables.WriteNode target, StmtNode body, int slot) {
            this.target = target;
            this.body = body;
            this.slot = slot;
            this.pairTarget = target instanceof Variables.WriteUnpack u && u.isPair();
        }

        /**
         * The loop state for {@code iterable}: for an exact list or tuple made in compiled code (a state allocated
         * behind the boundary always escaped, while this one can stay virtual when the loop is inlined: a function
         * looping over a small list, called in a loop), for a range of longs likewise, for anything else by
         * {@link #start}.
         */
        Object startInline(Object iterable) {
            // Each kind of iterable whose state can stay virtual (list, tuple, range) that this loop has started on is
            // a path of its own in compiled code, and the others deoptimize: had they all merged into one value, the
            // merge with the iterator of the generic path would have made every state object escape (a loop over a
            // list inside a hot loop allocated its state at each round). A loop that has only met iterators keeps
            // both iterator paths, merged as before: narrowed to the builtin iterators alone, the loop state's type
            // let Graal move a guard out of a comprehension's loop speculatively, which failed at its first run
            // (RuntimeTest.iteratorLoopsCompiledOnce).
            if (iterable instanceof org.auditpy.runtime.PyList l && !l.getPythonClass().isHeapType()) {
                started.took(START_LIST);
                return new SeqState(l, null, null);
            }
            if (iterable instanceof PyTuple t && !t.getPythonClass().isHeapType()) {
                started.took(START_TUPLE);
                long[] longs = t.longsOrNull();
                return new SeqState(null, longs != null ? null : t.items(), longs);
            }
            if (iterable instanceof org.auditpy.builtins.IterTypes.PyRange r && !r.isBig()) {
                // range cannot be subclassed; its count is made here, where it can stay virtual with the range
                started.took(START_RANGE);
                return new RangeState(r.start, r.step, r.length);
            }
            boolean virtualStates = started.tookAny(START_LIST | START_TUPLE | START_RANGE);
            if (Iteration.isOwnIterator(iterable)) {
                // a generator or a builtin iterator: no boundary
                if (virtualStates) {
                    started.took(START_OWN);
                }
                return iterable;
            }
            if (virtualStates) {
                started.took(START_OTHER);
            }
            if (Iteration.GetIterNode.isHeapInstance(iterable)) {
                // an instance of a Python class: its __iter__ through a cached call, not behind the boundary
                if (getIter == null) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    getIter = insert(Iteration.GetIterNode.create());
                }
                return getIter.execute(iterable);
            }
            return start(iterable);
        }

        @Child private Iteration.GetIterNode getIter;

        /** The kinds of iterable {@link #startInline} has met at this loop. */
        private final TakenPaths started = new TakenPaths();
        private static final int START_LIST = 1;
        private static final int START_TUPLE = 2;
        private static final int START_RANGE = 4;
        private static final int START_OWN = 8;
        private static final int START_OTHER = 16;

        /** The loop state of an iterable other than an exact list or tuple: a range's bounds, else its iterator. */
        @TruffleBoundary
        static Object start(Object iterable) {
            if (iterable instanceof org.auditpy.runtime.PyIterator.RangeIterator || !(iterable instanceof org.auditpy.runtime.PythonObject po)) {
                return PyOps.getIter(iterable);
            }
            Object fast = org.auditpy.runtime.RangeSupport.fastRange(po);
            if (fast instanceof long[] r) {
                return new RangeState(r[0], r[1], r[2]);
            }
            return PyOps.getIter(iterable);
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                Tracing.loopTest(this, frame.materialize());
            }
            Object state = frame.getObject(slot);
            if (state instanceof RangeState r) {
                if (r.remaining <= 0) {
                    return false;
                }
                r.remaining--;
                long i = r.next;
                r.next = i + r.step;
                target.writeLong(frame, i);
            } else if (state instanceof org.auditpy.runtime.PyIterator.RangeIterator ri) {
                // a range iterator (`for x in it`; and every comprehension over a range: its loop gets iter(range))
                if (!ri.hasNext()) {
                    return false;
                }
                target.writeLong(frame, ri.nextLong());
            } else if (state instanceof SeqState || state instanceof org.auditpy.builtins.IterTypes.Enumerate en && !en.getPythonClass().isHeapType()) {
                if (!writeNext(frame, state)) {
                    return false;
                }
            } else if (!step.execute(frame, state, target)) {
                return false;
            }
            // A range iterator stepped in Iteration.StepNode, and any iterator stepped at the end of writeNext (a
            // generator), made the first compilation of the loop deoptimize at its first run (a guard Graal had moved
            // out of the loop speculatively: gone with -Djdk.graal.SpeculativeGuardMovement=false) and the function
            // was compiled a second time; stepped in the branches above, they are compiled once.
            // one call of the body after the merge: a body inlined per branch doubles per nesting level
            try {
                body.executeVoid(frame);
            } catch (ControlFlow.ContinueException c) {
                continueTaken.enter();
            }
            if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                Tracing.backwardJump(this, frame.materialize());
            }
            return true;
        }

        /** Stores the next item of a list/tuple/iterator state into the target; false at the end. */
        private boolean writeNext(VirtualFrame frame, Object state) {
            Object item;
            if (state instanceof SeqState sq) {
                int i = sq.index;
                if (sq.list != null) {
                    if (i >= sq.list.size()) {
                        return false;
                    }
                    if (sq.list.hasLongStorage()) {
                        // an int of the list's int storage goes to the target unboxed (a long frame slot)
                        sq.index = i + 1;
                        target.writeLong(frame, sq.list.getLong(i));
                        return true;
                    }
                    if (sq.list.hasFloatStorage()) {
                        // likewise a float (its box, kept in the loop's state, escaped at every round of an
                        // enclosing loop)
                        sq.index = i + 1;
                        target.writeDouble(frame, sq.list.getDouble(i));
                        return true;
                    }
                    item = sq.list.get(i);
                } else if (sq.tupleLongs != null) {
                    if (i >= sq.tupleLongs.length) {
                        return false;
                    }
                    sq.index = i + 1;
                    target.writeLong(frame, sq.tupleLongs[i]);
                    return true;
                } else {
                    if (i >= sq.tuple.length) {
                        return false;
                    }
                    item = sq.tuple[i];
                }
                sq.index = i + 1;
            } else if (state instanceof org.auditpy.builtins.IterTypes.Enumerate e && e.hasSmallIndex()) {
                // enumerate.__next__ in compiled code: the item, then the index (as enum_next), a long as long as
                // it fits, and for `for i, x in enumerate(...)` no (index, item) tuple
                if (pairTarget && e.iterator() instanceof org.auditpy.runtime.PyIterator.ListIterator li && li.hasNextLong()) {
                    // an int of a list's int storage: no box for it either
                    long x = li.nextLong();
                    ((Variables.WriteUnpack) target).writePair(frame, e.takeSmallIndex(), x);
                    return true;
                }
                Object v = enumNext().execute(e.iterator());
                if (v == null) {
                    return false;
                }
                if (!e.hasSmallIndex()) {
                    item = e.pairWith(v);
                } else if (pairTarget) {
                    ((Variables.WriteUnpack) target).writePair(frame, e.takeSmallIndex(), v);
                    return true;
                } else {
                    item = new PyTuple(PythonContext.get(this).types().tuple, new Object[]{e.takeSmallIndex(), v});
                }
            } else if (pairTarget && state instanceof org.auditpy.runtime.PyIterator.DictIterator di && di.isItems()) {
                // for k, v in d.items(): the key and the value to the targets, without an item tuple (compiled only
                // once this loop has met a dict's items, so that other pair loops keep their size)
                taken.took(DICT_ITEMS);
                int e = di.nextEntry();
                if (e < 0) {
                    return false;
                }
                org.auditpy.runtime.PyDict d = di.dict();
                ((Variables.WriteUnpack) target).writePair(frame, d.keyAt(e), d.valueAt(e));
                return true;
            } else {
                return step.execute(frame, state, target);
            }
            target.write(frame, item);
            return true;
        }

        private Iteration.NextNode enumNext() {
            if (enumNext == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                enumNext = insert(Iteration.NextNode.create());
            }
            return enumNext;
        }

        @TruffleBoundary
        public static Object nextItem(Object it) {
            return PyOps.next(it);
        }
    }

    /** {@code break}. */
    public static final class Break extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ControlFlow.BreakException.INSTANCE;
        }
    }

    /** {@code continue}. */
    public static final class Continue extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ControlFlow.ContinueException.INSTANCE;
        }
    }

    /** {@code return value}. */
    public static final class Return extends StmtNode {
        @Child private ExprNode value;

        public Return(ExprNode value) {
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw new ControlFlow.ReturnException(value == null ? PyNone.NONE : value.execute(frame));
        }

        @Override
        public Object executeReturning(VirtualFrame frame) {
            return value == null ? PyNone.NONE : value.execute(frame);
        }
    }

    /** {@code raise}, {@code raise exc}, {@code raise exc from cause}. */
    public static final class Raise extends StmtNode {
        @Child private ExprNode exc;
        @Child private ExprNode cause;

        public Raise(ExprNode exc, ExprNode cause) {
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            PythonContext ctx = PythonContext.get(this);
            if (exc == null) {
                PyBaseException cur = ctx.handledException;
                if (cur == null) {
                    throw PyErrors.runtimeError("No active exception to reraise");
                }
                PyException e = cur.toThrowable(this);
                e.markFrameRecorded();
                throw e;
            }
            Object e = exc.execute(frame);
            Object c = cause == null ? null : cause.execute(frame);
            if (e instanceof PyType t && (c == null || c instanceof PyBaseException) && isExceptionClass(ctx, t)) {
                // raise Class [from instance] (raise StopIteration, raise NotImplementedError): the class is called
                // with no arguments as at a call site, in compiled code; what the call returns is raised as below
                Object inst = classCall().execute(t, new Object[0], org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
                if (!(inst instanceof PyBaseException)) {
                    throw notAnInstance(t, inst);
                }
                e = inst;
            }
            if (e instanceof PyBaseException pe && (c == null || c instanceof PyBaseException)) {
                // raise instance [from instance]: no class to call, stays in compiled code
                if (c != null) {
                    pe.setCause(c);
                }
                PyBaseException handled = ctx.handledException;
                if (handled != null && handled != pe) {
                    if (handled.getContext() instanceof PyBaseException) {
                        // a chain that might lead back to pe: cut there, as CPython
                        ExceptionSupport.setImplicitContext(pe, handled);
                    } else {
                        pe.setContext(handled);
                    }
                }
                throw locate(pe.toThrowable(this), null);
            }
            // the raise statement's span is the failing position in this frame (the carets under it, as CPython's)
            throw locate(raise(ctx, e, c, cause != null, this), null);
        }

        @Child private Calls.Dispatch classCall;
        @Child private TypeChecks.IsSubtypeNode isSubtype;

        private Calls.Dispatch classCall() {
            Calls.Dispatch d = classCall;
            if (d == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                d = classCall = insert(CallsFactory.DispatchNodeGen.create());
            }
            return d;
        }

        /** Whether {@code t} derives from BaseException (CPython's {@code PyExceptionClass_Check}). */
        private boolean isExceptionClass(PythonContext ctx, PyType t) {
            TypeChecks.IsSubtypeNode n = isSubtype;
            if (n == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                n = isSubtype = insert(TypeChecks.IsSubtypeNode.create());
            }
            return n.execute(t, ctx.types().baseException);
        }

        /** CPython's message (Python/ceval.c do_raise) names the type by its repr: "... not <class 'int'>". */
        @TruffleBoundary
        private static PyException notAnInstance(PyType t, Object inst) {
            return PyErrors.typeError("calling " + PyOps.repr(t) + " should have returned an instance of BaseException, not " + PyOps.repr(PyOps.typeOf(inst)));
        }

        @TruffleBoundary
        static PyException raise(PythonContext ctx, Object e, Object c, boolean hasCause, Node location) {
            PyBaseException pe = makeException(e);
            if (hasCause) {
                if (c == PyNone.NONE) {
                    pe.setCause(PyNone.NONE);
                } else {
                    boolean valid = c instanceof PyBaseException || c instanceof PyType ct && ct.isSubtypeOf(ctx.types().baseException);
                    if (!valid) {
                        throw PyErrors.typeError("exception causes must derive from BaseException");
                    }
                    pe.setCause(makeException(c));
                }
            }
            if (ctx.handledException != null) {
                ExceptionSupport.setImplicitContext(pe, ctx.handledException);
            }
            return pe.toThrowable(location);
        }

        /** An exception instance from {@code raise X}: an instance, or a class to instantiate. */
        @TruffleBoundary
        public static PyBaseException makeException(Object e) {
            PyType base = PythonContext.get().types().baseException;
            if (e instanceof PyType t && t.isSubtypeOf(base)) {
                Object inst = PyOps.callPositional(t);
                if (inst instanceof PyBaseException pb) {
                    return pb;
                }
                throw notAnInstance(t, inst);
            }
            if (e instanceof PyBaseException pb) {
                return pb;
            }
            throw PyErrors.typeError("exceptions must derive from BaseException");
        }
    }

    /**
     * {@code assert test, msg}. {@code raisedAt}: the range a traceback shows for the AssertionError (line, column,
     * end line, end column: a comparison in the test, as CPython 3.11 has it), or null for the statement's.
     */
    public static final class Assert extends StmtNode {
        @Child private ExprNode test;
        @Child private ExprNode msg;
        @CompilationFinal(dimensions = 1) private final int[] raisedAt;

        public Assert(ExprNode test, ExprNode msg, int[] raisedAt) {
            this.test = test;
            this.msg = msg;
            this.raisedAt = raisedAt;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (!Expressions.truth(test.execute(frame))) {
                CompilerDirectives.transferToInterpreter();
                PyType t = PythonContext.get(this).types().exception("AssertionError");
                org.auditpy.runtime.PyException e = msg == null ? PyErrors.raise(t) : PyErrors.raise(t, msg.execute(frame));
                if (raisedAt != null) {
                    e.recordPosition(raisedAt[0], raisedAt[1], raisedAt[2], raisedAt[3], null);
                }
                throw locate(e, null);
            }
        }
    }

    /** {@code try: ... except ...: ... else: ... finally: ...}. */
    public static final class Try extends StmtNode {
        @Child private StmtNode body;
        @Children private final ExceptHandler[] handlers;
        @Child private StmtNode orelse;
        @Child private StmtNode finalbody;

        public Try(StmtNode body, ExceptHandler[] handlers, StmtNode orelse, StmtNode finalbody) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
        }

        /** Whether the statement has {@code except} clauses (then a caught exception materializes the frame). */
        boolean catches() {
            return handlers.length > 0;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (finalbody == null) {
                executeExcept(frame);
                return;
            }
            PythonContext ctx = PythonContext.get(this);
            try {
                executeExcept(frame);
            } catch (PyException e) {
                e.recordLine(getLine());
                // the finally block is a handler of the frame: the exception gets its traceback entry here (an
                // exception raised by the block has it as __context__, with its traceback), as in CPython
                Tracebacks.catchInFrame(e, frame, this);
                PyBaseException saved = ctx.handledException;
                ctx.handledException = e.getPyException();
                try {
                    finalbody.executeVoid(frame);
                } finally {
                    ctx.handledException = saved;
                }
                Tracebacks.rethrowUnmatched(e, this);
                throw e;
            } catch (ControlFlow.ReturnException | ControlFlow.BreakException | ControlFlow.ContinueException cf) {
                finalbody.executeVoid(frame);
                throw cf;
            }
            finalbody.executeVoid(frame);
        }

        @ExplodeLoop
        private void executeExcept(VirtualFrame frame) {
            if (handlers.length == 0) {
                body.executeVoid(frame);
                return;
            }
            try {
                body.executeVoid(frame);
            } catch (PyException e) {
                dispatch(frame, e);
                return;
            } catch (OutOfMemoryError oom) {
                // the JVM's heap is exhausted: Python code sees MemoryError, as CPython's failed allocations
                CompilerDirectives.transferToInterpreter();
                dispatch(frame, PyErrors.noMemory());
                return;
            } catch (StackOverflowError so) {
                dispatch(frame, org.auditpy.runtime.Recursion.stackOverflow(""));
                return;
            } catch (com.oracle.truffle.api.nodes.ControlFlowException | com.oracle.truffle.api.exception.AbstractTruffleException passThrough) {
                throw passThrough;
            } catch (RuntimeException internal) {
                // an interpreter bug (a Java exception inside a builtin): Python code sees SystemError and can catch it
                CompilerDirectives.transferToInterpreter();
                dispatch(frame, PyErrors.internalError(internal));
                return;
            }
            if (orelse != null) {
                orelse.executeVoid(frame);
            }
        }

        /** Runs the first handler matching {@code e}, else rethrows it. */
        @ExplodeLoop
        private void dispatch(VirtualFrame frame, PyException e) {
            PythonContext ctx = PythonContext.get(this);
            PyBaseException pe = e.getPyException();
            Tracebacks.catchInFrame(e, frame, this);
            for (int i = 0; i < handlers.length; i++) {
                if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                    Tracing.line(this, frame.materialize(), handlers[i].getLine(), false);
                }
                if (handlers[i].matches(frame, pe)) {
                    PyBaseException saved = ctx.handledException;
                    ExceptionSupport.setContextOnCatch(pe, saved);
                    ctx.handledException = pe;
                    try {
                        handlers[i].run(frame, pe);
                    } catch (PyException inner) {
                        if (inner.getPyException() != pe && inner.getPyException().getContext() == PyNone.NONE) {
                            inner.getPyException().setContext(pe);
                        }
                        throw inner;
                    } finally {
                        ctx.handledException = saved;
                    }
                    return;
                }
            }
            Tracebacks.rethrowUnmatched(e, this);
            throw e;
        }
    }

    /** One {@code except T as name:} clause. */
    public static final class ExceptHandler extends Node {
        @Child private ExprNode type;
        @Child private Variables.WriteNode name;
        @Child private StmtNode unbind;
        @Child private StmtNode body;

        /** The elements of a tuple display {@code except (A, B):}, evaluated and matched in place; else null. */
        @Children private final ExprNode[] types;
        /** Whether a clause's class derives from BaseException (one check per element of a tuple display). */
        @Children private final TypeChecks.IsSubtypeNode[] baseChecks;
        /** The {@code except} clause's line (its trace {@code line} event when an exception is matched against it). */
        private int line;
        /** Whether the exception's class derives from the clause's class (one per element of a tuple display). */
        @Children private final TypeChecks.IsSubtypeNode[] classChecks;

        public ExceptHandler(ExprNode type, Variables.WriteNode name, StmtNode unbind, StmtNode body) {
            this.type = type;
            this.types = null;
            this.name = name;
            this.unbind = unbind;
            this.body = body;
            this.baseChecks = type == null ? null : new TypeChecks.IsSubtypeNode[]{TypeChecks.IsSubtypeNode.create()};
            this.classChecks = type == null ? null : new TypeChecks.IsSubtypeNode[]{TypeChecks.IsSubtypeNode.create()};
        }

        public void setLine(int line) {
            this.line = line;
        }

        public int getLine() {
            return line;
        }

        /** {@code except (types...) [as name]:} with a tuple display of the classes. */
        public ExceptHandler(ExprNode[] types, Variables.WriteNode name, StmtNode unbind, StmtNode body) {
            this.type = null;
            this.types = types;
            this.name = name;
            this.unbind = unbind;
            this.body = body;
            this.baseChecks = new TypeChecks.IsSubtypeNode[types.length];
            this.classChecks = new TypeChecks.IsSubtypeNode[types.length];
            for (int i = 0; i < types.length; i++) {
                baseChecks[i] = TypeChecks.IsSubtypeNode.create();
                classChecks[i] = TypeChecks.IsSubtypeNode.create();
            }
        }

        /**
         * Whether the handler catches {@code e}, as CPython 3.11's CHECK_EXC_MATCH: the value (or every element of
         * a tuple) must be an exception class, else TypeError, even when an earlier element matches; nested
         * tuples are not classes.
         */
        boolean matches(VirtualFrame frame, PyBaseException e) {
            if (type == null && types == null) {
                return true;
            }
            try {
                return matchesType(frame, e);
            } catch (PyException err) {
                // raised while e is being handled (after CPython's PUSH_EXC_INFO): e is its context
                PyBaseException pe = err.getPyException();
                if (pe != e && pe.getContext() == PyNone.NONE) {
                    pe.setContext(e);
                }
                err.recordLine(type != null ? type.getLine() : types[0].getLine());
                throw err;
            }
        }

        @ExplodeLoop
        private boolean matchesType(VirtualFrame frame, PyBaseException e) {
            PyType base = PythonContext.get(this).types().baseException;
            if (types != null) {
                // every element is evaluated first, as the tuple display would be, then checked, then matched
                Object[] values = new Object[types.length];
                for (int i = 0; i < types.length; i++) {
                    values[i] = types[i].execute(frame);
                }
                for (int i = 0; i < types.length; i++) {
                    if (!(values[i] instanceof PyType pt) || !baseChecks[i].execute(pt, base)) {
                        throw cannotCatch();
                    }
                }
                PyType cls = e.getPythonClass();
                for (int i = 0; i < types.length; i++) {
                    if (classChecks[i].execute(cls, (PyType) values[i])) {
                        return true;
                    }
                }
                return false;
            }
            if (type == null) {
                return true;
            }
            Object t = type.execute(frame);
            if (t instanceof PyType pt && baseChecks[0].execute(pt, base)) {
                return classChecks[0].execute(e.getPythonClass(), pt);
            }
            return exceptionMatches(e, t, base);
        }

        @TruffleBoundary
        static PyException cannotCatch() {
            return PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }

        /** A value other than an exception class: a tuple of exception classes, else TypeError. */
        @TruffleBoundary
        static boolean exceptionMatches(PyBaseException e, Object t, PyType base) {
            if (!(t instanceof PyTuple tup)) {
                throw cannotCatch();
            }
            for (Object o : tup.items()) {
                if (!(o instanceof PyType pt) || !pt.isSubtypeOf(base)) {
                    throw cannotCatch();
                }
            }
            for (Object o : tup.items()) {
                if (e.getPythonClass().isSubtypeOf((PyType) o)) {
                    return true;
                }
            }
            return false;
        }

        /** Runs the handler; when resuming a generator, the name is already bound. */
        void runResumable(VirtualFrame frame, PyBaseException e, boolean resume) {
            if (!resume && name != null) {
                name.write(frame, e);
            }
            boolean yielded = false;
            try {
                body.executeVoid(frame);
            } catch (Generators.YieldException y) {
                yielded = true;
                throw y;
            } finally {
                if (unbind != null && !yielded) {
                    try {
                        unbind.executeVoid(frame);
                    } catch (PyException ignore) {
                        // already unbound by the handler body
                    }
                }
            }
        }

        void run(VirtualFrame frame, PyBaseException e) {
            runResumable(frame, e, false);
        }
    }

    /** {@code with a as x: body} for one context manager (several items nest). */
    public static final class With extends StmtNode {
        @Child private ExprNode manager;
        @Child private Variables.WriteNode target;
        @Child private StmtNode body;

        public With(ExprNode manager, Variables.WriteNode target, StmtNode body) {
            this.manager = manager;
            this.target = target;
            this.body = body;
        }

        @Child private ContextManagerMethods methods;
        @Child private Calls.Dispatch enterCall;
        @Child private Calls.Dispatch exitCall;

        /**
         * A manager whose class defines {@code __enter__} and {@code __exit__} as Python functions has both called through
         * cached dispatches (inlined into this code as method calls are; its bound {@code __exit__} stays virtual),
         * where the generic path looked them up and called them behind boundaries (a {@code with} of a Python class:
         * 160 ns, CPython 125). {@code __exit__} is bound when the statement begins, as CPython binds it before calling
         * {@code __enter__}.
         */
        @Override
        public void executeVoid(VirtualFrame frame) {
            Object mgr = manager.execute(frame);
            org.auditpy.runtime.PyFunction[] m = null;
            if (mgr instanceof org.auditpy.runtime.PythonObject po && PyOps.isInstanceOfClass(po)) {
                m = methods().execute(po);
            }
            Object exit;
            Object value;
            if (m != null) {
                exit = new org.auditpy.runtime.PyMethod(PythonContext.get(this).types().method, m[1], mgr);
                value = enterCall().execute(m[0], new Object[]{mgr}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
            } else {
                Object[] em = enter(mgr);
                exit = em[0];
                value = em[1];
            }
            if (target != null) {
                target.write(frame, value);
            }
            PythonContext ctx = PythonContext.get(this);
            try {
                body.executeVoid(frame);
            } catch (PyException e) {
                exitWithException(this, frame, ctx, exit, e, exitCall());
                return;
            } catch (ControlFlow.ReturnException | ControlFlow.BreakException | ControlFlow.ContinueException cf) {
                exitCall().execute(exit, new Object[]{PyNone.NONE, PyNone.NONE, PyNone.NONE}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
                throw cf;
            }
            // (its result is not looked at when the body ended normally, as in CPython)
            exitCall().execute(exit, new Object[]{PyNone.NONE, PyNone.NONE, PyNone.NONE}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
        }

        @TruffleBoundary
        private static boolean isTrue(Object r) {
            return PyOps.isTrue(r);
        }

        private ContextManagerMethods methods() {
            ContextManagerMethods m = methods;
            if (m == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                m = methods = insert(StatementsFactory.ContextManagerMethodsNodeGen.create());
            }
            return m;
        }

        private Calls.Dispatch enterCall() {
            Calls.Dispatch d = enterCall;
            if (d == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                d = enterCall = insert(CallsFactory.DispatchNodeGen.create());
            }
            return d;
        }

        private Calls.Dispatch exitCall() {
            Calls.Dispatch d = exitCall;
            if (d == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                d = exitCall = insert(CallsFactory.DispatchNodeGen.create());
            }
            return d;
        }

        /**
         * The body raised: calls {@code __exit__(type, value, tb)} with the exception being handled, and
         * re-raises it unless {@code __exit__} returned a true value (shared with the generator form, which passes no
         * {@code exitCall}: then the call is uncached).
         */
        static void exitWithException(StmtNode node, VirtualFrame frame, PythonContext ctx, Object exit, PyException e, Calls.Dispatch exitCall) {
            e.recordLine(node.getLine());
            PyBaseException pe = e.getPyException();
            Tracebacks.catchInFrame(e, frame, node);
            PyBaseException saved = ctx.handledException;
            ctx.handledException = pe;
            boolean suppress;
            try {
                Object tb = pe.getTracebackOrNull() == null ? PyNone.NONE : pe.getTracebackOrNull();
                if (exitCall != null) {
                    suppress = isTrue(exitCall.execute(exit, new Object[]{pe.getPythonClass(), pe, tb}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS));
                } else {
                    suppress = callExit(exit, pe.getPythonClass(), pe, tb);
                }
            } finally {
                ctx.handledException = saved;
            }
            if (!suppress) {
                PyException re = pe.toThrowable(node);
                re.markFrameRecorded();
                throw re;
            }
        }

        @TruffleBoundary
        public static Object[] enter(Object mgr) {
            PyType t = PyOps.typeOf(mgr);
            Object enterM = t.lookup("__enter__");
            Object exitM = t.lookup("__exit__");
            if (enterM == null) {
                throw PyErrors.typeError("'" + t.getName() + "' object does not support the context manager protocol");
            }
            if (exitM == null) {
                throw PyErrors.typeError("'" + t.getName() + "' object does not support the context manager protocol (missed __exit__ method)");
            }
            Object exit = PyOps.descrGet(exitM, mgr, t);
            Object value = PyOps.callDescriptor(enterM, mgr);
            return new Object[]{exit, value};
        }

        @TruffleBoundary
        public static boolean callExit(Object exit, Object type, Object value, Object tb) {
            Object r = PyOps.callPositional(exit, type, value, tb);
            return PyOps.isTrue(r);
        }

        /** {@code __exit__(None, None, None)} when the body ended without an exception: its result is not looked at. */
        @TruffleBoundary
        public static void callExitIgnoringResult(Object exit) {
            PyOps.callPositional(exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
    }

    /**
     * The {@code __enter__} and {@code __exit__} of a manager's class when both are Python functions, else null:
     * looked up once per class, behind the class's stable assumption ({@link With}).
     */
    @com.oracle.truffle.api.dsl.GenerateInline(false)
    public abstract static class ContextManagerMethods extends Node {
        public abstract org.auditpy.runtime.PyFunction[] execute(org.auditpy.runtime.PythonObject mgr);

        @com.oracle.truffle.api.dsl.Specialization(guards = "mgr.getPythonClass() == cachedType", assumptions = "cachedType.getStableAssumption()", limit = "3")
        static org.auditpy.runtime.PyFunction[] cached(org.auditpy.runtime.PythonObject mgr,
                        @com.oracle.truffle.api.dsl.Cached("mgr.getPythonClass()") PyType cachedType,
                        @com.oracle.truffle.api.dsl.Cached(value = "lookup(cachedType)", dimensions = 1) org.auditpy.runtime.PyFunction[] methods) {
            return methods;
        }

        @com.oracle.truffle.api.dsl.Specialization(replaces = "cached")
        static org.auditpy.runtime.PyFunction[] other(org.auditpy.runtime.PythonObject mgr) {
            return null;
        }

        @TruffleBoundary
        static org.auditpy.runtime.PyFunction[] lookup(PyType t) {
            if (t.lookup("__enter__") instanceof org.auditpy.runtime.PyFunction enter && t.lookup("__exit__") instanceof org.auditpy.runtime.PyFunction exit) {
                return new org.auditpy.runtime.PyFunction[]{enter, exit};
            }
            return null;
        }
    }
}
