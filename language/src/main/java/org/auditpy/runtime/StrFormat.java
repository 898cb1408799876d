package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

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
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw PyErrors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                sb.append('{');
                i += 2;
                continue;
            }
            // find the matching '}'
            int j = i + 1;
            int level = 1;
            while (j < n) {
                char d = fmt.charAt(j);
                if (d == '{') {
                    level++;
                } else if (d == '}') {
                    level--;
                    if (level == 0) {
                        break;
                    }
                }
                j++;
            }
            if (j >= n) {
                if (i + 1 >= n) {
                    throw PyErrors.valueError("Single '{' encountered in format string");
                }
                throw PyErrors.valueError("expected '}' before end of string");
            }
            String field = fmt.substring(i + 1, j);
            i = j + 1;
            sb.append(renderField(field, st, depth));
        }
        return sb.toString();
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
            obj = positional(st, Integer.parseInt(first));
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
                obj = PyOps.getItem(obj, isDigits(key) ? (Object) Long.parseLong(key) : key);
                if (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private static Object positional(State st, int i) {
        if (i >= st.args.length) {
            throw PyErrors.indexError("Replacement index " + i + " out of range for positional args tuple");
        }
        return st.args[i];
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
