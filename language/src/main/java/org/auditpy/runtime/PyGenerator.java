package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * A generator ({@code types.GeneratorType}, Objects/genobject.c). Its frame is materialized when the
 * generator function is called; each {@code next}/{@code send}/{@code throw} runs the body's call target on
 * that frame, and the body resumes at the {@code yield} it stopped at (resumable nodes: each node on the way
 * to the yield keeps its progress in the frame).
 */
public final class PyGenerator extends PyIterator {
    /** Result marker of the body call target: the body stopped at a yield. */
    public static final Object YIELDED = new Object();
    /**
     * Result marker of the body call target: the body ended; its return value is in {@link #value} (a marker of
     * {@link #YIELDED}'s class, so the call's return-type profile stays monomorphic).
     */
    public static final Object FINISHED = new Object();

    private final MaterializedFrame frame;
    private final RootCallTarget body;
    /**
     * The body call's arguments, (frame, generator), made once: each resume passes the same array instead of
     * allocating one (the body only reads them).
     */
    private final Object[] callArgs;
    private final PyCode code;
    private String name;
    private String qualname;
    private boolean started;
    private PyFrame pyFrame;
    private boolean finished;
    private boolean running;
    /** True while the body is being re-entered to reach {@link #resumeTarget}. */
    public boolean resuming;
    /** The yield node to resume at. */
    public Node resumeTarget;
    /** The value sent in ({@code send}), delivered by the yield on resume. */
    public Object sent;
    /** An exception thrown in ({@code throw}/{@code close}), raised by the yield on resume. */
    public PyBaseException thrown;
    /**
     * The value of the last yield, or the return value once finished. Right after a yield it may be
     * {@link #YIELDED_LONG}: read a yielded value with {@link #yielded()}.
     */
    public Object value;
    /** The int of the last yield when {@link #value} is {@link #YIELDED_LONG}. */
    public long yieldedLong;

    /**
     * Marker in {@link #value}: the last yield yielded the int in {@link #yieldedLong}. A yielded int thus goes
     * through a primitive field rather than a boxed one: the box, made by {@link #yielded()} in the consumer, stays
     * virtual when the consumer unboxes it (arithmetic, a local of int kind), instead of being allocated because it
     * was stored in this heap object. Never visible outside: every read of a yielded value goes through
     * {@link #yielded()}.
     */
    public static final Object YIELDED_LONG = new Object();

    /**
     * Marker in {@link #value}: the last yield was {@code yield a, b}, with the two items in {@link #yieldedFirst}
     * and {@link #yieldedSecond}. The tuple is made by {@link #yielded()} in the consumer (so not at all by a loop
     * that unpacks it, {@code for a, b in gen}); a tuple display makes a new tuple each time, so making it later,
     * once, cannot be told apart.
     */
    public static final Object YIELDED_PAIR = new Object();
    /**
     * Marker in {@link #value}: the last yield was {@code yield a, b} with an int {@code b}: the items are in
     * {@link #yieldedFirst} and {@link #yieldedLong}, so that the int is not boxed where it crosses into the
     * consumer ({@code for a, b in gen} writes it unboxed), as for {@link #YIELDED_LONG}.
     */
    public static final Object YIELDED_PAIR_LONG = new Object();
    /** The items of {@code yield a, b} when {@link #value} is {@link #YIELDED_PAIR}. */
    public Object yieldedFirst;
    public Object yieldedSecond;

    /** The value of the last yield (after a resume that yielded; a pair's tuple is made by each call). */
    public Object yielded() {
        Object v = value;
        if (v == YIELDED_LONG) {
            return yieldedLong;
        }
        if (v == YIELDED_PAIR) {
            return PyTuple.of(yieldedFirst, yieldedSecond);
        }
        if (v == YIELDED_PAIR_LONG) {
            return PyTuple.of(yieldedFirst, yieldedLong);
        }
        return v;
    }

    /** Yields what {@code sub} just yielded (a {@code yield from} passing its sub-generator's value on). */
    public void yieldFrom(PyGenerator sub) {
        value = sub.value;
        yieldedLong = sub.yieldedLong;
        yieldedFirst = sub.yieldedFirst;
        yieldedSecond = sub.yieldedSecond;
    }

    public PyGenerator(PyType cls, MaterializedFrame frame, RootCallTarget body, PyCode code, String name, String qualname) {
        super(cls);
        this.frame = frame;
        this.body = body;
        this.callArgs = new Object[]{frame, this};
        this.code = code;
        this.name = name;
        this.qualname = qualname;
    }

