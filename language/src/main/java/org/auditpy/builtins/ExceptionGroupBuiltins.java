package org.auditpy.builtins;

import java.util.ArrayList;
import java.util.List;

import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code BaseExceptionGroup}'s methods and members (PEP 654, Objects/exceptions.c of CPython 3.11):
 * {@code __new__}'s checks, {@code message}, {@code exceptions}, {@code derive}, {@code split} and {@code subgroup}
 * ({@code exceptiongroup_split_recursive}), and {@code __str__}. {@code except*} is not supported.
 */
public final class ExceptionGroupBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ExceptionGroupBuiltinsFactory.getFactories();
    }

    static PyType baseGroup() {
        return PythonContext.get().types().exception("BaseExceptionGroup");
    }

    static PyBaseException group(Object o) {
        if (o instanceof PyBaseException e && e.getGroupExceptions() != null) {
            return e;
        }
        throw PyErrors.typeError("descriptor requires a 'BaseExceptionGroup' object but received a '" + PyOps.typeName(o) + "'");
    }

    /** BaseExceptionGroup_new: {@code (message: str, exceptions: non-empty sequence of exceptions)}. */
    @Builtin(name = "__new__", params = {"cls", "/", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object newGroup(Object cls, Object args, Object kwargs) {
            PythonContext ctx = PythonContext.get();
            PyType base = baseGroup();
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(base)) {
                throw PyErrors.newArgError("BaseExceptionGroup", cls);
            }
            Object[] a = ((PyTuple) args).items();
            if (a.length != 2) {
                throw PyErrors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + a.length + " given)");
            }
            if (!(a[0] instanceof String)) {
                throw PyErrors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + PyOps.typeName(a[0]));
            }
            if (!isSequence(a[1])) {
                throw PyErrors.typeError("second argument (exceptions) must be a sequence");
            }
            Object[] excs = PyOps.toArray(a[1]);
            if (excs.length == 0) {
                throw PyErrors.valueError("second argument (exceptions) must be a non-empty sequence");
            }
            PyType exception = ctx.types().exception("Exception");
            boolean nestedBase = false;
            for (int i = 0; i < excs.length; i++) {
                if (!(excs[i] instanceof PyBaseException e)) {
                    throw PyErrors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                }
                if (!e.getPythonClass().isSubtypeOf(exception)) {
                    nestedBase = true;
                }
            }
            PyType eg = ctx.types().exception("ExceptionGroup");
            if (t == eg) {
                if (nestedBase) {
                    throw PyErrors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
                }
            } else if (t == base) {
                if (!nestedBase) {
                    t = eg;
                }
            } else if (nestedBase && t.isSubtypeOf(exception)) {
                throw PyErrors.typeError("Cannot nest BaseExceptions in '" + t.getName() + "'");
            }
            PyBaseException self = new PyBaseException(t, (PyTuple) args);
            self.setGroup(a[0], PyTuple.of(excs));
            return self;
        }

        /** PySequence_Check: a type with {@code __getitem__} that is not a dict. */
        static boolean isSequence(Object o) {
            if (o instanceof PyDict || o instanceof PyTuple || o instanceof PyList || o instanceof String) {
                return !(o instanceof PyDict);
            }
            return PyOps.typeOf(o).lookup("__getitem__") != null && !PyOps.typeOf(o).isSubtypeOf(PythonContext.get().types().dict);
        }
    }

    /** BaseExceptionGroup_init: no keyword arguments, then BaseException's. */
    @Builtin(name = "__init__", params = {"self", "/", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            PyBaseException e = ExceptionBuiltins.exc(self);
            if (((PyDict) kwargs).size() > 0) {
                throw PyErrors.typeError(e.getPythonClass().getName() + "() takes no keyword arguments");
            }
            e.setArgs((PyTuple) args);
            return PyNone.NONE;
        }
    }

    /** BaseExceptionGroup_str: {@code "message (N sub-exception[s])"}. */
    @Builtin(name = "__str__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class StrNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object str(Object self) {
            PyBaseException e = group(self);
            int n = e.getGroupExceptions().size();
            return PyOps.str(e.getGroupMessage()) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")";
        }
    }

    /** BaseExceptionGroup_derive: {@code BaseExceptionGroup(self.message, excs)}. */
    @Builtin(name = "derive", params = {"self", "excs", "/"})
    @GenerateNodeFactory
    abstract static class DeriveNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object derive(Object self, Object excs) {
            return PyOps.callPositional(baseGroup(), group(self).getGroupMessage(), excs);
        }
    }

    /** BaseExceptionGroup_split: {@code (match, rest)}, each a group or None. */
    @Builtin(name = "split", params = {"self", "matcher_value", "/"})
    @GenerateNodeFactory
    abstract static class SplitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object split(Object self, Object matcher) {
            PyBaseException e = group(self);
            checkMatcher(matcher);
            Object[] r = splitRecursive(e, matcher, true);
            return PyTuple.of(orNone(r[0]), orNone(r[1]));
        }
    }

    /** BaseExceptionGroup_subgroup: the matching part, or None. */
    @Builtin(name = "subgroup", params = {"self", "matcher_value", "/"})
    @GenerateNodeFactory
    abstract static class SubgroupNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object subgroup(Object self, Object matcher) {
            PyBaseException e = group(self);
            checkMatcher(matcher);
            return orNone(splitRecursive(e, matcher, false)[0]);
        }
    }

    static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    static boolean isExceptionClass(Object o) {
        return o instanceof PyType t && t.isSubtypeOf(PythonContext.get().types().baseException);
    }

    /** get_matcher_type: a Python function (predicate), an exception class or a tuple of them. */
    static void checkMatcher(Object m) {
        if (m instanceof PyFunction || isExceptionClass(m)) {
            return;
        }
        if (m instanceof PyTuple t && t.getPythonClass() == PythonContext.get().types().tuple) {
            for (Object o : t.items()) {
                if (!isExceptionClass(o)) {
                    throw badMatcher();
                }
            }
            return;
        }
        throw badMatcher();
    }

    private static RuntimeException badMatcher() {
        return PyErrors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** exceptiongroup_split_check_match. */
    static boolean matches(Object exc, Object m) {
        if (m instanceof PyFunction) {
            return PyOps.isTrue(PyOps.callPositional(m, exc));
        }
        PyType c = PyOps.typeOf(exc);
        if (m instanceof PyType t) {
            return c.isSubtypeOf(t);
        }
        for (Object o : ((PyTuple) m).items()) {
            if (c.isSubtypeOf((PyType) o)) {
                return true;
            }
        }
        return false;
    }

    /** exceptiongroup_split_recursive: {match, rest}, each null when empty. */
    static Object[] splitRecursive(Object exc, Object m, boolean constructRest) {
        if (matches(exc, m)) {
            return new Object[]{exc, null};
        }
        if (!(exc instanceof PyBaseException eg) || eg.getGroupExceptions() == null) {
            return new Object[]{null, constructRest ? exc : null};
        }
        List<Object> match = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object e : eg.getGroupExceptions().items()) {
            Object[] r = splitRecursive(e, m, constructRest);
            if (r[0] != null) {
                match.add(r[0]);
            }
            if (r[1] != null) {
                rest.add(r[1]);
            }
        }
        return new Object[]{subset(eg, match), constructRest ? subset(eg, rest) : null};
    }

    /** exceptiongroup_subset: {@code orig.derive(excs)} with orig's traceback, context, cause and a copy of its notes. */
    static Object subset(PyBaseException orig, List<Object> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        Object eg = PyOps.callMethod(orig, "derive", PyList.of(excs.toArray()));
        if (!(eg instanceof PyBaseException r) || !r.getPythonClass().isSubtypeOf(baseGroup())) {
            throw PyErrors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyBaseException res = (PyBaseException) eg;
        if (orig.getTracebackOrNull() != null) {
            res.setTraceback(orig.getTracebackOrNull());
        }
        res.setContext(orig.getContext());
        // PyException_SetCause also sets __suppress_context__
        res.setCause(orig.getCause());
        Object notes = PyOps.getAttributeOrNull(orig, "__notes__");
        if (notes != null && NewNode.isSequence(notes)) {
            PyOps.setAttribute(res, "__notes__", PyList.of(PyOps.toArray(notes)));
        }
        return res;
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType base = baseGroup();
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("message", new Descriptors.GetSet(gs, "message", base, o -> group(o).getGroupMessage(), FunctionBuiltins::readonly,
                        FunctionBuiltins::readonlyDelete).asMember());
        ns.setStr("exceptions", new Descriptors.GetSet(gs, "exceptions", base, o -> group(o).getGroupExceptions(), FunctionBuiltins::readonly,
                        FunctionBuiltins::readonlyDelete).asMember());
        ns.setStr("__doc__", "A combination of multiple unrelated exceptions.");
    }
}
