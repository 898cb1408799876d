package org.auditpy.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** str.encode / bytes.decode for the common codecs (utf-8, ascii, latin-1) with CPython's error handlers and errors. */
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
            return s.getBytes(Charset.forName(norm));
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
            default:
                return new String(b, Charset.forName(norm));
        }
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
                for (int i = start; i < end; i++) {
                    sb.append((char) (0xdc00 + (b[i] & 0xff)));
                }
                return;
            default:
                // the handler is looked up at the first error, as PyCodec_LookupError in CPython's codecs
                checkErrors(errors);
                throw PyErrors.raise(PythonContext.get().types().exception("UnicodeDecodeError"), enc, PyBytes.of(b.clone()), (long) start, (long) end,
                                reason);
        }
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
