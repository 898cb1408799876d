package org.auditpy.parser;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;

import org.auditpy.parser.ast.Ast;

/**
 * Renders an {@link Ast} tree in the format of CPython 3.11's {@code ast.dump(node, include_attributes=...)}
 * (single line, no indent): Python class and field names, {@code None}-valued optional fields omitted,
 * constants in Python {@code repr} form. Meant for tests and debugging: the output for a source can be
 * compared character for character with CPython's (columns are in characters here, in UTF-8 bytes in
 * CPython, so the two agree on ASCII lines).
 */
public final class AstDump {
    private AstDump() {
    }

    /**
     * Dumps a node.
     *
     * @param node              an {@link Ast.Mod}, {@link Ast.Stmt}, {@link Ast.Expr} or helper record
     * @param includeAttributes whether to append {@code lineno, col_offset, end_lineno, end_col_offset}
     * @return the dump, like {@code ast.dump}
     */
    public static String dump(Object node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder();
        format(node, includeAttributes, sb);
        return sb.toString();
    }

    private static String pyName(Class<?> c) {
        return switch (c.getSimpleName()) {
            case "ExprStmt" -> "Expr";
            case "Arguments" -> "arguments";
            case "Arg" -> "arg";
            case "Keyword" -> "keyword";
            case "Alias" -> "alias";
            case "WithItem" -> "withitem";
            case "Comprehension" -> "comprehension";
            default -> c.getSimpleName();
        };
    }

    private static String snake(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void format(Object node, boolean attrs, StringBuilder sb) {
        if (node == null) {
            sb.append("None");
        } else if (node instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                format(l.get(i), attrs, sb);
            }
            sb.append(']');
        } else if (node instanceof Enum<?> e && !(node instanceof Ast.Singleton)) {
            sb.append(e.name()).append("()");
        } else if (node instanceof Record r && !(node instanceof Ast.Pos) && !(node instanceof Ast.Imaginary)) {
            sb.append(pyName(r.getClass())).append('(');
            boolean first = true;
            Ast.Pos pos = null;
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = rc.getAccessor().invoke(r);
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
                if (rc.getName().equals("pos")) {
                    pos = (Ast.Pos) v;
                    continue;
                }
                if (v == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(snake(rc.getName())).append('=');
                if (r instanceof Ast.Constant) {
                    sb.append(repr(v));
                } else if (v instanceof Boolean b) {
                    sb.append(b ? 1 : 0);
                } else if (v instanceof String s) {
                    sb.append(repr(s));
                } else {
                    format(v, attrs, sb);
                }
            }
            if (r instanceof Ast.Module) {
                sb.append(", type_ignores=[]");
            }
            if (attrs && pos != null) {
                if (!first) {
                    sb.append(", ");
                }
                sb.append("lineno=").append(pos.line()).append(", col_offset=").append(pos.col()).append(", end_lineno=")
                        .append(pos.endLine()).append(", end_col_offset=").append(pos.endCol());
            }
            sb.append(')');
        } else {
            sb.append(repr(node));
        }
    }

    /** Python's {@code repr} of a constant value. */
    public static String repr(Object v) {
        if (v == Ast.Singleton.NONE) {
            return "None";
        } else if (v == Ast.Singleton.ELLIPSIS) {
            return "Ellipsis";
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
            return v.toString();
        } else if (v instanceof Double d) {
            return floatRepr(d);
        } else if (v instanceof Ast.Imaginary im) {
            String s = floatRepr(im.imag());
            if (s.endsWith(".0")) {
                s = s.substring(0, s.length() - 2);
            }
            return s + "j";
        } else if (v instanceof String s) {
            return strRepr(s);
        } else if (v instanceof byte[] b) {
            return bytesRepr(b);
        }
        return String.valueOf(v);
    }

    /** Python's {@code float.__repr__}: {@link org.auditpy.runtime.Formatting#reprDouble}. */
    public static String floatRepr(double d) {
        return org.auditpy.runtime.Formatting.reprDouble(d);
    }

    private static boolean printable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE || t == Character.PRIVATE_USE
                || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                || t == Character.SPACE_SEPARATOR);
    }

    /** Python's {@code str.__repr__}. */
    public static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || printable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(q).toString();
    }

    /** Python's {@code bytes.__repr__}. */
    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : b) {
            int c = x & 0xff;
            org.auditpy.runtime.Formatting.appendReprByte(sb, c, q);
        }
        return sb.append(q).toString();
    }
}
