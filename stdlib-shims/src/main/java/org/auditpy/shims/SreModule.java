package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import java.util.Arrays;

import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyBoxed;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code _auditpy_sre}: the matching engine under auditpy's {@code re} (stdlib-shims/src/main/python/re.py), in the
 * role of CPython's {@code _sre} (Modules/_sre/sre.c) but backed by TRegex, the Truffle regular-expression language,
 * in its Python flavor: the pattern syntax, its error messages and the matching semantics (backtracking order,
 * {@code must_advance} after an empty match, {@code lastindex}) are TRegex's rendering of CPython's.
 *
 * <p>Functions (positions are Python indices, code points of a str or bytes of a bytes-like subject):
 * <ul>
 * <li>{@code compile(pattern, flags, error)} returns an engine object for a str or bytes pattern and the int flags of
 * CPython's {@code re} (I=2, L=4, M=8, S=16, U=32, X=64, A=256); raises {@code error(msg, pattern, pos)} for a syntax
 * error, ValueError for flags CPython refuses (LOCALE with a str pattern, UNICODE with bytes, ASCII with either).
 * <li>{@code info(engine)} returns {@code (groups, {name: index}, flags)}, flags as CPython's Pattern.flags (with the
 * pattern's global inline flags, and UNICODE for a str pattern that is not ASCII).
 * <li>{@code exec(engine, string, pos, endpos, method, must_advance)}, method 0 search, 1 match, 2 fullmatch:
 * None or the spans tuple {@code (start0, end0, start1, end1, ..., lastindex)} (-1 for a group that did not take
 * part; lastindex -1 for none).
 * <li>{@code findall(engine, string, pos, endpos)}, {@code split(engine, string, maxsplit)},
 * {@code subn(engine, string, repl, count)} loop in Java as pattern_findall, pattern_split and pattern_subx of
 * sre.c do; {@code repl} is a template list {@code [lit0, group1, lit1, ...]} (literals str/bytes, groups ints) or a
 * callable taking a spans tuple and returning str/bytes or None.
 * </ul>
 * A str subject must go with a str pattern and a bytes-like one with a bytes pattern, else TypeError with CPython's
 * message. Engines compile each TRegex variant (method x must_advance) once, on first use.
 */
final class SreModule {
    private SreModule() {
    }

    static final int FLAG_IGNORECASE = 2;
    static final int FLAG_LOCALE = 4;
    static final int FLAG_MULTILINE = 8;
    static final int FLAG_DOTALL = 16;
    static final int FLAG_UNICODE = 32;
    static final int FLAG_VERBOSE = 64;
    static final int FLAG_ASCII = 256;

    static final int SEARCH = 0;
    static final int MATCH = 1;
    static final int FULLMATCH = 2;
    private static final String[] METHOD_OPTION = {"search", "match", "fullmatch"};

    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    /** A compiled pattern: the TRegex regex objects of its variants, made on demand. */
    static final class Engine extends PythonObject {
        final Object source;
        final String pattern;
        final boolean binary;
        final String flagLetters;
        final Object[] variants = new Object[6];
        int groups;
        PyDict groupIndex;
        /** CPython's Pattern.flags: the flags given, the pattern's global inline flags, UNICODE for a str pattern. */
        int flags;

        Engine(PyType t, Object source, String pattern, boolean binary, String flagLetters) {
            super(t);
            this.source = source;
            this.pattern = pattern;
            this.binary = binary;
            this.flagLetters = flagLetters;
        }
    }

    /**
     * A subject string prepared for TRegex: the Java text (a str's chars, or a bytes object's bytes), the
     * TruffleString over it, and whether Python indices differ from char indices (a str with astral code points,
     * stored as surrogate pairs).
     */
    static final class Subject {
        final Object original;
        final String str;
        final byte[] bytes;
        final TruffleString ts;
        final boolean astral;
        /** Python length (code points or bytes). */
        final int length;

        Subject(Object original, String str, byte[] bytes, TruffleString ts, boolean astral, int length) {
            this.original = original;
            this.str = str;
            this.bytes = bytes;
            this.ts = ts;
            this.astral = astral;
            this.length = length;
        }

