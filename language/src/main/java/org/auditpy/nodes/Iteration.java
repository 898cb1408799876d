package org.auditpy.nodes;

import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyGenerator;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Iteration steps that stay in compiled code: resuming a generator by a call of its body's call target from
 * compiled code (instead of a boundary per item; see {@link ResumeNode}), and {@code next(it)} with that fast path
 * for generators and the builtin iterators.
 */
public final class Iteration {
    private Iteration() {
    }

    /**
     * {@code iter(o)} for the loops and comprehensions that start with it: a generator or another builtin iterator (of
     * a builtin class: its {@code __iter__} is itself) in compiled code, anything else by the generic protocol behind
     * a boundary (a loop over a fresh generator at each call paid that boundary each time: 149 -> 77 ns a loop,
     * CPython 96).
     */
    public static Object getIter(Object o) {
        return isOwnIterator(o) ? o : PyOps.getIter(o);
    }

    /** Whether {@code iter(o)} is {@code o} without a call: a generator or another iterator of a builtin class. */
    public static boolean isOwnIterator(Object o) {
        return o instanceof PyIterator it && !it.getPythonClass().isHeapType();
    }

    /**
     * Resumes a generator: true if it yielded ({@code g.yielded()} is the value), false if it finished.
     *
     * <p>The body is called, never inlined ({@link Generators.BodyRoot#prepareForCompilation} refuses it). Inlined,
     * each consumer's compilation took in its whole producer chain (a pipeline of n generators compiled its innermost
     * body n times, each time into a bigger unit: bench/programs/generators.py's workload compiled for 5 s and its
     * 'chunks' bodies for 1-4 s each on this machine), the compile queue stayed busy for ten repetitions while loops
     * waited in first-tier code (0.35-0.6 s instead of 0.05 s for the chunks part), and a consumer compiled with the
     * inlining budget exhausted ran slower than before (0.16 -> 0.29 s per repetition). Called, each body is one
     * small compilation: the program is steady from its second or third repetition, at the cost of a call per resume.
     * <p>A site that resumes generators of one function calls the body through a {@link DirectCallNode}: an indirect
     * call makes the runtime profile the arguments behind a boundary at every call, even once the profile is off
     * (OptimizedCallTarget.profileIndirectArguments, run as C1 code: 11-13% of generators.py's steady state).
     */
    @GenerateInline(false)
    public abstract static class ResumeNode extends Node {
        public abstract boolean execute(PyGenerator g, Object sent, PyBaseException exc);

        @Specialization(guards = "g.getBody() == cachedBody", limit = "1")
        static boolean resumeOne(PyGenerator g, Object sent, PyBaseException exc,
                        @Cached("g.getBody()") RootCallTarget cachedBody,
                        @Cached("create(cachedBody)") DirectCallNode call) {
            if (!g.canResumeDirectly(exc)) {
                return g.resume(sent, exc);
            }
            g.enterDirect(sent, exc);
            Object r;
            try {
                r = call.call(g.getCallArgs());
            } catch (PyException e) {
                throw g.exitDirectWithException(e);
            }
            return g.exitDirect(r);
        }

        @Specialization(replaces = "resumeOne")
        static boolean resume(PyGenerator g, Object sent, PyBaseException exc,
                        @Cached IndirectCallNode call) {
            if (!g.canResumeDirectly(exc)) {
                return g.resume(sent, exc);
            }
            g.enterDirect(sent, exc);
            Object r;
            try {
                r = call.call(g.getBody(), g.getCallArgs());
            } catch (PyException e) {
                throw g.exitDirectWithException(e);
            }
            return g.exitDirect(r);
        }
    }

