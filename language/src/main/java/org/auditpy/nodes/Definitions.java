package org.auditpy.nodes;

import org.auditpy.runtime.ArgumentBinder;
import org.auditpy.runtime.CallDispatch;
import org.auditpy.runtime.FrameArgs;
import org.auditpy.runtime.ImportSystem;
import org.auditpy.runtime.PyCell;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code def}, {@code lambda}, {@code class} and {@code import}. */
public final class Definitions {
    private Definitions() {
    }

    /** Creates a function object: evaluates defaults, collects closure cells from this frame. */
    public static final class MakeFunction extends ExprNode {
        private final PyCode code;
        @Children private final ExprNode[] defaults;
        @Children private final ExprNode[] kwDefaults;
        private final String[] kwDefaultNames;
        @CompilationFinal(dimensions = 1) private final int[] closureSlots;
        private final Object doc;
        /** The {@code __annotations__} dict display of a def with annotations (evaluated after the defaults), else null. */
        @Child private ExprNode annotations;

        public MakeFunction(PyCode code, ExprNode[] defaults, String[] kwDefaultNames, ExprNode[] kwDefaults, int[] closureSlots, Object doc) {
            this.code = code;
            this.defaults = defaults;
            this.kwDefaultNames = kwDefaultNames;
            this.kwDefaults = kwDefaults;
            this.closureSlots = closureSlots;
            this.doc = doc == null ? PyNone.NONE : doc;
        }

        /** Sets the annotations of the functions this node makes ({@code {name: annotation, 'return': ...}}). */
        public MakeFunction withAnnotations(ExprNode dict) {
            this.annotations = dict;
            return this;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] defs = new Object[defaults.length];
            for (int i = 0; i < defaults.length; i++) {
                defs[i] = defaults[i].execute(frame);
            }
            Object[] kwv = new Object[kwDefaults.length];
            for (int i = 0; i < kwDefaults.length; i++) {
                kwv[i] = kwDefaults[i].execute(frame);
            }
            Object ann = annotations == null ? null : annotations.execute(frame);
            PyCell[] closure = null;
            if (closureSlots.length > 0) {
                closure = new PyCell[closureSlots.length];
                for (int i = 0; i < closureSlots.length; i++) {
                    closure[i] = (PyCell) frame.getObject(closureSlots[i]);
                }
            }
            PyDict globals = Variables.globals(frame);
            PyDict kwd = kwv.length > 0 ? kwDefaultsDict(kwv) : null;
            PyFunction f = new PyFunction(PythonContext.get(this).types().function, code, globals, defs, kwd, closure);
            f.setDoc(doc);
            f.setModule(moduleName(globals));
            if (ann != null) {
                f.setAttribute(org.auditpy.builtins.FunctionBuiltins.ANNOTATIONS, ann);
            }
            return f;
        }

        /** The globals dict whose {@code __name__} is cached in {@link #cachedModule} (null: none). */
        @CompilationFinal private PyDict cachedGlobals;
        @CompilationFinal private Object cachedModule;
        @CompilationFinal private Assumption nameUnchanged;
        @CompilationFinal private boolean generic;

        /**
         * {@code globals['__name__']} (None if absent) as CPython reads it for each new function; cached per
         * globals dict behind the dict's key assumption, so compiled code does no dict lookup.
         */
        private Object moduleName(PyDict globals) {
            if (cachedGlobals != null) {
                if (globals == cachedGlobals && nameUnchanged.isValid()) {
                    return cachedModule;
                }
                if (!generic) {
                    // another globals dict, or __name__ rebound: look it up from now on
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    generic = true;
                }
                return lookupName(globals);
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            nameUnchanged = globals.watchKey("__name__");
            cachedModule = lookupName(globals);
            cachedGlobals = globals;
            return cachedModule;
        }

        @TruffleBoundary
        private static Object lookupName(PyDict globals) {
            Object mod = globals.getStr("__name__");
            return mod == null ? PyNone.NONE : mod;
        }

        @TruffleBoundary
        private PyDict kwDefaultsDict(Object[] kwv) {
            PyDict kwd = PyDict.create();
            for (int i = 0; i < kwv.length; i++) {
                kwd.setStr(kwDefaultNames[i], kwv[i]);
            }
            return kwd;
        }
    }

    /** Applies decorators (innermost last in the list) to a value. */
    public static final class Decorate extends ExprNode {
        @Children private final ExprNode[] decorators;
        @Child private ExprNode value;

