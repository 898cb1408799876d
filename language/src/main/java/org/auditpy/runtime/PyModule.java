package org.auditpy.runtime;

/** A module object ({@code types.ModuleType}); its attributes are its globals dict. */
public final class PyModule extends PythonObject {
    private final PyDict dict;
    /**
     * True while the import system runs the module's code (CPython's {@code __spec__._initializing}): attribute and
     * from-import errors then say "partially initialized module ... (most likely due to a circular import)".
     */
    private boolean initializing;

    public PyModule(PyType cls, String name, PyDict dict) {
        super(cls);
        this.dict = dict;
        dict.setStr("__name__", name);
        if (dict.getStr("__doc__") == null) {
            dict.setStr("__doc__", PyNone.NONE);
        }
    }

    public PyDict getDict() {
        return dict;
    }

    public boolean isInitializing() {
        return initializing;
    }

    public void setInitializing(boolean initializing) {
        this.initializing = initializing;
    }

    public String getName() {
        Object n = dict.getStr("__name__");
        return n instanceof String s ? s : "?";
    }
}
