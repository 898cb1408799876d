package org.auditpy.runtime;

/** {@code dict_keys}, {@code dict_values} and {@code dict_items}: live views of a dict. */
public final class PyDictView extends PythonObject {
    private final PyDict dict;
    private final PyIterator.DictIterator.Kind kind;

    public PyDictView(PyType cls, PyDict dict, PyIterator.DictIterator.Kind kind) {
        super(cls);
        this.dict = dict;
        this.kind = kind;
    }

    public PyDict getDict() {
        return dict;
    }

    public PyIterator.DictIterator.Kind getKind() {
        return kind;
    }
}
