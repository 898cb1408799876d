package org.auditpy.shims;

import org.auditpy.builtins.BuiltinsInstaller;
import org.auditpy.builtins.IteratorBuiltins;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Sequences;

/**
 * {@code _auditpy_itertools}: the itertools types that auditpy implements in Java, as CPython's
 * Modules/itertoolsmodule.c does, so that a builtin draining one ({@code list(chain(a, b))}, a {@code for} loop,
 * {@code sorted}) steps it with a Java call rather than a Python {@code __next__} per item. stdlib-shims'
 * {@code itertools.py} takes them from here; the others are Python classes there.
 *
 * <ul>
 * <li>{@code chain(*iterables)} and {@code chain.from_iterable(iterable)}: {@link Chain} (chain_new, chain_next).</li>
 * </ul>
 */
final class ItertoolsModule {
    private ItertoolsModule() {
    }

    /**
     * A chain: the iterator over the iterables ({@code source}, null once exhausted or failed) and the iterator of
     * the current one ({@code active}, null between iterables), as CPython's chainobject. An error getting the next
     * iterable or its iterator ends the chain (CPython clears its source), and propagates.
     */
    static final class Chain extends PyIterator {
        private Object source;
        private Object active;

        Chain(PyType cls, Object source) {
            super(cls);
            this.source = source;
        }

        @Override
        public Object next() {
            while (source != null) {
                if (active == null) {
                    try {
                        Object iterable = Sequences.next(source);
                        if (iterable == null) {
                            source = null;
                            return null;
                        }
                        active = Sequences.getIter(iterable);
                    } catch (PyException e) {
                        source = null;
                        throw e;
                    }
                }
                Object v = Sequences.next(active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_auditpy_itertools");
        PyDict ns = m.getDict();
        PyType chain = new PyType(ctx.types().type, "chain", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER, false);
        chain.computeMro(ctx.types().object);
        PyDict d = chain.getDict();
        d.setStr("__module__", "itertools");
        d.setStr("__doc__", "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\n"
                        + "first iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.");
        BuiltinsInstaller.install(ctx, d, new IteratorBuiltins(), "chain", true);
        Fns.staticMethod(ctx, chain, "__new__", "cls, /, *iterables, **kwargs", a -> {
            PyType cls = (PyType) a[0];
            if (a[2] instanceof PyDict kw && kw.size() > 0 && cls == chain) {
                throw PyErrors.typeError("chain() takes no keyword arguments");
            }
            return new Chain(cls, Sequences.getIter(a[1]));
        });
        PyType cm = ctx.types().classmethod;
        d.setStr("from_iterable", new Descriptors.ClassMethod(cm, Fns.fn(ctx, "chain.from_iterable", false, "cls, /, *args", a -> {
            Object[] args = ((PyTuple) a[1]).items();
            if (args.length != 1) {
                throw PyErrors.typeError("chain.from_iterable() takes exactly one argument (" + args.length + " given)");
            }
            return new Chain((PyType) a[0], Sequences.getIter(args[0]));
        })));
        ns.setStr("chain", chain);
        ns.setStr("__all__", PyTuple.of(new Object[]{"chain"}));
        return m;
    }
}
