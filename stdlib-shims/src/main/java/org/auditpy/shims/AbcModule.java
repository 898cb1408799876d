package org.auditpy.shims;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Sequences;

/**
 * {@code _auditpy_abc}: the abstract-method bookkeeping of stdlib-shims' {@code abc.py} in Java, as CPython keeps it
 * in C (Modules/_abc.c). It runs once per abstract class, mostly while modules such as {@code collections.abc} are
 * imported; written in Python, its helpers became hot there and were the first functions a program's compiler thread
 * compiled (1-2 s of a cold compiler before the program's own code).
 *
 * <ul>
 * <li>{@code compute_abstracts(cls)}: compute_abstract_methods: the frozenset of the names of {@code cls}'s own
 * abstract attributes and of those of its bases' {@code __abstractmethods__} that are still abstract in it; an
 * explicit {@code __abstractmethods__} in the class's namespace (not a property) is taken as it is.</li>
 * </ul>
 */
final class AbcModule {
    private AbcModule() {
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_auditpy_abc");
        PyDict ns = m.getDict();
        ns.setStr("compute_abstracts", Fns.fn(ctx, "compute_abstracts", false, "cls, /", a -> computeAbstracts(ctx, a[0])));
        return m;
    }

    private static Object computeAbstracts(PythonContext ctx, Object c) {
        if (!(c instanceof PyType cls)) {
            throw PyErrors.typeError("compute_abstracts() argument must be a type, not " + PyOps.typeName(c));
        }
        PyType frozenset = ctx.types().frozenset;
        PySet names = new PySet(frozenset);
        Object explicit = cls.getDict().getStr("__abstractmethods__");
        if (explicit != null && !PyOps.isInstance(explicit, ctx.types().property)) {
            for (Object name : Sequences.toArray(explicit)) {
                names.add(name);
            }
            return names;
        }
        for (Object name : cls.getDict().keysArray()) {
            if (name instanceof String s && isAbstract(ctx, PyOps.getAttributeOrNull(cls, s))) {
                names.add(name);
            }
        }
        for (PyType base : cls.getBases()) {
            Object inherited = PyOps.getAttributeOrNull(base, "__abstractmethods__");
            if (inherited == null) {
                continue;
            }
            for (Object name : Sequences.toArray(inherited)) {
                if (name instanceof String s && !names.contains(s) && isAbstract(ctx, PyOps.getAttributeOrNull(cls, s))) {
                    names.add(s);
                }
            }
        }
        return names;
    }

    /**
     * Whether {@code value} is abstract: its {@code __isabstractmethod__} is true (an Exception getting it means no),
     * or it is a property one of whose functions is.
     */
    private static boolean isAbstract(PythonContext ctx, Object value) {
        if (value == null || value == PyNone.NONE) {
            return false;
        }
        try {
            if (flagged(value)) {
                return true;
            }
        } catch (PyException e) {
            if (PyOps.isException(e, "Exception")) {
                return false;
            }
            throw e;
        }
        if (PyOps.isInstance(value, ctx.types().property)) {
            for (String f : new String[]{"fget", "fset", "fdel"}) {
                Object fn = PyOps.getAttributeOrNull(value, f);
                if (fn != null && fn != PyNone.NONE && flagged(fn)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean flagged(Object value) {
        Object flag = PyOps.getAttributeOrNull(value, "__isabstractmethod__");
        return flag != null && PyOps.isTrue(flag);
    }
}
