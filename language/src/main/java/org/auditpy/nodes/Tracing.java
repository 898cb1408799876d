package org.auditpy.nodes;

import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFrame;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTraceback;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * The local events of {@code sys.settrace} functions (Python/ceval.c's {@code call_trace}, Python/sysmodule.c's
 * {@code trace_trampoline}): the global trace function's result for a frame's {@code call} event becomes the frame's
 * {@code f_trace}, which then receives that frame's {@code line}, {@code exception} and {@code return} events; a
 * result other than None replaces {@code f_trace}, and a trace function that raises turns tracing off
 * ({@code sys.settrace(None)}) and the exception propagates. {@code sys.setprofile} functions receive {@code call}
 * and {@code return} of Python functions (not the {@code c_call} family).
 *
 * <p>Statement and loop nodes ask {@link #NEVER_TRACED} first: valid until some program sets a trace or profile
 * function, it folds every check away in compiled code, and costs one field read per statement in the AST
 * interpreter.
 */
public final class Tracing {
    /** Valid while no context ever set a trace or profile function (invalidated by the first). */
    public static final Assumption NEVER_TRACED = Truffle.getRuntime().createAssumption("no trace or profile function was ever set");

    private Tracing() {
    }

    /**
     * Whether a trace or profile function is set now in the node's context: asked once {@link #NEVER_TRACED} is
     * invalid, so that a program that stopped tracing does not materialize a frame at each statement.
     */
    public static boolean active(Node site) {
        return PythonContext.get(site).tracingActive();
    }

    /**
     * A {@code line} event for the statement at {@code line} of the frame, when the frame is traced: if the line
     * differs from the frame's last traced one, or always after a backward jump ({@code jump}: a loop going round).
     * Statements the compiler made (line 0) have none.
     */
    @TruffleBoundary
    public static void line(Node site, MaterializedFrame frame, int line, boolean jump) {
        if (line <= 0) {
            // a statement the compiler made (a comprehension's result list, its return): no line of its own
            return;
        }
        PythonContext ctx = PythonContext.get(site);
        PyFrame pf = tracedFrame(ctx, frame);
        if (pf == null) {
            return;
        }
        if (!jump && pf.getTraceLine() == line) {
            return;
        }
        pf.setTraceLine(line);
        pf.setLineno(line);
        callLocal(ctx, pf, "line", PyNone.NONE);
    }

    /** After a loop's body ran: its next test is a backward jump, which CPython reports as a line event even on the same line. */
    @TruffleBoundary
    public static void backwardJump(Node site, MaterializedFrame frame) {
        PyFrame pf = PyFrame.existing(frame);
        if (pf != null) {
            pf.setTraceLine(-1);
        }
    }

    /** A loop's test, after the first: a {@code line} event for the loop statement's line. */
    @TruffleBoundary
    public static void loopTest(Node site, MaterializedFrame frame) {
        for (Node n = site.getParent(); n != null; n = n.getParent()) {
            if (n instanceof StmtNode s) {
                line(site, frame, s.getLine(), false);
                return;
            }
        }
    }

    /**
     * The {@code exception} event, once per frame that an exception reaches (where it is raised, and each caller it
     * propagates into), with {@code (type, value, traceback)}.
     */
    @TruffleBoundary
    public static void exception(Node site, MaterializedFrame frame, PyException e) {
        if (e.getTracedFrame() == frame) {
            return;
        }
        e.setTracedFrame(frame);
        PythonContext ctx = PythonContext.get(site);
        PyFrame pf = tracedFrame(ctx, frame);
        if (pf == null) {
            return;
        }
        PyBaseException value = e.getPyException();
        PyTraceback tb = value.getTracebackOrNull();
        callLocal(ctx, pf, "exception", PyTuple.of(PyOps.typeOf(value), value, tb == null ? PyNone.NONE : tb));
    }

    /**
     * A new frame's {@code call} event: to the profile function, then to the global trace function, whose result,
     * unless None, becomes the frame's {@code f_trace} (a generator's frame keeps none: it gets no local events).
     */
    static void frameCall(PythonContext ctx, PyFrame pf, boolean generator) {
        if (ctx.getProfileFunction() != PyNone.NONE) {
            pf.setProfiled(!generator);
            callProfile(ctx, pf, "call", PyNone.NONE);
        }
        Object trace = ctx.getTraceFunction();
        if (trace != PyNone.NONE) {
            Object local = callTracer(ctx, trace, pf, "call", PyNone.NONE);
            if (local != PyNone.NONE && !generator) {
                pf.setTrace(local);
                pf.setTraceLine(-1);
            }
        }
    }

    /**
     * The {@code return} event of a frame that ends, with its value (None when it ends by an exception): to the frame's
     * {@code f_trace} and to the profile function.
     */
    @TruffleBoundary
    public static void frameReturn(Node site, MaterializedFrame frame, Object value) {
        PythonContext ctx = PythonContext.get(site);
        if (ctx.tracingSuspended > 0) {
            return;
        }
        PyFrame pf = PyFrame.existing(frame);
        if (pf == null) {
            return;
        }
        if (ctx.getProfileFunction() != PyNone.NONE && pf.isProfiled()) {
            callProfile(ctx, pf, "return", value);
        }
        if (tracedFrame(ctx, pf) != null) {
            callLocal(ctx, pf, "return", value);
        }
    }

    /** The frame object of {@code frame} if it has a local trace function and a global one is set, else null. */
    private static PyFrame tracedFrame(PythonContext ctx, MaterializedFrame frame) {
        return tracedFrame(ctx, PyFrame.existing(frame));
    }

    private static PyFrame tracedFrame(PythonContext ctx, PyFrame pf) {
        if (pf == null || ctx.tracingSuspended > 0 || ctx.getTraceFunction() == PyNone.NONE) {
            return null;
        }
        Object local = pf.getTrace();
        return local == PyNone.NONE || local == null ? null : pf;
    }

    /** trace_trampoline for a local event: a result other than None becomes f_trace. */
    private static void callLocal(PythonContext ctx, PyFrame pf, String event, Object arg) {
        Object result = callTracer(ctx, pf.getTrace(), pf, event, arg);
        if (result != PyNone.NONE) {
            pf.setTrace(result);
        }
    }

    /** Calls a trace function with tracing suspended; one that raises turns tracing off (the frame's f_trace too). */
    private static Object callTracer(PythonContext ctx, Object fn, PyFrame pf, String event, Object arg) {
        ctx.tracingSuspended++;
        try {
            return PyOps.callPositional(fn, pf, event, arg);
        } catch (PyException e) {
            ctx.setTraceFunction(PyNone.NONE);
            pf.setTrace(PyNone.NONE);
            throw e;
        } finally {
            ctx.tracingSuspended--;
        }
    }

    /** Calls the profile function with tracing suspended (its result is not used). */
    private static void callProfile(PythonContext ctx, PyFrame pf, String event, Object arg) {
        ctx.tracingSuspended++;
        try {
            PyOps.callPositional(ctx.getProfileFunction(), pf, event, arg);
        } finally {
            ctx.tracingSuspended--;
        }
    }
}