        int charLength() {
            return str != null ? str.length() : bytes.length;
        }

        /** Char index of Python index {@code i} (0..length). */
        int toChar(int i) {
            return astral ? str.offsetByCodePoints(0, i) : i;
        }

        /** Python index of char index {@code c}. */
        int toPy(int c) {
            return astral && c > 0 ? str.codePointCount(0, c) : c;
        }

        Object slice(int from, int to) {
            if (str != null) {
                return str.substring(from, to);
            }
            return PyBytes.of(Arrays.copyOfRange(bytes, from, to));
        }

        Object empty() {
            return str != null ? "" : PyBytes.of(new byte[0]);
        }
    }

    /** Per-context state: the engine type and the last subject prepared (loops match the same string again). */
    static final class State {
        final PythonContext ctx;
        final PyType engineType;
        Subject last;

        State(PythonContext ctx, PyType engineType) {
            this.ctx = ctx;
            this.engineType = engineType;
        }
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_auditpy_sre");
        PyDict ns = m.getDict();
        PyType t = new PyType(ctx.types().type, "SRE_Engine", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER,
                        false);
        t.computeMro(ctx.types().object);
        t.getDict().setStr("__module__", "_auditpy_sre");
        State st = new State(ctx, t);
        ns.setStr("SRE_Engine", t);
        def(ctx, ns, "compile", "pattern, flags, error, /", a -> compile(st, a[0], Fns.toInt(a[1]), a[2]));
        def(ctx, ns, "info", "engine, /", a -> {
            Engine e = engine(a[0]);
            return PyTuple.of((long) e.groups, e.groupIndex, (long) e.flags);
        });
        def(ctx, ns, "exec", "engine, string, pos, endpos, method, must_advance, /", a -> {
            Engine e = engine(a[0]);
            Subject s = subject(st, e, a[1]);
            int method = Fns.toInt(a[4]);
            int[] range = range(s, a[2], a[3]);
            if (range[0] > range[1]) {
                return PyNone.NONE;
            }
            Object res = exec(st, e, method, Fns.truthy(a[5]), s, range[0], range[1]);
            return res == null ? PyNone.NONE : spans(e, s, res);
        });
        def(ctx, ns, "findall", "engine, string, pos, endpos, /", a -> {
            Engine e = engine(a[0]);
            Subject s = subject(st, e, a[1]);
            int[] range = range(s, a[2], a[3]);
            return findall(st, e, s, range[0], range[1]);
        });
        def(ctx, ns, "split", "engine, string, maxsplit, /", a -> {
            Engine e = engine(a[0]);
            Subject s = subject(st, e, a[1]);
            return split(st, e, s, Fns.toLong(a[2]));
        });
        def(ctx, ns, "subn", "engine, string, repl, count, /", a -> {
            Engine e = engine(a[0]);
            Subject s = subject(st, e, a[1]);
            return subn(st, e, s, a[2], Fns.toLong(a[3]));
        });
        return m;
    }

    static Engine engine(Object o) {
        if (o instanceof Engine e) {
            return e;
        }
        throw PyErrors.typeError("expected an SRE_Engine, not " + PyOps.typeName(o));
    }

    // ---- compiling

