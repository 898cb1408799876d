package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code str.format} / {@code str.format_map} (Objects/stringlib/unicode_format.h), reusable by f-string nodes. */
public final class StrFormat {
    private StrFormat() {
    }

    /** Escapes the non-ASCII characters of a repr as {@code ascii()} does. */
    @TruffleBoundary
    public static String asciiEscape(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length();) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    /** Applies a conversion ({@code !r}, {@code !s}, {@code !a}); 0 means none. */
    @TruffleBoundary
    public static Object convert(Object v, char conv) {
        return switch (conv) {
            case 0 -> v;
            case 'r' -> PyOps.repr(v);
            case 's' -> PyOps.str(v);
            case 'a' -> asciiEscape(PyOps.repr(v));
            default -> throw PyErrors.valueError("Unknown conversion specifier " + conv);
        };
    }

    private static final class State {
        final Object[] args;
        final Object kwargs; // a mapping or null
        int auto = 0; // next automatic index; -1 once manual numbering is used
        boolean manual;
        boolean automatic;

        State(Object[] args, Object kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }
    }

    /**
     * A format string of literal text and positional fields only ({@code "{}-{:>5}"}, {@code "{0}{1!r}"}), parsed
     * once for a call site whose format string is the same object each time: the fields are formatted and joined
     * in the caller's compiled code, an exact str or int without a spec with no call at all (as an f-string's
     * fields, {@code Expressions.FormattedValue}). {@link #parse} answers null for anything else (named fields,
     * attributes and indexes, nested fields, malformed strings), which {@link StrFormat#format} handles, errors
     * included.
     */
    public static final class Template {
        /** The literal text before each field and after the last one ({@code fields + 1} items). */
        @CompilationFinal(dimensions = 1) private final String[] literals;
        /** Per field: the positional argument's index, its conversion (0 for none) and parsed spec (null if empty). */
        @CompilationFinal(dimensions = 1) private final int[] index;
        @CompilationFinal(dimensions = 1) private final char[] conversion;
        @CompilationFinal(dimensions = 1) private final FormatSpec.Spec[] specs;
        /** Per field: the keyword argument's name ({@code "{name}"}; its index is then -1), or null. */
        @CompilationFinal(dimensions = 1) private final String[] names;
        private final int maxIndex;

        private Template(String[] literals, int[] index, char[] conversion, FormatSpec.Spec[] specs, String[] names) {
            this.literals = literals;
            this.index = index;
            this.conversion = conversion;
            this.specs = specs;
            this.names = names;
            int m = -1;
            for (int i : index) {
                m = Math.max(m, i);
            }
            this.maxIndex = m;
        }

        /**
         * The template of {@code fmt}, or null when it is not one of literal text, positional fields and keyword fields
         * without attribute or index parts.
         */
        @TruffleBoundary
        public static Template parse(String fmt) {
            java.util.ArrayList<String> lits = new java.util.ArrayList<>();
            java.util.ArrayList<Integer> idx = new java.util.ArrayList<>();
            java.util.ArrayList<Character> convs = new java.util.ArrayList<>();
            java.util.ArrayList<FormatSpec.Spec> sps = new java.util.ArrayList<>();
            java.util.ArrayList<String> kws = new java.util.ArrayList<>();
            StringBuilder lit = new StringBuilder();
            boolean automatic = false;
            boolean manual = false;
            int auto = 0;
            int n = fmt.length();
            int i = 0;
            while (i < n) {
                i = literalText(fmt, i, lit);
                if (i < 0) {
                    return null;
                }
                if (i >= n) {
                    break;
                }
                int j = fieldEnd(fmt, i);
                if (j >= n) {
                    return null;
                }
                String field = fmt.substring(i + 1, j);
                if (field.indexOf('{') >= 0) {
                    return null;
                }
                int k = 0;
                while (k < field.length() && field.charAt(k) != '!' && field.charAt(k) != ':') {
                    k++;
                }
                String name = field.substring(0, k);
                int argIndex;
                String kw = null;
                if (name.isEmpty()) {
                    automatic = true;
                    argIndex = auto++;
                } else if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    if (name.length() > 6) {
                        return null;
                    }
                    manual = true;
                    argIndex = Integer.parseInt(name);
                } else if (name.indexOf('.') < 0 && name.indexOf('[') < 0) {
                    // a keyword field (any text but digits, as get_field_object's lookup in the kwargs)
                    argIndex = -1;
                    kw = name;
                } else {
                    return null;
                }
                if (automatic && manual) {
                    return null;
                }
                char conv = 0;
                if (k < field.length() && field.charAt(k) == '!') {
                    if (k + 1 >= field.length() || "rsa".indexOf(field.charAt(k + 1)) < 0) {
                        return null;
                    }
                    conv = field.charAt(k + 1);
                    k += 2;
                    if (k < field.length() && field.charAt(k) != ':') {
                        return null;
                    }
                }
                String spec = k < field.length() ? field.substring(k + 1) : "";
                lits.add(lit.toString());
                lit.setLength(0);
                idx.add(argIndex);
                kws.add(kw);
                convs.add(conv);
                sps.add(spec.isEmpty() ? null : FormatSpec.parse(spec));
                i = j + 1;
            }
            lits.add(lit.toString());
            int[] ix = new int[idx.size()];
            char[] cv = new char[idx.size()];
            for (int f = 0; f < ix.length; f++) {
                ix[f] = idx.get(f);
                cv[f] = convs.get(f);
            }
            return new Template(lits.toArray(new String[0]), ix, cv, sps.toArray(new FormatSpec.Spec[0]), kws.toArray(new String[0]));
        }

