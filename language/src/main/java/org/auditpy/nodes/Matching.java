package org.auditpy.nodes;

import java.util.HashSet;
import java.util.Set;

import org.auditpy.builtins.BuiltinFunctions;
import org.auditpy.runtime.BuiltinTypes;
import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * The {@code match} statement (PEP 634) at run time, as CPython 3.11 compiles it (Python/compile.c,
 * {@code compiler_match} and {@code compiler_pattern_*}) and runs it (Python/ceval.c, {@code MATCH_CLASS},
 * {@code MATCH_MAPPING}, {@code MATCH_SEQUENCE}, {@code MATCH_KEYS}).
 *
 * <p>A match statement is built as a chain of {@code if}s over its subject, kept in a temporary slot: each case is a
 * {@link CaseTest} whose {@link Pattern} tree matches the subject, collecting the values of its capture names into an
 * array (one entry per distinct name of the case). Only when the whole pattern matches are the captures stored in
 * their variables (before the guard runs, as in CPython), so a failed case binds nothing.
 */
public final class Matching {
    private Matching() {
    }

    /** One node of a case's pattern tree. */
    public abstract static class Pattern extends PyNode {
        /** Whether {@code subject} matches; captured values go to {@code captures} (at the names' indexes). */
        public abstract boolean match(VirtualFrame frame, Object subject, Object[] captures);
    }

    /**
     * The condition of one case: the pattern against the subject, then (on a match) the captures stored, then the
     * guard's truth, as CPython's compiler_match_inner.
     */
    public static final class CaseTest extends ExprNode {
        @Child private ExprNode subject;
        @Child private Pattern pattern;
        @Children private final Variables.WriteNode[] binders;
        @Child private ExprNode guard;
        @Child private Expressions.TruthNode truth;

        public CaseTest(ExprNode subject, Pattern pattern, Variables.WriteNode[] binders, ExprNode guard) {
            this.subject = subject;
            this.pattern = pattern;
            this.binders = binders;
            this.guard = guard;
            this.truth = guard == null ? null : Expressions.TruthNode.create();
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return executeBool(frame);
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return executeBool(frame);
        }

        @ExplodeLoop
        private boolean executeBool(VirtualFrame frame) {
            Object[] captures = new Object[binders.length];
            if (!pattern.match(frame, subject.execute(frame), captures)) {
                return false;
            }
            for (int i = 0; i < binders.length; i++) {
                binders[i].write(frame, captures[i]);
            }
            return guard == null || truth.execute(guard.execute(frame));
        }
    }

    /** {@code _}: matches anything, binds nothing. */
    public static final class Wildcard extends Pattern {
        @Override
        public boolean match(VirtualFrame frame, Object subject, Object[] captures) {
            return true;
        }
    }

    /** {@code name} or {@code pattern as name} (CPython's MatchAs): the subject is captured when the inner pattern matches. */
    public static final class Capture extends Pattern {
        @Child private Pattern inner;
        private final int index;

        public Capture(Pattern inner, int index) {
            this.inner = inner;
            this.index = index;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject, Object[] captures) {
            if (inner != null && !inner.match(frame, subject, captures)) {
                return false;
            }
            captures[index] = subject;
            return true;
        }
    }

    /** {@code None}, {@code True}, {@code False}: compared by identity (CPython's MatchSingleton, {@code IS_OP}). */
    public static final class Singleton extends Pattern {
        private final Object value;

        public Singleton(Object value) {
            this.value = value;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject, Object[] captures) {
            return PyOps.identical(subject, value);
        }
    }

    /** A literal or dotted name compared with {@code subject == value} (CPython's MatchValue, {@code COMPARE_OP}). */
    public static final class Value extends Pattern {
        @Child private ExprNode value;
        @Child private EqualsNode equals = MatchingFactory.EqualsNodeGen.create();

        public Value(ExprNode value) {
            this.value = value;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject, Object[] captures) {
            Object v = value.execute(frame);
            try {
                return equals.execute(subject, v);
            } catch (PyException e) {
                throw locate(e, null);
            }
        }
    }

    /** {@code subject == value} as a truth value: ints and strs inline, anything else through rich comparison. */
    @GenerateInline(false)
    public abstract static class EqualsNode extends Node {
        public abstract boolean execute(Object subject, Object value);

