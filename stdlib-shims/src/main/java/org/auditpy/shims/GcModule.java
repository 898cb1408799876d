package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;

import java.util.ArrayList;
import java.util.List;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

/**
 * {@code gc} (Modules/gcmodule.c): the JVM collects, so this module keeps only the interface and its audit
 * events. {@code get_objects()} and {@code get_referrers()} find nothing (the JVM keeps no such index, and
 * the audit hook list is never exposed); {@code get_referents()} reports the direct references of the
 * containers it knows.
 */
final class GcModule {
    private GcModule() {
    }

    static final class State {
        boolean enabled = true;
        long t0 = 700, t1 = 10, t2 = 10;
        long freezeCount;
    }

    /** The functions of {@link #create}, each made at its first call ({@link Fns.Lazy}). */
    private static final class Functions implements Fns.Table {
        private final PythonContext ctx;

        Functions(PythonContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    long g = Fns.absent(a[0]) ? 2 : Fns.toLong(a[0]);
                    if (g < 0 || g > 2) {
                        throw PyErrors.valueError("invalid generation");
                    }
                    WeakrefModule.collect(ctx);
                    return 0L;
                }; // ns.collect
                case 1 -> a -> 0L; // ns.get_debug
                case 2 -> a -> {
                    Fns.toInt(a[0]);
                    return PyNone.NONE;
                }; // ns.set_debug
                case 3 -> a -> PyTuple.of(0L, 0L, 0L); // ns.get_count
                case 4 -> a -> {
                    Object g = Fns.or(a[0], PyNone.NONE);
                    long gen = -1;
                    if (g != PyNone.NONE) {
                        gen = Fns.toLong(g);
                    }
                    if (Audit.active()) {
                        Audit.raise("gc.get_objects", gen);
                    }
                    if (gen >= 3) {
                        throw PyErrors.valueError("generation parameter must be less than the number of available generations (3)");
                    }
                    if (g != PyNone.NONE && gen < 0) {
                        throw PyErrors.valueError("generation parameter cannot be negative");
                    }
                    return new PyList(ctx.types().list);
                }; // ns.get_objects
                case 5 -> a -> {
                    if (Audit.active()) {
                        Audit.raise("gc.get_referrers", a[0]);
                    }
                    return new PyList(ctx.types().list);
                }; // ns.get_referrers
                case 6 -> a -> {
                    if (Audit.active()) {
                        Audit.raise("gc.get_referents", a[0]);
                    }
                    List<Object> out = new ArrayList<>();
                    for (Object o : ((PyTuple) a[0]).items()) {
                        referents(ctx, o, out);
                    }
                    return PyList.of(out.toArray());
                }; // ns.get_referents
                case 7 -> a -> isTracked(a[0]); // ns.is_tracked
                case 8 -> a -> false; // ns.is_finalized
                case 9 -> a -> {
                    return PyNone.NONE;
                }; // ns.freeze
                case 10 -> a -> {
                    Object[] gens = new Object[3];
                    for (int i = 0; i < 3; i++) {
                        PyDict d = PyDict.create();
                        d.setStr("collections", 0L);
                        d.setStr("collected", 0L);
                        d.setStr("uncollectable", 0L);
                        gens[i] = d;
                    }
                    return PyList.of(gens);
                }; // ns.get_stats
                default -> throw new IllegalArgumentException("Functions " + op);
            };
        }
    }

    static PyModule create(PythonContext ctx) {
        Functions fns = new Functions(ctx);
        PyModule m = Fns.module(ctx, "gc");
        PyDict ns = m.getDict();
        State st = new State();
        ns.setStr("garbage", new PyList(ctx.types().list));
        ns.setStr("callbacks", new PyList(ctx.types().list));
        ns.setStr("DEBUG_STATS", 1L);
        ns.setStr("DEBUG_COLLECTABLE", 2L);
        ns.setStr("DEBUG_UNCOLLECTABLE", 4L);
        ns.setStr("DEBUG_SAVEALL", 32L);
        ns.setStr("DEBUG_LEAK", 38L);
        def(ctx, ns, "enable", "", a -> {
            st.enabled = true;
            return PyNone.NONE;
        });
        def(ctx, ns, "disable", "", a -> {
            st.enabled = false;
            return PyNone.NONE;
        });
        def(ctx, ns, "isenabled", "", a -> st.enabled);
        def(ctx, ns, "collect", "generation=", fns.lazy(0));
        def(ctx, ns, "get_debug", "", fns.lazy(1));
        def(ctx, ns, "set_debug", "flags, /", fns.lazy(2));
        def(ctx, ns, "get_count", "", fns.lazy(3));
        def(ctx, ns, "get_threshold", "", a -> PyTuple.of(st.t0, st.t1, st.t2));
        def(ctx, ns, "set_threshold", "threshold0, threshold1=, threshold2=, /", a -> {
            st.t0 = Fns.toInt(a[0]);
            if (!Fns.absent(a[1])) {
                st.t1 = Fns.toInt(a[1]);
            }
            if (!Fns.absent(a[2])) {
                st.t2 = Fns.toInt(a[2]);
            }
            return PyNone.NONE;
        });
        def(ctx, ns, "get_objects", "generation=", fns.lazy(4));
        def(ctx, ns, "get_referrers", "*objs", fns.lazy(5));
        def(ctx, ns, "get_referents", "*objs", fns.lazy(6));
        def(ctx, ns, "is_tracked", "obj, /", fns.lazy(7));
        def(ctx, ns, "is_finalized", "obj, /", fns.lazy(8));
        def(ctx, ns, "freeze", "", fns.lazy(9));
        def(ctx, ns, "unfreeze", "", a -> {
            st.freezeCount = 0;
            return PyNone.NONE;
        });
        def(ctx, ns, "get_freeze_count", "", a -> st.freezeCount);
        def(ctx, ns, "get_stats", "", fns.lazy(10));
        return m;
    }

    /** CPython's rule: atoms (None, numbers, str, bytes) are untracked; containers and instances are tracked. */
    static boolean isTracked(Object o) {
        if (o instanceof Long || o instanceof Double || o instanceof String || o instanceof Boolean || o instanceof java.math.BigInteger ||
                        o instanceof PyNone) {
            return false;
        }
        if (o instanceof PythonObject po) {
            PyType t = po.getPythonClass();
            String n = t.getName();
            if (!t.isHeapType() && (n.equals("bytes") || n.equals("bytearray") || n.equals("range") || n.equals("slice") || n.equals("int") ||
                            n.equals("float") || n.equals("str"))) {
                return false;
            }
        }
        return true;
    }

    static void referents(PythonContext ctx, Object o, List<Object> out) {
        if (o instanceof PyTuple t) {
            for (Object x : t.items()) {
                out.add(x);
            }
        } else if (o instanceof PyList l) {
            for (Object x : l.toArray()) {
                out.add(x);
            }
        } else if (o instanceof PySet s) {
            for (Object x : s.toArray()) {
                out.add(x);
            }
        } else if (o instanceof PyDict d) {
            int slots = d.entrySlots();
            for (int i = 0; i < slots; i++) {
                Object k = d.keyAt(i);
                if (k != null) {
                    out.add(k);
                    out.add(d.valueAt(i));
                }
            }
        } else if (o instanceof PyFunction f) {
            out.add(f.getCode());
            out.add(f.getGlobals());
        } else if (o instanceof PythonObject po && po.getPythonClass().isHeapType() && !(o instanceof PyType)) {
            out.add(po.getPythonClass());
            Object d = PyOps.getAttributeOrNull(o, "__dict__");
            if (d instanceof PyDict) {
                out.add(d);
            }
        }
    }
}
