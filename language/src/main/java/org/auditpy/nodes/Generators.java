package org.auditpy.nodes;

import org.auditpy.AuditPyLanguage;
import org.auditpy.runtime.ExceptionSupport;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyGenerator;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Warnings;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/**
 * Generators as resumable nodes. A generator's body runs on the frame materialized at the call; a
 * {@code yield} stores its value in the generator and unwinds with {@link YieldException}. To resume, the
 * body is executed again with {@link PyGenerator#resuming} set: every generator-aware node on the path to the
 * yield continues from the progress it saved in its frame slot (block index, loop iterator, branch taken,
 * try part, context manager exit), and the yield itself returns the sent value (or raises the thrown
 * exception) and clears the flag.
 */
public final class Generators {
    private Generators() {
    }

    /** Unwinds from a yield to the body root. */
    public static final class YieldException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        static final YieldException INSTANCE = new YieldException();
    }

    /**
     * True if a yield (or yield from) is among the nodes or their descendants. Bodies of nested functions, lambdas
     * and comprehensions are other code objects, not children, so only this generator's own yields count.
     * Statements without one never suspend and so need none of the resumable nodes below.
     */
    public static boolean hasYield(com.oracle.truffle.api.nodes.Node... nodes) {
        for (com.oracle.truffle.api.nodes.Node n : nodes) {
            if (n == null) {
                continue;
            }
            if (n instanceof Yield || n instanceof YieldFrom) {
                return true;
            }
            boolean[] found = {false};
            com.oracle.truffle.api.nodes.NodeUtil.forEachChild(n, c -> {
                if (hasYield(c)) {
                    found[0] = true;
                    return false;
                }
                return true;
            });
            if (found[0]) {
                return true;
            }
        }
        return false;
    }

    static PyGenerator gen(VirtualFrame frame, int genSlot) {
        return (PyGenerator) frame.getObject(genSlot);
    }

    /**
     * An operand of an expression with a yield ({@code f()} and {@code (yield)} in {@code x = f() + (yield)}), whose
     * value is kept in a frame slot from the pass that evaluated it: when the statement is re-executed to resume
     * (the generator's {@code resuming} flag still set, so the yield resumed lies ahead), an operand that completed
     * on an earlier pass gives back its value instead of running again, as CPython keeps it on the suspended frame's
     * value stack; one still running when the generator suspended (the resumed yield is inside it) runs on to
     * resume it. Operands reached after the resumed yield run normally (the flag is clear by then). Placed by
     * NodeBuilder around every non-constant operand of a node that has a yield among its operands.
     */
    public static final class Spill extends ExprNode {
        /** The slot's value while the operand runs: it has not completed on this pass. */
        private static final Object RUNNING = new Object();
        @Child private ExprNode operand;
        private final int genSlot;
        private final int slot;

        public Spill(ExprNode operand, int genSlot, int slot) {
            this.operand = operand;
            this.genSlot = genSlot;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (gen(frame, genSlot).resuming) {
                Object kept = frame.getObject(slot);
                if (kept != RUNNING && kept != null) {
                    return kept;
                }
            } else {
                frame.setObject(slot, RUNNING);
            }
            Object v = operand.execute(frame);
            frame.setObject(slot, v);
            return v;
        }
    }

    /** The call target that runs (and resumes) a generator's body; arguments are (frame, generator). */
    public static final class BodyRoot extends RootNode {
        @Child private StmtNode body;
        private final String name;
        @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private PyRootNode functionRoot;

        public BodyRoot(AuditPyLanguage language, StmtNode body, String name) {
            super(language);
            this.body = body;
            this.name = name;
        }

        void setFunctionRoot(PyRootNode r) {
            this.functionRoot = r;
        }

        /** The generator function's code (its frames' {@code f_code}), or null. */
        org.auditpy.runtime.PyCode getFunctionCode() {
            return functionRoot == null ? null : functionRoot.getCode();
        }

        /**
         * Turns off the runtime's argument-type profile of a generator body's call target, by two calls with
         * argument arrays of other lengths (a length change makes the profile invalid for good; the body returns at
         * once for them). Resumes call the body indirectly ({@link Iteration.ResumeNode}), and for an indirect call
         * the runtime checks and profiles the argument types outside compiled code, in C1-compiled methods
         * (areArgumentTypesValid, profileArguments): 10% of generators.py's main-thread samples. The arguments are
         * always (frame, generator), so the profile gained nothing.
         */
        static void stopArgumentProfiling(com.oracle.truffle.api.RootCallTarget target) {
            target.call();
            target.call(PyNone.NONE);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] args = frame.getArguments();
            if (args.length != 2) {
                // a call of stopArgumentProfiling
                return PyGenerator.FINISHED;
            }
            MaterializedFrame gf = (MaterializedFrame) args[0];
            PythonContext ctx = PythonContext.get(this);
            if (++ctx.callDepth > ctx.getRecursionLimit()) {
                ctx.callDepth--;
                throw PyErrors.raise("RecursionError", "maximum recursion depth exceeded");
            }
            PyBaseException savedHandled = ctx.handledException;
            try {
                body.executeVoid(gf);
                return finish(frame, PyNone.NONE);
            } catch (YieldException y) {
                return PyGenerator.YIELDED;
            } catch (ControlFlow.ReturnException r) {
                return finish(frame, r.value);
            } catch (PyException e) {
                if (functionRoot != null) {
                    Tracebacks.add(e, functionRoot, gf);
                }
                throw e;
            } finally {
                ctx.handledException = savedHandled;
                ctx.callDepth--;
            }
        }

        /**
         * The body ended (fell off its end or returned): the return value goes into the generator, and the call
         * returns {@link PyGenerator#FINISHED}, of the same class as {@link PyGenerator#YIELDED}. Returning the value
         * itself made the call target's return-type profile (one exact class) fail at the first end of every
         * generator body, which invalidated its compiled code once per body during warm-up.
         */
        private static Object finish(VirtualFrame frame, Object returnValue) {
            ((PyGenerator) frame.getArguments()[1]).value = returnValue;
            return PyGenerator.FINISHED;
        }

        /**
         * A generator body is compiled on its own and never inlined into the code that resumes it (see
         * {@link Iteration.ResumeNode}): Truffle's inliner asks with {@code rootCompilation} false, and a false answer
         * leaves the call a call.
         */
        @Override
        protected boolean prepareForCompilation(boolean rootCompilation, int compilationTier, boolean lastTier) {
            return rootCompilation;
        }

        @Override
        public String getName() {
            return name;
        }

        /** The generator's qualified name, as compilation traces ({@code --engine.TraceCompilation}) print it. */
        @Override
        public String toString() {
            return name + " (generator body)";
        }
    }

    /** {@code yield value}. */
    public static final class Yield extends ExprNode {
        @Child private ExprNode value;
        private final int genSlot;
        /**
         * The frame slot holding the value this yield received on the resume that passed it, until it runs forward
         * again: a statement with several yields ({@code x = (yield 1) + (yield 2)}) is re-executed from its start
         * on each resume, and the yields before the one resumed give back what they received then.
         */
        private final int receivedSlot;

        /** The value contains a yield ({@code yield (yield 1)}): on a resume it is evaluated first. */
        private final boolean valueHasYield;

        /**
         * Every value yielded here so far was an int in long range: it goes through {@link PyGenerator#yieldedLong}
         * (see {@link PyGenerator#YIELDED_LONG}). Cleared (once) by the first other value.
         */
        @CompilationFinal private boolean yieldsLong;
        /**
         * The items of a yielded pair display ({@code yield a, b}), evaluated here and yielded without a tuple (see
         * {@link PyGenerator#YIELDED_PAIR}); else null. Children of the display, which stays this node's child.
         */
        @CompilationFinal(dimensions = 1) private final ExprNode[] pair;
        /**
         * Every second item of the pair yielded here so far was an int in long range: it goes through
         * {@link PyGenerator#yieldedLong} ({@link PyGenerator#YIELDED_PAIR_LONG}). Cleared (once) by the first other value.
         */
        @CompilationFinal private boolean pairSecondLong = true;
        /** The position node around the pair display, if any (it records positions in the items' exceptions). */
        private final Expressions.Located pairLocated;

        public Yield(ExprNode value, int genSlot, int receivedSlot) {
            this.value = value;
            this.genSlot = genSlot;
            this.receivedSlot = receivedSlot;
            this.valueHasYield = value != null && hasYield(value);
            Expressions.Located loc = value instanceof Expressions.Located l ? l : null;
            ExprNode inner = loc != null ? loc.getChild() : value;
            this.pair = inner instanceof Expressions.TupleDisplay td && !valueHasYield ? td.pairElements() : null;
            this.pairLocated = pair != null ? loc : null;
            this.yieldsLong = pair == null;
        }

        /**
         * 1 if this is the only yield of its statement (the nearest enclosing {@link StmtNode}), 2 if not, 0 before
         * the first execution. The only yield of a statement is the one resumed whenever a resume reaches it (the
         * statement is re-executed from its start, and no other yield in it can have suspended), so it needs no
         * {@link #receivedSlot}: a frame store on each yield and a load and a store on each resume less.
         */
        @CompilationFinal private byte only;

        private boolean isOnlyYieldOfStatement() {
            if (only == 0) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                com.oracle.truffle.api.nodes.Node n = getParent();
                while (n != null && !(n instanceof StmtNode)) {
                    n = n.getParent();
                }
                only = (byte) (n != null && countYields(n) == 1 ? 1 : 2);
            }
            return only == 1;
        }

        private static int countYields(com.oracle.truffle.api.nodes.Node n) {
            int[] count = {n instanceof Yield || n instanceof YieldFrom ? 1 : 0};
            com.oracle.truffle.api.nodes.NodeUtil.forEachChild(n, c -> {
                count[0] += countYields(c);
                return true;
            });
            return count[0];
        }

        @Override
        public Object execute(VirtualFrame frame) {
            PyGenerator g = gen(frame, genSlot);
            boolean onlyYield = !valueHasYield && isOnlyYieldOfStatement();
            if (g.resuming) {
                if (onlyYield) {
                    g.resuming = false;
                    return received(g);
                }
                if (valueHasYield) {
                    // A yield in the value is either the one resumed (it runs forward, and this yield yields its
                    // result) or one passed on an earlier resume (it gives back what it received then, and this
                    // yield is the one resumed). Before, this yield took the resume for itself, so the value sent to
                    // the inner yield of `x = yield (yield 1)` became x and the outer yield never yielded it.
                    Object v = value.execute(frame);
                    if (!g.resuming) {
                        frame.setObject(receivedSlot, null);
                        g.value = v;
                        throw YieldException.INSTANCE;
                    }
                }
                Object before = frame.getObject(receivedSlot);
                if (before != null) {
                    // passed on an earlier resume of this statement: its value then
                    return before;
                }
                g.resuming = false;
                Object v = received(g);
                frame.setObject(receivedSlot, v);
                return v;
            }
            if (!onlyYield) {
                frame.setObject(receivedSlot, null);
            }
            if (value == null) {
                g.value = PyNone.NONE;
            } else if (pair != null) {
                Object a;
                Object b;
                try {
                    a = pair[0].execute(frame);
                    if (pairSecondLong) {
                        try {
                            g.yieldedLong = pair[1].executeLong(frame);
                            g.yieldedFirst = a;
                            g.value = PyGenerator.YIELDED_PAIR_LONG;
                            throw YieldException.INSTANCE;
                        } catch (UnexpectedResultException e) {
                            CompilerDirectives.transferToInterpreterAndInvalidate();
                            pairSecondLong = false;
                            b = e.getResult();
                        }
                    } else {
                        b = pair[1].execute(frame);
                    }
                } catch (PyException e) {
                    if (pairLocated != null) {
                        pairLocated.record(e);
                    }
                    throw e;
                }
                g.yieldedFirst = a;
                g.yieldedSecond = b;
                g.value = PyGenerator.YIELDED_PAIR;
            } else if (yieldsLong) {
                try {
                    g.yieldedLong = value.executeLong(frame);
                    g.value = PyGenerator.YIELDED_LONG;
                } catch (UnexpectedResultException e) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    yieldsLong = false;
                    g.value = e.getResult();
                }
            } else {
                g.value = value.execute(frame);
            }
            throw YieldException.INSTANCE;
        }

        static Object received(PyGenerator g) {
            PyBaseException t = g.thrown;
            if (t != null) {
                g.thrown = null;
                throw t.toThrowable(null);
            }
            Object s = g.sent;
            g.sent = null;
            return s == null ? PyNone.NONE : s;
        }
    }

    /** {@code yield from iterable}: delegates next/send/throw to a sub-iterator; its value is StopIteration.value. */
    public static final class YieldFrom extends ExprNode {
        @Child private ExprNode value;
        private final int genSlot;
        private final int iterSlot;
        @Child private Iteration.ResumeNode resume;
        @Child private Iteration.NextNode next;

        public YieldFrom(ExprNode value, int genSlot, int iterSlot) {
            this.value = value;
            this.genSlot = genSlot;
            this.iterSlot = iterSlot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            PyGenerator g = gen(frame, genSlot);
            Object it;
            Object[] step;
            if (g.resuming) {
                g.resuming = false;
                it = frame.getObject(iterSlot);
                PyBaseException t = g.thrown;
                Object s = g.sent;
                g.thrown = null;
                g.sent = null;
                if (t == null) {
                    return send(frame, g, it, s == null ? PyNone.NONE : s);
                }
                step = throwInto(it, t);
            } else {
                it = Iteration.getIter(value.execute(frame));
                frame.setObject(iterSlot, it);
                return send(frame, g, it, PyNone.NONE);
            }
            if (step[0] == Boolean.TRUE) {
                g.value = step[1];
                throw YieldException.INSTANCE;
            }
            frame.setObject(iterSlot, null);
            return step[1];
        }

        /** One step of the delegation with a value sent in: generators and builtin iterators stay in compiled code. */
        private Object send(VirtualFrame frame, PyGenerator g, Object it, Object v) {
            if (it instanceof PyGenerator sub) {
                if (resume == null) {
                    com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                    resume = insert(IterationFactory.ResumeNodeGen.create());
                }
                if (resume.execute(sub, v, null)) {
                    g.yieldFrom(sub);
                    throw YieldException.INSTANCE;
                }
                frame.setObject(iterSlot, null);
                return sub.value;
            }
            if (v == PyNone.NONE && (it instanceof org.auditpy.runtime.PyIterator.ListIterator || it instanceof org.auditpy.runtime.PyIterator.ArrayIterator ||
                            it instanceof org.auditpy.runtime.PyIterator.RangeIterator)) {
                if (next == null) {
                    com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                    next = insert(Iteration.NextNode.create());
                }
                Object item = next.execute(it);
                if (item != null) {
                    g.value = item;
                    throw YieldException.INSTANCE;
                }
                frame.setObject(iterSlot, null);
                return PyNone.NONE;
            }
            Object[] step = sendInto(it, v);
            if (step[0] == Boolean.TRUE) {
                g.value = step[1];
                throw YieldException.INSTANCE;
            }
            frame.setObject(iterSlot, null);
            return step[1];
        }

        /** {yielded?, value}: value is the yielded value, or the sub-iterator's return value. */
        @TruffleBoundary
        static Object[] sendInto(Object it, Object v) {
            if (it instanceof PyGenerator sub) {
                boolean y = v == PyNone.NONE ? sub.resume(PyNone.NONE, null) : sub.resume(v, null);
                return new Object[]{y, y ? sub.yielded() : sub.value};
            }
            try {
                Object r = v == PyNone.NONE ? PyOps.callSpecial(it, "__next__") : PyOps.callMethod(it, "send", v);
                if (r == null) {
                    throw PyErrors.typeError("'" + PyOps.typeName(it) + "' object is not an iterator");
                }
                return new Object[]{true, r};
            } catch (PyException e) {
                if (PyOps.isException(e, "StopIteration")) {
                    Object val = e.getPyException().getAttributeOrNull("value");
                    return new Object[]{false, val == null ? PyNone.NONE : val};
                }
                throw e;
            }
        }

        @TruffleBoundary
        static Object[] throwInto(Object it, PyBaseException t) {
            if (it instanceof PyGenerator sub) {
                if (t.getPythonClass().getName().equals("GeneratorExit")) {
                    sub.close();
                    throw t.toThrowable(null);
                }
                boolean y = sub.resume(PyNone.NONE, t);
                return new Object[]{y, y ? sub.yielded() : sub.value};
            }
            Object m = PyOps.getAttributeOrNull(it, "throw");
            if (m == null) {
                throw t.toThrowable(null);
            }
            try {
                return new Object[]{true, PyOps.callPositional(m, t)};
            } catch (PyException e) {
                if (PyOps.isException(e, "StopIteration")) {
                    Object val = e.getPyException().getAttributeOrNull("value");
                    return new Object[]{false, val == null ? PyNone.NONE : val};
                }
                throw e;
            }
        }
    }

    /** A block that resumes at the statement that yielded. */
    public static final class GenBlock extends StmtNode {
        @Children private final StmtNode[] body;
        private final int genSlot;
        private final int stateSlot;

        /**
         * Per statement: it contains a yield, so the generator can suspend in it and the block records its index
         * before running it. A statement without one never suspends (its exception leaves the block), so its index
         * is never the one to resume at, and writing it would be a frame store per statement per resume for nothing.
         */
        @CompilationFinal(dimensions = 1) private final boolean[] suspends;

        public GenBlock(StmtNode[] body, int genSlot, int stateSlot) {
            this.body = body;
            this.genSlot = genSlot;
            this.stateSlot = stateSlot;
            this.suspends = new boolean[body.length];
            for (int i = 0; i < body.length; i++) {
                suspends[i] = hasYield(body[i]);
            }
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            int start = 0;
            if (gen(frame, genSlot).resuming) {
                Object s = frame.getObject(stateSlot);
                start = s instanceof Integer i ? i : 0;
            }
            // exploded (each child a constant, so it compiles with this block); statements before the resume
            // point are skipped
            for (int i = 0; i < body.length; i++) {
                if (i < start) {
                    continue;
                }
                if (suspends[i]) {
                    frame.setObject(stateSlot, i);
                }
                boolean located = !Warnings.NO_BYTES_WARNING.isValid();
                com.oracle.truffle.api.nodes.Node outer = located ? Warnings.enterStatement(body[i]) : null;
                try {
                    body[i].executeVoid(frame);
                } catch (PyException e) {
                    e.recordLine(body[i].getLine());
                    throw e;
                } finally {
                    if (located) {
                        Warnings.leaveStatement(outer);
                    }
                }
            }
        }
    }

    /**
     * The progress mark of a compound statement whose header (an {@code if} or {@code while} test, a {@code for}
     * iterable, a {@code with} context expression) contains a yield: the generator suspended while evaluating the
     * header, so a resume evaluates it again (its yield then returns the value sent) instead of entering the body.
     */
    static final Object IN_HEADER = new Object() {
        @Override
        public String toString() {
            return "<in header>";
        }
    };

    /** {@code if} that resumes in the branch it took, or in its test. */
    public static final class GenIf extends StmtNode {
        @Child private ExprNode test;
        @Child private StmtNode body;
        @Child private StmtNode orelse;
        private final int genSlot;
        private final int stateSlot;
        /** The test contains a yield ({@code if (yield x):}): a resume may be in it. */
        private final boolean testSuspends;

        @Child private Expressions.TruthNode truth = Expressions.TruthNode.create();

        public GenIf(ExprNode test, StmtNode body, StmtNode orelse, int genSlot, int stateSlot) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.genSlot = genSlot;
            this.stateSlot = stateSlot;
            this.testSuspends = hasYield(test);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            boolean taken;
            Object state = gen(frame, genSlot).resuming ? frame.getObject(stateSlot) : null;
            if (state != null && !(testSuspends && state == IN_HEADER)) {
                taken = state == Boolean.TRUE;
            } else {
                if (testSuspends) {
                    frame.setObject(stateSlot, IN_HEADER);
                }
                taken = truth.execute(test.execute(frame));
                frame.setObject(stateSlot, taken);
            }
            if (taken) {
                body.executeVoid(frame);
            } else if (orelse != null) {
                orelse.executeVoid(frame);
            }
        }
    }

    /** {@code while} that resumes inside its body, its else clause or its test. */
    public static final class GenWhile extends StmtNode {
        @Child private ExprNode test;
        @Child private StmtNode body;
        @Child private StmtNode orelse;
        private final int genSlot;

        /**
         * TRUE in the frame while the else clause runs (a resume continues there), {@link #IN_HEADER} while a test
         * with a yield runs, else FALSE or unset (written only when there is an else clause or such a test).
         */
        private final int stateSlot;
        /** The test contains a yield ({@code while (yield x):}): a resume may be in it. */
        private final boolean testSuspends;

        @Child private Expressions.TruthNode truth = Expressions.TruthNode.create();

        public GenWhile(ExprNode test, StmtNode body, StmtNode orelse, int genSlot, int stateSlot) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.genSlot = genSlot;
            this.stateSlot = stateSlot;
            this.testSuspends = hasYield(test);
        }

        StmtNode body() {
            return body;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            boolean skipTest = gen(frame, genSlot).resuming;
            if (orelse != null || testSuspends) {
                if (!skipTest) {
                    frame.setObject(stateSlot, Boolean.FALSE);
                } else {
                    Object state = frame.getObject(stateSlot);
                    if (orelse != null && state == Boolean.TRUE) {
                        // resuming at a yield in the else clause
                        orelse.executeVoid(frame);
                        return;
                    }
                    if (testSuspends && state == IN_HEADER) {
                        // resuming at a yield in the test: evaluate it again, its yield returns the value sent
                        skipTest = false;
                    }
                }
            }
            while (true) {
                countIteration(this);
                if (!skipTest) {
                    if (testSuspends) {
                        frame.setObject(stateSlot, IN_HEADER);
                    }
                    boolean go = truth.execute(test.execute(frame));
                    if (testSuspends) {
                        frame.setObject(stateSlot, Boolean.FALSE);
                    }
                    if (!go) {
                        break;
                    }
                }
                skipTest = false;
                try {
                    body.executeVoid(frame);
                } catch (ControlFlow.ContinueException c) {
                    // next iteration
                } catch (ControlFlow.BreakException b) {
                    return;
                }
                pollInInterpreter(this);
            }
            if (orelse != null) {
                frame.setObject(stateSlot, Boolean.TRUE);
                orelse.executeVoid(frame);
            }
        }
    }

    /** {@code for} that keeps its iterator in a slot and resumes inside its body. */
    public static final class GenFor extends StmtNode {
        @Child private Variables.WriteNode target;
        @Child private ExprNode iter;
        @Child private StmtNode body;
        @Child private StmtNode orelse;
        private final int genSlot;
        private final int iterSlot;
        /** The iterable contains a yield ({@code for x in (yield y):}): a resume may be in it. */
        private final boolean iterSuspends;
        @Child private Iteration.StepNode step = Iteration.StepNode.create();

        public GenFor(Variables.WriteNode target, ExprNode iter, StmtNode body, StmtNode orelse, int genSlot, int iterSlot) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.genSlot = genSlot;
            this.iterSlot = iterSlot;
            this.iterSuspends = hasYield(iter);
        }

        StmtNode body() {
            return body;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            boolean resume = gen(frame, genSlot).resuming;
            if (resume && iterSuspends && frame.getObject(iterSlot) == IN_HEADER) {
                // resuming at a yield in the iterable: evaluate it again (its yield returns the value sent), then loop
                resume = false;
            }
            if (!resume) {
                if (iterSuspends) {
                    frame.setObject(iterSlot, IN_HEADER);
                }
                frame.setObject(iterSlot, Iteration.getIter(iter.execute(frame)));
            }
            Object it = frame.getObject(iterSlot);
            if (it == null && orelse != null) {
                // resuming at a yield in the else clause (the loop drops its iterator when it ends)
                orelse.executeVoid(frame);
                return;
            }
            while (true) {
                countIteration(this);
                if (!resume && !step.execute(frame, it, target)) {
                    break;
                }
                resume = false;
                try {
                    body.executeVoid(frame);
                } catch (ControlFlow.ContinueException c) {
                    // next item
                } catch (ControlFlow.BreakException b) {
                    frame.setObject(iterSlot, null);
                    return;
                }
                pollInInterpreter(this);
            }
            frame.setObject(iterSlot, null);
            if (orelse != null) {
                orelse.executeVoid(frame);
            }
        }
    }

    /**
     * One iteration of a generator body's loop in the interpreter, counted towards compiling the body as a function's
     * loop iterations count towards compiling the function ({@code LoopNode.reportLoopCount}). A loop that yields in
     * every iteration is left at each yield, so its count is reported per iteration rather than when the loop ends.
     * Without it a body was weighted by its resumes alone: Truffle's compilation queue takes the task of the highest
     * call-and-loop count first, and a generator expression resumed 13,000 times a repetition by {@code sum} waited
     * behind functions whose loops already ran compiled (bench/README.md, "Generator bodies in the compilation queue").
     */
    static void countIteration(com.oracle.truffle.api.nodes.Node location) {
        if (CompilerDirectives.inInterpreter()) {
            com.oracle.truffle.api.nodes.LoopNode.reportLoopCount(location, 1);
        }
    }

    /**
     * A safepoint at a generator loop's back edge in the interpreter (a loop that does not yield in some iterations
     * is then interruptible, and Ctrl-C raises KeyboardInterrupt there); compiled code has the compiler's own polls
     * at loop ends.
     */
    static void pollInInterpreter(com.oracle.truffle.api.nodes.Node location) {
        if (CompilerDirectives.inInterpreter()) {
            com.oracle.truffle.api.TruffleSafepoint.poll(location);
        }
    }

    /** {@code with} that keeps the bound {@code __exit__} in a slot and resumes inside its body. */
    public static final class GenWith extends StmtNode {
        @Child private ExprNode manager;
        @Child private Variables.WriteNode target;
        @Child private StmtNode body;
        private final int genSlot;
        private final int exitSlot;
        /** The context expression contains a yield ({@code with (yield x):}): a resume may be in it. */
        private final boolean managerSuspends;

        public GenWith(ExprNode manager, Variables.WriteNode target, StmtNode body, int genSlot, int exitSlot) {
            this.manager = manager;
            this.target = target;
            this.body = body;
            this.genSlot = genSlot;
            this.exitSlot = exitSlot;
            this.managerSuspends = hasYield(manager);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            boolean resume = gen(frame, genSlot).resuming;
            if (resume && managerSuspends && frame.getObject(exitSlot) == IN_HEADER) {
                // resuming at a yield in the context expression: evaluate it again, its yield returns the value sent
                resume = false;
            }
            if (!resume) {
                if (managerSuspends) {
                    frame.setObject(exitSlot, IN_HEADER);
                }
                Object[] em = Statements.With.enter(manager.execute(frame));
                frame.setObject(exitSlot, em[0]);
                if (target != null) {
                    target.write(frame, em[1]);
                }
            }
            Object exit = frame.getObject(exitSlot);
            PythonContext ctx = PythonContext.get(this);
            try {
                body.executeVoid(frame);
            } catch (PyException e) {
                Statements.With.exitWithException(this, frame, ctx, exit, e, null);
                return;
            } catch (ControlFlow.ReturnException | ControlFlow.BreakException | ControlFlow.ContinueException cf) {
                Statements.With.callExitIgnoringResult(exit);
                throw cf;
            }
            Statements.With.callExitIgnoringResult(exit);
        }
    }

    /** {@code try} in a generator: remembers which part (body, handler i, else, finally) a yield is in. */
    public static final class GenTry extends StmtNode {
        static final int BODY = 0, ORELSE = -1, FINALLY = -2;

        @Child private StmtNode body;
        @Children private final Statements.ExceptHandler[] handlers;
        @Child private StmtNode orelse;
        @Child private StmtNode finalbody;
        private final int genSlot;
        private final int partSlot;
        private final int excSlot;

        public GenTry(StmtNode body, Statements.ExceptHandler[] handlers, StmtNode orelse, StmtNode finalbody, int genSlot, int partSlot, int excSlot) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
            this.genSlot = genSlot;
            this.partSlot = partSlot;
            this.excSlot = excSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            PythonContext ctx = PythonContext.get(this);
            boolean resuming = gen(frame, genSlot).resuming;
            int part = resuming ? (Integer) frame.getObject(partSlot) : BODY;
            if (part == FINALLY) {
                runFinally(frame, ctx, (PyException) frame.getObject(excSlot));
                return;
            }
            try {
                runExcept(frame, ctx, part);
            } catch (PyException e) {
                if (finalbody == null) {
                    throw e;
                }
                e.recordLine(getLine());
                frame.setObject(partSlot, FINALLY);
                frame.setObject(excSlot, e);
                runFinally(frame, ctx, e);
                return;
            } catch (ControlFlow.ReturnException | ControlFlow.BreakException | ControlFlow.ContinueException cf) {
                if (finalbody != null) {
                    frame.setObject(partSlot, FINALLY);
                    frame.setObject(excSlot, null);
                    finalbody.executeVoid(frame);
                }
                throw cf;
            }
            if (finalbody != null) {
                frame.setObject(partSlot, FINALLY);
                frame.setObject(excSlot, null);
                runFinally(frame, ctx, null);
            }
        }

        private void runFinally(VirtualFrame frame, PythonContext ctx, PyException pending) {
            if (pending == null) {
                finalbody.executeVoid(frame);
                return;
            }
            PyBaseException saved = ctx.handledException;
            ctx.handledException = pending.getPyException();
            try {
                finalbody.executeVoid(frame);
            } finally {
                ctx.handledException = saved;
            }
            frame.setObject(excSlot, null);
            throw pending;
        }

        @ExplodeLoop
        private void runExcept(VirtualFrame frame, PythonContext ctx, int part) {
            if (part >= 1) {
                PyBaseException pe = (PyBaseException) frame.getObject(excSlot);
                runHandler(frame, ctx, part - 1, pe, true);
                return;
            }
            if (part == BODY) {
                frame.setObject(partSlot, BODY);
                try {
                    body.executeVoid(frame);
                } catch (PyException e) {
                    PyBaseException pe = e.getPyException();
                    Tracebacks.catchInFrame(e, frame, this);
                    for (int i = 0; i < handlers.length; i++) {
                        if (handlers[i].matches(frame, pe)) {
                            ExceptionSupport.setContextOnCatch(pe, ctx.handledException);
                            frame.setObject(partSlot, 1 + i);
                            frame.setObject(excSlot, pe);
                            runHandler(frame, ctx, i, pe, false);
                            return;
                        }
                    }
                    Tracebacks.rethrowUnmatched(e, this);
                    throw e;
                }
            }
            if (orelse != null) {
                frame.setObject(partSlot, ORELSE);
                orelse.executeVoid(frame);
            }
        }

        @ExplodeLoop
        private void runHandlerAt(VirtualFrame frame, int index, PyBaseException pe, boolean resume) {
            for (int i = 0; i < handlers.length; i++) {
                if (i == index) {
                    handlers[i].runResumable(frame, pe, resume);
                    return;
                }
            }
        }

        private void runHandler(VirtualFrame frame, PythonContext ctx, int i, PyBaseException pe, boolean resume) {
            PyBaseException saved = ctx.handledException;
            ctx.handledException = pe;
            try {
                runHandlerAt(frame, i, pe, resume);
            } catch (PyException inner) {
                if (inner.getPyException() != pe && inner.getPyException().getContext() == PyNone.NONE) {
                    inner.getPyException().setContext(pe);
                }
                throw inner;
            } finally {
                ctx.handledException = saved;
            }
        }
    }

    /** Creates the generator when a generator function is called (from {@link PyRootNode}). */
    @TruffleBoundary
    static PyGenerator create(PythonContext ctx, MaterializedFrame frame, PyRootNode root, com.oracle.truffle.api.RootCallTarget body) {
        return new PyGenerator(ctx.types().generator, frame, body, root.getCode(), root.getCode().getName(), root.getCode().getQualname());
    }
}
