package org.auditpy.parser;

import org.auditpy.parser.ast.Ast;
import org.auditpy.parser.ast.AstWalker;

/**
 * CPython 3.11's two limits on how deeply a source may nest, checked on a parsed tree before it is compiled.
 *
 * <ul>
 * <li>The parser's stack (Parser/parser.c, {@code MAXSTACK} 6000 rule levels): past it the parser fails with a
 * bare {@code MemoryError}. Levels are estimated from the tree as pegen spends them: each prefix {@code -}, {@code +},
 * {@code ~}, {@code not} and each {@code else} of a conditional expression one level, each {@code **} and
 * {@code lambda} two, each bracket display 29, a call's arguments 24, statements 6 (an assignment's value 2
 * more), on top of 25 for the start rule (measured against CPython 3.11.7). Operands of left-associative operators,
 * whose rules pegen runs as loops, cost none.</li>
 * <li>The compiler's recursion limit (Python/ast_opt.c and Python/symtable.c, {@code COMPILER_STACK_FRAME_SCALE}
 * 3): the tree's nesting depth (the module, statements and expressions), plus 3 per Python frame active when
 * compiling, must stay within 3 times {@code sys.getrecursionlimit()}; else
 * {@code RecursionError("maximum recursion depth exceeded during compilation")}.</li>
 * </ul>
 *
 * The walk is recursive but stops descending, past the compiler's limit, into anything that cannot add parser
 * levels, so it recurses no deeper than the tree's builders did.
 */
public final class NestingCheck extends AstWalker {
    /** Parser/parser.c's MAXSTACK. */
    static final int MAX_PARSER_LEVELS = 6000;
    private static final int START_LEVELS = 25;

    /** The outcome of {@link #check}. */
    public enum Result {
        OK, PARSER_STACK_OVERFLOW, COMPILER_RECURSION
    }

    private static final class ParserOverflow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParserOverflow() {
            super(null, null, false, false);
        }
    }

    private final int maxDepth;
    private int depth;
    private int levels = START_LEVELS;
    private boolean tooDeep;

    private NestingCheck(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /**
     * Checks {@code mod}, compiled with {@code callDepth} Python frames active and recursion limit {@code limit}.
     * The parser's limit comes first, as the parser runs before the compiler.
     */
    public static Result check(Ast.Mod mod, int callDepth, int limit) {
        // ast_opt.c: fails when 3 * depth + (nodes on the path) > 3 * limit; two levels more are spent before the
        // tree's own nodes (measured: eval('-' * n + '1') at depth 2 compiles up to n = 2990)
        long budget = 3L * limit - 3L * callDepth - 2;
        NestingCheck c = new NestingCheck((int) Math.max(0, Math.min(Integer.MAX_VALUE, budget)));
        try {
            c.depth = 1; // the mod node
            c.visitMod(mod);
        } catch (ParserOverflow e) {
            return Result.PARSER_STACK_OVERFLOW;
        }
        return c.tooDeep || c.maxDepth == 0 ? Result.COMPILER_RECURSION : Result.OK;
    }

    private void addLevels(int n) {
        levels += n;
        if (levels > MAX_PARSER_LEVELS) {
            throw new ParserOverflow();
        }
    }

    /** Enters a node; false (and not entered) when past the compiler's limit and it cannot add parser levels. */
    private boolean enter(boolean addsLevels) {
        if (depth + 1 > maxDepth) {
            tooDeep = true;
            if (!addsLevels) {
                return false;
            }
        }
        depth++;
        return true;
    }

    @Override
    public void visitStmt(Ast.Stmt s) {
        if (!enter(true)) {
            return;
        }
        int saved = levels;
        addLevels(s instanceof Ast.Assign || s instanceof Ast.AugAssign || s instanceof Ast.AnnAssign ? 8 : 6);
        super.visitStmt(s);
        levels = saved;
        depth--;
    }

    @Override
    public void visitExpr(Ast.Expr e) {
        boolean adds = e instanceof Ast.UnaryOp || e instanceof Ast.IfExp || e instanceof Ast.Lambda ||
                        e instanceof Ast.BinOp b && b.op() == Ast.Operator.Pow;
        if (!enter(adds || levelsOf(e) > 0)) {
            return;
        }
        int saved = levels;
        switch (e) {
            case Ast.UnaryOp x -> {
                addLevels(1);
                visitExpr(x.operand());
            }
            case Ast.IfExp x -> {
                visitExpr(x.test());
                visitExpr(x.body());
                addLevels(1);
                visitExpr(x.orelse());
            }
            case Ast.BinOp x when x.op() == Ast.Operator.Pow -> {
                visitExpr(x.left());
                addLevels(2);
                visitExpr(x.right());
            }
            case Ast.Lambda x -> {
                addLevels(2);
                super.visitExpr(e);
            }
            default -> {
                addLevels(levelsOf(e));
                super.visitExpr(e);
            }
        }
        levels = saved;
        depth--;
    }

    /** The parser levels of a bracket display or a call (its arguments); 0 for other nodes. */
    private static int levelsOf(Ast.Expr e) {
        return switch (e) {
            case Ast.List x -> 29;
            case Ast.Tuple x -> 29;
            case Ast.Set x -> 29;
            case Ast.Dict x -> 29;
            case Ast.ListComp x -> 29;
            case Ast.SetComp x -> 29;
            case Ast.DictComp x -> 29;
            case Ast.GeneratorExp x -> 29;
            case Ast.Call x -> 24;
            default -> 0;
        };
    }
}
