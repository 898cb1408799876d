package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PythonContext;

/**
 * {@code marshal} (Python/marshal.c), format versions 0-4 for the value types (no code objects).
 *
 * <p>Byte-exactness with CPython: CPython flags an object with FLAG_REF unless its reference count is 1, and
 * shares references by object identity. auditpy has neither, so every non-singleton object is flagged and
 * equal ints, floats, strs and bytes count as the same object (CPython's small ints, interned strs and
 * shared constants); containers are shared by identity. A str is "interned" when it consists of name
 * characters only, like the strings CPython's compiler interns.
 */
final class MarshalModule {
    private MarshalModule() {
    }

    static final int VERSION = 4;
    static final int FLAG_REF = 0x80;
    static final int MAX_DEPTH = 2000;

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "marshal");
        PyDict ns = m.getDict();
        ns.setStr("version", (long) VERSION);
        def(ctx, ns, "dumps", "value, version=, /", a -> {
            int version = Fns.absent(a[1]) ? VERSION : Fns.toInt(a[1]);
            if (Audit.active()) {
                Audit.raise("marshal.dumps", a[0], (long) version);
            }
            return PyBytes.of(dump(a[0], version));
        });
        def(ctx, ns, "dump", "value, file, version=, /", a -> {
            int version = Fns.absent(a[2]) ? VERSION : Fns.toInt(a[2]);
            if (Audit.active()) {
                Audit.raise("marshal.dumps", a[0], (long) version);
            }
            byte[] b = dump(a[0], version);
            PyOps.callMethod(a[1], "write", PyBytes.of(b));
            return PyNone.NONE;
        });
        def(ctx, ns, "loads", "bytes, /", a -> {
            byte[] b = bytesLike(a[0]);
            if (Audit.active()) {
                Audit.raise("marshal.loads", PyBytes.of(b));
            }
            Reader r = new Reader(b, null);
            return r.notNull(r.readObject());
        });
        def(ctx, ns, "load", "file, /", a -> {
            Object data = PyOps.callMethod(a[0], "read", 0L);
            if (!(data instanceof PyBytes pb) || pb.isByteArray()) {
                throw PyErrors.typeError("file.read() returned not bytes but " + PyOps.typeName(data));
            }
            if (Audit.active()) {
                Audit.raise("marshal.load");
            }
            Reader r = new Reader(null, a[0]);
            return r.notNull(r.readObject());
        });
        return m;
    }

    static byte[] bytesLike(Object o) {
        if (o instanceof PyBytes b) {
            return b.getBytes().clone();
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(o) + "'");
    }

    // ------------------------------------------------------------------------------------------ writing

    static byte[] dump(Object v, int version) {
        Writer w = new Writer(version);
        w.count(v);
        w.writeObject(v);
        return w.out.toByteArray();
    }

    static boolean allNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Value identity for Java-valued Python objects (see the class comment). */
    record ValueKey(Class<?> cls, Object value) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ValueKey k) || k.cls != cls) {
                return false;
            }
            if (value instanceof Double d) {
                return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits((Double) k.value);
            }
            return value.equals(k.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final int version;
        final IdentityHashMap<Object, Integer> idRefs = new IdentityHashMap<>();
        final HashMap<ValueKey, Integer> valueRefs = new HashMap<>();
        int nrefs;
        int depth;
        final BuiltinTypes types = PythonContext.get().types();

        Writer(int version) {
            this.version = version;
        }

        void b(int x) {
            out.write(x & 0xff);
        }

        void w32(long x) {
            b((int) x);
            b((int) (x >> 8));
            b((int) (x >> 16));
            b((int) (x >> 24));
        }

        void w16(int x) {
            b(x);
            b(x >> 8);
        }

        void pstring(byte[] data) {
            w32(data.length);
            out.write(data, 0, data.length);
        }

        /** w_ref: writes a back reference and returns true, or registers the object and returns the flag. */
        int ref(Object v) {
            if (version < 3) {
                return 0;
            }
            if (depth > 1 && isMutable(v) && occurrences.getOrDefault(v, 0) <= 1) {
                return 0; // most likely CPython's reference count 1: held only by its container
            }
            Integer idx;
            boolean byValue = v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof String ||
                            v instanceof PyBytes pb && !pb.isByteArray() && pb.getPythonClass() == types.bytes;
            if (byValue) {
                Object val = v instanceof PyBytes pb ? java.nio.ByteBuffer.wrap(pb.getBytes().clone()) : v;
                ValueKey k = new ValueKey(v.getClass(), val);
                idx = valueRefs.get(k);
                if (idx == null) {
                    valueRefs.put(k, nrefs++);
                    return FLAG_REF;
                }
            } else {
                idx = idRefs.get(v);
                if (idx == null) {
                    idRefs.put(v, nrefs++);
                    return FLAG_REF;
                }
            }
            b('r');
            w32(idx);
            return -1;
        }

        /** How often each mutable container occurs in the value graph (a stand-in for its reference count). */
        final IdentityHashMap<Object, Integer> occurrences = new IdentityHashMap<>();

        static boolean isMutable(Object v) {
            return v instanceof PyList || v instanceof PySet s && !s.isFrozen() || v instanceof PyDict;
        }

        void count(Object root) {
            java.util.ArrayDeque<Object> work = new java.util.ArrayDeque<>();
            work.push(root);
            while (!work.isEmpty()) {
                Object v = work.pop();
                if (isMutable(v) || v instanceof PyTuple || v instanceof PySet) {
                    int c = occurrences.merge(v, 1, Integer::sum);
                    if (c > 1) {
                        continue;
                    }
                }
                if (v instanceof PyTuple t) {
                    for (Object x : t.items()) {
                        work.push(x);
                    }
                } else if (v instanceof PyList l) {
                    for (Object x : l.toArray()) {
                        work.push(x);
                    }
                } else if (v instanceof PySet s) {
                    for (Object x : s.toArray()) {
                        work.push(x);
                    }
                } else if (v instanceof PyDict d) {
                    for (Object x : d.keysArray()) {
                        work.push(x);
                    }
                    for (Object x : d.valuesArray()) {
                        work.push(x);
                    }
                }
            }
        }

        void writeObject(Object v) {
            depth++;
            try {
                if (depth > MAX_DEPTH) {
                    throw PyErrors.valueError("object too deeply nested to marshal");
                }
                if (v == PyNone.NONE) {
                    b('N');
                } else if (v == PyNone.ELLIPSIS) {
                    b('.');
                } else if (v == types.exception("StopIteration")) {
                    b('S');
                } else if (v instanceof Boolean bo) {
                    b(bo ? 'T' : 'F');
                } else {
                    checkMarshallable(v);
                    int flag = ref(v);
                    if (flag >= 0) {
                        writeComplex(v, flag);
                    }
                }
            } finally {
                depth--;
            }
        }

        void checkMarshallable(Object v) {
            if (v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof String) {
                return;
            }
            if (v instanceof PyTuple t && t.getPythonClass() == types.tuple || v instanceof PyList l && l.getPythonClass() == types.list ||
                            v instanceof PySet s && (s.getPythonClass() == types.set || s.getPythonClass() == types.frozenset) ||
                            v instanceof PyDict d && d.getPythonClass() == types.dict || v instanceof PyBytes) {
                return;
            }
            throw PyErrors.valueError("unmarshallable object");
        }

        void writeComplex(Object v, int flag) {
            if (v instanceof Long l) {
                if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
                    b('i' | flag);
                    w32(l);
                } else {
                    writeLong(BigInteger.valueOf(l), flag);
                }
            } else if (v instanceof BigInteger bi) {
                writeLong(bi, flag);
            } else if (v instanceof Double d) {
                if (version > 1) {
                    b('g' | flag);
                    long bits = Double.doubleToRawLongBits(d);
                    w32(bits);
                    w32(bits >>> 32);
                } else {
                    b('f' | flag);
                    byte[] s = PyOps.repr(d).getBytes(StandardCharsets.US_ASCII);
                    b(s.length);
                    out.write(s, 0, s.length);
                }
            } else if (v instanceof String s) {
                boolean interned = allNameChars(s);
                if (version >= 4 && isAscii(s)) {
                    byte[] data = s.getBytes(StandardCharsets.US_ASCII);
                    if (data.length < 256) {
                        b((interned ? 'Z' : 'z') | flag);
                        b(data.length);
                        out.write(data, 0, data.length);
                    } else {
                        b((interned ? 'A' : 'a') | flag);
                        pstring(data);
                    }
                } else {
                    b((version >= 3 && interned ? 't' : 'u') | flag);
                    pstring(utf8SurrogatePass(s));
                }
            } else if (v instanceof PyTuple t) {
                int n = t.size();
                if (version >= 4 && n < 256) {
                    b(')' | flag);
                    b(n);
                } else {
                    b('(' | flag);
                    w32(n);
                }
                for (int i = 0; i < n; i++) {
                    writeObject(t.get(i));
                }
            } else if (v instanceof PyList l) {
                b('[' | flag);
                int n = l.size();
                w32(n);
                for (int i = 0; i < n; i++) {
                    writeObject(l.get(i));
                }
            } else if (v instanceof PySet s) {
                b((s.isFrozen() ? '>' : '<') | flag);
                Object[] items = s.toArray();
                w32(items.length);
                // bpo-37596: elements in the order of sorted(v, key=marshal.dumps)
                byte[][] keys = new byte[items.length][];
                Integer[] order = new Integer[items.length];
                for (int i = 0; i < items.length; i++) {
                    keys[i] = dump(items[i], version);
                    order[i] = i;
                }
                java.util.Arrays.sort(order, (x, y) -> java.util.Arrays.compareUnsigned(keys[x], keys[y]));
                for (Integer i : order) {
                    writeObject(items[i]);
                }
            } else if (v instanceof PyDict d) {
                b('{' | flag);
                int slots = d.entrySlots();
                for (int i = 0; i < slots; i++) {
                    Object k = d.keyAt(i);
                    if (k == null) {
                        continue;
                    }
                    writeObject(k);
                    writeObject(d.valueAt(i));
                }
                b('0');
            } else if (v instanceof PyBytes pb) {
                b('s' | flag);
                pstring(pb.getBytes());
            } else {
                throw PyErrors.valueError("unmarshallable object");
            }
        }

        void writeLong(BigInteger v, int flag) {
            b('l' | flag);
            BigInteger a = v.abs();
            List<Integer> digits = new ArrayList<>();
            while (a.signum() != 0) {
                digits.add(a.intValue() & 0x7fff);
                a = a.shiftRight(15);
            }
            w32(v.signum() < 0 ? -digits.size() : digits.size());
            for (int d : digits) {
                w16(d);
            }
        }
    }

    static byte[] utf8SurrogatePass(String s) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                o.write(cp);
            } else if (cp < 0x800) {
                o.write(0xc0 | cp >> 6);
                o.write(0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                o.write(0xe0 | cp >> 12);
                o.write(0x80 | cp >> 6 & 0x3f);
                o.write(0x80 | cp & 0x3f);
            } else {
                o.write(0xf0 | cp >> 18);
                o.write(0x80 | cp >> 12 & 0x3f);
                o.write(0x80 | cp >> 6 & 0x3f);
                o.write(0x80 | cp & 0x3f);
            }
        }
        return o.toByteArray();
    }

    static String utf8Decode(byte[] b) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int cp;
            int n;
            if (c < 0x80) {
                cp = c;
                n = 1;
            } else if (c >= 0xc0 && c < 0xe0 && i + 1 < b.length) {
                cp = (c & 0x1f) << 6 | b[i + 1] & 0x3f;
                n = 2;
            } else if (c >= 0xe0 && c < 0xf0 && i + 2 < b.length) {
                cp = (c & 0x0f) << 12 | (b[i + 1] & 0x3f) << 6 | b[i + 2] & 0x3f;
                n = 3;
            } else if (c >= 0xf0 && i + 3 < b.length) {
                cp = (c & 0x07) << 18 | (b[i + 1] & 0x3f) << 12 | (b[i + 2] & 0x3f) << 6 | b[i + 3] & 0x3f;
                n = 4;
            } else {
                throw PyErrors.raise("UnicodeDecodeError", "'utf-8' codec can't decode byte 0x" + Integer.toHexString(c) + " in position " + i +
                                ": invalid start byte");
            }
            sb.appendCodePoint(cp);
            i += n;
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------ reading

    static final class Reader {
        final byte[] buf;
        int pos;
        final Object file;
        final List<Object> refs = new ArrayList<>();
        int depth;
        final BuiltinTypes types = PythonContext.get().types();

        Reader(byte[] buf, Object file) {
            this.buf = buf;
            this.file = file;
        }

        byte[] read(int n, boolean typeCode) {
            if (file == null) {
                if (pos + n > buf.length) {
                    throw PyErrors.raise("EOFError", typeCode ? "EOF read where object expected" : "marshal data too short");
                }
                byte[] r = java.util.Arrays.copyOfRange(buf, pos, pos + n);
                pos += n;
                return r;
            }
            Object data = PyOps.callMethod(file, "read", (long) n);
            if (!(data instanceof PyBytes pb)) {
                throw PyErrors.typeError("read() returned not bytes but " + PyOps.typeName(data));
            }
            byte[] r = pb.getBytes();
            if (r.length != n) {
                if (r.length > n) {
                    throw PyErrors.valueError("read() returned too much data: " + n + " bytes requested, " + r.length + " returned");
                }
                throw PyErrors.raise("EOFError", typeCode ? "EOF read where object expected" : "marshal data too short");
            }
            return r;
        }

        int byte1(boolean typeCode) {
            return read(1, typeCode)[0] & 0xff;
        }

        int i32() {
            byte[] b = read(4, false);
            return b[0] & 0xff | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
        }

        int size() {
            int n = i32();
            if (n < 0) {
                throw PyErrors.valueError("bad marshal data (size out of range)");
            }
            return n;
        }

        Object readObject() {
            depth++;
            try {
                if (depth > MAX_DEPTH) {
                    throw PyErrors.valueError("recursion limit exceeded");
                }
                return readInner();
            } finally {
                depth--;
            }
        }

        int reserve(int flag) {
            if (flag == 0) {
                return -1;
            }
            refs.add(null);
            return refs.size() - 1;
        }

        Object set(int idx, Object v) {
            if (idx >= 0) {
                refs.set(idx, v);
            }
            return v;
        }

        Object notNull(Object o) {
            if (o == null) {
                throw PyErrors.raise("TypeError", "NULL object in marshal data for object");
            }
            return o;
        }

        Object readInner() {
            int code = byte1(true);
            int flag = code & FLAG_REF;
            int type = code & ~FLAG_REF;
            switch (type) {
                case '0':
                    return null;
                case 'N':
                    return PyNone.NONE;
                case 'S':
                    return types.exception("StopIteration");
                case '.':
                    return PyNone.ELLIPSIS;
                case 'F':
                    return Boolean.FALSE;
                case 'T':
                    return Boolean.TRUE;
                case 'i': {
                    int idx = reserve(flag);
                    return set(idx, (long) i32());
                }
                case 'l': {
                    int idx = reserve(flag);
                    int n = i32();
                    if (n < -0x7fffffff || n > 0x7fffffff) {
                        throw PyErrors.valueError("bad marshal data (long size out of range)");
                    }
                    int size = Math.abs(n);
                    BigInteger r = BigInteger.ZERO;
                    int[] digits = new int[size];
                    for (int i = 0; i < size; i++) {
                        byte[] d = read(2, false);
                        int dv = d[0] & 0xff | (d[1] & 0xff) << 8;
                        if (dv > 0x7fff) {
                            throw PyErrors.valueError("bad marshal data (digit out of range in long)");
                        }
                        digits[i] = dv;
                    }
                    if (size > 0 && digits[size - 1] == 0) {
                        throw PyErrors.valueError("bad marshal data (unnormalized long data)");
                    }
                    for (int i = size - 1; i >= 0; i--) {
                        r = r.shiftLeft(15).or(BigInteger.valueOf(digits[i]));
                    }
                    if (n < 0) {
                        r = r.negate();
                    }
                    return set(idx, PyOps.normalize(r));
                }
                case 'g': {
                    int idx = reserve(flag);
                    byte[] b = read(8, false);
                    long bits = 0;
                    for (int i = 7; i >= 0; i--) {
                        bits = bits << 8 | (b[i] & 0xff);
                    }
                    return set(idx, Double.longBitsToDouble(bits));
                }
                case 'f': {
                    int idx = reserve(flag);
                    int n = byte1(false);
                    String s = new String(read(n, false), StandardCharsets.ISO_8859_1);
                    return set(idx, PyOps.callPositional(types.floatType, s));
                }
                case 's': {
                    int idx = reserve(flag);
                    int n = size();
                    return set(idx, PyBytes.of(read(n, false)));
                }
                case 'u':
                case 't': {
                    int idx = reserve(flag);
                    int n = size();
                    return set(idx, utf8Decode(read(n, false)));
                }
                case 'a':
                case 'A': {
                    int idx = reserve(flag);
                    int n = size();
                    return set(idx, new String(read(n, false), StandardCharsets.ISO_8859_1));
                }
                case 'z':
                case 'Z': {
                    int idx = reserve(flag);
                    int n = byte1(false);
                    return set(idx, new String(read(n, false), StandardCharsets.ISO_8859_1));
                }
                case ')':
                case '(': {
                    int n = type == ')' ? byte1(false) : size();
                    int idx = reserve(flag);
                    Object[] items = new Object[n];
                    for (int i = 0; i < n; i++) {
                        Object o = readObject();
                        if (o == null) {
                            throw PyErrors.typeError("NULL object in marshal data for tuple");
                        }
                        items[i] = o;
                    }
                    return set(idx, PyTuple.of(items));
                }
                case '[': {
                    int n = size();
                    PyList l = new PyList(types.list);
                    int idx = reserve(flag);
                    set(idx, l);
                    for (int i = 0; i < n; i++) {
                        Object o = readObject();
                        if (o == null) {
                            throw PyErrors.typeError("NULL object in marshal data for list");
                        }
                        l.append(o);
                    }
                    return l;
                }
                case '{': {
                    PyDict d = new PyDict(types.dict);
                    int idx = reserve(flag);
                    set(idx, d);
                    while (true) {
                        Object k = readObject();
                        if (k == null) {
                            break;
                        }
                        Object v = readObject();
                        if (v == null) {
                            break;
                        }
                        d.setItem(k, v);
                    }
                    return d;
                }
                case '<':
                case '>': {
                    int n = size();
                    PySet s = new PySet(type == '<' ? types.set : types.frozenset);
                    int idx = reserve(flag);
                    set(idx, s);
                    for (int i = 0; i < n; i++) {
                        Object o = readObject();
                        if (o == null) {
                            throw PyErrors.typeError("NULL object in marshal data for set");
                        }
                        s.add(o);
                    }
                    return s;
                }
                case 'r': {
                    int n = i32();
                    if (n < 0 || n >= refs.size()) {
                        throw PyErrors.valueError("bad marshal data (invalid reference)");
                    }
                    Object v = refs.get(n);
                    if (v == null) {
                        throw PyErrors.valueError("bad marshal data (invalid reference)");
                    }
                    return v;
                }
                case 'c':
                    throw PyErrors.valueError("bad marshal data (code objects are not supported by auditpy)");
                default:
                    throw PyErrors.valueError("bad marshal data (unknown type code)");
            }
        }
    }
}
