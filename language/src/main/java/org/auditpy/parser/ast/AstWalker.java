package org.auditpy.parser.ast;

import java.util.List;

import org.auditpy.parser.ast.Ast.Expr;
import org.auditpy.parser.ast.Ast.Stmt;

/**
 * A depth-first walk over every node of an {@link Ast} tree, for passes that look at the tree without
 * rebuilding it (the symbol table and the compiler's checks in {@code org.auditpy.parser.ScopeAnalyzer}).
 *
 * <p>{@link #visitStmt} and {@link #visitExpr} dispatch to one method per node kind that a pass acts on
 * (the kinds no pass needs to see, such as {@code if} or a binary operation, are walked in the switch
 * itself: give such a kind a method of its own when a pass needs one); the default of each method
 * visits the node's children in the order of CPython 3.11's Python/symtable.c, which is the order of the
 * fields in Parser/Python.asdl except that a {@code NamedExpr} visits its value before its target, a
 * {@code Try} its {@code else} before its handlers, a {@code raise}'s cause only with its exception, a
 * function's defaults, annotations and decorators before its parameters and body, and a comprehension its
 * first iterable before everything else and a dict comprehension's value before its key. Absent
 * ({@code null}) children are skipped. A pass overrides the node kinds where it does something of its own
 * (or visits in another order), calling {@code super} or the {@code visit} methods of the children to keep
 * walking.
 *
 * <p>Besides the node kinds, a few shared shapes have a method of their own, so that a pass can act on
 * all their occurrences at once: {@link #visitElements} (lists that may hold {@code *x}: list, tuple and
 * set displays, call arguments, class bases), {@link #visitKeywords}, {@link #visitTryClauses} (both
 * {@code try} statements), {@link #visitComprehensionExpr} (the four comprehension kinds),
 * {@link #visitParameter} (a parameter name), {@link #visitAnnotation} and {@link #visitAlias}.
 */
public abstract class AstWalker {

    // ---- entry points and sequences -----------------------------------------------------------------

    /** Visits a whole parse result: the statements of a module or interactive input, or the expression. */
    public void visitMod(Ast.Mod m) {
        switch (m) {
            case Ast.Module x -> visitStmts(x.body());
            case Ast.Interactive x -> visitStmts(x.body());
            case Ast.Expression x -> visitExpr(x.body());
        }
    }

    public void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    /** Visits the expressions of a list, skipping {@code null} entries (dict unpacking, absent keyword defaults). */
    public void visitExprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    /** A dict display: all keys (null for a {@code **} item), then all values, as symtable.c. */
    protected void visitDict(Ast.Dict d) {
        visitExprs(d.keys());
        visitExprs(d.values());
    }

    /** Visits an optional child expression. */
    public void visitOptional(Expr e) {
        if (e != null) {
            visitExpr(e);
        }
    }

    // ---- statements ------------------------------------------------------------------------------

    public void visitStmt(Stmt s) {
        switch (s) {
            case Ast.FunctionDef x -> visitFunctionDef(x);
            case Ast.ClassDef x -> visitClassDef(x);
            case Ast.Return x -> visitReturn(x);
            case Ast.Delete x -> visitExprs(x.targets());
            case Ast.Assign x -> visitAssign(x);
            case Ast.AugAssign x -> visitAugAssign(x);
            case Ast.AnnAssign x -> visitAnnAssign(x);
            case Ast.For x -> visitFor(x);
            case Ast.While x -> visitWhile(x);
            case Ast.If x -> {
                visitExpr(x.test());
                visitStmts(x.body());
                visitStmts(x.orelse());
            }
            case Ast.With x -> {
                for (Ast.WithItem it : x.items()) {
                    visitWithItem(it);
                }
                visitStmts(x.body());
            }
            case Ast.Raise x -> {
                if (x.exc() != null) {
                    visitExpr(x.exc());
                    visitOptional(x.cause());
                }
            }
            case Ast.Try x -> visitTryClauses(x.body(), x.handlers(), x.orelse(), x.finalbody());
            case Ast.TryStar x -> visitTryClauses(x.body(), x.handlers(), x.orelse(), x.finalbody());
            case Ast.Assert x -> {
                visitExpr(x.test());
                visitOptional(x.msg());
            }
            case Ast.Import x -> visitAliases(x.names());
            case Ast.ImportFrom x -> visitAliases(x.names());
            case Ast.Global x -> visitGlobal(x);
            case Ast.Nonlocal x -> visitNonlocal(x);
            case Ast.ExprStmt x -> visitExpr(x.value());
            case Ast.Pass x -> {
            }
            case Ast.Break x -> visitBreak(x);
            case Ast.Continue x -> visitContinue(x);
            case Ast.Match x -> visitMatch(x);
        }
    }

