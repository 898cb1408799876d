package org.auditpy.nodes;

import org.auditpy.AuditPyLanguage;
import org.auditpy.runtime.FrameArgs;
import org.auditpy.runtime.PyCell;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFrame;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The root of a code object's call target (module, function, lambda, class body): copies bound arguments
 * into their frame slots, creates cells, runs the body, turns {@code return} into the result, counts the
 * recursion depth (RecursionError as CPython's limit) and adds the frame's traceback entry to exceptions
 * leaving it.
 */
public final class PyRootNode extends RootNode {
    @Child private StmtNode body;
    @CompilationFinal private PyCode code;
    private final SourceSection section;
    /** Cell slot of each bound argument that lives in a cell, else -1 (then {@link #argWrites} stores it). */
    @CompilationFinal(dimensions = 1) private final int[] argCellSlots;
    /** Slots of cell variables that are not arguments (fresh empty cells). */
    @CompilationFinal(dimensions = 1) private final int[] cellSlots;
    /** Slots receiving the closure's cells, in co_freevars order. */
    @CompilationFinal(dimensions = 1) private final int[] freeSlots;
    private final boolean isModuleOrClass;
    /**
     * Stores of the bound arguments into their slots, one per argument (unboxed as the slots' kinds allow; unused
     * for an argument that lives in a cell, whose slot is -1).
     */
    @Children private final Variables.WriteLocal[] argWrites;
    /** For generator functions: the body's call target and the frame slot holding the generator. */
    @CompilationFinal private com.oracle.truffle.api.RootCallTarget generatorBody;
    @CompilationFinal private int genSlot = -1;
    /** Whether {@link #markCatchingFrame} has run (interpreter only). */
    private boolean catchingFrameMarked;

    public PyRootNode(AuditPyLanguage language, FrameDescriptor fd, StmtNode body, SourceSection section, int[] argSlots, int[] argCellSlots,
                    int[] cellSlots, int[] freeSlots, boolean isModuleOrClass) {
        super(language, fd);
        this.body = body;
        this.section = section;
        this.argCellSlots = argCellSlots;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
        this.isModuleOrClass = isModuleOrClass;
        this.argWrites = new Variables.WriteLocal[argSlots.length];
        for (int i = 0; i < argSlots.length; i++) {
            argWrites[i] = new Variables.WriteLocal(argSlots[i]);
        }
    }

    /** Makes this the root of a generator function: calls create a generator running {@code body}. */
    public void setGenerator(Generators.BodyRoot body, int slot) {
        body.setFunctionRoot(this);
        this.generatorBody = body.getCallTarget();
        Generators.BodyRoot.stopArgumentProfiling(generatorBody);
        this.genSlot = slot;
    }

    public void setCode(PyCode code) {
        this.code = code;
    }

    public PyCode getCode() {
        return code;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String getName() {
        return code == null ? "?" : code.getQualname();
    }

    @Override
    public String toString() {
        return getName();
    }

    @ExplodeLoop
    private void prologue(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < argWrites.length; i++) {
            Object v = args[FrameArgs.USER + i];
            if (argCellSlots[i] >= 0) {
                frame.setObject(argCellSlots[i], new PyCell(v));
            } else {
                argWrites[i].write(frame, v);
            }
        }
        for (int i = 0; i < cellSlots.length; i++) {
            frame.setObject(cellSlots[i], new PyCell(null));
        }
        if (freeSlots.length > 0) {
            PyCell[] closure = (PyCell[]) args[FrameArgs.CLOSURE];
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
        }
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PythonContext ctx = PythonContext.get(this);
        if (++ctx.callDepth > ctx.getRecursionLimit()) {
            ctx.callDepth--;
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.raise("RecursionError", "maximum recursion depth exceeded");
        }
        try {
            prologue(frame);
            if (CompilerDirectives.inInterpreter() && !catchingFrameMarked) {
                markCatchingFrame(frame);
            }
            if (!ctx.getNeverTracedAssumption().isValid() && ctx.tracingActive()) {
                traceCall(ctx, frame.materialize());
            }
            if (generatorBody != null) {
                com.oracle.truffle.api.frame.MaterializedFrame mf = frame.materialize();
                org.auditpy.runtime.PyGenerator g = Generators.create(ctx, mf, this, generatorBody);
                mf.setObject(genSlot, g);
                return g;
            }
            Object result = body.executeReturning(frame);
            result = result == ControlFlow.NO_RETURN ? PyNone.NONE : result;
            if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                Tracing.frameReturn(this, frame.materialize(), result);
            }
            return result;
        } catch (ControlFlow.ReturnException r) {
            if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                Tracing.frameReturn(this, frame.materialize(), r.value);
            }
            return r.value;
        } catch (PyException e) {
            Tracebacks.add(e, this, frame.materialize());
            if (!Tracing.NEVER_TRACED.isValid() && Tracing.active(this)) {
                Tracing.exception(this, frame.materialize(), e);
                Tracing.frameReturn(this, frame.materialize(), PyNone.NONE);
            }
            throw e;
        } catch (StackOverflowError so) {
            // the Java stack ran out before the recursion limit (see Recursion)
            throw org.auditpy.runtime.Recursion.stackOverflow("");
        } catch (OutOfMemoryError oom) {
            CompilerDirectives.transferToInterpreter();
            PyException e = PyErrors.noMemory();
            Tracebacks.add(e, this, frame.materialize());
            throw e;
        } finally {
            ctx.callDepth--;
        }
    }

    /**
     * At the first call of a function with a {@code try ... except} inside one of its loops: materializes its frame
     * once, so that the on-stack replacement of its loops ({@link Statements.TransferOSRLoop}) is compiled from the
     * start in the mode a frame that gets materialized needs. Each exception the function catches materializes its
     * frame for the traceback entry ({@link Tracebacks#catchInFrame}), and Truffle's OSR code compiled to run on a copy
     * of the frame is invalidated and compiled again at its next entry once any frame of that function was
     * materialized: exceptions.py in bench/ compiled its first loop (0.6-1.7 s of the compiler) a second time because
     * its second loop catches. A {@code try} around a loop is left alone: it catches once if at all, and a loop run on
     * the function's own frame stores every local to memory (a float loop ran 2x longer).
     */
    private void markCatchingFrame(VirtualFrame frame) {
        catchingFrameMarked = true;
        if (generatorBody == null && !isModuleOrClass && catchesInLoop()) {
            frame.materialize();
        }
    }

    @TruffleBoundary
    private boolean catchesInLoop() {
        boolean[] found = {false};
        body.accept(n -> {
            if (n instanceof Statements.Try t && t.catches()) {
                for (com.oracle.truffle.api.nodes.Node p = t.getParent(); p != null && p != this; p = p.getParent()) {
                    if (p instanceof Statements.TransferOSRLoop) {
                        found[0] = true;
                        break;
                    }
                }
            }
            return !found[0];
        });
        return found[0];
    }

    /**
     * The {@code call} event to {@code sys.settrace}/{@code sys.setprofile} functions (Python/ceval.c
     * call_trace_protected), unless tracing is suspended (inside a trace function, or inside an audit hook
     * whose {@code __cantrace__} is not true). The trace function's result, unless None, becomes the frame's
     * {@code f_trace}, which receives its local events ({@link Tracing}); a trace function that raises turns
     * tracing off. A generator's frame gets its {@code call} when it is made and no local events.
     */
    @TruffleBoundary
    private void traceCall(PythonContext ctx, MaterializedFrame frame) {
        if (ctx.tracingSuspended > 0 || isModuleOrClass) {
            return;
        }
        Tracing.frameCall(ctx, makePyFrame(frame, code == null ? 0 : code.getFirstLineno()), generatorBody != null);
    }

    /** A Python frame object for this code running in {@code frame}. */
    @TruffleBoundary
    public PyFrame makePyFrame(MaterializedFrame frame, int line) {
        Object globals = frame.getArguments()[FrameArgs.GLOBALS];
        return PyFrame.of(code, globals == null ? PyNone.NONE : globals, line, frame);
    }
}
