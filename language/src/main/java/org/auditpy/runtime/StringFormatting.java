package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** printf-style {@code str % args} (Objects/unicodeobject.c {@code PyUnicode_Format}). */
public final class StringFormatting {
    private StringFormatting() {
    }

    @TruffleBoundary
    public static String percentFormat(String fmt, Object args) {
        Object[] values;
        boolean isTuple = args instanceof PyTuple;
        values = isTuple ? ((PyTuple) args).items() : new Object[]{args};
        PyDict mapping = !isTuple && args instanceof PyDict d ? d : null;
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
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                width = fmt.substring(s, i);
            }
            String prec = null;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    prec = String.valueOf(PyOps.asIndex(values[ai++]));
                    i++;
                } else {
                    int s = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    prec = fmt.substring(s, i);
                    if (prec.isEmpty()) {
                        prec = "0";
                    }
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
                case 'c':
                    body = v instanceof String s ? s : new String(Character.toChars((int) PyOps.asIndex(v)));
                    break;
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    if (!(Comparisons.isNumber(v))) {
                        Object conv2 = (conv == 'd' || conv == 'i' || conv == 'u') ? PyOps.callSpecial(v, "__int__") : PyOps.callSpecial(v, "__float__");
                        if (conv2 == null) {
                            throw PyErrors.typeError("%" + conv + " format: a real number is required, not " + PyOps.typeName(v));
                        }
                        v = conv2;
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
                    throw PyErrors.valueError("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv) + ") at index " + (i - 1));
            }
            sb.append(pad(body, width, flags.indexOf("-") >= 0));
        }
        if (key0(mapping) && ai < values.length) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }


    private static boolean key0(PyDict mapping) {
        return mapping == null;
    }

    private static String pad(String body, String width, boolean left) {
        if (width.isEmpty()) {
            return body;
        }
        int w = Integer.parseInt(width);
        if (body.length() >= w) {
            return body;
        }
        String sp = " ".repeat(w - body.length());
        return left ? body + sp : sp + body;
    }
}
