package org.auditpy.nodes;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The one dict subclass a subscript site has met whose {@code __getitem__} (or {@code __setitem__}) is dict's own: a
 * defaultdict, a Counter, a plain {@code class D(dict)}. Compiled code then reads (or replaces) a present str or int
 * key as for an exact dict, behind the class's stable assumption; an absent key still takes the generic path (where
 * {@code __missing__} runs). Another class, an override of the method or a change of the class sends the site to the
 * generic path for good. A node keeps one instance in a final field ({@code Expressions.GetItem},
 * {@code Variables.WriteSubscript}).
 */
final class PlainDictSubclass {
    private static final Object NOT_PLAIN = new Object();

    /** {@code __getitem__} or {@code __setitem__}. */
    private final String method;
    /** The class met, {@link #NOT_PLAIN}, or null before any. */
    @CompilationFinal private Object type;
    @CompilationFinal private Assumption stable;

    PlainDictSubclass(String method) {
        this.method = method;
    }

    /** Whether {@code d} (an instance of a dict subclass) has dict's own method here. */
    boolean matches(PyDict d) {
        PyType t = d.getPythonClass();
        Object c = type;
        if (c == t && stable.isValid()) {
            return true;
        }
        if (c == NOT_PLAIN) {
            return false;
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        if (c == null && inheritsDictMethod(t, method)) {
            type = t;
            stable = t.getStableAssumption();
            return true;
        }
        type = NOT_PLAIN;
        return false;
    }

    @TruffleBoundary
    private static boolean inheritsDictMethod(PyType t, String method) {
        return t.lookup(method) == PythonContext.get().types().dict.lookup(method);
    }
}