    /** A match statement: the subject, then each case's pattern, guard and body, as symtable.c. */
    protected void visitMatch(Ast.Match m) {
        visitExpr(m.subject());
        for (Ast.MatchCase c : m.cases()) {
            visitPattern(c.pattern());
            visitOptional(c.guard());
            visitStmts(c.body());
        }
    }

    /**
     * A pattern: its value expressions (literals, dotted names, mapping keys, class names) are visited as
     * expressions, and each name it binds as a {@link Ast.Ctx#Store} {@link Ast.Name} (so passes see captures as
     * assignments, as symtable.c does).
     */
    protected void visitPattern(Ast.Pattern p) {
        switch (p) {
            case Ast.MatchValue x -> visitExpr(x.value());
            case Ast.MatchSingleton x -> {
            }
            case Ast.MatchSequence x -> visitPatterns(x.patterns());
            case Ast.MatchMapping x -> {
                visitExprs(x.keys());
                visitPatterns(x.patterns());
                if (x.rest() != null) {
                    visitName(new Ast.Name(x.rest(), Ast.Ctx.Store, x.pos()));
                }
            }
            case Ast.MatchClass x -> {
                visitExpr(x.cls());
                visitPatterns(x.patterns());
                visitPatterns(x.kwdPatterns());
            }
            case Ast.MatchStar x -> {
                if (x.name() != null) {
                    visitName(new Ast.Name(x.name(), Ast.Ctx.Store, x.pos()));
                }
            }
            case Ast.MatchAs x -> {
                if (x.pattern() != null) {
                    visitPattern(x.pattern());
                }
                if (x.name() != null) {
                    visitName(new Ast.Name(x.name(), Ast.Ctx.Store, x.pos()));
                }
            }
            case Ast.MatchOr x -> visitPatterns(x.patterns());
        }
    }

    private void visitPatterns(List<Ast.Pattern> ps) {
        for (Ast.Pattern p : ps) {
            visitPattern(p);
        }
    }

    protected void visitFunctionDef(Ast.FunctionDef f) {
        visitDefaults(f.args());
        visitAnnotations(f.args(), f.returns());
        visitExprs(f.decoratorList());
        visitParameters(f.args());
        visitStmts(f.body());
    }

    protected void visitClassDef(Ast.ClassDef c) {
        visitElements(c.bases(), Ast.Ctx.Load);
        visitKeywords(c.keywords());
        visitExprs(c.decoratorList());
        visitStmts(c.body());
    }

    protected void visitReturn(Ast.Return r) {
        visitOptional(r.value());
    }

    protected void visitAssign(Ast.Assign a) {
        visitExprs(a.targets());
        visitExpr(a.value());
    }

    protected void visitAugAssign(Ast.AugAssign a) {
        visitExpr(a.target());
        visitExpr(a.value());
    }

    protected void visitAnnAssign(Ast.AnnAssign a) {
        visitExpr(a.target());
        visitAnnotation(a.annotation());
        visitOptional(a.value());
    }

    protected void visitFor(Ast.For f) {
        visitExpr(f.target());
        visitExpr(f.iter());
        visitStmts(f.body());
        visitStmts(f.orelse());
    }

