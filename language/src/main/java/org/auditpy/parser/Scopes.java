package org.auditpy.parser;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.auditpy.parser.ast.Ast;

/**
 * Name resolution for the node builder (a compact form of CPython's Python/symtable.c): which names are
 * fast locals, cells, free variables, class-namespace names or globals in each module, function, lambda and
 * class scope. Comprehensions are compiled inline in their enclosing scope.
 */
final class Scopes {
    enum Kind { MODULE, FUNCTION, CLASS }

    enum Binding { LOCAL, CELL, FREE, GLOBAL, CLASS }

    static final class Scope {
        final Kind kind;
        final String name;
        final Scope parent;
        final Set<String> params = new LinkedHashSet<>();
        final Set<String> assigned = new LinkedHashSet<>();
        final Set<String> globals = new LinkedHashSet<>();
        final Set<String> nonlocals = new LinkedHashSet<>();
        final Set<String> used = new LinkedHashSet<>();
        final Set<String> cells = new LinkedHashSet<>();
        final Set<String> frees = new LinkedHashSet<>();
        final List<Scope> children = new ArrayList<>();
        boolean usesSuper;
        boolean isGenerator;

        Scope(Kind kind, String name, Scope parent) {
            this.kind = kind;
            this.name = name;
            this.parent = parent;
            if (parent != null) {
                parent.children.add(this);
            }
        }

        boolean isLocal(String n) {
            return (params.contains(n) || assigned.contains(n)) && !globals.contains(n) && !nonlocals.contains(n);
        }

        Binding binding(String n) {
            if (kind == Kind.MODULE || globals.contains(n)) {
                return Binding.GLOBAL;
            }
            if (kind == Kind.CLASS) {
                if (frees.contains(n) && !assigned.contains(n)) {
                    return Binding.FREE;
                }
                return Binding.CLASS;
            }
            if (cells.contains(n)) {
                return Binding.CELL;
            }
            if (frees.contains(n)) {
                return Binding.FREE;
            }
            if (isLocal(n)) {
                return Binding.LOCAL;
            }
            return Binding.GLOBAL;
        }
    }

    final Map<Object, Scope> scopes = new IdentityHashMap<>();

    static Scopes analyze(Ast.Mod mod) {
        Scopes s = new Scopes();
        Scope top = new Scope(Kind.MODULE, "<module>", null);
        s.scopes.put(mod, top);
        Collector c = new Collector(s);
        switch (mod) {
            case Ast.Module m -> c.stmts(m.body(), top);
            case Ast.Interactive m -> c.stmts(m.body(), top);
            case Ast.Expression e -> c.expr(e.body(), top);
        }
        s.resolve(top);
        return s;
    }

    private void resolve(Scope scope) {
        for (String n : scope.used) {
            resolveUse(scope, n);
        }
        for (String n : scope.nonlocals) {
            resolveUse(scope, n);
        }
        if (scope.usesSuper) {
            resolveUse(scope, "__class__");
        }
        for (Scope ch : scope.children) {
            resolve(ch);
        }
    }

    private static void resolveUse(Scope scope, String name) {
        if (scope.kind == Kind.MODULE || scope.globals.contains(name)) {
            return;
        }
        if (scope.kind == Kind.FUNCTION && scope.isLocal(name)) {
            return;
        }
        if (scope.kind == Kind.CLASS && scope.assigned.contains(name) && !name.equals("__class__")) {
            return;
        }
        List<Scope> path = new ArrayList<>();
        path.add(scope);
        for (Scope p = scope.parent; p != null; p = p.parent) {
            if (p.kind == Kind.MODULE) {
                return;
            }
            if (p.kind == Kind.CLASS) {
                if (name.equals("__class__")) {
                    p.cells.add("__class__");
                    for (Scope s : path) {
                        s.frees.add(name);
                    }
                    return;
                }
                path.add(p);
                continue;
            }
            if (p.globals.contains(name)) {
                return;
            }
            if (p.isLocal(name) || p.cells.contains(name)) {
                p.cells.add(name);
                for (Scope s : path) {
                    s.frees.add(name);
                }
                return;
            }
            path.add(p);
        }
    }

    /** Collects bindings, uses and declarations per scope. */
    private static final class Collector {
        final Scopes out;

        Collector(Scopes out) {
            this.out = out;
        }

        void stmts(List<Ast.Stmt> body, Scope s) {
            for (Ast.Stmt st : body) {
                stmt(st, s);
            }
        }

