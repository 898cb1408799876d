package org.auditpy.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.auditpy.parser.ast.Ast;

/**
 * The entry point of the parser package: Python 3.11 source text to an {@link Ast.Mod}, like CPython's
 * {@code compile(source, filename, mode, ast.PyCF_ONLY_AST)} / {@code ast.parse}.
 *
 * <p>Tokenizer errors are found first (the whole input is tokenized before parsing: CPython gives them
 * precedence over parser errors, see {@code _PyPegen_tokenize_full_source_to_check_for_errors}); the
 * parser then runs with ANTLR's fast SLL prediction and, only if that fails, again with full LL
 * prediction to locate the error exactly, which is then mapped to CPython 3.11's message and location.
 * Errors CPython raises later, in the symbol table or the compiler ({@code 'return' outside function},
 * {@code nonlocal} errors, duplicate arguments...) are raised by {@link ScopeAnalyzer#analyze}, as
 * {@code ast.parse} does not raise them either.
 */
public final class PythonParserFacade {
    private PythonParserFacade() {
    }

    /** The compile modes of CPython's {@code compile()}. */
    public enum Mode {
        /** A module: {@code 'exec'}; gives an {@link Ast.Module}. */
        EXEC,
        /** A single expression: {@code 'eval'}; gives an {@link Ast.Expression}. */
        EVAL,
        /** One interactive statement: {@code 'single'}; gives an {@link Ast.Interactive}. */
        SINGLE
    }

    /**
     * What a parse of an interactive statement read so far may leave for the lines still to come (CPython's
     * {@code PyPARSE_ALLOW_INCOMPLETE_INPUT}, Parser/pegen.c {@code _is_end_of_source}): an error that the end of
     * the input caused is then {@link PythonSyntaxError#INCOMPLETE_INPUT} instead of the error a whole source gets.
     */
    public enum Incomplete {
        /** The source is whole: every error is reported. */
        NONE,
        /**
         * More lines may follow: the parser running out of tokens (an indented block, an except clause, a bracket's
         * contents still to come), a string literal in triple quotes or a line continuation at the end.
         */
        ANY,
        /**
         * The last line read was empty, which ends a statement at the interactive prompt (CPython's tokenizer lets
         * an empty line through as a NEWLINE there): only a bracket not closed or a triple-quoted string goes on.
         */
        OPEN_ONLY
    }

    /**
     * Parses Python source.
     *
     * @param source   the source text (any of {@code \n}, {@code \r\n}, {@code \r} as line breaks)
     * @param filename the file name recorded in errors (e.g. {@code "<string>"})
     * @param mode     the compile mode
     * @return the tree: {@link Ast.Module}, {@link Ast.Expression} or {@link Ast.Interactive} for
     *         {@link Mode#EXEC}, {@link Mode#EVAL}, {@link Mode#SINGLE}
     * @throws PythonSyntaxError for tokenizer and parser errors ({@code SyntaxError},
     *                           {@code IndentationError}, {@code TabError}), worded and located as CPython
     *                           3.11 does; in SINGLE mode also for input without any statement
     *                           ({@code invalid syntax}) or with more than one ({@code multiple statements
     *                           found while compiling a single statement}). A NUL character is reported as
     *                           {@code invalid non-printable character U+0000} (CPython 3.11 raises
     *                           {@code ValueError} before parsing: callers that need that should check first)
     */
    /**
     * Readies the parser on the calling thread: the first parse of a process pays for ANTLR's deserialization of
     * the lexer and parser ATNs (the lexer's identifier classes are large Unicode sets) and for the first runs
     * of the tree builders. The launcher calls this on a background thread while the polyglot context is being
     * built, so the program's own first parse finds it done. Never throws.
     */
    public static void warmUp() {
        try {
            Ast.Mod mod = parse("import sys\ndef f(a, *b, c=1, **d):\n    return [x for x in b if x] or f'{a!r}'\nf(1)\n", "<warm-up>", Mode.EXEC);
            ScopeAnalyzer.analyze(mod, "<warm-up>");
        } catch (RuntimeException | LinkageError e) {
            // only a head start: the real parse reports whatever is wrong
        }
    }

    public static Ast.Mod parse(String source, String filename, Mode mode) {
        return parse(source, filename, mode, false);
    }

    /**
     * Parses {@code source}; {@code fileInput}: it is a script read from a file or stdin, which CPython's file
     * tokenizer reads (an error at the end marker is then at column 0, not at the end of the last line).
     */
    public static Ast.Mod parse(String source, String filename, Mode mode, boolean fileInput) {
        return parse(source, filename, mode, fileInput, Incomplete.NONE);
    }

    /**
     * As {@link #parse(String, String, Mode, boolean)}; {@code incomplete}: what an error at the end of the input
     * means, for the interactive prompt's statement read so far (see {@link Incomplete}).
     *
     * @throws PythonSyntaxError whose {@link PythonSyntaxError#msg} is {@link PythonSyntaxError#INCOMPLETE_INPUT}
     *                           when the input may go on
     */
    public static Ast.Mod parse(String source, String filename, Mode mode, boolean fileInput, Incomplete incomplete) {
        Source src = new Source(source, filename);
        ParseRun run = new ParseRun(src, src.text, 0, false);
        run.fileInput = fileInput;
        run.incomplete = incomplete;
        ParserRuleContext tree = run.parse(mode);
        AstBuilder builder = new AstBuilder(src, run.map, fstringParser(src), run.tokens);
        return switch (mode) {
            case EXEC -> builder.fileInput((PythonParser.File_inputContext) tree);
            case EVAL -> builder.evalInput((PythonParser.Eval_inputContext) tree);
            case SINGLE -> {
                Ast.Interactive i = builder.singleInput((PythonParser.Single_inputContext) tree);
                if (i.body().isEmpty()) {
                    // CPython: an interactive statement must contain a statement (the REPL skips blank input itself)
                    int line = src.text.isEmpty() ? 0 : 1;
                    throw src.error("SyntaxError", "invalid syntax", line, 0, line, 0, !src.text.isEmpty());
                }
                yield i;
            }
        };
    }