    /**
     * One step of a {@code for} loop: the next item of an iterator stored into the loop's target; false at the end.
     * An int that a generator yielded through {@link PyGenerator#yieldedLong} is written unboxed
     * ({@link Variables.WriteNode#writeLong}). Through {@link NextNode} it would be boxed where the paths of
     * {@code next} merge (yielded or finished, int or other value), and the box would be allocated even when the
     * generator's body is inlined into this loop and the target is a local of int kind.
     */
    public static final class StepNode extends Node {
        @Child private NextNode next;
        @Child private ResumeNode resume;

        public static StepNode create() {
            return new StepNode();
        }

        public boolean execute(com.oracle.truffle.api.frame.VirtualFrame frame, Object it, Variables.WriteNode target) {
            if (it instanceof PyGenerator g) {
                if (resume == null) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    resume = insert(IterationFactory.ResumeNodeGen.create());
                }
                if (!resume.execute(g, PyNone.NONE, null)) {
                    return false;
                }
                Object v = g.value;
                if (v == PyGenerator.YIELDED_LONG) {
                    target.writeLong(frame, g.yieldedLong);
                } else if (v == PyGenerator.YIELDED_PAIR && target instanceof Variables.WriteUnpack u && u.isPair()) {
                    u.writePair(frame, g.yieldedFirst, g.yieldedSecond);
                } else if (v == PyGenerator.YIELDED_PAIR_LONG && target instanceof Variables.WriteUnpack u && u.isPair()) {
                    u.writePair(frame, g.yieldedFirst, g.yieldedLong);
                } else {
                    target.write(frame, g.yielded());
                }
                return true;
            }
            if (it instanceof PyIterator.RangeIterator r) {
                // a for loop over a range iterator in a generator body (`for x in range(n)` of a generator
                // expression): the int goes unboxed into the target
                if (!r.hasNext()) {
                    return false;
                }
                target.writeLong(frame, r.nextLong());
                return true;
            }
            if (it instanceof PyIterator.ListIterator li && li.hasNextLong()) {
                // an int of a list's int storage (a comprehension's `for x in data`): unboxed into the target
                target.writeLong(frame, li.nextLong());
                return true;
            }
            if (next == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                next = insert(NextNode.create());
            }
            Object item = next.execute(it);
            if (item == null) {
                return false;
            }
            target.write(frame, item);
            return true;
        }
    }

    /**
     * {@code iter(o)} where the protocol runs Python code: an instance of a Python class whose {@code __iter__} is a
     * Python function gets it through a cached dispatch (inlined when compiled; the method looked up once per class,
     * behind the class's stable assumption), not through the generic lookup and call behind a boundary, where
     * {@code list(itertools.accumulate(xs))} spent a sixth of its time calling {@code accumulate.__iter__}. A builtin
     * iterator is itself; anything else goes through {@link PyOps#getIter}. The result is checked as
     * {@code PyObject_GetIter} checks it: TypeError "iter() returned non-iterator of type 'X'".
     */
    @GenerateInline(false)
    public abstract static class GetIterNode extends Node {
        public abstract Object execute(Object o);

        @Specialization(guards = "isOwn(o)")
        static Object own(Object o) {
            return o;
        }

        static boolean isOwn(Object o) {
            return isOwnIterator(o);
        }

        @Specialization(guards = {"isHeapInstance(o)", "o.getPythonClass() == cachedType", "method != null"}, assumptions = "cachedType.getStableAssumption()",
                        limit = "3")
        static Object object(PythonObject o,
                        @Cached("o.getPythonClass()") PyType cachedType,
                        @Cached("lookupIter(cachedType)") PyFunction method,
                        @Cached("hasNext(cachedType)") boolean classHasNext,
                        @Cached Calls.Dispatch dispatch) {
            Object it = dispatch.execute(method, new Object[]{o}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
            if (it == o && classHasNext || it instanceof PyIterator) {
                // the instance itself, of a class with __next__ (the usual "return self"), or a generator
                return it;
            }
            return org.auditpy.runtime.Sequences.checkIterator(it);
        }

        @Specialization(replaces = "object", guards = "!isOwn(o)")
        static Object other(Object o) {
            return PyOps.getIter(o);
        }

        static boolean isHeapInstance(Object o) {
            return !(o instanceof PyIterator) && PyOps.isInstanceOfClass(o);
        }

        /** The class's {@code __iter__} if it is a Python function (bound to the instance as it is), else null. */
        @TruffleBoundary
        static PyFunction lookupIter(PyType type) {
            return type.lookup("__iter__") instanceof PyFunction f ? f : null;
        }

        static boolean hasNext(PyType type) {
            return NextNode.lookupNext(type) != null;
        }

        public static GetIterNode create() {
            return IterationFactory.GetIterNodeGen.create();
        }
    }

    /**
     * The items of an iterable drained to its end, as {@code list(x)}, {@code tuple(x)} and {@code str.join(x)} take
     * them (PySequence_List): a generator resumed through a cached call of its body (inlinable), an instance of a
     * Python class iterated through its cached {@code __iter__} and {@code __next__} ({@link NextNode}), anything
     * else by the generic {@code PyOps.toArray}. Where every item paid a resume or a {@code __next__} call from behind
     * a boundary: {@code list(gen(100))} 78 ns an item against CPython's 40.
     */
    @GenerateInline(false)
    public abstract static class DrainNode extends Node {
        /** The items in order, in an array of exactly their number. */
        public abstract Object[] execute(Object iterable);

        @Specialization
        static Object[] generator(PyGenerator g, @Cached NextNode next) {
            return drain(g, next);
        }

        /**
         * A tuple of a Python subclass that keeps tuple's {@code __iter__} (a namedtuple): its items at once, which
         * is all its iterator would give ({@code list(nt)} took 235 ns through the cached protocol, CPython 123).
         */
        @Specialization(guards = {"o.getPythonClass() == cachedType", "keepsIter"}, assumptions = "cachedType.getStableAssumption()", limit = "2")
        static Object[] tupleSubclass(org.auditpy.runtime.PyTuple o,
                        @Cached("o.getPythonClass()") PyType cachedType,
                        @Cached("keepsBaseIter(cachedType, o)") boolean keepsIter) {
            return org.auditpy.runtime.Sequences.copyOf(o.items());
        }

        /** A list of a Python subclass that keeps list's {@code __iter__}: its items at once (as {@link #tupleSubclass}). */
        @Specialization(guards = {"o.getPythonClass() == cachedType", "keepsIter"}, assumptions = "cachedType.getStableAssumption()", limit = "2")
        static Object[] listSubclass(org.auditpy.runtime.PyList o,
                        @Cached("o.getPythonClass()") PyType cachedType,
                        @Cached("keepsBaseIter(cachedType, o)") boolean keepsIter) {
            return o.toArray();
        }

        /**
         * Whether {@code type}, a Python subclass of tuple or list ({@code o}'s), has that builtin's own
         * {@code __iter__}.
         */
        @TruffleBoundary
        static boolean keepsBaseIter(PyType type, Object o) {
            if (type == null || !type.isHeapType()) {
                return false;
            }
            org.auditpy.runtime.PythonContext ctx = org.auditpy.runtime.PythonContext.get(null);
            return type.keepsAttributeOf(o instanceof org.auditpy.runtime.PyTuple ? ctx.types().tuple : ctx.types().list, "__iter__");
        }

        @Specialization(guards = "isInstanceOfClass(o)")
        static Object[] instance(PythonObject o, @Cached GetIterNode getIter, @Cached NextNode next) {
            return drain(getIter.execute(o), next);
        }

        @Specialization(guards = "!drainsAtSite(o)")
        static Object[] other(Object o) {
            return PyOps.toArray(o);
        }

        /**
         * Whether this node drains {@code o} through cached calls: a generator, an instance of a Python class, a
         * builtin {@code map} over one iterable.
         */
        public static boolean drainsAtSite(Object o) {
            return o instanceof PyGenerator || PyOps.isInstanceOfClass(o) || NextNode.stepsInCompiledCode(o);
        }

        /** A builtin iterator that {@link NextNode} steps in compiled code (map, zip, the CompilableNext ones). */
        @Specialization(guards = "stepsInCompiledCode(it)")
        static Object[] builtinIterator(PyIterator it, @Cached NextNode next) {
            return drain(it, next);
        }

        static boolean stepsInCompiledCode(Object it) {
            return NextNode.stepsInCompiledCode(it);
        }

        static boolean isInstanceOfClass(Object o) {
            return PyOps.isInstanceOfClass(o);
        }

        private static Object[] drain(Object it, NextNode next) {
            Object[] items = new Object[8];
            int n = 0;
            Object v;
            while ((v = next.execute(it)) != null) {
                if (n == items.length) {
                    items = grow(items);
                }
                items[n++] = v;
            }
            return n == items.length ? items : java.util.Arrays.copyOf(items, n);
        }

        @TruffleBoundary
        private static Object[] grow(Object[] items) {
            return java.util.Arrays.copyOf(items, items.length * 2);
        }

        public static DrainNode create() {
            return IterationFactory.DrainNodeGen.create();
        }
    }

    /** {@code next(it)} for the iteration protocol: the next item or null at the end (StopIteration swallowed). */
    @GenerateInline(false)
    public abstract static class NextNode extends Node {
        public abstract Object execute(Object it);

        @Specialization
        static Object generator(PyGenerator g, @Cached ResumeNode resume) {
            return resume.execute(g, PyNone.NONE, null) ? g.yielded() : null;
        }

        @Specialization
        static Object list(PyIterator.ListIterator it) {
            return it.next();
        }

        @Specialization
        static Object array(PyIterator.ArrayIterator it) {
            return it.next();
        }

        @Specialization
        static Object range(PyIterator.RangeIterator it) {
            return it.next();
        }

        /**
         * A builtin {@code map} over one iterable: the source's next item through a nested {@code NextNode} and the
         * function through a cached dispatch (inlined when it is a Python function; a builtin type such as
         * {@code str} through its cached {@code __new__}), instead of {@link PyIterator.MapIterator#next}'s generic
         * call behind a boundary: {@code list(map(f, xs))}, {@code " ".join(map(str, xs))}, {@code for y in map(...)}.
         * A StopIteration out of the function ends the map, as in {@code next}.
         */
        @Specialization(guards = "isPlainMap(it)")
        static Object map(PyIterator.MapIterator it,
                        @Cached NextNode source,
                        @Cached Calls.Dispatch call) {
            Object v = source.execute(it.getSingleIterator());
            if (v == null) {
                return null;
            }
            try {
                return call.execute(it.getFunction(), new Object[]{v}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
            } catch (PyException e) {
                if (isStopIteration(e)) {
                    return null;
                }
                throw e;
            }
        }

        /**
         * A builtin iterator of a {@link PyIterator.CompilableNext} class: its {@code next} on the exact Java class,
         * partially evaluated into this loop.
         */
        @Specialization(guards = {"isCompilableNext(it)", "it.getClass() == cachedClass"}, limit = "3")
        static Object compilable(PyIterator it,
                        @Cached("it.getClass()") Class<? extends PyIterator> cachedClass) {
            return CompilerDirectives.castExact(it, cachedClass).next();
        }

        /** A {@link PyIterator.CompilableNext} iterator of its builtin class (a subclass may override __next__). */
        static boolean isCompilableNext(Object it) {
            return it instanceof PyIterator.CompilableNext && !((PyIterator) it).getPythonClass().isHeapType();
        }

        /** A builtin {@code map} (not a subclass) over one iterable ({@link #map}). */
        public static boolean isPlainMap(Object o) {
            return o instanceof PyIterator.MapIterator m && !m.getPythonClass().isHeapType() && m.getSingleIterator() != null;
        }

        /** A builtin {@code zip} (not a subclass) of two iterables, not strict, not ended ({@link #zipPair}). */
        static boolean isPlainPairZip(Object o) {
            return o instanceof org.auditpy.builtins.IterTypes.Zip z && !z.getPythonClass().isHeapType() && z.pairOrNull() != null;
        }

        /**
         * Whether this node steps {@code it} in compiled code through one of the specializations above ({@link #map},
         * {@link #zipPair}, {@link #compilable}): what DrainNode drains at its site.
         */
        static boolean stepsInCompiledCode(Object it) {
            return isPlainMap(it) || isPlainPairZip(it) || isCompilableNext(it) || isPlainChain(it) || isPlainFilter(it) || isPlainEnumerate(it);
        }

        /**
         * A builtin {@code zip} of two iterables, not strict ({@code for a, b in zip(xs, ys)}, {@code dict(zip(...))}):
         * each source stepped through its own nested {@code NextNode} (a list's iterator in compiled code), the pair
         * made here, instead of zip's generic next behind a boundary. The zip ends when either source ends, as
         * zip_next.
         */
        @Specialization(guards = "isPlainPairZip(z)")
        static Object zipPair(org.auditpy.builtins.IterTypes.Zip z,
                        @Cached NextNode first,
                        @Cached NextNode second) {
            Object[] its = z.pairOrNull();
            Object a = first.execute(its[0]);
            if (a == null) {
                z.end();
                return null;
            }
            Object b = second.execute(its[1]);
            if (b == null) {
                z.end();
                return null;
            }
            return org.auditpy.runtime.PyTuple.of(a, b);
        }

        /**
         * A builtin {@code itertools.chain}: the active iterator stepped through a nested {@code NextNode} (a list's
         * iterator in compiled code), the chain's generic next behind a boundary only to move on to the next iterable:
         * {@code for x in chain(a, b)}, {@code list(chain(a, b))}.
         */
        @Specialization(guards = {"isPlainChain(it)", "it.getClass() == cachedClass"}, limit = "1")
        static Object chain(PyIterator it,
                        @Cached("it.getClass()") Class<? extends PyIterator> cachedClass,
                        @Cached NextNode active) {
            PyIterator.Chaining c = (PyIterator.Chaining) CompilerDirectives.castExact(it, cachedClass);
            while (true) {
                Object a = c.activeIterator();
                if (a == null) {
                    if (!c.advance()) {
                        return null;
                    }
                    continue;
                }
                Object v = active.execute(a);
                if (v != null) {
                    return v;
                }
                c.activeEnded();
            }
        }

        /** A chain of its builtin class (a subclass may override __next__). */
        static boolean isPlainChain(Object it) {
            return it instanceof PyIterator.Chaining && !((PyIterator) it).getPythonClass().isHeapType();
        }

        /**
         * A builtin {@code filter}: the source stepped through a nested {@code NextNode}, the predicate called through
         * a cached dispatch (inlined when it is a Python function) and its result tested by a {@code TruthNode}, instead
         * of filter's generic next behind a boundary: {@code for x in filter(f, xs)}, {@code list(filter(f, xs))}. A
         * StopIteration out of the predicate ends the filter, as in its generic next.
         */
        @Specialization(guards = "isPlainFilter(it)")
        static Object filter(org.auditpy.builtins.IterTypes.FilterIter it,
                        @Cached NextNode source,
                        @Cached Calls.Dispatch call,
                        @Cached Expressions.TruthNode truth) {
            Object fn = it.getFunction();
            boolean itself = it.testsItself();
            while (true) {
                Object v = source.execute(it.getSource());
                if (v == null) {
                    return null;
                }
                boolean ok;
                if (itself) {
                    ok = truth.execute(v);
                } else {
                    try {
                        ok = truth.execute(call.execute(fn, new Object[]{v}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS));
                    } catch (PyException e) {
                        if (isStopIteration(e)) {
                            return null;
                        }
                        throw e;
                    }
                }
                if (ok) {
                    return v;
                }
            }
        }

        /** A builtin {@code filter} (not a subclass, which may override __next__). */
        static boolean isPlainFilter(Object it) {
            return it instanceof org.auditpy.builtins.IterTypes.FilterIter f && !f.getPythonClass().isHeapType();
        }

        /**
         * A builtin {@code enumerate} whose index is still a small int: the source stepped through a nested
         * {@code NextNode}, then the index taken and the pair made here, as enum_next does, instead of the enumerate's
         * generic next behind a boundary ({@code list(enumerate(xs))}, a comprehension over {@code enumerate}).
         */
        @Specialization(guards = "isPlainEnumerate(e)")
        static Object enumerate(org.auditpy.builtins.IterTypes.Enumerate e,
                        @Cached NextNode source) {
            Object v = source.execute(e.iterator());
            if (v == null) {
                return null;
            }
            if (!e.hasSmallIndex()) {
                return e.pairWith(v);
            }
            return org.auditpy.runtime.PyTuple.of(e.takeSmallIndex(), v);
        }

        /** A builtin {@code enumerate} (not a subclass, which may override __next__). */
        static boolean isPlainEnumerate(Object it) {
            return it instanceof org.auditpy.builtins.IterTypes.Enumerate e && !e.getPythonClass().isHeapType();
        }

        /** A set's iterator: the slot scan is compiled into the loop. */
        @Specialization
        static Object set(PyIterator.SetIterator it) {
            return it.next();
        }

        /**
         * An object whose class defines {@code __next__} (a Python class, or a Java-implemented type such as a file):
         * the method is looked up once per class, behind the class's stable assumption, and called through a cached
         * dispatch (inlined when it is a Python function), not through the generic lookup and call of
         * {@link #nextBoundary} at every step. StopIteration out of it ends the loop.
         */
        @Specialization(guards = {"isOtherObject(it)", "it.getPythonClass() == cachedType", "isPlainMethod(method)"}, assumptions = "cachedType.getStableAssumption()",
                        limit = "3")
        static Object object(PythonObject it,
                        @Cached("it.getPythonClass()") PyType cachedType,
                        @Cached("lookupNext(cachedType)") Object method,
                        @Cached Calls.Dispatch dispatch) {
            try {
                return dispatch.execute(method, new Object[]{it}, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
            } catch (PyException e) {
                if (isStopIteration(e)) {
                    return null;
                }
                throw e;
            }
        }

        /**
         * A {@code __next__} that the class's attribute lookup binds to the instance as it is: a Python function or a
         * builtin method. A staticmethod, classmethod or other descriptor goes through {@link #other}, which binds it
         * as CPython's {@code tp_iternext} slot wrapper would.
         */
        static boolean isPlainMethod(Object method) {
            return method instanceof PyFunction || method instanceof PyBuiltinFunction bf && !bf.isStatic();
        }

        static boolean isOtherObject(Object it) {
            return it instanceof PythonObject && !(it instanceof PyIterator) && !(it instanceof PyGenerator);
        }

        @TruffleBoundary
        static Object lookupNext(PyType type) {
            return type.lookup("__next__");
        }

        @TruffleBoundary
        static boolean isStopIteration(PyException e) {
            return PyOps.isException(e, "StopIteration");
        }

        /** Anything else (and a class seen after the cache's three): the generic lookup and call. */
        @Specialization(replaces = "object")
        static Object other(Object it) {
            return nextBoundary(it);
        }

        @TruffleBoundary
        static Object nextBoundary(Object it) {
            return PyOps.next(it);
        }

        public static NextNode create() {
            return IterationFactory.NextNodeGen.create();
        }
    }
}
