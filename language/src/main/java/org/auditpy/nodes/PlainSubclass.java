package org.auditpy.nodes;

import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The one subclass of a builtin container a subscript site has met whose {@code __getitem__} (or {@code __setitem__})
 * is the builtin's own: a defaultdict, a Counter, a plain {@code class D(dict)}; a namedtuple or another tuple
 * subclass; a list subclass. Compiled code then reads (or replaces) items as for the exact builtin, behind the class's
 * stable assumption; what the builtin path does not find (an absent dict key, an index out of range) still takes the
 * generic path (where {@code __missing__} runs, or IndexError is raised). Another class, an override of the method or
 * a change of the class sends the site to the generic path for good. A node keeps one instance per base in a final
 * field ({@code Expressions.GetItem}, {@code Variables.WriteSubscript}).
 */
final class PlainSubclass {
    /** The builtin whose subclasses an instance checks. */
    enum Base {
        DICT,
        LIST,
        TUPLE;

        PyType type(org.auditpy.runtime.BuiltinTypes types) {
            return switch (this) {
                case DICT -> types.dict;
                case LIST -> types.list;
                case TUPLE -> types.tuple;
            };
        }
    }

    private static final Object NOT_PLAIN = new Object();

    /** {@code __getitem__} or {@code __setitem__}. */
    private final String method;
    private final Base base;
    /** The class met, {@link #NOT_PLAIN}, or null before any. */
    @CompilationFinal private Object type;
    @CompilationFinal private Assumption stable;

    PlainSubclass(String method, Base base) {
        this.method = method;
        this.base = base;
    }

    /** Whether {@code o} (an instance of a subclass of the base) has the base's own method here. */
    boolean matches(PythonObject o) {
        PyType t = o.getPythonClass();
        Object c = type;
        if (c == t && stable.isValid()) {
            return true;
        }
        if (c == NOT_PLAIN) {
            return false;
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        if (c == null && inheritsMethod(t, method, base)) {
            type = t;
            stable = t.getStableAssumption();
            return true;
        }
        type = NOT_PLAIN;
        return false;
    }

    @TruffleBoundary
    private static boolean inheritsMethod(PyType t, String method, Base base) {
        return t.lookup(method) == base.type(PythonContext.get().types()).lookup(method);
    }
}
