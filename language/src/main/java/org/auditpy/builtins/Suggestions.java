package org.auditpy.builtins;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyBoxed;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFrame;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTraceback;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The "Did you mean" suggestion CPython 3.11 appends to the last line of a displayed NameError or
 * AttributeError ({@code . Did you mean: 'x'?}, Python/pythonrun.c print_exception_suggestions over
 * Python/suggestions.c {@code _Py_Offer_Suggestions}). Computed only when an exception is displayed, never when
 * it is raised, so {@code str(e)} and {@code repr(e)} are unaffected.
 * <p>
 * As CPython 3.11: only instances of exactly {@code AttributeError} (candidates: {@code dir(e.obj)}) and exactly
 * {@code NameError} (candidates: the {@code co_varnames} of the innermost traceback entry's code, then its
 * globals, then its builtins, each list tried on its own) get one; the name must be an exact {@code str}. A
 * list of 750 or more candidates is skipped; a candidate that is not a str, or any exception on the way (a
 * failing {@code __dir__}), gives no suggestion. The distance is a Levenshtein distance over UTF-8 bytes where
 * an insertion, deletion or substitution costs 2 and a change of ASCII case costs 1, after trimming a common
 * prefix and suffix; a candidate whose rest is longer than 40 bytes is never taken, and one is only taken if
 * its distance is at most {@code (len(name) + len(candidate) + 3) * 2 // 6} and below the best so far (the
 * first of equal candidates wins).
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** CPython's MAX_CANDIDATE_ITEMS. */
    private static final int MAX_CANDIDATE_ITEMS = 750;
    /** CPython's MAX_STRING_SIZE: the longest rest (after trimming common affixes) compared, in bytes. */
    private static final int MAX_STRING_SIZE = 40;
    /** CPython's MOVE_COST: insertion, deletion or substitution. */
    private static final int MOVE_COST = 2;
    /** CPython's CASE_COST: substituting one ASCII letter by itself in the other case. */
    private static final int CASE_COST = 1;

    /** Thrown when CPython's computation would end with an error (which print_exception_suggestions clears). */
    private static final class NoSuggestion extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSuggestion() {
            super(null, null, false, false);
        }
    }

    /**
     * The suggested name for exception {@code e} (a candidate object: a str or str subclass instance), or null.
     * Never raises: errors while computing it (a failing {@code __dir__}, a non-str candidate) mean no suggestion.
     */
    @TruffleBoundary
    public static Object offer(PyBaseException e) {
        PyType t = e.getPythonClass();
        PythonContext ctx = PythonContext.get();
        try {
            if (t == ctx.types().exception("AttributeError")) {
                return forAttributeError(e);
            } else if (t == ctx.types().exception("NameError")) {
                return forNameError(e, ctx);
            }
        } catch (PyException | NoSuggestion failed) {
            // as print_exception_suggestions: PyErr_Clear
        }
        return null;
    }

    /** The text print_exception_suggestions appends for {@code e}: {@code ". Did you mean: 'x'?"}, or "". */
    @TruffleBoundary
    public static String trailer(PyBaseException e) {
        Object s = offer(e);
        if (s == null) {
            return "";
        }
        String shown;
        try {
            // PyFile_WriteObject(suggestion, f, Py_PRINT_RAW): str() of the candidate
            shown = s instanceof String str ? str : PyOps.str(s);
        } catch (PyException failed) {
            return "";
        }
        return ". Did you mean: '" + shown + "'?";
    }

    /** suggestions.c offer_suggestions_for_attribute_error: the sorted {@code dir(obj)}. */
    private static Object forAttributeError(PyBaseException e) {
        Object name = e.getMissingName();
        Object obj = e.getMissingFrom();
        if (!(name instanceof String n) || obj == null) {
            return null;
        }
        Object[] dir = PyOps.toArray(BuiltinFunctions.DirNode.dir(obj));
        return calculate(dir, n);
    }

    /** suggestions.c offer_suggestions_for_name_error: the innermost frame's varnames, globals, builtins. */
    private static Object forNameError(PyBaseException e, PythonContext ctx) {
        if (!(e.getMissingName() instanceof String n)) {
            return null;
        }
        PyTraceback tb = e.getTracebackOrNull();
        if (tb == null) {
            return null;
        }
        while (tb.getNext() != null) {
            tb = tb.getNext();
        }
        PyFrame frame = tb.getFrame();
        if (frame == null) {
            return null;
        }
        PyCode code = frame.getCode();
        Object found = code == null ? null : calculate(code.getVarnames(), n);
        if (found != null) {
            return found;
        }
        Object globals = frame.getGlobals();
        found = calculate(keys(globals), n);
        if (found != null) {
            return found;
        }
        // the frame's builtins, as the interpreter finds them (globals' __builtins__, else the interpreter's)
        Object b = globals instanceof PyDict g ? g.getStr("__builtins__") : null;
        Object builtins = b instanceof PyModule m ? m.getDict() : b instanceof PyDict d ? d : ctx.getBuiltins().getDict();
        return calculate(keys(builtins), n);
    }

    private static Object[] keys(Object mapping) {
        return mapping instanceof PyDict d ? d.keysArray() : PyOps.toArray(mapping);
    }

    /**
     * suggestions.c calculate_suggestions: the closest candidate within the allowed distance, the first one on
     * ties; null if none, or if there are {@value #MAX_CANDIDATE_ITEMS} candidates or more.
     */
    private static Object calculate(Object[] candidates, String name) {
        if (candidates.length >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] nameBytes = utf8(name);
        long bestDistance = Long.MAX_VALUE;
        Object best = null;
        int[] row = new int[MAX_STRING_SIZE];
        for (Object item : candidates) {
            String s = item instanceof String str ? str : item instanceof PyBoxed bx && bx.getValue() instanceof String str ? str : null;
            if (s == null) {
                // PyUnicode_AsUTF8AndSize fails for a non-str: the whole computation fails
                throw new NoSuggestion();
            }
            byte[] itemBytes = utf8(s);
            if (s.equals(name)) {
                // the missing name itself is never suggested, not even a non-ASCII one (as python3 3.11 shows)
                continue;
            }
            // no more than a third of the characters involved may need changing, and only beat the best so far
            long maxDistance = Math.min((long) (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6, bestDistance - 1);
            long distance = distance(nameBytes, itemBytes, maxDistance, row);
            if (distance > maxDistance) {
                continue;
            }
            if (best == null || distance < bestDistance) {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The UTF-8 bytes of {@code s}; a lone surrogate fails as PyUnicode_AsUTF8AndSize does. */
    private static byte[] utf8(String s) {
        try {
            ByteBuffer bb = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException unencodable) {
            throw new NoSuggestion();
        }
    }

    /** suggestions.c substitution_cost: 0 for the same byte, CASE_COST for an ASCII case flip, else MOVE_COST. */
    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int la = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /**
     * suggestions.c levenshtein_distance: the weighted edit distance of {@code a} and {@code b}, or
     * {@code maxCost + 1} as soon as it is known to exceed {@code maxCost} (including for a rest longer than
     * {@value #MAX_STRING_SIZE} bytes). {@code row} is scratch space of {@value #MAX_STRING_SIZE} entries.
     */
    static long distance(byte[] a, byte[] b, long maxCost, int[] row) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length;
        int bEnd = b.length;
        // trim the common prefix and suffix
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (long) (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        // the shorter one indexes the row
        byte[] s = a;
        int sStart = aStart;
        int sSize = aSize;
        byte[] l = b;
        int lStart = bStart;
        int lSize = bSize;
        if (bSize < aSize) {
            s = b;
            sStart = bStart;
            sSize = bSize;
            l = a;
            lStart = aStart;
            lSize = aSize;
        }
        if ((long) (lSize - sSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        // row[i]: the cost of turning the first j bytes of l into the first i + 1 bytes of s
        for (int i = 0; i < sSize; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int j = 0; j < lSize; j++) {
            byte c = l[lStart + j];
            int diagonal = j * MOVE_COST;
            result = diagonal;
            int rowMin = Integer.MAX_VALUE;
            for (int i = 0; i < sSize; i++) {
                int substitute = diagonal + substitutionCost(c, s[sStart + i]);
                diagonal = row[i];
                int insertDelete = Math.min(result, diagonal) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                rowMin = Math.min(rowMin, result);
            }
            if (rowMin > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
