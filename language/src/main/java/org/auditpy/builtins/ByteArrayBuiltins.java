package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySlice;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Sequences;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** The mutating methods of {@code bytearray} (Objects/bytearrayobject.c), installed after {@link BytesBuiltins}. */
public final class ByteArrayBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ByteArrayBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(PythonContext context, PyDict namespace) {
        TypeSupport.unhashable(namespace);
        namespace.removeItem("__getnewargs__");
        namespace.removeItem("__bytes__");
    }

    @TruffleBoundary
    static int index(PyBytes s, Object key) {
        return index(s, PyOps.asIndexForSubscript(key, "bytearray"));
    }

    /** A subscript already converted to an index, normalized and checked against the length. */
    static int index(PyBytes s, long i) {
        byte[] b = s.getBytes();
        if (i < 0) {
            i += b.length;
        }
        if (i < 0 || i >= b.length) {
            throw PyErrors.indexError("bytearray index out of range");
        }
        return (int) i;
    }

    @TruffleBoundary
    static void setItem(PyBytes s, Object key, Object value) {
        if (!(key instanceof PySlice sl)) {
            // bytearray_ass_subscript: the key becomes an index, then the value a byte, then the index is checked
            long raw = PyOps.asIndexForSubscript(key, "bytearray");
            byte v = BytesSupport.byteValue(value);
            int i = index(s, raw);
            s.getBytes()[i] = v;
            return;
        }
        byte[] vals = BytesSupport.bytesLike(value);
        if (vals != null) {
            vals = vals.clone();
        } else if (value instanceof String || Comparisons_isNumber(value)) {
            throw PyErrors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else {
            vals = BytesSupport.fromIterable(value, "bytearray");
        }
        byte[] b = s.getBytes();
        long[] ix = sl.indices(b.length);
        if (ix[2] == 1) {
            int start = (int) ix[0];
            int stop = (int) Math.max(ix[0], ix[1]);
            byte[] r = new byte[b.length - (stop - start) + vals.length];
            System.arraycopy(b, 0, r, 0, start);
            System.arraycopy(vals, 0, r, start, vals.length);
            System.arraycopy(b, stop, r, start + vals.length, b.length - stop);
            s.setBytes(r);
            return;
        }
        if (vals.length != ix[3]) {
            throw PyErrors.valueError("attempt to assign bytes of size " + vals.length + " to extended slice of size " + ix[3]);
        }
        for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
            b[(int) j] = vals[(int) i];
        }
    }

    private static boolean Comparisons_isNumber(Object o) {
        return PyOps.isInt(o) || o instanceof Double || PyOps.typeOf(o).lookup("__index__") != null || PyOps.typeOf(o).lookup("__float__") != null;
    }

    @TruffleBoundary
    static void delItem(PyBytes s, Object key) {
        byte[] b = s.getBytes();
        if (!(key instanceof PySlice sl)) {
            int i = index(s, key);
            byte[] r = new byte[b.length - 1];
            System.arraycopy(b, 0, r, 0, i);
            System.arraycopy(b, i + 1, r, i, b.length - i - 1);
            s.setBytes(r);
            return;
        }
        long[] ix = sl.indices(b.length);
        boolean[] drop = new boolean[b.length];
        for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
            drop[(int) j] = true;
        }
        byte[] r = new byte[(int) (b.length - ix[3])];
        int k = 0;
        for (int i = 0; i < b.length; i++) {
            if (!drop[i]) {
                r[k++] = b[i];
            }
        }
        s.setBytes(r);
    }

    @TruffleBoundary
    static void extend(PyBytes s, Object it) {
        byte[] o = BytesSupport.bytesLike(it);
        if (o == null) {
            if (Sequences.getIterOrNull(it) == null) {
                throw PyErrors.typeError("can't extend bytearray with " + PyOps.typeName(it));
            }
            o = BytesSupport.fromIterable(it, "bytearray");
        }
        s.append(o, 0, o.length);
    }

    @TruffleBoundary
    static Object pop(PyBytes s, Object index) {
        byte[] b = s.getBytes();
        if (b.length == 0) {
            throw PyErrors.indexError("pop from empty bytearray");
        }
        long i = TypeSupport.absent(index) ? -1 : PyOps.asIndex(index);
        if (i < 0) {
            i += b.length;
        }
        if (i < 0 || i >= b.length) {
            throw PyErrors.indexError("pop index out of range");
        }
        long v = b[(int) i] & 0xff;
        byte[] r = new byte[b.length - 1];
        System.arraycopy(b, 0, r, 0, (int) i);
        System.arraycopy(b, (int) i + 1, r, (int) i, b.length - (int) i - 1);
        s.setBytes(r);
        return v;
    }

    @TruffleBoundary
    static void insertByte(PyBytes s, Object index, Object item) {
        byte[] b = s.getBytes();
        long i = PyOps.asIndex(index);
        byte v = BytesSupport.byteValue(item);
        if (i < 0) {
            i = Math.max(0, i + b.length);
        }
        i = Math.min(i, b.length);
        byte[] r = new byte[b.length + 1];
        System.arraycopy(b, 0, r, 0, (int) i);
        r[(int) i] = v;
        System.arraycopy(b, (int) i, r, (int) i + 1, b.length - (int) i);
        s.setBytes(r);
    }

    @TruffleBoundary
    static void remove(PyBytes s, Object value) {
        byte v = BytesSupport.byteValue(value);
        byte[] b = s.getBytes();
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                byte[] r = new byte[b.length - 1];
                System.arraycopy(b, 0, r, 0, i);
                System.arraycopy(b, i + 1, r, i, b.length - i - 1);
                s.setBytes(r);
                return;
            }
        }
        throw PyErrors.valueError("value not found in bytearray");
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object args, Object kwargs) {
            PyType ba = BytesSupport.byteArrayType();
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(ba)) {
                throw PyErrors.newArgError("bytearray", cls);
            }
            return new PyBytes(t, new byte[0]);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetitemDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key, Object value) {
            PyBytes s = BytesSupport.self(self, "__setitem__", true);
            setItem(s, key, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class DelitemDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            PyBytes s = BytesSupport.self(self, "__delitem__", true);
            delItem(s, key);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "append", params = {"self", "item", "/"})
    @GenerateNodeFactory
    abstract static class AppendNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object item) {
            PyBytes s = BytesSupport.self(self, "append", true);
            byte v = BytesSupport.byteValue(item);
            s.append(new byte[]{v}, 0, 1);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "extend", params = {"self", "iterable_of_ints", "/"})
    @GenerateNodeFactory
    abstract static class ExtendNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object iterable_of_ints) {
            PyBytes s = BytesSupport.self(self, "extend", true);
            extend(s, iterable_of_ints);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self", "index=", "/"})
    @GenerateNodeFactory
    abstract static class PopNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object index) {
            PyBytes s = BytesSupport.self(self, "pop", true);
            return pop(s, index);
        }
    }

    @Builtin(name = "insert", params = {"self", "index", "item", "/"})
    @GenerateNodeFactory
    abstract static class InsertNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object index, Object item) {
            PyBytes s = BytesSupport.self(self, "insert", true);
            insertByte(s, index, item);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "remove", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class RemoveNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            PyBytes s = BytesSupport.self(self, "remove", true);
            remove(s, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "clear", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ClearNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "clear", true);
            s.setBytes(new byte[0]);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CopyNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "copy", true);
            return new PyBytes(BytesSupport.byteArrayType(), s.getBytes().clone());
        }
    }

    @Builtin(name = "reverse", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReverseNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "reverse", true);
            byte[] b = s.getBytes().clone();
            for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                byte t = b[i];
                b[i] = b[j];
                b[j] = t;
            }
            s.setBytes(b);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__iadd__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IaddDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyBytes s = BytesSupport.self(self, "__iadd__", true);
            byte[] o = BytesSupport.bytesLike(other);
            if (o == null) {
                throw PyErrors.typeError("can't concat " + PyOps.typeName(other) + " to bytearray");
            }
            s.append(o, 0, o.length);
            return s;
        }
    }

    @Builtin(name = "__imul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class ImulDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object value) {
            PyBytes s = BytesSupport.self(self, "__imul__", true);
            s.setBytes(BytesBuiltins.repeatBytes(s.getBytes(), value, true));
            return s;
        }
    }

    @Builtin(name = "__init__", params = {"self", "source=", "encoding=", "errors="})
    @GenerateNodeFactory
    abstract static class InitDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object source, Object encoding, Object errors) {
            PyBytes s = BytesSupport.self(self, "__init__", true);
            if (s.size() != 0) {
                // bytearray___init___impl empties the array first, which is a resize
                s.checkResizable();
            }
            s.setBytes(BytesSupport.newByteArray(source, encoding, errors));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__alloc__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AllocDunderNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyBytes s = BytesSupport.self(self, "__alloc__", true);
            return (long) s.getBytes().length + 1;
        }
    }
}
