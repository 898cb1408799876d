package org.auditpy.runtime;

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

    /** The Truffle frame holding the locals, or null. */
    public MaterializedFrame getTruffleFrame() {
        return truffleFrame;
    }
}
