package org.auditpy.nodes;

import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * A special method of a Python class called on its instance, as CPython's slot functions call a class's
 * {@code __getitem__}, {@code __setitem__}, {@code __len__}, {@code __contains__}, {@code __eq__} ...
 * (Objects/typeobject.c, {@code slot_mp_subscript} and the others): the method is looked up on the instance's class
 * once per class, behind the class's stable assumption, and a Python function is called through a cached dispatch
 * that inlines it. Where the generic protocol looked the method up by name along the MRO and called it through an
 * uncached call behind a boundary each time ({@code g[i]} on a class with {@code __getitem__}: 155 ns against
 * CPython's 90).
 *
 * <p>{@link #execute} returns {@link #NOT_CACHED} when the class has no such Python function (a builtin method, a
 * staticmethod, none at all) or the site has met more than three classes: the caller then takes its generic path,
 * which does everything the protocol says. {@code args} holds the instance first, as the unbound call takes it.
 */
@GenerateInline(false)
public abstract class SpecialCall extends Node {
    /** The result of a site that does not handle this class: take the generic path. */
    public static final Object NOT_CACHED = new Object() {
        @Override
        public String toString() {
            return "<not cached>";
        }
    };

    /** The method's name, {@code __getitem__} ... */
    protected final String name;

    protected SpecialCall(String name) {
        this.name = name;
    }

    /**
     * Calls {@code type(self).<name>(*args)} ({@code args[0]} is {@code self}), or returns {@link #NOT_CACHED}.
     *
     * @param self an instance of a Python class (a heap type)
     */
    public abstract Object execute(PythonObject self, Object[] args);

    @Specialization(guards = {"self.getPythonClass() == cachedType", "method != null"}, assumptions = "cachedType.getStableAssumption()", limit = "3")
    static Object cached(PythonObject self, Object[] args,
                    @Cached("self.getPythonClass()") PyType cachedType,
                    @Cached("lookupFunction(cachedType, name)") PyFunction method,
                    @Cached Calls.Dispatch dispatch) {
        return dispatch.execute(method, args, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
    }

    /** A class without a Python function of this name, or one after the cache's three. */
    @Specialization
    static Object notCached(PythonObject self, Object[] args) {
        return NOT_CACHED;
    }

    /** The class's method of this name when it is a Python function (bound as the instance is), else null. */
    @TruffleBoundary
    static PyFunction lookupFunction(PyType type, String name) {
        return type.lookup(name) instanceof PyFunction f ? f : null;
    }

    /** A node for the special method {@code name}. */
    public static SpecialCall create(String name) {
        return SpecialCallNodeGen.create(name);
    }
}