    protected void visitWhile(Ast.While w) {
        visitExpr(w.test());
        visitStmts(w.body());
        visitStmts(w.orelse());
    }

    protected void visitWithItem(Ast.WithItem it) {
        visitExpr(it.contextExpr());
        visitOptional(it.optionalVars());
    }

    /** The parts of a {@code try} or {@code try ... except*} statement; symtable.c visits the else before the handlers. */
    protected void visitTryClauses(List<Stmt> body, List<Ast.ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody) {
        visitStmts(body);
        visitStmts(orelse);
        for (Ast.ExceptHandler h : handlers) {
            visitExceptHandler(h);
        }
        visitStmts(finalbody);
    }

    protected void visitExceptHandler(Ast.ExceptHandler h) {
        visitOptional(h.type());
        visitStmts(h.body());
    }

    private void visitAliases(List<Ast.Alias> names) {
        for (Ast.Alias al : names) {
            visitAlias(al);
        }
    }

    /** One imported name (of {@code import} or {@code from ... import}); a leaf. */
    protected void visitAlias(Ast.Alias al) {
    }

    protected void visitGlobal(Ast.Global g) {
    }

    protected void visitNonlocal(Ast.Nonlocal n) {
    }

    protected void visitBreak(Ast.Break b) {
    }

    protected void visitContinue(Ast.Continue c) {
    }

    // ---- function parts ----------------------------------------------------------------------------

    /** The default values of a function's or lambda's parameters: positional ones, then keyword-only ones. */
    protected void visitDefaults(Ast.Arguments a) {
        visitExprs(a.defaults());
        visitExprs(a.kwDefaults());
    }