        /**
         * {@code fmt.format(*args, **kwargs)} ({@code kwargs} the call's keyword dict, or anything else when there are
         * none), or null when a field's argument is missing or the dict cannot be read in compiled code (the caller's
         * generic path then raises CPython's IndexError or KeyError).
         */
        @ExplodeLoop
        public String render(Object[] args, Object kwargs) {
            if (args.length <= maxIndex) {
                return null;
            }
            String[] parts = new String[literals.length + index.length];
            for (int f = 0; f < index.length; f++) {
                parts[2 * f] = literals[f];
                Object v;
                if (names[f] != null) {
                    if (!(kwargs instanceof PyDict d)) {
                        return null;
                    }
                    int e = d.findStrEntry(names[f]);
                    if (e < 0) {
                        return null;
                    }
                    v = d.valueAt(e);
                } else {
                    v = args[index[f]];
                }
                char conv = conversion[f];
                FormatSpec.Spec spec = specs[f];
                String s;
                if (spec == null && (conv == 0 || conv == 's') && v instanceof String str) {
                    s = str;
                } else if (spec == null && (conv == 0 || conv == 's') && v instanceof Long l) {
                    s = PyOps.longStrCompiled(l);
                } else {
                    s = field(v, conv, spec);
                }
                parts[2 * f + 1] = s;
            }
            parts[parts.length - 1] = literals[literals.length - 1];
            return StrFormat.join(parts);
        }

