package org.auditpy.builtins;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.ExceptionSupport;
import org.auditpy.runtime.PyBaseException;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFrame;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTraceback;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython 3.11's default traceback printing ({@code sys.excepthook}, Python/pythonrun.c print_exception and
 * Lib/traceback.py): chained exceptions, {@code File "...", line N, in name} entries with the stripped
 * source line, caret lines when the traceback knows the columns, SyntaxError's special format, the "Did you
 * mean" suggestion of a NameError or AttributeError ({@link Suggestions}), notes.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {
    }

    private static final Map<String, List<String>> LINES = new HashMap<>();

    /** Line {@code lineno} (1-based) of {@code filename}, or null (linecache.getline). */
    @TruffleBoundary
    public static String sourceLine(String filename, int lineno) {
        if (filename == null || filename.startsWith("<") || lineno <= 0) {
            return null;
        }
        List<String> lines;
        synchronized (LINES) {
            lines = LINES.get(filename);
            if (lines == null) {
                try {
                    // as linecache/tokenize.open: relative to the current directory, decoded with the
                    // file's BOM or coding declaration
                    byte[] data = Files.readAllBytes(org.auditpy.runtime.PythonContext.get().resolvePath(filename));
                    String text;
                    try {
                        text = org.auditpy.runtime.SourceDecoding.replaceEscapedBytes(
                                        org.auditpy.runtime.SourceDecoding.decodeString(data, filename));
                    } catch (org.auditpy.runtime.PyException undecodable) {
                        text = new String(data, StandardCharsets.UTF_8);
                    }
                    lines = List.of(text.split("\r?\n", -1));
                } catch (Exception e) {
                    lines = List.of();
                }
                LINES.put(filename, lines);
            }
        }
        return lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    /**
     * Where {@link #print} sends the text formatted so far when an event is about to be raised or Python code run
     * ({@code str()} of the exception or a note): CPython's print_exception writes each piece as it goes, so a hook
     * that writes to the same stream during the {@code open} of a frame's source sees the lines before it already
     * written. Null while formatting to a string.
     */
    private static final ThreadLocal<java.util.function.Consumer<String>> SINK = new ThreadLocal<>();

    /** Sends what {@code sb} holds to the current {@link #SINK}, if any, and empties it. */
    private static void emit(StringBuilder sb) {
        java.util.function.Consumer<String> sink = SINK.get();
        if (sink != null && sb.length() > 0) {
            String piece = sb.toString();
            sb.setLength(0);
            sink.accept(piece);
        }
    }

    /** Formats exception {@code e} with its chain, as {@code traceback.print_exception} would print it. */
    @TruffleBoundary
    public static String format(PyBaseException e) {
        return formatTo(e, null);
    }

    /** {@link #format}, sending the text to {@code sink} piece by piece as it goes (see {@link #SINK}); returns the rest. */
    private static String formatTo(PyBaseException e, java.util.function.Consumer<String> sink) {
        java.util.function.Consumer<String> saved = SINK.get();
        SINK.set(sink);
        try {
            StringBuilder sb = new StringBuilder();
            formatChain(sb, e, new IdentityHashMap<>());
            return sb.toString();
        } finally {
            SINK.set(saved);
        }
    }

    /**
     * Formats exception {@code e} as the default {@code sys.unraisablehook} does (CPython's
     * {@code write_unraisable_exc_file}): its own traceback and {@code "Name: str"}, without the chained exceptions
     * or notes, and with the colon even when the message is empty.
     */
    @TruffleBoundary
    public static String formatUnraisable(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        PyTraceback tb = e.getTracebackOrNull();
        if (tb != null) {
            sb.append("Traceback (most recent call last):\n");
            formatEntries(sb, tb);
        }
        return sb.append(ExceptionSupport.formatExceptionOnly(e, true)).append('\n').toString();
    }

    private static void formatChain(StringBuilder sb, PyBaseException e, IdentityHashMap<Object, Boolean> seen) {
        seen.put(e, true);
        Object cause = e.getCause();
        Object context = e.getContext();
        if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
            formatChain(sb, c, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context instanceof PyBaseException c && !e.getSuppressContext() && !seen.containsKey(c)) {
            formatChain(sb, c, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(sb, e);
    }

    private static void formatOne(StringBuilder sb, PyBaseException e) {
        PyTraceback tb = e.getTracebackOrNull();
        if (tb != null) {
            sb.append("Traceback (most recent call last):\n");
            formatEntries(sb, tb);
        }
        emit(sb);
        if (e.getPythonClass().isSubtypeOf(PythonContext.get().types().exception("SyntaxError"))) {
            formatSyntaxError(sb, e);
        } else {
            // print_exception_message, then print_exception_suggestions (Python/pythonrun.c): the type's name is
            // written before str() of the exception runs
            sb.append(ExceptionSupport.exceptionName(e));
            emit(sb);
            String msg = ExceptionSupport.exceptionMessage(e);
            if (!msg.isEmpty()) {
                sb.append(": ").append(msg);
            }
            sb.append(Suggestions.trailer(e)).append('\n');
        }
        Object notes = e.getAttributeOrNull("__notes__");
        emit(sb);
        if (notes instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                Object n = l.get(i);
                String s;
                try {
                    s = n instanceof String ns ? ns : PyOps.str(n);
                } catch (PyException ex) {
                    s = "<note str() failed>";
                }
                sb.append(s).append('\n');
            }
        } else if (notes != null) {
            sb.append(safeRepr(notes)).append('\n');
        }
    }

    private static String safeRepr(Object o) {
        try {
            return PyOps.repr(o);
        } catch (PyException ex) {
            return "<object repr() failed>";
        }
    }

    /** The {@code File ..., line ..., in ...} lines, collapsing 3+ identical entries as CPython does. */
    public static void formatEntries(StringBuilder sb, PyTraceback tb) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (PyTraceback t = tb; t != null; t = t.getNext()) {
            PyFrame f = t.getFrame();
            PyCode code = f == null ? null : f.getCode();
            String file = code == null ? "<unknown>" : code.getFilename();
            String name = code == null ? "<module>" : code.getName();
            int line = t.getLineno();
            if (file.equals(lastFile) && line == lastLine && name.equals(lastName)) {
                count++;
                if (count >= 3) {
                    continue;
                }
            } else {
                if (count >= 3) {
                    int more = count - 2;
                    sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
                }
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            sb.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name).append('\n');
            if (!auditSourceRead(sb, file)) {
                continue;
            }
            String src = sourceLine(file, line);
            if (src != null) {
                String stripped = src.strip();
                if (!stripped.isEmpty()) {
                    sb.append("    ").append(stripped).append('\n');
                    appendCarets(sb, t, src, stripped, file);
                }
            }
        }
        if (count >= 3) {
            int more = count - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    /**
     * CPython's traceback printer (Python/traceback.c display_source_line) opens the source file of every entry
     * whose name is not {@code <...>} with {@code io.open(filename, "rb")}: the {@code open} event. Returns false
     * if a hook refused it (the source line is then left out, as CPython ignores source errors there).
     */
    private static boolean auditSourceRead(StringBuilder sb, String file) {
        if (file.startsWith("<") && file.endsWith(">")) {
            return false;
        }
        if (Audit.active()) {
            emit(sb);
            try {
                Audit.raise("open", file, "r", 524288L);
            } catch (PyException e) {
                return false;
            }
        }
        return true;
    }

    /** Caret line (3.11's fine-grained locations) when the traceback entry carries columns. */
    private static void appendCarets(StringBuilder sb, PyTraceback t, String src, String stripped, String file) {
        int col = t.getColOffset();
        int endCol = t.getEndColOffset();
        int endLine = t.getEndLineno();
        if (col < 0 || endCol < 0) {
            return;
        }
        int line = t.getLineno();
        // byte offsets in CPython; we use char offsets (equal for ASCII)
        if (endLine != line) {
            endCol = src.length();
        } else if (Audit.active() && col < endCol && endCol <= src.length()) {
            // extract_anchors_from_line parses the one-line segment (_PyParser_ASTFromString): the compile event;
            // a hook's exception only costs the anchors there
            emit(sb);
            try {
                Audit.raise("compile", PyBytes.of(src.substring(col, endCol).getBytes(StandardCharsets.UTF_8)), file);
            } catch (PyException e) {
                // ignored, as CPython's ignore_source_errors
            }
        }
        int indent = src.length() - src.stripLeading().length();
        int start = col - indent;
        int end = Math.min(endCol, src.stripTrailing().length()) - indent;
        if (start < 0 || end <= start) {
            return;
        }
        String anchors = t.getCaretAnchors();
        // as traceback.py: shown unless the segment spans the whole line, or always when it has anchors
        if (start == 0 && end >= stripped.length() && (anchors == null || anchors.indexOf('^') < 0)) {
            return;
        }
        StringBuilder c = new StringBuilder("    ");
        c.append(" ".repeat(start));
        if (anchors != null && anchors.length() == end - start) {
            c.append(anchors);
        } else {
            c.append("^".repeat(end - start));
        }
        sb.append(c).append('\n');
    }

    private static void formatSyntaxError(StringBuilder sb, PyBaseException e) {
        Object filename = e.getAttributeOrNull("filename");
        Object lineno = e.getAttributeOrNull("lineno");
        Object text = e.getAttributeOrNull("text");
        Object offset = e.getAttributeOrNull("offset");
        Object endOffset = e.getAttributeOrNull("end_offset");
        Object msg = e.getAttributeOrNull("msg");
        String fn = filename instanceof String s ? s : "<string>";
        String ln = lineno != null && PyOps.isInt(lineno) ? PyOps.str(lineno) : null;
        if (filename != null && filename != PyNone.NONE || ln != null) {
            sb.append("  File \"").append(fn).append('"');
            if (ln != null) {
                sb.append(", line ").append(ln);
            }
            sb.append('\n');
        }
        if (text instanceof String t) {
            // as CPython 3.11's parse_syntax_error: only an exact SyntaxError shows its end position; its
            // subclasses (IndentationError, TabError) get one caret
            long lineNo = lineno instanceof Long l ? l : 0;
            long off = offset instanceof Long o ? o : -1;
            long endLineNo = lineNo;
            long endOff = -1;
            if (e.getPythonClass() == PythonContext.get().types().exception("SyntaxError")) {
                if (e.getAttributeOrNull("end_lineno") instanceof Long el) {
                    endLineNo = el;
                }
                if (endOffset instanceof Long eo) {
                    endOff = eo;
                }
            }
            byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
            if (endLineNo > lineNo) {
                endOff = bytes.length;
            }
            if (endOff > bytes.length + 1) {
                endOff = bytes.length + 1;
            }
            appendErrorText(sb, off, endOff, bytes);
        }
        String m = msg == null || msg == PyNone.NONE ? "" : PyOps.str(msg);
        String name = e.getPythonClass().getName();
        Object mod = e.getPythonClass().getDict().getStr("__module__");
        if (mod instanceof String ms && !ms.equals("builtins") && !ms.equals("__main__")) {
            name = ms + "." + name;
        }
        sb.append(m.isEmpty() ? name : name + ": " + m).append('\n');
    }

    /**
     * The source line and caret line of a SyntaxError, as CPython 3.11's {@code print_error_text}
     * (Python/pythonrun.c): on the UTF-8 bytes of {@code text}, leading blanks dropped, the 1-based {@code offset}
     * clipped to the line, the line printed as it is (trailing blanks kept), and no caret line when the offset
     * points left of the text (offset 0, as for errors at the end of a file).
     */
    private static void appendErrorText(StringBuilder sb, long offset, long endOffset, byte[] text) {
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        long off = offset - 1;
        int start = 0;
        while (start < text.length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
            start++;
            off--;
        }
        long len = text.length - start;
        if (len > 0 && text[text.length - 1] == '\n') {
            len--;
        }
        if (off > len) {
            off = len;
        }
        // an offset past an embedded newline points into a later line: show that one
        while (true) {
            int nl = -1;
            for (int i = start; i < text.length; i++) {
                if (text[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl < 0 || nl - start >= off) {
                break;
            }
            int skip = nl - start + 1;
            start += skip;
            len -= skip;
            off -= skip;
        }
        String shown = new String(text, start, text.length - start, StandardCharsets.UTF_8);
        sb.append("    ").append(shown);
        if (start + len >= text.length || text[(int) (start + len)] != '\n') {
            sb.append('\n');
        }
        if (off < 0) {
            return;
        }
        sb.append("    ").append(" ".repeat((int) off)).append("^".repeat((int) Math.min(carets, Integer.MAX_VALUE / 2))).append('\n');
    }

    /** Writes the formatted exception to {@code file} via {@code file.write} (or the context's stderr). */
    @TruffleBoundary
    public static void print(PyBaseException e, Object file) {
        java.util.function.Consumer<String> out;
        if (file == null || file == PyNone.NONE) {
            out = piece -> {
                PythonContext.get().err().print(piece);
                PythonContext.get().err().flush();
            };
        } else if (file instanceof StdStreams.TextStream ts) {
            out = ts::writeReport;
        } else {
            out = piece -> PyOps.callMethod(file, "write", piece);
        }
        String s = formatTo(e, out);
        if (!s.isEmpty()) {
            out.accept(s);
        }
        if (file == null || file == PyNone.NONE || file instanceof StdStreams.TextStream) {
            return;
        }
        Object fl = PyOps.getAttributeOrNull(file, "flush");
        if (fl != null) {
            PyOps.callPositional(fl);
        }
    }

    static List<String> unused() {
        return new ArrayList<>();
    }
}