        void args(Ast.Arguments a, Scope outer, Scope inner) {
            for (Ast.Expr d : a.defaults()) {
                expr(d, outer);
            }
            for (Ast.Expr d : a.kwDefaults()) {
                if (d != null) {
                    expr(d, outer);
                }
            }
            for (Ast.Arg x : a.posonlyargs()) {
                inner.params.add(x.arg());
            }
            for (Ast.Arg x : a.args()) {
                inner.params.add(x.arg());
            }
            for (Ast.Arg x : a.kwonlyargs()) {
                inner.params.add(x.arg());
            }
            if (a.vararg() != null) {
                inner.params.add(a.vararg().arg());
            }
            if (a.kwarg() != null) {
                inner.params.add(a.kwarg().arg());
            }
        }

        void stmt(Ast.Stmt st, Scope s) {
            switch (st) {
                case Ast.FunctionDef f -> {
                    for (Ast.Expr d : f.decoratorList()) {
                        expr(d, s);
                    }
                    s.assigned.add(f.name());
                    Scope inner = new Scope(Kind.FUNCTION, f.name(), s);
                    out.scopes.put(f, inner);
                    args(f.args(), s, inner);
                    stmts(f.body(), inner);
                }
                case Ast.ClassDef c -> {
                    for (Ast.Expr d : c.decoratorList()) {
                        expr(d, s);
                    }
                    for (Ast.Expr b : c.bases()) {
                        expr(b, s);
                    }
                    for (Ast.Keyword k : c.keywords()) {
                        expr(k.value(), s);
                    }
                    s.assigned.add(c.name());
                    Scope inner = new Scope(Kind.CLASS, c.name(), s);
                    out.scopes.put(c, inner);
                    stmts(c.body(), inner);
                }
                case Ast.Return r -> {
                    if (r.value() != null) {
                        expr(r.value(), s);
                    }
                }
                case Ast.Delete d -> d.targets().forEach(t -> expr(t, s));
                case Ast.Assign a -> {
                    a.targets().forEach(t -> expr(t, s));
                    expr(a.value(), s);
                }
                case Ast.AugAssign a -> {
                    expr(a.target(), s);
                    if (a.target() instanceof Ast.Name n) {
                        s.used.add(n.id());
                    }
                    expr(a.value(), s);
                }
                case Ast.AnnAssign a -> {
                    expr(a.target(), s);
                    if (a.value() != null) {
                        expr(a.value(), s);
                    }
                }
                case Ast.For f -> {
                    expr(f.target(), s);
                    expr(f.iter(), s);
                    stmts(f.body(), s);
                    stmts(f.orelse(), s);
                }
                case Ast.While w -> {
                    expr(w.test(), s);
                    stmts(w.body(), s);
                    stmts(w.orelse(), s);
                }
                case Ast.If i -> {
                    expr(i.test(), s);
                    stmts(i.body(), s);
                    stmts(i.orelse(), s);
                }
                case Ast.With w -> {
                    for (Ast.WithItem it : w.items()) {
                        expr(it.contextExpr(), s);
                        if (it.optionalVars() != null) {
                            expr(it.optionalVars(), s);
                        }
                    }
                    stmts(w.body(), s);
                }
                case Ast.Raise r -> {
                    if (r.exc() != null) {
                        expr(r.exc(), s);
                    }
                    if (r.cause() != null) {
                        expr(r.cause(), s);
                    }
                }
                case Ast.Try t -> {
                    stmts(t.body(), s);
                    for (Ast.ExceptHandler h : t.handlers()) {
                        if (h.type() != null) {
                            expr(h.type(), s);
                        }
                        if (h.name() != null) {
                            s.assigned.add(h.name());
                        }
                        stmts(h.body(), s);
                    }
                    stmts(t.orelse(), s);
                    stmts(t.finalbody(), s);
                }
                case Ast.TryStar t -> stmts(t.body(), s);
                case Ast.Assert a -> {
                    expr(a.test(), s);
                    if (a.msg() != null) {
                        expr(a.msg(), s);
                    }
                }
                case Ast.Import im -> {
                    for (Ast.Alias al : im.names()) {
                        s.assigned.add(al.asname() != null ? al.asname() : al.name().split("\\.")[0]);
                    }
                }
                case Ast.ImportFrom im -> {
                    for (Ast.Alias al : im.names()) {
                        if (!al.name().equals("*")) {
                            s.assigned.add(al.asname() != null ? al.asname() : al.name());
                        }
                    }
                }
                case Ast.Global g -> s.globals.addAll(g.names());
                case Ast.Nonlocal n -> s.nonlocals.addAll(n.names());
                case Ast.ExprStmt e -> expr(e.value(), s);
                case Ast.Pass p -> {
                }
                case Ast.Break b -> {
                }
                case Ast.Continue c -> {
                }
            }
        }