        @TruffleBoundary
        private static String field(Object v, char conv, FormatSpec.Spec spec) {
            Object c = convert(v, conv);
            if (spec == null) {
                return c instanceof String str ? str : FormatSpec.format(c, "");
            }
            return FormatSpec.format(c, spec);
        }

    }

    /**
     * The concatenation of {@code parts} (an f-string's pieces, a format template's literals and fields), behind a
     * boundary: the JDK's join is not for partial evaluation.
     */
    @TruffleBoundary
    public static String join(String[] parts) {
        return String.join("", parts);
    }

    /** {@code fmt.format(*args, **kwargs)}; {@code kwargs} is any mapping (or null). */
    @TruffleBoundary
    public static String format(String fmt, Object[] args, Object kwargs) {
        return render(fmt, new State(args, kwargs), 2);
    }

    private static String render(String fmt, State st, int depth) {
        if (depth < 0) {
            throw PyErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            i = literalText(fmt, i, sb);
            if (i < 0) {
                throw PyErrors.valueError("Single '}' encountered in format string");
            }
            if (i >= n) {
                break;
            }
            int j = fieldEnd(fmt, i);
            if (j >= n) {
                if (i + 1 >= n) {
                    throw PyErrors.valueError("Single '{' encountered in format string");
                }
                throw PyErrors.valueError(unclosedFieldError(fmt, i + 1));
            }
            String field = fmt.substring(i + 1, j);
            i = j + 1;
            sb.append(renderField(field, st, depth));
        }
        return sb.toString();
    }

    /**
     * Appends the literal text of {@code fmt} from {@code i} to {@code out} (a doubled brace as one brace) up to
     * the next replacement field, and returns the index of its '{', or the length of {@code fmt} at the
     * end, or -1 at a single '}'.
     */
    private static int literalText(String fmt, int i, StringBuilder out) {
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                return -1;
            }
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                return i;
            }
            out.append(c);
            i++;
        }
        return n;
    }

    /** The index of the '}' that closes the field opened at {@code open} (nested fields counted), or the length. */
    private static int fieldEnd(String fmt, int open) {
        int n = fmt.length();
        int level = 1;
        for (int j = open + 1; j < n; j++) {
            char d = fmt.charAt(j);
            if (d == '{') {
                level++;
            } else if (d == '}' && --level == 0) {
                return j;
            }
        }
        return n;
    }

    /**
     * The message for a field that starts at {@code start} (after its '{') and is never closed, as CPython 3.11's
     * parse_field (Objects/stringlib/unicode_format.h) finds it scanning the name, the conversion and the spec in
     * turn.
     */
    private static String unclosedFieldError(String fmt, int start) {
        int n = fmt.length();
        int k = start;
        char c = 0;
        while (k < n) {
            c = fmt.charAt(k++);
            if (c == '{') {
                return "unexpected '{' in field name";
            } else if (c == '[') {
                while (k < n && fmt.charAt(k) != ']') {
                    k++;
                }
                c = 0;
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            } else {
                c = 0;
            }
        }
        if (c == '!') {
            if (k >= n) {
                return "end of string while looking for conversion specifier";
            }
            k++;
            if (k < n && fmt.charAt(k) != ':') {
                return "expected ':' after conversion specifier";
            }
            return "unmatched '{' in format spec";
        }
        if (c == ':') {
            return "unmatched '{' in format spec";
        }
        return "expected '}' before end of string";
    }

    private static String renderField(String field, State st, int depth) {
        // split name, conversion, spec (the name part ends at the first '!' or ':' outside brackets)
        int k = 0;
        int n = field.length();
        boolean inBracket = false;
        while (k < n) {
            char c = field.charAt(k);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (!inBracket && (c == '!' || c == ':')) {
                break;
            }
            k++;
        }
        String name = field.substring(0, k);
        char conv = 0;
        String spec = "";
        if (k < n && field.charAt(k) == '!') {
            if (k + 1 >= n) {
                throw PyErrors.valueError("end of string while looking for conversion specifier");
            }
            conv = field.charAt(k + 1);
            k += 2;
            if (k < n && field.charAt(k) != ':') {
                throw PyErrors.valueError("expected ':' after conversion specifier");
            }
        }
        if (k < n && field.charAt(k) == ':') {
            spec = field.substring(k + 1);
        }
        Object value = lookup(name, st);
        value = convert(value, conv);
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, st, depth - 1);
        }
        return FormatSpec.format(value, spec);
    }

    private static Object lookup(String name, State st) {
        int n = name.length();
        int k = 0;
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        Object obj;
        if (first.isEmpty()) {
            if (st.manual) {
                throw PyErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            st.automatic = true;
            obj = positional(st, st.auto++);
        } else if (isDigits(first)) {
            if (st.automatic) {
                throw PyErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            st.manual = true;
            obj = positional(st, fieldInteger(first));
        } else {
            if (st.kwargs == null) {
                throw PyErrors.keyError(first);
            }
            if (st.kwargs instanceof PyDict d && d.getPythonClass() == PythonContext.get().types().dict) {
                obj = d.getItem(first);
                if (obj == null) {
                    throw PyErrors.keyError(first);
                }
            } else {
                obj = PyOps.getItem(st.kwargs, first);
            }
        }
        while (k < n) {
            char c = name.charAt(k);
            if (c == '.') {
                int s = ++k;
                while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    k++;
                }
                if (s == k) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                obj = PyOps.getAttribute(obj, name.substring(s, k));
            } else if (c == '[') {
                int s = ++k;
                while (k < n && name.charAt(k) != ']') {
                    k++;
                }
                if (k >= n) {
                    throw PyErrors.valueError("Missing ']' in format string");
                }
                String key = name.substring(s, k);
                k++;
                if (key.isEmpty()) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                obj = PyOps.getItem(obj, isDigits(key) ? (Object) fieldInteger(key) : key);
                if (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    /**
     * The value of a field name's digits (an argument index or an item key), as CPython's {@code get_integer}
     * (Objects/stringlib/unicode_format.h): past {@code sys.maxsize} it raises ValueError "Too many decimal digits in
     * format string".
     */
    private static long fieldInteger(String digits) {
        long v = Ints.decimal(digits, 0, digits.length(), Long.MAX_VALUE);
        if (v < 0) {
            throw PyErrors.valueError("Too many decimal digits in format string");
        }
        return v;
    }

    private static Object positional(State st, long i) {
        if (i >= st.args.length) {
            throw PyErrors.indexError("Replacement index " + i + " out of range for positional args tuple");
        }
        return st.args[(int) i];
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            // any Unicode decimal digit, as get_integer's Py_UNICODE_TODECIMAL (Objects/stringlib/unicode_format.h)
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