    public PyCode getCode() {
        return code;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    /** The arguments of every call of {@link #getBody()} (shared: callees must not modify them). */
    public Object[] getCallArgs() {
        return callArgs;
    }

    /** The call target running the body (a constant per generator function: call sites cache it). */
    public RootCallTarget getBody() {
        return body;
    }

    /**
     * The common case of a resume that compiled code can do itself ({@link org.auditpy.nodes.Iteration.ResumeNode}):
     * not running, not finished, nothing thrown into a not-yet-started generator.
     */
    public boolean canResumeDirectly(PyBaseException exc) {
        return !running && !finished && (started || exc == null);
    }

    /** Marks the start of a direct resume (after {@link #canResumeDirectly}); the caller then calls the body. */
    public void enterDirect(Object sentValue, PyBaseException exc) {
        resuming = started;
        sent = sentValue;
        thrown = exc;
        started = true;
        running = true;
    }

    /** Ends a direct resume with the body's result: true if it yielded. */
    public boolean exitDirect(Object r) {
        running = false;
        resuming = false;
        if (r == YIELDED) {
            return true;
        }
        assert r == FINISHED;
        finished = true;
        return false;
    }

    /** Ends a direct resume whose body raised: the exception to propagate (StopIteration becomes RuntimeError). */
    @TruffleBoundary
    public PyException exitDirectWithException(PyException e) {
        running = false;
        resuming = false;
        finished = true;
        if (PyOps.isException(e, "StopIteration")) {
            PyBaseException re = PyErrors.newException(PythonContext.get().types().exception("RuntimeError"), "generator raised StopIteration");
            re.setCauseOnly(e.getPyException());
            re.setContext(e.getPyException());
            return re.toThrowable(null);
        }
        return e;
    }

    /** {@code gi_frame}: the generator's frame object while it can still run, None once finished. */
    @TruffleBoundary
    public Object getPyFrame() {
        if (finished) {
            return PyNone.NONE;
        }
        if (pyFrame == null) {
            pyFrame = PyFrame.of(code, frame.getArguments()[FrameArgs.GLOBALS], code.getFirstLineno(), frame);
        }
        return pyFrame;
    }

    public boolean isRunning() {
        return running;
    }

    /** Whether the body has been entered (a first {@code next}/{@code send}/{@code throw}). */
    public boolean isStarted() {
        return started;
    }

    public boolean isFinished() {
        return finished;
    }

    public String getName() {
        return name;
    }

    public void setName(String n) {
        name = n;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String q) {
        qualname = q;
    }

    /**
     * Runs the body until the next yield: returns true if it yielded ({@link #yielded()} is the yielded value),
     * false if it finished ({@link #value} is the return value). Exceptions from the body propagate.
     */
    @TruffleBoundary
    public boolean resume(Object sentValue, PyBaseException exc) {
        if (running) {
            throw PyErrors.valueError("generator already executing");
        }
        if (finished) {
            if (exc != null) {
                throw exc.toThrowable(null);
            }
            value = PyNone.NONE;
            return false;
        }
        if (!started && exc != null) {
            finished = true;
            throw exc.toThrowable(null);
        }
        resuming = started;
        sent = sentValue;
        thrown = exc;
        started = true;
        running = true;
        Object r;
        try {
            r = body.call(callArgs);
        } catch (PyException e) {
            finished = true;
            if (PyOps.isException(e, "StopIteration")) {
                PyBaseException re = PyErrors.newException(PythonContext.get().types().exception("RuntimeError"), "generator raised StopIteration");
                re.setCauseOnly(e.getPyException());
                re.setContext(e.getPyException());
                throw re.toThrowable(null);
            }
            throw e;
        } finally {
            running = false;
            resuming = false;
        }
        return exitDirect(r);
    }

    /** The TypeError of {@code send} with a value other than None before the first yield. */
    public void checkSend(Object v) {
        if (!started && v != PyNone.NONE) {
            throw sendToFresh();
        }
    }

    @TruffleBoundary
    private static PyException sendToFresh() {
        return PyErrors.typeError("can't send non-None value to a just-started generator");
    }

    /** {@code next(gen)}: the next value, or null when exhausted (its return value is then in {@link #value}). */
    @Override
    public Object next() {
        return resume(PyNone.NONE, null) ? yielded() : null;
    }

    /** {@code gen.send(v)}: StopIteration(return value) at the end. */
    @TruffleBoundary
    public Object send(Object v) {
        checkSend(v);
        if (resume(v, null)) {
            return yielded();
        }
        throw PyErrors.stopIteration(value);
    }

    /** {@code gen.throw(exc)}. */
    @TruffleBoundary
    public Object throwInto(PyBaseException exc) {
        if (resume(PyNone.NONE, exc)) {
            return yielded();
        }
        throw PyErrors.stopIteration(value);
    }

    /** {@code gen.close()}: throws GeneratorExit in; RuntimeError if the generator yields again. */
    @TruffleBoundary
    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        PyBaseException ge = PyErrors.newException(PythonContext.get().types().exception("GeneratorExit"));
        try {
            if (resume(PyNone.NONE, ge)) {
                throw PyErrors.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (PyOps.isException(e, "GeneratorExit") || PyOps.isException(e, "StopIteration")) {
                return;
            }
            throw e;
        }
    }
}
