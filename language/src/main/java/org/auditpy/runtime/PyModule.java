package org.auditpy.runtime;

/** A module object ({@code types.ModuleType}); its attributes are its globals dict. */
public final class PyModule extends PythonObject {
    private final PyDict dict;

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

    public String getName() {
        Object n = dict.getStr("__name__");
        return n instanceof String s ? s : "?";
    }
}
