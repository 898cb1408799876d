package org.auditpy.parser;

import java.util.List;

import org.auditpy.parser.ast.Ast;

/**
 * The text an annotation becomes under {@code from __future__ import annotations} (PEP 563): the expression written
 * back from its syntax tree with CPython 3.11's spacing and parentheses, as Python/ast_unparse.c's
 * {@code _PyAST_ExprAsUnicode} does ({@code List[ int ]} gives {@code 'List[int]'}, {@code 2**-1} gives
 * {@code '2 ** (-1)'}, a float too large gives {@code 1e309}). Not rendered as CPython does: a {@code u'...'} string
 * loses its {@code u} (the tree does not keep the prefix).
 */
public final class AnnotationText {
    // priority levels of ast_unparse.c, lowest first
    private static final int TUPLE = 0, TEST = 1, OR = 2, AND = 3, NOT = 4, CMP = 5, BOR = 6, BXOR = 7, BAND = 8,
                    SHIFT = 9, ARITH = 10, TERM = 11, FACTOR = 12, POWER = 13, ATOM = 15;

    private final StringBuilder sb = new StringBuilder();

    private AnnotationText() {
    }

    /**
     * The annotation's text.
     *
     * @param e an annotation's expression (any expression the parser accepts there)
     * @return the string CPython stores in {@code __annotations__} for it
     */
    public static String of(Ast.Expr e) {
        AnnotationText t = new AnnotationText();
        t.expr(e, TEST);
        return t.sb.toString();
    }

    private void open(boolean paren) {
        if (paren) {
            sb.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            sb.append(')');
        }
    }