    /** A function's annotations in symtable.c's order: posonly, ordinary, *args, **kwargs, keyword-only, return. */
    protected void visitAnnotations(Ast.Arguments a, Expr returns) {
        for (Ast.Arg x : a.posonlyargs()) {
            visitAnnotation(x.annotation());
        }
        for (Ast.Arg x : a.args()) {
            visitAnnotation(x.annotation());
        }
        if (a.vararg() != null) {
            visitAnnotation(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            visitAnnotation(a.kwarg().annotation());
        }
        for (Ast.Arg x : a.kwonlyargs()) {
            visitAnnotation(x.annotation());
        }
        visitAnnotation(returns);
    }

    /** An annotation (of a parameter, a return or an annotated assignment), or {@code null} where there is none. */
    protected void visitAnnotation(Expr e) {
        visitOptional(e);
    }

    /** The parameters in the order of a code object's {@code co_varnames}: posonly, ordinary, keyword-only, *args, **kwargs. */
    protected void visitParameters(Ast.Arguments a) {
        for (Ast.Arg x : a.posonlyargs()) {
            visitParameter(x);
        }
        for (Ast.Arg x : a.args()) {
            visitParameter(x);
        }
        for (Ast.Arg x : a.kwonlyargs()) {
            visitParameter(x);
        }
        if (a.vararg() != null) {
            visitParameter(a.vararg());
        }
        if (a.kwarg() != null) {
            visitParameter(a.kwarg());
        }
    }

    /** A parameter name (its annotation belongs to {@link #visitAnnotations}); a leaf. */
    protected void visitParameter(Ast.Arg a) {
    }

    // ---- expressions -------------------------------------------------------------------------------

    public void visitExpr(Expr e) {
        switch (e) {
            case Ast.BoolOp x -> visitExprs(x.values());
            case Ast.NamedExpr x -> visitNamedExpr(x);
            case Ast.BinOp x -> {
                visitExpr(x.left());
                visitExpr(x.right());
            }
            case Ast.UnaryOp x -> visitExpr(x.operand());
            case Ast.Lambda x -> visitLambda(x);
            case Ast.IfExp x -> {
                visitExpr(x.test());
                visitExpr(x.body());
                visitExpr(x.orelse());
            }
            case Ast.Dict x -> visitDict(x);
            case Ast.Set x -> visitElements(x.elts(), Ast.Ctx.Load);
            case Ast.ListComp x -> visitComprehensionExpr(x, x.elt(), null, x.generators());
            case Ast.SetComp x -> visitComprehensionExpr(x, x.elt(), null, x.generators());
            case Ast.DictComp x -> visitComprehensionExpr(x, x.key(), x.value(), x.generators());
            case Ast.GeneratorExp x -> visitComprehensionExpr(x, x.elt(), null, x.generators());
            case Ast.Yield x -> visitYield(x);
            case Ast.YieldFrom x -> visitYieldFrom(x);
            case Ast.Compare x -> {
                visitExpr(x.left());
                visitExprs(x.comparators());
            }
            case Ast.Call x -> {
                visitExpr(x.func());
                visitElements(x.args(), Ast.Ctx.Load);
                visitKeywords(x.keywords());
            }
            case Ast.FormattedValue x -> {
                visitExpr(x.value());
                visitOptional(x.formatSpec());
            }
            case Ast.JoinedStr x -> visitExprs(x.values());
            case Ast.Constant x -> {
            }
            case Ast.Attribute x -> visitAttribute(x);
            case Ast.Subscript x -> {
                visitExpr(x.value());
                visitExpr(x.slice());
            }
            case Ast.Starred x -> visitStarred(x);
            case Ast.Name x -> visitName(x);
            case Ast.List x -> visitElements(x.elts(), x.ctx());
            case Ast.Tuple x -> visitElements(x.elts(), x.ctx());
            case Ast.Slice x -> {
                visitOptional(x.lower());
                visitOptional(x.upper());
                visitOptional(x.step());
            }
        }
    }

    protected void visitNamedExpr(Ast.NamedExpr n) {
        visitExpr(n.value());
        visitExpr(n.target());
    }

    protected void visitLambda(Ast.Lambda l) {
        visitDefaults(l.args());
        visitParameters(l.args());
        visitExpr(l.body());
    }

    /**
     * A list, set or dict comprehension or a generator expression, in symtable.c's order: the first
     * iterable (evaluated in the enclosing scope), the first target and conditions, each further
     * {@code for} clause, then the value and the element.
     *
     * @param node  the ListComp, SetComp, DictComp or GeneratorExp
     * @param elt   the element, or the key of a dict comprehension
     * @param value the value of a dict comprehension, otherwise {@code null}
     */
    protected void visitComprehensionExpr(Expr node, Expr elt, Expr value, List<Ast.Comprehension> generators) {
        Ast.Comprehension outermost = generators.get(0);
        visitExpr(outermost.iter());
        visitExpr(outermost.target());
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Ast.Comprehension c = generators.get(i);
            visitExpr(c.target());
            visitExpr(c.iter());
            visitExprs(c.ifs());
        }
        visitOptional(value);
        visitExpr(elt);
    }

    protected void visitYield(Ast.Yield y) {
        visitOptional(y.value());
    }

    protected void visitYieldFrom(Ast.YieldFrom y) {
        visitExpr(y.value());
    }

    protected void visitAttribute(Ast.Attribute a) {
        visitExpr(a.value());
    }

    protected void visitStarred(Ast.Starred s) {
        visitExpr(s.value());
    }

    protected void visitName(Ast.Name n) {
    }

    /**
     * The elements of a list, tuple or set display, a call's positional arguments or a class's bases:
     * the lists where {@code *x} may stand.
     *
     * @param ctx the list's or tuple's context; {@link Ast.Ctx#Load} for the others
     */
    protected void visitElements(List<Expr> elts, Ast.Ctx ctx) {
        visitExprs(elts);
    }

    /** The keyword arguments of a call or class definition: their values, in order. */
    protected void visitKeywords(List<Ast.Keyword> keywords) {
        for (Ast.Keyword k : keywords) {
            visitExpr(k.value());
        }
    }
}
