package org.auditpy.audit;

import java.math.BigInteger;

import org.auditpy.runtime.Formatting;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Renders audit event arguments as text for host hooks (the audit log, host-friendly embedder hooks) without
 * running any Python code: a hook must not recurse into audit, call user {@code __repr__} methods or fail.
 *
 * <p>Values of the exact builtin types {@code str}, {@code int}, {@code float}, {@code bool}, {@code None},
 * {@code bytes}, and {@code tuple}/{@code list} of those get their CPython {@code repr} computed in Java; any
 * other object (including instances of subclasses of those types) is shown as {@code <TypeName object>}. Each
 * result is bounded to {@value #MAX} characters (longer ones end in {@code ...}).
 */
final class SafeRepr {
    /** Maximum length of one rendered argument. */
    static final int MAX = 200;
    private static final int MAX_DEPTH = 4;

    private SafeRepr() {
    }

    /** The bounded, side-effect-free repr of {@code value}. */
    @TruffleBoundary
    static String of(Object value) {
        StringBuilder sb = new StringBuilder();
        try {
            append(sb, value, 0);
        } catch (RuntimeException e) {
            sb.setLength(0);
            sb.append("<unrepresentable object>");
        }
        if (sb.length() > MAX) {
            sb.setLength(MAX - 3);
            sb.append("...");
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v, int depth) {
        if (sb.length() > MAX) {
            return;
        }
        if (v instanceof String s) {
            sb.append(Formatting.reprString(s.length() > MAX ? s.substring(0, MAX) : s));
        } else if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
            sb.append(v);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v instanceof Double d) {
            sb.append(Formatting.reprDouble(d));
        } else if (v == PyNone.NONE) {
            sb.append("None");
        } else if (v == null) {
            sb.append("NULL");
        } else if (v instanceof PyBytes b && isExact(b, types().bytes)) {
            appendBytes(sb, b.getBytes());
        } else if (v instanceof PyTuple t && isExact(t, types().tuple)) {
            appendItems(sb, t.items(), t.size(), '(', ')', depth);
        } else if (v instanceof PyList l && isExact(l, types().list)) {
            appendItems(sb, l.toArray(), l.size(), '[', ']', depth);
        } else {
            sb.append('<').append(typeName(v)).append(" object>");
        }
    }

    private static org.auditpy.runtime.BuiltinTypes types() {
        return PythonContext.get().types();
    }

    private static boolean isExact(PythonObject o, PyType t) {
        return o.getPythonClass() == t;
    }

    /** The name of {@code type(v)} read from Java fields only (no attribute lookup). */
    static String typeName(Object v) {
        if (v instanceof PythonObject po && po.getPythonClass() != null) {
            return po.getPythonClass().getName();
        }
        if (v instanceof PyNone) {
            return v == PyNone.NONE ? "NoneType" : v == PyNone.ELLIPSIS ? "ellipsis" : v == PyNone.NOT_IMPLEMENTED ? "NotImplementedType" : "object";
        }
        return v == null ? "NULL" : v.getClass().getSimpleName();
    }

    private static void appendItems(StringBuilder sb, Object[] items, int n, char open, char close, int depth) {
        if (depth >= MAX_DEPTH) {
            sb.append(open).append("...").append(close);
            return;
        }
        sb.append(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (sb.length() > MAX) {
                return;
            }
            append(sb, items[i], depth + 1);
        }
        if (n == 1 && open == '(') {
            sb.append(',');
        }
        sb.append(close);
    }

    /** CPython's bytes repr (Objects/bytesobject.c PyBytes_Repr). */
    static void appendBytes(StringBuilder sb, byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.append('b').append(quote);
        for (int i = 0; i < b.length && sb.length() <= MAX; i++) {
            int c = b[i] & 0xff;
            Formatting.appendReprByte(sb, c, quote);
        }
        sb.append(quote);
    }

    /**
     * A host-friendly value: {@code String}, {@code Long}, {@code Double} and {@code Boolean} as themselves (a
     * {@code bool} is a Boolean, an {@code int} outside the long range a String of its digits); anything else,
     * {@code None} included, as its {@link #of safe repr}.
     */
    @TruffleBoundary
    static Object hostValue(Object v) {
        if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Integer i) {
            return (long) i;
        }
        return of(v);
    }
}
