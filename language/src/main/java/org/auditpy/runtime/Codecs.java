package org.auditpy.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * str.encode / bytes.decode for the common codecs (utf-8, ascii, latin-1, utf-16 and utf-32 in both byte orders, with
 * or without a byte-order mark) with CPython's error handlers and errors (Objects/unicodeobject.c, Python/codecs.c).
 */
public final class Codecs {
    private Codecs() {
    }

    /** CPython's normalized codec name ("utf-8", "ascii", "latin-1") or the Java charset name; null if unknown. */
    @TruffleBoundary
    public static String normalize(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001":
                return "utf-8";
            case "ascii", "us-ascii", "646":
                return "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin":
                return "latin-1";
            case "utf-16-le", "utf-16le", "utf16le", "utf16-le":
                return "UTF-16LE";
            case "utf-16-be", "utf-16be", "utf16be", "utf16-be":
                return "UTF-16BE";
            case "utf-32-le", "utf-32le", "utf32le":
                return "UTF-32LE";
            case "utf-32-be", "utf-32be", "utf32be":
                return "UTF-32BE";
            case "utf-16", "utf16":
                return "x-UTF-16LE-BOM";
            case "utf-32", "utf32":
                return "X-UTF-32LE-BOM";
            default:
                try {
                    return Charset.forName(e).name();
                } catch (RuntimeException ex) {
                    return null;
                }
        }
    }

    private static String codecName(String norm) {
        return switch (norm) {
            case "utf-8" -> "utf-8";
            case "ascii" -> "ascii";
            case "latin-1" -> "latin-1";
            default -> norm.toLowerCase();
        };
    }

    private static PyException lookupError(String encoding) {
        return PyErrors.raise("LookupError", "unknown encoding: " + encoding);
    }

    private static void checkErrors(String errors) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace", "namereplace", "surrogatepass":
                return;
            default:
                throw PyErrors.raise("LookupError", "unknown error handler name '" + errors + "'");
        }
    }

    /** {@code s.encode(encoding, errors)}. */
    @TruffleBoundary
    public static byte[] encode(String s, String encoding, String errors) {
        if (encoding.equals("utf-8") && errors.equals("strict") && encodable(s, 0x110000)) {
            // str.encode() with the defaults: no normalizing of the names
            return s.getBytes(StandardCharsets.UTF_8);
        }
        String norm = normalize(encoding);
        if (norm == null) {
            throw lookupError(encoding);
        }
        int limit = switch (norm) {
            case "ascii" -> 0x80;
            case "latin-1" -> 0x100;
            case "utf-8" -> 0x110000;
            default -> -1;
        };
        if (limit < 0) {
            return switch (norm) {
                case "UTF-16LE" -> encodeUtf(s, 2, false, false, "utf-16-le", errors);
                case "UTF-16BE" -> encodeUtf(s, 2, true, false, "utf-16-be", errors);
                case "x-UTF-16LE-BOM" -> encodeUtf(s, 2, false, true, "utf-16", errors);
                case "UTF-32LE" -> encodeUtf(s, 4, false, false, "utf-32-le", errors);
                case "UTF-32BE" -> encodeUtf(s, 4, true, false, "utf-32-be", errors);
                case "X-UTF-32LE-BOM" -> encodeUtf(s, 4, false, true, "utf-32", errors);
                default -> s.getBytes(Charset.forName(norm));
            };
        }
        if (encodable(s, limit)) {
            // the JDK's encoders are exact for these (and vectorized): only the errors need the loop below
            return s.getBytes(limit == 0x80 ? StandardCharsets.US_ASCII : limit == 0x100 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
            if (cp < limit && !surrogate) {
                if (limit == 0x110000) {
                    byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                } else {
                    out.write(cp);
                }
                continue;
            }
            if (surrogate && errors.equals("surrogateescape") && cp >= 0xdc80 && cp <= 0xdcff) {
                out.write(cp - 0xdc00);
                continue;
            }
            if (surrogate && errors.equals("surrogatepass") && limit == 0x110000) {
                out.write(0xe0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3f));
                out.write(0x80 | (cp & 0x3f));
                continue;
            }
            switch (errors) {
                case "ignore":
                    break;
                case "replace":
                    out.write('?');
                    break;
                case "backslashreplace": {
                    String esc = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                    out.writeBytes(esc.getBytes(StandardCharsets.US_ASCII));
                    break;
                }
                case "xmlcharrefreplace":
                    out.writeBytes(("&#" + cp + ";").getBytes(StandardCharsets.US_ASCII));
                    break;
                default: {
                    // the handler is looked up at the first error, as PyCodec_LookupError in CPython's codecs
                    checkErrors(errors);
                    int end = i + 1;
                    while (end < cps.length && (cps[end] >= limit || (cps[end] >= 0xd800 && cps[end] <= 0xdfff))) {
                        end++;
                    }
                    String reason = limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
                    if (limit == 0x110000) {
                        end = i + 1;
                        while (end < cps.length && cps[end] >= 0xd800 && cps[end] <= 0xdfff) {
                            end++;
                        }
                    }
                    throw PyErrors.raise(PythonContext.get().types().exception("UnicodeEncodeError"), codecName(norm), s, (long) i, (long) end, reason);
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * Whether every char of {@code s} is below {@code limit} (ascii, latin-1), or for UTF-8 ({@code limit} 0x110000)
     * whether {@code s} has no lone surrogate: then the JDK's encoder gives Python's bytes.
     */
    private static boolean encodable(String s, int limit) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (limit == 0x110000) {
                if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    return false;
                }
            } else if (c >= limit) {
                return false;
            }
        }
        return true;
    }

    /**
     * Valid UTF-8 decoded by the JDK's strict decoder (the same well-formedness rules as CPython's: no surrogates, no
     * overlong forms, nothing past U+10FFFF), or null when {@code b} is not valid UTF-8 and needs the error handling
     * of {@link #decodeUtf8}.
     */
    private static String decodeValidUtf8(byte[] b) {
        boolean ascii = true;
        for (byte x : b) {
            if (x < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** {@code b.decode(encoding, errors)}. */
    @TruffleBoundary
    public static String decode(byte[] b, String encoding, String errors) {
        String norm = normalize(encoding);
        if (norm == null) {
            throw lookupError(encoding);
        }
        switch (norm) {
            case "latin-1":
                return new String(b, StandardCharsets.ISO_8859_1);
            case "ascii": {
                StringBuilder sb = new StringBuilder(b.length);
                for (int i = 0; i < b.length; i++) {
                    int v = b[i] & 0xff;
                    if (v < 0x80) {
                        sb.append((char) v);
                    } else {
                        decodeError(sb, b, i, i + 1, "ascii", "ordinal not in range(128)", errors);
                    }
                }
                return sb.toString();
            }
            case "utf-8": {
                String valid = decodeValidUtf8(b);
                return valid != null ? valid : decodeUtf8(b, errors);
            }
            case "UTF-16LE":
                return decodeUtf(b, 0, 2, false, errors);
            case "UTF-16BE":
                return decodeUtf(b, 0, 2, true, errors);
            case "UTF-32LE":
                return decodeUtf(b, 0, 4, false, errors);
            case "UTF-32BE":
                return decodeUtf(b, 0, 4, true, errors);
            case "x-UTF-16LE-BOM", "X-UTF-32LE-BOM": {
                // the mark picks the byte order and is dropped; without one the order is the machine's (little-endian)
                int unit = codeUnitSize(norm);
                int order = byteOrderMark(b, unit);
                return decodeUtf(b, order == 0 ? 0 : unit, unit, order > 0, errors);
            }
            default:
                return new String(b, Charset.forName(norm));
        }
    }

    /**
     * Whether {@code norm} (a {@link #normalize}d name) is utf-16 or utf-32, whose encoder writes a byte-order mark
     * first and whose decoder reads one.
     */
    public static boolean writesByteOrderMark(String norm) {
        return "x-UTF-16LE-BOM".equals(norm) || "X-UTF-32LE-BOM".equals(norm);
    }

    /**
     * The size in bytes of a code unit of {@code norm} (a {@link #normalize}d name): 2 for utf-16 (either byte order,
     * or with a byte-order mark), 4 for utf-32, 0 for any other codec.
     */
    public static int codeUnitSize(String norm) {
        if (norm == null) {
            return 0;
        }
        return switch (norm) {
            case "UTF-16LE", "UTF-16BE", "x-UTF-16LE-BOM" -> 2;
            case "UTF-32LE", "UTF-32BE", "X-UTF-32LE-BOM" -> 4;
            default -> 0;
        };
    }

    /** The utf-16 ({@code unit} 2) or utf-32 (4) codec of one byte order, without a mark (a {@link #normalize}d name). */
    public static String inByteOrder(int unit, boolean bigEndian) {
        return (unit == 2 ? "UTF-16" : "UTF-32") + (bigEndian ? "BE" : "LE");
    }

    /** The codec a utf-16 or utf-32 stream continues in after its mark: the little-endian one, without a mark. */
    public static String withoutByteOrderMark(String norm) {
        return "x-UTF-16LE-BOM".equals(norm) ? "UTF-16LE" : "X-UTF-32LE-BOM".equals(norm) ? "UTF-32LE" : norm;
    }

    /**
     * The byte-order mark at the start of {@code b} for code units of {@code unit} bytes (2: utf-16, 4: utf-32): -1
     * little-endian (FF FE, FF FE 00 00), 1 big-endian (FE FF, 00 00 FE FF), 0 none.
     */
    public static int byteOrderMark(byte[] b, int unit) {
        if (b.length < unit) {
            return 0;
        }
        if (unit == 2) {
            return (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe ? -1 : (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff ? 1 : 0;
        }
        if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
            return -1;
        }
        return b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff ? 1 : 0;
    }

    /**
     * The number of bytes at the end of {@code b} that an incremental utf-16 or utf-32 decoder keeps for the next
     * piece: an incomplete code unit, and for utf-16 a high surrogate whose low half has not come yet.
     */
    public static int incompleteTail(byte[] b, int unit, boolean bigEndian) {
        int tail = b.length % unit;
        if (unit == 2 && b.length - tail >= 2) {
            int u = codeUnit(b, b.length - tail - 2, 2, bigEndian);
            if (u >= 0xd800 && u <= 0xdbff) {
                tail += 2;
            }
        }
        return tail;
    }

    private static int codeUnit(byte[] b, int i, int unit, boolean bigEndian) {
        if (unit == 2) {
            return bigEndian ? (b[i] & 0xff) << 8 | (b[i + 1] & 0xff) : (b[i + 1] & 0xff) << 8 | (b[i] & 0xff);
        }
        return bigEndian ? (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff)
                        : (b[i + 3] & 0xff) << 24 | (b[i + 2] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i] & 0xff);
    }

    private static void putUnit(ByteArrayOutputStream out, int u, int unit, boolean bigEndian) {
        for (int k = 0; k < unit; k++) {
            int shift = bigEndian ? 8 * (unit - 1 - k) : 8 * k;
            out.write(u >>> shift);
        }
    }

    private static void putAscii(ByteArrayOutputStream out, String text, int unit, boolean bigEndian) {
        for (int k = 0; k < text.length(); k++) {
            putUnit(out, text.charAt(k), unit, bigEndian);
        }
    }

    /**
     * utf-16 ({@code unit} 2) or utf-32 (4) encoding as CPython's {@code _PyUnicode_EncodeUTF16/32}: a lone
     * surrogate is an error ("surrogates not allowed", one character at a time) that {@code surrogatepass} writes as
     * its code unit; {@code surrogateescape} cannot help (its single byte is not a code unit).
     */
    private static byte[] encodeUtf(String s, int unit, boolean bigEndian, boolean mark, String enc, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * unit + unit);
        if (mark) {
            putUnit(out, 0xfeff, unit, bigEndian);
        }
        int n = s.length();
        long index = 0;
        for (int i = 0; i < n; index++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0xd800 || cp > 0xdfff) {
                if (unit == 2 && cp > 0xffff) {
                    putUnit(out, Character.highSurrogate(cp), 2, bigEndian);
                    putUnit(out, Character.lowSurrogate(cp), 2, bigEndian);
                } else {
                    putUnit(out, cp, unit, bigEndian);
                }
                continue;
            }
            switch (errors) {
                case "surrogatepass" -> putUnit(out, cp, unit, bigEndian);
                case "ignore" -> {
                }
                case "replace" -> putUnit(out, '?', unit, bigEndian);
                case "backslashreplace", "namereplace" -> putAscii(out, String.format("\\u%04x", cp), unit, bigEndian);
                case "xmlcharrefreplace" -> putAscii(out, "&#" + cp + ";", unit, bigEndian);
                default -> {
                    checkErrors(errors);
                    throw PyErrors.raise(PythonContext.get().types().exception("UnicodeEncodeError"), enc, s, index, index + 1,
                                    "surrogates not allowed");
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * utf-16 ({@code unit} 2) or utf-32 (4) decoding of {@code b} from {@code from} in one byte order, as CPython's
     * {@code PyUnicode_DecodeUTF16Stateful}/{@code DecodeUTF32Stateful} with {@code final}: the errors "truncated
     * data", "unexpected end of data", "illegal encoding", "illegal UTF-16 surrogate", "code point not in
     * range(0x110000)" and "code point in surrogate code point range(0xd800, 0xe000)" over CPython's byte ranges,
     * reported as the codec of that byte order ({@code 'utf-16-le'} ...).
     */
    private static String decodeUtf(byte[] b, int from, int unit, boolean bigEndian, String errors) {
        String enc = (unit == 2 ? "utf-16-" : "utf-32-") + (bigEndian ? "be" : "le");
        int n = b.length;
        StringBuilder sb = new StringBuilder((n - from) / unit);
        int i = from;
        while (i < n) {
            if (n - i < unit) {
                i = decodeUtfError(sb, b, i, n, unit, bigEndian, enc, "truncated data", errors);
                continue;
            }
            int u = codeUnit(b, i, unit, bigEndian);
            if (unit == 4) {
                if (Integer.compareUnsigned(u, 0x110000) >= 0) {
                    i = decodeUtfError(sb, b, i, i + 4, unit, bigEndian, enc, "code point not in range(0x110000)", errors);
                } else if (u >= 0xd800 && u <= 0xdfff) {
                    i = decodeUtfError(sb, b, i, i + 4, unit, bigEndian, enc, "code point in surrogate code point range(0xd800, 0xe000)", errors);
                } else {
                    sb.appendCodePoint(u);
                    i += 4;
                }
                continue;
            }
            if (u < 0xd800 || u > 0xdfff) {
                sb.append((char) u);
                i += 2;
            } else if (u >= 0xdc00) {
                i = decodeUtfError(sb, b, i, i + 2, unit, bigEndian, enc, "illegal encoding", errors);
            } else if (n - i < 4) {
                i = decodeUtfError(sb, b, i, n, unit, bigEndian, enc, "unexpected end of data", errors);
            } else {
                int low = codeUnit(b, i + 2, 2, bigEndian);
                if (low < 0xdc00 || low > 0xdfff) {
                    i = decodeUtfError(sb, b, i, i + 2, unit, bigEndian, enc, "illegal UTF-16 surrogate", errors);
                } else {
                    sb.append((char) u).append((char) low);
                    i += 4;
                }
            }
        }
        return sb.toString();
    }

    /**
     * A utf-16/32 decoding error over {@code b[start:end]}; returns where decoding goes on. {@code surrogatepass}
     * decodes a surrogate code unit at {@code start} and goes on after it (Python/codecs.c's
     * PyCodec_SurrogatePassErrors), else the error stands.
     */
    private static int decodeUtfError(StringBuilder sb, byte[] b, int start, int end, int unit, boolean bigEndian, String enc, String reason,
                    String errors) {
        if (errors.equals("surrogatepass") && start + unit <= b.length) {
            int u = codeUnit(b, start, unit, bigEndian);
            if (u >= 0xd800 && u <= 0xdfff) {
                sb.append((char) u);
                return start + unit;
            }
        }
        decodeError(sb, b, start, end, enc, reason, errors);
        return end;
    }

    private static void decodeError(StringBuilder sb, byte[] b, int start, int end, String enc, String reason, String errors) {
        switch (errors) {
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            case "backslashreplace":
                for (int i = start; i < end; i++) {
                    sb.append(String.format("\\x%02x", b[i] & 0xff));
                }
                return;
            case "surrogateescape":
                // only bytes 0x80-0xff have an escape (PyCodec_SurrogateEscapeErrors): else the error stands
                boolean escapable = true;
                for (int i = start; i < end; i++) {
                    escapable &= (b[i] & 0xff) >= 0x80;
                }
                if (escapable) {
                    for (int i = start; i < end; i++) {
                        sb.append((char) (0xdc00 + (b[i] & 0xff)));
                    }
                    return;
                }
                break;
            case "xmlcharrefreplace", "namereplace":
                throw PyErrors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default:
                break;
        }
        // the handler is looked up at the first error, as PyCodec_LookupError in CPython's codecs
        checkErrors(errors);
        throw PyErrors.raise(PythonContext.get().types().exception("UnicodeDecodeError"), enc, PyBytes.of(b.clone()), (long) start, (long) end,
                        reason);
    }

    private static String decodeUtf8(byte[] b, String errors) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int cp;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                min = 0x10000;
            } else {
                decodeError(sb, b, i, i + 1, "utf-8", "invalid start byte", errors);
                i++;
                continue;
            }
            int j = 1;
            boolean bad = false;
            for (; j <= need; j++) {
                if (i + j >= n) {
                    break;
                }
                int cc = b[i + j] & 0xff;
                boolean ok = (cc & 0xc0) == 0x80;
                if (j == 1) {
                    // ED A0..BF starts a surrogate: an error but with surrogatepass, which decodes it
                    boolean surrogate = c == 0xed && cc > 0x9f && !errors.equals("surrogatepass");
                    if (c == 0xe0 && cc < 0xa0 || surrogate || c == 0xf0 && cc < 0x90 || c == 0xf4 && cc > 0x8f) {
                        ok = false;
                    }
                }
                if (!ok) {
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (bad) {
                decodeError(sb, b, i, i + j, "utf-8", "invalid continuation byte", errors);
                i += j;
                continue;
            }
            if (j <= need) {
                decodeError(sb, b, i, n, "utf-8", "unexpected end of data", errors);
                i = n;
                continue;
            }
            if (cp < min) {
                decodeError(sb, b, i, i + 1, "utf-8", "invalid start byte", errors);
                i++;
                continue;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }
}
