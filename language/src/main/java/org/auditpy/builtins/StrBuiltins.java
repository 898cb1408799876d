package org.auditpy.builtins;

import static org.auditpy.builtins.TypeSupport.absent;
import static org.auditpy.builtins.TypeSupport.noneOrAbsent;

import java.util.List;
import java.util.Locale;

import org.auditpy.runtime.Arithmetic;
import org.auditpy.runtime.Codecs;
import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.Comparisons.Op;
import org.auditpy.runtime.FormatSpec;
import org.auditpy.runtime.Formatting;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyMemoryView;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Sequences;
import org.auditpy.runtime.StrFormat;
import org.auditpy.runtime.StringFormatting;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Methods of {@code str} (Objects/unicodeobject.c); indexes are code-point based. */
public final class StrBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StrBuiltinsFactory.getFactories();
    }

    @Override
    protected void operators(OperatorBuiltins.Table table) {
        table.richCompare(StrBuiltins::compare);
    }

    /** str.__eq__ ... str.__ge__: code point order, only against str. */
    @TruffleBoundary
    static Object compare(Object self, Object other, Op op) {
        String s = self(self, op.method);
        if (!(other instanceof String o)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return op.fromCmp(Comparisons.compareStrings(s, o));
    }

    static String self(Object o, String name) {
        if (o instanceof String s) {
            return s;
        }
        throw TypeSupport.descrError(name, "str", o);
    }

    static String strArg(Object o, String method, String arg) {
        if (o instanceof String s) {
            return s;
        } else if (o instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String s) {
            return s; // an instance of a str subclass
        }
        String a = arg.startsWith("argument") ? arg : "argument '" + arg + "'";
        throw PyErrors.typeError(method + "() " + a + " must be str, not " + PyOps.typeName(o));
    }

    static String strArg(Object o, String method, String arg, boolean shortMessage) {
        if (o instanceof String s) {
            return s;
        } else if (o instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("must be str, not " + PyOps.typeName(o));
    }

    static int cpLen(String s) {
        return org.auditpy.runtime.StrIndex.length(s);
    }

    /** The char offset of code point index {@code cp} (clamped to the end). */
    static int toChar(String s, long cp) {
        int n = cpLen(s);
        if (cp >= n) {
            return s.length();
        }
        if (n == s.length()) {
            return (int) cp;
        }
        return org.auditpy.runtime.StrIndex.charOffset(s, (int) cp);
    }

    /**
     * CPython's {@code Py_UNICODE_ISSPACE}. ASCII answers from {@code _Py_ascii_whitespace} (tab to carriage
     * return, the separators 0x1c-0x1f, space) without Java's Unicode tables, which cost most of split/strip.
     */
    static boolean isSpace(int c) {
        // small enough for C1 to inline into the loops of split and strip
        return c < 128 ? ASCII_SPACE[c] : isNonAsciiSpace(c);
    }

    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_SPACE[c] = c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
    }

    private static boolean isNonAsciiSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    static String titleCase(int cp) {
        if (cp == 0xdf) {
            return "Ss";
        }
        int t = Character.toTitleCase(cp);
        if (t == cp && Character.isLowerCase(cp)) {
            String u = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
            // SpecialCasing.txt: the title form of the ligatures (U+FB00-FB06, U+FB13-FB17, U+0587) is the upper
            // form's first letter and the rest lowered ("Fi"); of the other characters whose upper form has several
            // code points (U+0149, U+01F0, U+0390, U+1E96...) it is the whole upper form ("ʼN")
            boolean ligature = cp >= 0xfb00 && cp <= 0xfb06 || cp >= 0xfb13 && cp <= 0xfb17 || cp == 0x587;
            if (cp >= 0x1f80 && cp <= 0x1fff && u.length() > 1 && u.charAt(u.length() - 1) == '\u0399') {
                // Greek with ypogegrammeni: the title form keeps it as U+0345 where the upper form has U+0399
                return u.substring(0, u.length() - 1) + "\u0345";
            }
            if (ligature && u.codePointCount(0, u.length()) > 1) {
                return u.substring(0, Character.charCount(u.codePointAt(0))) + u.substring(Character.charCount(u.codePointAt(0))).toLowerCase(Locale.ROOT);
            }
            return u;
        }
        return new String(Character.toChars(t));
    }

    static boolean isDigitCp(int cp) {
        int t = Character.getType(cp);
        if (t == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        if (t == Character.OTHER_NUMBER) {
            int v = Character.getNumericValue(cp);
            return v >= 0 && v <= 9;
        }
        return false;
    }

    static boolean isNumericCp(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /**
     * {@code s.split()} (CPython's split_whitespace without maxsplit) for compiled code: the character scan is
     * compiled into the caller (Graal makes it several times faster than HotSpot's C1 does behind a boundary);
     * only the substrings are boundary calls ({@code String.substring}'s error path must not be partially
     * evaluated). The parts array becomes the list's storage.
     */
    static PyList splitWhitespace(String s, PyType listType) {
        int n = s.length();
        Object[] parts = new Object[8];
        int np = 0;
        int i = 0;
        while (true) {
            while (i < n && isSpaceCompiled(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int j = i + 1;
            while (j < n && !isSpaceCompiled(s.charAt(j))) {
                j++;
            }
            if (np == parts.length) {
                parts = growParts(parts);
            }
            parts[np++] = substring(s, i, j);
            i = j;
        }
        return new PyList(listType, parts, np);
    }

    /**
     * {@code s.split(sep)} of a non-empty str separator without maxsplit, for compiled code: a one-character
     * separator is searched there, a longer one with {@code String.indexOf} behind a boundary.
     */
    static PyList splitSeparator(String s, String sep, PyType listType) {
        Object[] parts = new Object[8];
        int np = 0;
        int i = 0;
        int n = s.length();
        int m = sep.length();
        char c0 = sep.charAt(0);
        while (true) {
            int j;
            if (m == 1) {
                j = i;
                while (j < n && s.charAt(j) != c0) {
                    j++;
                }
                if (j == n) {
                    j = -1;
                }
            } else {
                j = indexOf(s, sep, i);
            }
            if (np == parts.length) {
                parts = growParts(parts);
            }
            if (j < 0) {
                parts[np++] = substring(s, i, n);
                break;
            }
            parts[np++] = substring(s, i, j);
            i = j + m;
        }
        return new PyList(listType, parts, np);
    }

    /** {@link #isSpace} for compiled code: ASCII there, the rest behind a boundary. */
    static boolean isSpaceCompiled(char c) {
        return c < 128 ? ASCII_SPACE[c] : isNonAsciiSpaceBoundary(c);
    }

    @TruffleBoundary
    private static boolean isNonAsciiSpaceBoundary(char c) {
        return isNonAsciiSpace(c);
    }

    /**
     * The str of the first {@code n} of {@code latin1}, each byte a character of U+0000-U+00FF, behind a boundary:
     * the JDK only copies the bytes into the str (where {@code new String(char[])} would compress the chars and
     * {@code String.toLowerCase} or {@code String.replace} would do their scan again, all in HotSpot's C1 code), so a
     * result built in compiled code costs one copy.
     */
    @TruffleBoundary
    static String latin1(byte[] latin1, int n) {
        return new String(latin1, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** {@code s.substring(i, j)} behind a boundary (its bounds error path must not be partially evaluated). */
    @TruffleBoundary
    public static String substring(String s, int i, int j) {
        return s.substring(i, j);
    }

    @TruffleBoundary
    static int indexOf(String s, String sub, int from) {
        return s.indexOf(sub, from);
    }

    @TruffleBoundary
    private static Object[] growParts(Object[] parts) {
        return java.util.Arrays.copyOf(parts, parts.length * 2);
    }

    @TruffleBoundary
    static PyList split(String s, Object sep, Object maxsplit, boolean right) {
        long max = absent(maxsplit) ? -1 : PyOps.asIndex(maxsplit);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        int n = s.length();
        if (noneOrAbsent(sep)) {
            // the parts are collected in an array that becomes the list's storage (no append calls)
            Object[] parts = new Object[8];
            int np = 0;
            if (!right) {
                int i = 0;
                long count = 0;
                while (true) {
                    while (i < n && isSpace(s.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    int j;
                    if (count == max) {
                        j = n;
                    } else {
                        j = i + 1;
                        while (j < n && !isSpace(s.charAt(j))) {
                            j++;
                        }
                    }
                    if (np == parts.length) {
                        parts = java.util.Arrays.copyOf(parts, np * 2);
                    }
                    parts[np++] = s.substring(i, j);
                    count++;
                    i = j;
                }
            } else {
                int i = n;
                long count = 0;
                while (true) {
                    while (i > 0 && isSpace(s.charAt(i - 1))) {
                        i--;
                    }
                    if (i <= 0) {
                        break;
                    }
                    int j;
                    if (count == max) {
                        j = 0;
                    } else {
                        j = i - 1;
                        while (j > 0 && !isSpace(s.charAt(j - 1))) {
                            j--;
                        }
                    }
                    if (np == parts.length) {
                        parts = java.util.Arrays.copyOf(parts, np * 2);
                    }
                    parts[np++] = s.substring(j, i);
                    count++;
                    i = j;
                }
                for (int a = 0, b = np - 1; a < b; a++, b--) {
                    Object t = parts[a];
                    parts[a] = parts[b];
                    parts[b] = t;
                }
            }
            return new PyList(PythonContext.get(null).types().list, parts, np);
        }
        PyList out = PyList.of();
        if (!(org.auditpy.runtime.PyBoxed.unbox(sep) instanceof String sp)) {
            throw PyErrors.typeError("must be str or None, not " + PyOps.typeName(sep));
        }
        if (sp.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        if (!right) {
            int i = 0;
            long count = 0;
            while (count < max) {
                int j = s.indexOf(sp, i);
                if (j < 0) {
                    break;
                }
                out.append(s.substring(i, j));
                i = j + sp.length();
                count++;
            }
            out.append(s.substring(i));
        } else {
            java.util.ArrayList<Object> parts = new java.util.ArrayList<>();
            int end = n;
            long count = 0;
            while (count < max) {
                int j = end - sp.length() < 0 ? -1 : s.lastIndexOf(sp, end - sp.length());
                if (j < 0) {
                    break;
                }
                parts.add(s.substring(j + sp.length(), end));
                end = j;
                count++;
            }
            parts.add(s.substring(0, end));
            for (int k = parts.size() - 1; k >= 0; k--) {
                out.append(parts.get(k));
            }
        }
        return out;
    }

    @TruffleBoundary
    static String strip(String s, Object chars, boolean left, boolean right, String name) {
        String cs = null;
        if (!noneOrAbsent(chars)) {
            if (!(chars instanceof String c)) {
                throw PyErrors.typeError(name + " arg must be None or str");
            }
            cs = c;
        }
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j && (cs == null ? isSpace(s.charAt(i)) : cs.indexOf(s.charAt(i)) >= 0)) {
                i++;
            }
        }
        if (right) {
            while (j > i && (cs == null ? isSpace(s.charAt(j - 1)) : cs.indexOf(s.charAt(j - 1)) >= 0)) {
                j--;
            }
        }
        return s.substring(i, j);
    }

    @TruffleBoundary
    static String replace(String s, String old, String nw, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0 || old.equals(nw)) {
            return s;
        }
        if (!old.isEmpty() && count == Long.MAX_VALUE) {
            // every occurrence: the JDK's replace sizes the result once, and returns s itself when old is absent
            return s.replace(old, nw);
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            long c = 0;
            int i = 0;
            while (i < s.length()) {
                if (c < count) {
                    sb.append(nw);
                    c++;
                }
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (c < count) {
                sb.append(nw);
            }
            return sb.toString();
        }
        int i = 0;
        long c = 0;
        while (c < count) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(nw);
            i = j + old.length();
            c++;
        }
        sb.append(s, i, s.length());
        return sb.toString();
    }

    @TruffleBoundary
    static long find(String s, String sub, Object start, Object end, boolean rev) {
        int len = cpLen(s);
        long[] se = TypeSupport.adjust(start, end, len);
        int subLen = cpLen(sub);
        if (se[0] > len || se[1] - se[0] < subLen) {
            return -1;
        }
        int cs = toChar(s, se[0]);
        int ce = toChar(s, se[1]);
        int idx = rev ? s.lastIndexOf(sub, ce - sub.length()) : s.indexOf(sub, cs);
        if (idx < 0 || idx < cs || idx + sub.length() > ce) {
            return -1;
        }
        return len == s.length() ? idx : org.auditpy.runtime.StrIndex.codePointIndex(s, idx);
    }

    /** Whether {@code p} is at the start (or end) of {@code s[se[0]:se[1]]}; {@code len} is {@code s}'s length in code points. */
    private static boolean affix(String s, String p, long[] se, int len, boolean ends) {
        if (se[0] > len || se[1] - se[0] < cpLen(p)) {
            return false;
        }
        // compared in place: a copy of s[start:end] made a tokenizer's s.startswith(x, i) loop quadratic
        int from = toChar(s, se[0]);
        int to = toChar(s, se[1]);
        if (to - from < p.length()) {
            return false;
        }
        return s.startsWith(p, ends ? to - p.length() : from);
    }

    @TruffleBoundary
    static String pad(String s, long width, Object fillchar, String kind) {
        String fill = " ";
        if (!absent(fillchar)) {
            if (!(fillchar instanceof String f)) {
                throw PyErrors.typeError(kind + "() argument 2 must be str, not " + PyOps.typeName(fillchar));
            }
            if (cpLen(f) != 1) {
                throw PyErrors.typeError("The fill character must be exactly one character long");
            }
            fill = f;
        }
        int len = cpLen(s);
        if (width <= len) {
            return s;
        }
        if (width > Sequences.MAX_LENGTH) {
            throw PyErrors.noMemory();
        }
        int marg = (int) (width - len);
        int left;
        switch (kind) {
            case "ljust":
                left = 0;
                break;
            case "rjust":
                left = marg;
                break;
            default:
                left = marg / 2 + (marg & (int) width & 1);
                break;
        }
        return fill.repeat(left) + s + fill.repeat(marg - left);
    }

    @Builtin(name = "__new__", params = {"cls", "object=", "encoding=", "errors="}, isStatic = true)
    @GenerateNodeFactory
    abstract static class DNewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object object, Object encoding, Object errors) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(PythonContext.get().types().str)) {
                throw PyErrors.newArgError("str", cls);
            }
            if (absent(object)) {
                return "";
            }
            if (absent(encoding) && absent(errors)) {
                return PyOps.str(object);
            }
            // unicode_new: the encoding and errors arguments are converted before the object is looked at
            String enc = BytesSupport.strArg(encoding, "str", "encoding", "utf-8");
            String err = BytesSupport.strArg(errors, "str", "errors", "strict");
            // PyUnicode_FromEncodedObject: bytes, else any contiguous buffer (bytearray, a live memoryview)
            byte[] data;
            if (object instanceof PyBytes b) {
                data = b.getBytes();
            } else if (object instanceof PyMemoryView m && !m.isReleased() && m.isContiguous()) {
                data = m.toBytes();
            } else {
                if (object instanceof String) {
                    throw PyErrors.typeError("decoding str is not supported");
                }
                throw PyErrors.typeError("decoding to str: need a bytes-like object, " + PyOps.typeName(object) + " found");
            }
            return Codecs.decode(data, enc, err);
        }
    }

    @Builtin(name = "__add__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class DAddNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            String s = self(self, "__add__");
            if (!(org.auditpy.runtime.PyBoxed.unbox(other) instanceof String o)) {
                throw PyErrors.typeError("can only concatenate str (not \"" + PyOps.typeName(other) + "\") to str");
            }
            return s.concat(o);
        }
    }

    @Builtin(name = "__mul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class DMulNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            String s = self(self, "__mul__");
            return Arithmetic.repeatString(s, PyOps.repeatCount(value));
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class DRmulNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            String s = self(self, "__rmul__");
            return Arithmetic.repeatString(s, PyOps.repeatCount(value));
        }
    }

    @Builtin(name = "__mod__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class DModNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            return StringFormatting.percentFormat(self(self, "__mod__"), value);
        }
    }

    @Builtin(name = "__rmod__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class DRmodNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            self(self, "__rmod__");
            return PyNone.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class DContainsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            String s = self(self, "__contains__");
            if (!(key instanceof String k)) {
                throw PyErrors.typeError("'in <string>' requires string as left operand, not " + PyOps.typeName(key));
            }
            return s.contains(k);
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class DGetitemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            return Sequences.getItem(self(self, "__getitem__"), key);
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class DLenNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "__len__");
            return (long) org.auditpy.runtime.StrIndex.length(s);
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class DIterNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return new PyIterator.StrIterator(PythonContext.get().types().strIterator, self(self, "__iter__"));
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class DHashNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return PyOps.hashString(self(self, "__hash__"));
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class DReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return Formatting.reprString(self(self, "__repr__"));
        }
    }

    @Builtin(name = "__str__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class DStrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return self(self, "__str__");
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec", "/"})
    @GenerateNodeFactory
    abstract static class DFormatNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object format_spec) {
            return FormatSpec.format(self(self, "__format__"), strArg(format_spec, "format", "format_spec"));
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class DGetnewargsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return PyTuple.of(self(self, "__getnewargs__"));
        }
    }

    @Builtin(name = "join", params = {"self", "iterable", "/"})
    @GenerateNodeFactory
    abstract static class JoinNode extends PythonBuiltinNode {
        /** A generator or an instance of a Python class: drained at this site (see Iteration.DrainNode). */
        @Specialization(guards = "drainsAtSite(iterable)")
        static Object drained(Object self, Object iterable, @Cached org.auditpy.nodes.Iteration.DrainNode drain) {
            String sep = selfBoundary(self);
            Object[] items = drain.execute(iterable);
            return joinItems(sep, items, items.length);
        }

        static boolean drainsAtSite(Object o) {
            return org.auditpy.nodes.Iteration.DrainNode.drainsAtSite(o);
        }

        @TruffleBoundary
        static String selfBoundary(Object self) {
            return self(self, "join");
        }

        @Specialization(guards = "!drainsAtSite(iterable)")
        @TruffleBoundary
        static Object f(Object self, Object iterable) {
            String sep = self(self, "join");
            Object[] items;
            int n;
            if (iterable instanceof org.auditpy.runtime.PyList l && l.longsOrNull() == null && l.floatsOrNull() == null) {
                // a list's or a tuple's own array: no copy (nothing below runs Python code that could change it)
                items = l.rawItems();
                n = l.size();
            } else if (iterable instanceof PyTuple t) {
                items = t.items();
                n = t.size();
            } else {
                try {
                    items = PyOps.toArray(iterable);
                } catch (PyException e) {
                    if (PyOps.isException(e, "TypeError") && Sequences.getIterOrNull(iterable) == null) {
                        throw PyErrors.typeError("can only join an iterable");
                    }
                    throw e;
                }
                n = items.length;
            }
            return joinItems(sep, items, n);
        }

        /**
         * The first {@code n} of {@code items} joined by {@code sep}; TypeError for an item that is not a str,
         * OverflowError (CPython's wording) for a result longer than a Java string can be.
         */
        @TruffleBoundary
        static String joinItems(String sep, Object[] items, int n) {
            if (n == 0) {
                return "";
            }
            if (n == 1 && items[0] instanceof String only) {
                return only;
            }
            // sized once, then appended: on HotSpot's C1 code (this runs behind a boundary) 35-40% faster than
            // String.join for "".join of many short strs, as fast with a separator (bench/README.md, "First imports")
            long length = (long) sep.length() * Math.max(0, n - 1);
            for (int i = 0; i < n; i++) {
                length += item(items, i).length();
            }
            if (length > Integer.MAX_VALUE - 8) {
                throw PyErrors.raise("OverflowError", "join() result is too long for a Python string");
            }
            StringBuilder sb = new StringBuilder((int) length);
            sb.append(item(items, 0));
            if (sep.length() == 1) {
                char c = sep.charAt(0);
                for (int i = 1; i < n; i++) {
                    sb.append(c).append(item(items, i));
                }
            } else if (sep.isEmpty()) {
                for (int i = 1; i < n; i++) {
                    sb.append(item(items, i));
                }
            } else {
                for (int i = 1; i < n; i++) {
                    sb.append(sep).append(item(items, i));
                }
            }
            return sb.toString();
        }

        /** Item {@code i} of a join as a str; TypeError when it is not one. */
        private static String item(Object[] items, int i) {
            Object item = items[i];
            if (item instanceof String str) {
                return str;
            } else if (org.auditpy.runtime.PyBoxed.unbox(item) instanceof String str) {
                return str;
            }
            throw PyErrors.typeError("sequence item " + i + ": expected str instance, " + PyOps.typeName(item) + " found");
        }
    }

    @Builtin(name = "split", params = {"self", "sep=", "maxsplit="})
    @GenerateNodeFactory
    abstract static class SplitNode extends PythonBuiltinNode {
        /** {@code s.split()}: in compiled code (no boundary, the scan and the substrings compiled by Graal). */
        @Specialization(guards = {"noneOrAbsent(sep)", "absent(maxsplit)"})
        Object whitespace(String self, Object sep, Object maxsplit) {
            return splitWhitespace(self, PythonContext.get(this).types().list);
        }

        /** {@code s.split(sep)} of a str separator: in compiled code. */
        @Specialization(guards = {"!sep.isEmpty()", "absent(maxsplit)"})
        Object separator(String self, String sep, Object maxsplit) {
            return splitSeparator(self, sep, PythonContext.get(this).types().list);
        }

        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sep, Object maxsplit) {
            return StrBuiltins.split(self(self, "split"), sep, maxsplit, false);
        }
    }

    @Builtin(name = "rsplit", params = {"self", "sep=", "maxsplit="})
    @GenerateNodeFactory
    abstract static class RsplitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sep, Object maxsplit) {
            return StrBuiltins.split(self(self, "rsplit"), sep, maxsplit, true);
        }
    }

    @Builtin(name = "splitlines", params = {"self", "keepends="})
    @GenerateNodeFactory
    abstract static class SplitlinesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object keepends) {
            String s = self(self, "splitlines");
            boolean keep = TypeSupport.intFlag(keepends);
            PyList out = PyList.of();
            int n = s.length();
            int start = 0;
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (isLineBreak(c)) {
                    int eol = i + 1;
                    if (c == '\r' && eol < n && s.charAt(eol) == '\n') {
                        eol++;
                    }
                    out.append(s.substring(start, keep ? eol : i));
                    start = eol;
                    i = eol;
                } else {
                    i++;
                }
            }
            if (start < n) {
                out.append(s.substring(start));
            }
            return out;
        }
    }

    @Builtin(name = "strip", params = {"self", "chars=", "/"})
    @GenerateNodeFactory
    abstract static class StripNode extends PythonBuiltinNode {
        /** {@code s.strip()}: the whitespace scan in compiled code; a str without any is returned as is. */
        @Specialization(guards = "noneOrAbsent(chars)")
        static Object whitespace(String self, Object chars) {
            int i = 0;
            int j = self.length();
            while (i < j && isSpaceCompiled(self.charAt(i))) {
                i++;
            }
            while (j > i && isSpaceCompiled(self.charAt(j - 1))) {
                j--;
            }
            return i == 0 && j == self.length() ? self : substring(self, i, j);
        }

        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object chars) {
            return StrBuiltins.strip(self(self, "strip"), chars, true, true, "strip");
        }
    }

    @Builtin(name = "lstrip", params = {"self", "chars=", "/"})
    @GenerateNodeFactory
    abstract static class LstripNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object chars) {
            return StrBuiltins.strip(self(self, "lstrip"), chars, true, false, "lstrip");
        }
    }

    @Builtin(name = "rstrip", params = {"self", "chars=", "/"})
    @GenerateNodeFactory
    abstract static class RstripNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object chars) {
            return StrBuiltins.strip(self(self, "rstrip"), chars, false, true, "rstrip");
        }
    }

    @Builtin(name = "replace", params = {"self", "old", "new", "count=", "/"})
    @GenerateNodeFactory
    abstract static class ReplaceNode extends PythonBuiltinNode {
        /**
         * {@code s.replace(c, new)} of one character: a str without it is returned as is after a search in compiled
         * code (no boundary, no copy: {@code line.replace(".", "")} of most lines); else as below.
         */
        @Specialization(guards = {"old.length() == 1", "absent(count)"})
        static Object oneChar(String self, String old, String newValue, Object count) {
            if (newValue.equals(old)) {
                // CPython returns the str itself when nothing would change
                return self;
            }
            char c = old.charAt(0);
            // String.indexOf: the JDK's vectorized search, as CPython's memchr
            if (self.indexOf(c) < 0) {
                return self;
            }
            if (newValue.length() <= 1) {
                return replaceLatin1(self, c, newValue);
            }
            return StrBuiltins.replace(self, old, newValue, -1);
        }

        /**
         * {@code self.replace(c, newValue)} for a {@code newValue} of at most one character, where {@code self} holds
         * {@code c}: built in compiled code as Latin-1 bytes when every character is one
         * ({@code line.replace(".", "")}: 0.33 us a line of 70 characters behind a boundary, about 4.5 times
         * CPython's time), else by the JDK.
         */
        private static Object replaceLatin1(String self, char c, String newValue) {
            int n = self.length();
            boolean remove = newValue.isEmpty();
            char r = remove ? 0 : newValue.charAt(0);
            if (r >= 256) {
                return StrBuiltins.replace(self, String.valueOf(c), newValue, -1);
            }
            byte[] b = new byte[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                char ch = self.charAt(i);
                if (ch >= 256) {
                    return StrBuiltins.replace(self, String.valueOf(c), newValue, -1);
                }
                if (ch == c) {
                    if (!remove) {
                        b[k++] = (byte) r;
                    }
                } else {
                    b[k++] = (byte) ch;
                }
            }
            return latin1(b, k);
        }

        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object old, Object newValue, Object count) {
            String s = self(self, "replace");
            String o = strArg(old, "replace", "argument 1");
            String nw = strArg(newValue, "replace", "argument 2");
            long cnt = absent(count) ? -1 : PyOps.asIndex(count);
            return StrBuiltins.replace(s, o, nw, cnt);
        }
    }

    @Builtin(name = "find", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class FindNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sub, Object start, Object end) {
            String s = self(self, "find");
            long r = find(s, strArg(sub, "find", "argument 1", true), start, end, false);
            if (false && r < 0) {
                throw PyErrors.valueError("substring not found");
            }
            return r;
        }
    }

    @Builtin(name = "rfind", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class RfindNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sub, Object start, Object end) {
            String s = self(self, "rfind");
            long r = find(s, strArg(sub, "rfind", "argument 1", true), start, end, true);
            if (false && r < 0) {
                throw PyErrors.valueError("substring not found");
            }
            return r;
        }
    }

    @Builtin(name = "index", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sub, Object start, Object end) {
            String s = self(self, "index");
            long r = find(s, strArg(sub, "index", "argument 1", true), start, end, false);
            if (true && r < 0) {
                throw PyErrors.valueError("substring not found");
            }
            return r;
        }
    }

    @Builtin(name = "rindex", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class RindexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sub, Object start, Object end) {
            String s = self(self, "rindex");
            long r = find(s, strArg(sub, "rindex", "argument 1", true), start, end, true);
            if (true && r < 0) {
                throw PyErrors.valueError("substring not found");
            }
            return r;
        }
    }

    @Builtin(name = "count", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sub, Object start, Object end) {
            String s = self(self, "count");
            String sb = strArg(sub, "count", "argument 1", true);
            int len = cpLen(s);
            long[] se = TypeSupport.adjust(start, end, len);
            if (se[0] > len || se[1] < se[0]) {
                return 0L;
            }
            if (sb.isEmpty()) {
                return se[1] - se[0] + 1;
            }
            String part = s.substring(toChar(s, se[0]), toChar(s, se[1]));
            long c = 0;
            int i = 0;
            while ((i = part.indexOf(sb, i)) >= 0) {
                c++;
                i += sb.length();
            }
            return c;
        }
    }

    @Builtin(name = "startswith", params = {"self", "prefix", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class StartswithNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object prefix, Object start, Object end) {
            return tailmatch(self, prefix, start, end, false);
        }
    }

    @Builtin(name = "endswith", params = {"self", "prefix", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class EndswithNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self, Object prefix, Object start, Object end) {
            return tailmatch(self, prefix, start, end, true);
        }
    }

    /**
     * {@code s.startswith(prefix, start, end)} ({@code ends} false) and {@code s.endswith(...)}: the prefix a str or a
     * tuple of str, as CPython's unicode_startswith/unicode_endswith (Objects/unicodeobject.c). The slice bounds are
     * converted first, once, even for an empty tuple.
     */
    @TruffleBoundary
    static boolean tailmatch(Object self, Object prefix, Object start, Object end, boolean ends) {
        String method = ends ? "endswith" : "startswith";
        String s = self(self, method);
        int len = cpLen(s);
        long[] se = TypeSupport.adjust(start, end, len);
        prefix = org.auditpy.runtime.PyBoxed.unbox(prefix);
        if (prefix instanceof PyTuple t) {
            for (Object o : t.items()) {
                if (!(org.auditpy.runtime.PyBoxed.unbox(o) instanceof String p)) {
                    throw PyErrors.typeError("tuple for " + method + " must only contain str, not " + PyOps.typeName(o));
                }
                if (affix(s, p, se, len, ends)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof String p)) {
            throw PyErrors.typeError(method + " first arg must be str or a tuple of str, not " + PyOps.typeName(prefix));
        }
        return affix(s, p, se, len, ends);
    }

    @Builtin(name = "upper", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class UpperNode extends PythonBuiltinNode {
        /** A str of ASCII characters without lowercase letters is its own upper(): checked in compiled code. */
        @Specialization
        static Object str(String self) {
            int n = self.length();
            for (int i = 0; i < n; i++) {
                char c = self.charAt(i);
                if (c >= 128) {
                    return f(self);
                }
                if (c >= 'a' && c <= 'z') {
                    return upperAscii(self);
                }
            }
            return self;
        }

        /**
         * An ASCII str with lowercase letters, raised as Latin-1 bytes in compiled code (as lower's). The loop is
         * lowerAscii's with its own literal bounds on purpose: one shared loop taking the case as a parameter made
         * bench/programs/dictstr.py twice as slow (0.25 -> 0.5 s a repetition, paired runs).
         */
        private static Object upperAscii(String self) {
            int n = self.length();
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                char c = self.charAt(i);
                if (c >= 128) {
                    return f(self);
                }
                b[i] = (byte) (c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
            }
            return latin1(b, n);
        }

        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return self(self, "upper").toUpperCase(Locale.ROOT);
        }
    }

    @Builtin(name = "lower", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LowerNode extends PythonBuiltinNode {
        /**
         * A str of ASCII characters without uppercase letters is its own lower(): checked in compiled code. One of
         * ASCII characters with uppercase letters is lowered there too, as Latin-1 bytes (the JDK's
         * {@code toLowerCase}, in HotSpot's C1 code behind the boundary, took about 1.4 times CPython's time).
         */
        @Specialization
        static Object str(String self) {
            int n = self.length();
            for (int i = 0; i < n; i++) {
                char c = self.charAt(i);
                if (c >= 128) {
                    return f(self);
                }
                if (c >= 'A' && c <= 'Z') {
                    return lowerAscii(self, i);
                }
            }
            return self;
        }

        private static Object lowerAscii(String self, int first) {
            int n = self.length();
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                char c = self.charAt(i);
                if (c >= 128) {
                    return f(self);
                }
                b[i] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            return latin1(b, n);
        }

        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return self(self, "lower").toLowerCase(Locale.ROOT);
        }
    }

    @Builtin(name = "casefold", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CasefoldNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return self(self, "casefold").toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        }
    }

    @Builtin(name = "swapcase", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SwapcaseNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "swapcase");
            StringBuilder sb = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                if (Character.isUpperCase(cp)) {
                    sb.append(c.toLowerCase(Locale.ROOT));
                } else if (Character.isLowerCase(cp)) {
                    sb.append(c.toUpperCase(Locale.ROOT));
                } else {
                    sb.append(c);
                }
            });
            return sb.toString();
        }
    }

    @Builtin(name = "title", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class TitleNode extends PythonBuiltinNode {
        /**
         * An ASCII str in compiled code: a letter after a letter is lowered, any other letter raised (the cased
         * characters of ASCII are its letters); anything else behind the boundary.
         */
        @Specialization
        static Object str(String self) {
            int n = self.length();
            byte[] b = new byte[n];
            boolean prevCased = false;
            for (int i = 0; i < n; i++) {
                char c = self.charAt(i);
                if (c >= 128) {
                    return f(self);
                }
                boolean lower = c >= 'a' && c <= 'z';
                boolean upper = c >= 'A' && c <= 'Z';
                if (prevCased && upper) {
                    c += 'a' - 'A';
                } else if (!prevCased && lower) {
                    c -= 'a' - 'A';
                }
                b[i] = (byte) c;
                prevCased = lower || upper;
            }
            return latin1(b, n);
        }

        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "title");
            StringBuilder sb = new StringBuilder(s.length());
            boolean prevCased = false;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                String c = new String(Character.toChars(cp));
                if (prevCased) {
                    sb.append(c.toLowerCase(Locale.ROOT));
                } else {
                    sb.append(titleCase(cp));
                }
                prevCased = isCased(cp);
            }
            return sb.toString();
        }
    }

    @Builtin(name = "capitalize", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CapitalizeNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "capitalize");
            if (s.isEmpty()) {
                return s;
            }
            int cp = s.codePointAt(0);
            return titleCase(cp) + s.substring(Character.charCount(cp)).toLowerCase(Locale.ROOT);
        }
    }

    @Builtin(name = "isdigit", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsdigitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "isdigit");
            if (s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!(isDigitCp(cp))) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "isdecimal", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsdecimalNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "isdecimal");
            if (s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!(Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "isnumeric", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsnumericNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "isnumeric");
            if (s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!(isNumericCp(cp))) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "isalpha", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsalphaNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "isalpha");
            if (s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!(Character.isLetter(cp))) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "isalnum", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsalnumNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "isalnum");
            if (s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!(Character.isLetter(cp) || isNumericCp(cp))) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "isspace", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsspaceNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "isspace");
            if (s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!(isSpace(cp))) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "isascii", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsasciiNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "isascii");
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "isprintable", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsprintableNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "isprintable");
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!Formatting.isPrintable(cp)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "isupper", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsupperNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "isupper");
            boolean cased = false;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                    return false;
                }
                cased |= Character.isUpperCase(cp);
            }
            return cased;
        }
    }

    @Builtin(name = "islower", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IslowerNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "islower");
            boolean cased = false;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    return false;
                }
                cased |= Character.isLowerCase(cp);
            }
            return cased;
        }
    }

    @Builtin(name = "istitle", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IstitleNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "istitle");
            boolean cased = false;
            boolean prevCased = false;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    if (prevCased) {
                        return false;
                    }
                    prevCased = true;
                    cased = true;
                } else if (Character.isLowerCase(cp)) {
                    if (!prevCased) {
                        return false;
                    }
                    prevCased = true;
                    cased = true;
                } else {
                    prevCased = false;
                }
            }
            return cased;
        }
    }

    @Builtin(name = "isidentifier", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsidentifierNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            String s = self(self, "isidentifier");
            if (s.isEmpty()) {
                return false;
            }
            int first = s.codePointAt(0);
            if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
                return false;
            }
            for (int i = Character.charCount(first); i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "center", params = {"self", "width", "fillchar=", "/"})
    @GenerateNodeFactory
    abstract static class CenterNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object width, Object fillchar) {
            return pad(self(self, "center"), PyOps.asIndex(width), fillchar, "center");
        }
    }

    @Builtin(name = "ljust", params = {"self", "width", "fillchar=", "/"})
    @GenerateNodeFactory
    abstract static class LjustNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object width, Object fillchar) {
            return pad(self(self, "ljust"), PyOps.asIndex(width), fillchar, "ljust");
        }
    }

    @Builtin(name = "rjust", params = {"self", "width", "fillchar=", "/"})
    @GenerateNodeFactory
    abstract static class RjustNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object width, Object fillchar) {
            return pad(self(self, "rjust"), PyOps.asIndex(width), fillchar, "rjust");
        }
    }

    @Builtin(name = "zfill", params = {"self", "width", "/"})
    @GenerateNodeFactory
    abstract static class ZfillNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object width) {
            String s = self(self, "zfill");
            long w = PyOps.asIndex(width);
            int len = cpLen(s);
            if (w <= len) {
                return s;
            }
            if (w > Sequences.MAX_LENGTH) {
                throw PyErrors.noMemory();
            }
            String zeros = "0".repeat((int) (w - len));
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                return s.charAt(0) + zeros + s.substring(1);
            }
            return zeros + s;
        }
    }

    @Builtin(name = "partition", params = {"self", "sep", "/"})
    @GenerateNodeFactory
    abstract static class PartitionNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sep) {
            String s = self(self, "partition");
            String sp = strArg(sep, "partition", "argument", true);
            if (sp.isEmpty()) {
                throw PyErrors.valueError("empty separator");
            }
            int i = false ? s.lastIndexOf(sp) : s.indexOf(sp);
            if (i < 0) {
                return false ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
            }
            return PyTuple.of(s.substring(0, i), sp, s.substring(i + sp.length()));
        }
    }

    @Builtin(name = "rpartition", params = {"self", "sep", "/"})
    @GenerateNodeFactory
    abstract static class RpartitionNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sep) {
            String s = self(self, "rpartition");
            String sp = strArg(sep, "rpartition", "argument", true);
            if (sp.isEmpty()) {
                throw PyErrors.valueError("empty separator");
            }
            int i = true ? s.lastIndexOf(sp) : s.indexOf(sp);
            if (i < 0) {
                return true ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
            }
            return PyTuple.of(s.substring(0, i), sp, s.substring(i + sp.length()));
        }
    }

    @Builtin(name = "expandtabs", params = {"self", "tabsize="})
    @GenerateNodeFactory
    abstract static class ExpandtabsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object tabsize) {
            String s = self(self, "expandtabs");
            // tabsize is a C int (Argument Clinic's "int tabsize=8")
            long ts = absent(tabsize) ? 8 : PyOps.asCInt(tabsize);
            StringBuilder sb = new StringBuilder();
            long col = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\t') {
                    if (ts > 0) {
                        long n = ts - col % ts;
                        if (sb.length() + n > org.auditpy.runtime.Sequences.MAX_LENGTH) {
                            throw PyErrors.noMemory();
                        }
                        sb.append(" ".repeat((int) n));
                        col += n;
                    }
                } else {
                    sb.append(c);
                    col = (c == '\n' || c == '\r') ? 0 : col + 1;
                }
            }
            return sb.toString();
        }
    }

    @Builtin(name = "format", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class FormatNode extends PythonBuiltinNode {
        /**
         * A format string that is the same object at each call ({@code "{}-{:>5}".format(i, w)},
         * {@code "{a}-{b}".format(**kw)}) of literal text, positional and keyword fields: parsed once
         * ({@link StrFormat.Template}), rendered in compiled code.
         */
        @Specialization(guards = {"self == cachedFormat", "template != null"}, limit = "3")
        static Object constant(String self, org.auditpy.runtime.PyTuple args, Object kwargs,
                        @Cached("self") String cachedFormat,
                        @Cached("parseTemplate(self)") StrFormat.Template template) {
            String r = template.render(args.items(), kwargs);
            return r != null ? r : f(self, args, kwargs);
        }

        static StrFormat.Template parseTemplate(String format) {
            return StrFormat.Template.parse(format);
        }

        @Specialization(replaces = "constant")
        @TruffleBoundary
        static Object f(Object self, Object args, Object kwargs) {
            return StrFormat.format(self(self, "format"), ((PyTuple) args).items(), kwargs);
        }
    }

    @Builtin(name = "format_map", params = {"self", "mapping", "/"})
    @GenerateNodeFactory
    abstract static class FormatMapNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object mapping) {
            return StrFormat.format(self(self, "format_map"), PyTuple.EMPTY_ARRAY, mapping);
        }
    }

    @Builtin(name = "encode", params = {"self", "encoding=", "errors="})
    @GenerateNodeFactory
    abstract static class EncodeNode extends PythonBuiltinNode {
        /** {@code s.encode()} of an ASCII str: its chars are its UTF-8 bytes, copied in compiled code. */
        @Specialization(guards = {"absent(encoding)", "absent(errors)"})
        static Object ascii(String self, Object encoding, Object errors) {
            int n = self.length();
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                char c = self.charAt(i);
                if (c >= 128) {
                    return f(self, encoding, errors);
                }
                b[i] = (byte) c;
            }
            return PyBytes.of(b);
        }

        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object encoding, Object errors) {
            String s = self(self, "encode");
            String enc = BytesSupport.strArg(encoding, "encode", "encoding", "utf-8");
            String err = BytesSupport.strArg(errors, "encode", "errors", "strict");
            return PyBytes.of(Codecs.encode(s, enc, err));
        }
    }

    @Builtin(name = "maketrans", params = {"x", "y=", "z=", "/"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class MaketransNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object x, Object y, Object z) {
            PyDict d = PyDict.create();
            if (absent(y)) {
                if (!(x instanceof PyDict m)) {
                    throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
                }
                for (Object k : m.keysArray()) {
                    Object v = m.getItem(k);
                    if (k instanceof String ks) {
                        if (cpLen(ks) != 1) {
                            throw PyErrors.valueError("string keys in translate table must be of length 1");
                        }
                        d.setItem((long) ks.codePointAt(0), v);
                    } else if (PyOps.isInt(k)) {
                        d.setItem(k, v);
                    } else {
                        throw PyErrors.typeError("keys in translate table must be strings or integers");
                    }
                }
                return d;
            }
            if (!(x instanceof String xs) || !(y instanceof String ys)) {
                throw PyErrors.typeError("maketrans() argument 2 must be str, not " + PyOps.typeName(y));
            }
            // Argument Clinic converts z (a str) before the lengths are compared
            String zs = absent(z) ? null : strArg(z, "maketrans", "argument 3");
            int[] a = xs.codePoints().toArray();
            int[] b = ys.codePoints().toArray();
            if (a.length != b.length) {
                throw PyErrors.valueError("the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < a.length; i++) {
                d.setItem((long) a[i], (long) b[i]);
            }
            if (zs != null) {
                zs.codePoints().forEach(cp -> d.setItem((long) cp, PyNone.NONE));
            }
            return d;
        }
    }

    @Builtin(name = "translate", params = {"self", "table", "/"})
    @GenerateNodeFactory
    abstract static class TranslateNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object table) {
            String s = self(self, "translate");
            StringBuilder sb = new StringBuilder(s.length());
            // a dict (not a subclass, whose __missing__ or __getitem__ may answer) is probed without raising the
            // KeyError of each unmapped character: str.maketrans tables map a few characters of a long text
            PyDict exact = table instanceof PyDict d && d.getPythonClass() == PythonContext.get().types().dict ? d : null;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                Object r;
                if (exact != null) {
                    r = exact.getItem((Object) (long) cp);
                    if (r == null) {
                        sb.appendCodePoint(cp);
                        continue;
                    }
                } else {
                    try {
                        r = PyOps.getItem(table, (long) cp);
                    } catch (PyException e) {
                        if (PyOps.isException(e, "LookupError")) {
                            sb.appendCodePoint(cp);
                            continue;
                        }
                        throw e;
                    }
                }
                if (r == PyNone.NONE) {
                    continue;
                } else if (r instanceof String rs) {
                    sb.append(rs);
                } else if (PyOps.isInt(r)) {
                    long v = PyOps.asIndex(r);
                    if (v < 0 || v > 0x10ffff) {
                        throw PyErrors.valueError("character mapping must be in range(0x110000)");
                    }
                    sb.appendCodePoint((int) v);
                } else {
                    throw PyErrors.typeError("character mapping must return integer, None or str");
                }
            }
            return sb.toString();
        }
    }

    @Builtin(name = "removeprefix", params = {"self", "prefix", "/"})
    @GenerateNodeFactory
    abstract static class RemoveprefixNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object prefix) {
            String s = self(self, "removeprefix");
            String p = strArg(prefix, "removeprefix", "argument", true);
            return s.startsWith(p) ? s.substring(p.length()) : s;
        }
    }

    @Builtin(name = "removesuffix", params = {"self", "suffix", "/"})
    @GenerateNodeFactory
    abstract static class RemovesuffixNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object suffix) {
            String s = self(self, "removesuffix");
            String p = strArg(suffix, "removesuffix", "argument", true);
            return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        }
    }
}
