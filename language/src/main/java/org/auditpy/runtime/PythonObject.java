package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/**
 * The base of every heap object auditpy creates (CPython's {@code PyObject}): instances of user classes,
 * and the Java classes behind builtin types (list, dict, function, type, ...).
 *
 * <p>Instance attributes (CPython's instance {@code __dict__}) live in the Truffle {@link DynamicObject}
 * properties of this object, keyed by attribute name ({@code String}). The Python class is a plain field so
 * that {@code __class__} assignment is a field write (audited as {@code object.__setattr__}).
 *
 * <p>Python values that are not {@code PythonObject}s: {@code int} is {@link Long} or
 * {@link java.math.BigInteger} (only outside the long range), {@code bool} is {@link Boolean},
 * {@code float} is {@link Double}, {@code str} is {@link String}.
 */
@ExportLibrary(InteropLibrary.class)
public class PythonObject extends DynamicObject implements TruffleObject {
    /**
     * The single root shape of all auditpy objects; attribute layouts diverge from it. Its layout class is the
     * default ({@code DynamicObject}: PythonObject declares no {@code @DynamicField}s, so a layout of
     * PythonObject held nothing more): with it, the constructor's shape check in {@code DynamicObject} skips
     * {@code Class.isAssignableFrom}, a native call when a list, tuple or other object is allocated in code
     * HotSpot compiles with C1 (behind a TruffleBoundary: str.split, enumerate, ...).
     */
    public static final Shape ROOT_SHAPE = Shape.newBuilder().build();

    private PyType pythonClass;
    /**
     * What few objects need, kept out of every object's layout (a tuple is 40 bytes with this one reference, 48 with
     * the two fields it replaces): null; the instance {@code __dict__} (a {@link PyDict}); or an {@link Extras}
     * when the object also has its {@code id()}.
     *
     * <p>The instance {@code __dict__} exists once a program asked for it: from then on the object's visible
     * attributes live in this dict (so that mutating {@code obj.__dict__} changes the object, as in CPython); until
     * then they are DynamicObject properties, which compiled attribute accesses read fast. Internal attributes
     * (names starting with NUL) always stay properties.
     */
    private Object extras;

    /** An object's id (assigned by {@link Identity} on first use) and its instance dict, or null. */
    private static final class Extras {
        final long id;
        PyDict dict;

        Extras(long id, PyDict dict) {
            this.id = id;
            this.dict = dict;
        }
    }

    public PythonObject(PyType pythonClass) {
        super(ROOT_SHAPE);
        this.pythonClass = pythonClass;
    }

    /** The object's Python class ({@code type(obj)}); never null once the builtin types exist. */
    public final PyType getPythonClass() {
        return pythonClass;
    }

    /** Sets the Python class, as {@code obj.__class__ = cls} after its checks and audit event. */
    public final void setPythonClass(PyType cls) {
        this.pythonClass = cls;
    }

    /** The id assigned by {@link Identity}, or 0. */
    public final long getIdOrZero() {
        return extras instanceof Extras e ? e.id : 0;
    }

    /** Records the id {@link Identity} assigned (once per object). */
    public final void setId(long id) {
        extras = new Extras(id, instanceDictOrNull());
    }

    /**
     * The materialized instance {@code __dict__}, or null while the attributes are DynamicObject properties (for
     * the attribute caches, which read and write it in compiled code once it exists).
     */
    public final PyDict instanceDictOrNull() {
        Object x = extras;
        return x instanceof PyDict d ? d : x instanceof Extras e ? e.dict : null;
    }

    private void setInstanceDictField(PyDict d) {
        if (extras instanceof Extras e) {
            e.dict = d;
        } else {
            extras = d;
        }
    }

    /** True once the instance {@code __dict__} was materialized (attribute caches then read and write that dict). */
    public final boolean hasInstanceDict() {
        Object x = extras;
        return x != null && (x instanceof PyDict || ((Extras) x).dict != null);
    }

    private boolean inDict(String name) {
        return hasInstanceDict() && (name.isEmpty() || name.charAt(0) != '\0');
    }

    /** Reads an instance attribute, or null when absent. */
    @TruffleBoundary
    public final Object getAttributeOrNull(String name) {
        if (inDict(name)) {
            return instanceDictOrNull().getStr(name);
        }
        return DynamicObjectLibrary.getUncached().getOrDefault(this, name, null);
    }

    /** Writes an instance attribute. */
    @TruffleBoundary
    public final void setAttribute(String name, Object value) {
        if (inDict(name)) {
            instanceDictOrNull().setStr(name, value);
            return;
        }
        DynamicObjectLibrary.getUncached().put(this, name, value);
    }

    /** Deletes an instance attribute; returns false when it was absent. */
    @TruffleBoundary
    public final boolean deleteAttribute(String name) {
        if (inDict(name)) {
            return instanceDictOrNull().removeItem(name) != null;
        }
        return DynamicObjectLibrary.getUncached().removeKey(this, name);
    }

    /** The instance attribute names in insertion order (internal NUL-prefixed ones first when a dict exists). */
    @TruffleBoundary
    public final Object[] attributeNames() {
        Object[] props = DynamicObjectLibrary.getUncached().getKeyArray(this);
        PyDict instanceDict = instanceDictOrNull();
        if (instanceDict == null) {
            return props;
        }
        Object[] keys = instanceDict.keysArray();
        Object[] all = java.util.Arrays.copyOf(props, props.length + keys.length);
        System.arraycopy(keys, 0, all, props.length, keys.length);
        return all;
    }

    /** The live instance {@code __dict__}, created on first request from the current attributes. */
    @TruffleBoundary
    public final PyDict getOrCreateInstanceDict() {
        PyDict instanceDict = instanceDictOrNull();
        if (instanceDict == null) {
            PyDict d = PyDict.create();
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            for (Object k : lib.getKeyArray(this)) {
                if (k instanceof String s && (s.isEmpty() || s.charAt(0) != '\0')) {
                    d.setStr(s, lib.getOrDefault(this, s, null));
                    lib.removeKey(this, s);
                }
            }
            instanceDict = d;
            setInstanceDictField(d);
        }
        return instanceDict;
    }

    /** {@code obj.__dict__ = d}: the visible attributes become those of {@code d} (the dict itself, not a copy). */
    @TruffleBoundary
    public final void setInstanceDict(PyDict d) {
        getOrCreateInstanceDict();
        setInstanceDictField(d);
    }

    @ExportMessage
    final Object toDisplayString(boolean allowSideEffects) {
        return PyOps.reprForHost(this);
    }

    @ExportMessage
    final boolean isNull() {
        return this == PyNone.NONE;
    }
}
