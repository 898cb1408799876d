package org.auditpy.parser;

import static org.auditpy.parser.Scope.DEF_ANNOT;
import static org.auditpy.parser.Scope.DEF_BOUND;
import static org.auditpy.parser.Scope.DEF_COMP_ITER;
import static org.auditpy.parser.Scope.DEF_FREE_CLASS;
import static org.auditpy.parser.Scope.DEF_GLOBAL;
import static org.auditpy.parser.Scope.DEF_IMPORT;
import static org.auditpy.parser.Scope.DEF_LOCAL;
import static org.auditpy.parser.Scope.DEF_NONLOCAL;
import static org.auditpy.parser.Scope.DEF_PARAM;
import static org.auditpy.parser.Scope.USE;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.auditpy.parser.ast.Ast;
import org.auditpy.parser.ast.Ast.Expr;
import org.auditpy.parser.ast.Ast.Pos;
import org.auditpy.parser.ast.Ast.Stmt;
import org.auditpy.parser.ast.AstWalker;

/**
 * Scope analysis of a parsed module: the port of CPython 3.11's Python/symtable.c (both passes:
 * collecting each block's symbols with their flags, then {@code analyze_block} resolving every name to
 * LOCAL, CELL, FREE, GLOBAL_EXPLICIT or GLOBAL_IMPLICIT), preceded by the {@code from __future__} checks
 * of Python/future.c and followed by the checks CPython's compiler (Python/compile.c) makes before
 * emitting code.
 *
 * <p>Scopes: the module, each class body, each function and lambda, and each comprehension or generator
 * expression, whose first iterable is evaluated in the enclosing scope and which receives it as the
 * implicit parameter {@code .0}. A walrus inside a comprehension binds in the nearest enclosing function
 * (or module) scope. Uses of {@code super} in a function count as uses of {@code __class__}.
 */
public final class ScopeAnalyzer extends AstWalker {
    private final Source src;
    private final String filename;
    private final ArrayDeque<Scope> stack = new ArrayDeque<>();
    private Scope cur;
    private Scope module;
    private String privateName;
    private boolean futureAnnotations;

    private ScopeAnalyzer(String filename) {
        this.filename = filename;
        this.src = null;
    }

    /**
     * Analyzes the scopes of a parse result.
     *
     * @param mod      the tree from {@link PythonParserFacade#parse}
     * @param filename the file name for error messages
     * @return the scopes of the module and of every nested block
     * @throws PythonSyntaxError for the errors CPython raises after parsing, with its wording and the
     *                           location of the offending statement or expression ({@code text} is
     *                           {@code null} and {@code rereadText} set: the runtime rereads the line from
     *                           the file, as CPython does): in
     *                           this order, future-import errors ({@code from __future__ imports must occur
     *                           at the beginning of the file}), symbol-table errors ({@code name 'x' is used
     *                           prior to global declaration}, {@code name 'x' is assigned to before global
     *                           declaration}, {@code name 'x' is parameter and global}, {@code nonlocal
     *                           declaration not allowed at module level}, {@code no binding for nonlocal 'x'
     *                           found}, {@code duplicate argument 'x' in function definition}, {@code import *
     *                           only allowed at module level}, walrus-in-comprehension errors, {@code 'yield'
     *                           inside list comprehension}), then compiler errors ({@code 'return' outside
     *                           function}, {@code 'break' outside loop}, {@code 'continue' not properly in
     *                           loop}, {@code 'yield' outside function}, {@code keyword argument repeated: x},
     *                           starred-assignment errors, {@code cannot assign to __debug__})
     */
    public static ScopeInfo analyze(Ast.Mod mod, String filename) {
        ScopeAnalyzer a = new ScopeAnalyzer(filename);
        List<Stmt> body = switch (mod) {
            case Ast.Module m -> m.body();
            case Ast.Interactive i -> i.body();
            case Ast.Expression e -> List.of();
        };
        a.checkFuture(body);
        a.module = new Scope(Scope.Kind.MODULE, "top", null, mod, null);
        a.cur = a.module;
        a.stack.push(a.module);
        a.visitMod(mod);
        a.analyzeBlock(a.module, null, new HashSet<>(), new HashSet<>());
        new CompileChecks(a).visitMod(mod);
        ScopeInfo info = new ScopeInfo(a.module);
        info.futureAnnotations = a.futureAnnotations;
        return info;
    }

