package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import java.util.HashMap;

import org.auditpy.runtime.ImportSystem;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyBoxed;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Recursion;
import org.auditpy.runtime.StrIndex;

/**
 * {@code _auditpy_json}: the JSON decoder and string escapers of CPython 3.11's accelerator, Modules/_json.c, under
 * auditpy's {@code _json} module (stdlib-shims' {@code _json.py}, which adds the {@code Scanner} type over
 * {@link #scan}). json's pure-Python scanner took a second or more to warm up on every 100 KB of JSON; this one
 * decodes at the speed of the C scanner from the first call, with its messages and positions.
 *
 * <ul>
 * <li>{@code scanstring(string, end, strict=True, /)}: {@code (str, index after the closing quote)}, as
 * {@code _json.scanstring}; {@code end} is the index after the opening quote.</li>
 * <li>{@code scan(string, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, /)}:
 * one JSON value at {@code idx}, {@code (value, end)}, as a {@code _json.Scanner} called with {@code (string, idx)};
 * StopIteration(idx) when no value starts there.</li>
 * <li>{@code encode_basestring_ascii(string, /)} and {@code encode_basestring(string, /)}: a str as a JSON string
 * literal, quotes included.</li>
 * </ul>
 *
 * <p>Errors: json.decoder.JSONDecodeError(msg, string, pos) with _json.c's messages ("Invalid control character at",
 * "Invalid \\escape", "Invalid \\uXXXX escape", "Unterminated string starting at", "Expecting property name enclosed
 * in double quotes", "Expecting ':' delimiter", "Expecting ',' delimiter"); RecursionError "maximum recursion depth
 * exceeded while decoding a JSON object (array) from a unicode string" past the recursion limit; TypeError "first
 * argument must be a string, not T". Positions are code point indexes, as Python's; the work is done on the
 * string's chars, and a string with astral characters has its positions converted at the edges ({@link StrIndex}).
 */
final class JsonModule {
    private JsonModule() {
    }