    private static FStringParser.ExprParser fstringParser(Source src) {
        return new FStringParser.ExprParser() {
            @Override
            public Ast.Expr parse(String exprText, int absStart) {
                String piece = "(" + exprText + ")";
                ParseRun run = new ParseRun(src, piece, absStart - 1, true);
                try {
                    ParserRuleContext tree = run.parse(null);
                    return new AstBuilder(src, run.map, this, run.tokens).fstringInput((PythonParser.Fstring_inputContext) tree);
                } catch (PythonSyntaxError e) {
                    if (e.msg.startsWith("f-string")) {
                        throw e.withoutReread();
                    }
                    // CPython 3.11 reports errors in a replacement field against the parenthesized copy
                    // of the expression, on the line of the f-string.
                    int line = src.line(absStart);
                    int base = absStart - 1;
                    int off = e.lineno == src.line(base) ? e.offset - src.col(base) : e.offset;
                    int endOff = e.endLineno == src.line(base) && e.endOffset > 0 ? e.endOffset - src.col(base) : e.endOffset;
                    throw new PythonSyntaxError(e.kind, "f-string: " + e.msg, src.filename, line, off, piece + "\n",
                            line, endOff);
                }
            }
        };
    }

    /** One tokenize-and-parse of a piece of source (the whole text, or an f-string field). */
    private static final class ParseRun {
        final Source src;
        final SourceMap map;
        final PythonLexer lexer;
        CommonTokenStream tokens;
        final boolean fstring;
        /** The source is a script read by CPython's file tokenizer (see {@link #parse(String, String, Mode, boolean)}). */
        boolean fileInput;
        /** What an error at the end of the input means (see {@link Incomplete}). */
        Incomplete incomplete = Incomplete.NONE;

        ParseRun(Source src, String piece, int base, boolean fstring) {
            this.src = src;
            this.fstring = fstring;
            this.map = new SourceMap(src, piece, base, fstring);
            this.lexer = new PythonLexer(CharStreams.fromString(piece, src.filename));
            lexer.removeErrorListeners();
            lexer.setSourceMap(map);
            this.tokens = new CommonTokenStream(lexer);
        }

        /**
         * Retypes the soft keywords of PEP 634: a NAME {@code match} that begins a logical line ending with a colon
         * becomes MATCH_KW (no simple statement's line ends with a colon, and the only compound statement that begins
         * with a name is a match statement), and a NAME {@code case} that begins a line directly in a match
         * statement's block (which holds only case blocks, whose body may follow on the same line) becomes CASE_KW. Elsewhere they stay names ({@code match = 1}, {@code match(x)}), so a
         * statement such as {@code a b} fails where CPython's parser fails (at {@code b}), which a grammar predicate
         * on every statement that begins with a name did not give.
         */
        private static void softKeywords(List<Token> toks) {
            // per open block (INDENT), whether it is a match statement's block; the module level is not
            java.util.ArrayDeque<Boolean> blocks = new java.util.ArrayDeque<>();
            boolean lineStart = true;
            boolean matchLine = false;
            boolean blockIsMatch = false;
            for (Token t : toks) {
                if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                    continue;
                }
                int type = t.getType();
                if (type == PythonLexer.INDENT) {
                    blocks.push(blockIsMatch);
                    blockIsMatch = false;
                    continue;
                }
                if (type == PythonLexer.DEDENT) {
                    blocks.poll();
                    continue;
                }
                if (type == PythonLexer.NEWLINE) {
                    // a match statement's header: the block that follows is its cases'
                    blockIsMatch = matchLine;
                    matchLine = false;
                    lineStart = true;
                    continue;
                }
                if (lineStart && type == PythonLexer.NAME) {
                    String text = t.getText();
                    if (text.equals("match") && endsWithColon(toks, t.getTokenIndex() + 1)) {
                        ((CommonToken) t).setType(PythonLexer.MATCH_KW);
                        matchLine = true;
                    } else if (text.equals("case") && Boolean.TRUE.equals(blocks.peek())) {
                        // a match statement's block holds case blocks only, whose body may follow on the same line
                        ((CommonToken) t).setType(PythonLexer.CASE_KW);
                    }
                }
                lineStart = false;
            }
        }

