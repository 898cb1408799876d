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

    /**
     * The codec {@code encoding} names, as CPython's registry finds it (Python/codecs.c _PyCodec_Lookup, then
     * Lib/encodings/__init__.py search_function): the name lowercased, each run of characters other than letters, digits
     * and '.' made one '_' (and none at the ends), then looked up in CPython's alias table ({@link Aliases}, also with
     * '.' as '_'); what that gives is a module of CPython's encodings package. The result is "utf-8", "ascii" or
     * "latin-1", one of the JDK's names of the UTF-16/UTF-32 charsets ("UTF-16LE", "x-UTF-16LE-BOM", ...) or the JDK's
     * charset of another of CPython's codecs; null when CPython has no such codec or the JDK lacks it.
     */
    @TruffleBoundary
    public static String normalize(String encoding) {
        Object r = NORMALIZED.get(encoding);
        if (r == null) {
            String n = lookupCodec(encoding);
            r = n == null ? Boolean.FALSE : n;
            if (NORMALIZED.size() < 256) {
                NORMALIZED.put(encoding, r);
                if (n != null) {
                    // a name this returned is passed back by the interpreter (x-UTF-16LE-BOM, x-MacRoman, ...)
                    NORMALIZED.put(n, n);
                }
            }
        }
        return r instanceof String s ? s : null;
    }

    /** {@link #normalize}'s answers by the name asked (Boolean.FALSE: no codec), a few hundred at most. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Object> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (String n : new String[]{"utf-8", "ascii", "latin-1", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "x-UTF-16LE-BOM", "X-UTF-32LE-BOM"}) {
            NORMALIZED.put(n, n);
        }
    }

    /** encodings.normalize_encoding of the lowercased name. */
    static String normalizeEncoding(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if ((c < 128 && Character.isLetterOrDigit(c)) || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    private static String lookupCodec(String encoding) {
        String norm = normalizeEncoding(encoding);
        String module = Aliases.TABLE.get(norm);
        if (module == null) {
            module = Aliases.TABLE.get(norm.replace('.', '_'));
        }
        if (module == null) {
            module = norm;
        }
        if (!Aliases.MODULES.contains(module)) {
            return null;
        }
        switch (module) {
            case "utf_8":
                return "utf-8";
            case "ascii":
                return "ascii";
            case "latin_1":
                return "latin-1";
            case "utf_16_le":
                return "UTF-16LE";
            case "utf_16_be":
                return "UTF-16BE";
            case "utf_32_le":
                return "UTF-32LE";
            case "utf_32_be":
                return "UTF-32BE";
            case "utf_16":
                return "x-UTF-16LE-BOM";
            case "utf_32":
                return "X-UTF-32LE-BOM";
            case "mbcs", "oem", "charmap", "undefined", "utf_7", "utf_8_sig", "idna", "punycode", "unicode_escape", "raw_unicode_escape":
                // Windows-only, or codecs that are not a JDK charset
                return null;
            default:
                if (module.endsWith("_codec") || module.equals("rot_13")) {
                    return null;
                }
                for (String name : new String[]{module, module.replace('_', '-'), module.replace("_", "")}) {
                    try {
                        return Charset.forName(name).name();
                    } catch (RuntimeException ex) {
                        // next spelling
                    }
                }
                return null;
        }
    }

    /**
     * CPython 3.11.7's Lib/encodings/aliases.py (which stdlib-shims ships unchanged: the codecs module reads it) and
     * the modules of its encodings package, for the interpreter's own lookups (str.encode, bytes.decode, open, source
     * encodings), which do not import Python code. The golden test modules/codec_aliases checks every alias.
     */
    static final class Aliases {
        /** Alias to module name. */
        static final java.util.HashMap<String, String> TABLE = new java.util.HashMap<>();
        static final java.util.HashSet<String> MODULES = new java.util.HashSet<>();

        static {
            String src = // module=alias,alias,...;
            "ascii=646,ansi_x3.4_1968,ansi_x3.4_1986,ansi_x3_4_1968,cp367,csascii,ibm367,iso646_us,iso_646.irv_1991,iso_ir_6,us,us_ascii;" +
            "base64_codec=base64,base_64;" +
            "big5=big5_tw,csbig5,x_mac_trad_chinese;" +
            "big5hkscs=big5_hkscs,hkscs;" +
            "bz2_codec=bz2;" +
            "cp037=037,csibm037,ebcdic_cp_ca,ebcdic_cp_nl,ebcdic_cp_us,ebcdic_cp_wt,ibm037,ibm039;" +
            "cp1026=1026,csibm1026,ibm1026;" +
            "cp1125=1125,cp866u,ibm1125,ruscii;" +
            "cp1140=1140,ibm1140;" +
            "cp1250=1250,windows_1250;" +
            "cp1251=1251,windows_1251;" +
            "cp1252=1252,windows_1252;" +
            "cp1253=1253,windows_1253;" +
            "cp1254=1254,windows_1254;" +
            "cp1255=1255,windows_1255;" +
            "cp1256=1256,windows_1256;" +
            "cp1257=1257,windows_1257;" +
            "cp1258=1258,windows_1258;" +
            "cp273=273,csibm273,ibm273;" +
            "cp424=424,csibm424,ebcdic_cp_he,ibm424;" +
            "cp437=437,cspc8codepage437,ibm437;" +
            "cp500=500,csibm500,ebcdic_cp_be,ebcdic_cp_ch,ibm500;" +
            "cp775=775,cspc775baltic,ibm775;" +
            "cp850=850,cspc850multilingual,ibm850;" +
            "cp852=852,cspcp852,ibm852;" +
            "cp855=855,csibm855,ibm855;" +
            "cp857=857,csibm857,ibm857;" +
            "cp858=858,csibm858,ibm858;" +
            "cp860=860,csibm860,ibm860;" +
            "cp861=861,cp_is,csibm861,ibm861;" +
            "cp862=862,cspc862latinhebrew,ibm862;" +
            "cp863=863,csibm863,ibm863;" +
            "cp864=864,csibm864,ibm864;" +
            "cp865=865,csibm865,ibm865;" +
            "cp866=866,csibm866,ibm866;" +
            "cp869=869,cp_gr,csibm869,ibm869;" +
            "cp932=932,ms932,ms_kanji,mskanji;" +
            "cp949=949,ms949,uhc;" +
            "cp950=950,ms950;" +
            "euc_jis_2004=euc_jis2004,eucjis2004,jisx0213;" +
            "euc_jisx0213=eucjisx0213;" +
            "euc_jp=eucjp,u_jis,ujis;" +
            "euc_kr=euckr,korean,ks_c_5601,ks_c_5601_1987,ks_x_1001,ksc5601,ksx1001,x_mac_korean;" +
            "gb18030=gb18030_2000;" +
            "gb2312=chinese,csiso58gb231280,euc_cn,euccn,eucgb2312_cn,gb2312_1980,gb2312_80,iso_ir_58,x_mac_simp_chinese;" +
            "gbk=936,cp936,ms936;" +
            "hex_codec=hex;" +
            "hp_roman8=cp1051,csHPRoman8,ibm1051,r8,roman8;" +
            "hz=hz_gb,hz_gb_2312,hzgb;" +
            "iso2022_jp=csiso2022jp,iso2022jp,iso_2022_jp;" +
            "iso2022_jp_1=iso2022jp_1,iso_2022_jp_1;" +
            "iso2022_jp_2=iso2022jp_2,iso_2022_jp_2;" +
            "iso2022_jp_2004=iso2022jp_2004,iso_2022_jp_2004;" +
            "iso2022_jp_3=iso2022jp_3,iso_2022_jp_3;" +
            "iso2022_jp_ext=iso2022jp_ext,iso_2022_jp_ext;" +
            "iso2022_kr=csiso2022kr,iso2022kr,iso_2022_kr;" +
            "iso8859_10=csisolatin6,iso_8859_10,iso_8859_10_1992,iso_ir_157,l6,latin6;" +
            "iso8859_11=iso_8859_11,iso_8859_11_2001,thai;" +
            "iso8859_13=iso_8859_13,l7,latin7;" +
            "iso8859_14=iso_8859_14,iso_8859_14_1998,iso_celtic,iso_ir_199,l8,latin8;" +
            "iso8859_15=iso_8859_15,l9,latin9;" +
            "iso8859_16=iso_8859_16,iso_8859_16_2001,iso_ir_226,l10,latin10;" +
            "iso8859_2=csisolatin2,iso_8859_2,iso_8859_2_1987,iso_ir_101,l2,latin2;" +
            "iso8859_3=csisolatin3,iso_8859_3,iso_8859_3_1988,iso_ir_109,l3,latin3;" +
            "iso8859_4=csisolatin4,iso_8859_4,iso_8859_4_1988,iso_ir_110,l4,latin4;" +
            "iso8859_5=csisolatincyrillic,cyrillic,iso_8859_5,iso_8859_5_1988,iso_ir_144;" +
            "iso8859_6=arabic,asmo_708,csisolatinarabic,ecma_114,iso_8859_6,iso_8859_6_1987,iso_ir_127;" +
            "iso8859_7=csisolatingreek,ecma_118,elot_928,greek,greek8,iso_8859_7,iso_8859_7_1987,iso_ir_126;" +
            "iso8859_8=csisolatinhebrew,hebrew,iso_8859_8,iso_8859_8_1988,iso_ir_138;" +
            "iso8859_9=csisolatin5,iso_8859_9,iso_8859_9_1989,iso_ir_148,l5,latin5;" +
            "johab=cp1361,ms1361;" +
            "koi8_r=cskoi8r;" +
            "kz1048=kz_1048,rk1048,strk1048_2002;" +
            "latin_1=8859,cp819,csisolatin1,ibm819,iso8859,iso8859_1,iso_8859_1,iso_8859_1_1987,iso_ir_100,l1,latin,latin1;" +
            "mac_cyrillic=maccyrillic;" +
            "mac_greek=macgreek;" +
            "mac_iceland=maciceland;" +
            "mac_latin2=mac_centeuro,maccentraleurope,maclatin2;" +
            "mac_roman=macintosh,macroman;" +
            "mac_turkish=macturkish;" +
            "mbcs=ansi,dbcs;" +
            "ptcp154=cp154,csptcp154,cyrillic_asian,pt154;" +
            "quopri_codec=quopri,quoted_printable,quotedprintable;" +
            "rot_13=rot13;" +
            "shift_jis=csshiftjis,s_jis,shiftjis,sjis,x_mac_japanese;" +
            "shift_jis_2004=s_jis_2004,shiftjis2004,sjis_2004;" +
            "shift_jisx0213=s_jisx0213,shiftjisx0213,sjisx0213;" +
            "tis_620=iso_ir_166,tis620,tis_620_0,tis_620_2529_0,tis_620_2529_1;" +
            "utf_16=u16,utf16;" +
            "utf_16_be=unicodebigunmarked,utf_16be;" +
            "utf_16_le=unicodelittleunmarked,utf_16le;" +
            "utf_32=u32,utf32;" +
            "utf_32_be=utf_32be;" +
            "utf_32_le=utf_32le;" +
            "utf_7=u7,unicode_1_1_utf_7,utf7;" +
            "utf_8=cp65001,u8,utf,utf8,utf8_ucs2,utf8_ucs4;" +
            "uu_codec=uu;" +
            "zlib_codec=zip,zlib";
            for (String group : src.split(";")) {
                int eq = group.indexOf('=');
                String module = group.substring(0, eq);
                for (String alias : group.substring(eq + 1).split(",")) {
                    TABLE.put(alias, module);
                }
            }
            String mods = // Lib/encodings/*.py but __init__ and aliases
            "ascii base64_codec big5 big5hkscs bz2_codec charmap cp037 cp1006 cp1026 cp1125 cp1140 cp1250 cp1251 cp1252 " +
            "cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 cp273 cp424 cp437 cp500 cp720 cp737 cp775 cp850 cp852 cp855 " +
            "cp856 cp857 cp858 cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 cp875 cp932 cp949 cp950 euc_jis_2004 " +
            "euc_jisx0213 euc_jp euc_kr gb18030 gb2312 gbk hex_codec hp_roman8 hz idna iso2022_jp iso2022_jp_1 iso2022_jp_2 " +
            "iso2022_jp_2004 iso2022_jp_3 iso2022_jp_ext iso2022_kr iso8859_1 iso8859_10 iso8859_11 iso8859_13 iso8859_14 " +
            "iso8859_15 iso8859_16 iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 iso8859_8 iso8859_9 " +
            "johab koi8_r koi8_t koi8_u kz1048 latin_1 mac_arabic mac_croatian mac_cyrillic mac_farsi mac_greek mac_iceland " +
            "mac_latin2 mac_roman mac_romanian mac_turkish mbcs oem palmos ptcp154 punycode quopri_codec raw_unicode_escape " +
            "rot_13 shift_jis shift_jis_2004 shift_jisx0213 tis_620 undefined unicode_escape utf_16 utf_16_be utf_16_le " +
            "utf_32 utf_32_be utf_32_le utf_7 utf_8 utf_8_sig uu_codec zlib_codec";
            MODULES.addAll(java.util.Arrays.asList(mods.split(" ")));
        }

        private Aliases() {
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
