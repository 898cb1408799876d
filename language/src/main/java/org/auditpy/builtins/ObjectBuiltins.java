package org.auditpy.builtins;

import java.util.List;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.Formatting;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code object}'s methods and attributes (Objects/typeobject.c object_*). */
public final class ObjectBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ObjectBuiltinsFactory.getFactories();
    }

    static Object objectNew;
    static Object objectInit;

    static boolean excessArgs(Object args, Object kwargs) {
        return ((PyTuple) args).size() > 0 || ((PyDict) kwargs).size() > 0;
    }

    @Builtin(name = "__new__", params = {"cls", "/", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newObj(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PyType t)) {
                throw PyErrors.newArgError("object", cls);
            }
            if (excessArgs(args, kwargs)) {
                if (t.lookup("__new__") != objectNew) {
                    throw PyErrors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
                }
                if (t.lookup("__init__") == objectInit) {
                    throw PyErrors.typeError(t.getName() + "() takes no arguments");
                }
            }
            if (hasAbstractMethods(t)) {
                Object abs = t.getDict().getStr("__abstractmethods__");
                Object[] names = PyOps.toArray(abs);
                Sorting.sort(names, null, false);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < names.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(PyOps.str(names[i]));
                }
                throw PyErrors.typeError("Can't instantiate abstract class " + t.getName() + " with abstract method" + (names.length > 1 ? "s " : " ") + sb);
            }
            return allocate(t);
        }
    }

    /**
     * Whether object.__new__ refuses to instantiate {@code t}: the class's own {@code __abstractmethods__} (not a
     * base's: CPython keeps it, and the Py_TPFLAGS_IS_ABSTRACT flag, per class) is not empty (abc.ABC sets it for
     * each subclass, as ABCMeta does).
     */
    @TruffleBoundary
    public static boolean hasAbstractMethods(PyType t) {
        Object abs = t.getDict().getStr("__abstractmethods__");
        return abs != null && !(abs instanceof Descriptors.GetSet) && PyOps.isTrue(abs);
    }

    /** An empty instance of {@code t} (for object.__new__). */
    @TruffleBoundary
    static Object allocate(PyType t) {
        BuiltinTypes types = PythonContext.get().types();
        switch (t.getLayout()) {
            case OBJECT:
                return new PythonObject(t);
            case EXCEPTION:
                return new PyBaseException(t, PyTuple.of());
            case DICT:
                return new PyDict(t);
            case LIST:
                return new org.auditpy.runtime.PyList(t);
            case SET:
            case FROZENSET:
                return new PySet(t);
            default:
                if (t == types.module || t.isSubtypeOf(types.module)) {
                    return new PyModule(t, "?", new PyDict(types.dict));
                }
                throw PyErrors.typeError("object.__new__(" + t.getName() + ") is not safe, use " + baseName(t) + ".__new__()");
        }
    }

    static String baseName(PyType t) {
        for (PyType m : t.getMro()) {
            if (!m.isHeapType()) {
                return m.getName();
            }
        }
        return "object";
    }

    @Builtin(name = "__init__", params = {"self", "/", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            if (excessArgs(args, kwargs)) {
                PyType t = PyOps.typeOf(self);
                if (t.lookup("__init__") != objectInit) {
                    throw PyErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (t.lookup("__new__") == objectNew) {
                    throw PyErrors.typeError(t.getName() + "() takes no arguments");
                }
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        static Object repr(Object self) {
            return Formatting.defaultRepr(self);
        }
    }

    @Builtin(name = "__str__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class StrNode extends PythonBuiltinNode {
        @Specialization
        static Object str(Object self) {
            return PyOps.reprSlot(self);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBuiltinNode {
        @Specialization
        static Object eq(Object self, Object other) {
            return self == other ? (Object) true : PyNone.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object ne(Object self, Object other) {
            Object r = PyOps.callSpecial(self, "__eq__", other);
            if (r == null || r == PyNone.NOT_IMPLEMENTED) {
                return PyNone.NOT_IMPLEMENTED;
            }
            return !PyOps.isTrue(r);
        }
    }

    @Builtin(name = "__lt__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class LtNode extends PythonBuiltinNode {
        @Specialization
        static Object lt(Object self, Object other) {
            return PyNone.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__le__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class LeNode extends PythonBuiltinNode {
        @Specialization
        static Object le(Object self, Object other) {
            return PyNone.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__gt__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class GtNode extends PythonBuiltinNode {
        @Specialization
        static Object gt(Object self, Object other) {
            return PyNone.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ge__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class GeNode extends PythonBuiltinNode {
        @Specialization
        static Object ge(Object self, Object other) {
            return PyNone.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object hash(Object self) {
            if (!(self instanceof PythonObject)) {
                return PyOps.hash(self);
            }
            return PyOps.identityHash(self);
        }
    }

    @Builtin(name = "__getattribute__", params = {"self", "name", "/"})
    @GenerateNodeFactory
    abstract static class GetAttributeNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object getattribute(Object self, Object name) {
            String n = BuiltinFunctions.attrName(name);
            Object r = self instanceof PyType t ? PyOps.typeGetAttribute(t, n) : PyOps.genericGetAttribute(self, n);
            if (r == null) {
                // PyObject_GenericGetAttr sets name and obj; type.__getattribute__ (type_getattro) does not
                throw self instanceof PyType ? PyErrors.noAttribute(self, n) : PyErrors.attributeNotFound(self, n);
            }
            return r;
        }
    }

    @Builtin(name = "__setattr__", params = {"self", "name", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetAttrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object setattr(Object self, Object name, Object value) {
            String n = BuiltinFunctions.attrName(name);
            if (self instanceof PyType) {
                throw PyErrors.typeError("can't apply this __setattr__ to " + PyOps.typeName(self) + " object");
            }
            PyOps.genericSetAttribute(self, n, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", params = {"self", "name", "/"})
    @GenerateNodeFactory
    abstract static class DelAttrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object delattr(Object self, Object name) {
            PyOps.genericDeleteAttribute(self, BuiltinFunctions.attrName(name));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__dir__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class DirNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object dir(Object self) {
            PyDict names = PyDict.create();
            if (self instanceof PyModule m) {
                for (Object k : m.getDict().keysArray()) {
                    names.setItem(k, PyNone.NONE);
                }
                return PyList.of(names.keysArray());
            }
            if (self instanceof PythonObject po && !(self instanceof PyType)) {
                for (Object k : po.attributeNames()) {
                    if (k instanceof String s && !s.startsWith("\0")) {
                        names.setItem(k, PyNone.NONE);
                    }
                }
            }
            Object cls = PyOps.getAttributeOrNull(self, "__class__");
            PyType t = cls instanceof PyType ct ? ct : PyOps.typeOf(self);
            TypeBuiltins.mergeClassDicts(t, names);
            return PyList.of(names.keysArray());
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec", "/"})
    @GenerateNodeFactory
    abstract static class FormatNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object format(Object self, Object spec) {
            if (!(spec instanceof String s)) {
                throw PyErrors.typeError("__format__() argument must be str, not " + PyOps.typeName(spec));
            }
            if (!s.isEmpty()) {
                throw PyErrors.typeError("unsupported format string passed to " + PyOps.typeName(self) + ".__format__");
            }
            return PyOps.str(self);
        }
    }

    @Builtin(name = "__reduce_ex__", params = {"self", "protocol", "/"})
    @GenerateNodeFactory
    abstract static class ReduceExNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object reduceEx(Object self, Object protocol) {
            Object reduce = PyOps.typeOf(self).lookup("__reduce__");
            Object objectReduce = PythonContext.get().types().object.getDict().getStr("__reduce__");
            if (reduce != null && reduce != objectReduce) {
                return PyOps.callDescriptor(reduce, self);
            }
            return commonReduce(self, PyOps.asIndex(protocol));
        }
    }

    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends PythonBuiltinNode {
        @Specialization
        static Object reduce(Object self) {
            return commonReduce(self, 0);
        }
    }

    /**
     * CPython's {@code _common_reduce} (Objects/typeobject.c): protocol 2 and later reduce through
     * {@code copyreg.__newobj__} (the C {@code reduce_newobj}, here {@code copyreg._reduce_newobj}), older
     * protocols through {@code copyreg._reduce_ex}.
     */
    @TruffleBoundary
    static Object commonReduce(Object self, long proto) {
        org.auditpy.runtime.PyModule copyreg = org.auditpy.runtime.ImportSystem.findAndLoad("copyreg");
        if (proto >= 2) {
            return PyOps.callPositional(PyOps.getAttribute(copyreg, "_reduce_newobj"), self);
        }
        return PyOps.callPositional(PyOps.getAttribute(copyreg, "_reduce_ex"), self, proto);
    }

    @Builtin(name = "__sizeof__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SizeofNode extends PythonBuiltinNode {
        @Specialization
        static Object sizeof(Object self) {
            return SysModule.approxSize(self);
        }
    }

    @Builtin(name = "__init_subclass__", params = {"cls", "/"}, isClassMethod = true)
    @GenerateNodeFactory
    abstract static class InitSubclassNode extends PythonBuiltinNode {
        @Specialization
        static Object initSubclass(Object cls) {
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__subclasshook__", params = {"cls", "*args"}, isClassMethod = true)
    @GenerateNodeFactory
    abstract static class SubclassHookNode extends PythonBuiltinNode {
        @Specialization
        static Object hook(Object cls, Object args) {
            return PyNone.NOT_IMPLEMENTED;
        }
    }

    /** Instance attributes as a new dict (hidden "\0" keys skipped). */
    @TruffleBoundary
    static PyDict snapshotDict(PythonObject po) {
        PyDict d = PyDict.create();
        for (Object k : po.attributeNames()) {
            if (k instanceof String s && !s.startsWith("\0")) {
                d.setStr(s, po.getAttributeOrNull(s));
            }
        }
        return d;
    }

    /** Replaces all instance attributes by the items of {@code d} ({@code obj.__dict__ = d}). */
    @TruffleBoundary
    static void replaceDict(PythonObject po, Object value) {
        if (!(value instanceof PyDict d)) {
            throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '" + PyOps.typeName(value) + "'");
        }
        po.setInstanceDict(d);
    }

    /** {@code obj.__class__ = value} (object_set_class), with its audit event. */
    @TruffleBoundary
    static void setClass(Object self, Object value) {
        if (value == null) {
            throw PyErrors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newType)) {
            throw PyErrors.typeError("__class__ must be set to a class, not '" + PyOps.typeName(value) + "' object");
        }
        if (Audit.active()) {
            Audit.raise("object.__setattr__", self, "__class__", value);
        }
        PyType old = PyOps.typeOf(self);
        PyType module = PythonContext.get().types().module;
        if (!(newType.isSubtypeOf(module) && old.isSubtypeOf(module)) && (!newType.isHeapType() || !old.isHeapType())) {
            throw PyErrors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (newType.getLayout() != old.getLayout() || newType.instancesHaveDict() != old.instancesHaveDict() ||
                        hasSlots(newType) != hasSlots(old)) {
            throw PyErrors.typeError("__class__ assignment: '" + newType.getName() + "' object layout differs from '" + old.getName() + "'");
        }
        ((PythonObject) self).setPythonClass(newType);
    }

    static boolean hasSlots(PyType t) {
        for (PyType m : t.getMro()) {
            if (m.isHeapType() && m.getDict().getStr("__slots__") != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType object = ctx.types().object;
        objectNew = ns.getStr("__new__");
        objectInit = ns.getStr("__init__");
        ns.setStr("__class__", new Descriptors.GetSet(ctx.types().getsetDescriptor, "__class__", object, PyOps::typeOf, ObjectBuiltins::setClass,
                        o -> setClass(o, null)));
        ns.setStr("__doc__", "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n" +
                        "instance that has no instance attributes and cannot be given any.\n");
        Comparisons.Op.values();
    }
}