    // ---- errors --------------------------------------------------------------------------------------

    PythonSyntaxError error(String msg, Pos p) {
        return PythonSyntaxError.afterParse(msg, filename, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1);
    }

    /**
     * An error of CPython's future.c: {@code PyErr_SyntaxLocationObject} gives {@code end_lineno} the line
     * and leaves {@code end_offset} None.
     */
    PythonSyntaxError futureError(String msg, Pos p) {
        return PythonSyntaxError.afterParse(msg, filename, p.line(), p.col() + 1, p.line(),
                PythonSyntaxError.NO_END_OFFSET);
    }

    // ---- future.c ------------------------------------------------------------------------------------

    private static final Set<String> FUTURES = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    private void checkFuture(List<Stmt> body) {
        boolean done = false;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (s instanceof Ast.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
                if (done) {
                    throw error("from __future__ imports must occur at the beginning of the file", s.pos());
                }
                for (Ast.Alias al : f.names()) {
                    if (al.name().equals("braces")) {
                        throw futureError("not a chance", s.pos());
                    }
                    if (!FUTURES.contains(al.name())) {
                        throw futureError("future feature " + al.name() + " is not defined", s.pos());
                    }
                    if (al.name().equals("annotations")) {
                        futureAnnotations = true;
                    }
                }
            } else if (i == 0 && s instanceof Ast.ExprStmt e && e.value() instanceof Ast.Constant c
                    && c.value() instanceof String) {
                // docstring
            } else {
                done = true;
            }
        }
    }

    // ---- pass 1: symbols -----------------------------------------------------------------------------

    private void enter(Scope.Kind kind, String name, Object node) {
        Scope s = new Scope(kind, name, cur, node, privateName);
        cur.children.add(s);
        stack.push(s);
        cur = s;
    }

    private void exit() {
        stack.pop();
        cur = stack.peek();
    }

    private void addDef(String name, int flag, Pos pos) {
        addDefHelper(name, flag, cur, pos);
    }

    private void addDefHelper(String name, int flag, Scope ste, Pos pos) {
        String mangled = Scope.mangle(privateName, name);
        Integer o = ste.symbols.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", pos);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", pos);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.params.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            Integer g = module.symbols.get(mangled);
            module.symbols.put(mangled, flag | (g == null ? 0 : g));
        }
    }

    private int lookupFlags(String name) {
        Integer o = cur.symbols.get(Scope.mangle(privateName, name));
        return o == null ? 0 : o;
    }

    // The walk of symtable.c is AstWalker's default order; the overrides below add the symbols.

    @Override
    protected void visitFunctionDef(Ast.FunctionDef f) {
        addDef(f.name(), DEF_LOCAL, f.pos());
        visitDefaults(f.args());
        visitAnnotations(f.args(), f.returns());
        visitExprs(f.decoratorList());
        enter(Scope.Kind.FUNCTION, f.name(), f);
        visitParameters(f.args());
        visitStmts(f.body());
        exit();
    }

    @Override
    protected void visitClassDef(Ast.ClassDef c) {
        addDef(c.name(), DEF_LOCAL, c.pos());
        visitElements(c.bases(), Ast.Ctx.Load);
        visitKeywords(c.keywords());
        visitExprs(c.decoratorList());
        String tmp = privateName;
        privateName = c.name(); // CPython's st_private: names in the body mangle with this class name
        enter(Scope.Kind.CLASS, c.name(), c);
        visitStmts(c.body());
        privateName = tmp;
        exit();
    }

    @Override
    protected void visitAnnAssign(Ast.AnnAssign a) {
        if (a.target() instanceof Ast.Name n) {
            int f = lookupFlags(n.id());
            if ((f & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != module && a.simple()) {
                throw error(((f & DEF_GLOBAL) != 0 ? "annotated name '" + n.id() + "' can't be global"
                        : "annotated name '" + n.id() + "' can't be nonlocal"), a.pos());
            }
            if (a.simple()) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.pos());
            } else if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, n.pos());
            }
        } else {
            visitExpr(a.target());
        }
        visitAnnotation(a.annotation());
        visitOptional(a.value());
    }

    @Override
    protected void visitGlobal(Ast.Global g) {
        declare(g.names(), "global", DEF_GLOBAL, g.pos());
    }

    @Override
    protected void visitNonlocal(Ast.Nonlocal n) {
        declare(n.names(), "nonlocal", DEF_NONLOCAL, n.pos());
    }

    /** A {@code global} or {@code nonlocal} statement ({@code what}), whose names get {@code flag}. */
    private void declare(List<String> names, String what, int flag, Pos pos) {
        for (String name : names) {
            int f = lookupFlags(name);
            if ((f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((f & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((f & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((f & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw error(msg, pos);
            }
            addDef(name, flag, pos);
            cur.directives.putIfAbsent(Scope.mangle(privateName, name), pos);
        }
    }

    @Override
    protected void visitExceptHandler(Ast.ExceptHandler h) {
        visitOptional(h.type());
        if (h.name() != null) {
            addDef(h.name(), DEF_LOCAL, h.pos());
        }
        visitStmts(h.body());
    }

    @Override
    protected void visitAlias(Ast.Alias a) {
        String name = a.asname() == null ? a.name() : a.asname();
        int dot = name.indexOf('.');
        String store = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            addDef(store, DEF_IMPORT, a.pos());
        } else if (cur.kind != Scope.Kind.MODULE) {
            throw error("import * only allowed at module level", a.pos());
        }
    }

    @Override
    protected void visitAnnotation(Expr e) {
        if (!futureAnnotations) {
            super.visitAnnotation(e);
        }
    }

    @Override
    protected void visitParameter(Ast.Arg x) {
        addDef(x.arg(), DEF_PARAM, x.pos());
    }

    @Override
    protected void visitNamedExpr(Ast.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", n.pos());
        }
        if (cur.comprehension) {
            extendNamedExprScope((Ast.Name) n.target());
        }
        super.visitNamedExpr(n);
    }

    @Override
    protected void visitLambda(Ast.Lambda l) {
        visitDefaults(l.args());
        enter(Scope.Kind.LAMBDA, "lambda", l);
        visitParameters(l.args());
        visitExpr(l.body());
        exit();
    }

    @Override
    protected void visitYield(Ast.Yield y) {
        super.visitYield(y);
        markGenerator(y);
    }

    @Override
    protected void visitYieldFrom(Ast.YieldFrom y) {
        super.visitYieldFrom(y);
        markGenerator(y);
    }

    private void markGenerator(Expr yield) {
        cur.generator = true;
        if (cur.comprehension) {
            throw error("'yield' inside " + comprehensionKind(cur.node), yield.pos());
        }
    }

    private static String comprehensionKind(Object node) {
        return node instanceof Ast.ListComp ? "list comprehension"
                : node instanceof Ast.SetComp ? "set comprehension"
                        : node instanceof Ast.DictComp ? "dict comprehension" : "generator expression";
    }

    /** {@code x += e} and {@code x = x + e} on a name: the name is recorded as a concatenation target ({@link Scope#isConcatTarget}). */
    @Override
    protected void visitAugAssign(Ast.AugAssign a) {
        if (a.op() == Ast.Operator.Add && a.target() instanceof Ast.Name n) {
            cur.concatTargets.add(Scope.mangle(privateName, n.id()));
        }
        super.visitAugAssign(a);
    }

    @Override
    protected void visitAssign(Ast.Assign a) {
        if (selfConcat(a) != null) {
            cur.concatTargets.add(Scope.mangle(privateName, ((Ast.Name) a.targets().get(0)).id()));
        }
        super.visitAssign(a);
    }

    /** The right operand of {@code x = x + e} (one target, the same name on the left of the +), else null. */
    public static Expr selfConcat(Ast.Assign a) {
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Ast.Name t && a.value() instanceof Ast.BinOp b
                        && b.op() == Ast.Operator.Add && b.left() instanceof Ast.Name l && l.id().equals(t.id())) {
            return b.right();
        }
        return null;
    }

    @Override
    protected void visitName(Ast.Name n) {
        addDef(n.id(), n.ctx() == Ast.Ctx.Load ? USE : DEF_LOCAL, n.pos());
        if (n.ctx() == Ast.Ctx.Load && cur.kind != Scope.Kind.CLASS && cur.kind != Scope.Kind.MODULE
                && n.id().equals("super")) {
            addDef("__class__", USE, n.pos());
        }
    }

    @Override
    protected void visitComprehensionExpr(Expr node, Expr elt, Expr value, List<Ast.Comprehension> gens) {
        String name = switch (node) {
            case Ast.GeneratorExp g -> "genexpr";
            case Ast.ListComp l -> "listcomp";
            case Ast.SetComp s -> "setcomp";
            default -> "dictcomp";
        };
        Ast.Comprehension outermost = gens.get(0);
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        enter(Scope.Kind.COMPREHENSION, name, node);
        cur.comprehension = true;
        addDef(".0", DEF_PARAM, node.pos());
        cur.compIterTarget = true;
        visitExpr(outermost.target());
        cur.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Ast.Comprehension c = gens.get(i);
            cur.compIterTarget = true;
            visitExpr(c.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(c.iter());
            cur.compIterExpr--;
            visitExprs(c.ifs());
        }
        visitOptional(value);
        visitExpr(elt);
        cur.generator = node instanceof Ast.GeneratorExp;
        exit();
    }

    private void extendNamedExprScope(Ast.Name target) {
        String name = target.id();
        for (Scope ste : stack) { // innermost first
            if (ste.comprehension) {
                Integer f = ste.symbols.get(Scope.mangle(privateName, name));
                if (f != null && (f & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'",
                            target.pos());
                }
                continue;
            }
            if (ste.isFunctionLike()) {
                Integer f = ste.symbols.get(Scope.mangle(privateName, name));
                if (f != null && (f & DEF_GLOBAL) != 0) {
                    addDef(name, DEF_GLOBAL, target.pos());
                } else {
                    addDef(name, DEF_NONLOCAL, target.pos());
                }
                cur.directives.putIfAbsent(Scope.mangle(privateName, name), target.pos());
                addDefHelper(name, DEF_LOCAL, ste, target.pos());
                return;
            }
            if (ste.kind == Scope.Kind.MODULE) {
                addDef(name, DEF_GLOBAL, target.pos());
                cur.directives.putIfAbsent(Scope.mangle(privateName, name), target.pos());
                addDefHelper(name, DEF_GLOBAL, ste, target.pos());
                return;
            }
            if (ste.kind == Scope.Kind.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", target.pos());
            }
        }
    }

    // ---- pass 2: analyze_block -----------------------------------------------------------------------

    private void analyzeName(Scope ste, Map<String, Scope.SymbolKind> scopes, String name, int flags, Set<String> bound,
            Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw error("name '" + name + "' is nonlocal and global", directive(ste, name));
            }
            scopes.put(name, Scope.SymbolKind.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw error("nonlocal declaration not allowed at module level", directive(ste, name));
            }
            if (!bound.contains(name)) {
                throw error("no binding for nonlocal '" + name + "' found", directive(ste, name));
            }
            scopes.put(name, Scope.SymbolKind.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, Scope.SymbolKind.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, Scope.SymbolKind.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, Scope.SymbolKind.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.hasFree = true;
        }
        scopes.put(name, Scope.SymbolKind.GLOBAL_IMPLICIT);
    }

    private static Pos directive(Scope ste, String name) {
        Pos p = ste.directives.get(name);
        return p == null ? Pos.NONE : p;
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Scope.SymbolKind> scopes = new java.util.LinkedHashMap<>();
        Set<String> newglobal = new HashSet<>();
        Set<String> newfree = new HashSet<>();
        Set<String> newbound = new HashSet<>();
        if (ste.kind == Scope.Kind.CLASS) {
            newglobal.addAll(global);
            if (bound != null) {
                newbound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.kind != Scope.Kind.CLASS) {
            if (ste.isFunctionLike()) {
                newbound.addAll(local);
            }
            if (bound != null) {
                newbound.addAll(bound);
            }
            newglobal.addAll(global);
        } else {
            newbound.add("__class__");
        }
        Set<String> allfree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> tempBound = new HashSet<>(newbound);
            Set<String> tempFree = new HashSet<>(newfree);
            Set<String> tempGlobal = new HashSet<>(newglobal);
            analyzeBlock(child, tempBound, tempFree, tempGlobal);
            allfree.addAll(tempFree);
            if (child.hasFree || child.childFree) {
                ste.childFree = true;
            }
        }
        newfree.addAll(allfree);
        if (ste.isFunctionLike()) {
            // analyze_cells
            for (Map.Entry<String, Scope.SymbolKind> e : scopes.entrySet()) {
                if (e.getValue() == Scope.SymbolKind.LOCAL && newfree.contains(e.getKey())) {
                    e.setValue(Scope.SymbolKind.CELL);
                    newfree.remove(e.getKey());
                }
            }
        } else if (ste.kind == Scope.Kind.CLASS) {
            if (newfree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        // update_symbols
        for (Map.Entry<String, Scope.SymbolKind> e : scopes.entrySet()) {
            ste.scopes.put(e.getKey(), e.getValue());
        }
        for (String name : newfree) {
            Integer f = ste.symbols.get(name);
            if (f != null) {
                if (ste.kind == Scope.Kind.CLASS && (f & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, f | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, 0);
            ste.scopes.put(name, Scope.SymbolKind.FREE);
        }
        free.addAll(newfree);
    }

    // ---- compiler checks -----------------------------------------------------------------------------

    /**
     * The errors CPython's compiler raises while walking the tree (Python/compile.c), in its order: the
     * overrides below are where compile.c checks something or visits in another order than symtable.c.
     */
    private static final class CompileChecks extends AstWalker {
        private final ScopeAnalyzer a;
        private int loops;
        private boolean inFunction;

        CompileChecks(ScopeAnalyzer a) {
            this.a = a;
        }

        /** Runs {@code walk} as the body of a new code block (function or not), outside any loop. */
        private void block(boolean function, Runnable walk) {
            int savedLoops = loops;
            boolean savedFn = inFunction;
            loops = 0;
            inFunction = function;
            walk.run();
            loops = savedLoops;
            inFunction = savedFn;
        }

        private void loopBody(List<Stmt> body) {
            loops++;
            visitStmts(body);
            loops--;
        }

        private void debugName(String name, Pos p, boolean del) {
            if (name.equals("__debug__")) {
                throw a.error(del ? "cannot delete __debug__" : "cannot assign to __debug__", p);
            }
        }

        @Override
        protected void visitFunctionDef(Ast.FunctionDef f) {
            visitExprs(f.decoratorList());
            visitDefaults(f.args());
            visitParameters(f.args());
            block(true, () -> visitStmts(f.body()));
        }

        @Override
        protected void visitClassDef(Ast.ClassDef c) {
            visitExprs(c.decoratorList());
            visitElements(c.bases(), Ast.Ctx.Load);
            visitKeywords(c.keywords());
            block(false, () -> visitStmts(c.body()));
        }

        @Override
        protected void visitLambda(Ast.Lambda l) {
            visitDefaults(l.args());
            visitParameters(l.args());
            block(true, () -> visitExpr(l.body()));
        }

        @Override
        protected void visitComprehensionExpr(Expr node, Expr elt, Expr value, List<Ast.Comprehension> gens) {
            visitExpr(gens.get(0).iter());
            block(true, () -> {
                for (int i = 0; i < gens.size(); i++) {
                    Ast.Comprehension c = gens.get(i);
                    if (i > 0) {
                        visitExpr(c.iter());
                    }
                    target(c.target());
                    visitExprs(c.ifs());
                }
                visitExpr(elt);
                visitOptional(value);
            });
        }

        @Override
        protected void visitParameter(Ast.Arg x) {
            debugName(x.arg(), x.pos(), false);
        }

        // ---- match statements: the pattern checks of compile.c (compiler_pattern_* and pattern_helper_store_name) ----

        /** Where compile.c's SET_LOC last put the compiler: the pattern being compiled, where its errors point. */
        private Pos patternLoc;
        /** The names the current (alternative of the) pattern stores, in order (compile.c's pc->stores). */
        private List<String> stores;
        private boolean allowIrrefutable;

        @Override
        protected void visitMatch(Ast.Match m) {
            visitExpr(m.subject());
            List<Ast.MatchCase> cases = m.cases();
            for (int i = 0; i < cases.size(); i++) {
                Ast.MatchCase c = cases.get(i);
                stores = new ArrayList<>();
                allowIrrefutable = c.guard() != null || i == cases.size() - 1;
                checkPattern(c.pattern());
                visitOptional(c.guard());
                visitStmts(c.body());
            }
        }


        /** A mapping pattern key's value as compile.c sees it after constant folding (-1, 1+2j), or null for a dotted name. */
        private static Object constantKey(Expr k) {
            return switch (k) {
                case Ast.Constant c -> c.value();
                case Ast.UnaryOp u when u.operand() instanceof Ast.Constant c -> negate(c.value());
                case Ast.BinOp b when b.left() instanceof Ast.Constant || b.left() instanceof Ast.UnaryOp -> {
                    Object re = constantKey(b.left());
                    double im = ((Ast.Imaginary) ((Ast.Constant) b.right()).value()).imag();
                    yield new double[]{toDouble(re), b.op() == Ast.Operator.Sub ? -im : im};
                }
                default -> null;
            };
        }

        private static Object negate(Object v) {
            return switch (v) {
                case Long l -> l == Long.MIN_VALUE ? java.math.BigInteger.valueOf(l).negate() : (Object) (-l);
                case java.math.BigInteger b -> b.negate();
                case Double d -> -d;
                case Ast.Imaginary i -> new Ast.Imaginary(-i.imag());
                default -> v;
            };
        }

        private static double toDouble(Object v) {
            return switch (v) {
                case Long l -> l;
                case java.math.BigInteger b -> b.doubleValue();
                case Double d -> d;
                case Boolean b -> b ? 1 : 0;
                default -> Double.NaN;
            };
        }

        /** A number as (real, imaginary), or null when {@code v} is not a number. */
        private static double[] complexOf(Object v) {
            if (v instanceof double[] c) {
                return c;
            }
            if (v instanceof Ast.Imaginary i) {
                return new double[]{0, i.imag()};
            }
            if (v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double || v instanceof Boolean) {
                return new double[]{toDouble(v), 0};
            }
            return null;
        }

        /** Whether two constant keys are equal as Python's set would find them (1 == 1.0 == True). */
        private static boolean sameKey(Object a, Object b) {
            double[] ca = complexOf(a);
            double[] cb = complexOf(b);
            if (ca != null || cb != null) {
                if (a instanceof java.math.BigInteger || b instanceof java.math.BigInteger) {
                    return a.equals(b);
                }
                return ca != null && cb != null && ca[0] == cb[0] && ca[1] == cb[1];
            }
            if (a instanceof byte[] x && b instanceof byte[] y) {
                return java.util.Arrays.equals(x, y);
            }
            return a.equals(b);
        }

        private static String keyRepr(Object v) {
            return switch (v) {
                case Boolean b -> b ? "True" : "False";
                case Ast.Singleton s -> s == Ast.Singleton.NONE ? "None" : "Ellipsis";
                case Long l -> l.toString();
                case java.math.BigInteger b -> b.toString();
                case byte[] bs -> "b" + org.auditpy.runtime.PyOps.repr(new String(bs, java.nio.charset.StandardCharsets.ISO_8859_1));
                case double[] c -> "(" + org.auditpy.runtime.PyOps.repr(c[0]) + (c[1] < 0 ? "-" : "+")
                                + org.auditpy.runtime.PyOps.repr(Math.abs(c[1])) + "j)"; // complex numbers are not supported
                case Ast.Imaginary i -> org.auditpy.runtime.PyOps.repr(i.imag()) + "j";
                default -> org.auditpy.runtime.PyOps.repr(v);
            };
        }

        private void storeName(String n) {
            if (n == null) {
                return;
            }
            if (n.equals("__debug__")) {
                throw a.error("cannot assign to __debug__", patternLoc);
            }
            if (stores.contains(n)) {
                throw a.error("multiple assignments to name '" + n + "' in pattern", patternLoc);
            }
            stores.add(n);
        }

        private void subpattern(Ast.Pattern p) {
            boolean saved = allowIrrefutable;
            allowIrrefutable = true;
            checkPattern(p);
            allowIrrefutable = saved;
        }

        private void checkPattern(Ast.Pattern p) {
            patternLoc = p.pos();
            switch (p) {
                case Ast.MatchValue v -> visitExpr(v.value());
                case Ast.MatchSingleton v -> {
                }
                case Ast.MatchStar st -> storeName(st.name());
                case Ast.MatchAs as -> {
                    if (as.pattern() == null) {
                        if (!allowIrrefutable) {
                            throw a.error(as.name() != null ? "name capture '" + as.name() + "' makes remaining patterns unreachable"
                                            : "wildcard makes remaining patterns unreachable", patternLoc);
                        }
                    } else {
                        checkPattern(as.pattern());
                    }
                    storeName(as.name());
                }
                case Ast.MatchSequence sq -> {
                    long stars = sq.patterns().stream().filter(x -> x instanceof Ast.MatchStar).count();
                    if (stars > 1) {
                        throw a.error("multiple starred names in sequence pattern", patternLoc);
                    }
                    for (Ast.Pattern x : sq.patterns()) {
                        subpattern(x);
                    }
                }
                case Ast.MatchMapping mm -> {
                    List<Object> seen = new ArrayList<>();
                    for (Expr k : mm.keys()) {
                        Object v = constantKey(k);
                        if (v != null) {
                            for (Object o : seen) {
                                if (sameKey(o, v)) {
                                    throw a.error("mapping pattern checks duplicate key (" + keyRepr(v) + ")", patternLoc);
                                }
                            }
                            seen.add(v);
                        }
                        visitExpr(k);
                    }
                    for (Ast.Pattern x : mm.patterns()) {
                        subpattern(x);
                    }
                    storeName(mm.rest());
                }
                case Ast.MatchClass c -> {
                    visitExpr(c.cls());
                    for (int i = 0; i < c.kwdAttrs().size(); i++) {
                        String n = c.kwdAttrs().get(i);
                        if (c.kwdAttrs().subList(0, i).contains(n)) {
                            throw a.error("attribute name repeated in class pattern: " + n, c.kwdPatterns().get(i).pos());
                        }
                    }
                    for (Ast.Pattern x : c.patterns()) {
                        subpattern(x);
                    }
                    for (Ast.Pattern x : c.kwdPatterns()) {
                        subpattern(x);
                    }
                }
                case Ast.MatchOr o -> {
                    List<String> outer = stores;
                    boolean outerAllow = allowIrrefutable;
                    List<String> control = null;
                    for (int i = 0; i < o.patterns().size(); i++) {
                        stores = new ArrayList<>();
                        allowIrrefutable = i == o.patterns().size() - 1 && outerAllow;
                        checkPattern(o.patterns().get(i));
                        if (control == null) {
                            control = stores;
                        } else if (control.size() != stores.size() || !stores.containsAll(control)) {
                            throw a.error("alternative patterns bind different names", patternLoc);
                        }
                    }
                    stores = outer;
                    allowIrrefutable = outerAllow;
                    for (String n : control) {
                        storeName(n);
                    }
                }
            }
        }

        @Override
        protected void visitReturn(Ast.Return r) {
            if (!inFunction) {
                throw a.error("'return' outside function", r.pos());
            }
            super.visitReturn(r);
        }

        @Override
        protected void visitAssign(Ast.Assign as) {
            visitExpr(as.value());
            for (Expr t : as.targets()) {
                target(t);
            }
        }

        @Override
        protected void visitAugAssign(Ast.AugAssign as) {
            visitExpr(as.value());
            visitExpr(as.target());
        }

        @Override
        protected void visitAnnAssign(Ast.AnnAssign as) {
            visitOptional(as.value());
            visitExpr(as.target());
        }

        @Override
        protected void visitFor(Ast.For f) {
            visitExpr(f.iter());
            target(f.target());
            loopBody(f.body());
            visitStmts(f.orelse());
        }

        @Override
        protected void visitWhile(Ast.While w) {
            visitExpr(w.test());
            loopBody(w.body());
            visitStmts(w.orelse());
        }

        @Override
        protected void visitWithItem(Ast.WithItem it) {
            visitExpr(it.contextExpr());
            if (it.optionalVars() != null) {
                target(it.optionalVars());
            }
        }

        @Override
        protected void visitTryClauses(List<Stmt> body, List<Ast.ExceptHandler> handlers, List<Stmt> orelse,
                List<Stmt> finalbody) {
            visitStmts(body);
            for (Ast.ExceptHandler h : handlers) {
                visitExceptHandler(h);
            }
            visitStmts(orelse);
            visitStmts(finalbody);
        }

        @Override
        protected void visitExceptHandler(Ast.ExceptHandler h) {
            visitOptional(h.type());
            if (h.name() != null) {
                debugName(h.name(), h.pos(), false);
            }
            visitStmts(h.body());
        }

        @Override
        protected void visitAlias(Ast.Alias al) {
            debugName(al.asname() != null ? al.asname() : al.name(), al.pos(), false);
        }

        @Override
        protected void visitBreak(Ast.Break b) {
            if (loops == 0) {
                throw a.error("'break' outside loop", b.pos());
            }
        }

        @Override
        protected void visitContinue(Ast.Continue c) {
            if (loops == 0) {
                throw a.error("'continue' not properly in loop", c.pos());
            }
        }

        @Override
        protected void visitKeywords(List<Ast.Keyword> kws) {
            Set<String> seen = new HashSet<>();
            for (Ast.Keyword k : kws) {
                if (k.arg() != null) {
                    debugName(k.arg(), k.pos(), false);
                    if (!seen.add(k.arg())) {
                        throw a.error("keyword argument repeated: " + k.arg(), k.pos());
                    }
                }
            }
            super.visitKeywords(kws);
        }

        /** An assignment target (compiler_visit_expr in Store context, with unpack_helper's starred checks). */
        private void target(Expr t) {
            switch (t) {
                case Ast.Starred s -> throw a.error("starred assignment target must be in a list or tuple", s.pos());
                case Ast.Tuple tu -> unpack(tu.elts(), tu.pos());
                case Ast.List l -> unpack(l.elts(), l.pos());
                default -> visitExpr(t);
            }
        }

        private void unpack(List<Expr> elts, Pos container) {
            boolean seenStar = false;
            for (Expr e : elts) {
                if (e instanceof Ast.Starred s) {
                    if (seenStar) {
                        throw a.error("multiple starred expressions in assignment", container);
                    }
                    seenStar = true;
                }
            }
            for (Expr e : elts) {
                if (e instanceof Ast.Starred s) {
                    target(s.value());
                } else {
                    target(e);
                }
            }
        }

        @Override
        protected void visitYield(Ast.Yield y) {
            checkYield(y);
            super.visitYield(y);
        }

        /** compile.c's compiler_dict visits each item's key then its value, so errors come in that order. */
        @Override
        protected void visitDict(Ast.Dict d) {
            for (int i = 0; i < d.keys().size(); i++) {
                visitOptional(d.keys().get(i));
                visitExpr(d.values().get(i));
            }
        }

        @Override
        protected void visitYieldFrom(Ast.YieldFrom y) {
            checkYield(y);
            super.visitYieldFrom(y);
        }

        private void checkYield(Expr y) {
            if (!inFunction) {
                throw a.error("'yield' outside function", y.pos());
            }
        }

        @Override
        protected void visitAttribute(Ast.Attribute at) {
            super.visitAttribute(at);
            if (at.ctx() != Ast.Ctx.Load) {
                debugName(at.attr(), at.pos(), at.ctx() == Ast.Ctx.Del);
            }
        }

        /** A starred expression reached here is not in a place where unpacking is allowed. */
        @Override
        protected void visitStarred(Ast.Starred s) {
            if (s.ctx() == Ast.Ctx.Store) {
                throw a.error("starred assignment target must be in a list or tuple", s.pos());
            }
            throw a.error("can't use starred expression here", s.pos());
        }

        @Override
        protected void visitName(Ast.Name n) {
            if (n.ctx() != Ast.Ctx.Load) {
                debugName(n.id(), n.pos(), n.ctx() == Ast.Ctx.Del);
            }
        }

        /** Elements of a display, call or class bases: starred elements are allowed here (unpacking in a display). */
        @Override
        protected void visitElements(List<Expr> elts, Ast.Ctx ctx) {
            if (ctx == Ast.Ctx.Store) {
                unpack(elts, elts.isEmpty() ? Pos.NONE : Pos.span(elts.get(0).pos(), elts.get(elts.size() - 1).pos()));
                return;
            }
            for (Expr x : elts) {
                if (x instanceof Ast.Starred s && ctx == Ast.Ctx.Load) {
                    visitExpr(s.value());
                } else {
                    visitExpr(x);
                }
            }
        }
    }
}
