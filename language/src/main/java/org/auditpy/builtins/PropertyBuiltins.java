package org.auditpy.builtins;

import static org.auditpy.builtins.DescriptorBuiltins.*;

import java.util.List;

import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.FrameArgs;
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
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Part of {@link DescriptorBuiltins}. */
public final class PropertyBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return PropertyBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = {"cls", "/", "*args", "**kwargs"}, isStatic = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBuiltinNode {
        @Specialization
        static Object newProp(Object cls, Object args, Object kwargs) {
            return new Descriptors.Property((PyType) cls, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
    }

    @Builtin(name = "__init__", params = {"self", "fget=", "fset=", "fdel=", "doc="})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object fget, Object fset, Object fdel, Object doc) {
            Descriptors.Property p = prop(self);
            p.fget = absent(fget) ? PyNone.NONE : fget;
            p.fset = absent(fset) ? PyNone.NONE : fset;
            p.fdel = absent(fdel) ? PyNone.NONE : fdel;
            Object d = absent(doc) ? PyNone.NONE : doc;
            if (d == PyNone.NONE && p.fget != PyNone.NONE) {
                Object fd = PyOps.getAttributeOrNull(p.fget, "__doc__");
                if (fd != null) {
                    d = fd;
                }
            }
            p.doc = d;
            return PyNone.NONE;
        }
    }

    @TruffleBoundary
    static Object copyProp(Object self, Object fget, Object fset, Object fdel) {
        Descriptors.Property p = prop(self);
        Object doc = p.doc;
        Object fgetDoc = p.fget == PyNone.NONE ? null : PyOps.getAttributeOrNull(p.fget, "__doc__");
        if (fgetDoc != null && fgetDoc == doc) {
            doc = PyNone.NONE;
        }
        Object r = PyOps.callPositional(PyOps.typeOf(self), fget, fset, fdel, doc);
        if (r instanceof Descriptors.Property np) {
            Object name = p.getAttributeOrNull("\0name");
            if (name != null) {
                np.setAttribute("\0name", name);
            }
        }
        return r;
    }

    @Builtin(name = "getter", params = {"self", "fget", "/"})
    @GenerateNodeFactory
    abstract static class GetterNode extends PythonBuiltinNode {
        @Specialization
        static Object getter(Object self, Object f) {
            Descriptors.Property p = prop(self);
            return PropertyBuiltins.copyProp(self, f, p.fset, p.fdel);
        }
    }

    @Builtin(name = "setter", params = {"self", "fset", "/"})
    @GenerateNodeFactory
    abstract static class SetterNode extends PythonBuiltinNode {
        @Specialization
        static Object setter(Object self, Object f) {
            Descriptors.Property p = prop(self);
            return PropertyBuiltins.copyProp(self, p.fget, f, p.fdel);
        }
    }

    @Builtin(name = "deleter", params = {"self", "fdel", "/"})
    @GenerateNodeFactory
    abstract static class DeleterNode extends PythonBuiltinNode {
        @Specialization
        static Object deleter(Object self, Object f) {
            Descriptors.Property p = prop(self);
            return PropertyBuiltins.copyProp(self, p.fget, p.fset, f);
        }
    }

    @TruffleBoundary
    static String describe(Descriptors.Property p, Object obj) {
        Object name = p.getAttributeOrNull("\0name");
        if (name instanceof String n) {
            return "property " + PyOps.repr(n) + " of " + PyOps.repr(PyOps.typeName(obj)) + " object";
        }
        return "property of " + PyOps.repr(PyOps.typeName(obj)) + " object";
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object inst, Object owner) {
            Descriptors.Property p = prop(self);
            if (inst == PyNone.NONE) {
                return p;
            }
            if (p.fget == PyNone.NONE) {
                throw PyErrors.attributeError(describe(p, inst) + " has no getter");
            }
            return PyOps.callPositional(p.fget, inst);
        }
    }

    @Builtin(name = "__set__", params = {"self", "instance", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object set(Object self, Object inst, Object value) {
            Descriptors.Property p = prop(self);
            if (p.fset == PyNone.NONE) {
                throw PyErrors.attributeError(describe(p, inst) + " has no setter");
            }
            PyOps.callPositional(p.fset, inst, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delete__", params = {"self", "instance", "/"})
    @GenerateNodeFactory
    abstract static class DeleteNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object delete(Object self, Object inst) {
            Descriptors.Property p = prop(self);
            if (p.fdel == PyNone.NONE) {
                throw PyErrors.attributeError(describe(p, inst) + " has no deleter");
            }
            PyOps.callPositional(p.fdel, inst);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__set_name__", params = {"self", "owner", "name", "/"})
    @GenerateNodeFactory
    abstract static class SetNameNode extends PythonBuiltinNode {
        @Specialization
        static Object setName(Object self, Object owner, Object name) {
            prop(self).setAttribute("\0name", name);
            return PyNone.NONE;
        }
    }

    @Override
    public void initialize(PythonContext ctx, PyDict ns) {
        PyType t = ctx.types().property;
        PyType gs = ctx.types().getsetDescriptor;
        ns.setStr("fget", new Descriptors.GetSet(gs, "fget", t, o -> prop(o).fget, null, null));
        ns.setStr("fset", new Descriptors.GetSet(gs, "fset", t, o -> prop(o).fset, null, null));
        ns.setStr("fdel", new Descriptors.GetSet(gs, "fdel", t, o -> prop(o).fdel, null, null));
        ns.setStr("__doc__", new Descriptors.GetSet(gs, "__doc__", t, o -> o instanceof Descriptors.Property p ? p.doc : PyNone.NONE,
                        (o, v) -> prop(o).doc = v, null));
        ns.setStr("__isabstractmethod__", new Descriptors.GetSet(gs, "__isabstractmethod__", t,
                        o -> isAbstract(prop(o).fget) || isAbstract(prop(o).fset) || isAbstract(prop(o).fdel), null, null));
    }
}
