package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** printf-style {@code str % args} (Objects/unicodeobject.c {@code PyUnicode_Format}). */
public final class StringFormatting {
    private StringFormatting() {
    }

    @TruffleBoundary
    public static String percentFormat(String fmt, Object args) {
        Object[] values;
        boolean isTuple = args instanceof PyTuple;
        values = isTuple ? ((PyTuple) args).items() : new Object[]{args};
        // PyUnicode_Format: any object whose type has __getitem__ (mp_subscript), other than a tuple or a str, can
        // give "%(key)s" values, and then the count of the values is not checked ("abc" % [1] is 'abc')
        Object mapping = !isTuple && (args instanceof PyDict || !(args instanceof String) && isMappingForFormat(args)) ? args : null;
        StringBuilder sb = new StringBuilder();
        int ai = 0;
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (i >= n) {
                throw PyErrors.valueError("incomplete format");
            }
            Object key = null;
            if (fmt.charAt(i) == '(') {
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '(') {
                        depth++;
                    } else if (fmt.charAt(j) == ')') {
                        depth--;
                    }
                    j++;
                }
                key = fmt.substring(i + 1, j - 1);
                i = j;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            String width = "";
            if (i < n && fmt.charAt(i) == '*') {
                if (ai >= values.length) {
                    throw PyErrors.typeError("not enough arguments for format string");
                }
                Object wv = values[ai++];
                if (!PyOps.isInt(wv)) {
                    throw PyErrors.typeError("* wants int");
                }
                long wl = PyOps.asIndex(wv);
                if (wl < 0) {
                    flags.append('-');
                    wl = -wl;
                }
                width = String.valueOf(wl);
                i++;
            } else {
                int s = i;
                while (i < n && isAsciiDigit(fmt.charAt(i))) {
                    i++;
                }
                width = fmt.substring(s, i);
                checkDigits(width, Long.MAX_VALUE, "width too big");
            }
            String prec = null;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    if (ai >= values.length) {
                        throw PyErrors.typeError("not enough arguments for format string");
                    }
                    Object pv = values[ai++];
                    if (!PyOps.isInt(pv)) {
                        throw PyErrors.typeError("* wants int");
                    }
                    // a C int; a negative precision counts as 0 (PyUnicode_Format's unicode_format_arg_parse)
                    prec = String.valueOf(Math.max(0, PyOps.asCInt(pv)));
                    i++;
                } else {
                    int s = i;
                    while (i < n && isAsciiDigit(fmt.charAt(i))) {
                        i++;
                    }
                    prec = fmt.substring(s, i);
                    if (prec.isEmpty()) {
                        prec = "0";
                    }
                    checkDigits(prec, Integer.MAX_VALUE, "precision too big");
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw PyErrors.valueError("incomplete format");
            }
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            Object v;
            if (key != null) {
                if (mapping == null) {
                    throw PyErrors.typeError("format requires a mapping");
                }
                v = PyOps.getItem(args, key);
            } else {
                if (ai >= values.length) {
                    throw PyErrors.typeError("not enough arguments for format string");
                }
                v = values[ai++];
            }
            if (flags.length() == 0 && width.isEmpty() && prec == null) {
                // the plain conversions of most format strings ("%d", "%s" of an int or a str) without a format spec
                if (v instanceof Long l && (conv == 'd' || conv == 'i' || conv == 'u')) {
                    sb.append(l.longValue());
                    continue;
                } else if (v instanceof String str && conv == 's') {
                    sb.append(str);
                    continue;
                }
            } else if (flags.length() == 0 && width.isEmpty() && prec != null && prec.length() <= 2 && (conv == 'f' || conv == 'F')
                            && v instanceof Double d && Double.isFinite(d)) {
                // "%.2f" of a float: the digits without a format spec's parse
                String digits = FixedPoint.format(Math.abs(d), Integer.parseInt(prec));
                if (digits != null) {
                    if (d < 0 || d == 0 && 1 / d < 0) {
                        sb.append('-');
                    }
                    sb.append(digits);
                    continue;
                }
            }
            String body;
            switch (conv) {
                case 's':
                    body = PyOps.str(v);
                    if (prec != null) {
                        body = body.substring(0, Math.min(body.length(), Integer.parseInt(prec)));
                    }
                    break;
                case 'r':
                    body = PyOps.repr(v);
                    if (prec != null) {
                        body = body.substring(0, Math.min(body.length(), Integer.parseInt(prec)));
                    }
                    break;
                case 'a':
                    body = Formatting.asciiOf(PyOps.repr(v));
                    if (prec != null) {
                        body = body.substring(0, Math.min(body.length(), Integer.parseInt(prec)));
                    }
                    break;
                case 'c': {
                    // one character, or an int code point (PyUnicode_Format's formatchar)
                    if (v instanceof String s) {
                        if (s.codePointCount(0, s.length()) != 1) {
                            throw PyErrors.typeError("%c requires int or char");
                        }
                        body = s;
                        break;
                    }
                    if (!PyOps.isInt(v) && PyOps.typeOf(v).lookup("__index__") == null) {
                        throw PyErrors.typeError("%c requires int or char");
                    }
                    Object cp = PyOps.index(v);
                    if (!(cp instanceof Long l) || l < 0 || l >= 0x110000) {
                        throw PyErrors.raise("OverflowError", "%c arg not in range(0x110000)");
                    }
                    body = new String(Character.toChars((int) (long) l));
                    break;
                }
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    if (!(Comparisons.isNumber(v))) {
                        // %x/%o take __index__ (PyNumber_Index), %d __int__ or __index__ (PyNumber_Long), the float
                        // conversions __float__ or __index__ (PyFloat_AsDouble)
                        boolean integral = conv == 'x' || conv == 'X' || conv == 'o';
                        Object conv2 = integral ? PyOps.callSpecial(v, "__index__")
                                        : PyOps.callSpecial(v, (conv == 'd' || conv == 'i' || conv == 'u') ? "__int__" : "__float__");
                        if (conv2 == null && !integral) {
                            conv2 = PyOps.callSpecial(v, "__index__");
                            if (conv2 != null && conv != 'd' && conv != 'i' && conv != 'u') {
                                double d = conv2 instanceof Long l ? (double) l : ((java.math.BigInteger) conv2).doubleValue();
                                if (Double.isInfinite(d)) {
                                    throw PyErrors.raise("OverflowError", "int too large to convert to float");
                                }
                                conv2 = d;
                            }
                        }
                        if (conv2 == null) {
                            if (!integral && conv != 'd' && conv != 'i' && conv != 'u') {
                                throw PyErrors.typeError("must be real number, not " + PyOps.typeName(v));
                            }
                            throw PyErrors.typeError("%" + conv + " format: " + (integral ? "an integer" : "a real number") + " is required, not " + PyOps.typeName(v));
                        }
                        v = conv2;
                    } else if ((conv == 'x' || conv == 'X' || conv == 'o') && v instanceof Double) {
                        throw PyErrors.typeError("%" + conv + " format: an integer is required, not float");
                    }
                    String c2 = String.valueOf(conv == 'i' || conv == 'u' ? 'd' : conv);
                    if ((conv == 'd' || conv == 'i' || conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o') && v instanceof Double d) {
                        v = PyOps.normalize(new java.math.BigDecimal(d).toBigInteger());
                    }
                    StringBuilder fs = new StringBuilder();
                    String fl = flags.toString();
                    if (fl.contains("-")) {
                        fs.append('<');
                    }
                    if (fl.contains("+")) {
                        fs.append('+');
                    } else if (fl.contains(" ")) {
                        fs.append(' ');
                    }
                    if (fl.contains("#")) {
                        fs.append('#');
                    }
                    if (fl.contains("0") && !fl.contains("-")) {
                        fs.append('0');
                    }
                    fs.append(width);
                    if (prec != null) {
                        fs.append('.').append(prec);
                    }
                    fs.append(c2);
                    body = FormatSpec.format(v, fs.toString());
                    sb.append(body);
                    continue;
                }
                default:
                    // PyUnicode_Format: the character itself only when printable ASCII, and the code point's number
                    int cp = Character.codePointAt(fmt, i - 1);
                    throw PyErrors.valueError("unsupported format character '" + (cp >= 32 && cp <= 126 ? (char) cp : '?') + "' (0x" +
                                    Integer.toHexString(cp) + ") at index " + (i - 1));
            }
            if (!width.isEmpty()) {
                long w = Long.parseLong(width);
                if (w > Sequences.MAX_LENGTH) {
                    throw PyErrors.noMemory();
                }
                body = pad(body, (int) w, flags.indexOf("-") >= 0);
            }
            sb.append(body);
        }
        if (key0(mapping) && ai < values.length) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }


    /**
     * A printf-style format string of literal text and positional conversions ({@code "%d-%5s"}, {@code "%.2f%%"})
     * parsed once, for a {@code %} whose left operand is the same str at each evaluation (a literal): the operands are
     * formatted and joined in compiled code, an exact str for {@code %s} and an exact int for {@code %d}/{@code %s}
     * without flags, width or precision with no call, any other conversion by {@link #percentFormat} of that one
     * conversion. {@link #parse} answers null for mapping keys, {@code *} widths and malformed strings, and
     * {@link #render} null for operands that do not match the conversions one to one (the caller's
     * {@link #percentFormat} then formats them or raises CPython's error).
     */
    public static final class Template {
        /** The literal text before each conversion and after the last ({@code conversions + 1} items). */
        @CompilationFinal(dimensions = 1) private final String[] literals;
        /** Per conversion: its whole text ({@code "%5s"}), its type character, whether it has no flags/width/precision. */
        @CompilationFinal(dimensions = 1) private final String[] specs;
        @CompilationFinal(dimensions = 1) private final char[] types;
        @CompilationFinal(dimensions = 1) private final boolean[] plain;
        /**
         * Per conversion whose only flag is {@code -} (or none) and that has no precision: its width, else -1
         * ({@code %5s} of a str and {@code %-8d} of an int are padded in compiled code).
         */
        @CompilationFinal(dimensions = 1) private final int[] widths;
        @CompilationFinal(dimensions = 1) private final boolean[] leftAlign;

        /** One conversion as {@link #parse} found it (see the arrays above). */
        private record Conversion(String spec, char type, boolean plain, int width, boolean leftAlign) {
        }

        private Template(java.util.List<String> literals, java.util.List<Conversion> conversions) {
            int count = conversions.size();
            this.literals = literals.toArray(new String[0]);
            this.specs = new String[count];
            this.types = new char[count];
            this.plain = new boolean[count];
            this.widths = new int[count];
            this.leftAlign = new boolean[count];
            for (int k = 0; k < count; k++) {
                Conversion c = conversions.get(k);
                specs[k] = c.spec();
                types[k] = c.type();
                plain[k] = c.plain();
                widths[k] = c.width();
                leftAlign[k] = c.leftAlign();
            }
        }

        /** The template of {@code fmt}, or null (see {@link Template}). */
        @TruffleBoundary
        public static Template parse(String fmt) {
            java.util.ArrayList<String> lits = new java.util.ArrayList<>();
            java.util.ArrayList<Conversion> conversions = new java.util.ArrayList<>();
            StringBuilder lit = new StringBuilder();
            int n = fmt.length();
            int i = 0;
            while (i < n) {
                char c = fmt.charAt(i++);
                if (c != '%') {
                    lit.append(c);
                    continue;
                }
                int start = i - 1;
                while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                    i++;
                }
                int widthStart = i;
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    i++;
                }
                int widthEnd = i;
                if (i < n && fmt.charAt(i) == '.') {
                    i++;
                    while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                        i++;
                    }
                }
                if (i >= n || i - start > 12) {
                    return null;
                }
                boolean hasPrecision = i > widthEnd;
                char type = fmt.charAt(i++);
                if (type == '%' && i - start == 2) {
                    lit.append('%');
                    continue;
                }
                if ("sdiurxXofFeEgGac".indexOf(type) < 0) {
                    return null;
                }
                lits.add(lit.toString());
                lit.setLength(0);
                String flags = fmt.substring(start + 1, widthStart);
                // the width is the digits after the flags, so it never begins with 0 (a flag)
                boolean padded = (flags.isEmpty() || flags.equals("-")) && !hasPrecision && widthEnd > widthStart && widthEnd - widthStart <= 4;
                conversions.add(new Conversion(fmt.substring(start, i), type, i - start == 2,
                                padded ? Integer.parseInt(fmt.substring(widthStart, widthEnd)) : -1, flags.equals("-")));
            }
            lits.add(lit.toString());
            return new Template(lits, conversions);
        }

        /** {@code fmt % args}, or null when {@code args} does not give exactly one operand per conversion. */
        @ExplodeLoop
        public String render(Object args) {
            int count = specs.length;
            Object[] values = null;
            if (args instanceof PyTuple t) {
                if (t.getPythonClass().isHeapType() || t.size() != count) {
                    return null;
                }
                values = t.items();
            } else if (count != 1 || args instanceof PyDict) {
                return null;
            }
            String[] parts = new String[literals.length + count];
            for (int k = 0; k < count; k++) {
                parts[2 * k] = literals[k];
                Object v = values == null ? args : values[k];
                char type = types[k];
                String s;
                if (plain[k] && type == 's' && v instanceof String str) {
                    s = str;
                } else if (plain[k] && (type == 'd' || type == 'i' || type == 'u' || type == 's') && v instanceof Long l) {
                    s = PyOps.longStrCompiled(l);
                } else if (widths[k] >= 0 && type == 's' && v instanceof String str) {
                    s = pad(str, widths[k], leftAlign[k]);
                } else if (widths[k] >= 0 && (type == 'd' || type == 'i' || type == 'u' || type == 's') && v instanceof Long l) {
                    s = pad(PyOps.longStrCompiled(l), widths[k], leftAlign[k]);
                } else {
                    s = percentFormat(specs[k], PyTuple.of(v));
                }
                parts[2 * k + 1] = s;
            }
            parts[parts.length - 1] = literals[literals.length - 1];
            if (count == 1 && literals[0].isEmpty() && literals[1].isEmpty()) {
                // "%d" % n, "%s" % x: the one conversion is the result
                return parts[1];
            }
            return StrFormat.join(parts);
        }

    }

    private static boolean isMappingForFormat(Object args) {
        PythonContext ctx = PythonContext.get();
        return PyOps.typeOf(args).lookup("__getitem__") != null && !PyOps.isInstance(args, ctx.types().str) && !PyOps.isInstance(args, ctx.types().tuple);
    }

    private static boolean key0(Object mapping) {
        return mapping == null;
    }

    /**
     * Checks a width's or precision's digits against CPython's limit ({@code PY_SSIZE_T_MAX} for a width, {@code
     * INT_MAX} for a precision): beyond it ValueError {@code message}, as unicode_format_arg_parse
     * (Objects/unicodeobject.c).
     */
    /** {@code %} formatting's widths and precisions are ASCII digits ({@code Py_ISDIGIT}, Objects/unicodeobject.c). */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static void checkDigits(String digits, long limit, String message) {
        if (Ints.decimal(digits, 0, digits.length(), limit) < 0) {
            throw PyErrors.valueError(message);
        }
    }

    /** {@code body} padded with spaces to {@code width} characters, on the right when {@code left}. */
    @TruffleBoundary
    private static String pad(String body, int width, boolean left) {
        if (body.length() >= width) {
            return body;
        }
        String sp = " ".repeat(width - body.length());
        return left ? body + sp : sp + body;
    }
}
