package org.auditpy.builtins;

import java.util.ArrayList;
import java.util.List;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.ArgumentBinder;
import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.CallDispatch;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.TypeAttributes;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code type}'s methods and attributes (Objects/typeobject.c type_new, type_call, getsets). */
public final class TypeBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return TypeBuiltinsFactory.getFactories();
    }

    static Object typeNew;

    static PyType self(Object o) {
        if (o instanceof PyType t) {
            return t;
        }
        throw PyErrors.typeError("descriptor requires a 'type' object but received a '" + PyOps.typeName(o) + "'");
    }

    @Builtin(name = "__new__", params = {"metatype", "/", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newType(Object metatype, Object args, Object kwargs) {
            Object[] a = ((PyTuple) args).items();
            PyDict kw = (PyDict) kwargs;
            PythonContext ctx = PythonContext.get();
            if (!(metatype instanceof PyType meta)) {
                throw PyErrors.typeError("type.__new__(X): X is not a type object (" + PyOps.typeName(metatype) + ")");
            }
            if (meta == ctx.types().type && a.length == 1 && kw.size() == 0) {
                return PyOps.typeOf(a[0]);
            }
            if (a.length != 3) {
                throw PyErrors.typeError(a.length == 1 ? "type.__new__() takes exactly 3 arguments (1 given)" : "type() takes 1 or 3 arguments");
            }
            if (!(a[0] instanceof String name)) {
                throw PyErrors.typeError("type.__new__() argument 1 must be str, not " + PyOps.typeName(a[0]));
            }
            if (!(a[1] instanceof PyTuple bases)) {
                throw PyErrors.typeError("type.__new__() argument 2 must be tuple, not " + PyOps.typeName(a[1]));
            }
            if (!(a[2] instanceof PyDict ns)) {
                throw PyErrors.typeError("type.__new__() argument 3 must be dict, not " + PyOps.typeName(a[2]));
            }
            return createType(meta, name, bases, ns, kw);
        }
    }

    /** The most derived metaclass of {@code meta} and the bases' types (_PyType_CalculateMetaclass). */
    @TruffleBoundary
    public static PyType calculateMetaclass(PyType meta, Object[] bases) {
        PyType winner = meta;
        for (Object b : bases) {
            PyType t = PyOps.typeOf(b);
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw PyErrors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static final java.util.Set<String> NOT_BASETYPE = java.util.Set.of("bool", "NoneType", "NotImplementedType", "ellipsis", "function",
                    "builtin_function_or_method", "method", "code", "frame", "traceback", "cell", "generator", "range", "slice", "mappingproxy",
                    "getset_descriptor", "iterator", "list_iterator", "tuple_iterator", "str_ascii_iterator", "range_iterator", "dict_keyiterator",
                    "dict_valueiterator", "dict_itemiterator", "set_iterator", "dict_keys", "dict_values", "dict_items", "callable_iterator", "memoryview");

    static int layoutRank(PyType.Layout l) {
        return l == PyType.Layout.OBJECT ? 0 : 1;
    }

    /** {@code type.__new__(meta, name, bases, ns, **kwargs)}: creates a heap class (type_new). */
    @TruffleBoundary
    public static Object createType(PyType meta, String name, PyTuple basesTuple, PyDict ns, PyDict kwargs) {
        PythonContext ctx = PythonContext.get();
        BuiltinTypes types = ctx.types();
        Object[] baseObjs = basesTuple.items();
        PyType winner = calculateMetaclass(meta, baseObjs);
        if (winner != meta) {
            Object wn = winner.lookup("__new__");
            if (wn instanceof Descriptors.StaticMethod sm) {
                wn = sm.getCallable();
            }
            if (wn != typeNew) {
                return BuiltinFunctions.callWith(wn, new Object[]{winner, name, basesTuple, ns}, kwargs);
            }
            meta = winner;
        }
        PyType[] bases;
        if (baseObjs.length == 0) {
            bases = new PyType[]{types.object};
        } else {
            bases = new PyType[baseObjs.length];
            for (int i = 0; i < baseObjs.length; i++) {
                if (!(baseObjs[i] instanceof PyType bt)) {
                    Object mro = PyOps.getAttributeOrNull(baseObjs[i], "__mro_entries__");
                    if (mro != null) {
                        throw PyErrors.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
                    }
                    throw PyErrors.typeError("bases must be types");
                }
                if (bt.isNotBaseType() || !bt.isHeapType() && NOT_BASETYPE.contains(bt.getName())) {
                    throw PyErrors.typeError("type '" + bt.getName() + "' is not an acceptable base type");
                }
                for (int j = 0; j < i; j++) {
                    if (bases[j] == bt) {
                        throw PyErrors.typeError("duplicate base class " + bt.getName());
                    }
                }
                bases[i] = bt;
            }
        }
        // the solid base: all non-object layouts must lie on one line
        PyType.Layout layout = PyType.Layout.OBJECT;
        PyType solid = null;
        for (PyType b : bases) {
            PyType.Layout l = b.getLayout();
            if (l == PyType.Layout.OBJECT) {
                continue;
            }
            if (solid == null) {
                solid = b;
                layout = l;
            } else if (b.isSubtypeOf(solid)) {
                solid = b;
                layout = l;
            } else if (!solid.isSubtypeOf(baseOfLayout(b)) && !baseOfLayout(solid).isSubtypeOf(baseOfLayout(b)) &&
                            !baseOfLayout(b).isSubtypeOf(baseOfLayout(solid))) {
                throw PyErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        // namespace copy and special entries
        PyDict dict = new PyDict(types.dict);
        for (Object k : ns.keysArray()) {
            dict.setItem(k, ns.getItem(k));
        }
        // the __class__ cell of the body's methods, set to the new class before __set_name__ and __init_subclass__
        Object classCell = dict.removeItem("__classcell__");
        if (classCell != null && !(classCell instanceof org.auditpy.runtime.PyCell)) {
            throw PyErrors.typeError("__classcell__ must be a nonlocal cell, not " + PyOps.repr(PyOps.typeOf(classCell)));
        }
        Object qual = dict.getStr("__qualname__");
        if (qual != null && !(qual instanceof String)) {
            throw PyErrors.typeError("type __qualname__ must be a str, not " + PyOps.typeName(qual));
        }
        if (qual != null) {
            dict.removeItem("__qualname__");
        }
        if (dict.getStr("__module__") == null) {
            Object modName = Frames.callerGlobals().getStr("__name__");
            if (modName != null) {
                dict.setStr("__module__", modName);
            }
        }
        boolean docGiven = dict.getStr("__doc__") != null;
        for (String cm : new String[]{"__init_subclass__", "__class_getitem__"}) {
            Object f = dict.getStr(cm);
            if (f instanceof PyFunction) {
                dict.setStr(cm, new Descriptors.ClassMethod(types.classmethod, f));
            }
        }
        Object nf = dict.getStr("__new__");
        if (nf instanceof PyFunction) {
            dict.setStr("__new__", new Descriptors.StaticMethod(types.staticmethod, nf));
        }
        if (dict.getStr("__eq__") != null && dict.getStr("__hash__") == null) {
            dict.setStr("__hash__", PyNone.NONE);
        }
        boolean baseHasDict = false;
        for (PyType b : bases) {
            for (PyType m : b.getMro()) {
                if (m.getDict().getStr("__dict__") != null) {
                    baseHasDict = true;
                }
            }
        }
        Object slots = dict.getStr("__slots__");
        List<String> slotNames = new ArrayList<>();
        boolean addDict = !baseHasDict;
        // type_new's may_add_weak: no base has weak references yet, and instances are not variable-sized (int,
        // tuple, bytes); without __slots__ the class adds them, with __slots__ only when it names __weakref__
        boolean baseHasWeak = false;
        for (PyType b : bases) {
            baseHasWeak |= org.auditpy.runtime.WeakRefs.typeSupports(b);
        }
        boolean mayAddWeak = !baseHasWeak && layout != PyType.Layout.INT && layout != PyType.Layout.TUPLE && layout != PyType.Layout.BYTES;
        boolean addWeak = slots == null && mayAddWeak;
        if (slots != null) {
            Object[] sl = slots instanceof String s ? new Object[]{s} : PyOps.toArray(slots);
            addDict = false;
            for (Object s : sl) {
                if (!(s instanceof String ss)) {
                    throw PyErrors.typeError("__slots__ items must be strings, not '" + PyOps.typeName(s) + "'");
                }
                if (ss.equals("__dict__")) {
                    addDict = !baseHasDict;
                } else if (ss.equals("__weakref__")) {
                    if (!mayAddWeak || addWeak) {
                        throw PyErrors.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                    }
                    addWeak = true;
                } else {
                    if (dict.getStr(ss) != null && (docGiven || !ss.equals("__doc__"))) {
                        throw PyErrors.valueError("'" + ss + "' in __slots__ conflicts with class variable");
                    }
                    slotNames.add(ss);
                }
            }
        }
        boolean instDict = slots == null || addDict || baseHasDict || hasDictInBases(bases);
        PyType t = new PyType(meta, name, bases, dict, true, layout, instDict);
        t.computeMro(types.object);
        if (classCell != null) {
            ((org.auditpy.runtime.PyCell) classCell).set(t);
        }
        if (qual != null) {
            t.setQualname((String) qual);
        }
        PyType gs = types.getsetDescriptor;
        // the instances' __dict__ and __weakref__ descriptors, unless the class body defined those names (PyType_Ready's
        // add_getset skips a name the dict has)
        if (addDict && dict.getStr("__dict__") == null) {
            dict.setStr("__dict__", new Descriptors.GetSet(gs, "__dict__", t, CoreTypes::getInstanceDict, CoreTypes::setInstanceDict, null).asInstanceDict());
        }
        if (addWeak && dict.getStr("__weakref__") == null) {
            dict.setStr("__weakref__", new Descriptors.GetSet(gs, "__weakref__", t, org.auditpy.runtime.WeakRefs::first, null, null));
        }
        for (String sn : slotNames) {
            final String key = "\0slot:" + sn;
            dict.setStr(sn, new Descriptors.GetSet(gs, sn, t, o -> {
                Object v = ((PythonObject) o).getAttributeOrNull(key);
                if (v == null) {
                    throw PyErrors.attributeError("'" + PyOps.typeName(o) + "' object has no attribute '" + sn + "'");
                }
                return v;
            }, (o, v) -> ((PythonObject) o).setAttribute(key, v), o -> {
                if (!((PythonObject) o).deleteAttribute(key)) {
                    throw PyErrors.attributeError("'" + PyOps.typeName(o) + "' object has no attribute '" + sn + "'");
                }
            }).asSlot(key));
        }
        // a class without a docstring gets __doc__ None, after the descriptors above (CPython's type_dict_set_doc in
        // PyType_Ready; a '__doc__' slot is then the instances' own, which it leaves)
        if (dict.getStr("__doc__") == null) {
            dict.setStr("__doc__", PyNone.NONE);
        }
        // __set_name__
        for (Object k : dict.keysArray()) {
            Object v = dict.getItem(k);
            Object sn = PyOps.typeOf(v).lookup("__set_name__");
            if (sn != null && !(v instanceof PyType)) {
                try {
                    PyOps.callDescriptor(sn, v, t, k);
                } catch (PyException e) {
                    PyException re = PyErrors.runtimeError("Error calling __set_name__ on '" + PyOps.typeName(v) + "' instance " + PyOps.repr(k) +
                                    " in '" + name + "'");
                    re.getPyException().setCause(e.getPyException());
                    throw re;
                }
            }
        }
        // super(t, t).__init_subclass__(**kwargs)
        PyType[] mro = t.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object f = mro[i].getDict().getStr("__init_subclass__");
            if (f != null) {
                Object bound = PyOps.descrGet(f, null, t);
                BuiltinFunctions.callWith(bound, new Object[0], kwargs);
                break;
            }
        }
        return t;
    }

    static boolean hasDictInBases(PyType[] bases) {
        for (PyType b : bases) {
            if (b.isHeapType() && b.instancesHaveDict()) {
                return true;
            }
        }
        return false;
    }

    /** The builtin type providing {@code t}'s layout. */
    static PyType baseOfLayout(PyType t) {
        PyType[] mro = t.getMro();
        for (int i = 0; i < mro.length; i++) {
            PyType m = mro[i];
            if (!m.isHeapType()) {
                if (m.getLayout() == PyType.Layout.EXCEPTION) {
                    // most builtin exceptions add no field to their base: LookupError's instances are
                    // BaseException's, so class E(LookupError, SystemError) is allowed (CPython's solid_base)
                    for (int j = i; j < mro.length; j++) {
                        if (!mro[j].isHeapType() && EXCEPTIONS_WITH_FIELDS.contains(mro[j].getName())) {
                            return mro[j];
                        }
                    }
                }
                return m;
            }
        }
        return t;
    }

    /**
     * The builtin exceptions whose instances have fields of their own in CPython (their own C struct, so a larger
     * {@code __basicsize__} than their base's, Objects/exceptions.c); BaseException ends the walk.
     */
    private static final java.util.Set<String> EXCEPTIONS_WITH_FIELDS = java.util.Set.of("BaseException", "AttributeError",
                    "BaseExceptionGroup", "ExceptionGroup", "ImportError", "NameError", "OSError", "StopIteration", "SyntaxError",
                    "SystemExit", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError");

    @Builtin(name = "__init__", params = {"self", "/", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            int n = ((PyTuple) args).size();
            if (n == 1 && ((PyDict) kwargs).size() != 0) {
                throw PyErrors.typeError("type.__init__() takes no keyword arguments");
            }
            if (n != 1 && n != 3) {
                throw PyErrors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__call__", params = {"self", "/", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class CallNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object call(Object self, Object args, Object kwargs) {
            PyType t = self(self);
            Object[] a = ((PyTuple) args).items();
            PyDict kw = (PyDict) kwargs;
            Object[] all = a;
            String[] names = ArgumentBinder.NO_KEYWORDS;
            if (kw.size() > 0) {
                Object[] keys = kw.keysArray();
                all = java.util.Arrays.copyOf(a, a.length + keys.length);
                names = new String[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    names[i] = (String) keys[i];
                    all[a.length + i] = kw.getItem(keys[i]);
                }
            }
            return CallDispatch.typeCall(t, all, names);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyType t = self(self);
            Object mod = t.getDict().getStr("__module__");
            if (mod instanceof String m && !m.equals("builtins")) {
                return "<class '" + m + "." + t.getQualname() + "'>";
            }
            return "<class '" + t.getQualname() + "'>";
        }
    }

    /**
     * {@code cls | other}: a {@code types.UnionType} (PEP 604) when {@code other} is None, a class, an alias or a
     * union, else NotImplemented, as CPython's {@code type.__or__} (_Py_union_type_or, Objects/unionobject.c).
     */
    @Builtin(name = "__or__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class OrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object or(Object self, Object other) {
            return union(self, other);
        }
    }

    /** {@code other | cls}: see {@link OrNode}. */
    @Builtin(name = "__ror__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class RorNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object ror(Object self, Object other) {
            return union(other, self);
        }
    }

    private static Object union(Object a, Object b) {
        PythonContext ctx = PythonContext.get();
        Object union = org.auditpy.runtime.ImportSystem.internalModule(ctx, "_generic_alias").getStr("_union");
        return PyOps.callPositional(union, a, b);
    }

    @Builtin(name = "mro", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class MroNode extends PythonBuiltinNode {
        @Specialization
        static Object mro(Object self) {
            return PyList.of(org.auditpy.runtime.Sequences.copyOf(self(self).getMro()));
        }
    }

    @Builtin(name = "__subclasses__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SubclassesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object subclasses(Object self) {
            return PyList.of(self(self).getSubclasses().toArray());
        }
    }

    @Builtin(name = "__instancecheck__", params = {"self", "instance", "/"})
    @GenerateNodeFactory
    abstract static class InstanceCheckNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object check(Object self, Object inst) {
            PyType t = self(self);
            if (PyOps.typeOf(inst).isSubtypeOf(t)) {
                return true;
            }
            Object c = PyOps.getAttributeOrNull(inst, "__class__");
            return c instanceof PyType ct && ct.isSubtypeOf(t);
        }
    }

    @Builtin(name = "__subclasscheck__", params = {"self", "subclass", "/"})
    @GenerateNodeFactory
    abstract static class SubclassCheckNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object check(Object self, Object sub) {
            PyType t = self(self);
            if (!(sub instanceof PyType st)) {
                throw PyErrors.typeError("issubclass() arg 1 must be a class");
            }
            return st.isSubtypeOf(t);
        }
    }

    @Builtin(name = "__prepare__", params = {"cls", "/", "*args", "**kwargs"}, isClassMethod = true)
    @GenerateNodeFactory
    abstract static class PrepareNode extends PythonBuiltinNode {
        @Specialization
        static Object prepare(Object cls, Object args, Object kwargs) {
            return PyDict.create();
        }
    }

    /**
     * {@code type.__setattr__} (type_setattro, Objects/typeobject.c): what a metaclass's {@code __setattr__} reaches
     * through {@code super()}; object's own refuses types ("can't apply this __setattr__ to type object").
     */
    @Builtin(name = "__setattr__", params = {"self", "name", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetAttrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object setattr(Object self, Object name, Object value) {
            TypeAttributes.setTypeAttribute(self(self), BuiltinFunctions.attrName(name), value);
            return PyNone.NONE;
        }
    }

    /** {@code type.__delattr__}, as {@link SetAttrNode}. */
    @Builtin(name = "__delattr__", params = {"self", "name", "/"})
    @GenerateNodeFactory
    abstract static class DelAttrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object delattr(Object self, Object name) {
            TypeAttributes.deleteTypeAttribute(self(self), BuiltinFunctions.attrName(name));
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
            mergeClassDicts(self(self), names);
            return PyList.of(names.keysArray());
        }
    }

    @Builtin(name = "__sizeof__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SizeofNode extends PythonBuiltinNode {
        @Specialization
        static Object sizeof(Object self) {
            return 1072L;
        }
    }

    /** Adds the names of {@code t}'s namespace and its bases' (recursively) to {@code names}. */
    @TruffleBoundary
    static void mergeClassDicts(PyType t, PyDict names) {
        for (PyType m : t.getMro()) {
            for (Object k : m.getDict().keysArray()) {
                names.setItem(k, PyNone.NONE);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ getsets

    /** check_set_special_type_attr: immutable / delete checks, then the audit event. */
    @TruffleBoundary
    static void checkSpecial(PyType type, Object value, String name) {
        if (!type.isHeapType()) {
            throw PyErrors.typeError("cannot set '" + name + "' attribute of immutable type '" + type.getName() + "'");
        }
        if (value == null) {
            throw PyErrors.typeError("cannot delete '" + name + "' attribute of immutable type '" + type.getName() + "'");
        }
        if (Audit.active()) {
            Audit.raise("object.__setattr__", type, name, value);
        }
    }

    @TruffleBoundary
    static void setName(Object o, Object value) {
        PyType t = (PyType) o;
        checkSpecial(t, value, "__name__");
        if (!(value instanceof String s)) {
            throw PyErrors.typeError("can only assign string to " + t.getName() + ".__name__, not '" + PyOps.typeName(value) + "'");
        }
        if (s.indexOf('\0') >= 0) {
            throw PyErrors.valueError("type name must not contain null characters");
        }
        t.setName(s);
    }

    @TruffleBoundary
    static void setQualname(Object o, Object value) {
        PyType t = (PyType) o;
        checkSpecial(t, value, "__qualname__");
        if (!(value instanceof String s)) {
            throw PyErrors.typeError("can only assign string to " + t.getName() + ".__qualname__, not '" + PyOps.typeName(value) + "'");
        }
        t.setQualname(s);
    }

    @TruffleBoundary
    static Object getModule(Object o) {
        PyType t = (PyType) o;
        Object m = t.getDict().getStr("__module__");
        if (t.isHeapType()) {
            if (m == null) {
                throw PyErrors.attributeError("__module__");
            }
            return m;
        }
        return m instanceof String ? m : "builtins";
    }

    @TruffleBoundary
    static void setModule(Object o, Object value) {
        PyType t = (PyType) o;
        checkSpecial(t, value, "__module__");
        t.setClassAttribute("__module__", value);
    }

    /**
     * {@code cls.__annotations__} (Objects/typeobject.c type_get_annotations): the class's own entry, never a base's;
     * a class without one gets an empty dict, stored in its namespace; builtin types have none.
     */
    @TruffleBoundary
    static Object getAnnotations(Object o) {
        PyType t = (PyType) o;
        if (!t.isHeapType()) {
            throw PyErrors.attributeError("type object '" + t.getName() + "' has no attribute '__annotations__'");
        }
        Object a = t.getDict().getStr("__annotations__");
        if (a == null) {
            a = PyDict.create();
            t.setClassAttribute("__annotations__", a);
            return a;
        }
        return PyOps.descrGet(a, null, t);
    }

    @TruffleBoundary
    static void setAnnotations(Object o, Object v) {
        PyType t = (PyType) o;
        if (!t.isHeapType()) {
            throw PyErrors.typeError("cannot set '__annotations__' attribute of immutable type '" + t.getName() + "'");
        }
        if (v == null) {
            if (t.getDict().getStr("__annotations__") == null) {
                throw PyErrors.attributeError("__annotations__");
            }
            t.getDict().removeItem("__annotations__");
            t.invalidate();
        } else {
            t.setClassAttribute("__annotations__", v);
        }
    }

    @TruffleBoundary
    static Object getDoc(Object o) {
        PyType t = (PyType) o;
        Object d = t.getDict().getStr("__doc__");
        if (d == null || d instanceof Descriptors.GetSet) {
            // (type's own __doc__ entry is the getset its instances' docs are read through)
            return PyNone.NONE;
        }
        if (!t.isHeapType()) {
            return d;
        }
        return PyOps.descrGet(d, null, t);
    }

    @TruffleBoundary
    static void setDoc(Object o, Object value) {
        PyType t = (PyType) o;
        checkSpecial(t, value, "__doc__");
        t.setClassAttribute("__doc__", value);
    }

    @TruffleBoundary
    static void setBases(Object o, Object value) {
        PyType t = (PyType) o;
        checkSpecial(t, value, "__bases__");
        if (!(value instanceof PyTuple tu)) {
            throw PyErrors.typeError("can only assign tuple to " + t.getName() + ".__bases__, not " + PyOps.typeName(value));
        }
        if (tu.size() == 0) {
            throw PyErrors.typeError("can only assign non-empty tuple to " + t.getName() + ".__bases__, not ()");
        }
        PyType[] nb = new PyType[tu.size()];
        for (int i = 0; i < nb.length; i++) {
            Object b = tu.get(i);
            if (!(b instanceof PyType bt)) {
                throw PyErrors.typeError(t.getName() + ".__bases__ must be tuple of classes, not '" + PyOps.typeName(b) + "'");
            }
            if (bt.isSubtypeOf(t)) {
                throw PyErrors.typeError("a __bases__ item causes an inheritance cycle");
            }
            nb[i] = bt;
        }
        PyType oldBase = baseOfLayout(t);
        PyType.Layout newLayout = PyType.Layout.OBJECT;
        PyType newSolid = PythonContext.get().types().object;
        for (PyType b : nb) {
            if (b.getLayout() != PyType.Layout.OBJECT) {
                newLayout = b.getLayout();
                newSolid = baseOfLayout(b);
            }
        }
        if (newLayout != t.getLayout()) {
            throw PyErrors.typeError("__bases__ assignment: '" + newSolid.getName() + "' deallocator differs from '" + oldBase.getName() + "'");
        }
        t.setBases(nb, PythonContext.get().types().object);
    }

    @TruffleBoundary
    static Object getBase(Object o) {
        PyType t = (PyType) o;
        PyType[] b = t.getBases();
        if (b.length == 0) {
            return PyNone.NONE;
        }
        // best_base (Objects/typeobject.c): the base whose solid base is the most derived, the first of equals
        PyType base = b[0];
        PyType winner = baseOfLayout(base);
        for (int i = 1; i < b.length; i++) {
            PyType candidate = baseOfLayout(b[i]);
            if (candidate != winner && candidate.isSubtypeOf(winner)) {
                winner = candidate;
                base = b[i];
            }
        }
        return base;
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType type = ctx.types().type;
        PyType gs = ctx.types().getsetDescriptor;
        typeNew = ns.getStr("__new__");
        ns.setStr("__name__", new Descriptors.GetSet(gs, "__name__", type, o -> ((PyType) o).getName(), TypeBuiltins::setName,
                        o -> setName(o, null)));
        ns.setStr("__qualname__", new Descriptors.GetSet(gs, "__qualname__", type, o -> ((PyType) o).getQualname(), TypeBuiltins::setQualname,
                        o -> setQualname(o, null)));
        ns.setStr("__module__", new Descriptors.GetSet(gs, "__module__", type, TypeBuiltins::getModule, TypeBuiltins::setModule,
                        o -> setModule(o, null)));
        ns.setStr("__doc__", new Descriptors.GetSet(gs, "__doc__", type, TypeBuiltins::getDoc, TypeBuiltins::setDoc, o -> setDoc(o, null)));
        ns.setStr("__annotations__", new Descriptors.GetSet(gs, "__annotations__", type, TypeBuiltins::getAnnotations,
                        TypeBuiltins::setAnnotations, o -> setAnnotations(o, null)));
        ns.setStr("__bases__", new Descriptors.GetSet(gs, "__bases__", type, o -> PyTuple.of(org.auditpy.runtime.Sequences.copyOf(((PyType) o).getBases())),
                        TypeBuiltins::setBases, o -> setBases(o, null)));
        ns.setStr("__base__", new Descriptors.GetSet(gs, "__base__", type, TypeBuiltins::getBase, null, null));
        ns.setStr("__mro__", new Descriptors.GetSet(gs, "__mro__", type, o -> PyTuple.of(org.auditpy.runtime.Sequences.copyOf(((PyType) o).getMro())), null, null));
        ns.setStr("__dict__", new Descriptors.GetSet(gs, "__dict__", type, o -> new CoreTypes.MappingProxy(ctx.types().mappingproxy,
                        ((PyType) o).getDict()), null, null));
        ns.setStr("__basicsize__", new Descriptors.GetSet(gs, "__basicsize__", type, o -> 16L, null, null));
        ns.setStr("__flags__", new Descriptors.GetSet(gs, "__flags__", type, o -> (((PyType) o).isHeapType() ? 0x200L : 0L)
                        | (ObjectBuiltins.hasAbstractMethods((PyType) o) ? 1L << 20 : 0L), null, null)); // Py_TPFLAGS_HEAPTYPE, _IS_ABSTRACT
        // CPython reads it from the type's docstring (type_get_text_signature): "()" for object, None for the other
        // types auditpy has (their docstrings carry no signature) and for classes
        PyType object = ctx.types().object;
        ns.setStr("__text_signature__", new Descriptors.GetSet(gs, "__text_signature__", type, o -> o == object ? "()" : PyNone.NONE,
                        null, null));
        PyModule unused = null;
    }

    static boolean isBuiltinFn(Object o) {
        return o instanceof PyBuiltinFunction;
    }
}
