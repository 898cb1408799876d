package org.auditpy.shims;

import org.auditpy.builtins.AbcSupport;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PythonContext;

/**
 * {@code _abc}: the C half of CPython's abstract base classes (Modules/_abc.c), under CPython's own {@code abc.py},
 * whose {@code ABCMeta} calls these functions; the machinery itself is the interpreter's ({@link AbcSupport}), whose
 * isinstance and issubclass use it directly.
 *
 * <ul>
 * <li>{@code _abc_init(cls)}: sets {@code cls.__abstractmethods__}, its {@code _abc_impl} and its pattern-matching
 * collection flag from {@code __abc_tpflags__}.</li>
 * <li>{@code _abc_register(cls, subclass)}: {@code TypeError("Can only register classes")},
 * {@code RuntimeError("Refusing to create an inheritance cycle")}; returns {@code subclass}.</li>
 * <li>{@code _abc_instancecheck(cls, instance)}, {@code _abc_subclasscheck(cls, subclass)}: cache, negative cache,
 * {@code __subclasshook__}, the MRO, the registry and the ABC's subclasses, in CPython's order.</li>
 * <li>{@code get_cache_token()}, {@code _get_dump(cls)} (sets of weak references and the negative cache's version),
 * {@code _reset_registry(cls)}, {@code _reset_caches(cls)}.</li>
 * </ul>
 */
final class AbcModule {
    private AbcModule() {
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_abc");
        PyDict ns = m.getDict();
        AbcSupport.State st = AbcSupport.state(ctx);
        ns.setStr("_abc_data", AbcSupport.dataType(ctx));
        ns.setStr("get_cache_token", Fns.fn(ctx, "get_cache_token", false, "", a -> AbcSupport.cacheToken(ctx)));
        ns.setStr("_abc_init", Fns.fn(ctx, "_abc_init", false, "self, /", a -> AbcSupport.init(ctx, st, a[0])));
        ns.setStr("_abc_register", Fns.fn(ctx, "_abc_register", false, "self, subclass, /", a -> AbcSupport.register(st, a[0], a[1])));
        ns.setStr("_abc_instancecheck", Fns.fn(ctx, "_abc_instancecheck", false, "self, instance, /", a -> AbcSupport.instanceCheck(st, a[0], a[1])));
        ns.setStr("_abc_subclasscheck", Fns.fn(ctx, "_abc_subclasscheck", false, "self, subclass, /", a -> AbcSupport.subclassCheck(st, a[0], a[1])));
        ns.setStr("_get_dump", Fns.fn(ctx, "_get_dump", false, "self, /", a -> AbcSupport.dump(ctx, a[0])));
        ns.setStr("_reset_registry", Fns.fn(ctx, "_reset_registry", false, "self, /", a -> {
            AbcSupport.impl(a[0]).resetRegistry();
            return PyNone.NONE;
        }));
        ns.setStr("_reset_caches", Fns.fn(ctx, "_reset_caches", false, "self, /", a -> {
            AbcSupport.impl(a[0]).resetCaches();
            return PyNone.NONE;
        }));
        return m;
    }
}
