package org.auditpy.parser;

import static org.auditpy.parser.PythonParser.*;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.auditpy.parser.ast.Ast;
import org.auditpy.parser.ast.Ast.Expr;
import org.auditpy.parser.ast.Ast.Pos;
import org.auditpy.parser.ast.Ast.Stmt;

/**
 * Builds the {@link Ast} from an ANTLR parse tree, and raises the SyntaxErrors CPython's parser raises
 * through its {@code invalid_*} rules for constructs this grammar accepts on purpose (assignment targets,
 * argument and parameter order, annotated targets, {@code except A, B}, starred comprehensions...).
 */
final class AstBuilder {
    private final Source src;
    private final SourceMap map;
    private final FStringParser.ExprParser fstringExprParser;
    private final org.antlr.v4.runtime.TokenStream tokens;

    AstBuilder(Source src, SourceMap map, FStringParser.ExprParser fstringExprParser,
            org.antlr.v4.runtime.TokenStream tokens) {
        this.src = src;
        this.map = map;
        this.fstringExprParser = fstringExprParser;
        this.tokens = tokens;
    }

    /**
     * The last token of a compound statement that is not layout (NEWLINE, INDENT, DEDENT): where CPython's
     * EXTRA position of the statement ends (a trailing ';' of the last simple statement included).
     */
    private Token lastReal(ParserRuleContext ctx) {
        for (int k = ctx.stop.getTokenIndex(); k >= ctx.start.getTokenIndex(); k--) {
            Token t = tokens.get(k);
            int ty = t.getType();
            if (t.getChannel() == Token.DEFAULT_CHANNEL && ty != NEWLINE && ty != INDENT && ty != DEDENT && ty != Token.EOF) {
                return t;
            }
        }
        return ctx.stop;
    }

    /** The first default-channel token after {@code t}, or {@code t} itself if there is none. */
    private Token nextToken(Token t) {
        if (tokens == null) {
            return t;
        }
        for (int k = t.getTokenIndex() + 1; k < tokens.size(); k++) {
            Token n = tokens.get(k);
            if (n.getChannel() == Token.DEFAULT_CHANNEL) {
                return n;
            }
        }
        return t;
    }

    // ---- positions -----------------------------------------------------------------------------------

    private int startAbs(Token t) {
        return map.abs(t.getStartIndex());
    }

    private int endAbs(Token t) {
        return map.abs(t.getStopIndex() + 1);
    }

    private Pos pos(ParserRuleContext c) {
        return src.pos(startAbs(c.start), endAbs(c.stop));
    }

    private Pos pos(Token a, Token b) {
        return src.pos(startAbs(a), endAbs(b));
    }

    private Pos pos(Token t) {
        return pos(t, t);
    }

    private Pos pos(TerminalNode t) {
        return pos(t.getSymbol());
    }

    private static Pos span(Pos a, Pos b) {
        return Pos.span(a, b);
    }

    private PythonSyntaxError error(String msg, Pos p) {
        return src.errorAt(msg, p);
    }

    private PythonSyntaxError error(String msg, Token t) {
        return error(msg, pos(t));
    }

    static String identifier(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 128) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    private String name(TerminalNode n) {
        return identifier(n.getText());
    }

    // ---- modules -------------------------------------------------------------------------------------