        public Decorate(ExprNode[] decorators, ExprNode value) {
            this.decorators = decorators;
            this.value = value;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] decs = new Object[decorators.length];
            for (int i = 0; i < decorators.length; i++) {
                decs[i] = decorators[i].execute(frame);
            }
            Object v = value.execute(frame);
            for (int i = decs.length - 1; i >= 0; i--) {
                try {
                    v = PyOps.callPositional(decs[i], v);
                } catch (org.auditpy.runtime.PyException e) {
                    // a failing decorator's call is at its '@' line, under its expression (CPython 3.11's location)
                    throw decorators[i].locate(e, null);
                }
            }
            return v;
        }
    }

    /**
     * {@code class Name(bases, **kw): body}, as CPython's {@code builtins.__build_class__} (Python/bltinmodule.c):
     * the metaclass (the {@code metaclass} keyword, else the type of the first base, then the most derived of it and
     * the bases' types), the namespace from its {@code __prepare__(name, bases, **kw)} (any mapping: the body's
     * names go through its {@code __getitem__}/{@code __setitem__} unless it is an exact dict), the body, then
     * {@code metaclass(name, bases, namespace, **kw)}, which must set the {@code __class__} cell the body's methods
     * close over (type.__new__ does, from {@code __classcell__}).
     */
    public static final class MakeClass extends ExprNode {
        private final String name;
        private final String qualname;
        private final PyCode body;
        @Children private final ExprNode[] bases;
        @Children private final ExprNode[] kwValues;
        private final String[] kwNames;
        @CompilationFinal(dimensions = 1) private final int[] closureSlots;

        public MakeClass(String name, String qualname, PyCode body, ExprNode[] bases, String[] kwNames, ExprNode[] kwValues, int[] closureSlots) {
            this.name = name;
            this.qualname = qualname;
            this.body = body;
            this.bases = bases;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
            this.closureSlots = closureSlots;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] b = Expressions.evaluateElements(frame, bases, false);
            Object[] kv = new Object[kwValues.length];
            for (int i = 0; i < kwValues.length; i++) {
                kv[i] = kwValues[i].execute(frame);
            }
            PyCell[] closure = null;
            if (closureSlots.length > 0) {
                closure = new PyCell[closureSlots.length];
                for (int i = 0; i < closureSlots.length; i++) {
                    closure[i] = (PyCell) frame.getObject(closureSlots[i]);
                }
            }
            return build(Variables.globals(frame), b, kv, closure);
        }

        @TruffleBoundary
        private Object build(PyDict globals, Object[] origBases, Object[] kv, PyCell[] closure) {
            PythonContext ctx = PythonContext.get();
            Object[] bases = updateBases(origBases);
            Object meta = null;
            java.util.List<String> names = new java.util.ArrayList<>();
            java.util.List<Object> values = new java.util.ArrayList<>();
            for (int i = 0; i < kwNames.length; i++) {
                if ("metaclass".equals(kwNames[i])) {
                    meta = kv[i];
                } else {
                    names.add(kwNames[i]);
                    values.add(kv[i]);
                }
            }
            if (meta == null) {
                meta = bases.length > 0 ? PyOps.typeOf(bases[0]) : ctx.types().type;
            }
            if (meta instanceof PyType mt) {
                meta = org.auditpy.builtins.TypeBuiltins.calculateMetaclass(mt, bases);
            }
            String[] kwn = names.toArray(new String[0]);
            PyTuple basesTuple = PyTuple.of(bases);
            Object ns = prepare(meta, name, basesTuple, kwn, values);
            // what CPython's class body code does first: __module__ = __name__ (LOAD_NAME), __qualname__ = '...'
            Object mod = Variables.ReadName.lookupLocal(ns, "__name__");
            Variables.WriteName.store(ns, "__module__", mod != null ? mod : Variables.ReadGlobal.lookup(globals, "__name__"));
            Variables.WriteName.store(ns, "__qualname__", qualname);
            Object[] frameArgs = new Object[FrameArgs.USER + 2];
            frameArgs[FrameArgs.GLOBALS] = globals;
            frameArgs[FrameArgs.CLOSURE] = closure;
            frameArgs[FrameArgs.USER] = ns;
            body.getCallTarget().call(frameArgs);
            if (bases != origBases) {
                Variables.WriteName.store(ns, "__orig_bases__", PyTuple.of(origBases));
            }
            Object classCell = frameArgs[FrameArgs.USER + 1];
            Object[] args = new Object[3 + values.size()];
            args[0] = name;
            args[1] = basesTuple;
            args[2] = ns;
            for (int i = 0; i < values.size(); i++) {
                args[3 + i] = values.get(i);
            }
            Object cls = CallDispatch.callUncached(meta, args, kwn);
            if (classCell instanceof PyCell c && cls instanceof PyType) {
                // type.__new__ sets the cell from the namespace's __classcell__ (as CPython's __build_class__ checks)
                Object set = c.get();
                if (set == null) {
                    throw PyErrors.runtimeError("__class__ not set defining " + PyOps.repr(name) + " as " + PyOps.repr(cls) +
                                    ". Was __classcell__ propagated to type.__new__?");
                }
                if (set != cls) {
                    throw PyErrors.typeError("__class__ set to " + PyOps.repr(set) + " defining " + PyOps.repr(name) + " as " + PyOps.repr(cls));
                }
            }
            return cls;
        }
    }

    /**
     * PEP 560's base resolution (update_bases in Python/bltinmodule.c): a base that is not a class but has
     * {@code __mro_entries__(bases)} is replaced by the tuple that method returns ({@code class C(list[int])} derives
     * from {@code list}). Returns {@code bases} itself when nothing was replaced.
     *
     * @throws PyException TypeError "__mro_entries__ must return a tuple"
     */
    @TruffleBoundary
    static Object[] updateBases(Object[] bases) {
        java.util.List<Object> out = null;
        PyTuple basesTuple = null;
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i];
            Object meth = b instanceof PyType ? null : PyOps.getAttributeOrNull(b, "__mro_entries__");
            if (meth == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new java.util.ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
                basesTuple = PyTuple.of(bases);
            }
            Object r = PyOps.callPositional(meth, basesTuple);
            if (!(r instanceof PyTuple t)) {
                throw PyErrors.typeError("__mro_entries__ must return a tuple");
            }
            out.addAll(java.util.Arrays.asList(t.items()));
        }
        return out == null ? bases : out.toArray();
    }

    /**
     * The class namespace: {@code meta.__prepare__(name, bases, **kw)} if the metaclass has one, else a new dict.
     * Raises CPython's TypeError when what {@code __prepare__} returns is not a mapping (has no {@code __getitem__}).
     */
    @TruffleBoundary
    static Object prepare(Object meta, String name, PyTuple bases, String[] kwNames, java.util.List<Object> kwValues) {
        Object prep = PyOps.getAttributeOrNull(meta, "__prepare__");
        if (prep == null) {
            return PyDict.create();
        }
        Object[] args = new Object[2 + kwValues.size()];
        args[0] = name;
        args[1] = bases;
        for (int i = 0; i < kwValues.size(); i++) {
            args[2 + i] = kwValues.get(i);
        }
        Object ns = CallDispatch.callUncached(prep, args, kwNames);
        if (!(ns instanceof PyDict) && PyOps.typeOf(ns).lookup("__getitem__") == null) {
            throw PyErrors.typeError((meta instanceof PyType t ? t.getName() : "<metaclass>") + ".__prepare__() must return a mapping, not " +
                            PyOps.typeName(ns));
        }
        return ns;
    }

    /** {@code import a.b.c [as x]}: binds the top package (or the submodule with {@code as}). */
    public static final class Import extends StmtNode {
        private final String module;
        @Child private Variables.WriteNode target;
        private final boolean bindTop;

        public Import(String module, Variables.WriteNode target, boolean bindTop) {
            this.module = module;
            this.target = target;
            this.bindTop = bindTop;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object m;
            try {
                m = ImportSystem.importModule(module, Variables.globals(frame), bindTop ? null : PyTuple.of(), 0, !bindTop);
            } catch (org.auditpy.runtime.PyException e) {
                // a traceback shows the whole statement, as CPython's IMPORT_NAME location
                throw locate(e, null);
            }
            target.write(frame, m);
        }
    }

    /** {@code from .mod import a as b, c} and {@code from mod import *}. */
    public static final class ImportFrom extends StmtNode {
        private final String module;
        private final int level;
        private final String[] names;
        @Children private final Variables.WriteNode[] targets;

        public ImportFrom(String module, int level, String[] names, Variables.WriteNode[] targets) {
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            PyDict globals = Variables.globals(frame);
            Object m;
            try {
                if (names.length == 1 && names[0].equals("*")) {
                    ImportSystem.importStar(module, level, globals, frame.getArguments().length > FrameArgs.USER && frame.getArguments()[FrameArgs.USER] instanceof PyDict ns ? ns : globals);
                    return;
                }
                m = ImportSystem.importModule(module == null ? "" : module, globals, PyTuple.of((Object[]) names), level, false);
            } catch (org.auditpy.runtime.PyException e) {
                // a traceback shows the whole statement, as CPython's IMPORT_NAME and IMPORT_FROM locations
                throw locate(e, null);
            }
            for (int i = 0; i < names.length; i++) {
                Object value;
                try {
                    value = ImportSystem.importFrom(m, names[i]);
                } catch (org.auditpy.runtime.PyException e) {
                    throw locate(e, null);
                }
                targets[i].write(frame, value);
            }
        }
    }
}
