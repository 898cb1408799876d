package org.auditpy.builtins;

import java.util.List;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.Identity;
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
import org.auditpy.runtime.PyBytes;
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
 * Functions, bound methods, builtin functions, modules, code objects, frames and tracebacks: methods and
 * attribute getsets (Objects/funcobject.c, classobject.c, moduleobject.c, codeobject.c, frameobject.c).
 *
 * <p>A function's {@code __doc__} and {@code __module__} are fields of {@link PyFunction} (CPython's members, not in
 * {@code __dict__}); {@code __module__} defaults to the globals' {@code __name__}.
 */
public final class FunctionBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return FunctionBuiltinsFactory.getFactories();
    }

    static PyFunction fn(Object o) {
        if (o instanceof PyFunction f) {
            return f;
        }
        throw PyErrors.typeError("descriptor requires a 'function' object but received a '" + PyOps.typeName(o) + "'");
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            return "<function " + fn(self).getQualname() + " at 0x" + Long.toHexString(Identity.id(self)) + ">";
        }
    }

    /**
     * {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)} (func_new_impl): the
     * argument checks, then the {@code function.__new__} event with (code,).
     */
    @Builtin(name = "__new__", params = {"type", "code", "globals", "name=", "argdefs=", "closure="}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object create(Object type, Object code, Object globals, Object name, Object argdefs, Object closure) {
            if (!(code instanceof PyCode c)) {
                throw PyErrors.typeError("function() argument 'code' must be code, not " + PyOps.typeName(code));
            }
            if (!(globals instanceof PyDict g)) {
                throw PyErrors.typeError("function() argument 'globals' must be dict, not " + PyOps.typeName(globals));
            }
            name = name == PyNone.NO_VALUE ? PyNone.NONE : name;
            argdefs = argdefs == PyNone.NO_VALUE ? PyNone.NONE : argdefs;
            closure = closure == PyNone.NO_VALUE ? PyNone.NONE : closure;
            if (name != PyNone.NONE && !(name instanceof String)) {
                throw PyErrors.typeError("arg 3 (name) must be None or string");
            }
            if (argdefs != PyNone.NONE && !(argdefs instanceof PyTuple)) {
                throw PyErrors.typeError("arg 4 (defaults) must be None or tuple");
            }
            int nfree = c.getFreevars() == null ? 0 : c.getFreevars().length;
            if (!(closure instanceof PyTuple)) {
                if (nfree > 0 && closure == PyNone.NONE) {
                    throw PyErrors.typeError("arg 5 (closure) must be tuple");
                } else if (closure != PyNone.NONE) {
                    throw PyErrors.typeError("arg 5 (closure) must be None or tuple");
                }
            }
            Object[] cells = closure instanceof PyTuple ct ? ct.items() : new Object[0];
            if (nfree != cells.length) {
                throw PyErrors.valueError(c.getName() + " requires closure of length " + nfree + ", not " + cells.length);
            }
            PyCell[] cellArr = new PyCell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                if (!(cells[i] instanceof PyCell cell)) {
                    throw PyErrors.typeError("arg 5 (closure) expected cell, found " + PyOps.typeName(cells[i]));
                }
                cellArr[i] = cell;
            }
            if (Audit.active()) {
                Audit.raise("function.__new__", c);
            }
            Object[] defaults = argdefs instanceof PyTuple dt ? dt.items().clone() : null;
            PyFunction f = new PyFunction(PythonContext.get().types().function, c, g, defaults, null, cellArr.length == 0 ? null : cellArr);
            if (name instanceof String n) {
                f.setName(n);
            }
            return f;
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object inst, Object owner) {
            if (inst == PyNone.NONE) {
                return self;
            }
            return new PyMethod(PythonContext.get().types().method, self, inst);
        }
    }

    @Builtin(name = "__call__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class CallNode extends PythonBuiltinNode {
        @Specialization
        static Object call(Object self, Object args, Object kwargs) {
            return BuiltinFunctions.callWith(fn(self), ((PyTuple) args).items(), (PyDict) kwargs);
        }
    }

    // ------------------------------------------------------------------------------------------ function attributes

    /** The internal property holding a function's {@code __annotations__} (NUL-prefixed: not in its {@code __dict__}). */
    public static final String ANNOTATIONS = "\0annotations";

    /** {@code f.__dict__}: the function's live attribute dict (writes to it are attributes, as in CPython). */
    @TruffleBoundary
    static Object funcDict(Object o) {
        return ((PythonObject) o).getOrCreateInstanceDict();
    }

    @TruffleBoundary
    static void setFuncDict(Object o, Object v) {
        if (!(v instanceof PyDict d)) {
            throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '" + PyOps.typeName(v) + "'");
        }
        ((PythonObject) o).setInstanceDict(d);
    }

    @TruffleBoundary
    static Object getDefaults(Object o) {
        PyFunction f = fn(o);
        if (Audit.active()) {
            Audit.raise("object.__getattr__", f, "__defaults__");
        }
        Object[] d = f.getDefaults();
        return d == null || d.length == 0 ? PyNone.NONE : PyTuple.of(d.clone());
    }

    @TruffleBoundary
    static void setDefaults(Object o, Object v) {
        PyFunction f = fn(o);
        if (v == PyNone.NONE) {
            v = null;
        }
        if (v != null && !(v instanceof PyTuple)) {
            throw PyErrors.typeError("__defaults__ must be set to a tuple object");
        }
        if (v != null) {
            if (Audit.active()) {
                Audit.raise("object.__setattr__", f, "__defaults__", v);
            }
        } else if (Audit.active()) {
            Audit.raise("object.__delattr__", f, "__defaults__");
        }
        f.setDefaults(v == null ? new Object[0] : ((PyTuple) v).items().clone());
    }

    @TruffleBoundary
    static Object getKwDefaults(Object o) {
        PyFunction f = fn(o);
        if (Audit.active()) {
            Audit.raise("object.__getattr__", f, "__kwdefaults__");
        }
        PyDict d = f.getKwDefaults();
        return d == null || d.size() == 0 ? PyNone.NONE : d;
    }

    @TruffleBoundary
    static void setKwDefaults(Object o, Object v) {
        PyFunction f = fn(o);
        if (v == PyNone.NONE) {
            v = null;
        }
        if (v != null && !(v instanceof PyDict)) {
            throw PyErrors.typeError("__kwdefaults__ must be set to a dict object");
        }
        if (v != null) {
            if (Audit.active()) {
                Audit.raise("object.__setattr__", f, "__kwdefaults__", v);
            }
        } else if (Audit.active()) {
            Audit.raise("object.__delattr__", f, "__kwdefaults__");
        }
        f.setKwDefaults((PyDict) v);
    }

    @TruffleBoundary
    static Object getCode(Object o) {
        PyFunction f = fn(o);
        if (Audit.active()) {
            Audit.raise("object.__getattr__", f, "__code__");
        }
        return f.getCode();
    }

    @TruffleBoundary
    static void setCode(Object o, Object v) {
        PyFunction f = fn(o);
        if (!(v instanceof PyCode c)) {
            throw PyErrors.typeError("__code__ must be set to a code object");
        }
        if (Audit.active()) {
            Audit.raise("object.__setattr__", f, "__code__", v);
        }
        int nfree = c.getFreevars() == null ? 0 : c.getFreevars().length;
        int nclosure = f.getClosure() == null ? 0 : f.getClosure().length;
        if (nfree != nclosure) {
            throw PyErrors.valueError(f.getName() + "() requires a code object with " + nclosure + " free vars, not " + nfree);
        }
        f.setCode(c);
    }

    @TruffleBoundary
    static Object getFuncModule(Object o) {
        PyFunction f = fn(o);
        Object m = f.getModule();
        if (m == null) {
            m = f.getGlobals().getStr("__name__");
            m = m == null ? PyNone.NONE : m;
            f.setModule(m);
        }
        return m;
    }

    @TruffleBoundary
    static Object getAnnotations(Object o) {
        PythonObject f = (PythonObject) o;
        Object a = f.getAttributeOrNull(ANNOTATIONS);
        if (a == null) {
            a = PyDict.create();
            f.setAttribute(ANNOTATIONS, a);
        }
        return a;
    }

    /** Setting or deleting a READONLY member (__globals__, __builtins__, __closure__), as CPython's descrobject.c. */
    static void readonly(Object o, Object v) {
        throw PyErrors.attributeError("readonly attribute");
    }

    static void readonlyDelete(Object o) {
        throw PyErrors.attributeError("readonly attribute");
    }

    static void installFunctionGetsets(PythonContext ctx) {
        BuiltinTypes t = ctx.types();
        PyType f = t.function;
        PyType gs = t.getsetDescriptor;
        PyDict ns = f.getDict();
        ns.setStr("__name__", new Descriptors.GetSet(gs, "__name__", f, o -> fn(o).getName(), (o, v) -> {
            if (!(v instanceof String s)) {
                throw PyErrors.typeError("__name__ must be set to a string object");
            }
            fn(o).setName(s);
        }, null));
        ns.setStr("__qualname__", new Descriptors.GetSet(gs, "__qualname__", f, o -> fn(o).getQualname(), (o, v) -> {
            if (!(v instanceof String s)) {
                throw PyErrors.typeError("__qualname__ must be set to a string object");
            }
            fn(o).setQualname(s);
        }, null));
        ns.setStr("__doc__", new Descriptors.GetSet(gs, "__doc__", f, o -> fn(o).getDoc(), (o, v) -> fn(o).setDoc(v), o -> fn(o).setDoc(PyNone.NONE)));
        ns.setStr("__module__", new Descriptors.GetSet(gs, "__module__", f, FunctionBuiltins::getFuncModule,
                        (o, v) -> fn(o).setModule(v), o -> fn(o).setModule(PyNone.NONE)));
        ns.setStr("__defaults__", new Descriptors.GetSet(gs, "__defaults__", f, FunctionBuiltins::getDefaults, FunctionBuiltins::setDefaults,
                        o -> setDefaults(o, PyNone.NONE)));
        ns.setStr("__kwdefaults__", new Descriptors.GetSet(gs, "__kwdefaults__", f, FunctionBuiltins::getKwDefaults,
                        FunctionBuiltins::setKwDefaults, o -> setKwDefaults(o, PyNone.NONE)));
        ns.setStr("__code__", new Descriptors.GetSet(gs, "__code__", f, FunctionBuiltins::getCode, FunctionBuiltins::setCode, o -> {
            throw PyErrors.typeError("__code__ must be set to a code object");
        }));
        ns.setStr("__globals__", new Descriptors.GetSet(gs, "__globals__", f, o -> fn(o).getGlobals(), FunctionBuiltins::readonly,
                        FunctionBuiltins::readonlyDelete));
        ns.setStr("__builtins__", new Descriptors.GetSet(gs, "__builtins__", f, o -> {
            Object b = fn(o).getGlobals().getStr("__builtins__");
            return b instanceof PyModule m ? m.getDict() : b != null ? b : ctx.getBuiltins().getDict();
        }, FunctionBuiltins::readonly, FunctionBuiltins::readonlyDelete));
        ns.setStr("__closure__", new Descriptors.GetSet(gs, "__closure__", f, o -> {
            PyCell[] c = fn(o).getClosure();
            return c == null || c.length == 0 ? PyNone.NONE : PyTuple.of((Object[]) c.clone());
        }, FunctionBuiltins::readonly, FunctionBuiltins::readonlyDelete));
        ns.setStr("__dict__", new Descriptors.GetSet(gs, "__dict__", f, FunctionBuiltins::funcDict, FunctionBuiltins::setFuncDict, o -> {
            throw PyErrors.typeError("cannot delete __dict__");
        }));
        ns.setStr("__annotations__", new Descriptors.GetSet(gs, "__annotations__", f, FunctionBuiltins::getAnnotations, (o, v) -> {
            if (!(v instanceof PyDict)) {
                throw PyErrors.typeError("__annotations__ must be set to a dict object");
            }
            fn(o).setAttribute(ANNOTATIONS, v);
        }, o -> fn(o).deleteAttribute(ANNOTATIONS)));
    }

    // ------------------------------------------------------------------------------------------ methods

    static PyMethod meth(Object o) {
        if (o instanceof PyMethod m) {
            return m;
        }
        throw PyErrors.typeError("descriptor requires a 'method' object but received a '" + PyOps.typeName(o) + "'");
    }



    // ------------------------------------------------------------------------------------------ modules



    // ------------------------------------------------------------------------------------------ code, frame, traceback, builtins

    static PyTuple strs(String[] a) {
        return a == null ? PyTuple.of() : PyTuple.of((Object[]) a.clone());
    }

    static void getter(PyDict ns, PyType owner, String name, java.util.function.Function<Object, Object> g) {
        ns.setStr(name, new Descriptors.GetSet(PythonContext.get().types().getsetDescriptor, name, owner, g, null, null));
    }

    static void installAttributes(PythonContext ctx) {
        BuiltinTypes t = ctx.types();
        installFunctionGetsets(ctx);
        PyType code = t.code;
        PyDict c = code.getDict();
        getter(c, code, "co_name", o -> ((PyCode) o).getName());
        getter(c, code, "co_qualname", o -> ((PyCode) o).getQualname());
        getter(c, code, "co_filename", o -> ((PyCode) o).getFilename());
        getter(c, code, "co_firstlineno", o -> (long) ((PyCode) o).getFirstLineno());
        getter(c, code, "co_argcount", o -> (long) ((PyCode) o).getSignature().positional.length);
        getter(c, code, "co_posonlyargcount", o -> (long) ((PyCode) o).getSignature().posOnlyCount);
        getter(c, code, "co_kwonlyargcount", o -> (long) ((PyCode) o).getSignature().kwOnly.length);
        getter(c, code, "co_nlocals", o -> (long) (((PyCode) o).getVarnames() == null ? 0 : ((PyCode) o).getVarnames().length));
        getter(c, code, "co_varnames", o -> strs(((PyCode) o).getVarnames()));
        getter(c, code, "co_cellvars", o -> strs(((PyCode) o).getCellvars()));
        getter(c, code, "co_freevars", o -> strs(((PyCode) o).getFreevars()));
        getter(c, code, "co_flags", o -> (long) ((PyCode) o).getFlags());
        getter(c, code, "co_code", o -> PyBytes.of(new byte[0]));
        getter(c, code, "co_consts", o -> PyTuple.of());
        getter(c, code, "co_names", o -> PyTuple.of());
        getter(c, code, "co_stacksize", o -> 0L);
        BuiltinsInstaller.install(ctx, c, new CodeBuiltins(), "code", true);

        PyType frame = t.frame;
        PyDict f = frame.getDict();
        getter(f, frame, "f_code", o -> {
            if (Audit.active()) {
                Audit.raise("object.__getattr__", o, "f_code");
            }
            return ((PyFrame) o).getCode();
        });
        getter(f, frame, "f_back", o -> ((PyFrame) o).getBack());
        getter(f, frame, "f_lineno", o -> (long) ((PyFrame) o).getLineno());
        getter(f, frame, "f_globals", o -> ((PyFrame) o).getGlobals());
        getter(f, frame, "f_builtins", o -> {
            Object g = ((PyFrame) o).getGlobals();
            Object b = g instanceof PyDict gd ? gd.getStr("__builtins__") : null;
            return b instanceof PyModule m ? m.getDict() : b != null ? b : ctx.getBuiltins().getDict();
        });
        getter(f, frame, "f_locals", o -> {
            PyFrame pf = (PyFrame) o;
            PyCode pc = pf.getCode();
            if (pf.getTruffleFrame() == null || pc != null && "<module>".equals(pc.getName())) {
                return pf.getGlobals();
            }
            Object callee = pf.getTruffleFrame().getArguments().length > 0 ? pf.getTruffleFrame().getArguments()[0] : null;
            if (!(callee instanceof PyFunction)) {
                return pf.getGlobals();
            }
            return Frames.frameLocals(pf.getTruffleFrame(), pc);
        });
        getter(f, frame, "f_lasti", o -> -1L);
        f.setStr("f_trace", new Descriptors.GetSet(ctx.types().getsetDescriptor, "f_trace", frame, o -> ((PyFrame) o).getTrace(),
                        (o, v) -> ((PyFrame) o).setTrace(v), o -> ((PyFrame) o).setTrace(PyNone.NONE)));
        BuiltinsInstaller.install(ctx, f, new FrameBuiltins(), "frame", true);

        PyType tb = t.traceback;
        PyDict tbd = tb.getDict();
        getter(tbd, tb, "tb_frame", o -> {
            if (Audit.active()) {
                Audit.raise("object.__getattr__", o, "tb_frame");
            }
            return ((PyTraceback) o).getFrame();
        });
        getter(tbd, tb, "tb_lineno", o -> (long) ((PyTraceback) o).getLineno());
        getter(tbd, tb, "tb_lasti", o -> -1L);
        getter(tbd, tb, "tb_next", o -> {
            PyTraceback n = ((PyTraceback) o).getNext();
            return n == null ? PyNone.NONE : n;
        });

        PyType bf = t.builtinFunction;
        PyDict bfd = bf.getDict();
        getter(bfd, bf, "__name__", o -> o instanceof PyMethod m ? PyOps.getAttribute(m.getFunction(), "__name__") : ((PyBuiltinFunction) o).getName());
        getter(bfd, bf, "__qualname__", o -> o instanceof PyMethod m ? PyOps.getAttribute(m.getFunction(), "__qualname__")
                        : ((PyBuiltinFunction) o).getQualname());
        getter(bfd, bf, "__self__", o -> o instanceof PyMethod m ? m.getSelf() : builtinSelf((PyBuiltinFunction) o));
        getter(bfd, bf, "__doc__", o -> {
            PyBuiltinFunction b = o instanceof PyMethod m ? (PyBuiltinFunction) m.getFunction() : (PyBuiltinFunction) o;
            return b.getDoc() == null || b.getDoc().isEmpty() ? PyNone.NONE : b.getDoc();
        });
        getter(bfd, bf, "__module__", o -> o instanceof PyBuiltinFunction b && b.getModule() != null ? b.getModule()
                        : o instanceof PyBuiltinFunction b && !b.isMethod() && b.getQualname().equals(b.getName()) ? "builtins"
                        : PyNone.NONE);
        getter(bfd, bf, "__text_signature__", o -> PyNone.NONE);
        BuiltinsInstaller.install(ctx, bfd, new BuiltinFunctionBuiltins(), "builtin_function_or_method", true);

        PyType cell = t.cell;
        getter(cell.getDict(), cell, "cell_contents", o -> CoreTypes.cellContents((PyCell) o));
    }

    static Object builtinSelf(PyBuiltinFunction b) {
        PyModule bm = PythonContext.get().getBuiltins();
        return b.isMethod() ? PyNone.NONE : bm;
    }




}