        void expr(Ast.Expr e, Scope s) {
            if (e == null) {
                return;
            }
            switch (e) {
                case Ast.Name n -> {
                    if (n.ctx() == Ast.Ctx.Load) {
                        s.used.add(n.id());
                        if (n.id().equals("super") && s.kind == Kind.FUNCTION) {
                            s.usesSuper = true;
                        }
                    } else {
                        s.assigned.add(n.id());
                    }
                }
                case Ast.Lambda l -> {
                    Scope inner = new Scope(Kind.FUNCTION, "<lambda>", s);
                    out.scopes.put(l, inner);
                    args(l.args(), s, inner);
                    expr(l.body(), inner);
                }
                case Ast.NamedExpr n -> {
                    expr(n.target(), s);
                    expr(n.value(), s);
                }
                case Ast.BoolOp b -> b.values().forEach(x -> expr(x, s));
                case Ast.BinOp b -> {
                    expr(b.left(), s);
                    expr(b.right(), s);
                }
                case Ast.UnaryOp u -> expr(u.operand(), s);
                case Ast.IfExp i -> {
                    expr(i.test(), s);
                    expr(i.body(), s);
                    expr(i.orelse(), s);
                }
                case Ast.Dict d -> {
                    d.keys().forEach(x -> expr(x, s));
                    d.values().forEach(x -> expr(x, s));
                }
                case Ast.Set st -> st.elts().forEach(x -> expr(x, s));
                case Ast.ListComp c -> comp(c.generators(), s, c.elt(), null);
                case Ast.SetComp c -> comp(c.generators(), s, c.elt(), null);
                case Ast.DictComp c -> comp(c.generators(), s, c.key(), c.value());
                case Ast.GeneratorExp c -> {
                    // a generator expression is a generator function of its first iterator ('.0')
                    expr(c.generators().get(0).iter(), s);
                    Scope inner = new Scope(Kind.FUNCTION, "<genexpr>", s);
                    inner.params.add(".0");
                    inner.isGenerator = true;
                    out.scopes.put(c, inner);
                    for (int i = 0; i < c.generators().size(); i++) {
                        Ast.Comprehension g = c.generators().get(i);
                        if (i > 0) {
                            expr(g.iter(), inner);
                        }
                        expr(g.target(), inner);
                        g.ifs().forEach(x -> expr(x, inner));
                    }
                    expr(c.elt(), inner);
                }
                case Ast.Yield y -> {
                    s.isGenerator = true;
                    expr(y.value(), s);
                }
                case Ast.YieldFrom y -> {
                    s.isGenerator = true;
                    expr(y.value(), s);
                }
                case Ast.Compare c -> {
                    expr(c.left(), s);
                    c.comparators().forEach(x -> expr(x, s));
                }
                case Ast.Call c -> {
                    expr(c.func(), s);
                    c.args().forEach(x -> expr(x, s));
                    c.keywords().forEach(k -> expr(k.value(), s));
                }
                case Ast.FormattedValue f -> {
                    expr(f.value(), s);
                    expr(f.formatSpec(), s);
                }
                case Ast.JoinedStr j -> j.values().forEach(x -> expr(x, s));
                case Ast.Constant c -> {
                }
                case Ast.Attribute a -> expr(a.value(), s);
                case Ast.Subscript sub -> {
                    expr(sub.value(), s);
                    expr(sub.slice(), s);
                }
                case Ast.Starred st -> expr(st.value(), s);
                case Ast.List l -> l.elts().forEach(x -> expr(x, s));
                case Ast.Tuple t -> t.elts().forEach(x -> expr(x, s));
                case Ast.Slice sl -> {
                    expr(sl.lower(), s);
                    expr(sl.upper(), s);
                    expr(sl.step(), s);
                }
            }
        }

        void comp(List<Ast.Comprehension> gens, Scope s, Ast.Expr a, Ast.Expr b) {
            for (Ast.Comprehension g : gens) {
                expr(g.iter(), s);
                expr(g.target(), s);
                g.ifs().forEach(x -> expr(x, s));
            }
            expr(a, s);
            expr(b, s);
        }
    }
}