    @TruffleBoundary
    static Engine compile(State st, Object patternObj, int flags, Object errorType) {
        String pattern;
        boolean binary;
        Object p = patternObj instanceof PyBoxed b ? b.getValue() : patternObj;
        if (p instanceof String s) {
            pattern = s;
            binary = false;
        } else if (p instanceof PyBytes b) {
            pattern = new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            binary = true;
        } else {
            throw PyErrors.typeError("first argument must be string or compiled pattern");
        }
        if (binary) {
            if ((flags & FLAG_UNICODE) != 0) {
                throw PyErrors.valueError("cannot use UNICODE flag with a bytes pattern");
            }
            if ((flags & FLAG_ASCII) != 0 && (flags & FLAG_LOCALE) != 0) {
                throw PyErrors.valueError("ASCII and LOCALE flags are incompatible");
            }
        } else {
            if ((flags & FLAG_LOCALE) != 0) {
                throw PyErrors.valueError("cannot use LOCALE flag with a str pattern");
            }
            if ((flags & FLAG_ASCII) != 0 && (flags & FLAG_UNICODE) != 0) {
                throw PyErrors.valueError("ASCII and UNICODE flags are incompatible");
            }
        }
        checkRepeatCounts(pattern);
        StringBuilder letters = new StringBuilder();
        if ((flags & FLAG_IGNORECASE) != 0) {
            letters.append('i');
        }
        if ((flags & FLAG_LOCALE) != 0) {
            letters.append('L');
        }
        if ((flags & FLAG_MULTILINE) != 0) {
            letters.append('m');
        }
        if ((flags & FLAG_DOTALL) != 0) {
            letters.append('s');
        }
        if ((flags & FLAG_UNICODE) != 0) {
            letters.append('u');
        }
        if ((flags & FLAG_VERBOSE) != 0) {
            letters.append('x');
        }
        if ((flags & FLAG_ASCII) != 0) {
            letters.append('a');
        }
        Engine e = new Engine(st.engineType, patternObj, pattern, binary, letters.toString());
        Object regex = variant(st, e, SEARCH, false, errorType);
        try {
            e.groups = INTEROP.asInt(INTEROP.readMember(regex, "groupCount")) - 1;
            e.groupIndex = PyDict.create();
            Object named = INTEROP.readMember(regex, "groups");
            if (!INTEROP.isNull(named)) {
                Object keys = INTEROP.getMembers(named);
                int n = (int) INTEROP.getArraySize(keys);
                String[] byName = new String[n];
                long[] byIndex = new long[n];
                for (int i = 0; i < n; i++) {
                    byName[i] = INTEROP.asString(INTEROP.readArrayElement(keys, i));
                    byIndex[i] = firstIndex(INTEROP.readMember(named, byName[i]));
                }
                // CPython's groupindex lists the names in the order of their groups
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (x, y) -> Long.compare(byIndex[x], byIndex[y]));
                for (int i : order) {
                    e.groupIndex.setStr(byName[i], byIndex[i]);
                }
            }
            int f = flags;
            Object tf = INTEROP.readMember(regex, "flags");
            String[] names = {"IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "ASCII"};
            int[] bits = {FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_DOTALL, FLAG_UNICODE, FLAG_VERBOSE, FLAG_ASCII};
            for (int i = 0; i < names.length; i++) {
                if (INTEROP.isMemberReadable(tf, names[i]) && INTEROP.asBoolean(INTEROP.readMember(tf, names[i]))) {
                    f |= bits[i];
                }
            }
            if (!binary && (f & FLAG_ASCII) == 0) {
                f |= FLAG_UNICODE;
            }
            e.flags = f;
        } catch (InteropException ex) {
            throw PyErrors.systemError("TRegex: " + ex.getMessage());
        }
        return e;
    }

