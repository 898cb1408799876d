package org.auditpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** repr of str and float, and the default object repr, exactly as CPython's (Objects/unicodeobject.c, floatobject.c). */
public final class Formatting {
    private Formatting() {
    }

    /** ascii(): the non-ASCII code points of a repr as \\x, \\u, \\U escapes (Objects/object.c PyObject_ASCII). */
    @TruffleBoundary
    public static String asciiOf(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.appendCodePoint(cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    /**
     * Appends byte {@code c} (0-255) as it stands inside a bytes repr quoted with {@code quote}: the quote and
     * backslash escaped, \\t \\n \\r, other control and non-ASCII bytes as \\xNN (Objects/bytesobject.c).
     */
    public static void appendReprByte(StringBuilder sb, int c, char quote) {
        if (c == quote || c == '\\') {
            sb.append('\\').append((char) c);
        } else if (c == '\t') {
            sb.append("\\t");
        } else if (c == '\n') {
            sb.append("\\n");
        } else if (c == '\r') {
            sb.append("\\r");
        } else if (c < ' ' || c >= 0x7f) {
            sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        } else {
            sb.append((char) c);
        }
    }

    /** {@code repr(str)}: single quotes unless the text has {@code '} and no {@code "}; escapes as CPython. */
    @TruffleBoundary
    public static String reprString(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** Python's {@code str.isprintable} for one code point (approximated from Java's Unicode categories). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        switch (t) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** {@code repr(float)}: the shortest round-tripping digits, in fixed notation for exponents -4..15. */
    @TruffleBoundary
    public static String reprDouble(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // Java's Double.toString yields the shortest uniquely-identifying decimal (JDK 19+), as d.ddd or d.dddEn:
        // its significant digits and the decimal exponent of the first one are read off the text (BigDecimal did
        // this before: its class initializer alone took 30 ms of a program's first float repr)
        String s = Double.toString(Math.abs(d));
        int ePos = s.indexOf('E');
        if (ePos < 0) {
            // plain notation (1e-3 <= |d| < 1e7): Java's digits with at least one after the point, as CPython
            // writes them for 1e-4 <= |d| < 1e16 (at least two digits would only be too many in the E form, where
            // the precision of subnormals can make one digit enough)
            return d < 0 ? "-" + s : s;
        }
        int e10 = ePos < 0 ? 0 : Integer.parseInt(s, ePos + 1, s.length(), 10);
        int dot = s.indexOf('.');
        int mantEnd = ePos < 0 ? s.length() : ePos;
        String all = s.substring(0, dot) + s.substring(dot + 1, mantEnd);
        int lz = 0;
        while (all.charAt(lz) == '0') {
            lz++;
        }
        int end = all.length();
        while (all.charAt(end - 1) == '0') {
            end--;
        }
        String digits = all.substring(lz, end);
        int exp = dot - lz - 1 + e10; // decimal exponent of the first digit
        if (digits.length() == 2) {
            // Java prints at least two significant digits (4.9E-324); CPython wants the shortest (5e-324): the
            // digits rounded to one (half to even) when that reads back as the same double
            int d0 = digits.charAt(0) - '0';
            int d1 = digits.charAt(1) - '0';
            int one = d0 + (d1 > 5 || (d1 == 5 && (d0 & 1) == 1) ? 1 : 0);
            int oneExp = exp;
            if (one == 10) {
                one = 1;
                oneExp++;
            }
            if (Double.parseDouble(one + "E" + oneExp) == Math.abs(d)) {
                digits = String.valueOf(one);
                exp = oneExp;
            }
        }
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (exp >= -4 && exp < 16) {
            if (exp < 0) {
                sb.append("0.");
                for (int i = 0; i < -exp - 1; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (digits.length() <= exp + 1) {
                sb.append(digits);
                for (int i = digits.length(); i < exp + 1; i++) {
                    sb.append('0');
                }
                sb.append(".0");
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
        return sb.toString();
    }

    /** {@code object.__repr__}: {@code <module.Qualname object at 0x...>}. */
    @TruffleBoundary
    public static String defaultRepr(Object obj) {
        PyType t = PyOps.typeOf(obj);
        Object mod = t.getDict().getStr("__module__");
        String prefix = mod instanceof String m && !m.equals("builtins") ? m + "." : "";
        return "<" + prefix + t.getQualname() + " object at 0x" + Long.toHexString(Identity.id(obj)) + ">";
    }
}
