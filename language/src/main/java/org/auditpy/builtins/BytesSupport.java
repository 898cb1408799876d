package org.auditpy.builtins;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import org.auditpy.runtime.Codecs;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyMemoryView;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Sequences;
import org.auditpy.runtime.StringFormatting;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Shared algorithms of {@code bytes} and {@code bytearray} (Objects/bytesobject.c, bytearrayobject.c, bytes_methods.c). */
final class BytesSupport {
    private BytesSupport() {
    }

    static PyType bytesType() {
        return PythonContext.get().types().bytes;
    }

    static PyType byteArrayType() {
        return PythonContext.get().types().bytearray;
    }

    /** "bytes" or "bytearray" (the builtin base of self). */
    static String kind(PyBytes b) {
        return b.isByteArray() ? "bytearray" : "bytes";
    }

    /** A new object of self's builtin base type (bytes or bytearray, never a subclass). */
    static PyBytes like(PyBytes self, byte[] r) {
        return new PyBytes(self.isByteArray() ? byteArrayType() : bytesType(), r);
    }

    static PyBytes self(Object o, String method, boolean byteArray) {
        if (o instanceof PyBytes b && (!byteArray || b.isByteArray())) {
            return b;
        }
        throw TypeSupport.descrError(method, byteArray ? "bytearray" : "bytes", o);
    }

    /** The content of a bytes-like object, or null. */
    static byte[] bytesLike(Object o) {
        if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        return o instanceof PyBytes b ? b.getBytes() : null;
    }