    private void list(List<Ast.Expr> elts, int level) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expr(elts.get(i), level);
        }
    }

    private void expr(Ast.Expr e, int level) {
        switch (e) {
            case Ast.BoolOp b -> {
                int pr = b.op() == Ast.BoolOpKind.And ? AND : OR;
                open(level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) {
                        sb.append(b.op() == Ast.BoolOpKind.And ? " and " : " or ");
                    }
                    expr(b.values().get(i), pr + 1);
                }
                close(level > pr);
            }
            case Ast.BinOp b -> {
                int pr = switch (b.op()) {
                    case Add, Sub -> ARITH;
                    case Mult, MatMult, Div, Mod, FloorDiv -> TERM;
                    case LShift, RShift -> SHIFT;
                    case BitOr -> BOR;
                    case BitXor -> BXOR;
                    case BitAnd -> BAND;
                    case Pow -> POWER;
                };
                String op = switch (b.op()) {
                    case Add -> " + ";
                    case Sub -> " - ";
                    case Mult -> " * ";
                    case MatMult -> " @ ";
                    case Div -> " / ";
                    case Mod -> " % ";
                    case FloorDiv -> " // ";
                    case LShift -> " << ";
                    case RShift -> " >> ";
                    case BitOr -> " | ";
                    case BitXor -> " ^ ";
                    case BitAnd -> " & ";
                    case Pow -> " ** ";
                };
                int rassoc = b.op() == Ast.Operator.Pow ? 1 : 0;
                open(level > pr);
                expr(b.left(), pr + rassoc);
                sb.append(op);
                expr(b.right(), pr + 1 - rassoc);
                close(level > pr);
            }
            case Ast.UnaryOp u -> {
                int pr = u.op() == Ast.UnaryOpKind.Not ? NOT : FACTOR;
                open(level > pr);
                sb.append(switch (u.op()) {
                    case Invert -> "~";
                    case Not -> "not ";
                    case UAdd -> "+";
                    case USub -> "-";
                });
                expr(u.operand(), pr);
                close(level > pr);
            }
            case Ast.Lambda l -> {
                open(level > TEST);
                sb.append(l.args().args().isEmpty() && l.args().posonlyargs().isEmpty() ? "lambda" : "lambda ");
                arguments(l.args());
                sb.append(": ");
                expr(l.body(), TEST);
                close(level > TEST);
            }
            case Ast.IfExp i -> {
                open(level > TEST);
                expr(i.body(), TEST + 1);
                sb.append(" if ");
                expr(i.test(), TEST + 1);
                sb.append(" else ");
                expr(i.orelse(), TEST);
                close(level > TEST);
            }
            case Ast.Dict d -> {
                sb.append('{');
                for (int i = 0; i < d.values().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    Ast.Expr key = d.keys().get(i);
                    if (key != null) {
                        expr(key, TEST);
                        sb.append(": ");
                        expr(d.values().get(i), TEST);
                    } else {
                        sb.append("**");
                        expr(d.values().get(i), BOR);
                    }
                }
                sb.append('}');
            }
            case Ast.Set s -> {
                sb.append('{');
                list(s.elts(), TEST);
                sb.append('}');
            }
            case Ast.GeneratorExp g -> {
                sb.append('(');
                expr(g.elt(), TEST);
                comprehensions(g.generators());
                sb.append(')');
            }
            case Ast.ListComp c -> {
                sb.append('[');
                expr(c.elt(), TEST);
                comprehensions(c.generators());
                sb.append(']');
            }
            case Ast.SetComp c -> {
                sb.append('{');
                expr(c.elt(), TEST);
                comprehensions(c.generators());
                sb.append('}');
            }
            case Ast.DictComp c -> {
                sb.append('{');
                expr(c.key(), TEST);
                sb.append(": ");
                expr(c.value(), TEST);
                comprehensions(c.generators());
                sb.append('}');
            }
            case Ast.Yield y -> {
                if (y.value() == null) {
                    sb.append("(yield)");
                } else {
                    sb.append("(yield ");
                    expr(y.value(), TEST);
                    sb.append(')');
                }
            }
            case Ast.YieldFrom y -> {
                sb.append("(yield from ");
                expr(y.value(), TEST);
                sb.append(')');
            }
            case Ast.Compare c -> {
                open(level > CMP);
                expr(c.left(), CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    sb.append(switch (c.ops().get(i)) {
                        case Eq -> " == ";
                        case NotEq -> " != ";
                        case Lt -> " < ";
                        case LtE -> " <= ";
                        case Gt -> " > ";
                        case GtE -> " >= ";
                        case Is -> " is ";
                        case IsNot -> " is not ";
                        case In -> " in ";
                        case NotIn -> " not in ";
                    });
                    expr(c.comparators().get(i), CMP + 1);
                }
                close(level > CMP);
            }
            case Ast.Call c -> {
                expr(c.func(), ATOM);
                if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Ast.GeneratorExp g) {
                    expr(g, TEST);
                    return;
                }
                sb.append('(');
                list(c.args(), TEST);
                boolean first = c.args().isEmpty();
                for (Ast.Keyword k : c.keywords()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(k.arg() == null ? "**" : k.arg() + "=");
                    expr(k.value(), TEST);
                }
                sb.append(')');
            }
            case Ast.Constant c -> {
                if (c.value() == Ast.Singleton.ELLIPSIS) {
                    sb.append("...");
                } else if (c.value() instanceof Double || c.value() instanceof Ast.Imaginary) {
                    sb.append(AstDump.repr(c.value()).replace("inf", "1e309"));
                } else {
                    sb.append(AstDump.repr(c.value()));
                }
            }
            case Ast.JoinedStr j -> sb.append('f').append(AstDump.strRepr(fstringBody(j.values(), false)));
            case Ast.FormattedValue f -> formattedValue(f);
            case Ast.Attribute a -> {
                expr(a.value(), ATOM);
                boolean intValue = a.value() instanceof Ast.Constant c && (c.value() instanceof Long || c.value() instanceof java.math.BigInteger);
                sb.append(intValue ? " ." : ".").append(a.attr());
            }
            case Ast.Subscript s -> {
                expr(s.value(), ATOM);
                sb.append('[');
                expr(s.slice(), TUPLE);
                sb.append(']');
            }
            case Ast.Starred s -> {
                sb.append('*');
                expr(s.value(), BOR);
            }
            case Ast.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), TEST);
                }
                sb.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), TEST);
                }
                if (s.step() != null) {
                    sb.append(':');
                    expr(s.step(), TEST);
                }
            }
            case Ast.Name n -> sb.append(n.id());
            case Ast.List l -> {
                sb.append('[');
                list(l.elts(), TEST);
                sb.append(']');
            }
            case Ast.Tuple t -> {
                if (t.elts().isEmpty()) {
                    sb.append("()");
                    return;
                }
                open(level > TUPLE);
                list(t.elts(), TEST);
                if (t.elts().size() == 1) {
                    sb.append(',');
                }
                close(level > TUPLE);
            }
            case Ast.NamedExpr n -> {
                open(level > TUPLE);
                expr(n.target(), ATOM);
                sb.append(":=");
                expr(n.value(), ATOM);
                close(level > TUPLE);
            }
        }
    }

    private void comprehensions(List<Ast.Comprehension> gens) {
        for (Ast.Comprehension g : gens) {
            sb.append(g.isAsync() ? " async for " : " for ");
            expr(g.target(), TUPLE);
            sb.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Ast.Expr cond : g.ifs()) {
                sb.append(" if ");
                expr(cond, TEST + 1);
            }
        }
    }

    private void arg(Ast.Arg a) {
        sb.append(a.arg());
        if (a.annotation() != null) {
            sb.append(": ");
            expr(a.annotation(), TEST);
        }
    }

    private void arguments(Ast.Arguments args) {
        boolean first = true;
        int posonly = args.posonlyargs().size();
        int count = args.args().size();
        int defaults = args.defaults().size();
        for (int i = 0; i < posonly + count; i++) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            arg(i < posonly ? args.posonlyargs().get(i) : args.args().get(i - posonly));
            int di = i - posonly - count + defaults;
            if (di >= 0) {
                sb.append('=');
                expr(args.defaults().get(di), TEST);
            }
            if (posonly > 0 && i + 1 == posonly) {
                sb.append(", /");
            }
        }
        if (args.vararg() != null || !args.kwonlyargs().isEmpty()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append('*');
            if (args.vararg() != null) {
                arg(args.vararg());
            }
        }
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            arg(args.kwonlyargs().get(i));
            Ast.Expr d = args.kwDefaults().get(i);
            if (d != null) {
                sb.append('=');
                expr(d, TEST);
            }
        }
        if (args.kwarg() != null) {
            if (!first) {
                sb.append(", ");
            }
            sb.append("**");
            arg(args.kwarg());
        }
    }

    /** The inside of an f-string's quotes (or of a format spec): literal parts with braces doubled, then fields. */
    private static String fstringBody(List<Ast.Expr> values, boolean formatSpec) {
        AnnotationText t = new AnnotationText();
        for (Ast.Expr v : values) {
            t.fstringElement(v, formatSpec);
        }
        return t.sb.toString();
    }

    private void fstringElement(Ast.Expr e, boolean formatSpec) {
        switch (e) {
            case Ast.Constant c -> sb.append(String.valueOf(c.value()).replace("{", "{{").replace("}", "}}"));
            case Ast.JoinedStr j -> sb.append(formatSpec ? fstringBody(j.values(), true) : "f" + AstDump.strRepr(fstringBody(j.values(), false)));
            case Ast.FormattedValue f -> formattedValue(f);
            default -> expr(e, TEST);
        }
    }

    private void formattedValue(Ast.FormattedValue f) {
        AnnotationText inner = new AnnotationText();
        // the grammar allows a tuple; above TEST so that a lambda's ':' is parenthesized
        inner.expr(f.value(), TEST + 1);
        String text = inner.sb.toString();
        sb.append(text.startsWith("{") ? "{ " : "{").append(text);
        if (f.conversion() > 0) {
            sb.append('!').append((char) f.conversion());
        }
        if (f.formatSpec() != null) {
            sb.append(':');
            fstringElement(f.formatSpec(), true);
        }
        sb.append('}');
    }
}
