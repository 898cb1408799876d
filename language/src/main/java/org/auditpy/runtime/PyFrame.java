package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * A Python frame object ({@code types.FrameType}) made on demand: for tracebacks, {@code sys._getframe} and
 * trace functions. It refers to the code object, the globals, the line being executed, the caller (when
 * known) and the Truffle frame whose slots hold the locals.
 */
public final class PyFrame extends PythonObject {
    private final PyCode code;
    private final Object globals;
    private int lineno;
    private Object back = PyNone.NONE;
    private final MaterializedFrame truffleFrame;
    /** {@code f_trace}: the local trace function, or None. */
    private Object trace = PyNone.NONE;
    /** The line of the last {@code line} event given to {@link #trace}, or -1 (none yet, or a loop went round). */
    private int traceLine = -1;
    /** The profile function received this frame's {@code call} event (so it gets its {@code return}). */
    private boolean profiled;

    /** The auxiliary frame slot that holds an activation's frame object (see {@link #of}). */
    private static final Object FRAME_OBJECT_SLOT = new Object() {
        @Override
        public String toString() {
            return "<frame object>";
        }
    };

    /**
     * The frame object of one running activation of {@code code}: made at the first request and kept in an
     * auxiliary slot of its Truffle frame, so that {@code sys._getframe()}, {@code f_back}, a traceback's
     * {@code tb_frame}, a generator's {@code gi_frame} and the frames given to trace functions are the same object
     * for the same activation, as CPython's frame objects are (Objects/frameobject.c); its line is set to
     * {@code lineno} at each request (CPython's {@code f_lineno} is the frame's current line).
     *
     * @param truffleFrame the activation's frame, or null (then a new frame object every time)
     */
    @TruffleBoundary
    public static PyFrame of(PyCode code, Object globals, int lineno, MaterializedFrame truffleFrame) {
        if (truffleFrame == null) {
            return new PyFrame(code, globals, lineno, null);
        }
        int slot = truffleFrame.getFrameDescriptor().findOrAddAuxiliarySlot(FRAME_OBJECT_SLOT);
        if (truffleFrame.getAuxiliarySlot(slot) instanceof PyFrame known && known.code == code) {
            known.lineno = lineno;
            return known;
        }
        PyFrame made = new PyFrame(code, globals, lineno, truffleFrame);
        truffleFrame.setAuxiliarySlot(slot, made);
        return made;
    }

    /** The frame object already made for this activation ({@link #of}), or null. */
    @TruffleBoundary
    public static PyFrame existing(MaterializedFrame truffleFrame) {
        if (truffleFrame == null) {
            return null;
        }
        Integer slot = truffleFrame.getFrameDescriptor().getAuxiliarySlots().get(FRAME_OBJECT_SLOT);
        return slot != null && truffleFrame.getAuxiliarySlot(slot) instanceof PyFrame known ? known : null;
    }

    public PyFrame(PyCode code, Object globals, int lineno, MaterializedFrame truffleFrame) {
        super(PythonContext.get().types().frame);
        this.code = code;
        this.globals = globals;
        this.lineno = lineno;
        this.truffleFrame = truffleFrame;
    }

    public PyCode getCode() {
        return code;
    }

    public Object getGlobals() {
        return globals;
    }

    public int getLineno() {
        return lineno;
    }

    public void setLineno(int lineno) {
        this.lineno = lineno;
    }

    public Object getBack() {
        return back;
    }

    public void setBack(Object back) {
        this.back = back;
    }

    public Object getTrace() {
        return trace;
    }

    public void setTrace(Object trace) {
        this.trace = trace;
    }

    public int getTraceLine() {
        return traceLine;
    }

    public void setTraceLine(int line) {
        this.traceLine = line;
    }

    public boolean isProfiled() {
        return profiled;
    }

    public void setProfiled(boolean profiled) {
        this.profiled = profiled;
    }

    /** The Truffle frame holding the locals, or null. */
    public MaterializedFrame getTruffleFrame() {
        return truffleFrame;
    }
}
