package org.auditpy.builtins;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.auditpy.runtime.Codecs;
import org.auditpy.runtime.Comparisons.Op;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySlice;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Sequences;
import org.auditpy.runtime.SliceOps;
import org.auditpy.runtime.Warnings;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * Methods shared by {@code bytes} and {@code bytearray} (Objects/bytesobject.c, bytes_methods.c), installed on both
 * types; results have self's builtin base type. {@link ByteArrayBuiltins} adds bytearray's mutators.
 */
public final class BytesBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return BytesBuiltinsFactory.getFactories();
    }

    @Override
    protected void operators(OperatorBuiltins.Table table) {
        table.richCompare(BytesBuiltins::compare);
    }

    /** bytes.__eq__ ... bytes.__ge__. */
    @TruffleBoundary
    static Object compare(Object self, Object other, Op op) {
        return cmp(BytesSupport.self(self, op.method, false), other, op);
    }

    @TruffleBoundary
    static Object getItem(PyBytes s, Object key) {
        if (key instanceof PySlice sl) {
            return SliceOps.getSlice(s, sl);
        }
        byte[] b = s.getBytes();
        String what = s.isByteArray() ? "bytearray" : "byte";
        long i = PyOps.asIndexForSubscript(key, what);
        if (i < 0) {
            i += b.length;
        }
        if (i < 0 || i >= b.length) {
            throw PyErrors.indexError(s.isByteArray() ? "bytearray index out of range" : "index out of range");
        }
        return (long) (b[(int) i] & 0xff);
    }

    /** An iterator over the bytes; a bytearray's sees later changes, as CPython's bytearray_iterator. */
    static final class BytesIterator extends PyIterator {
        private final PyBytes b;
        private int pos;

        BytesIterator(PyType cls, PyBytes b) {
            super(cls);
            this.b = b;
        }

        @Override
        public Object next() {
            byte[] a = b.getBytes();
            if (pos < a.length) {
                return (long) (a[pos++] & 0xff);
            }
            pos = Integer.MAX_VALUE;
            return null;
        }

        @Override
        public Object lengthHint() {
            return (long) Math.max(0, b.getBytes().length - pos);
        }
    }

    @TruffleBoundary
    static Object iter(PyBytes s) {
        return new BytesIterator(s.isByteArray() ? PythonContext.get().types().bytearrayIterator : PythonContext.get().types().bytesIterator, s);
    }

    @TruffleBoundary
    static boolean contains(PyBytes s, Object key) {
        byte[] n;
        if (PyOps.isInt(key) || !(key instanceof PyBytes) && PyOps.typeOf(key).lookup("__index__") != null) {
            n = new byte[]{BytesSupport.byteValue(key)};
        } else {
            n = BytesSupport.requireBytesLike(key);
        }
        return BytesSupport.indexOf(s.getBytes(), n, 0, s.getBytes().length) >= 0;
    }

    @TruffleBoundary
    static Object add(PyBytes s, Object other) {
        byte[] o = BytesSupport.bytesLike(other);
        if (o == null) {
            throw PyErrors.typeError("can't concat " + PyOps.typeName(other) + " to " + BytesSupport.kind(s));
        }
        byte[] a = s.getBytes();
        byte[] r = java.util.Arrays.copyOf(a, a.length + o.length);
        System.arraycopy(o, 0, r, a.length, o.length);
        return BytesSupport.like(s, r);
    }

    @TruffleBoundary
    static byte[] repeatBytes(byte[] a, Object n, boolean bytearray) {
        long k = Math.max(0, PyOps.repeatCount(n));
        byte[] r = new byte[org.auditpy.runtime.Sequences.repeatedLength(a.length, k, bytearray ? null : "repeated bytes are too long")];
        for (int i = 0; i < r.length; i += a.length) {
            System.arraycopy(a, 0, r, i, a.length);
        }
        return r;
    }

    @TruffleBoundary
    static Object repeat(PyBytes s, Object n) {
        if (!s.isByteArray() && s.getPythonClass() == BytesSupport.bytesType() && PyOps.isInt(n) && !(n instanceof java.math.BigInteger) &&
                        PyOps.asIndex(n) == 1) {
            return s;
        }
        return BytesSupport.like(s, repeatBytes(s.getBytes(), n, s.isByteArray()));
    }

    @TruffleBoundary
    static Object cmp(PyBytes s, Object other, Op op) {
        if (!(other instanceof PyBytes o)) {
            if ((op == Op.EQ || op == Op.NE) && PythonContext.get().bytesWarning() != 0) {
                comparisonWarning(s, other);
            }
            return PyNone.NOT_IMPLEMENTED;
        }
        int c = java.util.Arrays.compareUnsigned(s.getBytes(), o.getBytes());
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    /**
     * The BytesWarning of {@code -b} for {@code ==} and {@code !=} of bytes with a str or an int (bytes_richcompare,
     * Objects/bytesobject.c), or of a bytearray with a str (bytearray_richcompare: never with an int); the
     * comparison then goes on (NotImplemented on both sides: unequal), unless {@code -bb} made the warning an error.
     */
    private static void comparisonWarning(PyBytes s, Object other) {
        org.auditpy.runtime.BuiltinTypes t = PythonContext.get().types();
        PyType ot = PyOps.typeOf(other);
        if (ot.isSubtypeOf(t.str)) {
            Warnings.bytesWarning(s.isByteArray() ? "Comparison between bytearray and string" : "Comparison between bytes and string");
        } else if (!s.isByteArray() && ot.isSubtypeOf(t.intType)) {
            Warnings.bytesWarning("Comparison between bytes and int");
        }
    }

    static long index(long r) {
        if (r < 0) {
            throw PyErrors.valueError("subsection not found");
        }
        return r;
    }

    @TruffleBoundary
    static Object removeAffix(PyBytes s, Object affix, boolean suffix) {
        byte[] a = BytesSupport.requireBytesLike(affix);
        byte[] b = s.getBytes();
        if (a.length <= b.length) {
            int at = suffix ? b.length - a.length : 0;
            if (java.util.Arrays.equals(b, at, at + a.length, a, 0, a.length)) {
                return BytesSupport.like(s, suffix ? BytesSupport.range(b, 0, at) : BytesSupport.range(b, a.length, b.length));
            }
        }
        if (!s.isByteArray() && s.getPythonClass() == BytesSupport.bytesType()) {
            return s;
        }
        return BytesSupport.like(s, b.clone());
    }

    @Builtin(name = "__new__", params = {"cls", "source=", "encoding=", "errors="}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object source, Object encoding, Object errors) {
            PyType bytesType = BytesSupport.bytesType();
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(bytesType)) {
                throw PyErrors.newArgError("bytes", cls);
            }
            if (t == bytesType && source instanceof PyBytes b && b.getPythonClass() == bytesType && TypeSupport.absent(encoding) &&
                            TypeSupport.absent(errors)) {
                return b;
            }
            return new PyBytes(t, BytesSupport.newBytes(source, encoding, errors));
        }
    }

    @Builtin(name = "fromhex", params = {"cls", "string", "/"}, isClassMethod = true)
    @GenerateNodeFactory
    abstract static class FromhexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object string) {
            byte[] r = BytesSupport.fromhex(string);
            PyType t = (PyType) cls;
            if (t == BytesSupport.bytesType() || t == BytesSupport.byteArrayType()) {
                return new PyBytes(t, r);
            }
            return PyOps.callPositional(t, new PyBytes(t.isSubtypeOf(BytesSupport.byteArrayType()) ? BytesSupport.byteArrayType() : BytesSupport.bytesType(), r));
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "__repr__", false);
            return BytesSupport.repr(s);
        }
    }

    /**
     * {@code str()} of bytes or a bytearray: its repr (CPython's bytes_repr, not a subclass's {@code __repr__}),
     * after the BytesWarning "str() on a bytes instance" of {@code -b} (bytes_str and bytearray_str).
     */
    @Builtin(name = "__str__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class StrDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "__str__", false);
            if (PythonContext.get().bytesWarning() != 0) {
                Warnings.bytesWarning(s.isByteArray() ? "str() on a bytearray instance" : "str() on a bytes instance");
            }
            return BytesSupport.repr(s);
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "__len__", false);
            return (long) s.size();
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class GetitemDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            PyBytes s = BytesSupport.self(self, "__getitem__", false);
            return getItem(s, key);
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "__iter__", false);
            return iter(s);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            PyBytes s = BytesSupport.self(self, "__contains__", false);
            return contains(s, key);
        }
    }

    @Builtin(name = "__add__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class AddDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyBytes s = BytesSupport.self(self, "__add__", false);
            return add(s, other);
        }
    }

    @Builtin(name = "__mul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class MulDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            PyBytes s = BytesSupport.self(self, "__mul__", false);
            return repeat(s, value);
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class RmulDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            PyBytes s = BytesSupport.self(self, "__rmul__", false);
            return repeat(s, value);
        }
    }

    @Builtin(name = "__mod__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class ModDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            PyBytes s = BytesSupport.self(self, "__mod__", false);
            return BytesSupport.like(s, BytesSupport.percentFormat(s.getBytes(), value));
        }
    }

    @Builtin(name = "__rmod__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class RmodDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            PyBytes s = BytesSupport.self(self, "__rmod__", false);
            return PyNone.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "__hash__", false);
            return PyOps.hashString(new String(s.getBytes(), StandardCharsets.ISO_8859_1));
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class GetnewargsDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "__getnewargs__", false);
            return PyTuple.of(PyBytes.of(s.getBytes().clone()));
        }
    }

    @Builtin(name = "__bytes__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BytesDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "__bytes__", false);
            return s.getPythonClass() == BytesSupport.bytesType() ? s : PyBytes.of(s.getBytes().clone());
        }
    }

    @Builtin(name = "decode", params = {"self", "encoding=", "errors="})
    @GenerateNodeFactory
    abstract static class DecodeNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object encoding, Object errors) {
            PyBytes s = BytesSupport.self(self, "decode", false);
            return Codecs.decode(s.getBytes(), BytesSupport.strArg(encoding, "decode", "encoding", "utf-8"), BytesSupport.strArg(errors, "decode", "errors", "strict"));
        }
    }

    @Builtin(name = "maketrans", params = {"frm", "to", "/"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class MaketransNode extends PythonBuiltinNode {
        /** bytes.maketrans (bytes_maketrans_impl): the 256-byte table mapping frm's bytes to to's. */
        @Specialization
        @TruffleBoundary
        static Object f(Object frm, Object to) {
            byte[] a = BytesSupport.requireBytesLike(frm);
            byte[] b = BytesSupport.requireBytesLike(to);
            if (a.length != b.length) {
                throw PyErrors.valueError("maketrans arguments must have same length");
            }
            byte[] t = new byte[256];
            for (int i = 0; i < 256; i++) {
                t[i] = (byte) i;
            }
            for (int i = 0; i < a.length; i++) {
                t[a[i] & 0xff] = b[i];
            }
            return PyBytes.of(t);
        }
    }

    @Builtin(name = "translate", params = {"self", "table", "/", "delete="})
    @GenerateNodeFactory
    abstract static class TranslateNode extends PythonBuiltinNode {
        /** bytes.translate and bytearray.translate (bytes_translate_impl): table None or 256 bytes; delete first. */
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object table, Object delete) {
            PyBytes s = BytesSupport.self(self, "translate", false);
            byte[] t = null;
            if (table != PyNone.NONE) {
                t = BytesSupport.requireBytesLike(table);
                if (t.length != 256) {
                    throw PyErrors.valueError("translation table must be 256 characters long");
                }
            }
            boolean[] del = new boolean[256];
            if (!TypeSupport.absent(delete)) {
                for (byte d : BytesSupport.requireBytesLike(delete)) {
                    del[d & 0xff] = true;
                }
            }
            byte[] src = s.getBytes();
            byte[] r = new byte[src.length];
            int n = 0;
            for (byte c : src) {
                if (!del[c & 0xff]) {
                    r[n++] = t == null ? c : t[c & 0xff];
                }
            }
            return BytesSupport.like(s, n == r.length ? r : java.util.Arrays.copyOf(r, n));
        }
    }

    @Builtin(name = "hex", params = {"self", "sep=", "bytes_per_sep="})
    @GenerateNodeFactory
    abstract static class HexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sep, Object bytes_per_sep) {
            PyBytes s = BytesSupport.self(self, "hex", false);
            return BytesSupport.hex(s.getBytes(), sep, bytes_per_sep);
        }
    }

    @Builtin(name = "find", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class FindNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sub, Object start, Object end) {
            PyBytes s = BytesSupport.self(self, "find", false);
            return BytesSupport.find(s, sub, start, end, false);
        }
    }

    @Builtin(name = "rfind", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class RfindNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sub, Object start, Object end) {
            PyBytes s = BytesSupport.self(self, "rfind", false);
            return BytesSupport.find(s, sub, start, end, true);
        }
    }

    @Builtin(name = "index", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sub, Object start, Object end) {
            PyBytes s = BytesSupport.self(self, "index", false);
            return index(BytesSupport.find(s, sub, start, end, false));
        }
    }

    @Builtin(name = "rindex", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class RindexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sub, Object start, Object end) {
            PyBytes s = BytesSupport.self(self, "rindex", false);
            return index(BytesSupport.find(s, sub, start, end, true));
        }
    }

    @Builtin(name = "count", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sub, Object start, Object end) {
            PyBytes s = BytesSupport.self(self, "count", false);
            return BytesSupport.count(s, sub, start, end);
        }
    }

    @Builtin(name = "startswith", params = {"self", "prefix", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class StartswithNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object prefix, Object start, Object end) {
            PyBytes s = BytesSupport.self(self, "startswith", false);
            return BytesSupport.startsEnds(s, prefix, start, end, false, "startswith");
        }
    }

    @Builtin(name = "endswith", params = {"self", "suffix", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class EndswithNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object suffix, Object start, Object end) {
            PyBytes s = BytesSupport.self(self, "endswith", false);
            return BytesSupport.startsEnds(s, suffix, start, end, true, "endswith");
        }
    }

    @Builtin(name = "split", params = {"self", "sep=", "maxsplit="})
    @GenerateNodeFactory
    abstract static class SplitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sep, Object maxsplit) {
            PyBytes s = BytesSupport.self(self, "split", false);
            return BytesSupport.split(s, sep, maxsplit, false);
        }
    }

    @Builtin(name = "rsplit", params = {"self", "sep=", "maxsplit="})
    @GenerateNodeFactory
    abstract static class RsplitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sep, Object maxsplit) {
            PyBytes s = BytesSupport.self(self, "rsplit", false);
            return BytesSupport.split(s, sep, maxsplit, true);
        }
    }

    @Builtin(name = "splitlines", params = {"self", "keepends="})
    @GenerateNodeFactory
    abstract static class SplitlinesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object keepends) {
            PyBytes s = BytesSupport.self(self, "splitlines", false);
            return BytesSupport.splitlines(s, keepends);
        }
    }

    @Builtin(name = "join", params = {"self", "iterable_of_bytes", "/"})
    @GenerateNodeFactory
    abstract static class JoinNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object iterable_of_bytes) {
            PyBytes s = BytesSupport.self(self, "join", false);
            return BytesSupport.join(s, iterable_of_bytes);
        }
    }

    @Builtin(name = "strip", params = {"self", "bytes=", "/"})
    @GenerateNodeFactory
    abstract static class StripNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object bytes) {
            PyBytes s = BytesSupport.self(self, "strip", false);
            return BytesSupport.strip(s, bytes, 0);
        }
    }

    @Builtin(name = "lstrip", params = {"self", "bytes=", "/"})
    @GenerateNodeFactory
    abstract static class LstripNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object bytes) {
            PyBytes s = BytesSupport.self(self, "lstrip", false);
            return BytesSupport.strip(s, bytes, 1);
        }
    }

    @Builtin(name = "rstrip", params = {"self", "bytes=", "/"})
    @GenerateNodeFactory
    abstract static class RstripNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object bytes) {
            PyBytes s = BytesSupport.self(self, "rstrip", false);
            return BytesSupport.strip(s, bytes, 2);
        }
    }

    @Builtin(name = "replace", params = {"self", "old", "new", "count=", "/"})
    @GenerateNodeFactory
    abstract static class ReplaceNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object old, Object new_, Object count) {
            PyBytes s = BytesSupport.self(self, "replace", false);
            return BytesSupport.replace(s, old, new_, count);
        }
    }

    @Builtin(name = "partition", params = {"self", "sep", "/"})
    @GenerateNodeFactory
    abstract static class PartitionNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sep) {
            PyBytes s = BytesSupport.self(self, "partition", false);
            return BytesSupport.partition(s, sep, false);
        }
    }

    @Builtin(name = "rpartition", params = {"self", "sep", "/"})
    @GenerateNodeFactory
    abstract static class RpartitionNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sep) {
            PyBytes s = BytesSupport.self(self, "rpartition", false);
            return BytesSupport.partition(s, sep, true);
        }
    }

    @Builtin(name = "center", params = {"self", "width", "fillchar=", "/"})
    @GenerateNodeFactory
    abstract static class CenterNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object width, Object fillchar) {
            PyBytes s = BytesSupport.self(self, "center", false);
            return BytesSupport.pad(s, width, fillchar, "center", 0);
        }
    }

    @Builtin(name = "ljust", params = {"self", "width", "fillchar=", "/"})
    @GenerateNodeFactory
    abstract static class LjustNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object width, Object fillchar) {
            PyBytes s = BytesSupport.self(self, "ljust", false);
            return BytesSupport.pad(s, width, fillchar, "ljust", 1);
        }
    }

    @Builtin(name = "rjust", params = {"self", "width", "fillchar=", "/"})
    @GenerateNodeFactory
    abstract static class RjustNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object width, Object fillchar) {
            PyBytes s = BytesSupport.self(self, "rjust", false);
            return BytesSupport.pad(s, width, fillchar, "rjust", 2);
        }
    }

    @Builtin(name = "zfill", params = {"self", "width", "/"})
    @GenerateNodeFactory
    abstract static class ZfillNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object width) {
            PyBytes s = BytesSupport.self(self, "zfill", false);
            return BytesSupport.zfill(s, width);
        }
    }

    @Builtin(name = "upper", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class UpperNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "upper", false);
            return BytesSupport.changeCase(s, 0);
        }
    }

    @Builtin(name = "lower", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LowerNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "lower", false);
            return BytesSupport.changeCase(s, 1);
        }
    }

    @Builtin(name = "swapcase", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SwapcaseNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "swapcase", false);
            return BytesSupport.changeCase(s, 2);
        }
    }

    @Builtin(name = "title", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class TitleNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "title", false);
            return BytesSupport.changeCase(s, 3);
        }
    }

    @Builtin(name = "capitalize", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CapitalizeNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "capitalize", false);
            return BytesSupport.changeCase(s, 4);
        }
    }

    @Builtin(name = "isdigit", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsdigitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "isdigit", false);
            return BytesSupport.predicate(s, 0);
        }
    }

    @Builtin(name = "isalpha", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsalphaNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "isalpha", false);
            return BytesSupport.predicate(s, 1);
        }
    }

    @Builtin(name = "isalnum", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsalnumNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "isalnum", false);
            return BytesSupport.predicate(s, 2);
        }
    }

    @Builtin(name = "isspace", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsspaceNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "isspace", false);
            return BytesSupport.predicate(s, 3);
        }
    }

    @Builtin(name = "isascii", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsasciiNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "isascii", false);
            return BytesSupport.predicate(s, 4);
        }
    }

    @Builtin(name = "isupper", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsupperNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "isupper", false);
            return BytesSupport.predicate(s, 5);
        }
    }

    @Builtin(name = "islower", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IslowerNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "islower", false);
            return BytesSupport.predicate(s, 6);
        }
    }

    @Builtin(name = "istitle", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IstitleNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "istitle", false);
            return BytesSupport.predicate(s, 7);
        }
    }

    @Builtin(name = "expandtabs", params = {"self", "tabsize="})
    @GenerateNodeFactory
    abstract static class ExpandtabsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object tabsize) {
            PyBytes s = BytesSupport.self(self, "expandtabs", false);
            return BytesSupport.expandtabs(s, tabsize);
        }
    }

    @Builtin(name = "removeprefix", params = {"self", "prefix", "/"})
    @GenerateNodeFactory
    abstract static class RemoveprefixNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object prefix) {
            PyBytes s = BytesSupport.self(self, "removeprefix", false);
            return removeAffix(s, prefix, false);
        }
    }

    @Builtin(name = "removesuffix", params = {"self", "suffix", "/"})
    @GenerateNodeFactory
    abstract static class RemovesuffixNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object suffix) {
            PyBytes s = BytesSupport.self(self, "removesuffix", false);
            return removeAffix(s, suffix, true);
        }
    }
}