        @Specialization
        static boolean longs(long a, long b) {
            return a == b;
        }

        @Specialization
        static boolean strings(String a, String b) {
            return a.equals(b);
        }

        @Specialization(replaces = {"longs", "strings"})
        static boolean generic(Object a, Object b,
                        @Cached Expressions.TruthNode truth) {
            return truth.execute(compare(a, b));
        }

        @TruffleBoundary
        private static Object compare(Object a, Object b) {
            return Comparisons.richCompare(a, b, Comparisons.Op.EQ);
        }
    }

    /** {@code p1 | p2 | ...}: the first alternative that matches (CPython's MatchOr). */
    public static final class Or extends Pattern {
        @Children private final Pattern[] alternatives;

        public Or(Pattern[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject, Object[] captures) {
            for (Pattern p : alternatives) {
                if (p.match(frame, subject, captures)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code [a, *rest, b]} (CPython's MatchSequence): the subject must be a sequence ({@link #isSequence}) whose length
     * fits, then each element matches its sub-pattern; a star captures the middle elements as a list.
     */
    public static final class Sequence extends Pattern {
        @Children private final Pattern[] elements;
        /** The index of the starred element in {@link #elements}, or -1. */
        private final int star;
        /** The capture index of the starred name, or -1 for {@code *_} or no star. */
        private final int starCapture;

        public Sequence(Pattern[] elements, int star, int starCapture) {
            this.elements = elements;
            this.star = star;
            this.starCapture = starCapture;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject, Object[] captures) {
            Object[] items;
            try {
                items = items(subject, star < 0 ? elements.length : elements.length - 1, star >= 0);
            } catch (PyException e) {
                throw locate(e, null);
            }
            if (items == null) {
                return false;
            }
            if (star < 0) {
                for (int i = 0; i < elements.length; i++) {
                    if (!elements[i].match(frame, items[i], captures)) {
                        return false;
                    }
                }
                return true;
            }
            int after = elements.length - star - 1;
            for (int i = 0; i < star; i++) {
                if (!elements[i].match(frame, items[i], captures)) {
                    return false;
                }
            }
            if (starCapture >= 0) {
                captures[starCapture] = starred(items, star, items.length - after);
            }
            for (int i = 0; i < after; i++) {
                if (!elements[star + 1 + i].match(frame, items[items.length - after + i], captures)) {
                    return false;
                }
            }
            return true;
        }

        @TruffleBoundary
        private static PyList starred(Object[] items, int from, int to) {
            return new PyList(PythonContext.get().types().list, java.util.Arrays.copyOfRange(items, from, to), to - from);
        }

        /** The elements of a sequence subject of length {@code n} (at least {@code n} with a star), or null. */
        @TruffleBoundary
        private static Object[] items(Object subject, int n, boolean atLeast) {
            if (!isSequence(subject)) {
                return null;
            }
            long len = PyOps.len(subject);
            if (atLeast ? len < n : len != n) {
                return null;
            }
            if (subject instanceof PyTuple t) {
                return t.items();
            }
            if (subject instanceof PyList l) {
                return l.toArray();
            }
            Object[] items = PyOps.toArray(subject);
            return items.length == len ? items : null;
        }
    }

    /**
     * {@code {key: p, **rest}} (CPython's MatchMapping and {@code MATCH_KEYS}): the subject must be a mapping
     * ({@link #isMapping}) with at least as many items as keys; each key is looked up with the subject's {@code get}
     * (so a dict subclass's {@code __missing__} is not called), a missing key fails, and {@code **rest} captures a
     * new dict of the other items.
     */
    public static final class Mapping extends Pattern {
        @Children private final ExprNode[] keys;
        @Children private final Pattern[] values;
        private final int restCapture;

        public Mapping(ExprNode[] keys, Pattern[] values, int restCapture) {
            this.keys = keys;
            this.values = values;
            this.restCapture = restCapture;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject, Object[] captures) {
            if (!isMapping(subject)) {
                return false;
            }
            if (keys.length == 0 && restCapture < 0) {
                return true;
            }
            if (PyOps.len(subject) < keys.length) {
                return false;
            }
            Object[] k = new Object[keys.length];
            for (int i = 0; i < k.length; i++) {
                k[i] = keys[i].execute(frame);
            }
            Object[] v;
            try {
                v = lookUp(subject, k);
            } catch (PyException e) {
                throw locate(e, null);
            }
            if (v == null) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (!values[i].match(frame, v[i], captures)) {
                    return false;
                }
            }
            if (restCapture >= 0) {
                captures[restCapture] = rest(subject, k);
            }
            return true;
        }

        /** The values of {@code keys} in {@code subject}, or null if one is missing; duplicate keys are a ValueError. */
        @TruffleBoundary
        private static Object[] lookUp(Object subject, Object[] keys) {
            PyDict seen = PyDict.create();
            Object missing = new Object();
            Object[] out = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                if (seen.containsKey(keys[i])) {
                    throw PyErrors.valueError("mapping pattern checks duplicate key (" + PyOps.repr(keys[i]) + ")");
                }
                seen.setItem(keys[i], keys[i]);
                Object got;
                if (subject instanceof PyDict d && PyOps.typeOf(subject) == PythonContext.get().types().dict) {
                    got = d.getItem(keys[i]);
                } else {
                    got = PyOps.callMethod(subject, "get", keys[i], missing);
                }
                if (got == null || got == missing) {
                    return null;
                }
                out[i] = got;
            }
            return out;
        }

        @TruffleBoundary
        private static Object rest(Object subject, Object[] keys) {
            PyDict rest = (PyDict) PyOps.callPositional(PythonContext.get().types().dict, subject);
            for (Object k : keys) {
                rest.removeItem(k);
            }
            return rest;
        }
    }

    /**
     * {@code Cls(p, attr=q)} (CPython's MatchClass and ceval.c's {@code match_class}): the class expression must
     * evaluate to a type and the subject be an instance of it; positional sub-patterns name attributes through
     * {@code __match_args__} (or match the subject itself for the builtins that match themselves, bool, bytearray,
     * bytes, dict, float, frozenset, int, list, set, str and tuple, and their subclasses); an attribute the subject
     * lacks fails the match. All attributes are read before any sub-pattern runs, as CPython.
     */
    public static final class ClassPattern extends Pattern {
        @Child private ExprNode cls;
        @Children private final Pattern[] positional;
        @Children private final Pattern[] keywords;
        private final String[] keywordNames;

        public ClassPattern(ExprNode cls, Pattern[] positional, String[] keywordNames, Pattern[] keywords) {
            this.cls = cls;
            this.positional = positional;
            this.keywordNames = keywordNames;
            this.keywords = keywords;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject, Object[] captures) {
            Object type = cls.execute(frame);
            Object[] attrs;
            try {
                attrs = attributes(subject, type, positional.length, keywordNames);
            } catch (PyException e) {
                throw locate(e, null);
            }
            if (attrs == null) {
                return false;
            }
            for (int i = 0; i < positional.length; i++) {
                if (!positional[i].match(frame, attrs[i], captures)) {
                    return false;
                }
            }
            for (int i = 0; i < keywords.length; i++) {
                if (!keywords[i].match(frame, attrs[positional.length + i], captures)) {
                    return false;
                }
            }
            return true;
        }

        /** The sub-pattern subjects, positional then keyword, or null when the match fails (ceval.c's match_class). */
        @TruffleBoundary
        private static Object[] attributes(Object subject, Object cls, int nargs, String[] kwNames) {
            if (!(cls instanceof PyType type)) {
                throw PyErrors.typeError("called match pattern must be a type");
            }
            if (!BuiltinFunctions.isInstance(subject, type)) {
                return null;
            }
            Object[] out = new Object[nargs + kwNames.length];
            Set<String> seen = new HashSet<>();
            if (nargs > 0) {
                boolean matchSelf = false;
                Object matchArgs;
                try {
                    matchArgs = PyOps.getAttribute(type, "__match_args__");
                    if (!(matchArgs instanceof PyTuple) || PyOps.typeOf(matchArgs) != PythonContext.get().types().tuple) {
                        throw PyErrors.typeError(type.getName() + ".__match_args__ must be a tuple (got " + PyOps.typeName(matchArgs) + ")");
                    }
                } catch (PyException e) {
                    if (!PyOps.isAttributeError(e)) {
                        throw e;
                    }
                    matchSelf = matchesSelf(type);
                    matchArgs = PyTuple.of();
                }
                PyTuple args = (PyTuple) matchArgs;
                int allowed = matchSelf ? 1 : args.size();
                if (allowed < nargs) {
                    throw PyErrors.typeError(type.getName() + "() accepts " + allowed + " positional sub-pattern" + (allowed == 1 ? "" : "s")
                                    + " (" + nargs + " given)");
                }
                if (matchSelf) {
                    out[0] = subject;
                } else {
                    for (int i = 0; i < nargs; i++) {
                        Object name = args.get(i);
                        if (!(name instanceof String s)) {
                            throw PyErrors.typeError("__match_args__ elements must be strings (got " + PyOps.typeName(name) + ")");
                        }
                        Object v = attribute(subject, type, s, seen);
                        if (v == null) {
                            return null;
                        }
                        out[i] = v;
                    }
                }
            }
            for (int i = 0; i < kwNames.length; i++) {
                Object v = attribute(subject, type, kwNames[i], seen);
                if (v == null) {
                    return null;
                }
                out[nargs + i] = v;
            }
            return out;
        }

        private static Object attribute(Object subject, PyType type, String name, Set<String> seen) {
            if (!seen.add(name)) {
                throw PyErrors.typeError(type.getName() + "() got multiple sub-patterns for attribute " + PyOps.repr(name));
            }
            return PyOps.getAttributeOrNull(subject, name);
        }

        /** Whether {@code type} has CPython's {@code Py_TPFLAGS_MATCH_SELF} (set on these builtins, inherited). */
        private static boolean matchesSelf(PyType type) {
            BuiltinTypes t = PythonContext.get().types();
            for (PyType b : new PyType[]{t.bool, t.bytearray, t.bytes, t.dict, t.floatType, t.frozenset, t.intType, t.list, t.set,
                            t.str, t.tuple}) {
                if (type.isSubtypeOf(b)) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- the subject kinds ------------------------------------------------------------------------------

    /**
     * Whether a sequence pattern can match {@code subject}: CPython tests {@code Py_TPFLAGS_SEQUENCE}, set on list,
     * tuple, range, memoryview, collections.deque, array.array and on classes registered with or inheriting from
     * {@code collections.abc.Sequence}: here list, tuple, range, memoryview, deque and the classes whose
     * {@link PyType#collectionFlag()} says so ({@code _abc} sets it); str, bytes and bytearray are not sequences for
     * matching.
     */
    @TruffleBoundary
    public static boolean isSequence(Object subject) {
        if (subject instanceof PyList || subject instanceof PyTuple || subject instanceof org.auditpy.runtime.PyMemoryView) {
            return true;
        }
        BuiltinTypes t = PythonContext.get().types();
        PyType type = PyOps.typeOf(subject);
        if (type.isSubtypeOf(t.list) || type.isSubtypeOf(t.tuple) || type.isSubtypeOf(t.range)) {
            return true;
        }
        if (type.isSubtypeOf(t.str) || type.isSubtypeOf(t.bytes) || type.isSubtypeOf(t.bytearray) || type.isSubtypeOf(t.dict)) {
            return false;
        }
        return type.collectionFlag() == PyType.SEQUENCE || inMro(type, "deque", "collections", "_collections");
    }

    /**
     * Whether a mapping pattern can match {@code subject}: CPython tests {@code Py_TPFLAGS_MAPPING}, set on dict,
     * mappingproxy and classes registered with or inheriting from {@code collections.abc.Mapping}: here dict and its
     * subclasses, mappingproxy and the classes whose {@link PyType#collectionFlag()} says so.
     */
    @TruffleBoundary
    public static boolean isMapping(Object subject) {
        if (subject instanceof PyDict) {
            return true;
        }
        BuiltinTypes t = PythonContext.get().types();
        PyType type = PyOps.typeOf(subject);
        if (type.isSubtypeOf(t.dict) || type == t.mappingproxy) {
            return true;
        }
        if (type.isSubtypeOf(t.list) || type.isSubtypeOf(t.tuple) || type.isSubtypeOf(t.str)) {
            return false;
        }
        return type.collectionFlag() == PyType.MAPPING;
    }

    private static boolean inMro(PyType type, String name, String module1, String module2) {
        for (PyType m : type.getMro()) {
            if (name.equals(m.getName())) {
                Object mod = PyOps.getAttributeOrNull(m, "__module__");
                if (module1.equals(mod) || module2.equals(mod)) {
                    return true;
                }
            }
        }
        return false;
    }
}
