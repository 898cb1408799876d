package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import java.util.Arrays;

import org.auditpy.runtime.FrameArgs;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyBoxed;
import org.auditpy.runtime.PyBuiltinFunction;
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
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.nodes.RootNode;
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
 * <li>{@code set_warnings(pattern, flags)}: the messages of the FutureWarnings CPython's parser gives for a pattern
 * ("Possible nested set at position 1"; TRegex gives none), to be issued before compiling it.
 * <li>{@code exec(engine, string, pos, endpos, method, must_advance[, start])}, method 0 search, 1 match, 2 fullmatch,
 * from start (default pos: CPython's scanner searches on from its state->start but reports state->pos):
 * None or the spans tuple {@code (start0, end0, start1, end1, ..., lastindex, pos, endpos)} (-1 for a group that did
 * not take part; lastindex -1 for none; pos and endpos clamped to the string as CPython's state_init does).
 * <li>{@code text(string, start, end)}: {@code string[start:end]} as a str or bytes (for a bytearray too), in constant
 * time for the last subject matched (a str slice costs a scan for surrogates otherwise).
 * <li>{@code findall(engine, string, pos, endpos)}, {@code split(engine, string, maxsplit)},
 * {@code subn(engine, string, repl, count)} loop in Java as pattern_findall, pattern_split and pattern_subx of
 * sre.c do; {@code repl} is a template list {@code [lit0, group1, lit1, ...]} (literals str/bytes, groups ints) or a
 * callable taking a spans tuple and returning str/bytes or None.
 * </ul>
 * A str subject must go with a str pattern and a bytes-like one with a bytes pattern, else TypeError with CPython's
 * message. Engines compile each TRegex variant (method x must_advance) once, on first use. exec, findall, split and
 * subn are root nodes of their own ({@link SreRoot}) whose loops call TRegex through cached interop, so that compiled
 * code calls the matchers directly; the last subject string is kept with its TruffleString, so that a loop matching
 * one string from successive positions prepares it once.
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
        final boolean binary;
        /** Whether a later call with the same object may reuse this subject (not for a bytearray). */
        final boolean cacheable;

        Subject(Object original, String str, byte[] bytes, TruffleString ts, boolean astral, int length, boolean cacheable) {
            this.original = original;
            this.str = str;
            this.bytes = bytes;
            this.ts = ts;
            this.astral = astral;
            this.length = length;
            this.binary = str == null;
            this.cacheable = cacheable;
        }

        int charLength() {
            return str != null ? str.length() : bytes.length;
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
        def(ctx, ns, "set_warnings", "pattern, flags, /", a -> {
            Object p = a[0] instanceof PyBoxed b ? b.getValue() : a[0];
            boolean verbose = (Fns.toLong(a[1]) & FLAG_VERBOSE) != 0 || inlineVerbose(p);
            if (p instanceof String str) {
                return PyList.of(setWarnings(str, verbose, false).toArray());
            }
            if (p instanceof PyBytes b) {
                return PyList.of(setWarnings(new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), verbose, true).toArray());
            }
            return PyList.of();
        });
        def(ctx, ns, "info", "engine, /", a -> {
            Engine e = engine(a[0]);
            return PyTuple.of((long) e.groups, e.groupIndex, (long) e.flags);
        });
        for (String[] f : new String[][]{{"exec", "engine, string, pos, endpos, method, must_advance, start=, /"}, {"findall", "engine, string, pos, endpos, /"},
                        {"split", "engine, string, maxsplit, /"}, {"subn", "engine, string, repl, count, /"}, {"text", "string, start, end, /"}}) {
            int op = switch (f[0]) {
                case "exec" -> SreRoot.EXEC;
                case "findall" -> SreRoot.FINDALL;
                case "split" -> SreRoot.SPLIT;
                case "subn" -> SreRoot.SUBN;
                default -> SreRoot.TEXT;
            };
            PyBuiltinFunction fn = Fns.fn(ctx, f[0], false, f[1], SreRoot.create(ctx, st, op, "_auditpy_sre." + f[0]));
            fn.setModule("_auditpy_sre");
            ns.setStr(f[0], fn);
        }
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

    /**
     * The FutureWarnings of Lib/re/_parser.py's character-set parsing: "Possible nested set at position N" for a set
     * that starts with '[', "Possible set difference/intersection/symmetric difference/union at position N" for a
     * doubled '-', '&amp;', '~' or '|' inside a set. Positions are Python indices into the pattern. A scan of the
     * pattern as CPython's tokenizer sees it (escapes, sets, and in verbose mode comments); for well-formed patterns.
     */
    static java.util.List<String> setWarnings(String p, boolean verbose, boolean binary) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (p.indexOf('[') < 0) {
            return out;
        }
        int n = p.length();
        int i = 0;
        while (i < n) {
            char c = p.charAt(i++);
            if (c == '\\') {
                i++;
            } else if (verbose && c == '#') {
                while (i < n && p.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '[') {
                if (i < n && p.charAt(i) == '[') {
                    out.add("Possible nested set at position " + pyIndex(p, i, binary));
                }
                if (i < n && p.charAt(i) == '^') {
                    i++;
                }
                boolean empty = true;
                while (i < n) {
                    char t = p.charAt(i++);
                    if (t == ']' && !empty) {
                        break;
                    }
                    if (t == '\\') {
                        i = skipClassEscape(p, i);
                    } else if (!empty && "-&~|".indexOf(t) >= 0 && i < n && p.charAt(i) == t) {
                        String op = t == '-' ? "difference" : t == '&' ? "intersection" : t == '~' ? "symmetric difference" : "union";
                        out.add("Possible set " + op + " at position " + pyIndex(p, i - 1, binary));
                    }
                    empty = false;
                    if (i < n && p.charAt(i) == '-') {
                        i++;
                        if (i >= n) {
                            break;
                        }
                        char u = p.charAt(i++);
                        if (u == ']') {
                            break;
                        }
                        if (u == '\\') {
                            i = skipClassEscape(p, i);
                        } else if (u == '-') {
                            out.add("Possible set difference at position " + pyIndex(p, i - 2, binary));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether the pattern starts with global inline flags that include x ({@code (?x)}, {@code (?ix)}, ...). */
    static boolean inlineVerbose(Object p) {
        String s = p instanceof String str ? str : p instanceof PyBytes b ? new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        if (!s.startsWith("(?")) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'x') {
                return true;
            }
            if ("aiLmsu".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    /** The index after a class escape whose backslash is before {@code i} (\\xhh, \\uhhhh, \\Uhhhhhhhh, \\N{...}, octal). */
    static int skipClassEscape(String p, int i) {
        int n = p.length();
        if (i >= n) {
            return i;
        }
        char c = p.charAt(i++);
        int more = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        if (c == 'N' && i < n && p.charAt(i) == '{') {
            int close = p.indexOf('}', i);
            return close < 0 ? n : close + 1;
        }
        if (c >= '0' && c <= '7') {
            more = 2;
            while (more > 0 && i < n && p.charAt(i) >= '0' && p.charAt(i) <= '7') {
                i++;
                more--;
            }
            return i;
        }
        return Math.min(n, i + more);
    }

    static int pyIndex(String p, int charIndex, boolean binary) {
        return binary ? charIndex : org.auditpy.runtime.StrIndex.codePointIndex(p, charIndex);
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
        if (!INTEROP.isException(ex)) {
            // a Java exception out of TRegex's compiler is a bug, reported as CPython reports interpreter bugs
            // (guest exceptions, cancellation and interrupts included, propagate as they are)
            return PyErrors.systemError("TRegex failed to compile " + PyOps.repr(e.source) + ": " + ex);
        }
        return ex;
    }

    // ---- subjects

    /**
     * The subject {@code o} for engine {@code e} (null: any kind): the last one prepared when it is the same object,
     * else a new one.
     */
    static Subject subject(State st, Engine e, Object o) {
        Subject last = st.last;
        if (last != null && last.original == o && last.cacheable) {
            if (e != null && last.binary != e.binary) {
                throw kindError(e);
            }
            return last;
        }
        return prepare(st, e, o);
    }

    @TruffleBoundary
    static Subject prepare(State st, Engine e, Object o) {
        Object v = o instanceof PyBoxed b ? b.getValue() : o;
        Subject s;
        if (v instanceof String str) {
            if (e != null && e.binary) {
                throw kindError(e);
            }
            int cps = org.auditpy.runtime.StrIndex.length(str);
            s = new Subject(o, str, null, TruffleString.fromJavaStringUncached(str, 0, str.length(), TruffleString.Encoding.UTF_16, false),
                            cps != str.length(), cps, true);
        } else if (v instanceof PyBytes b) {
            if (e != null && !e.binary) {
                throw kindError(e);
            }
            // a bytearray may change between calls: matched on a copy, never reused by identity
            boolean mutable = b.isByteArray();
            byte[] bytes = mutable ? b.getBytes().clone() : b.getBytes();
            s = new Subject(o, null, bytes, TruffleString.fromByteArrayUncached(bytes, 0, bytes.length, TruffleString.Encoding.ISO_8859_1, false), false,
                            bytes.length, !mutable);
        } else {
            throw PyErrors.typeError("expected string or bytes-like object, got '" + PyOps.typeName(o) + "'");
        }
        st.last = s;
        return s;
    }

    @TruffleBoundary
    static PyException kindError(Engine e) {
        return PyErrors.typeError(e.binary ? "cannot use a bytes pattern on a string-like object" : "cannot use a string pattern on a bytes-like object");
    }

    /** An int argument (pos, endpos, count, maxsplit). */
    static long index(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        return indexSlow(o);
    }

    @TruffleBoundary
    static long indexSlow(Object o) {
        return Fns.toLong(o);
    }

    /** CPython's state_init clamping of a position to 0..len. */
    static int clamp(Subject s, long i) {
        return i < 0 ? 0 : i > s.length ? s.length : (int) i;
    }

    @TruffleBoundary
    static int toCharSlow(Subject s, int i) {
        return org.auditpy.runtime.StrIndex.charOffset(s.str, i);
    }

    @TruffleBoundary
    static int toPySlow(Subject s, int c) {
        return org.auditpy.runtime.StrIndex.codePointIndex(s.str, c);
    }

    static int toChar(Subject s, int i) {
        return s.astral ? toCharSlow(s, i) : i;
    }

    static int toPy(Subject s, int c) {
        return s.astral && c > 0 ? toPySlow(s, c) : c;
    }

    @TruffleBoundary
    static Object slice(Subject s, int from, int to) {
        if (s.str != null) {
            return s.str.substring(from, to);
        }
        return PyBytes.of(Arrays.copyOfRange(s.bytes, from, to));
    }

    /** The TRegex regex of {@code method} and {@code mustAdvance} (compiled on first use). */
    static Object variant(State st, Engine e, int method, boolean mustAdvance) {
        Object r = e.variants[method * 2 + (mustAdvance ? 1 : 0)];
        if (r == null) {
            r = variantSlow(st, e, method, mustAdvance);
        }
        return r;
    }

    @TruffleBoundary
    static Object variantSlow(State st, Engine e, int method, boolean mustAdvance) {
        return variant(st, e, method, mustAdvance, null);
    }

    // ---- matching

    /**
     * The TRegex calls of one call site, through cached interop libraries: in compiled code the regex's matcher is
     * called directly (TRegex's InvokeCacheNode keeps a direct call per matcher it has seen) and the result's
     * members fold to field reads.
     */
    static final class Matcher extends Node {
        @Child private InteropLibrary regexes = InteropLibrary.getFactory().createDispatched(2);
        @Child private InteropLibrary results = InteropLibrary.getFactory().createDispatched(2);
        /**
         * The ints and booleans the results' members answer: a library of their own, as results' would see three
         * receiver classes (the result, Integer, Boolean), go past its limit and dispatch every call uncached.
         */
        @Child private InteropLibrary values = InteropLibrary.getFactory().createDispatched(2);

        /** One run of {@code regex} over chars {@code from..to} of the subject: TRegex's result, or null. */
        Object exec(Object regex, Subject s, int from, int to) {
            try {
                Object res = regexes.invokeMember(regex, "exec", s.ts, from, to, 0, to);
                return values.asBoolean(results.readMember(res, "isMatch")) ? res : null;
            } catch (InteropException ex) {
                throw interopError(ex);
            }
        }

        int start(Object res, int group) {
            try {
                return values.asInt(results.invokeMember(res, "getStart", group));
            } catch (InteropException ex) {
                throw interopError(ex);
            }
        }

        int end(Object res, int group) {
            try {
                return values.asInt(results.invokeMember(res, "getEnd", group));
            } catch (InteropException ex) {
                throw interopError(ex);
            }
        }

        int lastGroup(Object res) {
            try {
                return values.asInt(results.readMember(res, "lastGroup"));
            } catch (InteropException ex) {
                throw interopError(ex);
            }
        }

        /** The text of group {@code g}, or {@code dflt} when it did not take part. */
        Object group(Subject s, Object res, int g, Object dflt) {
            int a = start(res, g);
            return a < 0 ? dflt : slice(s, a, end(res, g));
        }

        /** The spans tuple: Python indices of every group (-1 when unmatched), lastindex (-1: none), pos, endpos. */
        PyTuple spans(Engine e, Subject s, Object res, int pos, int endpos) {
            int n = e.groups + 1;
            Object[] out = new Object[2 * n + 3];
            for (int g = 0; g < n; g++) {
                int a = start(res, g);
                int b = end(res, g);
                out[2 * g] = (long) (a < 0 ? -1 : toPy(s, a));
                out[2 * g + 1] = (long) (b < 0 ? -1 : toPy(s, b));
            }
            out[2 * n] = (long) (e.groups == 0 ? -1 : lastGroup(res));
            out[2 * n + 1] = (long) pos;
            out[2 * n + 2] = (long) endpos;
            return PyTuple.of(out);
        }
    }

    @TruffleBoundary
    static PyException interopError(InteropException ex) {
        return PyErrors.systemError("TRegex: " + ex.getMessage());
    }

    /** The result being built by subn: a str or bytes, with CPython's join errors for replacements of the wrong type. */
    static final class Out {
        final StringBuilder sb;
        final java.io.ByteArrayOutputStream bb;

        Out(Subject s) {
            sb = s.str != null ? new StringBuilder() : null;
            bb = s.str != null ? null : new java.io.ByteArrayOutputStream();
        }

        @TruffleBoundary
        void appendSlice(Subject s, int from, int to) {
            if (from >= to) {
                return;
            }
            if (sb != null) {
                sb.append(s.str, from, to);
            } else {
                bb.write(s.bytes, from, to - from);
            }
        }

        /** Appends a replacement (str to a str result, bytes-like to a bytes one), else str.join's/bytes.join's TypeError. */
        @TruffleBoundary
        void appendValue(Object v, int index) {
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

        @TruffleBoundary
        Object result(Subject s, long n) {
            if (sb != null) {
                return n == 0 && s.original instanceof String ? s.original : sb.toString();
            }
            return PyBytes.of(bb.toByteArray());
        }
    }

    @TruffleBoundary
    static Object[] templateItems(Object repl) {
        return repl instanceof PyList l ? l.toArray() : null;
    }

    @TruffleBoundary
    static Object callRepl(Object repl, PyTuple spans) {
        return PyOps.callPositional(repl, spans);
    }

    /**
     * The state of one findall, split or subn loop (CPython's SRE_STATE plus the result being built): kept in a
     * frame slot, so that the loop can be compiled by on-stack replacement while it runs.
     */
    static final class Loop {
        final Engine e;
        final Subject s;
        /** Search position and end, char indices. */
        int pos;
        final int to;
        /** End of the previous match (split, subn). */
        int last;
        boolean mustAdvance;
        long n;
        /** maxsplit or count; 0: no limit. */
        final long limit;
        PyList list;
        Out out;
        Object[] template;
        Object repl;
        Object empty;
        /** subn: the items of the list CPython's pattern_subx joins, for the index in its TypeError. */
        int pieces;

        Loop(Engine e, Subject s, int pos, int to, long limit) {
            this.e = e;
            this.s = s;
            this.pos = pos;
            this.to = to;
            this.limit = limit;
        }
    }

    /** One match of a findall, split or subn loop (pattern_findall, pattern_split, pattern_subx of sre.c). */
    static final class MatchStep extends Node implements RepeatingNode {
        private final State st;
        private final int op;
        private final int slot;
        @Child private Matcher m = new Matcher();

        MatchStep(State st, int op, int slot) {
            this.st = st;
            this.op = op;
            this.slot = slot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Loop l = (Loop) frame.getObject(slot);
            if (l.pos > l.to || (l.limit != 0 && l.n >= l.limit)) {
                return false;
            }
            Engine e = l.e;
            Subject s = l.s;
            Object res = m.exec(variant(st, e, SEARCH, l.mustAdvance), s, l.pos, l.to);
            if (res == null) {
                return false;
            }
            int a = m.start(res, 0);
            int b = m.end(res, 0);
            if (op == SreRoot.FINDALL) {
                if (e.groups == 0) {
                    l.list.append(slice(s, a, b));
                } else if (e.groups == 1) {
                    l.list.append(m.group(s, res, 1, l.empty));
                } else {
                    Object[] items = new Object[e.groups];
                    for (int g = 1; g <= e.groups; g++) {
                        items[g - 1] = m.group(s, res, g, l.empty);
                    }
                    l.list.append(PyTuple.of(items));
                }
            } else if (op == SreRoot.SPLIT) {
                l.list.append(slice(s, l.last, a));
                for (int g = 1; g <= e.groups; g++) {
                    l.list.append(m.group(s, res, g, PyNone.NONE));
                }
            } else {
                substitute(l, res, a);
            }
            l.n++;
            l.mustAdvance = a == b;
            l.pos = b;
            l.last = b;
            return true;
        }

        private void substitute(Loop l, Object res, int a) {
            Subject s = l.s;
            Out out = l.out;
            if (l.last < a) {
                out.appendSlice(s, l.last, a);
                l.pieces++;
            }
            Object[] template = l.template;
            if (template != null) {
                for (int i = 0; i < template.length; i++) {
                    Object item = template[i];
                    if ((i & 1) == 0) {
                        out.appendValue(item, l.pieces);
                    } else {
                        int g = (int) index(item);
                        int ga = m.start(res, g);
                        if (ga >= 0) {
                            out.appendSlice(s, ga, m.end(res, g));
                        }
                    }
                }
                l.pieces++;
            } else {
                Object r = callRepl(l.repl, m.spans(l.e, s, res, 0, s.length));
                if (r != PyNone.NONE) {
                    out.appendValue(r, l.pieces);
                    l.pieces++;
                }
            }
        }
    }

    /**
     * exec, findall, split, subn and text as root nodes of their own: argument conversion behind boundaries, the
     * TRegex calls through the cached interop of a {@link Matcher}; the loops of findall, split and subn are Truffle
     * loop nodes ({@link MatchStep}), compiled by on-stack replacement when one call runs long.
     */
    static final class SreRoot extends RootNode {
        static final int EXEC = 0;
        static final int FINDALL = 1;
        static final int SPLIT = 2;
        static final int SUBN = 3;
        static final int TEXT = 4;

        private final State st;
        private final int op;
        private final String name;
        private final int slot;
        @Child private Matcher m = new Matcher();
        @Child private LoopNode loop;

        SreRoot(PythonContext ctx, State st, int op, String name, FrameDescriptor fd, int slot) {
            super(ctx.getLanguage(), fd);
            this.st = st;
            this.op = op;
            this.name = name;
            this.slot = slot;
            if (op == FINDALL || op == SPLIT || op == SUBN) {
                this.loop = Truffle.getRuntime().createLoopNode(new MatchStep(st, op, slot));
            }
        }

        static SreRoot create(PythonContext ctx, State st, int op, String name) {
            FrameDescriptor.Builder b = FrameDescriptor.newBuilder();
            int slot = b.addSlot(FrameSlotKind.Object, "loop", null);
            return new SreRoot(ctx, st, op, name, b.build(), slot);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] a = frame.getArguments();
            int u = FrameArgs.USER;
            if (op == TEXT) {
                Subject s = subject(st, null, a[u]);
                return slice(s, toChar(s, clamp(s, index(a[u + 1]))), toChar(s, clamp(s, index(a[u + 2]))));
            }
            Engine e = engine(a[u]);
            Subject s = subject(st, e, a[u + 1]);
            switch (op) {
                case EXEC: {
                    int pos = clamp(s, index(a[u + 2]));
                    int start = a[u + 6] == PyNone.NO_VALUE ? pos : Math.max(pos, clamp(s, index(a[u + 6])));
                    return exec(e, s, pos, start, clamp(s, index(a[u + 3])), (int) index(a[u + 4]), a[u + 5] == Boolean.TRUE);
                }
                case FINDALL: {
                    Loop l = new Loop(e, s, toChar(s, clamp(s, index(a[u + 2]))), toChar(s, clamp(s, index(a[u + 3]))), 0);
                    l.list = PyList.of();
                    l.empty = s.str != null ? "" : PyBytes.of(new byte[0]);
                    run(frame, l);
                    return l.list;
                }
                case SPLIT: {
                    Loop l = new Loop(e, s, 0, s.charLength(), index(a[u + 2]));
                    if (l.limit < 0) {
                        // sre.c: while (!maxsplit || n < maxsplit): a negative maxsplit splits nothing
                        l.pos = l.to + 1;
                    }
                    l.list = PyList.of();
                    run(frame, l);
                    l.list.append(slice(s, l.last, l.to));
                    return l.list;
                }
                default: {
                    Loop l = new Loop(e, s, 0, s.charLength(), index(a[u + 3]));
                    if (l.limit < 0) {
                        l.pos = l.to + 1;
                    }
                    l.repl = a[u + 2];
                    l.template = templateItems(l.repl);
                    l.out = new Out(s);
                    run(frame, l);
                    l.out.appendSlice(s, l.last, l.to);
                    return PyTuple.of(l.out.result(s, l.n), l.n);
                }
            }
        }

        private void run(VirtualFrame frame, Loop l) {
            frame.setObject(slot, l);
            loop.execute(frame);
        }

        /** One search, match or fullmatch from {@code start} (at least pos), reporting pos as the match's pos. */
        private Object exec(Engine e, Subject s, int pos, int start, int endpos, int method, boolean mustAdvance) {
            if (start > endpos || method < 0 || method > FULLMATCH) {
                return PyNone.NONE;
            }
            Object res = m.exec(variant(st, e, method, mustAdvance), s, toChar(s, start), toChar(s, endpos));
            return res == null ? PyNone.NONE : m.spans(e, s, res, pos, endpos);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isInternal() {
            return true;
        }
    }
}