    static final String OBJECT_WHERE = " while decoding a JSON object from a unicode string";
    static final String ARRAY_WHERE = " while decoding a JSON array from a unicode string";

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_auditpy_json");
        PyDict ns = m.getDict();
        def(ctx, ns, "scanstring", "string, end, strict=, /", a -> {
            Decoder d = new Decoder(ctx, a[0], Fns.absent(a[2]) || PyOps.isTrue(a[2]));
            long end = Fns.toLong(a[1]);
            if (end < 0 || end > d.pyLength()) {
                throw PyErrors.valueError("end is out of bounds");
            }
            String r = d.scanString(d.toChar((int) end));
            return PyTuple.of(r, (long) d.toPy(d.next));
        });
        def(ctx, ns, "scan", "string, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, /", a -> {
            Decoder d = new Decoder(ctx, a[0], PyOps.isTrue(a[2]));
            d.objectHook = a[3];
            d.pairsHook = a[4];
            d.parseFloat = a[5];
            d.parseInt = a[6];
            d.parseConstant = a[7];
            d.memo = new HashMap<>();
            long idx = Fns.toLong(a[1]);
            if (idx < 0) {
                throw PyErrors.valueError("idx cannot be negative");
            }
            if (idx >= d.pyLength()) {
                throw PyErrors.stopIteration(idx);
            }
            Object v = d.scanOnce(d.toChar((int) idx));
            return PyTuple.of(v, (long) d.toPy(d.next));
        });
        def(ctx, ns, "encode_basestring_ascii", "string, /", a -> encode(string(a[0]), true));
        def(ctx, ns, "encode_basestring", "string, /", a -> encode(string(a[0]), false));
        Object asciiFn = ns.getStr("encode_basestring_ascii");
        Object plainFn = ns.getStr("encode_basestring");
        def(ctx, ns, "encode", "obj, markers, default, encoder, key_separator, item_separator, sort_keys, skipkeys, allow_nan, /", a -> {
            Encoder e = new Encoder(ctx, a[1] != PyNone.NONE, a[2], a[3], Fns.strArg(a[4], "make_encoder", 5), Fns.strArg(a[5], "make_encoder", 6),
                            PyOps.isTrue(a[6]), PyOps.isTrue(a[7]), PyOps.isTrue(a[8]));
            e.fastAscii = a[3] == asciiFn;
            e.fastPlain = a[3] == plainFn;
            e.encodeObj(a[0]);
            return e.sb.toString();
        });
        for (String name : new String[]{"scanstring", "encode_basestring_ascii", "encode_basestring"}) {
            // _json.py exports them: their __module__ is _json's, as CPython's
            ((PyBuiltinFunction) ns.getStr(name)).setModule("_json");
        }
        return m;
    }

    /** A str argument (a subclass gives its value), else _json.c's TypeError. */
    static String string(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof PyBoxed b && b.getValue() instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("first argument must be a string, not " + PyOps.typeName(o));
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * {@code s} as a JSON string literal (ascii_escape_unicode, or escape_unicode when not {@code ascii}). Escaping
     * each UTF-16 char gives what _json.c gives per code point: an astral character becomes its surrogate pair's two
     * {@code \\uXXXX} escapes.
     */
    static String encode(String s, boolean ascii) {
        int n = s.length();
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean plain = c >= ' ' && c != '\\' && c != '"' && (!ascii || c <= '~');
            if (plain) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n + 16);
                sb.append('"').append(s, 0, i);
            }
            sb.append('\\');
            switch (c) {
                case '\\', '"' -> sb.append(c);
                case '\b' -> sb.append('b');
                case '\f' -> sb.append('f');
                case '\n' -> sb.append('n');
                case '\r' -> sb.append('r');
                case '\t' -> sb.append('t');
                default -> sb.append('u').append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        if (sb == null) {
            return '"' + s + '"';
        }
        return sb.append('"').toString();
    }

    /**
     * One encoding by a {@code _json.Encoder} (_json.c's encoder_listencode_obj and what it calls, as CPython 3.11 runs
     * them: json uses this encoder for a one-shot {@code dumps} without indent): the JSON text of one object, built in
     * {@link #sb}.
     */
    static final class Encoder {
        static final String WHERE = " while encoding a JSON object";

        final PythonContext ctx;
        /** The containers being encoded, by identity (the markers dict's ids), or null when check_circular is off. */
        final java.util.IdentityHashMap<Object, Boolean> markers;
        final Object defaultFn;
        final Object encoder;
        final String keySeparator;
        final String itemSeparator;
        final boolean sortKeys;
        final boolean skipKeys;
        final boolean allowNan;
        /** Whether encoder is encode_basestring_ascii or encode_basestring: then it runs here without a call. */
        boolean fastAscii;
        boolean fastPlain;
        final StringBuilder sb = new StringBuilder();

        Encoder(PythonContext ctx, boolean checkCircular, Object defaultFn, Object encoder, String keySeparator, String itemSeparator, boolean sortKeys,
                        boolean skipKeys, boolean allowNan) {
            this.ctx = ctx;
            this.markers = checkCircular ? new java.util.IdentityHashMap<>() : null;
            this.defaultFn = defaultFn;
            this.encoder = encoder;
            this.keySeparator = keySeparator;
            this.itemSeparator = itemSeparator;
            this.sortKeys = sortKeys;
            this.skipKeys = skipKeys;
            this.allowNan = allowNan;
        }

        private static Object unbox(Object o) {
            return o instanceof PyBoxed b ? b.getValue() : o;
        }

        void encodeObj(Object obj) {
            Object v = unbox(obj);
            if (obj == PyNone.NONE) {
                sb.append("null");
            } else if (obj instanceof Boolean b) {
                sb.append(b ? "true" : "false");
            } else if (v instanceof String) {
                encodeString(obj);
            } else if (v instanceof Long || v instanceof java.math.BigInteger) {
                sb.append(intRepr(v));
            } else if (v instanceof Double d) {
                sb.append(floatRepr(d));
            } else if (obj instanceof PyList || obj instanceof PyTuple) {
                nested(obj, false);
            } else if (obj instanceof PyDict) {
                nested(obj, true);
            } else {
                mark(obj);
                Object replacement = PyOps.callPositional(defaultFn, obj);
                Recursion.enter(ctx, WHERE);
                try {
                    encodeObj(replacement);
                } catch (StackOverflowError e) {
                    throw Recursion.stackOverflow(WHERE);
                } finally {
                    Recursion.leave(ctx);
                }
                unmark(obj);
            }
        }

        private void nested(Object obj, boolean dict) {
            Recursion.enter(ctx, WHERE);
            try {
                if (dict) {
                    encodeDict((PyDict) obj);
                } else {
                    encodeList(obj);
                }
            } catch (StackOverflowError e) {
                throw Recursion.stackOverflow(WHERE);
            } finally {
                Recursion.leave(ctx);
            }
        }

        private void mark(Object obj) {
            if (markers != null && markers.putIfAbsent(obj, Boolean.TRUE) != null) {
                throw PyErrors.valueError("Circular reference detected");
            }
        }

        private void unmark(Object obj) {
            if (markers != null) {
                markers.remove(obj);
            }
        }

        private static String intRepr(Object v) {
            return v instanceof java.math.BigInteger b ? PyOps.bigDecimal(b) : v.toString();
        }

        /** encoder_encode_float: float's repr, or NaN/Infinity/-Infinity when allow_nan (else ValueError). */
        private String floatRepr(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) {
                    throw PyErrors.valueError("Out of range float values are not JSON compliant");
                }
                return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
            return org.auditpy.runtime.Formatting.reprDouble(d);
        }

        /** encoder_encode_string: the encoder's JSON string for a str (the Java escaper when it is one). */
        private void encodeString(Object str) {
            if (fastAscii || fastPlain) {
                sb.append(encode((String) unbox(str), fastAscii));
                return;
            }
            Object r = PyOps.callPositional(encoder, str);
            if (!(unbox(r) instanceof String s)) {
                throw PyErrors.typeError("encoder() must return a string, not " + PyOps.typeName(r));
            }
            sb.append(s);
        }

        private void encodeList(Object seq) {
            Object[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).items();
            if (items.length == 0) {
                sb.append("[]");
                return;
            }
            mark(seq);
            sb.append('[');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(itemSeparator);
                }
                encodeObj(items[i]);
            }
            unmark(seq);
            sb.append(']');
        }

        private void encodeDict(PyDict d) {
            if (d.size() == 0) {
                sb.append("{}");
                return;
            }
            mark(d);
            sb.append('{');
            Object[] items = null;
            Object[] keys = null;
            Object[] values = null;
            if (d.getPythonClass() == ctx.types().dict && !sortKeys) {
                // an exact dict's items as they are now (what PyMapping_Items' list holds)
                keys = d.keysArray();
                values = d.valuesArray();
            } else {
                // PyMapping_Items: a subclass's items(), sorted as a list of (key, value) tuples when sort_keys
                PyList list = new PyList(ctx.types().list);
                for (Object item : org.auditpy.runtime.Sequences.toArray(PyOps.callMethod(d, "items"))) {
                    list.append(item);
                }
                if (sortKeys) {
                    PyOps.callMethod(list, "sort");
                }
                items = list.toArray();
            }
            boolean first = true;
            int n = items == null ? keys.length : items.length;
            for (int i = 0; i < n; i++) {
                Object key;
                Object value;
                if (items == null) {
                    key = keys[i];
                    value = values[i];
                } else {
                    if (!(items[i] instanceof PyTuple t) || t.size() != 2) {
                        throw PyErrors.valueError("items must return tuples of 2");
                    }
                    key = t.items()[0];
                    value = t.items()[1];
                }
                Object k = unbox(key);
                Object keyStr;
                if (k instanceof String) {
                    keyStr = key;
                } else if (k instanceof Double x) {
                    keyStr = floatRepr(x);
                } else if (key instanceof Boolean b) {
                    keyStr = b ? "true" : "false";
                } else if (key == PyNone.NONE) {
                    keyStr = "null";
                } else if (k instanceof Long || k instanceof java.math.BigInteger) {
                    keyStr = intRepr(k);
                } else if (skipKeys) {
                    continue;
                } else {
                    throw PyErrors.typeError("keys must be str, int, float, bool or None, not " + PyOps.typeName(key));
                }
                if (!first) {
                    sb.append(itemSeparator);
                }
                first = false;
                encodeString(keyStr);
                sb.append(keySeparator);
                encodeObj(value);
            }
            unmark(d);
            sb.append('}');
        }
    }

    /** One decoding: the string, the scanner's settings, and the index after the last value read. */
    static final class Decoder {
        final PythonContext ctx;
        /** The argument as given (a str subclass stays one in JSONDecodeError.doc). */
        final Object original;
        final String s;
        /** Whether s has surrogate pairs: then char indexes are converted to and from Python's code point indexes. */
        final boolean astral;
        final boolean strict;
        Object objectHook = PyNone.NONE;
        Object pairsHook = PyNone.NONE;
        Object parseFloat;
        Object parseInt;
        Object parseConstant;
        /** The keys read so far, so that equal keys share one str (_json.c's memo). */
        HashMap<String, String> memo;
        /** The char index after the value or string just read (_json.c's next_idx_ptr). */
        int next;

        Decoder(PythonContext ctx, Object o, boolean strict) {
            this.ctx = ctx;
            this.original = o;
            this.s = string(o);
            this.astral = !StrIndex.isBmp(s);
            this.strict = strict;
        }

        int pyLength() {
            return astral ? StrIndex.length(s) : s.length();
        }

        int toChar(int py) {
            return astral ? StrIndex.charOffset(s, py) : py;
        }

        int toPy(int c) {
            return astral ? StrIndex.codePointIndex(s, c) : c;
        }

        /** JSONDecodeError(msg, string, pos) from json.decoder, as raise_errmsg. */
        PyException error(String msg, int charPos) {
            Object mod = ImportSystem.importModule("json.decoder", null, null, 0, true);
            Object cls = PyOps.getAttribute(mod, "JSONDecodeError");
            Object exc = PyOps.callPositional(cls, msg, original, (long) toPy(charPos));
            if (exc instanceof PyBaseException be) {
                return be.toThrowable(null);
            }
            return PyErrors.typeError("exceptions must derive from BaseException");
        }

        PyException stop(int charPos) {
            return PyErrors.stopIteration((long) toPy(charPos));
        }

        /** scanstring_unicode: the string whose opening quote is before char {@code end}; sets {@link #next}. */
        String scanString(int end) {
            String str = s;
            int len = str.length();
            int begin = end - 1;
            StringBuilder sb = null;
            while (true) {
                int next;
                char c = 0;
                for (next = end; next < len; next++) {
                    c = str.charAt(next);
                    if (c == '"' || c == '\\') {
                        break;
                    }
                    if (c <= 0x1f && strict) {
                        throw error("Invalid control character at", next);
                    }
                }
                if (next >= len) {
                    throw error("Unterminated string starting at", begin);
                }
                if (c == '"' && sb == null) {
                    this.next = next + 1;
                    return str.substring(end, next);
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(str, end, next);
                next++;
                if (c == '"') {
                    this.next = next;
                    return sb.toString();
                }
                if (next == len) {
                    throw error("Unterminated string starting at", begin);
                }
                c = str.charAt(next);
                if (c != 'u') {
                    end = next + 1;
                    switch (c) {
                        case '"', '\\', '/' -> sb.append(c);
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        default -> throw error("Invalid \\escape", end - 2);
                    }
                    continue;
                }
                next++;
                end = next + 4;
                if (end >= len) {
                    throw error("Invalid \\uXXXX escape", next - 1);
                }
                int u = hex4(next);
                if (u < 0) {
                    throw error("Invalid \\uXXXX escape", end - 5);
                }
                if (Character.isHighSurrogate((char) u) && end + 6 < len && str.charAt(end) == '\\' && str.charAt(end + 1) == 'u') {
                    int u2 = hex4(end + 2);
                    if (u2 < 0) {
                        throw error("Invalid \\uXXXX escape", end + 1);
                    }
                    if (Character.isLowSurrogate((char) u2)) {
                        sb.append((char) u).append((char) u2);
                        end += 6;
                        continue;
                    }
                }
                sb.append((char) u);
            }
        }

        /** The value of the 4 hex digits at char {@code i}, or -1 when one is not a hex digit. */
        private int hex4(int i) {
            int v = 0;
            for (int k = i; k < i + 4; k++) {
                char ch = s.charAt(k);
                int d;
                if (ch >= '0' && ch <= '9') {
                    d = ch - '0';
                } else if (ch >= 'a' && ch <= 'f') {
                    d = ch - 'a' + 10;
                } else if (ch >= 'A' && ch <= 'F') {
                    d = ch - 'A' + 10;
                } else {
                    return -1;
                }
                v = (v << 4) | d;
            }
            return v;
        }

        private static boolean isWhitespace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        private int skipWhitespace(int idx) {
            String str = s;
            int len = str.length();
            while (idx < len && isWhitespace(str.charAt(idx))) {
                idx++;
            }
            return idx;
        }

        /** scan_once_unicode: the value at char {@code idx}; sets {@link #next}. StopIteration when none starts there. */
        Object scanOnce(int idx) {
            String str = s;
            int len = str.length();
            if (idx >= len) {
                throw stop(idx);
            }
            switch (str.charAt(idx)) {
                case '"':
                    return scanString(idx + 1);
                case '{':
                    return nested(idx, true);
                case '[':
                    return nested(idx, false);
                case 'n':
                    if (str.startsWith("null", idx)) {
                        next = idx + 4;
                        return PyNone.NONE;
                    }
                    break;
                case 't':
                    if (str.startsWith("true", idx)) {
                        next = idx + 4;
                        return Boolean.TRUE;
                    }
                    break;
                case 'f':
                    if (str.startsWith("false", idx)) {
                        next = idx + 5;
                        return Boolean.FALSE;
                    }
                    break;
                case 'N':
                    if (str.startsWith("NaN", idx)) {
                        return constant("NaN", idx);
                    }
                    break;
                case 'I':
                    if (str.startsWith("Infinity", idx)) {
                        return constant("Infinity", idx);
                    }
                    break;
                case '-':
                    if (str.startsWith("-Infinity", idx)) {
                        return constant("-Infinity", idx);
                    }
                    break;
                default:
                    break;
            }
            return number(idx);
        }

        /** An object or array, counted as one level of recursion as _Py_EnterRecursiveCall does. */
        private Object nested(int idx, boolean object) {
            String where = object ? OBJECT_WHERE : ARRAY_WHERE;
            Recursion.enter(ctx, where);
            try {
                return object ? parseObject(idx + 1) : parseArray(idx + 1);
            } catch (StackOverflowError e) {
                throw Recursion.stackOverflow(where);
            } finally {
                Recursion.leave(ctx);
            }
        }

        private Object constant(String name, int idx) {
            Object v = PyOps.callPositional(parseConstant, name);
            next = idx + name.length();
            return v;
        }

        /** _parse_object_unicode: the members after the '{' before char {@code idx}. */
        private Object parseObject(int idx) {
            String str = s;
            int len = str.length();
            boolean pairs = pairsHook != PyNone.NONE;
            PyList items = pairs ? new PyList(ctx.types().list) : null;
            PyDict dict = pairs ? null : new PyDict(ctx.types().dict);
            idx = skipWhitespace(idx);
            if (idx >= len || str.charAt(idx) != '}') {
                while (true) {
                    if (idx >= len || str.charAt(idx) != '"') {
                        throw error("Expecting property name enclosed in double quotes", idx);
                    }
                    String key = scanString(idx + 1);
                    String known = memo.putIfAbsent(key, key);
                    if (known != null) {
                        key = known;
                    }
                    idx = skipWhitespace(next);
                    if (idx >= len || str.charAt(idx) != ':') {
                        throw error("Expecting ':' delimiter", idx);
                    }
                    idx = skipWhitespace(idx + 1);
                    Object value = scanOnce(idx);
                    if (pairs) {
                        items.append(PyTuple.of(key, value));
                    } else {
                        dict.setItem(key, value);
                    }
                    idx = skipWhitespace(next);
                    if (idx < len && str.charAt(idx) == '}') {
                        break;
                    }
                    if (idx >= len || str.charAt(idx) != ',') {
                        throw error("Expecting ',' delimiter", idx);
                    }
                    idx = skipWhitespace(idx + 1);
                }
            }
            next = idx + 1;
            if (pairs) {
                return PyOps.callPositional(pairsHook, items);
            }
            if (objectHook != PyNone.NONE) {
                return PyOps.callPositional(objectHook, dict);
            }
            return dict;
        }

        /** _parse_array_unicode: the items after the '[' before char {@code idx}. */
        private Object parseArray(int idx) {
            String str = s;
            int len = str.length();
            PyList list = new PyList(ctx.types().list);
            idx = skipWhitespace(idx);
            if (idx >= len || str.charAt(idx) != ']') {
                while (true) {
                    list.append(scanOnce(idx));
                    idx = skipWhitespace(next);
                    if (idx < len && str.charAt(idx) == ']') {
                        break;
                    }
                    if (idx >= len || str.charAt(idx) != ',') {
                        throw error("Expecting ',' delimiter", idx);
                    }
                    idx = skipWhitespace(idx + 1);
                }
            }
            next = idx + 1;
            return list;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** _match_number_unicode: the number at char {@code start}, or StopIteration(start) when there is none. */
        private Object number(int start) {
            String str = s;
            int last = str.length() - 1;
            int idx = start;
            if (str.charAt(idx) == '-') {
                idx++;
                if (idx > last) {
                    throw stop(start);
                }
            }
            char c = str.charAt(idx);
            if (c >= '1' && c <= '9') {
                idx++;
                while (idx <= last && isDigit(str.charAt(idx))) {
                    idx++;
                }
            } else if (c == '0') {
                idx++;
            } else {
                throw stop(start);
            }
            boolean isFloat = false;
            if (idx < last && str.charAt(idx) == '.' && isDigit(str.charAt(idx + 1))) {
                isFloat = true;
                idx += 2;
                while (idx <= last && isDigit(str.charAt(idx))) {
                    idx++;
                }
            }
            if (idx < last && (str.charAt(idx) == 'e' || str.charAt(idx) == 'E')) {
                int eStart = idx;
                idx++;
                if (idx < last && (str.charAt(idx) == '-' || str.charAt(idx) == '+')) {
                    idx++;
                }
                while (idx <= last && isDigit(str.charAt(idx))) {
                    idx++;
                }
                if (isDigit(str.charAt(idx - 1))) {
                    isFloat = true;
                } else {
                    idx = eStart;
                }
            }
            next = idx;
            String text = str.substring(start, idx);
            if (isFloat) {
                return parseFloat != ctx.types().floatType ? PyOps.callPositional(parseFloat, text) : (Object) Double.parseDouble(text);
            }
            if (parseInt != ctx.types().intType) {
                return PyOps.callPositional(parseInt, text);
            }
            // up to 18 digits fit a long; longer ones go through int(), with its digit limit
            return text.length() <= 18 ? (Object) Long.parseLong(text) : PyOps.callPositional(ctx.types().intType, text);
        }
    }
}
