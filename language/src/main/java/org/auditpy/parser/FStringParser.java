package org.auditpy.parser;

import java.util.ArrayList;
import java.util.List;

import org.auditpy.parser.ast.Ast;

/**
 * Parses the body of an f-string literal into {@link Ast.Constant} and {@link Ast.FormattedValue} parts,
 * following CPython 3.11's Parser/string_parser.c ({@code fstring_find_literal},
 * {@code fstring_find_expr}): doubled braces, {@code !s/!r/!a} conversions, format specs with nested
 * fields (two levels at most), the self-documenting {@code =} specifier, and the 3.11 restrictions (no
 * backslash or {@code #} in an expression part). Each expression is parsed by the real parser as
 * {@code (expr)} at its true position in the source, so its nodes carry real positions; the literal
 * parts and the {@code FormattedValue}s carry the position of the whole string group, as in CPython 3.11.
 */
final class FStringParser {
    /** Parses an f-string field expression whose text starts at absolute char index {@code absStart}. */
    interface ExprParser {
        Ast.Expr parse(String exprText, int absStart);
    }

    private final Source src;
    private final ExprParser exprParser;
    private final Ast.Pos groupPos;
    /** Position of the STRING token itself: CPython 3.11 gives it to format-spec JoinedStrs. */
    private final Ast.Pos tokenPos;
    /** Where CPython reports f-string errors: the token after the string group. */
    private final int errLine;
    private final int errOffset;
    private final int errEndOffset;
    private final String body;
    private final int bodyAbs;
    private final boolean raw;
    private int i;

    FStringParser(Source src, ExprParser exprParser, Ast.Pos groupPos, Ast.Pos tokenPos, String body, int bodyAbs,
            int errLine, int errOffset, int errEndOffset, boolean raw) {
        this.tokenPos = tokenPos;
        this.errLine = errLine;
        this.errOffset = errOffset;
        this.errEndOffset = errEndOffset;
        this.src = src;
        this.exprParser = exprParser;
        this.groupPos = groupPos;
        this.body = body;
        this.bodyAbs = bodyAbs;
        this.raw = raw;
    }

    private PythonSyntaxError error(String msg) {
        return src.error("SyntaxError", msg, errLine, errOffset, errLine, errEndOffset, true);
    }

    /**
     * Appends the parts of this f-string to {@code out}: literal text goes into {@code literal} (so the
     * caller can merge it with adjacent literals), fields flush the pending literal first.
     */
    void parseInto(List<Ast.Expr> out, StringBuilder literal) {
        i = 0;
        parse(0, out, literal);
        if (i < body.length()) {
            throw error("f-string: single '}' is not allowed");
        }
    }

    private void parse(int level, List<Ast.Expr> out, StringBuilder literal) {
        while (i < body.length()) {
            int litStart = i;
            boolean more = false;
            // ---- literal part (fstring_find_literal)
            while (i < body.length()) {
                char ch = body.charAt(i++);
                if (!raw && ch == '\\' && i < body.length()) {
                    ch = body.charAt(i++);
                    if (ch == 'N') {
                        if (i < body.length() && body.charAt(i++) == '{') {
                            while (i < body.length() && body.charAt(i++) != '}') {
                                // skip the character name
                            }
                            continue;
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (level == 0) {
                        if (i < body.length() && body.charAt(i) == ch) {
                            appendLiteral(literal, body.substring(litStart, i));
                            i++;
                            more = true;
                            break;
                        }
                        if (ch == '}') {
                            throw error("f-string: single '}' is not allowed");
                        }
                    }
                    i--;
                    break;
                }
            }
            if (more) {
                continue;
            }
            if (i > litStart) {
                appendLiteral(literal, body.substring(litStart, i));
            }
            if (i >= body.length()) {
                return;
            }
            char c = body.charAt(i);
            if (c == '}') {
                // end of a nested format spec
                if (level == 0) {
                    throw error("f-string: single '}' is not allowed");
                }
                return;
            }
            // c == '{': a replacement field
            i++;
            parseField(level, out, literal);
        }
    }

    private void appendLiteral(StringBuilder literal, String rawText) {
        try {
            literal.append(StringLiterals.decodeStr(rawText, raw));
        } catch (StringLiterals.DecodeError e) {
            throw error(e.getMessage());
        }
    }

    private static void flush(List<Ast.Expr> out, StringBuilder literal, Ast.Pos pos) {
        if (literal.length() > 0) {
            out.add(new Ast.Constant(literal.toString(), pos));
            literal.setLength(0);
        }
    }

    private void parseField(int level, List<Ast.Expr> out, StringBuilder literal) {
        if (level >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int exprStart = i;
        char quote = 0;
        int stringType = 0;
        char[] parens = new char[200];
        int nested = 0;
        while (i < body.length()) {
            char ch = body.charAt(i);
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (stringType == 3) {
                        if (i + 2 < body.length() && body.charAt(i + 1) == ch && body.charAt(i + 2) == ch) {
                            i += 3;
                            stringType = 0;
                            quote = 0;
                            continue;
                        }
                    } else {
                        i++;
                        quote = 0;
                        stringType = 0;
                        continue;
                    }
                }
                i++;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (i + 2 < body.length() && body.charAt(i + 1) == ch && body.charAt(i + 2) == ch) {
                    stringType = 3;
                    i += 2;
                } else {
                    stringType = 1;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nested >= parens.length) {
                    throw error("f-string: too many nested parenthesis");
                }
                parens[nested++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (nested == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (i + 1 < body.length()) {
                    char next = body.charAt(i + 1);
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=')
                            || (ch == '>' && next == '=')) {
                        i += 2;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    i++;
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nested == 0) {
                    throw error("f-string: unmatched '" + ch + "'");
                }
                char opening = parens[--nested];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                            + opening + "'");
                }
            }
            i++;
        }
        int exprEnd = i;
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (nested > 0) {
            throw error("f-string: unmatched '" + parens[nested - 1] + "'");
        }
        if (i >= body.length()) {
            throw error("f-string: expecting '}'");
        }
        String exprText = body.substring(exprStart, exprEnd);
        if (exprText.isBlank()) {
            throw error("f-string: empty expression not allowed");
        }
        Ast.Expr value = exprParser.parse(exprText, bodyAbs + exprStart);
        String exprTextForDebug = null;
        if (body.charAt(i) == '=') {
            i++;
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i >= body.length()) {
                throw error("f-string: expecting '}'");
            }
            exprTextForDebug = body.substring(exprStart, i);
        }
        int conversion = -1;
        if (body.charAt(i) == '!') {
            i++;
            if (i >= body.length()) {
                throw error("f-string: expecting '}'");
            }
            conversion = body.charAt(i++);
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Ast.Expr formatSpec = null;
        if (i < body.length() && body.charAt(i) == ':') {
            i++;
            if (i >= body.length()) {
                throw error("f-string: expecting '}'");
            }
            List<Ast.Expr> specParts = new ArrayList<>();
            StringBuilder specLit = new StringBuilder();
            parse(level + 1, specParts, specLit);
            flush(specParts, specLit, tokenPos);
            formatSpec = new Ast.JoinedStr(specParts, tokenPos);
        }
        if (i >= body.length() || body.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        if (exprTextForDebug != null) {
            literal.append(exprTextForDebug);
            if (formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        flush(out, literal, groupPos);
        out.add(new Ast.FormattedValue(value, conversion, formatSpec, groupPos));
    }
}
