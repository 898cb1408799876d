package org.auditpy.builtins;

import static org.auditpy.builtins.TypeSupport.absent;

import java.util.List;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyDictView;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyIterator.DictIterator.Kind;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Methods of {@code dict} (Objects/dictobject.c). */
public final class DictBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return DictBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        TypeSupport.unhashable(ns);
    }

    static PyDict self(Object o, String name) {
        if (o instanceof PyDict d) {
            return d;
        }
        throw TypeSupport.descrError(name, "dict", o);
    }

    static boolean isDict(Object o) {
        return o instanceof PyDict;
    }

    /** {@code dict.update(arg)} for one positional argument (dict_update_arg / PyDict_MergeFromSeq2). */
    @TruffleBoundary
    static void updateFrom(PyDict d, Object arg) {
        if (isDict(arg) && (((PyDict) arg).getPythonClass() == PythonContext.get().types().dict ||
                        PyOps.typeOf(arg).lookup("keys") == PythonContext.get().types().dict.getDict().getStr("keys"))) {
            PyDict o = (PyDict) arg;
            if (o != d) {
                d.putAll(o);
            }
            return;
        }
        if (arg instanceof IterTypes.Zip z && !z.getPythonClass().isHeapType() && z.pairOrNull() != null) {
            // dict(zip(keys, values)): the pairs without their tuples (a zip has no keys attribute, and its pairs
            // always have length 2); the zip ends as its own next would end it
            Object[] its = z.pairOrNull();
            Object k;
            while ((k = PyOps.next(its[0])) != null) {
                Object v = PyOps.next(its[1]);
                if (v == null) {
                    break;
                }
                d.setItem(k, v);
            }
            z.end();
            return;
        }
        Object keys = PyOps.getAttributeOrNull(arg, "keys");
        if (keys != null) {
            for (Object k : PyOps.toArray(PyOps.callPositional(keys))) {
                d.setItem(k, PyOps.getItem(arg, k));
            }
            return;
        }
        Object it = PyOps.getIter(arg);
        Object item;
        int i = 0;
        while ((item = PyOps.next(it)) != null) {
            Object[] kv;
            if (item instanceof PyTuple t) {
                kv = t.items();
            } else {
                Object sub;
                try {
                    sub = PyOps.getIter(item);
                } catch (PyException e) {
                    if (PyOps.isException(e, "TypeError")) {
                        throw PyErrors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    throw e;
                }
                kv = PyOps.toArray(sub);
            }
            if (kv.length != 2) {
                throw PyErrors.valueError("dictionary update sequence element #" + i + " has length " + kv.length + "; 2 is required");
            }
            d.setItem(kv[0], kv[1]);
            i++;
        }
    }

    @TruffleBoundary
    static void update(PyDict d, Object args, Object kwargs, String name) {
        Object[] a = ((PyTuple) args).items();
        if (a.length > 1) {
            throw PyErrors.typeError(name + " expected at most 1 argument, got " + a.length);
        }
        if (a.length == 1) {
            updateFrom(d, a[0]);
        }
        if (kwargs instanceof PyDict kw && kw.size() > 0) {
            d.putAll(kw);
        }
    }

    @TruffleBoundary
    static String repr(PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        if (!TypeSupport.reprEnter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < d.entrySlots(); i++) {
                Object k = d.keyAt(i);
                if (k == null) {
                    continue;
                }
                Object v = d.valueAt(i);
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(PyOps.repr(k)).append(": ").append(PyOps.repr(v));
            }
            return sb.append('}').toString();
        } finally {
            TypeSupport.reprLeave(d);
        }
    }

    @TruffleBoundary
    static boolean dictEquals(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.entrySlots(); i++) {
            Object k = a.keyAt(i);
            if (k == null) {
                continue;
            }
            Object va = a.valueAt(i);
            Object vb = b.getItem(k);
            if (vb == null || !(PyOps.identical(va, vb) || PyOps.equals(va, vb))) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    static PyDict copyOf(PyDict d) {
        PyDict r = PyDict.create();
        r.putAll(d);
        return r;
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(PythonContext.get().types().dict)) {
                throw PyErrors.newArgError("dict", cls);
            }
            return new PyDict(t);
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object args, Object kwargs) {
            update(self(self, "__init__"), args, kwargs, "dict");
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            PyDict d = self(self, "__getitem__");
            Object v = d.getItem(key);
            if (v != null) {
                return v;
            }
            PyType t = d.getPythonClass();
            if (t != PythonContext.get().types().dict) {
                Object missing = t.lookup("__missing__");
                if (missing != null) {
                    return PyOps.callDescriptor(missing, d, key);
                }
            }
            throw PyErrors.keyError(key);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key, Object value) {
            self(self, "__setitem__").setItem(key, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class DelItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            if (self(self, "__delitem__").removeItem(key) == null) {
                throw PyErrors.keyError(key);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key) {
            return self(self, "__contains__").containsKey(key);
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return (long) self(self, "__len__").size();
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return new PyIterator.DictIterator(PythonContext.get().types().dictKeyIterator, self(self, "__iter__"), Kind.KEYS);
        }
    }

    @Builtin(name = "__reversed__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            Object[] keys = self(self, "__reversed__").keysArray();
            java.util.Collections.reverse(java.util.Arrays.asList(keys));
            return new PyIterator.ArrayIterator(PythonContext.get().types().iterator, keys, keys.length);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyDict d = self(self, "__eq__");
            if (!isDict(other)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return dictEquals(d, (PyDict) other);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyDict d = self(self, "__ne__");
            if (!isDict(other)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return !dictEquals(d, (PyDict) other);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return repr(self(self, "__repr__"));
        }
    }

    @Builtin(name = "__or__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class OrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            if (!isDict(self) || !isDict(other)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            PyDict r = copyOf((PyDict) self);
            r.putAll((PyDict) other);
            return r;
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class ROrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            if (!isDict(self) || !isDict(other)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            PyDict r = copyOf((PyDict) other);
            r.putAll((PyDict) self);
            return r;
        }
    }

    @Builtin(name = "__ior__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IOrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object other) {
            PyDict d = self(self, "__ior__");
            updateFrom(d, other);
            return d;
        }
    }

    @Builtin(name = "get", params = {"self", "key", "default=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends PythonBuiltinNode {
        /** An exact str key looked up in compiled code ({@link PyDict#findStrEntry}). */
        @Specialization
        static Object str(PyDict self, String key, Object dflt) {
            return found(self, self.findStrEntry(key), key, dflt);
        }

        /** An int key looked up in compiled code ({@link PyDict#findLongEntry}). */
        @Specialization
        static Object integer(PyDict self, long key, Object dflt) {
            return found(self, self.findLongEntry(key), key, dflt);
        }

        /**
         * A key that hashes by identity (an instance, a class, a function) looked up in compiled code
         * ({@link PyDict#findIdentityEntry}).
         */
        @Specialization(guards = "identityHashed(key)")
        static Object identity(PyDict self, org.auditpy.runtime.PythonObject key, Object dflt) {
            return found(self, self.findIdentityEntry(key), key, dflt);
        }

        static boolean identityHashed(Object key) {
            return org.auditpy.runtime.PyOps.hashesByIdentity(key);
        }

        /** The answer for entry {@code e} of a compiled probe: its value, the default, or the generic lookup. */
        private static Object found(PyDict self, int e, Object key, Object dflt) {
            if (e >= 0) {
                return self.valueAt(e);
            }
            if (e == PyDict.STR_MISS) {
                return absent(dflt) ? PyNone.NONE : dflt;
            }
            return f(self, key, dflt);
        }

        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key, Object dflt) {
            Object v = self(self, "get").getItem(key);
            return v != null ? v : absent(dflt) ? PyNone.NONE : dflt;
        }
    }

    @Builtin(name = "setdefault", params = {"self", "key", "default=", "/"})
    @GenerateNodeFactory
    abstract static class SetDefaultNode extends PythonBuiltinNode {
        /**
         * An exact str key found in compiled code ({@link PyDict#findStrEntry}): the default is not stored, so a
         * fresh default ({@code d.setdefault(k, []).append(x)}) need not be allocated when the key is present.
         */
        @Specialization
        static Object str(PyDict self, String key, Object dflt) {
            int e = self.findStrEntry(key);
            if (e >= 0) {
                return self.valueAt(e);
            }
            return f(self, key, dflt);
        }

        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key, Object dflt) {
            PyDict d = self(self, "setdefault");
            Object v = d.getItem(key);
            if (v != null) {
                return v;
            }
            Object nv = absent(dflt) ? PyNone.NONE : dflt;
            d.setItem(key, nv);
            return nv;
        }
    }

    @Builtin(name = "pop", params = {"self", "key", "default=", "/"})
    @GenerateNodeFactory
    abstract static class PopNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object key, Object dflt) {
            Object v = self(self, "pop").removeItem(key);
            if (v != null) {
                return v;
            }
            if (absent(dflt)) {
                throw PyErrors.keyError(key);
            }
            return dflt;
        }
    }

    @Builtin(name = "popitem", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class PopItemNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            Object[] kv = self(self, "popitem").popLast();
            if (kv == null) {
                throw PyErrors.keyError("popitem(): dictionary is empty");
            }
            return PyTuple.of(kv);
        }
    }

    @Builtin(name = "update", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class UpdateNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self, Object args, Object kwargs) {
            update(self(self, "update"), args, kwargs, "update");
            return PyNone.NONE;
        }
    }

    @Builtin(name = "keys", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class KeysNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return new PyDictView(PythonContext.get().types().dictKeys, self(self, "keys"), Kind.KEYS);
        }
    }

    @Builtin(name = "values", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ValuesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return new PyDictView(PythonContext.get().types().dictValues, self(self, "values"), Kind.VALUES);
        }
    }

    @Builtin(name = "items", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ItemsNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            return new PyDictView(PythonContext.get().types().dictItems, self(self, "items"), Kind.ITEMS);
        }
    }

    @Builtin(name = "copy", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CopyNode extends PythonBuiltinNode {
        @Specialization
        static Object f(Object self) {
            return copyOf(self(self, "copy"));
        }
    }

    @Builtin(name = "clear", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ClearNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object self) {
            self(self, "clear").clear();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "fromkeys", params = {"cls", "iterable", "value=", "/"}, isClassMethod = true)
    @GenerateNodeFactory
    abstract static class FromKeysNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object f(Object cls, Object iterable, Object value) {
            Object v = absent(value) ? PyNone.NONE : value;
            PyType dictType = PythonContext.get().types().dict;
            if (cls == dictType && iterable instanceof org.auditpy.runtime.PyList l && !l.getPythonClass().isHeapType()) {
                // dict.fromkeys(list): the dict made without calling the class (it is exactly dict, whose __new__
                // and __init__ take no part), the keys read by index against the live size as list's iterator
                PyDict d = new PyDict(dictType);
                for (int i = 0; i < l.size(); i++) {
                    d.setItem(l.get(i), v);
                }
                return d;
            }
            Object d = PyOps.callPositional(cls);
            Object[] keys = PyOps.toArray(iterable);
            if (isDict(d) && ((PyDict) d).getPythonClass() == PythonContext.get().types().dict) {
                for (Object k : keys) {
                    ((PyDict) d).setItem(k, v);
                }
            } else {
                for (Object k : keys) {
                    PyOps.setItem(d, k, v);
                }
            }
            return d;
        }
    }
}
