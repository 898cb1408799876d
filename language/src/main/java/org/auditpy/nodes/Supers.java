package org.auditpy.nodes;

import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyMethod;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * Zero-argument {@code super().name} (CPython 3.12's LOAD_SUPER_ATTR idea): when {@code super} is the builtin
 * type, the attribute is looked up along {@code type(self).__mro__} after {@code __class__} without creating
 * the {@code super} object, and a function found there is bound to {@code self} in compiled code (so that
 * {@code super().__init__(...)} calls it directly). Anything else (a rebound {@code super}, a class as the first
 * argument, {@code super().__class__}, an uncached case) creates the {@code super} object and reads the
 * attribute through the generic protocol, which also raises CPython's errors.
 */
public final class Supers {
    private Supers() {
    }

    /**
     * {@code super().name}: the fast lookup with {@code super}, {@code __class__} and the first argument read as
     * names, else {@code superCall} (the {@code super(__class__, self)} call) and a generic attribute read.
     */
    public static final class SuperAttribute extends ExprNode {
        @Child private ExprNode superRef;
        @Child private ExprNode classRef;
        @Child private ExprNode selfRef;
        @Child private ExprNode superCall;
        @Child private Lookup lookup;
        @Child private Attributes.GetAttrNode get;

        public SuperAttribute(ExprNode superRef, ExprNode classRef, ExprNode selfRef, ExprNode superCall, String name) {
            this.superRef = superRef;
            this.classRef = classRef;
            this.selfRef = selfRef;
            this.superCall = superCall;
            this.lookup = SupersFactory.LookupNodeGen.create(name);
            this.get = AttributesFactory.GetAttrNodeGen.create(name);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object s;
            Object c;
            Object o;
            try {
                s = superRef.execute(frame);
                c = classRef.execute(frame);
                o = selfRef.execute(frame);
            } catch (PyException e) {
                // an unbound name: the call below raises it again, at the call's position
                return slow(frame);
            }
            Object r = lookup.execute(s, c, o);
            return r != null ? r : slow(frame);
        }

        private Object slow(VirtualFrame frame) {
            return get.execute(superCall.execute(frame));
        }
    }

    /**
     * A zero-argument {@code super()} call in a method: {@code super(__class__, <first argument>)} when
     * {@code super} is the builtin type (what CPython's {@code super_init_without_args} finds in the frame),
     * else a plain call without arguments of whatever {@code super} names.
     */
    public static final class SuperCall extends ExprNode {
        private static final String[] NO_KW = new String[0];
        @Child private ExprNode superRef;
        @Child private ExprNode classRef;
        @Child private ExprNode selfRef;
        @Child private Calls.Dispatch dispatch = CallsFactory.DispatchNodeGen.create();

        public SuperCall(ExprNode superRef, ExprNode classRef, ExprNode selfRef) {
            this.superRef = superRef;
            this.classRef = classRef;
            this.selfRef = selfRef;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object s = superRef.execute(frame);
            if (s != PythonContext.get(this).types().superType) {
                return dispatch.execute(s, new Object[0], NO_KW);
            }
            Object c = classRef.execute(frame);
            Object o = selfRef.execute(frame);
            return dispatch.execute(s, new Object[]{c, o}, NO_KW);
        }
    }

    /** The attribute {@code name} of {@code sup(cls, self)}. */
    public abstract static class Lookup extends Node {
        protected final String name;

        protected Lookup(String name) {
            this.name = name;
        }

        /** The attribute, or null when this case is not cached (the caller then creates the super object). */
        public abstract Object execute(Object sup, Object cls, Object self);

        @Specialization(guards = {"sup == superType", "cls == cachedCls", "self.getPythonClass() == cachedStart", "!isType(self)", "descr != null"},
                        assumptions = "stable", limit = "3")
        Object doCached(PyType sup, PyType cls, PythonObject self,
                        @Cached("superType()") PyType superType,
                        @Cached("cls") PyType cachedCls,
                        @Cached("self.getPythonClass()") PyType cachedStart,
                        @Cached("cachedStart.getStableAssumption()") Assumption stable,
                        @Cached("lookupAfter(cachedStart, cachedCls, name)") Object descr) {
            if (descr instanceof PyFunction) {
                return new PyMethod(PythonContext.get(this).types().method, descr, self);
            }
            if (descr instanceof PyBuiltinFunction bf) {
                if (bf.isMethod() && !bf.isStatic()) {
                    return new PyMethod(PythonContext.get(this).types().builtinMethod, descr, self);
                }
                return descr;
            }
            return descrGet(descr, self, cachedStart);
        }

        /** Not a case for the cache: the caller takes the generic path. */
        @Specialization
        static Object doGeneric(Object sup, Object cls, Object self) {
            return null;
        }

        static boolean isType(PythonObject o) {
            return o instanceof PyType;
        }

        static PyType superType() {
            return PythonContext.get(null).types().superType;
        }

        /**
         * The first attribute {@code name} in {@code start.__mro__} after {@code cls} (as super's
         * {@code __getattribute__}), or null when {@code start} is no subtype of {@code cls}, the name is
         * {@code __class__}, or no class after {@code cls} defines it (the generic path then decides).
         */
        @TruffleBoundary
        static Object lookupAfter(PyType start, PyType cls, String name) {
            if (name.equals("__class__") || start == null || !start.isSubtypeOf(cls)) {
                return null;
            }
            PyType[] mro = start.getMro();
            int i = 0;
            while (i < mro.length && mro[i] != cls) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                Object v = mro[i].getDict().getStr(name);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        @TruffleBoundary
        static Object descrGet(Object descr, Object self, PyType start) {
            return PyOps.descrGet(descr, self, start);
        }
    }
}
