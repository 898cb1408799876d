package org.auditpy.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;

/**
 * A Python function ({@code types.FunctionType}, Objects/funcobject.c): a code object with its globals,
 * defaults, keyword-only defaults and closure cells. {@code __doc__} and {@code __module__} are fields, as
 * CPython's {@code func_doc}/{@code func_module} members (so that creating a function allocates no attribute
 * storage); user-set attributes are instance attributes.
 */
public final class PyFunction extends PythonObject {
    private PyCode code;
    private final PyDict globals;
    private Object[] defaults;
    private PyDict kwDefaults;
    private final PyCell[] closure;
    private String name;
    private String qualname;
    /** {@code __doc__}: the docstring constant or None. */
    private Object doc = PyNone.NONE;
    /**
     * {@code __module__}: the globals' {@code __name__} at creation (PyFunction_NewWithQualName), or null until
     * first read for functions made by {@code types.FunctionType(...)}.
     */
    private Object module;
    /** Valid while {@code __code__}, {@code __defaults__} and {@code __kwdefaults__} are unchanged. */
    @CompilationFinal private Assumption unchanged;

    public PyFunction(PyType cls, PyCode code, PyDict globals, Object[] defaults, PyDict kwDefaults, PyCell[] closure) {
        super(cls);
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.getName();
        this.qualname = code.getQualname();
    }

    public PyCode getCode() {
        return code;
    }

    public void setCode(PyCode code) {
        this.code = code;
        changed();
    }

    public PyDict getGlobals() {
        return globals;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] d) {
        this.defaults = d;
        changed();
    }

    public PyDict getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(PyDict d) {
        this.kwDefaults = d;
        changed();
    }

    public PyCell[] getClosure() {
        return closure;
    }

    public String getName() {
        return name;
    }

    public void setName(String n) {
        this.name = n;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String q) {
        this.qualname = q;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object d) {
        this.doc = d;
    }

    /** {@code __module__}, or null when not yet computed (see {@link #module}). */
    public Object getModule() {
        return module;
    }

    public void setModule(Object m) {
        this.module = m;
    }

    /** Guards call-site caches that bound arguments against this function's code and defaults. */
    public Assumption getUnchangedAssumption() {
        if (unchanged == null) {
            unchanged = Truffle.getRuntime().createAssumption("function unchanged");
        }
        return unchanged;
    }

    private void changed() {
        if (unchanged != null) {
            unchanged.invalidate();
            unchanged = null;
        }
    }
}
