package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;
import static org.auditpy.shims.Fns.def;

import java.text.Normalizer;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PythonContext;

/**
 * {@code unicodedata}, part of CPython 3.11's Modules/unicodedata.c over the JDK's Unicode tables
 * ({@link java.text.Normalizer}, {@link Character}): {@code normalize} and {@code is_normalized} (NFC, NFD, NFKC,
 * NFKD), {@code category}, {@code name} (with the algorithmic names of CJK ideographs and Hangul syllables),
 * {@code lookup}, {@code decimal}, {@code digit}, {@code mirrored} and {@code unidata_version}, with CPython's
 * errors; urllib.parse normalizes a non-ASCII network location with it. The JDK's tables are of a later Unicode
 * version than CPython 3.11's 14.0.0 ({@code unidata_version} says 14.0.0 all the same), so characters assigned
 * since then have names and categories here. Not yet: {@code numeric}, {@code combining}, {@code bidirectional},
 * {@code east_asian_width}, {@code decomposition}, {@code ucd_3_2_0}.
 */
final class UnicodedataModule {
    private UnicodedataModule() {
    }

    /** Python's two-letter category of each of Character.getType's values. */
    private static final String[] CATEGORIES = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp",
        "Cc", "Cf", "Cn", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"};

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static final class Functions implements Fns.Table {
        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    String s = str(a[1], "normalize", 2);
                    return Normalizer.normalize(s, form(str(a[0], "normalize", 1)));
                }; // normalize
                case 1 -> a -> {
                    String s = str(a[1], "is_normalized", 2);
                    return Normalizer.isNormalized(s, form(str(a[0], "is_normalized", 1)));
                }; // is_normalized
                case 2 -> a -> CATEGORIES[Character.getType(chr(a[0], "category"))]; // category
                case 3 -> a -> {
                    String n = name(chr(a[0], "name"));
                    if (n == null) {
                        if (absent(a[1])) {
                            throw PyErrors.valueError("no such name");
                        }
                        return a[1];
                    }
                    return n;
                }; // name
                case 4 -> a -> lookup(a[0]); // lookup
                case 5 -> a -> {
                    int c = chr(a[0], "decimal");
                    if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                        return (long) Character.digit(c, 10);
                    }
                    if (absent(a[1])) {
                        throw PyErrors.valueError("not a decimal");
                    }
                    return a[1];
                }; // decimal
                case 6 -> a -> {
                    int c = chr(a[0], "digit");
                    int t = Character.getType(c);
                    int v = Character.getNumericValue(c);
                    if (t == Character.DECIMAL_DIGIT_NUMBER || (t == Character.OTHER_NUMBER && v >= 0 && v <= 9)) {
                        return (long) v;
                    }
                    if (absent(a[1])) {
                        throw PyErrors.valueError("not a digit");
                    }
                    return a[1];
                }; // digit
                case 7 -> a -> Character.isMirrored(chr(a[0], "mirrored")) ? 1L : 0L; // mirrored
                default -> throw new IllegalArgumentException("unicodedata " + op);
            };
        }
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "unicodedata");
        PyDict ns = m.getDict();
        Functions fns = new Functions();
        def(ctx, ns, "normalize", "form, unistr, /", fns.lazy(0));
        def(ctx, ns, "is_normalized", "form, unistr, /", fns.lazy(1));
        def(ctx, ns, "category", "chr, /", fns.lazy(2));
        def(ctx, ns, "name", "chr, default=, /", fns.lazy(3));
        def(ctx, ns, "lookup", "name, /", fns.lazy(4));
        def(ctx, ns, "decimal", "chr, default=, /", fns.lazy(5));
        def(ctx, ns, "digit", "chr, default=, /", fns.lazy(6));
        def(ctx, ns, "mirrored", "chr, /", fns.lazy(7));
        ns.setStr("unidata_version", "14.0.0");
        return m;
    }

    private static String str(Object o, String fn, int pos) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(fn + "() argument " + pos + " must be str, not " + PyOps.typeName(o));
    }

    private static Normalizer.Form form(String f) {
        switch (f) {
            case "NFC":
                return Normalizer.Form.NFC;
            case "NFD":
                return Normalizer.Form.NFD;
            case "NFKC":
                return Normalizer.Form.NFKC;
            case "NFKD":
                return Normalizer.Form.NFKD;
            default:
                throw PyErrors.valueError("invalid normalization form");
        }
    }

    /** A one-character str argument as its code point: "category() argument must be a unicode character, not str". */
    private static int chr(Object o, String fn) {
        String s = o instanceof String str ? str : o instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String str ? str : null;
        if (s != null && !s.isEmpty() && s.codePointCount(0, s.length()) == 1) {
            return s.codePointAt(0);
        }
        String what = fn.equals("name") || fn.equals("decimal") || fn.equals("digit") ? fn + "() argument 1" : fn + "() argument";
        throw PyErrors.typeError(what + " must be a unicode character, not " + PyOps.typeName(o));
    }

    /** The Unicode name of {@code c}, or null: the JDK's, except for its block-name stand-ins and control aliases. */
    static String name(int c) {
        if (c >= 0xAC00 && c <= 0xD7A3) {
            int s = c - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[(s % (21 * 28)) / 28] + JAMO_T[s % 28];
        }
        String n = Character.getName(c);
        if (n == null || Character.getType(c) == Character.CONTROL) {
            // a control character's name in UnicodeData.txt is "<control>": the JDK gives its alias (NULL, BEL)
            return null;
        }
        if (standIn(c, n)) {
            // no name in UnicodeData.txt: CJK ideographs have algorithmic ones, other characters none
            return Character.isIdeographic(c) && Character.UnicodeBlock.of(c).toString().startsWith("CJK")
                            ? "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(c).toUpperCase() : null;
        }
        return n;
    }

    /** Whether {@code n} is the JDK's stand-in for a character without a name: its block's name and its code. */
    private static boolean standIn(int c, String n) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == null || n.equals(block.toString().replace('_', ' ') + " " + Integer.toHexString(c).toUpperCase());
    }

    private static Object lookup(Object o) {
        String n = o instanceof String s ? s : o instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String s ? s : null;
        if (n == null && o instanceof org.auditpy.runtime.PyBytes b) {
            n = new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        if (n == null) {
            // Argument Clinic's str(accept={str, robuffer}): a str or a bytes-like object
            throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(o) + "'");
        }
        String upper = n.toUpperCase(java.util.Locale.ROOT);
        if (n.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            try {
                int c = Integer.parseInt(n.substring(22), 16);
                if (n.equals(name(c))) {
                    return new String(Character.toChars(c));
                }
            } catch (IllegalArgumentException e) {
                // not a name
            }
        } else if (n.startsWith("HANGUL SYLLABLE ")) {
            for (int c = 0xAC00; c <= 0xD7A3; c++) {
                if (n.equals(name(c))) {
                    return new String(Character.toChars(c));
                }
            }
        } else {
            try {
                // names and the aliases the JDK knows (BEL, NULL), as CPython's lookup
                int c = Character.codePointOf(upper);
                if (!standIn(c, Character.getName(c))) {
                    return new String(Character.toChars(c));
                }
            } catch (IllegalArgumentException e) {
                // not a name
            }
        }
        throw PyErrors.raise("KeyError", "undefined character name " + PyOps.repr(n));
    }
}
