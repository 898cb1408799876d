package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.ExceptionSupport;
import org.auditpy.runtime.OsErrors;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTraceback;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code BaseException}'s methods and attributes (Objects/exceptions.c). */
public final class ExceptionBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ExceptionBuiltinsFactory.getFactories();
    }

    static PyBaseException exc(Object o) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw PyErrors.typeError("descriptor requires a 'BaseException' object but received a '" + PyOps.typeName(o) + "'");
    }

    static boolean isA(PyType t, String name) {
        return t.isSubtypeOf(PythonContext.get().types().exception(name));
    }

    @Builtin(name = "__new__", params = {"cls", "/", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newExc(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PyType t) || !isA(t, "BaseException")) {
                throw PyErrors.newArgError("BaseException", cls);
            }
            PyTuple a = (PyTuple) args;
            if (t == PythonContext.get().types().exception("OSError") && a.size() >= 2 && a.get(0) instanceof Long errno) {
                t = PythonContext.get().types().exception(OsErrors.subclassFor((int) (long) errno));
            }
            PyBaseException e = new PyBaseException(t, a);
            ExceptionSupport.initAttributes(e);
            return e;
        }
    }

    @Builtin(name = "__init__", params = {"self", "/", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        /**
         * {@code super().__init__(msg)} in a Python {@code __init__} of an exception class whose instances get no
         * type-specific attributes (not NameError, AttributeError, StopIteration, SystemExit, OSError, ImportError,
         * ...), called with no keyword arguments: only {@code args} is set, in compiled code, so that the
         * {@code *args} tuple and the empty {@code **kwargs} dict the call binds need not be allocated. The class
         * is cached and its stable assumption guards the answer (a changed base could make it NameError's).
         */
        @Specialization(guards = {"self.getPythonClass() == cachedType", "simple", "isEmptyDict(kwargs)"},
                        assumptions = "stable", limit = "3")
        static Object initSimple(PyBaseException self, PyTuple args, Object kwargs,
                        @Cached("self.getPythonClass()") PyType cachedType,
                        @Cached("cachedType.getStableAssumption()") Assumption stable,
                        @Cached("hasSimpleInit(cachedType)") boolean simple) {
            self.setArgs(args);
            return PyNone.NONE;
        }

        static boolean isEmptyDict(Object o) {
            return o instanceof PyDict d && d.size() == 0;
        }

        /** True when {@link #init} would only set {@code args} for instances of {@code t} given no keywords. */
        @TruffleBoundary
        static boolean hasSimpleInit(PyType t) {
            return !isA(t, "NameError") && !isA(t, "AttributeError") && !ExceptionSupport.needsAttributes(t);
        }

        @Specialization(replaces = "initSimple")
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            PyBaseException e = exc(self);
            PyDict kw = (PyDict) kwargs;
            PyType t = e.getPythonClass();
            if (isA(t, "NameError")) {
                initMissing(e, kw, "NameError", false);
            } else if (isA(t, "AttributeError")) {
                initMissing(e, kw, "AttributeError", true);
            } else if (kw.size() > 0) {
                if (isA(t, "ImportError")) {
                    for (Object k : kw.keysArray()) {
                        if (!"name".equals(k) && !"path".equals(k)) {
                            throw PyErrors.typeError("'" + k + "' is an invalid keyword argument for " + t.getName() + "()");
                        }
                        e.setAttribute((String) k, kw.getItem(k));
                    }
                } else {
                    throw PyErrors.typeError(t.getName() + "() takes no keyword arguments");
                }
            }
            e.setArgs((PyTuple) args);
            ExceptionSupport.initAttributes(e);
            return PyNone.NONE;
        }
    }

    /**
     * The keyword arguments of {@code NameError(*args, name=None)} and
     * {@code AttributeError(*args, name=None, obj=None)} (Objects/exceptions.c NameError_init and
     * AttributeError_init, which parse them with {@code "|$O:NameError"} and {@code "|$OO:AttributeError"}):
     * an argument left out unsets the attribute again. Raises TypeError as CPython's getargs.c does for too
     * many keywords or an unknown one.
     */
    private static void initMissing(PyBaseException e, PyDict kw, String fname, boolean withObj) {
        int max = withObj ? 2 : 1;
        if (kw.size() > max) {
            throw PyErrors.typeError(fname + "() takes at most " + max + " keyword argument" + (max == 1 ? "" : "s") + " (" + kw.size() + " given)");
        }
        Object name = null;
        Object obj = null;
        for (Object k : kw.keysArray()) {
            if ("name".equals(k)) {
                name = kw.getItem(k);
            } else if (withObj && "obj".equals(k)) {
                obj = kw.getItem(k);
            } else {
                throw PyErrors.typeError("'" + PyOps.str(k) + "' is an invalid keyword argument for " + fname + "()");
            }
        }
        e.setMissingName(name);
        if (withObj) {
            e.setMissingFrom(obj);
        }
    }

    @Builtin(name = "__str__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class StrNode extends PythonBuiltinNode {
        @Specialization
        static Object str(Object self) {
            return ExceptionSupport.str(exc(self));
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        static Object repr(Object self) {
            return ExceptionSupport.repr(exc(self));
        }
    }

    @Builtin(name = "with_traceback", params = {"self", "tb", "/"})
    @GenerateNodeFactory
    abstract static class WithTracebackNode extends PythonBuiltinNode {
        @Specialization
        static Object withTraceback(Object self, Object tb) {
            setTraceback(exc(self), tb);
            return self;
        }
    }

    @Builtin(name = "add_note", params = {"self", "note", "/"})
    @GenerateNodeFactory
    abstract static class AddNoteNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object addNote(Object self, Object note) {
            PyBaseException e = exc(self);
            if (!(note instanceof String)) {
                throw PyErrors.typeError("note must be a str, not '" + PyOps.typeName(note) + "'");
            }
            Object notes = e.getAttributeOrNull("__notes__");
            if (notes == null) {
                notes = PyList.of();
                e.setAttribute("__notes__", notes);
            }
            if (!(notes instanceof PyList l)) {
                throw PyErrors.typeError("Cannot add note: __notes__ is not a list");
            }
            l.append(note);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends PythonBuiltinNode {
        @Specialization
        static Object reduce(Object self) {
            PyBaseException e = exc(self);
            return PyTuple.of(e.getPythonClass(), e.getArgs());
        }
    }

    @Builtin(name = "__setstate__", params = {"self", "state", "/"})
    @GenerateNodeFactory
    abstract static class SetStateNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object setstate(Object self, Object state) {
            if (state instanceof PyDict d) {
                for (Object k : d.keysArray()) {
                    PyOps.setAttribute(self, (String) k, d.getItem(k));
                }
            }
            return PyNone.NONE;
        }
    }

    /**
     * {@code NameError.name}, {@code AttributeError.name} and {@code AttributeError.obj}: T_OBJECT members in
     * CPython (Objects/exceptions.c NameError_members, AttributeError_members), None while unset, settable, and
     * unset again by {@code del}. Installed on the first access to either class's namespace.
     */
    static void installMissingNameMembers(PythonContext ctx) {
        PyType gs = ctx.types().getsetDescriptor;
        PyType nameError = ctx.types().exception("NameError");
        nameError.getDict().setStr("name", new Descriptors.GetSet(gs, "name", nameError, o -> orNone(exc(o).getMissingName()),
                        (o, v) -> exc(o).setMissingName(v), o -> exc(o).setMissingName(null)).asMember());
        PyType attributeError = ctx.types().exception("AttributeError");
        attributeError.getDict().setStr("name", new Descriptors.GetSet(gs, "name", attributeError, o -> orNone(exc(o).getMissingName()),
                        (o, v) -> exc(o).setMissingName(v), o -> exc(o).setMissingName(null)).asMember());
        attributeError.getDict().setStr("obj", new Descriptors.GetSet(gs, "obj", attributeError, o -> orNone(exc(o).getMissingFrom()),
                        (o, v) -> exc(o).setMissingFrom(v), o -> exc(o).setMissingFrom(null)).asMember());
    }

    private static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    @TruffleBoundary
    static void setTraceback(PyBaseException e, Object tb) {
        if (tb == PyNone.NONE) {
            e.setTraceback(null);
        } else if (tb instanceof PyTraceback t) {
            e.setTraceback(t);
        } else {
            throw PyErrors.typeError("__traceback__ must be a traceback or None");
        }
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType base = ctx.types().baseException;
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("args", new Descriptors.GetSet(gs, "args", base, o -> exc(o).getArgs(), (o, v) -> exc(o).setArgs(PyTuple.of(PyOps.toArray(v))),
                        o -> {
                            throw PyErrors.typeError("args may not be deleted");
                        }));
        ns.setStr("__traceback__", new Descriptors.GetSet(gs, "__traceback__", base,
                        o -> exc(o).getTracebackOrNull() == null ? PyNone.NONE : exc(o).getTracebackOrNull(), (o, v) -> setTraceback(exc(o), v), o -> {
                            throw PyErrors.typeError("__traceback__ may not be deleted");
                        }));
        ns.setStr("__cause__", new Descriptors.GetSet(gs, "__cause__", base, o -> exc(o).getCause(), (o, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw PyErrors.typeError("exception cause must be None or derive from BaseException");
            }
            exc(o).setCause(v);
        }, o -> {
            throw PyErrors.typeError("__cause__ may not be deleted");
        }));
        ns.setStr("__context__", new Descriptors.GetSet(gs, "__context__", base, o -> exc(o).getContext(), (o, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw PyErrors.typeError("exception context must be None or derive from BaseException");
            }
            exc(o).setContext(v);
        }, o -> {
            throw PyErrors.typeError("__context__ may not be deleted");
        }));
        ns.setStr("__suppress_context__", new Descriptors.GetSet(gs, "__suppress_context__", base, o -> exc(o).getSuppressContext(),
                        (o, v) -> exc(o).setSuppressContext(PyOps.isTrue(v)), null));
        ns.setStr("__dict__", new Descriptors.GetSet(gs, "__dict__", base, CoreTypes::getInstanceDict, CoreTypes::setInstanceDict, null));
        ns.setStr("__doc__", "Common base class for all exceptions");
    }
}
