package org.auditpy.parser;

import java.util.Arrays;

import org.auditpy.parser.ast.Ast;

/**
 * A source text being parsed, with newlines normalized to {@code \n} (as CPython's tokenizer translates
 * {@code \r\n} and {@code \r}), its line table, and helpers that build {@link PythonSyntaxError}s and
 * {@link Ast.Pos} positions from absolute character indexes.
 */
final class Source {
    final String text;
    final String filename;
    /** Char index of the start of each line; {@code lineStarts[0] == 0}. */
    private final int[] lineStarts;

    Source(String rawText, String filename) {
        this.text = normalizeNewlines(rawText);
        this.filename = filename;
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        lineStarts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[k++] = i + 1;
            }
        }
    }

    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** 1-based line of a char index. */
    int line(int charIndex) {
        int i = Arrays.binarySearch(lineStarts, charIndex);
        if (i < 0) {
            i = -i - 2;
        }
        return i + 1;
    }

    /** 0-based column of a char index. */
    int col(int charIndex) {
        return charIndex - lineStarts[line(charIndex) - 1];
    }

    int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The number of lines as {@code str.splitlines()} counts them (a final newline ends the last line). */
    int logicalLineCount() {
        int n = lineStarts.length;
        if (n > 1 && lineStarts[n - 1] == text.length()) {
            return n - 1;
        }
        return n;
    }

    Ast.Pos pos(int startChar, int endChar) {
        int l1 = line(startChar);
        int l2 = line(endChar);
        return new Ast.Pos(l1, startChar - lineStarts[l1 - 1], l2, endChar - lineStarts[l2 - 1]);
    }

    /** The text of a 1-based line, with a trailing newline if {@code withNewline}, else without. */
    String lineText(int line, boolean withNewline) {
        if (line < 1 || line > lineStarts.length) {
            return withNewline ? "\n" : "";
        }
        int s = lineStarts[line - 1];
        int e = text.indexOf('\n', s);
        String l = e < 0 ? text.substring(s) : text.substring(s, e);
        l = org.auditpy.runtime.SourceDecoding.replaceEscapedBytes(l);
        return withNewline ? l + "\n" : l;
    }

    /** An error with explicit CPython-style 1-based offsets. */
    PythonSyntaxError error(String kind, String msg, int line, int offset, int endLine, int endOffset,
            boolean textWithNewline) {
        if (textWithNewline) {
            // the parser's errors (pegen's known-location path): CPython rereads their line in exec mode
            return PythonSyntaxError.knownLocation(kind, msg, filename, line, offset, lineText(line, true), endLine,
                    endOffset);
        }
        return new PythonSyntaxError(kind, msg, filename, line, offset, lineText(line, false), endLine,
                endOffset);
    }

    /** A parser-style error covering the char range [start, end) (offsets = columns + 1). */
    PythonSyntaxError errorAt(String msg, int startChar, int endChar) {
        int l1 = line(startChar);
        int l2 = line(endChar);
        return error("SyntaxError", msg, l1, col(startChar) + 1, l2, col(endChar) + 1, true);
    }

    /** A parser-style error covering a node's position. */
    PythonSyntaxError errorAt(String msg, Ast.Pos p) {
        return error("SyntaxError", msg, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1, true);
    }
}