    Ast.Module fileInput(File_inputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) {
            stmt(s, body);
        }
        return new Ast.Module(body);
    }

    Ast.Expression evalInput(Eval_inputContext ctx) {
        return new Ast.Expression(starExpressions(ctx.star_expressions()));
    }

    Ast.Interactive singleInput(Single_inputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            simpleStmts(ctx.simple_stmts(), body);
        } else if (ctx.compound_stmt() != null) {
            body.add(compound(ctx.compound_stmt()));
        }
        return new Ast.Interactive(body);
    }

    Expr fstringInput(Fstring_inputContext ctx) {
        if (ctx.yield_expr() != null) {
            return yieldExpr(ctx.yield_expr());
        }
        Expr e = starExpressions(ctx.star_expressions());
        if (e instanceof Ast.Tuple t && (!ctx.star_expressions().COMMA().isEmpty())) {
            // CPython 3.11 parses "(expr)": an unparenthesized tuple spans the added parentheses, i.e. the braces
            return new Ast.Tuple(t.elts(), t.ctx(), pos(ctx.OPEN_PAREN().getSymbol(), ctx.CLOSE_PAREN().getSymbol()));
        }
        return e;
    }

    // ---- statements ----------------------------------------------------------------------------------

    private void stmt(StmtContext ctx, List<Stmt> out) {
        if (ctx.compound_stmt() != null) {
            out.add(compound(ctx.compound_stmt()));
        } else {
            simpleStmts(ctx.simple_stmts(), out);
        }
    }

    private void simpleStmts(Simple_stmtsContext ctx, List<Stmt> out) {
        for (Simple_stmtContext s : ctx.simple_stmt()) {
            out.add(simple(s));
        }
    }

    private List<Stmt> block(BlockContext ctx) {
        List<Stmt> body = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            simpleStmts(ctx.simple_stmts(), body);
        } else {
            for (StmtContext s : ctx.stmt()) {
                stmt(s, body);
            }
        }
        return body;
    }

    private static Pos last(List<Stmt> body) {
        return body.get(body.size() - 1).pos();
    }

    private Stmt simple(Simple_stmtContext ctx) {
        ParseTree c = ctx.getChild(0);
        Pos p = pos(ctx);
        if (c instanceof Expr_stmtContext e) {
            return exprStmt(e);
        } else if (c instanceof Return_stmtContext r) {
            return new Ast.Return(r.star_expressions() == null ? null : starExpressions(r.star_expressions()), p);
        } else if (c instanceof Import_stmtContext i) {
            return importStmt(i);
        } else if (c instanceof Raise_stmtContext r) {
            List<ExpressionContext> es = r.expression();
            return new Ast.Raise(es.isEmpty() ? null : expression(es.get(0)), es.size() > 1 ? expression(es.get(1)) : null, p);
        } else if (c instanceof Pass_stmtContext) {
            return new Ast.Pass(p);
        } else if (c instanceof Break_stmtContext) {
            return new Ast.Break(p);
        } else if (c instanceof Continue_stmtContext) {
            return new Ast.Continue(p);
        } else if (c instanceof Del_stmtContext d) {
            List<Expr> targets = new ArrayList<>();
            Star_expressionsContext se = d.star_expressions();
            if (se.COMMA().isEmpty()) {
                targets.add(target(starExpression(se.star_expression(0)), Ast.Ctx.Del));
            } else {
                for (Star_expressionContext s : se.star_expression()) {
                    targets.add(target(starExpression(s), Ast.Ctx.Del));
                }
            }
            return new Ast.Delete(targets, p);
        } else if (c instanceof Assert_stmtContext a) {
            List<ExpressionContext> es = a.expression();
            return new Ast.Assert(expression(es.get(0)), es.size() > 1 ? expression(es.get(1)) : null, p);
        } else if (c instanceof Global_stmtContext g) {
            List<String> names = new ArrayList<>();
            for (TerminalNode n : g.NAME()) {
                names.add(name(n));
            }
            return new Ast.Global(names, p);
        } else if (c instanceof Yield_stmtContext y) {
            return new Ast.ExprStmt(yieldExpr(y.yield_expr()), p);
        } else if (c instanceof Nonlocal_stmtContext g) {
            List<String> names = new ArrayList<>();
            for (TerminalNode n : g.NAME()) {
                names.add(name(n));
            }
            return new Ast.Nonlocal(names, p);
        }
        throw new IllegalStateException("unknown simple statement " + c.getClass());
    }

    private Expr annotatedRhs(Annotated_rhsContext ctx) {
        return ctx.yield_expr() != null ? yieldExpr(ctx.yield_expr()) : starExpressions(ctx.star_expressions());
    }

    /** Whether a star_expressions tree is a bare bitwise_or expression (no comparison, not, and/or, if, lambda). */
    private static boolean isBitwiseOrLevel(Star_expressionsContext se) {
        if (!se.COMMA().isEmpty() || se.star_expression().size() != 1) {
            return false;
        }
        Star_expressionContext s = se.star_expression(0);
        return s.expression() != null && isBitwiseOrLevel(s.expression());
    }

    private static boolean isBitwiseOrLevel(ExpressionContext e) {
        if (e.lambdef() != null || e.IF() != null) {
            return false;
        }
        DisjunctionContext d = e.disjunction(0);
        if (d.conjunction().size() != 1) {
            return false;
        }
        ConjunctionContext c = d.conjunction(0);
        if (c.inversion().size() != 1) {
            return false;
        }
        InversionContext i = c.inversion(0);
        return i.comparison() != null && i.comparison().comp_op().isEmpty();
    }

    private static boolean startsBitwiseOr(Annotated_rhsContext rhs) {
        int t = rhs.start.getType();
        return t != NOT && t != LAMBDA && t != STAR && t != YIELD;
    }

    private Stmt exprStmt(Expr_stmtContext ctx) {
        Pos p = pos(ctx);
        Star_expressionsContext first = ctx.star_expressions();
        Expr target = starExpressions(first);
        if (ctx.COLON() != null) {
            // annotated assignment
            int startType = first.start.getType();
            if (!first.COMMA().isEmpty()) {
                throw error("only single target (not tuple) can be annotated", starExpression(first.star_expression(0)).pos());
            }
            if (target instanceof Ast.Tuple) {
                throw error("only single target (not tuple) can be annotated", target.pos());
            }
            if (target instanceof Ast.List) {
                throw error("only single target (not list) can be annotated", target.pos());
            }
            if (!(target instanceof Ast.Name || target instanceof Ast.Attribute || target instanceof Ast.Subscript)) {
                throw error("illegal target for annotation", target.pos());
            }
            boolean simple = target instanceof Ast.Name && startType != OPEN_PAREN;
            Expr value = ctx.annotated_rhs().isEmpty() ? null : annotatedRhs(ctx.annotated_rhs(0));
            return new Ast.AnnAssign(target(target, Ast.Ctx.Store), expression(ctx.expression()), value, simple, p);
        }
        if (ctx.augassign() != null) {
            if (!(target instanceof Ast.Name || target instanceof Ast.Attribute || target instanceof Ast.Subscript)) {
                throw error("'" + exprName(target) + "' is an illegal expression for augmented assignment", target.pos());
            }
            return new Ast.AugAssign(target(target, Ast.Ctx.Store), augOp(ctx.augassign().start.getType()),
                    annotatedRhs(ctx.annotated_rhs(0)), p);
        }
        List<Annotated_rhsContext> rhs = ctx.annotated_rhs();
        if (rhs.isEmpty()) {
            return new Ast.ExprStmt(target, p);
        }
        List<Expr> targets = new ArrayList<>();
        targets.add(target);
        for (int k = 0; k < rhs.size() - 1; k++) {
            targets.add(annotatedRhs(rhs.get(k)));
        }
        Expr value = annotatedRhs(rhs.get(rhs.size() - 1));
        // CPython's invalid_named_expression: "cannot assign to X here. Maybe you meant '==' instead of '='?"
        int st = first.start.getType();
        Expr t0 = targets.get(0);
        if (invalidTarget(t0, Ast.Ctx.Store) != null && isBitwiseOrLevel(first) && !(t0 instanceof Ast.Yield)
                && st != OPEN_BRACK && !(st == OPEN_PAREN && (t0 instanceof Ast.Tuple || t0 instanceof Ast.GeneratorExp))
                && st != TRUE && st != FALSE && st != NONE && startsBitwiseOr(rhs.get(0))
                && !(rhs.size() > 1 && rhs.get(0).star_expressions() != null && isBitwiseOrLevel(rhs.get(0).star_expressions()))) {
            throw error("cannot assign to " + exprName(t0) + " here. Maybe you meant '==' instead of '='?", t0.pos());
        }
        if (st == OPEN_BRACK && t0 instanceof Ast.ListComp && startsBitwiseOr(rhs.get(0))) {
            throw error("cannot assign to " + exprName(t0) + " here. Maybe you meant '==' instead of '='?", t0.pos());
        }
        List<Expr> stored = new ArrayList<>(targets.size());
        for (Expr t : targets) {
            if (t instanceof Ast.Yield || t instanceof Ast.YieldFrom) {
                throw error("assignment to yield expression not possible", t.pos());
            }
            stored.add(target(t, Ast.Ctx.Store));
        }
        return new Ast.Assign(stored, value, p);
    }

    private static Ast.Operator augOp(int type) {
        return switch (type) {
            case ADD_ASSIGN -> Ast.Operator.Add;
            case SUB_ASSIGN -> Ast.Operator.Sub;
            case MULT_ASSIGN -> Ast.Operator.Mult;
            case AT_ASSIGN -> Ast.Operator.MatMult;
            case DIV_ASSIGN -> Ast.Operator.Div;
            case MOD_ASSIGN -> Ast.Operator.Mod;
            case AND_ASSIGN -> Ast.Operator.BitAnd;
            case OR_ASSIGN -> Ast.Operator.BitOr;
            case XOR_ASSIGN -> Ast.Operator.BitXor;
            case LEFT_SHIFT_ASSIGN -> Ast.Operator.LShift;
            case RIGHT_SHIFT_ASSIGN -> Ast.Operator.RShift;
            case POWER_ASSIGN -> Ast.Operator.Pow;
            case IDIV_ASSIGN -> Ast.Operator.FloorDiv;
            default -> throw new IllegalStateException();
        };
    }

    /** CPython's {@code _PyPegen_get_expr_name}. */
    static String exprName(Expr e) {
        return switch (e) {
            case Ast.Attribute a -> "attribute";
            case Ast.Subscript s -> "subscript";
            case Ast.Starred s -> "starred";
            case Ast.Name n -> "name";
            case Ast.List l -> "list";
            case Ast.Tuple t -> "tuple";
            case Ast.Lambda l -> "lambda";
            case Ast.Call c -> "function call";
            case Ast.BoolOp b -> "expression";
            case Ast.BinOp b -> "expression";
            case Ast.UnaryOp u -> "expression";
            case Ast.GeneratorExp g -> "generator expression";
            case Ast.Yield y -> "yield expression";
            case Ast.YieldFrom y -> "yield expression";
            case Ast.ListComp l -> "list comprehension";
            case Ast.SetComp s -> "set comprehension";
            case Ast.DictComp d -> "dict comprehension";
            case Ast.Dict d -> "dict literal";
            case Ast.Set s -> "set display";
            case Ast.JoinedStr j -> "f-string expression";
            case Ast.FormattedValue f -> "f-string expression";
            case Ast.Constant c -> {
                Object v = c.value();
                if (v == Ast.Singleton.NONE) {
                    yield "None";
                } else if (Boolean.TRUE.equals(v)) {
                    yield "True";
                } else if (Boolean.FALSE.equals(v)) {
                    yield "False";
                } else if (v == Ast.Singleton.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Ast.Compare c -> "comparison";
            case Ast.IfExp i -> "conditional expression";
            case Ast.NamedExpr n -> "named expression";
            case Ast.Slice s -> "slice";
        };
    }

    /** CPython's {@code _PyPegen_get_invalid_target}: the first sub-expression that cannot be a target. */
    private static Expr invalidTarget(Expr e, Ast.Ctx ctx) {
        switch (e) {
            case Ast.List l -> {
                return invalidTarget(l.elts(), ctx);
            }
            case Ast.Tuple t -> {
                return invalidTarget(t.elts(), ctx);
            }
            case Ast.Starred s -> {
                if (ctx == Ast.Ctx.Del) {
                    return e;
                }
                return invalidTarget(s.value(), ctx);
            }
            case Ast.Name n -> {
                return null;
            }
            case Ast.Subscript s -> {
                return null;
            }
            case Ast.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    private static Expr invalidTarget(List<Expr> elts, Ast.Ctx ctx) {
        for (Expr x : elts) {
            Expr r = invalidTarget(x, ctx);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Converts a Load expression into a target with {@code ctx}, raising CPython's target errors. */
    private Expr target(Expr e, Ast.Ctx ctx) {
        Expr bad = invalidTarget(e, ctx);
        if (bad != null) {
            if (ctx == Ast.Ctx.Del) {
                throw error("cannot delete " + exprName(bad), bad.pos());
            }
            throw error("cannot assign to " + exprName(bad), bad.pos());
        }
        return withCtx(e, ctx);
    }

    static Expr withCtx(Expr e, Ast.Ctx ctx) {
        return switch (e) {
            case Ast.Name n -> new Ast.Name(n.id(), ctx, n.pos());
            case Ast.Attribute a -> new Ast.Attribute(a.value(), a.attr(), ctx, a.pos());
            case Ast.Subscript s -> new Ast.Subscript(s.value(), s.slice(), ctx, s.pos());
            case Ast.Starred s -> new Ast.Starred(withCtx(s.value(), ctx), ctx, s.pos());
            case Ast.List l -> new Ast.List(mapCtx(l.elts(), ctx), ctx, l.pos());
            case Ast.Tuple t -> new Ast.Tuple(mapCtx(t.elts(), ctx), ctx, t.pos());
            default -> e;
        };
    }

    private static List<Expr> mapCtx(List<Expr> es, Ast.Ctx ctx) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr x : es) {
            out.add(withCtx(x, ctx));
        }
        return out;
    }

    // ---- imports -------------------------------------------------------------------------------------

    private Stmt importStmt(Import_stmtContext ctx) {
        Pos p = pos(ctx);
        if (ctx.import_name() != null) {
            List<Ast.Alias> names = new ArrayList<>();
            for (Dotted_as_nameContext d : ctx.import_name().dotted_as_names().dotted_as_name()) {
                names.add(new Ast.Alias(dotted(d.dotted_name()), d.NAME() == null ? null : name(d.NAME()), pos(d)));
            }
            return new Ast.Import(names, p);
        }
        Import_fromContext f = ctx.import_from();
        int level = 0;
        for (ParseTree c : f.children) {
            if (c instanceof TerminalNode t) {
                if (t.getSymbol().getType() == DOT) {
                    level++;
                } else if (t.getSymbol().getType() == ELLIPSIS) {
                    level += 3;
                }
            }
        }
        String module = f.dotted_name() == null ? null : dotted(f.dotted_name());
        List<Ast.Alias> names = new ArrayList<>();
        Import_from_targetsContext t = f.import_from_targets();
        if (t.STAR() != null) {
            names.add(new Ast.Alias("*", null, pos(t.STAR())));
        } else {
            for (Import_from_as_nameContext n : t.import_from_as_names().import_from_as_name()) {
                names.add(new Ast.Alias(name(n.NAME(0)), n.NAME().size() > 1 ? name(n.NAME(1)) : null, pos(n)));
            }
        }
        return new Ast.ImportFrom(module, names, level, p);
    }

    private String dotted(Dotted_nameContext d) {
        StringBuilder sb = new StringBuilder();
        for (TerminalNode n : d.NAME()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name(n));
        }
        return sb.toString();
    }

    // ---- compound statements -------------------------------------------------------------------------

    private Stmt compound(Compound_stmtContext ctx) {
        ParseTree c = ctx.getChild(0);
        if (c instanceof Function_defContext f) {
            return functionDef(f);
        } else if (c instanceof If_stmtContext i) {
            return ifStmt(i);
        } else if (c instanceof Class_defContext k) {
            return classDef(k);
        } else if (c instanceof With_stmtContext w) {
            return withStmt(w);
        } else if (c instanceof For_stmtContext f) {
            return forStmt(f);
        } else if (c instanceof Try_stmtContext t) {
            return tryStmt(t);
        } else if (c instanceof While_stmtContext w) {
            return whileStmt(w);
        } else if (c instanceof Match_stmtContext m) {
            return matchStmt(m);
        }
        throw new IllegalStateException("unknown compound statement");
    }

    private List<Expr> decorators(DecoratorsContext d) {
        List<Expr> out = new ArrayList<>();
        if (d != null) {
            for (Named_expressionContext n : d.named_expression()) {
                out.add(namedExpression(n));
            }
        }
        return out;
    }

    private Stmt functionDef(Function_defContext ctx) {
        List<Expr> decos = decorators(ctx.decorators());
        Ast.Arguments args = ctx.params() == null ? emptyArguments() : params(ctx.params());
        Expr returns = ctx.expression() == null ? null : expression(ctx.expression());
        List<Stmt> body = block(ctx.block());
        return new Ast.FunctionDef(name(ctx.NAME()), args, body, decos, returns, pos(ctx.DEF().getSymbol(), lastReal(ctx)));
    }

    private Stmt classDef(Class_defContext ctx) {
        List<Expr> decos = decorators(ctx.decorators());
        List<Expr> bases = new ArrayList<>();
        List<Ast.Keyword> keywords = new ArrayList<>();
        if (ctx.arguments() != null) {
            for (ArgumentContext a : ctx.arguments().argument()) {
                if (a instanceof PlainArgContext pa && pa.for_if_clauses() != null) {
                    throw error("invalid syntax", pos(pa.for_if_clauses().for_if_clause(0).FOR()));
                }
            }
            arguments(ctx.arguments(), bases, keywords, false);
        }
        List<Stmt> body = block(ctx.block());
        return new Ast.ClassDef(name(ctx.NAME()), bases, keywords, body, decos, pos(ctx.CLASS().getSymbol(), lastReal(ctx)));
    }

    private Stmt ifStmt(If_stmtContext ctx) {
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        List<Elif_clauseContext> elifs = ctx.elif_clause();
        for (int k = elifs.size() - 1; k >= 0; k--) {
            Elif_clauseContext e = elifs.get(k);
            List<Stmt> body = block(e.block());
            Pos end = orelse.isEmpty() ? last(body) : last(orelse);
            Stmt s = new Ast.If(namedExpression(e.named_expression()), body, orelse, pos(e.ELIF().getSymbol(), lastReal(ctx)));
            orelse = new ArrayList<>(List.of(s));
        }
        List<Stmt> body = block(ctx.block());
        Pos end = orelse.isEmpty() ? last(body) : last(orelse);
        return new Ast.If(namedExpression(ctx.named_expression()), body, orelse, pos(ctx.IF().getSymbol(), lastReal(ctx)));
    }

    private Stmt whileStmt(While_stmtContext ctx) {
        Expr test = namedExpression(ctx.named_expression());
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        return new Ast.While(test, body, orelse, pos(ctx.WHILE().getSymbol(), lastReal(ctx)));
    }

    private Stmt forStmt(For_stmtContext ctx) {
        Expr target = starTargets(ctx.star_targets());
        Expr iter = starExpressions(ctx.star_expressions());
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        return new Ast.For(target, iter, body, orelse, pos(ctx.FOR().getSymbol(), lastReal(ctx)));
    }

    private Expr starTargets(Star_targetsContext ctx) {
        List<Expr> elts = new ArrayList<>();
        for (Star_targetContext t : ctx.star_target()) {
            Expr e = bitwiseOr(t.bitwise_or());
            if (t.STAR() != null) {
                e = new Ast.Starred(e, Ast.Ctx.Load, pos(t));
            }
            elts.add(e);
        }
        Expr e = ctx.COMMA().isEmpty() ? elts.get(0) : new Ast.Tuple(elts, Ast.Ctx.Load, pos(ctx));
        return target(e, Ast.Ctx.Store);
    }

    private Stmt withStmt(With_stmtContext ctx) {
        List<Ast.WithItem> items = new ArrayList<>();
        for (With_itemContext w : ctx.with_item()) {
            Expr e = expression(w.expression());
            Expr v = null;
            if (w.star_target() != null) {
                Star_targetContext t = w.star_target();
                v = bitwiseOr(t.bitwise_or());
                if (t.STAR() != null) {
                    v = new Ast.Starred(v, Ast.Ctx.Load, pos(t));
                }
                v = target(v, Ast.Ctx.Store);
            }
            items.add(new Ast.WithItem(e, v));
        }
        List<Stmt> body = block(ctx.block());
        return new Ast.With(items, body, pos(ctx.WITH().getSymbol(), lastReal(ctx)));
    }

    private Stmt tryStmt(Try_stmtContext ctx) {
        List<Stmt> body = block(ctx.block());
        List<Ast.ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean plain = false;
        for (Except_blockContext e : ctx.except_block()) {
            if (e.STAR() != null) {
                star = true;
            } else {
                plain = true;
            }
            if (star && plain) {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", pos(e.EXCEPT()));
            }
            List<ExpressionContext> types = e.expression();
            Expr type = null;
            if (!types.isEmpty()) {
                if (types.size() > 1 || !e.COMMA().isEmpty() && e.AS() == null && types.size() > 1) {
                    throw error("multiple exception types must be parenthesized",
                            span(pos(types.get(0)), pos(types.get(types.size() - 1))));
                }
                if (!e.COMMA().isEmpty()) {
                    throw error("multiple exception types must be parenthesized", pos(types.get(0)));
                }
                type = expression(types.get(0));
            } else if (e.STAR() != null) {
                throw error("expected one or more exception types", pos(e.COLON()));
            }
            List<Stmt> hb = block(e.block());
            handlers.add(new Ast.ExceptHandler(type, e.NAME() == null ? null : name(e.NAME()), hb,
                    pos(e.EXCEPT().getSymbol(), lastReal(e))));
        }
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        List<Stmt> finalbody = ctx.finally_block() == null ? List.of() : block(ctx.finally_block().block());
        Pos end = !finalbody.isEmpty() ? last(finalbody)
                : !orelse.isEmpty() ? last(orelse) : !handlers.isEmpty() ? handlers.get(handlers.size() - 1).pos() : last(body);
        Pos p = pos(ctx.TRY().getSymbol(), lastReal(ctx));
        if (star) {
            return new Ast.TryStar(body, handlers, orelse, finalbody, p);
        }
        return new Ast.Try(body, handlers, orelse, finalbody, p);
    }

    // ---- match statement (PEP 634; the pattern rules of CPython's Grammar/python.gram) ----------------

    private Stmt matchStmt(Match_stmtContext ctx) {
        Subject_exprContext se = ctx.subject_expr();
        Expr subject;
        if (se.COMMA() == null) {
            subject = starNamedExpression(se.star_named_expression());
            if (subject instanceof Ast.Starred) {
                throw error("invalid syntax", pos(ctx.COLON()));
            }
        } else {
            List<Expr> elts = new ArrayList<>();
            elts.add(starNamedExpression(se.star_named_expression()));
            if (se.star_named_expressions() != null) {
                elts.addAll(starNamedExpressions(se.star_named_expressions().star_named_expression()));
            }
            subject = new Ast.Tuple(elts, Ast.Ctx.Load, pos(se));
        }
        List<Ast.MatchCase> cases = new ArrayList<>();
        for (Case_blockContext cb : ctx.case_block()) {
            Ast.Pattern p = topPatterns(cb.patterns(), cb.COLON());
            Expr guard = cb.guard() == null ? null : namedExpression(cb.guard().named_expression());
            cases.add(new Ast.MatchCase(p, guard, block(cb.block())));
        }
        return new Ast.Match(subject, cases, pos(ctx.MATCH_KW().getSymbol(), lastReal(ctx)));
    }

    /** The patterns of a case: one pattern, or an open sequence pattern {@code a, *b} when there is a comma. */
    private Ast.Pattern topPatterns(PatternsContext ctx, TerminalNode after) {
        List<Maybe_star_patternContext> ps = ctx.maybe_star_pattern();
        if (ctx.COMMA().isEmpty()) {
            if (ps.get(0).STAR() != null) {
                throw error("invalid syntax", pos(after));
            }
            return pattern(ps.get(0).pattern());
        }
        return new Ast.MatchSequence(starPatterns(ps), pos(ctx));
    }

    private List<Ast.Pattern> starPatterns(List<Maybe_star_patternContext> ps) {
        List<Ast.Pattern> out = new ArrayList<>(ps.size());
        for (Maybe_star_patternContext m : ps) {
            if (m.STAR() != null) {
                String n = name(m.NAME());
                out.add(new Ast.MatchStar(n.equals("_") ? null : n, pos(m)));
            } else {
                out.add(pattern(m.pattern()));
            }
        }
        return out;
    }

    private Ast.Pattern pattern(PatternContext ctx) {
        Ast.Pattern p = orPattern(ctx.or_pattern());
        if (ctx.AS() == null) {
            return p;
        }
        String n = name(ctx.NAME());
        if (n.equals("_")) {
            throw error("cannot use '_' as a target", pos(ctx.NAME()));
        }
        return new Ast.MatchAs(p, n, pos(ctx));
    }

    private Ast.Pattern orPattern(Or_patternContext ctx) {
        List<Closed_patternContext> cs = ctx.closed_pattern();
        if (cs.size() == 1) {
            return closedPattern(cs.get(0));
        }
        List<Ast.Pattern> alts = new ArrayList<>(cs.size());
        for (Closed_patternContext c : cs) {
            alts.add(closedPattern(c));
        }
        return new Ast.MatchOr(alts, pos(ctx));
    }

    private Ast.Pattern closedPattern(Closed_patternContext ctx) {
        Pos p = pos(ctx);
        return switch (ctx) {
            case NumberPatternContext n -> new Ast.MatchValue(numberLiteral(n.signed_number(), n.NUMBER(), n.ADD() != null, p), p);
            case StringPatternContext st -> new Ast.MatchValue(patternString(st.STRING(), p), p);
            case NonePatternContext x -> new Ast.MatchSingleton(Ast.NONE, p);
            case TruePatternContext x -> new Ast.MatchSingleton(Boolean.TRUE, p);
            case FalsePatternContext x -> new Ast.MatchSingleton(Boolean.FALSE, p);
            case NamePatternContext n -> namePattern(n, p);
            case ParenPatternContext pa -> {
                PatternsContext ps = pa.patterns();
                if (ps == null) {
                    yield new Ast.MatchSequence(List.of(), p);
                }
                if (ps.COMMA().isEmpty()) {
                    if (ps.maybe_star_pattern(0).STAR() != null) {
                        throw error("invalid syntax", pos(pa.CLOSE_PAREN()));
                    }
                    yield pattern(ps.maybe_star_pattern(0).pattern()); // a group: the pattern itself
                }
                yield new Ast.MatchSequence(starPatterns(ps.maybe_star_pattern()), p);
            }
            case BrackPatternContext b -> new Ast.MatchSequence(
                            b.patterns() == null ? List.of() : starPatterns(b.patterns().maybe_star_pattern()), p);
            case MappingPatternContext m -> mappingPattern(m, p);
            default -> throw new IllegalStateException("unknown pattern " + ctx.getClass());
        };
    }

    /** A dotted name of a value pattern, class pattern or mapping key: a Name or a chain of Attributes. */
    private Expr dottedValue(List<TerminalNode> names) {
        Expr e = new Ast.Name(name(names.get(0)), Ast.Ctx.Load, pos(names.get(0)));
        for (int k = 1; k < names.size(); k++) {
            e = new Ast.Attribute(e, name(names.get(k)), Ast.Ctx.Load, pos(names.get(0).getSymbol(), names.get(k).getSymbol()));
        }
        return e;
    }

    private Ast.Pattern namePattern(NamePatternContext ctx, Pos p) {
        List<TerminalNode> names = ctx.name_or_attr().NAME();
        if (ctx.OPEN_PAREN() == null) {
            if (names.size() > 1) {
                return new Ast.MatchValue(dottedValue(names), p);
            }
            String n = name(names.get(0));
            return new Ast.MatchAs(null, n.equals("_") ? null : n, p);
        }
        Expr cls = dottedValue(names);
        List<Ast.Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Ast.Pattern> kwdPatterns = new ArrayList<>();
        if (ctx.pattern_arguments() != null) {
            for (Pattern_argumentContext a : ctx.pattern_arguments().pattern_argument()) {
                if (a.ASSIGN() != null) {
                    kwdAttrs.add(name(a.NAME()));
                    kwdPatterns.add(pattern(a.pattern()));
                } else {
                    Ast.Pattern pp = pattern(a.pattern());
                    if (!kwdAttrs.isEmpty()) {
                        throw error("positional patterns follow keyword patterns", pp.pos());
                    }
                    positional.add(pp);
                }
            }
        }
        return new Ast.MatchClass(cls, positional, kwdAttrs, kwdPatterns, p);
    }

    private Ast.Pattern mappingPattern(MappingPatternContext ctx, Pos p) {
        List<Expr> keys = new ArrayList<>();
        List<Ast.Pattern> values = new ArrayList<>();
        String rest = null;
        if (ctx.mapping_items() != null) {
            List<Mapping_itemContext> items = ctx.mapping_items().mapping_item();
            for (int k = 0; k < items.size(); k++) {
                Mapping_itemContext it = items.get(k);
                if (rest != null) {
                    throw error("invalid syntax", it.start);
                }
                if (it.POWER() != null) {
                    String n = name(it.NAME(0));
                    if (n.equals("_")) {
                        throw error("invalid syntax", pos(it.NAME(0)));
                    }
                    rest = n;
                    continue;
                }
                Expr key;
                Token keyEnd = it.start;
                for (int c = 0; c < it.getChildCount() && it.getChild(c) != it.COLON(); c++) {
                    ParseTree ch = it.getChild(c);
                    keyEnd = ch instanceof TerminalNode tn ? tn.getSymbol() : ((ParserRuleContext) ch).stop;
                }
                Pos kp = pos(it.start, keyEnd);
                if (it.signed_number() != null) {
                    key = numberLiteral(it.signed_number(), it.NUMBER(), it.ADD() != null, kp);
                } else if (!it.STRING().isEmpty()) {
                    key = patternString(it.STRING(), kp);
                } else if (it.NONE() != null) {
                    key = new Ast.Constant(Ast.NONE, kp);
                } else if (it.TRUE() != null) {
                    key = new Ast.Constant(Boolean.TRUE, kp);
                } else if (it.FALSE() != null) {
                    key = new Ast.Constant(Boolean.FALSE, kp);
                } else {
                    key = dottedValue(it.NAME());
                }
                keys.add(key);
                values.add(pattern(it.pattern()));
            }
        }
        return new Ast.MatchMapping(keys, values, rest, p);
    }

    /** A string literal of a pattern: f-strings are refused, as CPython's compiler does. */
    private Expr patternString(List<TerminalNode> strs, Pos p) {
        Expr e = strings(strs.stream().map(TerminalNode::getSymbol).toList(), p);
        if (e instanceof Ast.JoinedStr) {
            throw error("patterns may only match literals and attribute lookups", p);
        }
        return e;
    }

    /** {@code 1}, {@code -1}, or a complex literal {@code -1 + 2j} (real part first, imaginary part second). */
    private Expr numberLiteral(Signed_numberContext sn, TerminalNode imag, boolean plus, Pos p) {
        Expr real = new Ast.Constant(number(sn.NUMBER().getSymbol()), pos(sn.NUMBER()));
        if (sn.MINUS() != null) {
            real = new Ast.UnaryOp(Ast.UnaryOpKind.USub, real, pos(sn));
        }
        if (imag == null) {
            return real;
        }
        if (((Ast.Constant) (real instanceof Ast.UnaryOp u ? u.operand() : real)).value() instanceof Ast.Imaginary) {
            throw error("real number required in complex literal", pos(sn));
        }
        Object iv = number(imag.getSymbol());
        if (!(iv instanceof Ast.Imaginary)) {
            throw error("imaginary number required in complex literal", pos(imag));
        }
        return new Ast.BinOp(real, plus ? Ast.Operator.Add : Ast.Operator.Sub, new Ast.Constant(iv, pos(imag)), p);
    }

    // ---- parameters ----------------------------------------------------------------------------------

    private static Ast.Arguments emptyArguments() {
        return new Ast.Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    private Ast.Arg arg(ParamContext p) {
        Expr ann = null;
        if (p.expression() != null) {
            ann = expression(p.expression());
        } else if (p.star_expression() != null) {
            ann = starExpression(p.star_expression());
        }
        return new Ast.Arg(name(p.NAME()), ann, pos(p));
    }

    /** Collects parameters in order, enforcing CPython's invalid_parameters / invalid_star_etc rules. */
    private final class ParamCollector {
        final List<Ast.Arg> posonly = new ArrayList<>();
        final List<Ast.Arg> args = new ArrayList<>();
        Ast.Arg vararg;
        final List<Ast.Arg> kwonly = new ArrayList<>();
        final List<Expr> kwDefaults = new ArrayList<>();
        Ast.Arg kwarg;
        final List<Expr> defaults = new ArrayList<>();
        boolean seenSlash;
        boolean seenStar;
        Token bareStar;
        boolean kwonlyAfterBareStar;

        void plain(Ast.Arg a, Expr dflt, boolean hasNext) {
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", a.pos());
            }
            if (seenStar) {
                kwonly.add(a);
                kwDefaults.add(dflt);
                kwonlyAfterBareStar = true;
                return;
            }
            if (dflt != null) {
                defaults.add(dflt);
            } else if (!defaults.isEmpty()) {
                throw error("non-default argument follows default argument", a.pos());
            }
            args.add(a);
        }

        void slash(Token t) {
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", t);
            }
            if (seenSlash) {
                throw error("/ may appear only once", t);
            }
            if (seenStar) {
                throw error("/ must be ahead of *", t);
            }
            if (args.isEmpty()) {
                throw error("at least one argument must precede /", t);
            }
            seenSlash = true;
            posonly.addAll(args);
            args.clear();
        }

        void star(Token t, Ast.Arg a) {
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", t);
            }
            if (seenStar) {
                throw error("* argument may appear only once", t);
            }
            seenStar = true;
            if (a == null) {
                bareStar = t;
            } else {
                vararg = a;
            }
        }

        void kw(Token t, Ast.Arg a) {
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", t);
            }
            kwarg = a;
        }

        Ast.Arguments finish() {
            if (bareStar != null && !kwonlyAfterBareStar) {
                throw error("named arguments must follow bare *", bareStar);
            }
            return new Ast.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
        }
    }

    private Ast.Arguments params(ParamsContext ctx) {
        ParamCollector pc = new ParamCollector();
        List<Param_itemContext> items = ctx.param_item();
        for (int k = 0; k < items.size(); k++) {
            Param_itemContext it = items.get(k);
            if (it instanceof PlainParamContext p) {
                pc.plain(arg(p.param()), p.expression() == null ? null : expression(p.expression()), k + 1 < items.size());
            } else if (it instanceof SlashParamContext s) {
                if (k == 0 && k + 1 == items.size() && nextToken(s.DIV().getSymbol()).getType() != COMMA) {
                    throw error("invalid syntax", s.DIV().getSymbol());
                }
                pc.slash(s.DIV().getSymbol());
            } else if (it instanceof StarParamContext s) {
                if (s.param() != null && s.param().star_expression() != null && s.param().star_expression().STAR() == null) {
                    // *args: expr is fine; only *args: *Ts uses the star form
                }
                pc.star(s.STAR().getSymbol(), s.param() == null ? null : arg(s.param()));
            } else if (it instanceof KwParamContext kp) {
                pc.kw(kp.POWER().getSymbol(), arg(kp.param()));
            }
        }
        // annotations of the form "*Ts" are only allowed on *args
        for (Param_itemContext it : items) {
            ParamContext p = it instanceof PlainParamContext pp ? pp.param() : it instanceof KwParamContext kp ? kp.param() : null;
            if (p != null && p.star_expression() != null && p.star_expression().STAR() != null) {
                throw error("invalid syntax", pos(p.star_expression().STAR()));
            }
        }
        return pc.finish();
    }

    private Ast.Arguments lambdaParams(Lambda_paramsContext ctx) {
        ParamCollector pc = new ParamCollector();
        List<Lambda_param_itemContext> items = ctx.lambda_param_item();
        for (int k = 0; k < items.size(); k++) {
            Lambda_param_itemContext it = items.get(k);
            if (it instanceof LambdaPlainParamContext p) {
                pc.plain(new Ast.Arg(name(p.NAME()), null, pos(p.NAME())),
                        p.expression() == null ? null : expression(p.expression()), k + 1 < items.size());
            } else if (it instanceof LambdaSlashParamContext s) {
                if (k == 0 && k + 1 == items.size() && nextToken(s.DIV().getSymbol()).getType() != COMMA) {
                    throw error("invalid syntax", s.DIV().getSymbol());
                }
                pc.slash(s.DIV().getSymbol());
            } else if (it instanceof LambdaStarParamContext s) {
                pc.star(s.STAR().getSymbol(), s.NAME() == null ? null : new Ast.Arg(name(s.NAME()), null, pos(s.NAME())));
            } else if (it instanceof LambdaKwParamContext kp) {
                pc.kw(kp.POWER().getSymbol(), new Ast.Arg(name(kp.NAME()), null, pos(kp.NAME())));
            }
        }
        return pc.finish();
    }

    // ---- expressions ---------------------------------------------------------------------------------

    Expr starExpressions(Star_expressionsContext ctx) {
        List<Star_expressionContext> es = ctx.star_expression();
        if (es.size() == 1 && ctx.COMMA().isEmpty()) {
            return starExpression(es.get(0));
        }
        List<Expr> elts = new ArrayList<>(es.size());
        for (Star_expressionContext e : es) {
            elts.add(starExpression(e));
        }
        return new Ast.Tuple(elts, Ast.Ctx.Load, pos(ctx));
    }

    Expr starExpression(Star_expressionContext ctx) {
        if (ctx.STAR() != null) {
            return new Ast.Starred(bitwiseOr(ctx.bitwise_or()), Ast.Ctx.Load, pos(ctx));
        }
        return expression(ctx.expression());
    }

    private List<Expr> starNamedExpressions(List<Star_named_expressionContext> es) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Star_named_expressionContext e : es) {
            out.add(starNamedExpression(e));
        }
        return out;
    }

    private Expr braceDisplay(Brace_displayContext ctx, Pos p) {
        if (ctx == null) {
            return new Ast.Dict(List.of(), List.of(), p);
        }
        switch (ctx) {
            case DictFromUnpackContext d -> {
                if (d.for_if_clauses() != null) {
                    throw error("dict unpacking cannot be used in dict comprehension", d.POWER().getSymbol());
                }
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                keys.add(null);
                values.add(bitwiseOr(d.bitwise_or()));
                dictTail(d.dict_tail(), keys, values);
                return new Ast.Dict(keys, values, p);
            }
            case SetFromStarContext sf -> {
                List<Expr> elts = new ArrayList<>();
                elts.add(new Ast.Starred(bitwiseOr(sf.bitwise_or()), Ast.Ctx.Load, pos(sf.STAR().getSymbol(), sf.bitwise_or().stop)));
                elts.addAll(starNamedExpressions(sf.set_tail().star_named_expression()));
                return new Ast.Set(elts, p);
            }
            case ExprBraceContext e -> {
                Expr first = namedExpression(e.named_expression());
                if (e.COLON() != null) {
                    if (first instanceof Ast.NamedExpr && e.named_expression().WALRUS() != null) {
                        throw error("invalid syntax", pos(e.named_expression().WALRUS()));
                    }
                    Expr value = expression(e.expression());
                    if (e.for_if_clauses() != null) {
                        return new Ast.DictComp(first, value, forIfClauses(e.for_if_clauses()), p);
                    }
                    List<Expr> keys = new ArrayList<>();
                    List<Expr> values = new ArrayList<>();
                    keys.add(first);
                    values.add(value);
                    dictTail(e.dict_tail(), keys, values);
                    return new Ast.Dict(keys, values, p);
                }
                if (e.for_if_clauses() != null) {
                    return new Ast.SetComp(first, forIfClauses(e.for_if_clauses()), p);
                }
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                elts.addAll(starNamedExpressions(e.set_tail().star_named_expression()));
                return new Ast.Set(elts, p);
            }
            default -> throw new IllegalStateException();
        }
    }

    private void dictTail(Dict_tailContext t, List<Expr> keys, List<Expr> values) {
        for (Double_starred_kvpairContext kv : t.double_starred_kvpair()) {
            if (kv.kvpair() != null) {
                keys.add(expression(kv.kvpair().expression(0)));
                values.add(expression(kv.kvpair().expression(1)));
            } else {
                keys.add(null);
                values.add(bitwiseOr(kv.bitwise_or()));
            }
        }
    }

    private Expr starNamedExpression(Star_named_expressionContext ctx) {
        if (ctx.STAR() != null) {
            return new Ast.Starred(bitwiseOr(ctx.bitwise_or()), Ast.Ctx.Load, pos(ctx));
        }
        return namedExpression(ctx.named_expression());
    }

    Expr namedExpression(Named_expressionContext ctx) {
        Expr value = expression(ctx.expression());
        if (ctx.WALRUS() != null) {
            Ast.Name target = new Ast.Name(name(ctx.NAME()), Ast.Ctx.Store, pos(ctx.NAME()));
            return new Ast.NamedExpr(target, value, pos(ctx));
        }
        return value;
    }

    Expr expression(ExpressionContext ctx) {
        if (ctx.lambdef() != null) {
            return lambdef(ctx.lambdef());
        }
        List<DisjunctionContext> ds = ctx.disjunction();
        Expr body = disjunction(ds.get(0));
        if (ctx.IF() == null) {
            return body;
        }
        return new Ast.IfExp(disjunction(ds.get(1)), body, expression(ctx.expression()), pos(ctx));
    }

    private Expr lambdef(LambdefContext ctx) {
        Ast.Arguments args = ctx.lambda_params() == null ? emptyArguments() : lambdaParams(ctx.lambda_params());
        return new Ast.Lambda(args, expression(ctx.expression()), pos(ctx));
    }

    private Expr yieldExpr(Yield_exprContext ctx) {
        if (ctx.FROM() != null) {
            return new Ast.YieldFrom(expression(ctx.expression()), pos(ctx));
        }
        return new Ast.Yield(ctx.star_expressions() == null ? null : starExpressions(ctx.star_expressions()), pos(ctx));
    }

    private Expr disjunction(DisjunctionContext ctx) {
        List<ConjunctionContext> cs = ctx.conjunction();
        if (cs.size() == 1) {
            return conjunction(cs.get(0));
        }
        List<Expr> values = new ArrayList<>(cs.size());
        for (ConjunctionContext c : cs) {
            values.add(conjunction(c));
        }
        return new Ast.BoolOp(Ast.BoolOpKind.Or, values, pos(ctx));
    }

    private Expr conjunction(ConjunctionContext ctx) {
        List<InversionContext> is = ctx.inversion();
        if (is.size() == 1) {
            return inversion(is.get(0));
        }
        List<Expr> values = new ArrayList<>(is.size());
        for (InversionContext c : is) {
            values.add(inversion(c));
        }
        return new Ast.BoolOp(Ast.BoolOpKind.And, values, pos(ctx));
    }

    private Expr inversion(InversionContext ctx) {
        if (ctx.NOT() != null) {
            return new Ast.UnaryOp(Ast.UnaryOpKind.Not, inversion(ctx.inversion()), pos(ctx));
        }
        return comparison(ctx.comparison());
    }

    private Expr comparison(ComparisonContext ctx) {
        List<Bitwise_orContext> operands = ctx.bitwise_or();
        Expr left = bitwiseOr(operands.get(0));
        if (operands.size() == 1) {
            return left;
        }
        List<Ast.CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (int k = 1; k < operands.size(); k++) {
            Comp_opContext op = ctx.comp_op(k - 1);
            ops.add(cmpOp(op));
            comparators.add(bitwiseOr(operands.get(k)));
        }
        return new Ast.Compare(left, ops, comparators, pos(ctx));
    }

    private static Ast.CmpOp cmpOp(Comp_opContext op) {
        int t = op.start.getType();
        if (op.getChildCount() == 2) {
            return t == NOT ? Ast.CmpOp.NotIn : Ast.CmpOp.IsNot;
        }
        return switch (t) {
            case EQUALS -> Ast.CmpOp.Eq;
            case NOT_EQ_1, NOT_EQ_2 -> Ast.CmpOp.NotEq;
            case LESS_THAN -> Ast.CmpOp.Lt;
            case LT_EQ -> Ast.CmpOp.LtE;
            case GREATER_THAN -> Ast.CmpOp.Gt;
            case GT_EQ -> Ast.CmpOp.GtE;
            case IN -> Ast.CmpOp.In;
            case IS -> Ast.CmpOp.Is;
            default -> throw new IllegalStateException();
        };
    }

    private static Ast.Operator binOp(int type) {
        return switch (type) {
            case ADD -> Ast.Operator.Add;
            case MINUS -> Ast.Operator.Sub;
            case STAR -> Ast.Operator.Mult;
            case AT -> Ast.Operator.MatMult;
            case DIV -> Ast.Operator.Div;
            case MOD -> Ast.Operator.Mod;
            case POWER -> Ast.Operator.Pow;
            case LEFT_SHIFT -> Ast.Operator.LShift;
            case RIGHT_SHIFT -> Ast.Operator.RShift;
            case OR_OP -> Ast.Operator.BitOr;
            case XOR -> Ast.Operator.BitXor;
            case AND_OP -> Ast.Operator.BitAnd;
            case IDIV -> Ast.Operator.FloorDiv;
            default -> throw new IllegalStateException();
        };
    }

    Expr bitwiseOr(Bitwise_orContext ctx) {
        if (ctx.factor() != null) {
            return factor(ctx.factor());
        }
        // left-nested for chains: walk down the left spine iteratively (long "a + b + c + ..." chains)
        ArrayList<Bitwise_orContext> spine = new ArrayList<>();
        Bitwise_orContext c = ctx;
        while (c.factor() == null) {
            spine.add(c);
            c = c.bitwise_or(0);
        }
        Expr left = factor(c.factor());
        for (int k = spine.size() - 1; k >= 0; k--) {
            Bitwise_orContext s = spine.get(k);
            Expr right = bitwiseOr(s.bitwise_or(1));
            left = new Ast.BinOp(left, binOp(s.op.getType()), right, pos(s));
        }
        return left;
    }

    private Expr factor(FactorContext ctx) {
        if (ctx.power() != null) {
            return power(ctx.power());
        }
        Ast.UnaryOpKind op = switch (ctx.start.getType()) {
            case ADD -> Ast.UnaryOpKind.UAdd;
            case MINUS -> Ast.UnaryOpKind.USub;
            default -> Ast.UnaryOpKind.Invert;
        };
        return new Ast.UnaryOp(op, factor(ctx.factor()), pos(ctx));
    }

    private Expr power(PowerContext ctx) {
        Expr base = primary(ctx.primary());
        if (ctx.factor() == null) {
            return base;
        }
        return new Ast.BinOp(base, Ast.Operator.Pow, factor(ctx.factor()), pos(ctx));
    }

    private Expr primary(PrimaryContext ctx) {
        Expr e = atom(ctx.atom());
        Pos start = e.pos();
        if (ctx.atom().start.getType() == OPEN_PAREN) {
            start = pos(ctx.atom());
        }
        for (TrailerContext t : ctx.trailer()) {
            Pos p = span(start, pos(t.stop, t.stop));
            if (t instanceof CallTrailerContext c) {
                List<Expr> args = new ArrayList<>();
                List<Ast.Keyword> kws = new ArrayList<>();
                if (c.arguments() != null) {
                    arguments(c.arguments(), args, kws, true);
                }
                e = new Ast.Call(e, args, kws, p);
            } else if (t instanceof SubscriptTrailerContext s) {
                e = new Ast.Subscript(e, slices(s.slices()), Ast.Ctx.Load, p);
            } else if (t instanceof AttributeTrailerContext a) {
                e = new Ast.Attribute(e, name(a.NAME()), Ast.Ctx.Load, p);
            }
        }
        return e;
    }

    private Expr slices(SlicesContext ctx) {
        List<SliceContext> ss = ctx.slice();
        if (ss.size() == 1 && ctx.COMMA().isEmpty() && ss.get(0).STAR() == null) {
            return slice(ss.get(0));
        }
        List<Expr> elts = new ArrayList<>();
        for (SliceContext s : ss) {
            elts.add(slice(s));
        }
        return new Ast.Tuple(elts, Ast.Ctx.Load, pos(ctx));
    }

    private Expr slice(SliceContext ctx) {
        if (ctx.STAR() != null) {
            return new Ast.Starred(bitwiseOr(ctx.bitwise_or()), Ast.Ctx.Load, pos(ctx));
        }
        if (ctx.COLON().isEmpty()) {
            return namedExpression(ctx.named_expression());
        }
        Expr[] parts = new Expr[3];
        int k = 0;
        for (ParseTree c : ctx.children) {
            if (c instanceof TerminalNode) {
                k++;
            } else if (c instanceof Named_expressionContext n) {
                parts[k] = namedExpression(n);
            } else {
                parts[k] = expression((ExpressionContext) c);
            }
        }
        return new Ast.Slice(parts[0], parts[1], parts[2], pos(ctx));
    }

    /** Call (or class header) arguments, checked as CPython's invalid_arguments rules do. */
    private void arguments(ArgumentsContext ctx, List<Expr> args, List<Ast.Keyword> kws, boolean call) {
        List<ArgumentContext> as = ctx.argument();
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        for (int k = 0; k < as.size(); k++) {
            ArgumentContext a = as.get(k);
            if (a instanceof KeywordArgContext kw) {
                seenKeyword = true;
                kws.add(new Ast.Keyword(name(kw.NAME()), expression(kw.expression()), pos(kw)));
            } else if (a instanceof DoubleStarArgContext ds) {
                seenDoubleStar = true;
                kws.add(new Ast.Keyword(null, expression(ds.expression()), pos(ds)));
            } else if (a instanceof StarArgContext sa) {
                if (seenDoubleStar) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", pos(sa.STAR()));
                }
                args.add(new Ast.Starred(expression(sa.expression()), Ast.Ctx.Load, pos(sa)));
            } else if (a instanceof PlainArgContext pa && pa.for_if_clauses() != null) {
                Expr elt = namedExpression(pa.named_expression());
                List<Ast.Comprehension> gens = forIfClauses(pa.for_if_clauses());
                if (as.size() != 1 || !ctx.COMMA().isEmpty()) {
                    throw error("Generator expression must be parenthesized", span(elt.pos(), pos(pa.for_if_clauses())));
                }
                ParserRuleContext parent = ctx.getParent();
                Pos p;
                if (parent instanceof CallTrailerContext ct) {
                    p = pos(ct);
                } else {
                    Class_defContext cd = (Class_defContext) parent;
                    p = pos(cd.OPEN_PAREN().getSymbol(), cd.CLOSE_PAREN().getSymbol());
                }
                args.add(new Ast.GeneratorExp(elt, gens, p));
            } else if (a instanceof PlainArgContext pa && pa.ASSIGN() != null) {
                Expr target = namedExpression(pa.named_expression());
                if (target instanceof Ast.Constant c && (c.value() instanceof Boolean || c.value() == Ast.Singleton.NONE)) {
                    throw error("cannot assign to " + exprName(target), span(target.pos(), pos(pa.ASSIGN())));
                }
                throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                        span(target.pos(), pos(pa.ASSIGN())));
            } else if (a instanceof PlainArgContext pa) {
                Expr e = namedExpression(pa.named_expression());
                if (seenDoubleStar) {
                    throw error("positional argument follows keyword argument unpacking", nextToken(ctx.stop));
                }
                if (seenKeyword) {
                    throw error("positional argument follows keyword argument", nextToken(ctx.stop));
                }
                args.add(e);
            }
        }
    }

    private List<Ast.Comprehension> forIfClauses(For_if_clausesContext ctx) {
        List<Ast.Comprehension> out = new ArrayList<>();
        for (For_if_clauseContext c : ctx.for_if_clause()) {
            Expr target = starTargets(c.star_targets());
            List<DisjunctionContext> ds = c.disjunction();
            Expr iter = disjunction(ds.get(0));
            List<Expr> ifs = new ArrayList<>();
            for (int k = 1; k < ds.size(); k++) {
                ifs.add(disjunction(ds.get(k)));
            }
            out.add(new Ast.Comprehension(target, iter, ifs, false));
        }
        return out;
    }

    private Expr comprehensionElt(Star_named_expressionContext ctx) {
        Expr e = starNamedExpression(ctx);
        if (e instanceof Ast.Starred) {
            throw error("iterable unpacking cannot be used in comprehension", e.pos());
        }
        return e;
    }

    private Expr comprehensionElt(Named_expressionContext ctx) {
        return namedExpression(ctx);
    }

    private Expr atom(AtomContext ctx) {
        Pos p = pos(ctx);
        return switch (ctx) {
            case NameAtomContext n -> new Ast.Name(name(n.NAME()), Ast.Ctx.Load, p);
            case TrueAtomContext t -> new Ast.Constant(Boolean.TRUE, p);
            case FalseAtomContext t -> new Ast.Constant(Boolean.FALSE, p);
            case NoneAtomContext t -> new Ast.Constant(Ast.Singleton.NONE, p);
            case EllipsisAtomContext t -> new Ast.Constant(Ast.Singleton.ELLIPSIS, p);
            case NumberAtomContext n -> new Ast.Constant(number(n.NUMBER().getSymbol()), p);
            case StringAtomContext s -> strings(s.STRING().stream().map(TerminalNode::getSymbol).toList(), p);
            case YieldAtomContext y -> yieldExpr(y.yield_expr());
            case ParenAtomContext pa -> {
                DisplayContext d = pa.display();
                if (d == null) {
                    yield new Ast.Tuple(List.of(), Ast.Ctx.Load, p);
                }
                if (d.for_if_clauses() != null) {
                    yield new Ast.GeneratorExp(comprehensionElt(d.star_named_expression(0)), forIfClauses(d.for_if_clauses()), p);
                }
                if (d.COMMA().isEmpty()) {
                    Expr inner = starNamedExpression(d.star_named_expression(0));
                    if (inner instanceof Ast.Starred) {
                        throw error("cannot use starred expression here", inner.pos());
                    }
                    yield inner;
                }
                yield new Ast.Tuple(starNamedExpressions(d.star_named_expression()), Ast.Ctx.Load, p);
            }
            case ListAtomContext la -> {
                DisplayContext d = la.display();
                if (d == null) {
                    yield new Ast.List(List.of(), Ast.Ctx.Load, p);
                }
                if (d.for_if_clauses() != null) {
                    yield new Ast.ListComp(comprehensionElt(d.star_named_expression(0)), forIfClauses(d.for_if_clauses()), p);
                }
                yield new Ast.List(starNamedExpressions(d.star_named_expression()), Ast.Ctx.Load, p);
            }
            case BraceAtomContext ba -> braceDisplay(ba.brace_display(), p);
            default -> throw new IllegalStateException("unknown atom " + ctx.getClass());
        };
    }

    // ---- literals ------------------------------------------------------------------------------------

    private Object number(Token t) {
        String s = t.getText().replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Ast.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (radix != 0) {
                return integer(new BigInteger(s.substring(2), radix));
            }
        }
        boolean isFloat = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '.' || c == 'e' || c == 'E') {
                isFloat = true;
                break;
            }
        }
        if (isFloat) {
            return Double.parseDouble(s);
        }
        if (s.length() <= 18) {
            return Long.parseLong(s);
        }
        return integer(new BigInteger(s));
    }

    private static Object integer(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** Builds a group of adjacent STRING tokens (used by the error mapper to surface f-string errors first). */
    Expr stringGroup(List<Token> stringTokens) {
        return strings(stringTokens, pos(stringTokens.get(0), stringTokens.get(stringTokens.size() - 1)));
    }

    private Expr strings(List<Token> stringTokens, Pos p) {
        boolean anyF = false;
        boolean anyBytes = false;
        boolean anyStr = false;
        List<StringLiterals.Literal> lits = new ArrayList<>(stringTokens.size());
        for (Token tn : stringTokens) {
            StringLiterals.Literal l = StringLiterals.split(tn.getText());
            lits.add(l);
            anyF |= l.fstring();
            if (l.bytes()) {
                anyBytes = true;
            } else {
                anyStr = true;
            }
        }
        Token after = nextToken(stringTokens.get(stringTokens.size() - 1));
        int errAbs = startAbs(after);
        int errLine = src.line(errAbs);
        int errOff = src.col(errAbs) + 1;
        boolean zeroWidth = after.getType() == Token.EOF || after.getType() == PythonLexer.NEWLINE
                || after.getStopIndex() < after.getStartIndex();
        int errEnd = zeroWidth ? errOff : src.col(endAbs(after)) + 1;
        if (anyBytes && anyStr) {
            throw src.error("SyntaxError", "cannot mix bytes and nonbytes literals", errLine, errOff, errLine, errEnd, true);
        }
        if (anyBytes) {
            for (int k = 0; k < lits.size(); k++) {
                String b = lits.get(k).body();
                for (int j = 0; j < b.length(); j++) {
                    if (b.charAt(j) >= 128) {
                        throw error("bytes can only contain ASCII literal characters", stringTokens.get(k));
                    }
                }
            }
        }
        try {
            if (anyBytes) {
                if (lits.size() == 1) {
                    return new Ast.Constant(StringLiterals.decodeBytes(lits.get(0).body(), lits.get(0).raw()), p);
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (StringLiterals.Literal l : lits) {
                    out.writeBytes(StringLiterals.decodeBytes(l.body(), l.raw()));
                }
                return new Ast.Constant(out.toByteArray(), p);
            }
            if (!anyF) {
                if (lits.size() == 1) {
                    return new Ast.Constant(StringLiterals.decodeStr(lits.get(0).body(), lits.get(0).raw()), p);
                }
                StringBuilder sb = new StringBuilder();
                for (StringLiterals.Literal l : lits) {
                    sb.append(StringLiterals.decodeStr(l.body(), l.raw()));
                }
                return new Ast.Constant(sb.toString(), p);
            }
        } catch (StringLiterals.DecodeError e) {
            throw src.error("SyntaxError", e.getMessage(), errLine, errOff, errLine, errEnd, true);
        }
        List<Expr> values = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int k = 0; k < lits.size(); k++) {
            StringLiterals.Literal l = lits.get(k);
            Token tok = stringTokens.get(k);
            if (l.fstring()) {
                int bodyAbs = startAbs(tok) + l.bodyOffset();
                new FStringParser(src, fstringExprParser, p, pos(tok), l.body(), bodyAbs, errLine, errOff, errEnd, l.raw())
                        .parseInto(values, literal);
            } else {
                try {
                    literal.append(StringLiterals.decodeStr(l.body(), l.raw()));
                } catch (StringLiterals.DecodeError e) {
                    throw src.error("SyntaxError", e.getMessage(), errLine, errOff, errLine, errEnd, true);
                }
            }
        }
        if (literal.length() > 0) {
            values.add(new Ast.Constant(literal.toString(), p));
        }
        return new Ast.JoinedStr(values, p);
    }
}
