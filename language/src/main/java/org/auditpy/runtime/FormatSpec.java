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

    /**
     * A parsed format specification: {@code [[fill]align][sign][#][0][width][grouping][.precision][type]}. Parsing
     * never raises: a malformed spec records its error, raised when a builtin value is formatted with it (an object
     * with its own {@code __format__} receives the spec's text instead). An f-string's constant spec is parsed once
     * per node ({@code Expressions.FormattedValue}).
     *
     * @param text the spec as written
     * @param sign {@code +}, {@code -}, space, or 0 when not given
     * @param noNegZero the {@code z} option (3.11): a float that rounds to zero is written without its minus sign
     * @param width -1 when not given; {@code prec} likewise
     * @param type the presentation type, or 0 when not given
     * @param error a ValueError message that does not depend on the value's type, or null
     * @param trailing characters after the type ("Invalid format specifier", a message naming the value's type)
     * @param tooLarge a width beyond what a Java string can hold (MemoryError)
     * @param precTooBig a precision beyond a C int: a float's formatting raises ValueError "precision too big"
     *            (format_float_internal), a str's takes it as "all of it" ({@code prec} is then Integer.MAX_VALUE)
     */
    public record Spec(String text, char fill, char align, char sign, boolean noNegZero, boolean alt, int width, char grouping, int prec,
                    char type, String error, boolean trailing, boolean tooLarge, boolean precTooBig) {
    }

    /** Parses {@code spec} (see {@link Spec}); as parse_internal_render_format_spec in Python/formatter_unicode.c. */
    @TruffleBoundary
    public static Spec parse(String spec) {
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
        char sign = 0;
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        boolean noNegZero = false;
        if (i < n && spec.charAt(i) == 'z') {
            noNegZero = true;
            i++;
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
        String error = null;
        boolean tooLarge = false;
        int s = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        long width = s == i ? -1 : digits(spec, s, i);
        char grouping = 0;
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = spec.charAt(i++);
        }
        long prec = -1;
        if (i < n && spec.charAt(i) == '.') {
            i++;
            s = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (s == i) {
                error = "Format specifier missing precision";
            }
            prec = digits(spec, s, i);
        }
        if (width == Long.MIN_VALUE || prec == Long.MIN_VALUE) {
            error = error != null ? error : "Too many decimal digits in format string";
        } else if (width > Sequences.MAX_LENGTH) {
            tooLarge = true;
        }
        char type = 0;
        if (i < n) {
            type = spec.charAt(i++);
        }
        return new Spec(spec, fill, align, sign, noNegZero, alt, (int) Math.min(width, Integer.MAX_VALUE), grouping,
                        (int) Math.min(prec, Integer.MAX_VALUE), type, error, i < n, tooLarge, prec > Integer.MAX_VALUE);
    }

    /** The decimal number in {@code spec[from:to]}; {@code Long.MIN_VALUE} when it overflows (as CPython's get_integer). */
    private static long digits(String spec, int from, int to) {
        long r = Ints.decimal(spec, from, to, Long.MAX_VALUE);
        return r < 0 ? Long.MIN_VALUE : r;
    }

    /** {@code format(v, spec)} for builtin values; other objects go through {@code __format__}. */
    @TruffleBoundary
    public static String format(Object v, String spec) {
        if (spec.isEmpty() || !(v instanceof String) && !Comparisons.isNumber(v)) {
            return formatUnparsed(v, spec);
        }
        return formatBuiltin(v, parse(spec));
    }

    /** {@code format(v, spec)} with a spec parsed before (an f-string's constant one). */
    @TruffleBoundary
    public static String format(Object v, Spec parsed) {
        if (parsed.text().isEmpty() || !(v instanceof String) && !Comparisons.isNumber(v)) {
            return formatUnparsed(v, parsed.text());
        }
        return formatBuiltin(v, parsed);
    }

    /** A builtin str, int or float formatted with a non-empty spec. */
    private static String formatBuiltin(Object v, Spec parsed) {
        String spec = parsed.text();
        if (parsed.error() != null) {
            throw PyErrors.valueError(parsed.error());
        }
        if (parsed.trailing()) {
            throw PyErrors.valueError("Invalid format specifier '" + spec + "' for object of type '" + PyOps.typeName(v) + "'");
        }
        char effective = parsed.type() != 0 ? parsed.type() : v instanceof String ? 's' : PyOps.isInt(v) ? 'd' : 0;
        if (parsed.grouping() != 0 && effective != 0 && "defgEFG%".indexOf(effective) < 0 && !(parsed.grouping() == '_' && "boxX".indexOf(effective) >= 0)) {
            // PEP 378 and PEP 515: ',' with the decimal codes, '_' with those and bin/oct/hex
            throw PyErrors.valueError("Cannot specify '" + parsed.grouping() + "' with '" + effective + "'.");
        }
        if (parsed.tooLarge()) {
            throw PyErrors.noMemory();
        }
        char fill = parsed.fill();
        char align = parsed.align();
        char sign = parsed.sign();
        boolean noNegZero = parsed.noNegZero();
        boolean alt = parsed.alt();
        int width = parsed.width();
        char grouping = parsed.grouping();
        int prec = parsed.prec();
        char type = parsed.type();
        String body;
        String signStr = "";
        if (v instanceof String str) {
            if (type != 0 && type != 's') {
                throw PyErrors.valueError("Unknown format code '" + type + "' for object of type 'str'");
            }
            // the checks of format_string_internal, in its order
            if (sign != 0) {
                throw PyErrors.valueError((sign == ' ' ? "Space" : "Sign") + " not allowed in string format specifier");
            }
            if (noNegZero) {
                throw PyErrors.valueError("Negative zero coercion (z) not allowed in string format specifier");
            }
            if (alt) {
                throw PyErrors.valueError("Alternate form (#) not allowed in string format specifier");
            }
            if (align == '=') {
                throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
            }
            body = prec >= 0 && prec < str.length() ? str.substring(0, prec) : str;
            return pad(body, "", fill, align == 0 ? '<' : align, width);
        }
        boolean isIntType = type == 'd' || type == 'x' || type == 'X' || type == 'o' || type == 'b' || type == 'c' || type == 'n';
        if (PyOps.isInt(v) && (type == 0 || isIntType)) {
            // the checks of format_long_internal, in its order
            if (prec >= 0) {
                throw PyErrors.valueError("Precision not allowed in integer format specifier");
            }
            if (noNegZero) {
                throw PyErrors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
            }
            if (type == 'c' && sign != 0) {
                throw PyErrors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (type == 'c' && alt) {
                throw PyErrors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            // an int in long range (all but the most negative) is converted without a BigInteger
            boolean small = v instanceof Long lv && lv != Long.MIN_VALUE && type != 'c';
            BigInteger bi = small ? null : PyOps.toBig(v);
            boolean negative = small ? (Long) v < 0 : bi.signum() < 0;
            if (type == 'c') {
                if (bi.signum() < 0 || bi.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                    throw PyErrors.raise("OverflowError", "%c arg not in range(0x110000)");
                }
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
        if (parsed.precTooBig()) {
            throw PyErrors.valueError("precision too big");
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
                    int places = prec < 0 ? 6 : prec;
                    // '%' of a float near the largest overflows to inf, which CPython prints as "inf%"
                    body = Double.isInfinite(x) ? "inf" : FixedPoint.format(x, places);
                    if (body == null) {
                        body = fixed(x, places);
                    }
                    if (alt && prec == 0 && !Double.isInfinite(x)) {
                        body += ".";
                    }
                    if (type == '%') {
                        body += "%";
                    }
                    break;
                }
                case 'e', 'E': {
                    body = sci(a, prec < 0 ? 6 : prec, type == 'E');
                    if (alt && prec == 0) {
                        // "#.0e": the point stays (Py_DTSF_ALT)
                        int e = body.indexOf(type);
                        body = body.substring(0, e) + "." + body.substring(e);
                    }
                    break;
                }
                case 'g', 'G', 0: {
                    if (type == 0 && prec < 0) {
                        body = Formatting.reprDouble(a);
                    } else {
                        int p = prec < 0 ? 6 : (prec == 0 ? 1 : prec);
                        // no type with a precision: 'g' that keeps a ".0" on a whole number (Py_DTSF_ADD_DOT_0)
                        body = general(a, p, type == 'G', alt, type == 0);
                    }
                    break;
                }
                default:
                    throw PyErrors.valueError("Unknown format code '" + type + "' for object of type 'float'");
            }
            if (noNegZero && neg && roundsToZero(body)) {
                neg = false;
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

    /**
     * Whether {@code format(v, spec)} is {@code str(v)} because {@code v} is an int, float or str subclass instance
     * that keeps its base's {@code __format__} and the spec is empty: the base's {@code __format__} gives
     * {@code str(self)} then, the subclass's own {@code __str__} included (format_obj in Python/formatter_unicode.c),
     * while auditpy's builtin only sees the base value.
     */
    public static boolean isStrOfSubclass(Object v, String spec) {
        return spec.isEmpty() && v instanceof PyBoxed && PyOps.typeOf(v).lookup("__format__") instanceof PyBuiltinFunction;
    }

    /** An object's own {@code __format__}, and the empty spec: {@code str(v)}. */
    private static String formatUnparsed(Object v, String spec) {
        if (isStrOfSubclass(v, spec)) {
            return PyOps.str(v);
        }
        if (!(v instanceof String) && !Comparisons.isNumber(v)) {
            Object r = PyOps.callSpecial(v, "__format__", spec);
            if (r instanceof String s) {
                return s;
            }
            if (r instanceof PyBoxed b && b.getValue() instanceof String s) {
                // a str subclass's instance: its text (PyUnicode_Check in PyObject_Format)
                return s;
            }
            if (r != null) {
                // PyObject_Format (Objects/abstract.c)
                throw PyErrors.typeError("__format__ must return a str, not " + PyOps.typeName(r));
            }
            if (spec.isEmpty()) {
                return PyOps.str(v);
            }
            throw PyErrors.typeError("unsupported format string passed to " + PyOps.typeName(v) + ".__format__");
        }
        return PyOps.str(v);
    }

    /**
     * The digits of a double's exact decimal expansion end within 1,074 places after the point and 767 significant
     * digits: a longer precision only adds zeros, which are appended rather than computed.
     */
    private static final int EXACT_DIGITS = 1100;

    /** {@code a} (finite, not negative) with {@code places} digits after the point, rounded half to even. */
    private static String fixed(double a, int places) {
        if (places <= EXACT_DIGITS) {
            return new BigDecimal(a).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
        }
        if (places > Sequences.MAX_LENGTH - 400) {
            throw PyErrors.noMemory();
        }
        return fixed(a, EXACT_DIGITS) + "0".repeat(places - EXACT_DIGITS);
    }

    private static String sci(double a, int prec, boolean upper) {
        if (prec > EXACT_DIGITS) {
            if (prec > Sequences.MAX_LENGTH - 16) {
                throw PyErrors.noMemory();
            }
            String r = sci(a, EXACT_DIGITS, upper);
            int e = r.indexOf(upper ? 'E' : 'e');
            return r.substring(0, e) + "0".repeat(prec - EXACT_DIGITS) + r.substring(e);
        }
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

    /**
     * {@code a} (finite, not negative) in the 'g' presentation with {@code p} significant digits (at least 1), as
     * CPython's PyOS_double_to_string (Python/pystrtod.c): fixed-point when the decimal exponent is in [-4, p) ([-4,
     * p - 1) with {@code addDot0}), scientific otherwise, trailing zeros and a trailing point dropped unless {@code alt} ('#'); {@code addDot0}
     * (the spec without a type) writes a whole number in fixed-point as "1.0".
     */
    private static String general(double a, int p, boolean upper, boolean alt, boolean addDot0) {
        String digits;
        int exp;
        if (a == 0) {
            digits = "0";
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(Math.min(p, EXACT_DIGITS), RoundingMode.HALF_EVEN));
            digits = bd.unscaledValue().toString();
            exp = bd.precision() - bd.scale() - 1;
        }
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (alt && digits.length() < p) {
            if (p > Sequences.MAX_LENGTH - 16) {
                throw PyErrors.noMemory();
            }
            digits += "0".repeat(p - digits.length());
        }
        StringBuilder r = new StringBuilder();
        // format_float_short: with Py_DTSF_ADD_DOT_0 the fixed-point range ends one digit earlier
        if (exp >= -4 && exp < (addDot0 ? p - 1 : p)) {
            String frac;
            if (exp >= 0) {
                r.append(digits, 0, Math.min(digits.length(), exp + 1));
                for (int k = digits.length(); k < exp + 1; k++) {
                    r.append('0');
                }
                frac = digits.length() > exp + 1 ? digits.substring(exp + 1) : "";
            } else {
                r.append('0');
                frac = "0".repeat(-exp - 1) + digits;
            }
            if (!frac.isEmpty() || alt) {
                r.append('.').append(frac);
            } else if (addDot0) {
                r.append(".0");
            }
        } else {
            r.append(digits.charAt(0));
            if (digits.length() > 1 || alt) {
                r.append('.').append(digits, 1, digits.length());
            }
            r.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                r.append('0');
            }
            r.append(ae);
        }
        return r.toString();
    }

    /** Whether a formatted float's digits are all zeros (before its exponent): {@code -0.0}, {@code -0.00e+00}. */
    private static boolean roundsToZero(String body) {
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == 'e' || c == 'E' || c == '%') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
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
            return prefix.isEmpty() ? body : prefix.concat(body);
        }
        int padn = width - len;
        StringBuilder sb = new StringBuilder(body.length() + prefix.length() + padn);
        switch (align) {
            case '<' -> repeat(sb.append(prefix).append(body), fill, padn);
            case '^' -> repeat(repeat(sb, fill, padn / 2).append(prefix).append(body), fill, padn - padn / 2);
            case '=' -> repeat(sb.append(prefix), fill, padn).append(body);
            default -> repeat(sb, fill, padn).append(prefix).append(body);
        }
        return sb.toString();
    }

    private static StringBuilder repeat(StringBuilder sb, char c, int n) {
        for (int k = 0; k < n; k++) {
            sb.append(c);
        }
        return sb;
    }
}
