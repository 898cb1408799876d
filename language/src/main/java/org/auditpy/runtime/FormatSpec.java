package org.auditpy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The format specification mini-language ({@code format(value, spec)}, Python/formatter_unicode.c) for
 * builtin int, float and str: {@code [[fill]align][sign][#][0][width][grouping][.precision][type]}.
 */
public final class FormatSpec {
    private FormatSpec() {
    }

    /** {@code format(v, spec)} for builtin values; other objects go through {@code __format__}. */
    @TruffleBoundary
    public static String format(Object v, String spec) {
        if (!(v instanceof String) && !Comparisons.isNumber(v)) {
            Object r = PyOps.callSpecial(v, "__format__", spec);
            if (r instanceof String s) {
                return s;
            }
            if (spec.isEmpty()) {
                return PyOps.str(v);
            }
            throw PyErrors.typeError("unsupported format string passed to " + PyOps.typeName(v) + ".__format__");
        }
        if (spec.isEmpty()) {
            return PyOps.str(v);
        }
        int i = 0;
        int n = spec.length();
        char fill = ' ';
        char align = 0;
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = '-';
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        boolean alt = false;
        if (i < n && spec.charAt(i) == '#') {
            alt = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (align == 0) {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int s = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        int width = s == i ? -1 : Integer.parseInt(spec.substring(s, i));
        char grouping = 0;
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = spec.charAt(i++);
        }
        int prec = -1;
        if (i < n && spec.charAt(i) == '.') {
            i++;
            s = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (s == i) {
                throw PyErrors.valueError("Format specifier missing precision");
            }
            prec = Integer.parseInt(spec.substring(s, i));
        }
        char type = 0;
        if (i < n) {
            type = spec.charAt(i++);
        }
        if (i < n) {
            throw PyErrors.valueError("Invalid format specifier '" + spec + "' for object of type '" + PyOps.typeName(v) + "'");
        }
        String body;
        String signStr = "";
        if (v instanceof String str) {
            if (type != 0 && type != 's') {
                throw PyErrors.valueError("Unknown format code '" + type + "' for object of type 'str'");
            }
            if (align == '=') {
                throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
            }
            body = prec >= 0 && prec < str.length() ? str.substring(0, prec) : str;
            return pad(body, "", fill, align == 0 ? '<' : align, width);
        }
        boolean isIntType = type == 'd' || type == 'x' || type == 'X' || type == 'o' || type == 'b' || type == 'c' || type == 'n';
        if (PyOps.isInt(v) && (type == 0 || isIntType)) {
            // an int in long range (all but the most negative) is converted without a BigInteger
            boolean small = v instanceof Long lv && lv != Long.MIN_VALUE && type != 'c';
            BigInteger bi = small ? null : PyOps.toBig(v);
            boolean negative = small ? (Long) v < 0 : bi.signum() < 0;
            if (type == 'c') {
                body = new String(Character.toChars(bi.intValue()));
            } else {
                int radix = switch (type) {
                    case 'x', 'X' -> 16;
                    case 'o' -> 8;
                    case 'b' -> 2;
                    default -> 10;
                };
                body = small ? Long.toString(Math.abs((Long) v), radix) : radix == 10 ? PyOps.bigDecimal(bi.abs()) : bi.abs().toString(radix);
                if (type == 'X') {
                    body = body.toUpperCase();
                }
                if (alt && radix != 10) {
                    signStr = type == 'X' ? "0X" : type == 'x' ? "0x" : type == 'o' ? "0o" : "0b";
                }
                if (grouping != 0) {
                    body = group(body, grouping, radix == 10 ? 3 : 4, zeroPadWidth(fill, align, width, signOf(negative, sign).length() + signStr.length()));
                }
            }
            return pad(body, signOf(negative, sign) + signStr, fill, align == 0 ? '>' : align, width);
        }
        if (!Comparisons.isNumber(v) || PyOps.isInt(v) && "eEfFgG%".indexOf(type) < 0) {
            // an int formats itself with the integer codes and as a float with the float ones (format_long_internal)
            throw PyErrors.valueError("Unknown format code '" + type + "' for object of type '" + PyOps.typeName(v) + "'");
        }
        if (isIntType) {
            throw PyErrors.valueError("Unknown format code '" + type + "' for object of type 'float'");
        }
        double d = Arithmetic.toDouble(v);
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        if (Double.isNaN(d)) {
            body = Character.isUpperCase(type) ? "NAN" : "nan";
            neg = false;
        } else if (Double.isInfinite(d)) {
            body = Character.isUpperCase(type) ? "INF" : "inf";
        } else {
            switch (type) {
                case 'f', 'F', '%': {
                    double x = type == '%' ? a * 100 : a;
                    body = new BigDecimal(x).setScale(prec < 0 ? 6 : prec, RoundingMode.HALF_EVEN).toPlainString();
                    if (alt && prec == 0) {
                        body += ".";
                    }
                    if (type == '%') {
                        body += "%";
                    }
                    break;
                }
                case 'e', 'E': {
                    body = sci(a, prec < 0 ? 6 : prec, type == 'E');
                    break;
                }
                case 'g', 'G', 0: {
                    if (type == 0 && prec < 0) {
                        body = Formatting.reprDouble(a);
                    } else {
                        int p = prec < 0 ? 6 : (prec == 0 ? 1 : prec);
                        body = general(a, p, type == 'G', alt || (type == 0));
                        if (type == 0 && !body.contains(".") && !body.contains("e") && !body.contains("inf")) {
                            // repr-style 'none' type keeps at least one digit after the point only when no precision was given
                        }
                    }
                    break;
                }
                default:
                    throw PyErrors.valueError("Unknown format code '" + type + "' for object of type 'float'");
            }
            if (grouping != 0) {
                int dot = body.indexOf('.');
                int e = dot >= 0 ? dot : (body.indexOf('e') >= 0 ? body.indexOf('e') : body.length());
                int other = signOf(neg, sign).length() + body.length() - e;
                body = group(body.substring(0, e), grouping, 3, zeroPadWidth(fill, align, width, other)) + body.substring(e);
            }
        }
        return pad(body, signOf(neg, sign), fill, align == 0 ? '>' : align, width);
    }

    private static String sci(double a, int prec, boolean upper) {
        if (a == 0) {
            String m = prec > 0 ? "0." + "0".repeat(prec) : "0";
            return m + (upper ? "E+00" : "e+00");
        }
        BigDecimal bd = new BigDecimal(a);
        int exp = bd.precision() - bd.scale() - 1;
        BigDecimal m = bd.movePointLeft(exp).setScale(prec, RoundingMode.HALF_EVEN);
        if (m.compareTo(BigDecimal.TEN) >= 0) {
            exp++;
            m = bd.movePointLeft(exp).setScale(prec, RoundingMode.HALF_EVEN);
        }
        String e = String.format("%s%02d", exp < 0 ? "-" : "+", Math.abs(exp));
        return m.toPlainString() + (upper ? "E" : "e") + e;
    }

    private static String general(double a, int p, boolean upper, boolean keepPoint) {
        if (a == 0) {
            return "0";
        }
        BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        String r;
        if (exp >= -4 && exp < p) {
            r = bd.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (r.contains(".")) {
                r = r.replaceAll("0+$", "");
                if (r.endsWith(".")) {
                    r = r.substring(0, r.length() - 1);
                }
            }
        } else {
            r = sci(a, p - 1, upper);
            int e = r.indexOf(upper ? 'E' : 'e');
            String m = r.substring(0, e);
            if (m.contains(".")) {
                m = m.replaceAll("0+$", "");
                if (m.endsWith(".")) {
                    m = m.substring(0, m.length() - 1);
                }
            }
            r = m + r.substring(e);
        }
        return r;
    }

    /** The sign a number is written with: {@code -} when negative, else as the spec's sign option asks. */
    private static String signOf(boolean negative, char sign) {
        return negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /**
     * The width the grouped digits must fill when zero padding is grouped too ({@code '0'} fill with {@code '='}
     * alignment, as the {@code 0} flag gives): {@code width} less the {@code other} characters of sign, prefix and
     * fraction; 0 otherwise. As CPython's calc_number_widths (Python/formatter_unicode.c).
     */
    private static int zeroPadWidth(char fill, char align, int width, int other) {
        return fill == '0' && align == '=' && width > 0 ? width - other : 0;
    }

    /**
     * {@code digits} with {@code sep} between groups of {@code every}, first padded with zeros so that the result is
     * at least {@code minWidth} characters long and does not start with a separator
     * ({@code format(5, '08,d') == '0,000,005'}), as CPython's _PyUnicode_InsertThousandsGrouping.
     */
    private static String group(String digits, char sep, int every, int minWidth) {
        int k = digits.length();
        while (k + (k - 1) / every < minWidth) {
            k++;
        }
        if (k > digits.length()) {
            digits = "0".repeat(k - digits.length()) + digits;
        }
        StringBuilder sb = new StringBuilder();
        int len = digits.length();
        for (int i = 0; i < len; i++) {
            if (i > 0 && (len - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String pad(String body, String prefix, char fill, char align, int width) {
        int len = body.codePointCount(0, body.length()) + prefix.length();
        if (width <= len) {
            return prefix + body;
        }
        int padn = width - len;
        String f = String.valueOf(fill);
        return switch (align) {
            case '<' -> prefix + body + f.repeat(padn);
            case '^' -> f.repeat(padn / 2) + prefix + body + f.repeat(padn - padn / 2);
            case '=' -> prefix + f.repeat(padn) + body;
            default -> f.repeat(padn) + prefix + body;
        };
    }
}
