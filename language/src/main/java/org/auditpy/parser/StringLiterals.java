package org.auditpy.parser;

import java.io.ByteArrayOutputStream;

/**
 * Decoding of Python string and bytes literals (CPython's Parser/string_parser.c,
 * {@code decode_unicode_with_escapes} and {@code _PyBytes_DecodeEscape}): prefixes, quotes, escape
 * sequences, raw strings.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** One STRING token split into its parts. */
    record Literal(boolean bytes, boolean raw, boolean fstring, String body, int bodyOffset, int quoteLen) {
    }

    /** Splits the text of a STRING token ({@code rb'''...'''}) into prefix flags and body. */
    static Literal split(String token) {
        int i = 0;
        boolean bytes = false;
        boolean raw = false;
        boolean f = false;
        while (i < token.length()) {
            char c = token.charAt(i);
            if (c == '\'' || c == '"') {
                break;
            }
            switch (Character.toLowerCase(c)) {
                case 'b' -> bytes = true;
                case 'r' -> raw = true;
                case 'f' -> f = true;
                default -> {
                }
            }
            i++;
        }
        char q = token.charAt(i);
        int ql = token.length() - i >= 6 && token.charAt(i + 1) == q && token.charAt(i + 2) == q ? 3 : 1;
        String body = token.substring(i + ql, token.length() - ql);
        return new Literal(bytes, raw, f, body, i + ql, ql);
    }

    /** Thrown by the decoders; the caller turns it into a located SyntaxError. */
    static final class DecodeError extends Exception {
        private static final long serialVersionUID = 1L;

        DecodeError(String msg) {
            super(msg, null, false, false);
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /**
     * The bytes of a bytes source that are not UTF-8 (kept as U+DC80..U+DCFF) in a str literal: CPython's
     * parsestr decodes the whole body as UTF-8 when it is raw or has no backslash, else each run of non-ASCII
     * bytes apart (decode_unicode_with_escapes), and reports the codec's error with its position there.
     */
    static void checkSourceBytes(String s, boolean raw) throws DecodeError {
        if (!org.auditpy.runtime.SourceDecoding.containsEscapedByte(s)) {
            return;
        }
        if (raw || s.indexOf('\\') < 0) {
            String err = org.auditpy.runtime.SourceDecoding.utf8ErrorOf(s);
            if (err != null) {
                throw new DecodeError("(unicode error) " + err);
            }
            return;
        }
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) >= 0x80) {
                j++;
            }
            String err = org.auditpy.runtime.SourceDecoding.utf8ErrorOf(s.substring(i, j));
            if (err != null) {
                throw new DecodeError("(unicode error) " + err);
            }
            i = j;
        }
    }

    /**
     * Decodes the escape sequences of a (non-raw) str literal body. Unknown escapes keep their backslash
     * (CPython warns about them).
     */
    static String decodeStr(String s, boolean raw) throws DecodeError {
        checkSourceBytes(s, raw);
        if (raw || s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= n) {
                throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + escStart
                        + "-" + escStart + ": \\ at end of string");
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < len; k++) {
                        if (i + k >= n || hex(s.charAt(i + k)) < 0) {
                            String kind = e == 'x' ? "truncated \\xXX escape"
                                    : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                            throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                    + escStart + "-" + Math.min(n - 1, i + k - 1) + ": " + kind);
                        }
                        v = v * 16 + hex(s.charAt(i + k));
                    }
                    i += len;
                    if (v > 0x10FFFF || v < 0) {
                        throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + escStart + "-" + (i - 1) + ": illegal Unicode character");
                    }
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    int close = i < n && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
                    int cp = -1;
                    if (close > i + 1) {
                        try {
                            cp = Character.codePointOf(s.substring(i + 1, close));
                        } catch (IllegalArgumentException ex) {
                            cp = -1;
                        }
                    }
                    if (cp < 0) {
                        throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + escStart + "-" + (close < 0 ? i - 1 : close) + ": "
                                + (close < 0 ? "malformed \\N character escape" : "unknown Unicode character name"));
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    sb.append('\\');
                    sb.append(e);
                }
            }
        }
        return sb.toString();
    }

    /** Decodes a bytes literal body; non-ASCII characters are an error, as in CPython. */
    static byte[] decodeBytes(String s, boolean raw) throws DecodeError {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int n = s.length();
        for (int k = 0; k < n; k++) {
            if (s.charAt(k) >= 128) {
                throw new DecodeError("bytes can only contain ASCII literal characters");
            }
        }
        if (raw || s.indexOf('\\') < 0) {
            for (int k = 0; k < n; k++) {
                out.write(s.charAt(k));
            }
            return out.toByteArray();
        }
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= n) {
                throw new DecodeError("(value error) Trailing \\ in string");
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    if (i + 1 >= n + 0 || hex(s.charAt(i)) < 0 || i + 1 >= n || hex(s.charAt(i + 1)) < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position " + escStart);
                    }
                    out.write(hex(s.charAt(i)) * 16 + hex(s.charAt(i + 1)));
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