    /** The content of a bytes-like argument; "a bytes-like object is required, not 'str'" otherwise. */
    @TruffleBoundary
    static byte[] requireBytesLike(Object o) {
        byte[] b = bytesLike(o);
        if (b == null) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(o) + "'");
        }
        return b;
    }

    /** A byte value from an int (bytearray's _getbytevalue): "byte must be in range(0, 256)". */
    @TruffleBoundary
    static byte byteValue(Object o) {
        long v;
        if (o instanceof BigInteger) {
            v = -1;
        } else if (!PyOps.isInt(o) && PyOps.typeOf(o).lookup("__index__") == null) {
            throw PyErrors.typeError("'" + PyOps.typeName(o) + "' object cannot be interpreted as an integer");
        } else {
            Object idx = PyOps.isInt(o) ? o : PyOps.callSpecial(o, "__index__");
            v = idx instanceof BigInteger ? -1 : PyOps.asIndex(idx);
        }
        if (v < 0 || v >= 256) {
            throw PyErrors.valueError("byte must be in range(0, 256)");
        }
        return (byte) v;
    }

    /** Bytes from an iterable of ints; {@code what} is "bytes" or "bytearray". */
    @TruffleBoundary
    static byte[] fromIterable(Object x, String what) {
        Object it = Sequences.getIterOrNull(x);
        if (it == null) {
            throw PyErrors.typeError("cannot convert '" + PyOps.typeName(x) + "' object to " + what);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object o;
        while ((o = Sequences.next(it)) != null) {
            if (what.equals("bytes")) {
                long v;
                if (o instanceof BigInteger bi) {
                    v = bi.signum() < 0 ? -1 : 256;
                } else {
                    v = PyOps.asIndex(o instanceof BigInteger ? 0L : o);
                }
                if (v < 0 || v >= 256) {
                    throw PyErrors.valueError("bytes must be in range(0, 256)");
                }
                out.write((int) v);
            } else {
                out.write(byteValue(o));
            }
        }
        return out.toByteArray();
    }

    /**
     * Encoding/errors arguments of bytes()/bytearray()/decode()/str()/encode(): a str without NUL characters
     * (Argument Clinic's {@code str} converter: TypeError for another type, ValueError "embedded null character").
     */
    static String strArg(Object o, String func, String name, String dflt) {
        if (TypeSupport.absent(o)) {
            return dflt;
        }
        String s = o instanceof String str ? str : o instanceof org.auditpy.runtime.PyBoxed b && b.getValue() instanceof String bs ? bs : null;
        if (s == null) {
            throw PyErrors.typeError(func + "() argument '" + name + "' must be str, not " + PyOps.typeName(o));
        }
        if (s.indexOf('\0') >= 0) {
            throw PyErrors.valueError("embedded null character");
        }
        return s;
    }

    /**
     * A copy of what {@code x.__bytes__()} returns, or null when its type has no {@code __bytes__} (PyObject_Bytes's
     * first step); TypeError when it returns anything but bytes.
     */
    @TruffleBoundary
    static byte[] viaDunderBytes(Object x) {
        Object m = PyOps.typeOf(x).lookup("__bytes__");
        if (m == null) {
            return null;
        }
        Object r = PyOps.callDescriptor(m, x);
        if (!(r instanceof PyBytes rb) || rb.isByteArray()) {
            throw PyErrors.typeError("__bytes__ returned non-bytes (type " + PyOps.typeName(r) + ")");
        }
        return rb.getBytes().clone();
    }

    /** bytes(x, encoding, errors) (bytes_new_impl). */
    @TruffleBoundary
    static byte[] newBytes(Object x, Object encoding, Object errors) {
        String enc = strArg(encoding, "bytes", "encoding", null);
        String err = strArg(errors, "bytes", "errors", null);
        if (TypeSupport.absent(x)) {
            if (enc != null || err != null) {
                throw PyErrors.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (enc != null) {
            if (!(x instanceof String s)) {
                throw PyErrors.typeError("encoding without a string argument");
            }
            return Codecs.encode(s, enc, err == null ? "strict" : err);
        }
        if (err != null) {
            throw PyErrors.typeError(x instanceof String ? "string argument without an encoding" : "errors without a string argument");
        }
        if (!(x instanceof String)) {
            byte[] viaDunder = viaDunderBytes(x);
            if (viaDunder != null) {
                return viaDunder;
            }
        } else {
            throw PyErrors.typeError("string argument without an encoding");
        }
        if (PyOps.isInt(x) || PyOps.typeOf(x).lookup("__index__") != null) {
            long n;
            if (x instanceof BigInteger) {
                throw PyErrors.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
            }
            n = PyOps.asIndex(x);
            if (n < 0) {
                throw PyErrors.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw PyErrors.noMemory();
            }
            return new byte[(int) n];
        }
        byte[] b = bytesLike(x);
        if (b != null) {
            return b.clone();
        }
        return fromIterable(x, "bytes");
    }

    /** bytearray.__init__(source, encoding, errors). */
    @TruffleBoundary
    static byte[] newByteArray(Object x, Object encoding, Object errors) {
        String enc = strArg(encoding, "bytearray", "encoding", null);
        String err = strArg(errors, "bytearray", "errors", null);
        if (TypeSupport.absent(x)) {
            if (enc != null || err != null) {
                throw PyErrors.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (x instanceof String s) {
            if (enc == null) {
                throw PyErrors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, enc, err == null ? "strict" : err);
        }
        if (enc != null || err != null) {
            throw PyErrors.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
        }
        if (PyOps.isInt(x) || PyOps.typeOf(x).lookup("__index__") != null) {
            if (x instanceof BigInteger) {
                throw PyErrors.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
            }
            long n = PyOps.asIndex(x);
            if (n < 0) {
                throw PyErrors.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw PyErrors.noMemory();
            }
            return new byte[(int) n];
        }
        byte[] b = bytesLike(x);
        if (b != null) {
            return b.clone();
        }
        return fromIterable(x, "bytearray");
    }

    // ------------------------------------------------------------------------------------------ repr

    @TruffleBoundary
    static String repr(PyBytes self) {
        byte[] b = self.getBytes();
        boolean sq = false;
        boolean dq = false;
        for (byte x : b) {
            if (x == '\'') {
                sq = true;
            } else if (x == '"') {
                dq = true;
            }
        }
        char quote = sq && !dq ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        if (self.isByteArray()) {
            sb.append(self.getPythonClass().getName()).append('(');
        }
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '\'' && self.isByteArray()) {
                sb.append("\\'");
            } else {
                org.auditpy.runtime.Formatting.appendReprByte(sb, c, quote);
            }
        }
        sb.append(quote);
        if (self.isByteArray()) {
            sb.append(')');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------ searching

    static int indexOf(byte[] h, byte[] n, int from, int to) {
        if (n.length == 0) {
            return from <= to ? from : -1;
        }
        outer:
        for (int i = from; i + n.length <= to; i++) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] h, byte[] n, int from, int to) {
        if (n.length == 0) {
            return from <= to ? to : -1;
        }
        outer:
        for (int i = to - n.length; i >= from; i--) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The needle of find/index/count: bytes-like or an int in range(256). */
    @TruffleBoundary
    static byte[] needle(Object sub) {
        byte[] b = bytesLike(sub);
        if (b != null) {
            return b;
        }
        if (PyOps.isInt(sub) || PyOps.typeOf(sub).lookup("__index__") != null) {
            return new byte[]{byteValue(sub)};
        }
        throw PyErrors.typeError("argument should be integer or bytes-like object, not '" + PyOps.typeName(sub) + "'");
    }

    /** find/rfind: index or -1. */
    @TruffleBoundary
    static long find(PyBytes self, Object sub, Object start, Object end, boolean reverse) {
        // the slice bounds are converted before the needle is looked at (stringlib's parse_args_finds_byte)
        byte[] h = self.getBytes();
        long[] se = TypeSupport.adjust(start, end, h.length);
        byte[] n = needle(sub);
        if (se[0] > h.length || se[0] > se[1]) {
            return -1;
        }
        return reverse ? lastIndexOf(h, n, (int) se[0], (int) se[1]) : indexOf(h, n, (int) se[0], (int) se[1]);
    }

    @TruffleBoundary
    static long count(PyBytes self, Object sub, Object start, Object end) {
        // the slice bounds are converted before the needle is looked at (stringlib's parse_args_finds_byte)
        byte[] h = self.getBytes();
        long[] se = TypeSupport.adjust(start, end, h.length);
        byte[] n = needle(sub);
        if (se[0] > h.length || se[0] > se[1]) {
            return 0;
        }
        if (n.length == 0) {
            return se[1] - se[0] + 1;
        }
        long c = 0;
        int i = (int) se[0];
        while ((i = indexOf(h, n, i, (int) se[1])) >= 0) {
            c++;
            i += n.length;
        }
        return c;
    }

    @TruffleBoundary
    static boolean startsEnds(PyBytes self, Object prefix, Object start, Object end, boolean ends, String method) {
        byte[] h = self.getBytes();
        // the slice bounds are converted first, once (_Py_bytes_tailmatch: even for an empty tuple)
        long[] se = TypeSupport.adjust(start, end, h.length);
        if (prefix instanceof PyTuple t) {
            for (Object p : t.items()) {
                byte[] pb = bytesLike(p);
                if (pb == null) {
                    throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(p) + "'");
                }
                if (matchAt(h, pb, se, ends)) {
                    return true;
                }
            }
            return false;
        }
        byte[] pb = bytesLike(prefix);
        if (pb == null) {
            throw PyErrors.typeError(method + " first arg must be bytes or a tuple of bytes, not " + PyOps.typeName(prefix));
        }
        return matchAt(h, pb, se, ends);
    }

    private static boolean matchAt(byte[] h, byte[] p, long[] se, boolean ends) {
        long s = se[0];
        long e = se[1];
        if (s > h.length) {
            return false;
        }
        if (e - s < p.length) {
            return false;
        }
        int at = (int) (ends ? e - p.length : s);
        for (int j = 0; j < p.length; j++) {
            if (h[at + j] != p[j]) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------ split / strip

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    static byte[] range(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }

    @TruffleBoundary
    static PyList split(PyBytes self, Object sepArg, Object maxArg, boolean right) {
        byte[] b = self.getBytes();
        long max = TypeSupport.absent(maxArg) ? -1 : PyOps.asIndex(maxArg);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        ArrayList<Object> out = new ArrayList<>();
        if (TypeSupport.noneOrAbsent(sepArg)) {
            if (!right) {
                int i = 0;
                int n = b.length;
                while (true) {
                    while (i < n && isSpace(b[i] & 0xff)) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (out.size() >= max) {
                        out.add(like(self, range(b, i, n)));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(b[j] & 0xff)) {
                        j++;
                    }
                    out.add(like(self, range(b, i, j)));
                    i = j;
                }
            } else {
                int i = b.length;
                while (true) {
                    while (i > 0 && isSpace(b[i - 1] & 0xff)) {
                        i--;
                    }
                    if (i <= 0) {
                        break;
                    }
                    if (out.size() >= max) {
                        out.add(like(self, range(b, 0, i)));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(b[j - 1] & 0xff)) {
                        j--;
                    }
                    out.add(like(self, range(b, j, i)));
                    i = j;
                }
                java.util.Collections.reverse(out);
            }
            return PyList.of(out.toArray());
        }
        byte[] sep = requireBytesLike(sepArg);
        if (sep.length == 0) {
            throw PyErrors.valueError("empty separator");
        }
        if (!right) {
            int i = 0;
            int k;
            while (out.size() < max && (k = indexOf(b, sep, i, b.length)) >= 0) {
                out.add(like(self, range(b, i, k)));
                i = k + sep.length;
            }
            out.add(like(self, range(b, i, b.length)));
        } else {
            int e = b.length;
            int k;
            while (out.size() < max && (k = lastIndexOf(b, sep, 0, e)) >= 0) {
                out.add(like(self, range(b, k + sep.length, e)));
                e = k;
            }
            out.add(like(self, range(b, 0, e)));
            java.util.Collections.reverse(out);
        }
        return PyList.of(out.toArray());
    }

    /** strip/lstrip/rstrip: mode 0 both, 1 left, 2 right. */
    @TruffleBoundary
    static PyBytes strip(PyBytes self, Object chars, int mode) {
        byte[] b = self.getBytes();
        boolean[] set = null;
        if (!TypeSupport.noneOrAbsent(chars)) {
            set = new boolean[256];
            for (byte c : requireBytesLike(chars)) {
                set[c & 0xff] = true;
            }
        }
        int s = 0;
        int e = b.length;
        if (mode != 2) {
            while (s < e && (set == null ? isSpace(b[s] & 0xff) : set[b[s] & 0xff])) {
                s++;
            }
        }
        if (mode != 1) {
            while (e > s && (set == null ? isSpace(b[e - 1] & 0xff) : set[b[e - 1] & 0xff])) {
                e--;
            }
        }
        return like(self, range(b, s, e));
    }

    @TruffleBoundary
    static PyBytes join(PyBytes self, Object iterable) {
        Object[] items = PyOps.toArray(iterable);
        byte[] sep = self.getBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            byte[] b = bytesLike(items[i]);
            if (b == null) {
                throw PyErrors.typeError("sequence item " + i + ": expected a bytes-like object, " + PyOps.typeName(items[i]) + " found");
            }
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(b);
        }
        return like(self, out.toByteArray());
    }

    @TruffleBoundary
    static PyBytes replace(PyBytes self, Object oldArg, Object newArg, Object countArg) {
        byte[] b = self.getBytes();
        byte[] o = requireBytesLike(oldArg);
        byte[] n = requireBytesLike(newArg);
        long count = TypeSupport.absent(countArg) ? -1 : PyOps.asIndex(countArg);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (o.length == 0) {
            long done = 0;
            for (int i = 0; i <= b.length; i++) {
                if (done < count) {
                    out.writeBytes(n);
                    done++;
                }
                if (i < b.length) {
                    out.write(b[i]);
                }
            }
            return like(self, out.toByteArray());
        }
        int i = 0;
        int k;
        long done = 0;
        while (done < count && (k = indexOf(b, o, i, b.length)) >= 0) {
            out.write(b, i, k - i);
            out.writeBytes(n);
            i = k + o.length;
            done++;
        }
        out.write(b, i, b.length - i);
        return like(self, out.toByteArray());
    }

    @TruffleBoundary
    static PyTuple partition(PyBytes self, Object sepArg, boolean right) {
        byte[] b = self.getBytes();
        byte[] sep = requireBytesLike(sepArg);
        if (sep.length == 0) {
            throw PyErrors.valueError("empty separator");
        }
        int k = right ? lastIndexOf(b, sep, 0, b.length) : indexOf(b, sep, 0, b.length);
        if (k < 0) {
            PyBytes empty = like(self, new byte[0]);
            PyBytes whole = like(self, b.clone());
            return right ? PyTuple.of(empty, like(self, new byte[0]), whole) : PyTuple.of(whole, empty, like(self, new byte[0]));
        }
        return PyTuple.of(like(self, range(b, 0, k)), like(self, sep.clone()), like(self, range(b, k + sep.length, b.length)));
    }

    @TruffleBoundary
    static PyBytes pad(PyBytes self, Object widthArg, Object fill, String method, int mode) {
        long width = PyOps.asIndex(widthArg);
        byte f = ' ';
        if (!TypeSupport.absent(fill)) {
            byte[] fb = bytesLike(fill);
            if (fb == null || fb.length != 1) {
                throw PyErrors.typeError(method + "() argument 2 must be a byte string of length 1, not " + PyOps.typeName(fill));
            }
            f = fb[0];
        }
        byte[] b = self.getBytes();
        if (width <= b.length) {
            return like(self, b.clone());
        }
        if (width > Sequences.MAX_LENGTH) {
            throw PyErrors.noMemory();
        }
        int marg = (int) width - b.length;
        int left = switch (mode) {
            case 0 -> marg / 2 + (marg & (int) width & 1);
            case 1 -> 0;
            default -> marg;
        };
        byte[] r = new byte[(int) width];
        java.util.Arrays.fill(r, f);
        System.arraycopy(b, 0, r, left, b.length);
        return like(self, r);
    }

    @TruffleBoundary
    static PyBytes zfill(PyBytes self, Object widthArg) {
        long width = PyOps.asIndex(widthArg);
        byte[] b = self.getBytes();
        if (width <= b.length) {
            return like(self, b.clone());
        }
        int fill = (int) width - b.length;
        byte[] r = new byte[(int) width];
        java.util.Arrays.fill(r, 0, fill, (byte) '0');
        System.arraycopy(b, 0, r, fill, b.length);
        if (b.length > 0 && (b[0] == '+' || b[0] == '-')) {
            r[0] = b[0];
            r[fill] = '0';
        }
        return like(self, r);
    }

    // ------------------------------------------------------------------------------------------ hex

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    @TruffleBoundary
    static String hex(byte[] b, Object sepArg, Object perArg) {
        // Argument Clinic converts bytes_per_sep (a C int) first; then _Py_strhex_with_sep takes len(sep), wants 1, and
        // then a str or bytes (Python/pystrhex.c)
        long per = TypeSupport.absent(perArg) ? 1 : PyOps.asCInt(perArg);
        String sep = null;
        if (!TypeSupport.absent(sepArg)) {
            byte[] sb = bytesLike(sepArg);
            if (sepArg instanceof String s) {
                sep = s;
            } else if (sb != null) {
                sep = new String(sb, StandardCharsets.ISO_8859_1);
            } else if (PyOps.len(sepArg) != 1) {
                throw PyErrors.valueError("sep must be length 1.");
            } else {
                throw PyErrors.typeError("sep must be str or bytes.");
            }
            if (sep.codePointCount(0, sep.length()) != 1) {
                throw PyErrors.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) > 127) {
                throw PyErrors.valueError("sep must be ASCII.");
            }
        }
        StringBuilder out = new StringBuilder(b.length * 3);
        if (sep == null || per == 0 || b.length == 0) {
            for (byte x : b) {
                out.append(HEX[(x >> 4) & 15]).append(HEX[x & 15]);
            }
            return out.toString();
        }
        long group = Math.abs(per);
        int n = b.length;
        for (int i = 0; i < n; i++) {
            // position of the separator: groups counted from the right when per > 0, from the left when < 0
            if (i > 0) {
                boolean boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) {
                    out.append(sep);
                }
            }
            out.append(HEX[(b[i] >> 4) & 15]).append(HEX[b[i] & 15]);
        }
        return out.toString();
    }

    @TruffleBoundary
    static byte[] fromhex(Object arg) {
        if (!(arg instanceof String s)) {
            throw PyErrors.typeError("fromhex() argument must be str, not " + PyOps.typeName(arg));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            if (i + 1 >= n) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            char c2 = s.charAt(i + 1);
            int lo = Character.digit(c2, 16);
            if (lo < 0 || c2 > 127) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------ case / predicates

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** kind: 0 upper, 1 lower, 2 swapcase, 3 title, 4 capitalize. */
    @TruffleBoundary
    static PyBytes changeCase(PyBytes self, int kind) {
        byte[] b = self.getBytes().clone();
        boolean prevCased = false;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            switch (kind) {
                case 0 -> {
                    if (isLower(c)) {
                        b[i] = (byte) (c - 32);
                    }
                }
                case 1 -> {
                    if (isUpper(c)) {
                        b[i] = (byte) (c + 32);
                    }
                }
                case 2 -> {
                    if (isLower(c)) {
                        b[i] = (byte) (c - 32);
                    } else if (isUpper(c)) {
                        b[i] = (byte) (c + 32);
                    }
                }
                case 3 -> {
                    if (isLower(c)) {
                        if (!prevCased) {
                            b[i] = (byte) (c - 32);
                        }
                        prevCased = true;
                    } else if (isUpper(c)) {
                        if (prevCased) {
                            b[i] = (byte) (c + 32);
                        }
                        prevCased = true;
                    } else {
                        prevCased = false;
                    }
                }
                default -> {
                    if (i == 0 && isLower(c)) {
                        b[i] = (byte) (c - 32);
                    } else if (i > 0 && isUpper(c)) {
                        b[i] = (byte) (c + 32);
                    }
                }
            }
        }
        return like(self, b);
    }

    /** kind: 0 digit, 1 alpha, 2 alnum, 3 space, 4 ascii, 5 upper, 6 lower, 7 title. */
    @TruffleBoundary
    static boolean predicate(PyBytes self, int kind) {
        byte[] b = self.getBytes();
        if (kind == 4) {
            for (byte x : b) {
                if (x < 0) {
                    return false;
                }
            }
            return true;
        }
        if (b.length == 0) {
            return false;
        }
        if (kind == 5 || kind == 6) {
            boolean cased = false;
            for (byte x : b) {
                int c = x & 0xff;
                if (kind == 5 ? isLower(c) : isUpper(c)) {
                    return false;
                }
                cased |= kind == 5 ? isUpper(c) : isLower(c);
            }
            return cased;
        }
        if (kind == 7) {
            boolean cased = false;
            boolean prev = false;
            for (byte x : b) {
                int c = x & 0xff;
                if (isUpper(c)) {
                    if (prev) {
                        return false;
                    }
                    prev = true;
                    cased = true;
                } else if (isLower(c)) {
                    if (!prev) {
                        return false;
                    }
                    prev = true;
                    cased = true;
                } else {
                    prev = false;
                }
            }
            return cased;
        }
        for (byte x : b) {
            int c = x & 0xff;
            boolean ok = switch (kind) {
                case 0 -> isDigit(c);
                case 1 -> isLower(c) || isUpper(c);
                case 2 -> isLower(c) || isUpper(c) || isDigit(c);
                default -> isSpace(c);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    static PyBytes expandtabs(PyBytes self, Object tabArg) {
        // tabsize is a C int (Argument Clinic's "int tabsize=8")
        long tab = TypeSupport.absent(tabArg) ? 8 : PyOps.asCInt(tabArg);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long col = 0;
        for (byte x : self.getBytes()) {
            if (x == '\t') {
                if (tab > 0) {
                    long k = tab - col % tab;
                    if (out.size() + k > Sequences.MAX_LENGTH) {
                        throw PyErrors.noMemory();
                    }
                    for (long i = 0; i < k; i++) {
                        out.write(' ');
                    }
                    col += k;
                }
            } else {
                out.write(x);
                col++;
                if (x == '\n' || x == '\r') {
                    col = 0;
                }
            }
        }
        return like(self, out.toByteArray());
    }

    @TruffleBoundary
    static PyList splitlines(PyBytes self, Object keepArg) {
        boolean keep = TypeSupport.intFlag(keepArg);
        byte[] b = self.getBytes();
        ArrayList<Object> out = new ArrayList<>();
        int i = 0;
        int n = b.length;
        while (i < n) {
            int j = i;
            while (j < n && b[j] != '\n' && b[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (b[j] == '\r' && j + 1 < n && b[j + 1] == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.add(like(self, range(b, i, keep ? j : eol)));
            i = j;
        }
        return PyList.of(out.toArray());
    }

    // ------------------------------------------------------------------------------------------ % formatting

    /** {@code bytes % args} (bytes_format): numeric conversions reuse str's formatter. */
    @TruffleBoundary
    static byte[] percentFormat(byte[] fmt, Object args) {
        boolean isTuple = args instanceof PyTuple;
        Object[] values = isTuple ? ((PyTuple) args).items() : new Object[]{args};
        Object mapping = !isTuple && !(args instanceof PyBytes) && !(args instanceof String) && PyOps.typeOf(args).lookup("__getitem__") != null ? args
                        : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ai = 0;
        int i = 0;
        int n = fmt.length;
        while (i < n) {
            int c = fmt[i++] & 0xff;
            if (c != '%') {
                out.write(c);
                continue;
            }
            if (i >= n) {
                throw PyErrors.valueError("incomplete format");
            }
            Object value = null;
            if (fmt[i] == '(') {
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt[j] == '(') {
                        depth++;
                    } else if (fmt[j] == ')') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw PyErrors.valueError("incomplete format key");
                }
                if (mapping == null) {
                    throw PyErrors.typeError("format requires a mapping");
                }
                Object key = PyBytes.of(range(fmt, i + 1, j - 1));
                value = PyOps.getItem(args, key);
                i = j;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt[i]) >= 0) {
                flags.append((char) fmt[i++]);
            }
            String width = "";
            if (i < n && fmt[i] == '*') {
                if (ai >= values.length) {
                    throw PyErrors.typeError("not enough arguments for format string");
                }
                Object wv = values[ai++];
                if (!PyOps.isInt(wv)) {
                    throw PyErrors.typeError("* wants int");
                }
                width = Long.toString(PyOps.asIndex(wv));
                i++;
            } else {
                int s = i;
                while (i < n && isDigit(fmt[i])) {
                    i++;
                }
                width = new String(fmt, s, i - s, StandardCharsets.ISO_8859_1);
                // the limits and messages of _PyBytes_FormatEx (Objects/bytesobject.c)
                org.auditpy.runtime.StringFormatting.checkDigits(width, Long.MAX_VALUE, "width too big");
            }
            String prec = null;
            if (i < n && fmt[i] == '.') {
                i++;
                if (i < n && fmt[i] == '*') {
                    if (ai >= values.length) {
                        throw PyErrors.typeError("not enough arguments for format string");
                    }
                    Object pv = values[ai++];
                    if (!PyOps.isInt(pv)) {
                        throw PyErrors.typeError("* wants int");
                    }
                    // a C int; a negative precision counts as 0
                    prec = Long.toString(Math.max(0, PyOps.asCInt(pv)));
                    i++;
                } else {
                    int s = i;
                    while (i < n && isDigit(fmt[i])) {
                        i++;
                    }
                    prec = new String(fmt, s, i - s, StandardCharsets.ISO_8859_1);
                    org.auditpy.runtime.StringFormatting.checkDigits(prec, Integer.MAX_VALUE, "prec too big");
                }
            }
            while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PyErrors.valueError("incomplete format");
            }
            int conv = fmt[i++] & 0xff;
            if (conv == '%') {
                out.write('%');
                continue;
            }
            if (value == null) {
                {
                    if (ai >= values.length) {
                        throw PyErrors.typeError("not enough arguments for format string");
                    }
                    value = values[ai++];
                }
            }
            byte[] piece;
            switch (conv) {
                case 's', 'b' -> {
                    byte[] vb = bytesLike(value);
                    if (vb == null) {
                        Object m = PyOps.typeOf(value).lookup("__bytes__");
                        if (m == null || value instanceof String) {
                            throw PyErrors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                                            PyOps.typeName(value) + "'");
                        }
                        Object r = PyOps.callDescriptor(m, value);
                        if (!(r instanceof PyBytes rb)) {
                            throw PyErrors.typeError("__bytes__ returned non-bytes (type " + PyOps.typeName(r) + ")");
                        }
                        vb = rb.getBytes();
                    }
                    if (prec != null && !prec.isEmpty() && Integer.parseInt(prec) < vb.length) {
                        vb = range(vb, 0, Integer.parseInt(prec));
                    }
                    piece = padBytes(vb, width, flags.indexOf("-") >= 0);
                }
                case 'r', 'a' -> {
                    byte[] vb = org.auditpy.runtime.Formatting.asciiOf(PyOps.repr(value)).getBytes(StandardCharsets.ISO_8859_1);
                    if (prec != null && !prec.isEmpty() && Integer.parseInt(prec) < vb.length) {
                        vb = range(vb, 0, Integer.parseInt(prec));
                    }
                    piece = padBytes(vb, width, flags.indexOf("-") >= 0);
                }
                case 'c' -> {
                    byte[] vb = bytesLike(value);
                    byte ch;
                    if (vb != null) {
                        if (vb.length != 1) {
                            throw PyErrors.typeError("%c requires an integer in range(256) or a single byte");
                        }
                        ch = vb[0];
                    } else if (PyOps.isInt(value)) {
                        long v = value instanceof BigInteger ? -1 : PyOps.asIndex(value);
                        if (v < 0 || v > 255) {
                            throw PyErrors.raise("OverflowError", "%c arg not in range(256)");
                        }
                        ch = (byte) v;
                    } else {
                        throw PyErrors.typeError("%c requires an integer in range(256) or a single byte");
                    }
                    piece = padBytes(new byte[]{ch}, width, flags.indexOf("-") >= 0);
                }
                default -> {
                    String spec = "%" + flags + width + (prec != null ? "." + prec : "") + (char) conv;
                    if ("diouxXeEfFgG".indexOf(conv) < 0) {
                        if (conv >= 0x80) {
                            // CPython formats the byte with "%c" as a signed char: a negative code point
                            throw PyErrors.overflowError("character argument not in range(0x110000)");
                        }
                        throw PyErrors.valueError("unsupported format character '" + (char) conv + "' (0x" + Integer.toHexString(conv) +
                                        ") at index " + (i - 1));
                    }
                    String r = StringFormatting.percentFormat(spec, PyTuple.of(value));
                    piece = r.getBytes(StandardCharsets.ISO_8859_1);
                }
            }
            out.writeBytes(piece);
        }
        if (mapping == null && ai < values.length) {
            throw PyErrors.typeError("not all arguments converted during bytes formatting");
        }
        return out.toByteArray();
    }

    private static byte[] padBytes(byte[] b, String width, boolean left) {
        long lw = width.isEmpty() ? 0 : Long.parseLong(width);
        if (Math.abs(lw) > Sequences.MAX_LENGTH) {
            throw PyErrors.noMemory();
        }
        int w = (int) lw;
        boolean l = left;
        if (w < 0) {
            w = -w;
            l = true;
        }
        if (w <= b.length) {
            return b;
        }
        byte[] r = new byte[w];
        java.util.Arrays.fill(r, (byte) ' ');
        System.arraycopy(b, 0, r, l ? 0 : w - b.length, b.length);
        return r;
    }

    static Object none() {
        return PyNone.NONE;
    }
}