        /** Whether the logical line going on at token index {@code from} ends with a colon (its last token before NEWLINE). */
        private static boolean endsWithColon(List<Token> toks, int from) {
            Token last = null;
            for (int i = from; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                    continue;
                }
                if (t.getType() == PythonLexer.NEWLINE || t.getType() == Token.EOF) {
                    return last != null && last.getType() == PythonLexer.COLON;
                }
                last = t;
            }
            return false;
        }

        private static ParserRuleContext entry(PythonParser p, Mode mode) {
            if (mode == null) {
                return p.fstring_input();
            }
            return switch (mode) {
                case EXEC -> p.file_input();
                case EVAL -> p.eval_input();
                case SINGLE -> p.single_input();
            };
        }

        ParserRuleContext parse(Mode mode) {
            try {
                tokens.fill(); // tokenizer errors first, as CPython's check of the whole source after a parser error
            } catch (PythonSyntaxError e) {
                if (fstring) {
                    throw e;
                }
                boolean endOfInput = incomplete != Incomplete.NONE && (e.msg.startsWith("unterminated") && lexer.eofInString()
                        || incomplete == Incomplete.ANY && e.msg.equals("unexpected EOF while parsing"));
                if (endOfInput) {
                    // the tokens before the string (which an empty line does not end) may go on too
                    incomplete = Incomplete.ANY;
                }
                PythonSyntaxError earlier = parseTokensBefore(mode, e.lineno);
                if (earlier != null && earlier.msg.equals(PythonSyntaxError.INCOMPLETE_INPUT)) {
                    earlier = null;
                }
                if (endOfInput) {
                    // the tokenizer ran out of input inside a token: the parser's error before it, else more may come
                    // (the check of the whole source after a parser error stops there too, with E_EOF and no error)
                    throw earlier != null ? earlier
                            : src.error("SyntaxError", PythonSyntaxError.INCOMPLETE_INPUT, e.lineno, e.offset, e.lineno, e.offset, true);
                }
                // CPython's tokenizer runs as the parser asks for tokens, so a parser error before the tokenizer's
                // comes first when it is "unexpected indent"/"unindent" (pegen_errors.c raises those without the
                // check of the whole source that lets the tokenizer's errors win), and whatever it is when the
                // tokenizer's error is an indentation error (those set no exception, so that check raises nothing)
                int indentationLine = lexer.indentationErrorLine();
                if (earlier != null && (indentationLine != 0 ? earlier.lineno > 0 && earlier.lineno < indentationLine
                        : earlier.msg.equals("unexpected indent") || earlier.msg.equals("unexpected unindent"))) {
                    throw earlier;
                }
                throw e;
            }
            return parseTokens(mode);
        }

        /**
         * Parses the tokens the lexer made before its error (at line {@code line}) and then an end of input, and
         * returns the parser's error there, or null if they parse. The token stream is replaced by them.
         */
        private PythonSyntaxError parseTokensBefore(Mode mode, int line) {
            List<Token> before = new ArrayList<>(tokens.getTokens());
            before.addAll(lexer.pendingTokens());
            CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
            Token last = before.isEmpty() ? null : before.get(before.size() - 1);
            int at = last == null ? 0 : last.getStopIndex() + 1;
            eof.setStartIndex(at);
            eof.setStopIndex(at - 1);
            eof.setLine(line);
            before.add(eof);
            tokens = new CommonTokenStream(new ListTokenSource(before));
            tokens.fill();
            try {
                parseTokens(mode);
                return null;
            } catch (PythonSyntaxError earlier) {
                return earlier;
            } catch (RuntimeException mapperFailed) {
                return null; // the tokenizer's error stands
            }
        }

        private ParserRuleContext parseTokens(Mode mode) {
            softKeywords(tokens.getTokens());
            PythonParser parser = bailingParser(tokens);
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            try {
                return entry(parser, mode);
            } catch (ParseCancellationException sllFailed) {
                tokens.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                try {
                    return entry(parser, mode);
                } catch (ParseCancellationException llFailed) {
                    RecognitionException re = llFailed.getCause() instanceof RecognitionException r ? r : null;
                    if (incomplete != Incomplete.NONE && !fstring && endOfInput(offendingToken(parser, re))
                            && (incomplete == Incomplete.ANY || lexer.unclosedBracket() != null)) {
                        Token t = offendingToken(parser, re);
                        int line = src.line(map.abs(Math.min(t.getStartIndex(), src.text.length())));
                        throw src.error("SyntaxError", PythonSyntaxError.INCOMPLETE_INPUT, line, 0, line, 0, true);
                    }
                    PythonSyntaxError e = matchWithoutColon(parser, re, mode);
                    throw e != null ? e : new ErrorMapper(this, parser, re, mode).map();
                }
            }
        }

        /**
         * Whether the parser failed at the end of the input: at the end marker or at a dedent or newline made up
         * there (a newline read is the end of a line, not of the input), so that the next line could have gone on.
         */
        private boolean endOfInput(Token t) {
            if (t.getType() == Token.EOF) {
                return true;
            }
            // a dedent, or the newline the lexer makes at the end of a last line inside brackets, are made up there
            if (t.getType() != PythonLexer.DEDENT && !(t.getType() == PythonLexer.NEWLINE && t.getText().isEmpty())) {
                return false;
            }
            for (int i = t.getTokenIndex(); i < tokens.size(); i++) {
                Token k = tokens.get(i);
                if (k.getChannel() == Token.DEFAULT_CHANNEL && k.getType() != PythonLexer.DEDENT && k.getType() != PythonLexer.NEWLINE
                        && k.getType() != Token.EOF) {
                    return false;
                }
            }
            return true;
        }

        /**
         * CPython's {@code invalid_match_stmt}: a statement {@code match SUBJECT} that fails to parse for want of its
         * colon ({@code match x} then a case block) is "expected ':'" at the end of its line, not "invalid syntax" at
         * the subject. The failing line's leading {@code match} (a name: only a line ending with a colon retypes it)
         * is parsed again as the keyword; when that parse fails at the same line's end, wanting a colon, that is the
         * error. Null otherwise (the token keeps its type).
         */
        private PythonSyntaxError matchWithoutColon(PythonParser parser, RecognitionException re, Mode mode) {
            Token off = offendingToken(parser, re);
            List<Token> all = tokens.getTokens();
            Token first = null;
            for (int i = Math.min(off.getTokenIndex(), all.size() - 1); i >= 0; i--) {
                Token k = all.get(i);
                if (k.getChannel() != Token.DEFAULT_CHANNEL) {
                    continue;
                }
                int ty = k.getType();
                if (i < off.getTokenIndex() && (ty == PythonLexer.NEWLINE || ty == PythonLexer.INDENT || ty == PythonLexer.DEDENT)) {
                    break;
                }
                first = k;
            }
            if (first == null || first.getType() != PythonLexer.NAME || !first.getText().equals("match") || fstring) {
                return null;
            }
            Token newline = null;
            for (int i = first.getTokenIndex() + 1; i < all.size(); i++) {
                Token k = all.get(i);
                if (k.getChannel() == Token.DEFAULT_CHANNEL && (k.getType() == PythonLexer.NEWLINE || k.getType() == Token.EOF)) {
                    newline = k;
                    break;
                }
            }
            if (newline == null || newline.getType() != PythonLexer.NEWLINE) {
                return null;
            }
            ((CommonToken) first).setType(PythonLexer.MATCH_KW);
            int position = tokens.index();
            tokens.seek(0);
            // a parser of its own: the failed one's state is what the ErrorMapper reads when this finds nothing
            PythonParser again = bailingParser(tokens);
            again.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                entry(again, mode);
            } catch (ParseCancellationException failed) {
                RecognitionException r = failed.getCause() instanceof RecognitionException x ? x : null;
                Token at = offendingToken(again, r);
                if (at.getTokenIndex() == newline.getTokenIndex() && r != null && r.getExpectedTokens() != null
                        && r.getExpectedTokens().contains(PythonLexer.COLON)) {
                    int line = src.line(map.abs(at.getStartIndex()));
                    int col = src.col(map.abs(at.getStartIndex())) + 1;
                    return src.error("SyntaxError", "expected ':'", line, col, line, col, true);
                }
            }
            ((CommonToken) first).setType(PythonLexer.NAME);
            tokens.seek(position);
            return null;
        }
    }

    /** A parser over {@code tokens} that stops at its first error (a ParseCancellationException) and reports nothing. */
    private static PythonParser bailingParser(CommonTokenStream tokens) {
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        return parser;
    }

    /** The token a failed parse stopped at: the exception's, else the parser's current token. */
    private static Token offendingToken(PythonParser parser, RecognitionException re) {
        return re != null && re.getOffendingToken() != null ? re.getOffendingToken() : parser.getCurrentToken();
    }

    /** Maps an ANTLR failure to CPython 3.11's SyntaxError (pegen's invalid_* rules and pegen_errors.c). */
    private static final class ErrorMapper {
        private final ParseRun run;
        private final Source src;
        private final SourceMap map;
        private final PythonParser parser;
        private final RecognitionException re;
        private final Token t;
        private final List<Token> toks;
        private final int ti;
        private final Mode mode;

        ErrorMapper(ParseRun run, PythonParser parser, RecognitionException re, Mode mode) {
            this.run = run;
            this.src = run.src;
            this.map = run.map;
            this.parser = parser;
            this.re = re;
            this.mode = mode;
            Token off = offendingToken(parser, re);
            this.t = off;
            this.toks = new ArrayList<>();
            int idx = -1;
            for (Token k : run.tokens.getTokens()) {
                if (k.getChannel() == Token.DEFAULT_CHANNEL) {
                    if (k.getTokenIndex() == off.getTokenIndex()) {
                        idx = toks.size();
                    }
                    toks.add(k);
                }
            }
            this.ti = idx < 0 ? toks.size() - 1 : idx;
        }

        private int abs(int cp) {
            return map.abs(cp);
        }

        private int line(Token k) {
            return src.line(abs(k.getStartIndex()));
        }

        private int col(Token k) {
            return src.col(abs(k.getStartIndex()));
        }

        private boolean isZeroWidth(Token k) {
            return k.getType() == Token.EOF || k.getStopIndex() < k.getStartIndex()
                    || k.getType() == PythonLexer.NEWLINE;
        }

        /** An error located at token {@code k}. */
        private PythonSyntaxError at(String msg, Token k) {
            int line = line(k);
            int off = col(k) + 1;
            int end = isZeroWidth(k) ? off : src.col(abs(k.getStopIndex() + 1)) + 1;
            int endLine = isZeroWidth(k) ? line : src.line(abs(k.getStopIndex() + 1));
            return src.error("SyntaxError", msg, line, off, endLine, end, true);
        }

        /** Whether the failing rule is a lambda's head (its parameters, before the ':'). */
        private boolean inLambdaHead() {
            for (org.antlr.v4.runtime.RuleContext c = re == null ? null : re.getCtx(); c != null; c = c.getParent()) {
                if (c instanceof PythonParser.LambdefContext) {
                    return true;
                }
                if (c instanceof PythonParser.ExpressionContext && !(c.getParent() instanceof PythonParser.LambdefContext) || c instanceof PythonParser.StmtContext) {
                    return false;
                }
            }
            return false;
        }

        /** Whether {@code t} is the end of the input (the end marker, or a dedent or newline made up there). */
        private boolean atEndOfInput(Token t) {
            return t.getType() == Token.EOF || isZeroWidth(t) && abs(t.getStartIndex()) >= src.text.length();
        }

        /**
         * An error located at the end marker, as pegen's {@code _PyPegen_raise_error} places it (Parser/pegen_errors.c):
         * the tokenizer's current line, the source's last, at its end (offset = its length + 1) for string input,
         * at column 0 for a script read from a file or stdin (the file tokenizer's buffer is empty there); end
         * offset -1.
         */
        private PythonSyntaxError endOfInputError(String kind, String msg) {
            int last = lastLine();
            return src.error(kind, msg, last, run.fileInput ? 0 : lastLineText().length() + 1, last, -1, true);
        }

        /** The number of the source's last line, where CPython's tokenizer is at the end of the input. */
        private int lastLine() {
            return sourceLines().length - 1;
        }

        private String lastLineText() {
            String[] lines = sourceLines();
            return lines[lines.length - 2];
        }

        private String[] sourceLines() {
            String tx = src.text.endsWith("\n") ? src.text : src.text + "\n";
            return tx.split("\r?\n", -1);
        }

        /** An error covering tokens {@code a} to {@code b}. */
        private PythonSyntaxError range(String msg, Token a, Token b) {
            return src.errorAt(msg, abs(a.getStartIndex()), abs(b.getStopIndex() + 1));
        }

        private IntervalSet expected() {
            try {
                if (re != null && re.getExpectedTokens() != null) {
                    return re.getExpectedTokens();
                }
            } catch (RuntimeException ignored) {
                // fall through
            }
            return new IntervalSet();
        }

        private Token prev() {
            return ti > 0 ? toks.get(ti - 1) : null;
        }

        PythonSyntaxError map() {
            int type = t.getType();
            // 0. coroutines: 'await', and 'async' before def, with or for, are keywords the grammar has no rule for yet
            if (type == PythonLexer.AWAIT || type == PythonLexer.ASYNC && ti + 1 < toks.size()
                    && (toks.get(ti + 1).getType() == PythonLexer.DEF || toks.get(ti + 1).getType() == PythonLexer.WITH
                            || toks.get(ti + 1).getType() == PythonLexer.FOR)) {
                return at("'async' and 'await' are not supported by auditpy yet", t);
            }
            // 1. unexpected indent
            if (type == PythonLexer.INDENT) {
                int line = line(t);
                return src.error("IndentationError", "unexpected indent", line, col(t), line, -1, true);
            }
            // 2. expected an indented block
            IntervalSet exp = expected();
            if (exp.contains(PythonLexer.INDENT)) {
                PythonSyntaxError e = indentedBlockError();
                if (e != null) {
                    return e;
                }
            }
            // 3. unclosed bracket at the end of input
            Token open = run.lexer.unclosedBracket();
            if (open != null && !run.fstring) {
                boolean atEnd = type == Token.EOF || (isZeroWidth(t) && abs(t.getStartIndex()) >= src.text.length() - 1
                        && allLayoutUntilEof());
                // pegen compares the open bracket's line with that of the furthest token its second pass read: for
                // an '=' inside a bracket never closed, invalid_named_expression reads the expression after it to the
                // end of input
                Token outermost = run.lexer.outermostUnclosedBracket();
                boolean insideUnclosed = outermost != null && outermost.getTokenIndex() < t.getTokenIndex()
                        && type == PythonLexer.ASSIGN && ti + 1 < toks.size() && startsExpression(toks.get(ti + 1).getType());
                if (atEnd || line(t) > line(open) || insideUnclosed) {
                    int line = line(open);
                    int off = col(open) + 1;
                    boolean lastLine = line >= src.logicalLineCount();
                    return src.error("SyntaxError", "'" + open.getText() + "' was never closed", line, off, line, 0,
                            lastLine);
                }
            }
            Token prev = prev();
            // 3b. CPython parses string atoms (f-strings included) as it meets them: their errors come first
            PythonSyntaxError fe = stringErrorBefore(ti);
            if (fe != null) {
                return fe;
            }
            // 3c. try without except/finally
            if (re != null && re.getCtx() instanceof PythonParser.Try_stmtContext && exp.contains(PythonLexer.EXCEPT)
                    && exp.contains(PythonLexer.FINALLY)) {
                if (atEndOfInput(t)) {
                    return endOfInputError("SyntaxError", "expected 'except' or 'finally' block");
                }
                return at("expected 'except' or 'finally' block", t);
            }
            // 3d. dict entry without a value
            if (prev != null && prev.getType() == PythonLexer.COLON && (type == PythonLexer.CLOSE_BRACE
                    || type == PythonLexer.COMMA) && re != null && (re.getCtx() instanceof PythonParser.ExprBraceContext
                    || re.getCtx() instanceof PythonParser.KvpairContext
                    || re.getCtx().getParent() instanceof PythonParser.ExprBraceContext
                    || re.getCtx().getParent() instanceof PythonParser.KvpairContext)) {
                return at("expression expected after dictionary key and ':'", prev);
            }
            // 3e. [a, b for ...]: a comprehension target needing parentheses
            if (type == PythonLexer.FOR && re != null) {
                ParserRuleContext c = (ParserRuleContext) re.getCtx();
                if (c instanceof PythonParser.ListAtomContext la && la.display() != null) {
                    c = la.display();
                } else if (c instanceof PythonParser.BraceAtomContext ba && ba.brace_display() instanceof PythonParser.ExprBraceContext eb
                        && eb.set_tail() != null) {
                    c = eb.set_tail();
                }
                if (c instanceof PythonParser.DisplayContext d && !d.COMMA().isEmpty()
                        && d.getParent() instanceof PythonParser.ListAtomContext) {
                    List<PythonParser.Star_named_expressionContext> es = d.star_named_expression();
                    return range("did you forget parentheses around the comprehension target?", es.get(0).start,
                            es.get(es.size() - 1).stop);
                }
                if (c instanceof PythonParser.Set_tailContext st && !st.COMMA().isEmpty()
                        && st.getParent() instanceof PythonParser.ExprBraceContext eb) {
                    List<PythonParser.Star_named_expressionContext> es = st.star_named_expression();
                    Token last = es.isEmpty() ? eb.named_expression().stop : es.get(es.size() - 1).stop;
                    return range("did you forget parentheses around the comprehension target?", eb.start, last);
                }
            }
            // 3f. def f(x=): a default without its value
            if (prev != null && prev.getType() == PythonLexer.ASSIGN && re != null
                    && (re.getCtx() instanceof PythonParser.PlainParamContext
                            || re.getCtx() instanceof PythonParser.LambdaPlainParamContext
                            || re.getCtx().getParent() instanceof PythonParser.PlainParamContext
                            || re.getCtx().getParent() instanceof PythonParser.LambdaPlainParamContext)) {
                return at("expected default value expression", prev);
            }
            // 4a. a yield expression starting a statement, then '=' ("yield = 3"): CPython's invalid_assignment
            if (type == PythonLexer.ASSIGN && prev != null) {
                Token y = yieldStartingStatement();
                if (y != null) {
                    return range("assignment to yield expression not possible", y, prev);
                }
            }
            // 4. '=' where an expression was expected
            if (type == PythonLexer.ASSIGN && prev != null) {
                PythonSyntaxError e = assignInExpression(prev);
                if (e != null) {
                    return e;
                }
            }
            // 5. walrus with a non-name target
            if (type == PythonLexer.WALRUS && prev != null) {
                ParserRuleContext a = disjunctionEndingAt(prev);
                if (a != null && !(a.start == a.stop && a.start.getType() == PythonLexer.NAME)) {
                    Ast.Expr e = buildExpr(a);
                    if (e != null) {
                        return src.errorAt("cannot use assignment expressions with " + AstBuilder.exprName(e), e.pos());
                    }
                }
            }
            // 6. expected ':' (CPython's compound statements force their ':'; a lambda's is a plain token)
            if (exp.contains(PythonLexer.COLON) && type == PythonLexer.NEWLINE && !inLambdaHead()) {
                int line = line(t);
                int off = col(t) + 1;
                return src.error("SyntaxError", "expected ':'", line, off, line, off, true);
            }
            // 6b. a dict display entry without ':'
            if (exp.contains(PythonLexer.COLON) && re != null && re.getCtx() instanceof PythonParser.KvpairContext kv) {
                int line = line(kv.start);
                return src.error("SyntaxError", "':' expected after dictionary key", line, col(kv.start) + 1, line, 0, true);
            }
            // 7. expected 'else' after 'if' expression
            if (exp.contains(PythonLexer.ELSE) && type != PythonLexer.ELSE) {
                ParserRuleContext c = re != null ? (ParserRuleContext) re.getCtx() : null;
                if (c instanceof PythonParser.ExpressionContext ec && ec.IF() != null && ec.disjunction().size() == 2) {
                    return range("expected 'else' after 'if' expression", ec.disjunction(0).start,
                            ec.disjunction(1).stop);
                }
            }
            // 8. print "x" / exec "x"
            if (prev != null && prev.getType() == PythonLexer.NAME && startsExpression(type)
                    && (prev.getText().equals("print") || prev.getText().equals("exec"))) {
                ParserRuleContext a = disjunctionEndingAt(prev);
                if (a == null || a.start == prev) {
                    Token end = subParseEnd(ti, true);
                    if (end != null) {
                        return range("Missing parentheses in call to '" + prev.getText() + "'. Did you mean "
                                + prev.getText() + "(...)?", prev, end);
                    }
                }
            }
            // 9. invalid syntax. Perhaps you forgot a comma?
            if (prev != null && startsExpression(type) && endsExpression(prev.getType()) && type != PythonLexer.OPEN_PAREN
                    && type != PythonLexer.OPEN_BRACK) {
                ParserRuleContext a = disjunctionEndingAt(prev);
                if (a != null && !(a.start.getType() == PythonLexer.NAME && nextDefault(a.start) != null
                        && nextDefault(a.start).getType() == PythonLexer.STRING)) {
                    Token end = subParseEnd(ti, false);
                    if (end != null && bracketDepthAfter(end) > 0) {
                        return range("invalid syntax. Perhaps you forgot a comma?", a.start, end);
                    }
                }
            }
            // 10. single mode: more than one statement
            // (after a compound statement, single_input's 'compound_stmt NEWLINE' fails at the next token instead)
            if (mode == Mode.SINGLE && exp.contains(Token.EOF) && type != Token.EOF && prev != null && !startsCompound(toks.get(0).getType())) {
                return at("multiple statements found while compiling a single statement", prev);
            }
            boolean atEof = type == Token.EOF || isZeroWidth(t) && abs(t.getStartIndex()) >= src.text.length();
            if (atEof && mode != Mode.EXEC && !src.text.endsWith("\n")) {
                // eval and single input get no newline appended: the token CPython stops at is the
                // ENDMARKER, whose column is -1 (and its line 0 in an empty source)
                int line = src.text.isEmpty() ? 0 : line(t);
                // and the line's text is the source's, without a newline
                return src.error("SyntaxError", "invalid syntax", line, 0, line, 0, false);
            }
            if (type == PythonLexer.ASYNC && ti + 1 < toks.size() && (prev == null || prev.getType() == PythonLexer.NEWLINE
                    || prev.getType() == PythonLexer.INDENT || prev.getType() == PythonLexer.DEDENT)) {
                // at a statement's start pegen takes 'async' (of a compound statement) and fails at the token after
                // it, where no def, with or for comes
                int next = toks.get(ti + 1).getType();
                if (next != PythonLexer.DEF && next != PythonLexer.WITH && next != PythonLexer.FOR) {
                    return at("invalid syntax", toks.get(ti + 1));
                }
            }
            if (atEof && type == Token.EOF) {
                // the ENDMARKER itself (nothing expected ends the input here, e.g. a decorator with no def after
                // it): its column is -1, its line the source's last
                int last = lastLine();
                return src.error("SyntaxError", "invalid syntax", last, 0, last, 0, true);
            }
            return at("invalid syntax", t);
        }

        /** The error of the first string group before default-token index {@code end} that fails to build, or null. */
        private PythonSyntaxError stringErrorBefore(int end) {
            AstBuilder b = null;
            for (int k = 0; k < end; k++) {
                if (toks.get(k).getType() != PythonLexer.STRING) {
                    continue;
                }
                List<Token> group = new ArrayList<>();
                boolean f = false;
                while (k < toks.size() && toks.get(k).getType() == PythonLexer.STRING) {
                    Token s = toks.get(k++);
                    group.add(s);
                    String text = s.getText();
                    int q = 0;
                    while (q < text.length() && text.charAt(q) != '\'' && text.charAt(q) != '"') {
                        q++;
                    }
                    f |= text.substring(0, q).toLowerCase().contains("f");
                }
                if (!f) {
                    continue;
                }
                if (b == null) {
                    b = new AstBuilder(src, map, fstringParser(src), run.tokens);
                }
                try {
                    b.stringGroup(group);
                } catch (PythonSyntaxError e) {
                    return e;
                } catch (RuntimeException e) {
                    return null;
                }
            }
            return null;
        }

        /** Whether a statement that begins with a token of this type is a compound statement. */
        private static boolean startsCompound(int type) {
            return type == PythonLexer.IF || type == PythonLexer.WHILE || type == PythonLexer.FOR || type == PythonLexer.TRY
                    || type == PythonLexer.WITH || type == PythonLexer.DEF || type == PythonLexer.CLASS || type == PythonLexer.AT
                    || type == PythonLexer.MATCH_KW || type == PythonLexer.ASYNC;
        }

        private boolean allLayoutUntilEof() {
            for (int k = ti; k < toks.size(); k++) {
                int ty = toks.get(k).getType();
                if (ty != PythonLexer.NEWLINE && ty != PythonLexer.DEDENT && ty != Token.EOF) {
                    return false;
                }
            }
            return true;
        }

        /** The {@code yield} that starts the statement the offending token ends (no '=' nor bracket between), or null. */
        private Token yieldStartingStatement() {
            for (int k = ti - 1; k >= 0; k--) {
                int tt = toks.get(k).getType();
                if (tt == PythonLexer.YIELD) {
                    int before = k > 0 ? toks.get(k - 1).getType() : PythonLexer.NEWLINE;
                    boolean starts = before == PythonLexer.NEWLINE || before == PythonLexer.INDENT || before == PythonLexer.DEDENT
                            || before == PythonLexer.SEMI_COLON || before == PythonLexer.COLON;
                    return starts ? toks.get(k) : null;
                }
                if (tt == PythonLexer.NEWLINE || tt == PythonLexer.INDENT || tt == PythonLexer.DEDENT || tt == PythonLexer.SEMI_COLON
                        || tt == PythonLexer.ASSIGN || tt == PythonLexer.COLON || tt == PythonLexer.OPEN_PAREN
                        || tt == PythonLexer.OPEN_BRACK || tt == PythonLexer.OPEN_BRACE) {
                    return null;
                }
            }
            return null;
        }

        private Token nextDefault(Token k) {
            for (int j = 0; j < toks.size(); j++) {
                if (toks.get(j).getTokenIndex() == k.getTokenIndex()) {
                    return j + 1 < toks.size() ? toks.get(j + 1) : null;
                }
            }
            return null;
        }

        private int bracketDepthAfter(Token end) {
            int d = 0;
            for (Token k : toks) {
                switch (k.getType()) {
                    case PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK, PythonLexer.OPEN_BRACE -> d++;
                    case PythonLexer.CLOSE_PAREN, PythonLexer.CLOSE_BRACK, PythonLexer.CLOSE_BRACE -> d--;
                    default -> {
                    }
                }
                if (k.getTokenIndex() == end.getTokenIndex()) {
                    return d;
                }
            }
            return d;
        }

        private static boolean startsExpression(int type) {
            return switch (type) {
                case PythonLexer.NAME, PythonLexer.NUMBER, PythonLexer.STRING, PythonLexer.OPEN_BRACE, PythonLexer.TRUE,
                        PythonLexer.FALSE, PythonLexer.NONE, PythonLexer.ELLIPSIS, PythonLexer.LAMBDA, PythonLexer.NOT_OP,
                        PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK -> true;
                default -> false;
            };
        }

        private static boolean endsExpression(int type) {
            return switch (type) {
                case PythonLexer.NAME, PythonLexer.NUMBER, PythonLexer.STRING, PythonLexer.CLOSE_BRACE,
                        PythonLexer.CLOSE_BRACK, PythonLexer.CLOSE_PAREN, PythonLexer.TRUE, PythonLexer.FALSE,
                        PythonLexer.NONE, PythonLexer.ELLIPSIS -> true;
                default -> false;
            };
        }

        /** Parses an expression (or star_expressions) starting at default-token index {@code from}; returns its last token. */
        private Token subParseEnd(int from, boolean starExpressions) {
            return subParse(from, starExpressions ? 1 : 0);
        }

        /** Parses a bitwise_or starting at default-token index {@code from}; returns its last token or null. */
        private Token subParseBitwiseOr(int from) {
            return subParse(from, 2);
        }

        /**
         * Runs one rule of a fresh parser over copies of the tokens from default-token index {@code from}
         * (copies: a token stream renumbers its tokens) and returns the original token its match ends at.
         */
        private Token subParse(int from, int rule) {
            try {
                List<Token> sub = new ArrayList<>(toks.size() - from);
                for (int k = from; k < toks.size(); k++) {
                    org.antlr.v4.runtime.CommonToken c = new org.antlr.v4.runtime.CommonToken(toks.get(k));
                    c.setTokenIndex(k);
                    sub.add(c);
                }
                PythonParser p = bailingParser(new CommonTokenStream(new ListTokenSource(sub)));
                ParserRuleContext c = switch (rule) {
                    case 0 -> p.expression();
                    case 1 -> p.star_expressions();
                    default -> p.bitwise_or();
                };
                int k = sub.indexOf(c.stop);
                return k < 0 ? null : toks.get(from + k);
            } catch (RuntimeException e) {
                return null;
            }
        }

        /**
         * The outermost disjunction (or, for a comprehension target, bitwise_or) in the partial parse tree
         * that ends at token {@code end} and was completed before the error (the contexts on the failing
         * path also end there once unwound, and are skipped).
         */
        private ParserRuleContext disjunctionEndingAt(Token end) {
            ParserRuleContext c = re != null && re.getCtx() instanceof ParserRuleContext r ? r : parser.getContext();
            java.util.Set<ParserRuleContext> path = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (ParserRuleContext p = c; p != null; p = p.getParent()) {
                path.add(p);
            }
            while (c != null) {
                if (c.children != null) {
                    for (int k = c.children.size() - 1; k >= 0; k--) {
                        ParseTree ch = c.children.get(k);
                        if (ch instanceof ParserRuleContext pc && !path.contains(pc) && pc.stop != null
                                && pc.stop.getTokenIndex() == end.getTokenIndex()) {
                            ParserRuleContext d = findDisjunction(pc, end);
                            if (d != null) {
                                return d;
                            }
                        }
                    }
                }
                c = c.getParent();
            }
            return null;
        }

        private static ParserRuleContext findDisjunction(ParserRuleContext root, Token end) {
            ArrayList<ParserRuleContext> queue = new ArrayList<>();
            queue.add(root);
            for (int q = 0; q < queue.size(); q++) {
                ParserRuleContext c = queue.get(q);
                if (c instanceof PythonParser.DisjunctionContext || c instanceof PythonParser.Star_targetContext) {
                    return c;
                }
                if (c.children != null) {
                    for (ParseTree ch : c.children) {
                        if (ch instanceof ParserRuleContext pc && pc.stop != null
                                && pc.stop.getTokenIndex() == end.getTokenIndex()) {
                            queue.add(pc);
                        }
                    }
                }
            }
            return null;
        }

        private Ast.Expr buildExpr(ParserRuleContext d) {
            try {
                AstBuilder b = new AstBuilder(src, map, (text, absStart) -> new Ast.Constant(Ast.NONE, Ast.Pos.NONE), run.tokens);
                if (d instanceof PythonParser.DisjunctionContext dc) {
                    PythonParser.ExpressionContext fake = null;
                    // build through a tiny wrapper: a disjunction is built by its expression parent when available
                    if (dc.getParent() instanceof PythonParser.ExpressionContext ec && ec.disjunction().size() == 1
                            && ec.IF() == null) {
                        fake = ec;
                    }
                    if (fake != null) {
                        return b.expression(fake);
                    }
                }
            } catch (RuntimeException e) {
                return null;
            }
            return null;
        }

        private PythonSyntaxError assignInExpression(Token prev) {
            ParserRuleContext a = disjunctionEndingAt(prev);
            if (a == null || !(a.getParent() instanceof PythonParser.ExpressionContext ec
                    && ec.getParent() instanceof PythonParser.Named_expressionContext)) {
                return null; // CPython's invalid_named_expression only applies where a named expression is parsed
            }
            int st = a.start.getType();
            Token bEnd = subParseBitwiseOr(ti + 1);
            if (bEnd == null) {
                return null;
            }
            Token after = nextDefault(bEnd);
            if (after != null && (after.getType() == PythonLexer.ASSIGN || after.getType() == PythonLexer.WALRUS)) {
                return null;
            }
            if (a.start == a.stop && st == PythonLexer.NAME) {
                return range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a.start, bEnd);
            }
            if (st == PythonLexer.OPEN_BRACK || st == PythonLexer.OPEN_PAREN || st == PythonLexer.TRUE
                    || st == PythonLexer.FALSE || st == PythonLexer.NONE) {
                return null;
            }
            Ast.Expr e = buildExpr(a);
            if (e == null) {
                return null;
            }
            return src.errorAt("cannot assign to " + AstBuilder.exprName(e) + " here. Maybe you meant '==' instead of '='?",
                    e.pos());
        }

        private PythonSyntaxError indentedBlockError() {
            ParserRuleContext c = re != null && re.getCtx() instanceof ParserRuleContext r ? r : parser.getContext();
            // a match statement's INDENT is its own (its block holds case blocks), not a block's
            while (c != null && !(c instanceof PythonParser.BlockContext) && !(c instanceof PythonParser.Match_stmtContext)) {
                c = c.getParent();
            }
            if (c == null) {
                return null;
            }
            ParserRuleContext owner = c instanceof PythonParser.Match_stmtContext ? c : c.getParent();
            String what;
            Token kw = owner.start;
            switch (owner) {
                case PythonParser.If_stmtContext i -> {
                    what = "'if' statement";
                    kw = i.IF().getSymbol();
                }
                case PythonParser.Elif_clauseContext i -> what = "'elif' statement";
                case PythonParser.Else_blockContext i -> what = "'else' statement";
                case PythonParser.While_stmtContext i -> what = "'while' statement";
                case PythonParser.For_stmtContext i -> what = "'for' statement";
                case PythonParser.With_stmtContext i -> what = "'with' statement";
                case PythonParser.Try_stmtContext i -> what = "'try' statement";
                case PythonParser.Except_blockContext i -> what = i.STAR() != null ? "'except*' statement" : "'except' statement";
                case PythonParser.Finally_blockContext i -> what = "'finally' statement";
                case PythonParser.Case_blockContext i -> what = "'case' statement";
                case PythonParser.Match_stmtContext i -> what = "'match' statement";
                case PythonParser.Function_defContext i -> {
                    what = "function definition";
                    kw = i.DEF().getSymbol();
                }
                case PythonParser.Class_defContext i -> {
                    what = "class definition";
                    kw = i.CLASS().getSymbol();
                }
                default -> {
                    return null;
                }
            }
            String msg = "expected an indented block after " + what + " on line " + line(kw);
            if (atEndOfInput(t)) {
                // the block never comes
                return endOfInputError("IndentationError", msg);
            }
            int line = line(t);
            if (t.getType() == PythonLexer.DEDENT) {
                // CPython's DEDENT token: offset one less than the line's first token's (no caret), end offset -1
                return src.error("IndentationError", msg, line, col(t), line, -1, true);
            }
            int off = col(t) + 1;
            int end = isZeroWidth(t) ? off : src.col(abs(t.getStopIndex() + 1)) + 1;
            return src.error("IndentationError", msg, line, off, line, end, true);
        }
    }
}
