package org.auditpy.builtins;

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

/** property, staticmethod, classmethod and super (Objects/descrobject.c, funcobject.c, typeobject.c). */
public final class DescriptorBuiltins {
    private DescriptorBuiltins() {
    }

    static boolean absent(Object o) {
        return o == PyNone.NO_VALUE;
    }

    @TruffleBoundary
    static boolean isAbstract(Object f) {
        if (f == null || f == PyNone.NONE) {
            return false;
        }
        Object v = PyOps.getAttributeOrNull(f, "__isabstractmethod__");
        return v != null && PyOps.isTrue(v);
    }

    // ------------------------------------------------------------------------------------------ property

    static Descriptors.Property prop(Object o) {
        if (o instanceof Descriptors.Property p) {
            return p;
        }
        throw PyErrors.typeError("descriptor requires a 'property' object but received a '" + PyOps.typeName(o) + "'");
    }



    // ------------------------------------------------------------------------------------------ staticmethod / classmethod



    /** functools.wraps-like copy done by staticmethod/classmethod __init__ in 3.10+ (__doc__, __name__, ...). */
    @TruffleBoundary
    static void copyWrapperAttrs(PythonObject self, Object f) {
        for (String a : new String[]{"__module__", "__name__", "__qualname__", "__doc__"}) {
            Object v = PyOps.getAttributeOrNull(f, a);
            if (v != null) {
                self.setAttribute(a, v);
            }
        }
    }



    // ------------------------------------------------------------------------------------------ super

    /** A {@code super} object. */
    public static final class PySuper extends PythonObject {
        Object thisType = PyNone.NONE;
        Object obj = PyNone.NONE;
        Object objType = PyNone.NONE;

        public PySuper(PyType cls) {
            super(cls);
        }
    }

    static PySuper sup(Object o) {
        if (o instanceof PySuper s) {
            return s;
        }
        throw PyErrors.typeError("descriptor requires a 'super' object but received a '" + PyOps.typeName(o) + "'");
    }

    /** supercheck: the type to search from {@code obj} (obj itself if a subtype, else its class). */
    @TruffleBoundary
    static PyType superCheck(PyType type, Object obj) {
        if (obj instanceof PyType ot && ot.isSubtypeOf(type)) {
            return ot;
        }
        if (PyOps.typeOf(obj).isSubtypeOf(type)) {
            return PyOps.typeOf(obj);
        }
        Object c = PyOps.getAttributeOrNull(obj, "__class__");
        if (c instanceof PyType ct && ct.isSubtypeOf(type)) {
            return ct;
        }
        throw PyErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }


}
