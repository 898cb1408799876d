package org.auditpy.runtime;

import java.nio.charset.StandardCharsets;

import org.auditpy.parser.PythonSyntaxError;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Source bytes to source text as CPython 3.11's tokenizer decodes them (Parser/tokenizer.c, PEP 263): a UTF-8
 * byte order mark is dropped, a coding declaration ({@code # -*- coding: NAME -*-}, {@code coding=NAME}) in
 * a comment on line 1, or on line 2 when line 1 is blank or a comment, selects the codec, otherwise the source
 * is UTF-8. Two modes, as CPython has:
 *
 * <ul>
 * <li>{@link #decodeString} for {@code compile()}, {@code exec()}, {@code eval()} of bytes and for imported
 * modules (importlib compiles the file's bytes): CPython's {@code decode_str}. Bytes that are not UTF-8 are
 * kept as the lone surrogates U+DC80..U+DCFF and reported by the parser only where a token is decoded (string
 * literals, names: {@code (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end
 * of data}); in a comment they pass. Errors of the declaration are SyntaxErrors located
 * {@code (filename, 0, -1, None, None, None)}: {@code encoding problem: iso-8859-1 with BOM},
 * {@code unknown encoding: NAME}, or the codec's own decode error message.</li>
 * <li>{@link #decodeFile} for the script file: CPython's file tokenizer ({@code fp_setreadl},
 * {@code decoding_fgets}). Without a declaration or BOM every line must be UTF-8 ({@code Non-UTF-8 code
 * starting with '\xe9' in file F on line N, but no encoding declared; see https://peps.python.org/pep-0263/
 * for details}); a declaration that names an unknown codec or does not decode the file gives
 * {@code encoding problem: NAME}; these SyntaxErrors carry only the message. A NUL byte gives
 * {@code source code cannot contain null bytes} located at its line, offset 0, with the line up to the NUL as
 * text.</li>
 * </ul>
 */
public final class SourceDecoding {
    private SourceDecoding() {
    }

    /** The first code unit of the lone surrogates standing for undecodable bytes (U+DC80 is byte 0x80). */
    public static final char ESCAPE_BASE = '\udc00';

    /** True for a char standing for an undecodable source byte. */
    public static boolean isEscapedByte(char c) {
        return c >= '\udc80' && c <= '\udcff';
    }

    /** True when {@code s} holds a char standing for an undecodable source byte ({@link #isEscapedByte}). */
    public static boolean containsEscapedByte(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isEscapedByte(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes the bytes given to {@code compile()}/{@code exec()}/{@code eval()} or read by import.
     *
     * @throws PyException SyntaxError for a bad coding declaration (see the class comment)
     */
    @TruffleBoundary
    public static String decodeString(byte[] data, String filename) {
        boolean bom = hasBom(data);
        int start = bom ? 3 : 0;
        String spec = null;
        int nl1 = indexOf(data, (byte) '\n', start);
        if (nl1 >= 0) {
            Spec s1 = codingSpec(data, start, nl1);
            spec = s1.name;
            if (spec == null && !s1.stop) {
                int nl2 = indexOf(data, (byte) '\n', nl1 + 1);
                if (nl2 >= 0) {
                    spec = codingSpec(data, nl1 + 1, nl2).name;
                }
            }
        }
        byte[] body = start == 0 ? data : java.util.Arrays.copyOfRange(data, start, data.length);
        if (spec == null || spec.equals("utf-8")) {
            return utf8Escaped(body);
        }
        if (bom) {
            throw stringError("encoding problem: " + spec + " with BOM", filename);
        }
        if (Codecs.normalize(spec) == null) {
            throw stringError("unknown encoding: " + spec, filename);
        }
        try {
            return Codecs.decode(body, spec, "strict");
        } catch (PyException e) {
            throw stringError(PyOps.str(e.getPyException()), filename);
        }
    }

    /**
     * Decodes the script file's bytes.
     *
     * @throws PyException SyntaxError as the class comment lists
     */
    @TruffleBoundary
    public static String decodeFile(byte[] data, String filename) {
        boolean bom = hasBom(data);
        int start = bom ? 3 : 0;
        String spec = null;
        int end1 = lineEnd(data, start);
        Spec s1 = codingSpec(data, start, end1);
        spec = s1.name;
        if (spec == null && !s1.stop && end1 < data.length) {
            spec = codingSpec(data, end1, lineEnd(data, end1)).name;
        }
        if (spec != null && !spec.equals("utf-8")) {
            if (bom) {
                throw messageOnly("encoding problem: " + spec + " with BOM");
            }
            String codec = Codecs.normalize(spec);
            if (codec == null || codec.toUpperCase(java.util.Locale.ROOT).contains("UTF-16") || codec.toUpperCase(java.util.Locale.ROOT).contains("UTF-32")) {
                // no such codec, or one whose bytes are not ASCII-compatible (the tokenizer cannot read the
                // cookie's own line with it): CPython's "encoding problem"
                throw messageOnly("encoding problem: " + spec);
            }
        }
        boolean checkUtf8 = spec == null && !bom;
        // the first NUL byte of the file, found once: the line loop below reports it at its line, after any
        // undecodable byte of an earlier line (CPython's tokenizer reads line by line)
        int nul = indexOf(data, (byte) 0, start);
        int line = 1;
        for (int i = start; i < data.length; line++) {
            int end = lineEnd(data, i);
            if (checkUtf8) {
                for (int j = i; j < end; j++) {
                    int len = validUtf8(data, j, end);
                    if (len == 0) {
                        throw messageOnly(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                                        + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                                        data[j] & 0xff, filename, line));
                    }
                    j += len - 1;
                }
            }
            if (nul >= i && nul < end) {
                String prefix = decodeLenient(java.util.Arrays.copyOfRange(data, i, nul), spec);
                throw CodeExecution.syntaxError(new PythonSyntaxError("SyntaxError", "source code cannot contain null bytes",
                                filename, line, 0, prefix, line, 0));
            }
            i = end;
        }
        byte[] body = start == 0 ? data : java.util.Arrays.copyOfRange(data, start, data.length);
        if (spec == null || spec.equals("utf-8")) {
            return utf8Escaped(body);
        }
        try {
            return Codecs.decode(body, spec, "strict");
        } catch (PyException e) {
            throw messageOnly("encoding problem: " + spec);
        }
    }

    /**
     * CPython's {@code _Py_SourceAsString} check of a bytes source (compile, exec, import):
     * {@code SyntaxError: source code string cannot contain null bytes}, message only.
     */
    @TruffleBoundary
    public static void checkNoNulBytes(byte[] data) {
        if (indexOf(data, (byte) 0, 0) >= 0) {
            throw messageOnly("source code string cannot contain null bytes");
        }
    }

    /**
     * The script file tokenizer's variant of {@code unexpected EOF while parsing} after a trailing backslash:
     * CPython's file tokenizer reports offset 0 when only blanks precede the backslash on its line, and the
     * error's text is the line as the file holds it (no newline added at the end of a file without one).
     * Adjusts the SyntaxError {@code e} raised by compiling the decoded script {@code source} in place.
     */
    @TruffleBoundary
    public static void adjustScriptEofError(PyException e, String source) {
        PyBaseException ex = e.getPyException();
        if (!"unexpected EOF while parsing".equals(ex.getAttributeOrNull("msg")) || !(ex.getAttributeOrNull("lineno") instanceof Long ln)) {
            return;
        }
        String[] lines = source.split("\n", -1);
        if (ln < 1 || ln > lines.length) {
            return;
        }
        String line = lines[(int) (long) ln - 1];
        boolean last = ln == lines.length;
        if (line.strip().equals("\\")) {
            ex.setAttribute("offset", 0L);
        }
        if (last) {
            ex.setAttribute("text", replaceEscapedBytes(line));
        }
    }

    /**
     * The line with each undecodable source byte (kept as U+DC80..U+DCFF by
     * {@link SourceDecoding}) shown as U+FFFD, as CPython decodes an error's line
     * with the "replace" handler.
     */
    @TruffleBoundary
    public static String replaceEscapedBytes(String l) {
        StringBuilder b = null;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (isEscapedByte(c)) {
                if (b == null) {
                    b = new StringBuilder(l.substring(0, i));
                }
                b.append('\ufffd');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? l : b.toString();
    }

    private static String decodeLenient(byte[] b, String spec) {
        if (spec == null || spec.equals("utf-8")) {
            return new String(b, StandardCharsets.UTF_8);
        }
        try {
            return Codecs.decode(b, spec, "replace");
        } catch (PyException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }

    /** The text of UTF-8 bytes, each byte that is not part of a valid sequence as U+DC80..U+DCFF. */
    static String utf8Escaped(byte[] body) {
        return Codecs.decode(body, "utf-8", "surrogateescape");
    }

    /**
     * The utf-8 codec's error for the escaped bytes in {@code text} (encoded back to bytes):
     * {@code 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data}, or null when
     * {@code text} holds no escaped byte.
     */
    @TruffleBoundary
    public static String utf8ErrorOf(String text) {
        if (!containsEscapedByte(text)) {
            return null;
        }
        byte[] b = Codecs.encode(text, "utf-8", "surrogateescape");
        try {
            Codecs.decode(b, "utf-8", "strict");
            return null;
        } catch (PyException e) {
            return PyOps.str(e.getPyException());
        }
    }

    private static PyException stringError(String msg, String filename) {
        PyType t = PythonContext.get().types().exception("SyntaxError");
        PyTuple info = PyTuple.of(filename, 0L, -1L, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        return PyErrors.newException(t, msg, info).toThrowable(null);
    }

    private static PyException messageOnly(String msg) {
        PyType t = PythonContext.get().types().exception("SyntaxError");
        return PyErrors.newException(t, msg).toThrowable(null);
    }

    private static boolean hasBom(byte[] d) {
        return d.length >= 3 && (d[0] & 0xff) == 0xef && (d[1] & 0xff) == 0xbb && (d[2] & 0xff) == 0xbf;
    }

    private static int indexOf(byte[] d, byte b, int from) {
        for (int i = from; i < d.length; i++) {
            if (d[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The index just past the line starting at {@code from} (past its '\n'), as fgets reads it. */
    private static int lineEnd(byte[] d, int from) {
        int nl = indexOf(d, (byte) '\n', from);
        return nl < 0 ? d.length : nl + 1;
    }

    /** A coding declaration found on a line, and whether the line stops the search (not blank or a comment). */
    private record Spec(String name, boolean stop) {
    }

    /** CPython's check_coding_spec/get_coding_spec on the bytes [from, to) of one line. */
    private static Spec codingSpec(byte[] d, int from, int to) {
        int size = to - from;
        int i = 0;
        boolean comment = false;
        for (; i < size - 6; i++) {
            byte c = d[from + i];
            if (c == '#') {
                comment = true;
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                break;
            }
        }
        if (comment) {
            for (; i < size - 6; i++) {
                int t = from + i;
                if (d[t] == 'c' && d[t + 1] == 'o' && d[t + 2] == 'd' && d[t + 3] == 'i' && d[t + 4] == 'n' && d[t + 5] == 'g') {
                    t += 6;
                    if (t >= to || d[t] != ':' && d[t] != '=') {
                        continue;
                    }
                    do {
                        t++;
                    } while (t < to && (d[t] == ' ' || d[t] == '\t'));
                    int begin = t;
                    while (t < to && (Character.isLetterOrDigit(d[t]) && d[t] > 0 || d[t] == '-' || d[t] == '_' || d[t] == '.')) {
                        t++;
                    }
                    if (begin < t) {
                        return new Spec(normalName(new String(d, begin, t - begin, StandardCharsets.ISO_8859_1)), true);
                    }
                }
            }
        }
        // no declaration: a line holding anything but blanks and a comment ends the search
        for (int k = 0; k < size; k++) {
            byte c = d[from + k];
            if (c == '#' || c == '\n' || c == '\r') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return new Spec(null, true);
            }
        }
        return new Spec(null, false);
    }

    /** CPython's get_normal_name: the spellings of utf-8 and latin-1 as "utf-8" and "iso-8859-1". */
    private static String normalName(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 12; i++) {
            char c = s.charAt(i);
            b.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String buf = b.toString();
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1") || buf.startsWith("latin-1-")
                        || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** CPython's valid_utf8: the length of the (leniently checked) sequence at {@code i}, or 0. */
    private static int validUtf8(byte[] d, int i, int end) {
        int c = d[i] & 0xff;
        if (c < 0x80) {
            return 1;
        }
        if (c < 0xc0) {
            return 0;
        }
        int expected = c < 0xe0 ? 1 : c < 0xf0 ? 2 : c < 0xf8 ? 3 : -1;
        if (expected < 0) {
            return 0;
        }
        for (int k = expected; k > 0; k--) {
            if (i + k >= end) {
                return 0;
            }
            int cc = d[i + k] & 0xff;
            if (cc < 0x80 || cc >= 0xc0) {
                return 0;
            }
        }
        return expected + 1;
    }
}
