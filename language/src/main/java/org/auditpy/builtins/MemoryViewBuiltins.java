package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.Identity;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyMemoryView;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySlice;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code memoryview} (Objects/memoryobject.c, 3.11) over bytes and bytearray ({@link PyMemoryView}): one dimension
 * of items of a native format. Length, indexing, slicing (a slice is a view), item and slice assignment through a view
 * of a bytearray, {@code tobytes}, {@code tolist}, {@code hex}, {@code cast} from or to a byte format ('B', 'b', 'c'
 * and the native formats {@code ?hHiIlLqQnNfdP}), {@code toreadonly},
 * {@code release} and the context manager, comparison with any bytes-like object, hashing of read-only views, and
 * the attributes of the buffer ({@code obj}, {@code nbytes}, {@code format}, {@code shape}, ...), with CPython's
 * error messages. A view is accepted wherever the interpreter takes a bytes-like object (BytesSupport.bytesLike).
 * Not yet: multi-dimensional shapes ({@code cast} raises NotImplementedError), views of other exporters
 * (array.array, mmap).
 */
public final class MemoryViewBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return MemoryViewBuiltinsFactory.getFactories();
    }

    static PyMemoryView view(Object o, String method) {
        if (o instanceof PyMemoryView m) {
            return m;
        }
        throw TypeSupport.descrError(method, "memoryview", o);
    }

    /** A live view's item index from an int key: IndexError "index out of bounds on dimension 1". */
    static int index(PyMemoryView m, Object key) {
        if (!PyOps.isInt(key) && PyOps.typeOf(key).lookup("__index__") == null) {
            throw PyErrors.typeError("memoryview: invalid slice key");
        }
        long i = PyOps.asIndex(key);
        if (i < 0) {
            i += m.length;
        }
        if (i < 0 || i >= m.length) {
            throw PyErrors.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    /** The sub-view of a slice: {@code [start, length, step]} in m's underlying bytes. */
    static PyMemoryView sliced(PyMemoryView m, PySlice sl) {
        long[] r = sl.indices(m.length);
        long n;
        if (r[2] > 0) {
            n = r[1] > r[0] ? (r[1] - r[0] - 1) / r[2] + 1 : 0;
        } else {
            n = r[1] < r[0] ? (r[0] - r[1] - 1) / -r[2] + 1 : 0;
        }
        return new PyMemoryView(m.getPythonClass(), m.obj, m.base, m.offset((int) r[0]), (int) n, (int) (m.step * r[2]), m.format, m.readonly);
    }

    @Builtin(name = "__new__", params = {"cls", "object"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object object) {
            PyMemoryView m = PyMemoryView.of(object);
            if (m == null) {
                throw PyErrors.typeError("memoryview: a bytes-like object is required, not '" + PyOps.typeName(object) + "'");
            }
            return m;
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyMemoryView m = view(self, "__len__");
            m.check();
            return (long) m.length;
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            PyMemoryView m = view(self, "__getitem__");
            m.check();
            if (key instanceof PySlice sl) {
                return sliced(m, sl);
            }
            if (key == PyNone.ELLIPSIS) {
                return self;
            }
            if (key instanceof PyTuple) {
                throw PyErrors.raise("NotImplementedError", "multi-dimensional sub-views are not implemented");
            }
            return m.item(index(m, key));
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key, Object value) {
            PyMemoryView m = view(self, "__setitem__");
            m.check();
            if (m.readonly) {
                throw PyErrors.typeError("cannot modify read-only memory");
            }
            if (key instanceof PySlice sl) {
                // memory_ass_sub's copy_single: the value is a buffer of the same format and length
                PyMemoryView src = PyMemoryView.of(value);
                if (src == null) {
                    throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(value) + "'");
                }
                PyMemoryView dst = sliced(m, sl);
                try {
                    if (src.code != dst.code || src.length != dst.length) {
                        throw PyErrors.valueError("memoryview assignment: lvalue and rvalue have different structures");
                    }
                    byte[] data = src.toBytes();
                    for (int i = 0; i < dst.length; i++) {
                        dst.put(dst.offset(i) - dst.start, data, i * dst.itemsize, dst.itemsize);
                    }
                } finally {
                    src.release();
                    dst.release();
                }
                return PyNone.NONE;
            }
            m.setItem(index(m, key), value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class DelItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            PyMemoryView m = view(self, "__delitem__");
            m.check();
            if (m.readonly) {
                throw PyErrors.typeError("cannot modify read-only memory");
            }
            throw PyErrors.typeError("cannot delete memory");
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return PyOps.getIter(ToListNode.toList(view(self, "__iter__")));
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyMemoryView m = view(self, "__repr__");
            return (m.isReleased() ? "<released memory at 0x" : "<memory at 0x") + Long.toHexString(Identity.id(self)) + ">";
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyMemoryView m = view(self, "__eq__");
            if (self == other) {
                return true;
            }
            if (m.isReleased() || (other instanceof PyMemoryView o && o.isReleased())) {
                return false;
            }
            PyMemoryView o = PyMemoryView.of(other);
            if (o == null) {
                return PyNone.NOT_IMPLEMENTED;
            }
            if (m.length != o.length) {
                return false;
            }
            for (int i = 0; i < m.length; i++) {
                if (!PyOps.equals(m.item(i), o.item(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyMemoryView m = view(self, "__hash__");
            m.check();
            if (!m.readonly) {
                throw PyErrors.valueError("cannot hash writable memoryview object");
            }
            if (!m.isByteFormat()) {
                throw PyErrors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            return PyOps.hash(PyBytes.of(m.toBytes()));
        }
    }

    @Builtin(name = "__enter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class EnterNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            view(self, "__enter__").check();
            return self;
        }
    }

    @Builtin(name = "__exit__", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class ExitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object args) {
            view(self, "__exit__").release();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "release", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReleaseNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            view(self, "release").release();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "tobytes", params = {"self", "order="})
    @GenerateNodeFactory
    abstract static class ToBytesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object order) {
            PyMemoryView m = view(self, "tobytes");
            m.check();
            if (!TypeSupport.absent(order) && order != PyNone.NONE) {
                if (!(order instanceof String s)) {
                    throw PyErrors.typeError("tobytes() argument 'order' must be str or None, not " + PyOps.typeName(order));
                }
                if (!s.equals("C") && !s.equals("F") && !s.equals("A")) {
                    throw PyErrors.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            return PyBytes.of(m.toBytes());
        }
    }

    @Builtin(name = "tolist", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ToListNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return toList(view(self, "tolist"));
        }

        static PyList toList(PyMemoryView m) {
            m.check();
            Object[] items = new Object[m.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = m.item(i);
            }
            return PyList.of(items);
        }
    }

    @Builtin(name = "hex", params = {"self", "sep=", "bytes_per_sep="})
    @GenerateNodeFactory
    abstract static class HexNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object sep, Object perSep) {
            PyMemoryView m = view(self, "hex");
            m.check();
            return BytesSupport.hex(m.toBytes(), sep, perSep);
        }
    }

    @Builtin(name = "toreadonly", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ToReadOnlyNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            PyMemoryView m = view(self, "toreadonly");
            m.check();
            return new PyMemoryView(m.getPythonClass(), m.obj, m.base, m.start, m.length, m.step, m.format, true);
        }
    }

    @Builtin(name = "cast", params = {"self", "format", "shape="})
    @GenerateNodeFactory
    abstract static class CastNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object format, Object shape) {
            PyMemoryView m = view(self, "cast");
            m.check();
            if (!(format instanceof String fmt)) {
                throw PyErrors.typeError("cast() argument 'format' must be str, not " + PyOps.typeName(format));
            }
            if (!m.isContiguous()) {
                throw PyErrors.typeError("memoryview: casts are restricted to C-contiguous views");
            }
            boolean hasShape = !TypeSupport.absent(shape) && shape != PyNone.NONE;
            if (hasShape && m.length == 0) {
                throw PyErrors.typeError("memoryview: cannot cast view with zeros in shape or strides");
            }
            Object[] dims = null;
            if (hasShape) {
                dims = shape instanceof PyTuple t ? t.items() : shape instanceof PyList l ? l.toArray() : null;
                if (dims == null) {
                    throw PyErrors.typeError("shape must be a list or a tuple");
                }
            }
            // cast_to_1D: a native single-character format; one side of the cast is a byte format
            String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
            int size = f.length() == 1 ? PyMemoryView.itemSize(f.charAt(0)) : -1;
            if (size < 0) {
                throw PyErrors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            }
            char to = f.charAt(0);
            if (!m.isByteFormat() && to != 'B' && to != 'b' && to != 'c') {
                throw PyErrors.typeError("memoryview: cannot cast between two non-byte formats");
            }
            int nbytes = m.nbytes();
            if (nbytes % size != 0) {
                throw PyErrors.typeError("memoryview: length is not a multiple of itemsize");
            }
            if (dims != null && (dims.length != 1 || !PyOps.equals(dims[0], (long) (nbytes / size)))) {
                throw PyErrors.raise("NotImplementedError", "memoryview.cast: auditpy views have one dimension");
            }
            return new PyMemoryView(m.getPythonClass(), m.obj, m.base, m.start, nbytes / size, size, fmt, m.readonly);
        }
    }

    private static PyMemoryView live(Object o) {
        PyMemoryView m = (PyMemoryView) o;
        m.check();
        return m;
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().memoryview;
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("obj", new Descriptors.GetSet(gs, "obj", t, o -> live(o).obj, null, null));
        ns.setStr("nbytes", new Descriptors.GetSet(gs, "nbytes", t, o -> (long) live(o).nbytes(), null, null));
        ns.setStr("readonly", new Descriptors.GetSet(gs, "readonly", t, o -> live(o).readonly, null, null));
        ns.setStr("itemsize", new Descriptors.GetSet(gs, "itemsize", t, o -> (long) live(o).itemsize, null, null));
        ns.setStr("format", new Descriptors.GetSet(gs, "format", t, o -> live(o).format, null, null));
        ns.setStr("ndim", new Descriptors.GetSet(gs, "ndim", t, o -> live(o) == null ? null : 1L, null, null));
        ns.setStr("shape", new Descriptors.GetSet(gs, "shape", t, o -> PyTuple.of((long) live(o).length), null, null));
        ns.setStr("strides", new Descriptors.GetSet(gs, "strides", t, o -> PyTuple.of((long) live(o).step), null, null));
        ns.setStr("suboffsets", new Descriptors.GetSet(gs, "suboffsets", t, o -> live(o) == null ? null : PyTuple.of(), null, null));
        ns.setStr("c_contiguous", new Descriptors.GetSet(gs, "c_contiguous", t, o -> contiguous(live(o)), null, null));
        ns.setStr("f_contiguous", new Descriptors.GetSet(gs, "f_contiguous", t, o -> contiguous(live(o)), null, null));
        ns.setStr("contiguous", new Descriptors.GetSet(gs, "contiguous", t, o -> contiguous(live(o)), null, null));
    }

    private static boolean contiguous(PyMemoryView m) {
        return m.isContiguous();
    }
}
