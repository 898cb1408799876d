package org.auditpy.builtins;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /**
     * Formats exception {@code e} with its chain, as CPython's {@code print_exception_recursive} (Python/pythonrun.c)
     * prints it; an exception group gets the {@code + Exception Group Traceback} boxes of its
     * {@code print_exception_group}, its sub-exceptions indented and numbered (at most 15 a group, 10 levels deep).
     */
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
            printRecursive(sb, e, new PrintContext());
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

    /** pythonrun.c's {@code exception_print_context}: the group nesting level and whether a closing line is owed. */
    private static final class PrintContext {
        final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** EXC_INDENT spaces and EXC_MARGIN ({@code "| "} inside a group). */
        String margin() {
            return depth > 0 ? indent() + "| " : "";
        }
    }

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private static boolean isGroup(PyBaseException e) {
        return e.getGroupExceptions() != null;
    }

    private static void printRecursive(StringBuilder sb, PyBaseException e, PrintContext ctx) {
        // print_exception_cause_and_context
        ctx.seen.put(e, true);
        Object cause = e.getCause();
        if (cause instanceof PyBaseException c) {
            if (!ctx.seen.containsKey(c)) {
                printChained(sb, c, ctx, "The above exception was the direct cause of the following exception:\n");
            }
        } else if (!e.getSuppressContext() && e.getContext() instanceof PyBaseException c && !ctx.seen.containsKey(c)) {
            printChained(sb, c, ctx, "During handling of the above exception, another exception occurred:\n");
        }
        if (isGroup(e)) {
            printGroup(sb, e, ctx);
        } else {
            formatOne(sb, e, ctx);
        }
    }

    private static void printChained(StringBuilder sb, PyBaseException c, PrintContext ctx, String message) {
        boolean needClose = ctx.needClose;
        printRecursive(sb, c, ctx);
        ctx.needClose = needClose;
        String m = ctx.margin();
        sb.append(m).append('\n').append(m).append(message).append(m).append('\n');
    }

    private static void printGroup(StringBuilder sb, PyBaseException e, PrintContext ctx) {
        if (ctx.depth > MAX_GROUP_DEPTH) {
            sb.append(ctx.margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (ctx.depth == 0) {
            ctx.depth++;
        }
        formatOne(sb, e, ctx);
        Object[] excs = e.getGroupExceptions().items();
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                // the closing line may be written by a nested group
                ctx.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(truncated ? "..." : String.valueOf(i + 1))
                            .append(" ----------------\n");
            ctx.depth++;
            if (!truncated) {
                if (excs[i] instanceof PyBaseException sub) {
                    printRecursive(sb, sub, ctx);
                }
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                sb.append(ctx.margin()).append("and ").append(remaining).append(" more exception").append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (ctx.depth == 1) {
            ctx.depth--;
        }
    }

    /** Appends {@code text} with {@code margin} before each of its lines. */
    private static void appendIndented(StringBuilder sb, String margin, CharSequence text) {
        if (margin.isEmpty()) {
            sb.append(text);
            return;
        }
        int start = 0;
        int len = text.length();
        while (start < len) {
            int nl = start;
            while (nl < len && text.charAt(nl) != '\n') {
                nl++;
            }
            sb.append(margin).append(text, start, Math.min(nl + 1, len));
            start = nl + 1;
        }
    }

    /** print_exception: the traceback, the message line and the notes, each line behind the group margin. */
    private static void formatOne(StringBuilder sb, PyBaseException e, PrintContext ctx) {
        String margin = ctx.margin();
        PyTraceback tb = e.getTracebackOrNull();
        if (tb != null) {
            String headerMargin = margin;
            String header = "Traceback (most recent call last):\n";
            if (isGroup(e)) {
                header = "Exception Group Traceback (most recent call last):\n";
                if (ctx.depth == 1) {
                    headerMargin = ctx.indent() + "+ ";
                }
            }
            sb.append(headerMargin).append(header);
            if (margin.isEmpty()) {
                // written as the entries are made (each frame's source line is read with an open event)
                formatEntries(sb, tb);
            } else {
                // inside a group box: the entries get the margin, so they are sent with it afterwards
                java.util.function.Consumer<String> sink = SINK.get();
                SINK.set(null);
                StringBuilder entries = new StringBuilder();
                try {
                    formatEntries(entries, tb);
                } finally {
                    SINK.set(sink);
                }
                appendIndented(sb, margin, entries);
            }
        }
        emit(sb);
        if (e.getPythonClass().isSubtypeOf(PythonContext.get().types().exception("SyntaxError"))) {
            StringBuilder se = new StringBuilder();
            formatSyntaxError(se, e);
            if (margin.isEmpty()) {
                sb.append(se);
            } else {
                // print_exception_file_and_line and the message line get the margin; print_error_text's lines do not
                String[] lines = se.toString().split("\n", -1);
                for (int i = 0; i < lines.length - 1; i++) {
                    boolean marked = lines[i].startsWith("  File \"") || i == lines.length - 2;
                    sb.append(marked ? margin : "").append(lines[i]).append('\n');
                }
            }
        } else {
            // print_exception_message, then print_exception_suggestions (Python/pythonrun.c): the type's name is
            // written before str() of the exception runs
            sb.append(margin).append(ExceptionSupport.exceptionName(e));
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
                    sb.append("<note str() failed>\n");
                    continue;
                }
                appendNoteLines(sb, margin, s);
                sb.append('\n');
            }
        } else if (notes != null) {
            sb.append(margin).append(safeRepr(notes)).append('\n');
        }
    }

    /** A note split as str.splitlines(keepends=True), the margin before each line (print_exception_notes). */
    private static void appendNoteLines(StringBuilder sb, String margin, String s) {
        if (margin.isEmpty()) {
            sb.append(s);
            return;
        }
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                i += 2;
            } else if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029) {
                i++;
            } else {
                i++;
                continue;
            }
            sb.append(margin).append(s, start, i);
            start = i;
        }
        if (start < s.length()) {
            sb.append(margin).append(s, start, s.length());
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
}
