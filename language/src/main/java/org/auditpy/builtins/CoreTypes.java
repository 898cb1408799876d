package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyCell;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyFrame;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyMethod;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTraceback;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * Installs the methods and attributes of object, type, exceptions, descriptors, functions, methods, code,
 * frames, tracebacks, modules, the singletons' types and the iterator types; holds the small types whose
 * methods are few (mappingproxy, getset_descriptor, NoneType, ...).
 */
public final class CoreTypes extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return CoreTypesFactory.getFactories();
    }

    public static void installAll(PythonContext ctx) {
        BuiltinTypes t = ctx.types();
        BuiltinsInstaller.install(ctx, t.object.getDict(), new ObjectBuiltins(), "object", true);
        BuiltinsInstaller.install(ctx, t.type.getDict(), new TypeBuiltins(), "type", true);
        // object and type at once (every lookup reaches them); the others on first use (PyType.deferInit)
        BuiltinsInstaller.installLazily(ctx, t.baseException, new ExceptionBuiltins(), "BaseException");
        BuiltinsInstaller.deferInit(() -> ExceptionBuiltins.installMissingNameMembers(ctx), t.exception("NameError"), t.exception("AttributeError"));
        BuiltinsInstaller.installLazily(ctx, t.exception("BaseExceptionGroup"), new ExceptionGroupBuiltins(), "BaseExceptionGroup");
        BuiltinsInstaller.installLazily(ctx, t.mappingproxy, new MappingProxyBuiltins(), "mappingproxy");
        BuiltinsInstaller.installLazily(ctx, t.getsetDescriptor, new GetSetBuiltins(), "getset_descriptor");
        BuiltinsInstaller.installLazily(ctx, t.property, new PropertyBuiltins(), "property");
        BuiltinsInstaller.installLazily(ctx, t.staticmethod, new StaticMethodBuiltins(), "staticmethod");
        BuiltinsInstaller.installLazily(ctx, t.classmethod, new ClassMethodBuiltins(), "classmethod");
        BuiltinsInstaller.installLazily(ctx, t.superType, new SuperBuiltins(), "super");
        BuiltinsInstaller.installLazily(ctx, t.function, new FunctionBuiltins(), "function");
        BuiltinsInstaller.installLazily(ctx, t.method, new MethodBuiltins(), "method");
        BuiltinsInstaller.installLazily(ctx, t.module, new ModuleBuiltins(), "module");
        BuiltinsInstaller.installLazily(ctx, t.memoryview, new MemoryViewBuiltins(), "memoryview");
        BuiltinsInstaller.deferInit(() -> FunctionBuiltins.installAttributes(ctx), t.function, t.code, t.frame, t.traceback, t.builtinFunction, t.cell);
        for (PyType s : new PyType[]{t.noneType, t.notImplementedType, t.ellipsisType}) {
            BuiltinsInstaller.installLazily(ctx, s, new CoreTypes(), s.getName());
        }
        BuiltinsInstaller.deferInit(() -> IterTypes.installAll(ctx), t.enumerate, t.zip, t.map, t.filter, t.reversed, t.range, t.slice);
    }

    // ------------------------------------------------------------------------------------------ instance __dict__

    /**
     * {@code obj.__dict__} for instances of heap classes: the live instance dict.
     */
    @TruffleBoundary
    public static Object getInstanceDict(Object o) {
        if (o instanceof PyModule m) {
            return m.getDict();
        }
        if (o instanceof PyType t) {
            // a class whose metaclass has a Python class before type among its bases (class M(Mixin, type)) finds
            // the mixin's __dict__ first: CPython's subtype_dict then answers with type's own, the mappingproxy
            return new MappingProxy(PythonContext.get().types().mappingproxy, t.getDict());
        }
        if (o instanceof PythonObject po) {
            return po.getOrCreateInstanceDict();
        }
        throw PyErrors.attributeError("'" + PyOps.typeName(o) + "' object has no attribute '__dict__'");
    }

    @TruffleBoundary
    public static void setInstanceDict(Object o, Object value) {
        if (o instanceof PyType) {
            throw PyErrors.attributeError("attribute '__dict__' of 'type' objects is not writable");
        }
        ObjectBuiltins.replaceDict((PythonObject) o, value);
    }

    // ------------------------------------------------------------------------------------------ singletons

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SingletonReprNode extends PythonBuiltinNode {
        @Specialization
        static Object repr(Object self) {
            return ((PyNone) self).getName();
        }
    }

    @Builtin(name = "__bool__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SingletonBoolNode extends PythonBuiltinNode {
        @Specialization
        static Object bool(Object self) {
            return self != PyNone.NONE;
        }
    }

    @Builtin(name = "__new__", params = {"cls", "/", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class SingletonNewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newObj(Object cls, Object args, Object kwargs) {
            PyType t = (PyType) cls;
            if (((PyTuple) args).size() > 0 || ((PyDict) kwargs).size() > 0) {
                throw PyErrors.typeError(t.getName() + " takes no arguments");
            }
            BuiltinTypes types = PythonContext.get().types();
            return t == types.noneType ? PyNone.NONE : t == types.notImplementedType ? PyNone.NOT_IMPLEMENTED : PyNone.ELLIPSIS;
        }
    }

    // ------------------------------------------------------------------------------------------ mappingproxy

    /** {@code mappingproxy}: a read-only view of a type's namespace. */
    public static final class MappingProxy extends PythonObject {
        final PyDict dict;

        public MappingProxy(PyType cls, PyDict dict) {
            super(cls);
            this.dict = dict;
        }

        public PyDict getDict() {
            return dict;
        }
    }

    static PyDict proxied(Object o) {
        if (o instanceof MappingProxy mp) {
            return mp.dict;
        }
        throw PyErrors.typeError("descriptor requires a 'mappingproxy' object but received a '" + PyOps.typeName(o) + "'");
    }



    // ------------------------------------------------------------------------------------------ getset_descriptor

    static Descriptors.GetSet getset(Object o) {
        if (o instanceof Descriptors.GetSet g) {
            return g;
        }
        throw PyErrors.typeError("descriptor requires a 'getset_descriptor' object but received a '" + PyOps.typeName(o) + "'");
    }



    // ------------------------------------------------------------------------------------------ helpers for others

    static Object cellContents(PyCell c) {
        Object v = c.get();
        if (v == null) {
            throw PyErrors.valueError("Cell is empty");
        }
        return v;
    }

    static boolean isFrame(Object o) {
        return o instanceof PyFrame || o instanceof PyTraceback || o instanceof PyCode || o instanceof PyFunction || o instanceof PyMethod ||
                        o instanceof PyBuiltinFunction;
    }
}
