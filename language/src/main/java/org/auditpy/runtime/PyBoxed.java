package org.auditpy.runtime;

/**
 * An instance of a Python subclass of {@code int}, {@code float} or {@code str} ({@code class Upper(str)}):
 * the builtin value plus the subclass and instance attributes. Builtin methods of the value type receive the
 * unboxed value as {@code self}; everything else (type, attributes, overridden methods) sees this object.
 */
public final class PyBoxed extends PythonObject {
    private final Object value;

    public PyBoxed(PyType cls, Object value) {
        super(cls);
        this.value = value;
    }

    /** The builtin value: a String, Long, BigInteger, Double or Boolean. */
    public Object getValue() {
        return value;
    }

    /** True for values that are represented by plain Java objects (and so need boxing in subclasses). */
    public static boolean isBoxable(Object v) {
        return v instanceof String || v instanceof Long || v instanceof Double || v instanceof java.math.BigInteger || v instanceof Boolean;
    }

    /** The value itself, or the boxed value of a subclass instance. */
    public static Object unbox(Object v) {
        return v instanceof PyBoxed b ? b.value : v;
    }
}