    /**
     * OverflowError "the repetition number is too large" for a count {@code {m}}, {@code {m,n}} of 2**32-1 or more
     * (CPython's MAXREPEAT, checked by Lib/re/_parser.py), which TRegex accepts. Skips escapes and character sets.
     */
    static void checkRepeatCounts(String p) {
        if (p.indexOf('{') < 0) {
            return;
        }
        boolean inSet = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inSet) {
                inSet = c != ']';
            } else if (c == '[') {
                inSet = true;
                if (i + 1 < p.length() && p.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < p.length() && p.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '{') {
                int j = i + 1;
                while (j < p.length() && (p.charAt(j) >= '0' && p.charAt(j) <= '9' || p.charAt(j) == ',')) {
                    j++;
                }
                if (j < p.length() && p.charAt(j) == '}' && j > i + 1) {
                    for (String num : p.substring(i + 1, j).split(",")) {
                        if (!num.isEmpty() && (num.length() > 10 || Long.parseLong(num) >= 0xFFFFFFFFL)) {
                            throw PyErrors.overflowError("the repetition number is too large");
                        }
                    }
                }
            }
        }
    }

    /** A named group's index: TRegex gives an int, or an array of ints for a name used more than once. */
    static int firstIndex(Object idx) throws InteropException {
        if (INTEROP.hasArrayElements(idx)) {
            return INTEROP.asInt(INTEROP.readArrayElement(idx, 0));
        }
        return INTEROP.asInt(idx);
    }

    /** The TRegex regex of {@code method} and {@code mustAdvance}, compiled on first use. */
    static Object variant(State st, Engine e, int method, boolean mustAdvance, Object errorType) {
        int slot = method * 2 + (mustAdvance ? 1 : 0);
        Object r = e.variants[slot];
        if (r == null) {
            r = compileVariant(st, e, method, mustAdvance, errorType);
            e.variants[slot] = r;
        }
        return r;
    }

    @TruffleBoundary
    static Object compileVariant(State st, Engine e, int method, boolean mustAdvance, Object errorType) {
        String options = "Flavor=Python,Encoding=" + (e.binary ? "LATIN-1" : "UTF-16") + ",PythonMethod=" + METHOD_OPTION[method] +
                        (mustAdvance ? ",MustAdvance=true" : "");
        Source src = Source.newBuilder("regex", options + '/' + e.pattern + '/' + e.flagLetters, "re").mimeType("application/tregex").internal(true).build();
        Object regex;
        try {
            regex = st.ctx.getEnv().parseInternal(src).call();
        } catch (RuntimeException ex) {
            throw compileError(e, ex, errorType);
        }
        if (INTEROP.isNull(regex)) {
            throw PyErrors.raise("NotImplementedError", "TRegex does not support this pattern: " + e.pattern);
        }
        return regex;
    }

    static RuntimeException compileError(Engine e, RuntimeException ex, Object errorType) {
        if (ex instanceof PyException) {
            return ex;
        }
        try {
            if (INTEROP.isException(ex) && INTEROP.getExceptionType(ex) == ExceptionType.PARSE_ERROR) {
                String msg = INTEROP.asString(INTEROP.getExceptionMessage(ex));
                if (msg.startsWith("cannot use ") || msg.endsWith("flags are incompatible")) {
                    return PyErrors.valueError(msg);
                }
                if (errorType == null || errorType == PyNone.NONE) {
                    return PyErrors.raise("ValueError", msg);
                }
                if (msg.equals("look-behind requires fixed-width pattern")) {
                    // CPython's compiler (Lib/re/_compiler.py), not its parser, finds this one: no pattern, no position
                    Object exc = PyOps.callPositional(errorType, msg);
                    return exc instanceof PyBaseException be ? be.toThrowable(null) : PyErrors.typeError("re.error did not make an exception");
                }
                Object pos = PyNone.NONE;
                if (INTEROP.hasSourceLocation(ex)) {
                    SourceSection ss = INTEROP.getSourceLocation(ex);
                    int c = ss.getCharIndex();
                    pos = (long) (e.binary ? c : e.pattern.codePointCount(0, Math.min(c, e.pattern.length())));
                }
                Object exc = PyOps.callPositional(errorType, msg, e.source, pos);
                if (exc instanceof PyBaseException be) {
                    return be.toThrowable(null);
                }
                return PyErrors.typeError("re.error did not make an exception");
            }
        } catch (InteropException ie) {
            // not TRegex's: fall through
        }
        return ex;
    }

    // ---- subjects

    @TruffleBoundary
    static Subject subject(State st, Engine e, Object o) {
        Subject last = st.last;
        if (last != null && last.original == o && (last.str != null || !((PyBytes) o).isByteArray())) {
            checkKind(e, last.str != null);
            return last;
        }
        Object v = o instanceof PyBoxed b ? b.getValue() : o;
        Subject s;
        if (v instanceof String str) {
            checkKind(e, true);
            int cps = str.codePointCount(0, str.length());
            s = new Subject(o, str, null, TruffleString.fromJavaStringUncached(str, 0, str.length(), TruffleString.Encoding.UTF_16, false), cps != str.length(),
                            cps);
        } else if (v instanceof PyBytes b) {
            checkKind(e, false);
            // a bytearray may change between calls: matched on a copy, never cached by identity
            byte[] bytes = b.isByteArray() ? b.getBytes().clone() : b.getBytes();
            s = new Subject(o, null, bytes, TruffleString.fromByteArrayUncached(bytes, 0, bytes.length, TruffleString.Encoding.ISO_8859_1, false), false,
                            bytes.length);
        } else {
            throw PyErrors.typeError("expected string or bytes-like object, got '" + PyOps.typeName(o) + "'");
        }
        st.last = s;
        return s;
    }

    static void checkKind(Engine e, boolean isStr) {
        if (isStr && e.binary) {
            throw PyErrors.typeError("cannot use a bytes pattern on a string-like object");
        }
        if (!isStr && !e.binary) {
            throw PyErrors.typeError("cannot use a string pattern on a bytes-like object");
        }
    }

    /** CPython's state_init clamping of pos and endpos, as char indices. */
    static int[] range(Subject s, Object posObj, Object endObj) {
        long pos = Fns.toLong(posObj);
        long end = Fns.toLong(endObj);
        if (pos < 0) {
            pos = 0;
        } else if (pos > s.length) {
            pos = s.length;
        }
        if (end < 0) {
            end = 0;
        } else if (end > s.length) {
            end = s.length;
        }
        return new int[]{s.toChar((int) pos), s.toChar((int) end)};
    }

    // ---- matching

    /** One TRegex run: the RegexResult, or null for no match. Indices are char indices. */
    @TruffleBoundary
    static Object exec(State st, Engine e, int method, boolean mustAdvance, Subject s, int from, int to) {
        Object regex = variant(st, e, method, mustAdvance, null);
        try {
            Object res = INTEROP.invokeMember(regex, "exec", s.ts, from, to, 0, to);
            return INTEROP.asBoolean(INTEROP.readMember(res, "isMatch")) ? res : null;
        } catch (InteropException ex) {
            throw PyErrors.systemError("TRegex exec: " + ex.getMessage());
        }
    }

    static int start(Object res, int group) {
        try {
            return INTEROP.asInt(INTEROP.invokeMember(res, "getStart", group));
        } catch (InteropException ex) {
            throw PyErrors.systemError("TRegex getStart: " + ex.getMessage());
        }
    }

    static int end(Object res, int group) {
        try {
            return INTEROP.asInt(INTEROP.invokeMember(res, "getEnd", group));
        } catch (InteropException ex) {
            throw PyErrors.systemError("TRegex getEnd: " + ex.getMessage());
        }
    }

    static int lastGroup(Object res) {
        try {
            return INTEROP.asInt(INTEROP.readMember(res, "lastGroup"));
        } catch (InteropException ex) {
            throw PyErrors.systemError("TRegex lastGroup: " + ex.getMessage());
        }
    }

    /** The spans tuple of a match: Python indices of every group, then lastindex. */
    @TruffleBoundary
    static PyTuple spans(Engine e, Subject s, Object res) {
        int n = e.groups + 1;
        Object[] out = new Object[2 * n + 1];
        for (int g = 0; g < n; g++) {
            int a = start(res, g);
            int b = end(res, g);
            out[2 * g] = (long) (a < 0 ? -1 : s.toPy(a));
            out[2 * g + 1] = (long) (b < 0 ? -1 : s.toPy(b));
        }
        out[2 * n] = (long) (e.groups == 0 ? -1 : lastGroup(res));
        return PyTuple.of(out);
    }

    /** The text of group {@code g} of a match, or {@code dflt} when it did not take part. */
    static Object group(Subject s, Object res, int g, Object dflt) {
        int a = start(res, g);
        if (a < 0) {
            return dflt;
        }
        return s.slice(a, end(res, g));
    }

    /** pattern_findall of sre.c. */
    @TruffleBoundary
    static PyList findall(State st, Engine e, Subject s, int from, int to) {
        PyList out = PyList.of();
        boolean mustAdvance = false;
        int pos = from;
        Object empty = s.empty();
        while (pos <= to) {
            Object res = exec(st, e, SEARCH, mustAdvance, s, pos, to);
            if (res == null) {
                break;
            }
            int a = start(res, 0);
            int b = end(res, 0);
            if (e.groups == 0) {
                out.append(s.slice(a, b));
            } else if (e.groups == 1) {
                out.append(group(s, res, 1, empty));
            } else {
                Object[] items = new Object[e.groups];
                for (int g = 1; g <= e.groups; g++) {
                    items[g - 1] = group(s, res, g, empty);
                }
                out.append(PyTuple.of(items));
            }
            mustAdvance = a == b;
            pos = b;
        }
        return out;
    }

    /** pattern_split of sre.c. */
    @TruffleBoundary
    static PyList split(State st, Engine e, Subject s, long maxsplit) {
        PyList out = PyList.of();
        int to = s.charLength();
        int last = 0;
        int pos = 0;
        long n = 0;
        boolean mustAdvance = false;
        while (maxsplit == 0 || n < maxsplit) {
            if (pos > to) {
                break;
            }
            Object res = exec(st, e, SEARCH, mustAdvance, s, pos, to);
            if (res == null) {
                break;
            }
            int a = start(res, 0);
            int b = end(res, 0);
            out.append(s.slice(last, a));
            for (int g = 1; g <= e.groups; g++) {
                out.append(group(s, res, g, PyNone.NONE));
            }
            n++;
            mustAdvance = a == b;
            last = pos = b;
        }
        out.append(s.slice(last, to));
        return out;
    }

    /** pattern_subx of sre.c: the new string and the number of replacements. */
    @TruffleBoundary
    static PyTuple subn(State st, Engine e, Subject s, Object repl, long count) {
        Object[] template = repl instanceof PyList l ? l.toArray() : null;
        int to = s.charLength();
        StringBuilder sb = s.str != null ? new StringBuilder() : null;
        java.io.ByteArrayOutputStream bb = s.str != null ? null : new java.io.ByteArrayOutputStream();
        int last = 0;
        int pos = 0;
        long n = 0;
        // the items of the list CPython's pattern_subx joins, for the index in its TypeError
        int pieces = 0;
        boolean mustAdvance = false;
        while (count == 0 || n < count) {
            if (pos > to) {
                break;
            }
            Object res = exec(st, e, SEARCH, mustAdvance, s, pos, to);
            if (res == null) {
                break;
            }
            int a = start(res, 0);
            int b = end(res, 0);
            if (last < a) {
                append(s, sb, bb, last, a);
                pieces++;
            }
            if (template != null) {
                for (int i = 0; i < template.length; i++) {
                    Object item = template[i];
                    if ((i & 1) == 0) {
                        appendValue(sb, bb, item, pieces);
                    } else {
                        int g = (int) (long) (Long) item;
                        int ga = start(res, g);
                        if (ga >= 0) {
                            append(s, sb, bb, ga, end(res, g));
                        }
                    }
                }
                pieces++;
            } else {
                Object r = PyOps.callPositional(repl, spans(e, s, res));
                if (r != PyNone.NONE) {
                    appendValue(sb, bb, r, pieces);
                    pieces++;
                }
            }
            n++;
            mustAdvance = a == b;
            last = pos = b;
        }
        append(s, sb, bb, last, to);
        Object result;
        if (sb != null) {
            result = n == 0 && s.original instanceof String ? s.original : sb.toString();
        } else {
            result = PyBytes.of(bb.toByteArray());
        }
        return PyTuple.of(result, n);
    }

    static void append(Subject s, StringBuilder sb, java.io.ByteArrayOutputStream bb, int from, int to) {
        if (from >= to) {
            return;
        }
        if (sb != null) {
            sb.append(s.str, from, to);
        } else {
            bb.write(s.bytes, from, to - from);
        }
    }

    /** Appends a replacement (str to a str result, bytes-like to a bytes one), else the TypeError of str.join/bytes.join. */
    static void appendValue(StringBuilder sb, java.io.ByteArrayOutputStream bb, Object v, int index) {
        Object x = v instanceof PyBoxed b ? b.getValue() : v;
        if (sb != null) {
            if (!(x instanceof String str)) {
                throw PyErrors.typeError("sequence item " + index + ": expected str instance, " + PyOps.typeName(v) + " found");
            }
            sb.append(str);
        } else {
            if (!(x instanceof PyBytes pb)) {
                throw PyErrors.typeError("sequence item " + index + ": expected a bytes-like object, " + PyOps.typeName(v) + " found");
            }
            byte[] b = pb.getBytes();
            bb.write(b, 0, b.length);
        }
    }
}
