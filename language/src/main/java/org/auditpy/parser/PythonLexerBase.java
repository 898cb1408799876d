package org.auditpy.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The superclass of the generated {@code PythonLexer}: turns the grammar's raw tokens into the token
 * stream CPython's tokenizer (Parser/tokenizer.c, {@code tok_get}) produces for the parser.
 *
 * <ul>
 * <li>Line breaks end a logical line ({@code NEWLINE}) except inside brackets and on blank or
 * comment-only lines, where they go to the hidden channel.</li>
 * <li>At the start of each logical line the indentation is measured (a tab advances to the next multiple
 * of 8, a form feed resets to 0; the "alternate" width with tabs as 1 detects {@code TabError}) and
 * {@code INDENT}/{@code DEDENT} tokens are emitted; at end of input the last line gets its
 * {@code NEWLINE} and all open blocks are closed.</li>
 * <li>The tokenizer's errors are raised as {@link PythonSyntaxError} with CPython 3.11's wording and
 * locations: unterminated (triple-quoted) string literals, malformed numbers, unmatched or mismatched
 * closing brackets, inconsistent dedents, tab/space mixing, characters that cannot start a token.</li>
 * </ul>
 * An opening bracket that is never closed is not an error here: {@link #unclosedBracket()} reports it so
 * the parser's error mapping can say {@code '(' was never closed} the way CPython does.
 */
public abstract class PythonLexerBase extends Lexer {
    private static final int TAB_SIZE = 8;
    /** CPython's tokenizer MAXLEVEL: the deepest bracket nesting accepted. */
    private static final int MAX_NESTING = 200;

    private SourceMap map;
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private int[] indents = new int[16];
    private int[] altIndents = new int[16];
    private int depth; // index of the top of the indentation stack
    private int indentationErrorLine;
    private final ArrayList<Token> brackets = new ArrayList<>();
    private boolean atLineStart = true;
    private boolean sawLogicalToken;
    private int lineIndent;
    private int lineAltIndent;
    private boolean eofSeen;
    /** See {@link #eofInString()}. */
    private boolean eofInString;
    private Token lastDefault;

    /**
     * Creates the lexer over {@code input}.
     *
     * @param input the characters to tokenize
     */
    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    /** Attaches the source this lexer reads (for error messages and positions); required before lexing. */
    final void setSourceMap(SourceMap map) {
        this.map = map;
    }

    final SourceMap sourceMap() {
        return map;
    }

    /**
     * The tokens made but not yet handed out (an INDENT or DEDENT made for a line whose first token then failed): after
     * an error they are the last tokens before it.
     */
    final java.util.List<Token> pendingTokens() {
        return new ArrayList<>(pending);
    }

    /**
     * Whether the string literal of the error raised was ended by the end of the input (CPython's E_EOFS and E_EOLS:
     * a triple-quoted string, or a line continued by a backslash), not by a line end.
     */
    final boolean eofInString() {
        return eofInString;
    }

    /** The outermost bracket still open at end of input (or at the current point), or {@code null}. */
    final Token outermostUnclosedBracket() {
        return brackets.isEmpty() ? null : brackets.get(0);
    }

    /** The innermost bracket still open at end of input (or at the current point), or {@code null}. */
    final Token unclosedBracket() {
        return brackets.isEmpty() ? null : brackets.get(brackets.size() - 1);
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            produce();
        }
        return pending.poll();
    }

    private void produce() {
        if (eofSeen) {
            pending.add(makeToken(Token.EOF, "<EOF>", _input.index(), Token.DEFAULT_CHANNEL));
            return;
        }
        int c = _input.LA(1);
        if (c == '\'' || c == '"' || isPrefixLetter(c)) {
            checkString();
        }
        Token t = super.nextToken();
        int type = t.getType();
        switch (type) {
            case Token.EOF -> {
                eofSeen = true;
                if (!atLineStart) {
                    pending.add(makeToken(PythonLexer.NEWLINE, "", t.getStartIndex(), Token.DEFAULT_CHANNEL));
                    atLineStart = true;
                }
                while (depth > 0) {
                    depth--;
                    pending.add(makeToken(PythonLexer.DEDENT, "", t.getStartIndex(), Token.DEFAULT_CHANNEL));
                }
                pending.add(t);
            }
            case PythonLexer.NEWLINE -> {
                if (!brackets.isEmpty() || atLineStart) {
                    ((CommonToken) t).setChannel(Token.HIDDEN_CHANNEL);
                    lineIndent = 0;
                    lineAltIndent = 0;
                    pending.add(t);
                } else {
                    atLineStart = true;
                    lineIndent = 0;
                    lineAltIndent = 0;
                    push(t);
                }
            }
            case PythonLexer.WS -> {
                if (atLineStart) {
                    measureIndent(t.getText());
                }
                pending.add(t);
            }
            case PythonLexer.COMMENT -> pending.add(t);
            case PythonLexer.LINE_JOIN -> {
                if (_input.LA(1) == CharStream.EOF && !map.fstring) {
                    // a continuation line that never comes: CPython's tokenizer reports EOF after the backslash
                    int abs = map.abs(t.getStartIndex());
                    int line = map.src.line(abs);
                    throw map.src.error("SyntaxError", "unexpected EOF while parsing", line, map.src.col(abs) + 2, line, -1, true);
                }
                pending.add(t);
            }
            case PythonLexer.BAD_BACKSLASH -> {
                int abs = map.abs(t.getStartIndex());
                int line = map.src.line(abs);
                if (_input.LA(1) == CharStream.EOF) {
                    throw map.src.error("SyntaxError", prefix() + "unexpected EOF while parsing", line,
                            map.src.col(abs) + 2, line, -1, true);
                }
                throw map.src.error("SyntaxError",
                        prefix() + "unexpected character after line continuation character", line,
                        map.src.col(abs) + 2, line, 0, true);
            }
            default -> {
                if (atLineStart) {
                    atLineStart = false;
                    indentation(t);
                }
                switch (type) {
                    case PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK, PythonLexer.OPEN_BRACE -> {
                        if (brackets.size() >= MAX_NESTING) {
                            int abs = map.abs(t.getStartIndex());
                            int line = map.src.line(abs);
                            int off = map.src.col(abs) + 1;
                            throw map.src.error("SyntaxError", prefix() + "too many nested parentheses", line, off, line,
                                    off, false);
                        }
                        brackets.add(t);
                    }
                    case PythonLexer.CLOSE_PAREN, PythonLexer.CLOSE_BRACK, PythonLexer.CLOSE_BRACE -> closeBracket(t);
                    case PythonLexer.NUMBER -> checkNumber(t);
                    case PythonLexer.ERROR_CHAR -> checkErrorChar(t);
                    default -> {
                    }
                }
                push(t);
            }
        }
    }

    private void push(Token t) {
        sawLogicalToken = true;
        lastDefault = t;
        pending.add(t);
    }

    private String prefix() {
        return map.fstring ? "f-string: " : "";
    }

    private Token makeToken(int type, String text, int startIndex, int channel) {
        CommonToken tok = new CommonToken(_tokenFactorySourcePair, type, channel, startIndex, startIndex - 1);
        tok.setText(text);
        int abs = map.abs(Math.min(startIndex, _input.size()));
        tok.setLine(map.src.line(abs));
        tok.setCharPositionInLine(map.src.col(abs));
        return tok;
    }

    // ---- indentation ---------------------------------------------------------------------------------

    private void measureIndent(String ws) {
        int col = lineIndent;
        int alt = lineAltIndent;
        for (int i = 0; i < ws.length(); i++) {
            char ch = ws.charAt(i);
            if (ch == ' ') {
                col++;
                alt++;
            } else if (ch == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (ch == '\f') {
                col = 0;
                alt = 0;
            }
        }
        lineIndent = col;
        lineAltIndent = alt;
    }

    private void indentation(Token first) {
        if (map.fstring) {
            return;
        }
        int col = lineIndent;
        int alt = lineAltIndent;
        lineIndent = 0;
        lineAltIndent = 0;
        int abs = map.abs(first.getStartIndex());
        int line = map.src.line(abs);
        if (col == indents[depth]) {
            if (alt != altIndents[depth]) {
                throw tabError(line);
            }
        } else if (col > indents[depth]) {
            if (alt <= altIndents[depth]) {
                throw tabError(line);
            }
            if (depth + 1 == indents.length) {
                indents = java.util.Arrays.copyOf(indents, indents.length * 2);
                altIndents = java.util.Arrays.copyOf(altIndents, altIndents.length * 2);
            }
            depth++;
            indents[depth] = col;
            altIndents[depth] = alt;
            pending.add(makeToken(PythonLexer.INDENT, "", first.getStartIndex(), Token.DEFAULT_CHANNEL));
        } else {
            while (depth > 0 && col < indents[depth]) {
                depth--;
                pending.add(makeToken(PythonLexer.DEDENT, "", first.getStartIndex(), Token.DEFAULT_CHANNEL));
            }
            if (col != indents[depth]) {
                indentationErrorLine = line;
                String text = map.src.lineText(line, false);
                throw map.src.error("IndentationError", "unindent does not match any outer indentation level", line,
                        text.length() + 1, line, -1, true);
            }
            if (alt != altIndents[depth]) {
                throw tabError(line);
            }
        }
    }

    private PythonSyntaxError tabError(int line) {
        indentationErrorLine = line;
        return map.src.error("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, line, 0, true);
    }

    /**
     * The line of the indentation error (TabError, or an unindent matching no outer level) this lexer threw, else 0.
     * CPython's tokenizer reports these only when the parser asks for that line's first token (they set no exception
     * inside the tokenizer, so pegen's full-source check after a parser error does not raise them), so a parser error
     * on an earlier line comes first.
     */
    final int indentationErrorLine() {
        return indentationErrorLine;
    }

    // ---- brackets ------------------------------------------------------------------------------------

    private static char closerOf(int openType) {
        return switch (openType) {
            case PythonLexer.OPEN_PAREN -> ')';
            case PythonLexer.OPEN_BRACK -> ']';
            default -> '}';
        };
    }

    private void closeBracket(Token t) {
        int abs = map.abs(t.getStartIndex());
        int line = map.src.line(abs);
        int off = map.src.col(abs) + 1;
        char close = t.getText().charAt(0);
        if (brackets.isEmpty()) {
            throw map.src.error("SyntaxError", prefix() + "unmatched '" + close + "'", line, off, line, off, false);
        }
        Token open = brackets.remove(brackets.size() - 1);
        if (closerOf(open.getType()) != close) {
            int openLine = map.src.line(map.abs(open.getStartIndex()));
            String msg = "closing parenthesis '" + close + "' does not match opening parenthesis '" + open.getText()
                    + "'" + (openLine != line && !map.fstring ? " on line " + openLine : "");
            throw map.src.error("SyntaxError", prefix() + msg, line, off, line, off, false);
        }
    }

    // ---- strings -------------------------------------------------------------------------------------

    private static boolean isPrefixLetter(int c) {
        return c == 'r' || c == 'R' || c == 'b' || c == 'B' || c == 'u' || c == 'U' || c == 'f' || c == 'F';
    }

    private static boolean validPrefix(String p) {
        return switch (p.toLowerCase()) {
            case "", "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    /** At a possible string start: verifies the literal is terminated, raising CPython's errors if not. */
    private void checkString() {
        int i = 1;
        StringBuilder prefix = new StringBuilder();
        while (isPrefixLetter(_input.LA(i)) && i <= 2) {
            prefix.append((char) _input.LA(i));
            i++;
        }
        int q = _input.LA(i);
        if ((q != '\'' && q != '"') || !validPrefix(prefix.toString())) {
            return;
        }
        int start = _input.index();
        boolean triple = _input.LA(i + 1) == q && _input.LA(i + 2) == q;
        i += triple ? 3 : 1;
        while (true) {
            int c = _input.LA(i);
            if (c == CharStream.EOF) {
                eofInString = true;
                break;
            }
            if (c == '\\') {
                if (_input.LA(i + 1) == CharStream.EOF) {
                    eofInString = true;
                    i++;
                    break;
                }
                i += 2;
                continue;
            }
            if (triple) {
                if (c == q && _input.LA(i + 1) == q && _input.LA(i + 2) == q) {
                    return;
                }
            } else {
                if (c == q) {
                    return;
                }
                if (c == '\n' || c == '\r') {
                    break;
                }
            }
            i++;
        }
        int abs = map.abs(start);
        int line = map.src.line(abs);
        int off = map.src.col(abs) + 1;
        String msg;
        if (triple) {
            msg = "unterminated triple-quoted string literal (detected at line " + map.src.logicalLineCount() + ")";
        } else {
            int endAbs = map.abs(start + i - 1);
            msg = "unterminated string literal (detected at line " + map.src.line(endAbs) + ")";
        }
        throw map.src.error("SyntaxError", prefix() + msg, line, off, line, off, false);
    }

    // ---- numbers -------------------------------------------------------------------------------------

    private static boolean isIdentChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') || c >= 128;
    }

    private boolean lookingAt(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (_input.LA(1 + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** CPython's {@code verify_end_of_number} and friends, after a NUMBER token. */
    private void checkNumber(Token t) {
        String s = t.getText();
        int startAbs = map.abs(t.getStartIndex());
        int line = map.src.line(startAbs);
        int startCol = map.src.col(startAbs);
        int next = _input.LA(1);
        int nextCol = map.src.col(map.abs(_input.index()));
        char last = s.charAt(s.length() - 1);
        boolean imag = last == 'j' || last == 'J';
        String kind = "decimal";
        if (s.length() > 1 && s.charAt(0) == '0' && !imag) {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x') {
                kind = "hexadecimal";
            } else if (p == 'o') {
                kind = "octal";
            } else if (p == 'b') {
                kind = "binary";
            }
        }
        if (imag) {
            kind = "imaginary";
        }
        if (s.equals("0") && (next == 'x' || next == 'X' || next == 'o' || next == 'O' || next == 'b' || next == 'B')) {
            String k = next == 'x' || next == 'X' ? "hexadecimal" : next == 'o' || next == 'O' ? "octal" : "binary";
            int d = _input.LA(2);
            if (!k.equals("hexadecimal") && d >= '0' && d <= '9') {
                throw tokError("invalid digit '" + (char) d + "' in " + k + " literal", line, nextCol + 2, nextCol + 2);
            }
            throw tokError("invalid " + k + " literal", line, nextCol + 1, nextCol + 1);
        }
        if (kind.equals("decimal") && s.length() > 1 && s.charAt(0) == '0' && s.chars().allMatch(
                ch -> (ch >= '0' && ch <= '9') || ch == '_')) {
            int nz = 0;
            while (nz < s.length() && (s.charAt(nz) == '0' || s.charAt(nz) == '_')) {
                nz++;
            }
            if (nz < s.length()) {
                throw tokError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line, startCol + 1, startCol + nz + 1);
            }
        }
        if ((kind.equals("octal") && next >= '0' && next <= '9') || (kind.equals("binary") && next >= '0' && next <= '9')) {
            throw tokError("invalid digit '" + (char) next + "' in " + kind + " literal", line, nextCol + 1, nextCol + 1);
        }
        if (next == '_') {
            throw tokError("invalid " + kind + " literal", line, nextCol + 1, nextCol + 1);
        }
        if (isIdentChar(next)) {
            boolean ok = switch (next) {
                case 'a' -> lookingAt("and");
                case 'e' -> lookingAt("else");
                case 'f' -> lookingAt("for");
                case 'i' -> lookingAt("if") || lookingAt("in") || lookingAt("is");
                case 'o' -> lookingAt("or");
                case 'n' -> lookingAt("not");
                default -> false;
            };
            if (!ok) {
                throw tokError("invalid " + kind + " literal", line, nextCol, nextCol);
            }
        }
    }

    private PythonSyntaxError tokError(String msg, int line, int off, int endOff) {
        return map.src.error("SyntaxError", prefix() + msg, line, off, line, endOff, false);
    }

    private void checkErrorChar(Token t) {
        String s = t.getText();
        int cp = s.codePointAt(0);
        if (cp < 128 && cp >= 32) {
            return; // '$', '?', '!', '`': the parser reports "invalid syntax" at it
        }
        int abs = map.abs(t.getStartIndex());
        int line = map.src.line(abs);
        int off = map.src.col(abs) + 1;
        if (org.auditpy.runtime.SourceDecoding.isEscapedByte((char) cp) && !map.fstring) {
            // a byte of a bytes source that is not UTF-8, in a name: CPython's tokenizer decodes the name
            // and reports the codec's error at the start of the name
            String src = map.src.text;
            int from = abs;
            while (from > 0 && nameChar(src.charAt(from - 1))) {
                from--;
            }
            int to = abs;
            while (to < src.length() && nameChar(src.charAt(to))) {
                to++;
            }
            String err = org.auditpy.runtime.SourceDecoding.utf8ErrorOf(src.substring(from, to));
            if (err != null) {
                throw map.src.error("SyntaxError", "(unicode error) " + err, line, off, line, -1, true);
            }
        }
        String msg;
        if (Character.isISOControl(cp) || !isPrintable(cp)) {
            msg = String.format("invalid non-printable character U+%04X", cp);
        } else {
            msg = "invalid character '" + new String(Character.toChars(cp)) + "' (" + String.format("U+%04X", cp) + ")";
        }
        throw map.src.error("SyntaxError", prefix() + msg, line, off, line, off, false);
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c >= 0x80 && !Character.isWhitespace(c);
    }

    private static boolean isPrintable(int cp) {
        int type = Character.getType(cp);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SPACE_SEPARATOR && cp != ' '));
    }

    /** Whether any token of the logical program was produced (used by the parser facade). */
    final boolean sawLogicalToken() {
        return sawLogicalToken;
    }

    /** The last default-channel token produced, or {@code null}. */
    final Token lastDefaultToken() {
        return lastDefault;
    }
}
