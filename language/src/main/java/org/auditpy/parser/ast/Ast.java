package org.auditpy.parser.ast;

/**
 * The abstract syntax tree of a Python 3.11 program: a plain-Java mirror of CPython's {@code ast}
 * module (Parser/Python.asdl), produced by {@code org.auditpy.parser.PythonParserFacade}.
 *
 * <p>Class names are those of Python's {@code ast} module, except Python's {@code Expr} statement, which
 * is {@link ExprStmt} here because {@link Expr} is the expression interface. Field names are Python's
 * converted to camelCase ({@code decorator_list} becomes {@code decoratorList}). Every statement and
 * expression carries its source position as a last component {@link Pos}; Python's {@code type_comment}
 * fields and the {@code async} constructs are not represented.
 *
 * <p>Lists are never {@code null} (empty when absent) and must not be mutated after construction; a
 * component documented as nullable is {@code null} where Python's field is {@code None}. Records compare
 * structurally ({@code equals}), so tables keyed by node (scopes, for instance) must use identity
 * ({@link java.util.IdentityHashMap}).
 *
 * <p>Note: inside this class the nested {@link List}, {@link Set} and {@link Dict} records shadow the
 * {@code java.util} types, which are therefore always written fully qualified here.
 */
public final class Ast {
    private Ast() {
    }

    // ------------------------------------------------------------------------------------------------
    // Positions and constants
    // ------------------------------------------------------------------------------------------------

    /**
     * A source range: {@code line}/{@code endLine} are 1-based, {@code col}/{@code endCol} are 0-based
     * character (UTF-16 char) offsets within their line, the end exclusive; like CPython's
     * {@code lineno, col_offset, end_lineno, end_col_offset} but counted in chars rather than UTF-8 bytes.
     */
    public record Pos(int line, int col, int endLine, int endCol) {
        /** A position for synthesized nodes that have no source (all zero). */
        public static final Pos NONE = new Pos(0, 0, 0, 0);

        /** Returns the range from the start of {@code a} to the end of {@code b}. */
        public static Pos span(Pos a, Pos b) {
            return new Pos(a.line, a.col, b.endLine, b.endCol);
        }
    }

    /** The singleton constant values of Python: {@code None} and {@code Ellipsis} ({@code ...}). */
    public enum Singleton {
        /** Python's {@code None}. */
        NONE,
        /** Python's {@code Ellipsis}, written {@code ...}. */
        ELLIPSIS
    }

    /** Shorthand for {@link Singleton#NONE}, the value of a {@code None} {@link Constant}. */
    public static final Singleton NONE = Singleton.NONE;
    /** Shorthand for {@link Singleton#ELLIPSIS}, the value of a {@code ...} {@link Constant}. */
    public static final Singleton ELLIPSIS = Singleton.ELLIPSIS;

    /**
     * The value of an imaginary literal such as {@code 3j}: a complex number with real part 0.
     *
     * @param imag the imaginary part
     */
    public record Imaginary(double imag) {
    }

    // ------------------------------------------------------------------------------------------------
    // Enumerations
    // ------------------------------------------------------------------------------------------------

    /** Binary and augmented-assignment operators (Python's {@code ast.operator}). */
    public enum Operator {
        Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
    }

    /** Boolean operators {@code and}/{@code or} (Python's {@code ast.boolop}). */
    public enum BoolOpKind {
        And, Or
    }

    /** Unary operators {@code ~ not + -} (Python's {@code ast.unaryop}). */
    public enum UnaryOpKind {
        Invert, Not, UAdd, USub
    }

    /** Comparison operators (Python's {@code ast.cmpop}). */
    public enum CmpOp {
        Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
    }

    /** Expression context (Python's {@code ast.expr_context}): read, assignment target, or {@code del}. */
    public enum Ctx {
        Load, Store, Del
    }

    // ------------------------------------------------------------------------------------------------
    // Modules
    // ------------------------------------------------------------------------------------------------

    /** A whole parse result (Python's {@code ast.mod}); the top of every tree. */
    public sealed interface Mod permits Module, Expression, Interactive {
    }

    /** A module or {@code exec}-mode source: a list of statements. */
    public record Module(java.util.List<Stmt> body) implements Mod {
    }

    /** An {@code eval}-mode source: one expression. */
    public record Expression(Expr body) implements Mod {
    }

    /** A {@code single}-mode (interactive) source: one statement line, possibly compound. */
    public record Interactive(java.util.List<Stmt> body) implements Mod {
    }

    // ------------------------------------------------------------------------------------------------
    // Statements
    // ------------------------------------------------------------------------------------------------

    /** A statement (Python's {@code ast.stmt}). */
    public sealed interface Stmt permits FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign,
            For, While, If, With, Raise, Try, TryStar, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass,
            Break, Continue, Match {
        /** The statement's source range (for a decorated definition: from the {@code def}/{@code class} keyword, as CPython 3.8+). */
        Pos pos();
    }

    /**
     * {@code def name(args) -> returns: body}.
     *
     * @param returns the return annotation, or {@code null}
     * @param pos     starts at the {@code def} keyword (CPython 3.8+), not at the first decorator
     */
    public record FunctionDef(String name, Arguments args, java.util.List<Stmt> body,
            java.util.List<Expr> decoratorList, Expr returns, Pos pos) implements Stmt {
    }

    /**
     * {@code class name(bases, keywords): body}.
     *
     * @param pos starts at the {@code class} keyword, not at the first decorator
     */
    public record ClassDef(String name, java.util.List<Expr> bases, java.util.List<Keyword> keywords,
            java.util.List<Stmt> body, java.util.List<Expr> decoratorList, Pos pos) implements Stmt {
    }

    /** {@code return value}; {@code value} is {@code null} for a bare {@code return}. */
    public record Return(Expr value, Pos pos) implements Stmt {
    }

    /** {@code del targets} (each target in {@link Ctx#Del}). */
    public record Delete(java.util.List<Expr> targets, Pos pos) implements Stmt {
    }

    /** {@code t1 = t2 = ... = value}: several targets for chained assignment (each in {@link Ctx#Store}). */
    public record Assign(java.util.List<Expr> targets, Expr value, Pos pos) implements Stmt {
    }

    /** {@code target op= value}; {@code target} is a Name, Attribute or Subscript in {@link Ctx#Store}. */
    public record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {
    }

    /**
     * {@code target: annotation = value}.
     *
     * @param value  the assigned value, or {@code null}
     * @param simple true when the target is a bare name not in parentheses (CPython's {@code simple=1})
     */
    public record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {
    }

    /** {@code for target in iter: body else: orelse}. */
    public record For(Expr target, Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Pos pos)
            implements Stmt {
    }

    /** {@code while test: body else: orelse}. */
    public record While(Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Pos pos)
            implements Stmt {
    }

    /**
     * {@code if test: body else: orelse}; an {@code elif} is a single nested {@link If} in {@code orelse}
     * (whose position starts at the {@code elif} keyword, as in CPython).
     */
    public record If(Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Pos pos) implements Stmt {
    }

    /** {@code with a as b, c: body}. */
    public record With(java.util.List<WithItem> items, java.util.List<Stmt> body, Pos pos) implements Stmt {
    }

    /** {@code raise exc from cause}; both nullable ({@code cause} requires {@code exc}). */
    public record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {
    }

    /** {@code try: body except...: handlers else: orelse finally: finalbody}. */
    public record Try(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse,
            java.util.List<Stmt> finalbody, Pos pos) implements Stmt {
    }

    /** {@code try: ... except* E: ...} (PEP 654, new in 3.11); same fields as {@link Try}. */
    public record TryStar(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers,
            java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, Pos pos) implements Stmt {
    }

    /** {@code assert test, msg}; {@code msg} nullable. */
    public record Assert(Expr test, Expr msg, Pos pos) implements Stmt {
    }

    /** {@code import a.b as c, d}. */
    public record Import(java.util.List<Alias> names, Pos pos) implements Stmt {
    }

    /**
     * {@code from ..module import names}.
     *
     * @param module the dotted module name without leading dots, or {@code null} for {@code from . import x}
     * @param names  the imported names; a single alias named {@code *} for {@code import *}
     * @param level  the number of leading dots (0 for an absolute import)
     */
    public record ImportFrom(String module, java.util.List<Alias> names, int level, Pos pos) implements Stmt {
    }

    /** {@code global names}. */
    public record Global(java.util.List<String> names, Pos pos) implements Stmt {
    }

    /** {@code nonlocal names}. */
    public record Nonlocal(java.util.List<String> names, Pos pos) implements Stmt {
    }

    /** An expression statement (Python's {@code ast.Expr}), e.g. a call or a docstring. */
    public record ExprStmt(Expr value, Pos pos) implements Stmt {
    }

    /** {@code pass}. */
    public record Pass(Pos pos) implements Stmt {
    }

    /** {@code break}. */
    public record Break(Pos pos) implements Stmt {
    }

    /** {@code continue}. */
    public record Continue(Pos pos) implements Stmt {
    }

    /** {@code match subject: cases} (PEP 634). */
    public record Match(Expr subject, java.util.List<MatchCase> cases, Pos pos) implements Stmt {
    }

    // ------------------------------------------------------------------------------------------------
    // Patterns (of a match statement's cases; Python's ast.pattern)
    // ------------------------------------------------------------------------------------------------

    /** A pattern of a {@code case} (Python's {@code ast.pattern}). */
    public sealed interface Pattern permits MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass,
            MatchStar, MatchAs, MatchOr {
        /** The pattern's source range. */
        Pos pos();
    }

    /** A literal or dotted-name pattern, compared with {@code ==}: {@code 1}, {@code -2.5}, {@code "s"}, {@code Color.RED}. */
    public record MatchValue(Expr value, Pos pos) implements Pattern {
    }

    /** {@code None}, {@code True} or {@code False}, compared with {@code is}; {@code value} is a {@link Boolean} or {@link #NONE}. */
    public record MatchSingleton(Object value, Pos pos) implements Pattern {
    }

    /** {@code [p, *rest, q]} or {@code (p, q)}; at most one element is a {@link MatchStar}. */
    public record MatchSequence(java.util.List<Pattern> patterns, Pos pos) implements Pattern {
    }

    /** {@code {key: p, **rest}}: parallel keys (literals or dotted names) and patterns; {@code rest} nullable. */
    public record MatchMapping(java.util.List<Expr> keys, java.util.List<Pattern> patterns, String rest, Pos pos)
            implements Pattern {
    }

    /** {@code Cls(p, attr=q)}: positional patterns, then the keyword attribute names and their patterns (parallel). */
    public record MatchClass(Expr cls, java.util.List<Pattern> patterns, java.util.List<String> kwdAttrs,
            java.util.List<Pattern> kwdPatterns, Pos pos) implements Pattern {
    }

    /** {@code *name} in a sequence pattern; {@code name} is {@code null} for {@code *_}. */
    public record MatchStar(String name, Pos pos) implements Pattern {
    }

    /**
     * {@code pattern as name}, a capture ({@code pattern == null}) or the wildcard {@code _} (both {@code null}).
     */
    public record MatchAs(Pattern pattern, String name, Pos pos) implements Pattern {
    }

    /** {@code p1 | p2 | ...} (two or more alternatives). */
    public record MatchOr(java.util.List<Pattern> patterns, Pos pos) implements Pattern {
    }

    // ------------------------------------------------------------------------------------------------
    // Expressions
    // ------------------------------------------------------------------------------------------------

    /** An expression (Python's {@code ast.expr}). */
    public sealed interface Expr permits BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp,
            SetComp, DictComp, GeneratorExp, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
            Attribute, Subscript, Starred, Name, List, Tuple, Slice {
        /** The expression's source range. */
        Pos pos();
    }

    /** {@code a and b and c} (one node for a chain of the same operator; two or more values). */
    public record BoolOp(BoolOpKind op, java.util.List<Expr> values, Pos pos) implements Expr {
    }

    /** {@code target := value}; {@code target} is a {@link Name} in {@link Ctx#Store}. */
    public record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {
    }

    /** {@code left op right}. */
    public record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {
    }

    /** {@code op operand}. */
    public record UnaryOp(UnaryOpKind op, Expr operand, Pos pos) implements Expr {
    }

    /** {@code lambda args: body}. */
    public record Lambda(Arguments args, Expr body, Pos pos) implements Expr {
    }

    /** {@code body if test else orelse}. */
    public record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {
    }

    /**
     * {@code {k: v, **m}}: parallel lists; a {@code null} key means {@code **value} unpacking.
     */
    public record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, Pos pos) implements Expr {
    }

    /** {@code {a, b, *c}} (elements may be {@link Starred}). */
    public record Set(java.util.List<Expr> elts, Pos pos) implements Expr {
    }

    /** {@code [elt for ...]}. */
    public record ListComp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {
    }

    /** {@code {elt for ...}}. */
    public record SetComp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {
    }

    /** {@code {key: value for ...}}. */
    public record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, Pos pos)
            implements Expr {
    }

    /** {@code (elt for ...)}; the position of a sole call argument {@code f(x for x in y)} covers the parens. */
    public record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {
    }

    /** {@code yield value}; {@code value} is {@code null} for a bare {@code yield}. */
    public record Yield(Expr value, Pos pos) implements Expr {
    }

    /** {@code yield from value}. */
    public record YieldFrom(Expr value, Pos pos) implements Expr {
    }

    /** {@code left op1 c1 op2 c2 ...}: a comparison chain; {@code ops} and {@code comparators} are parallel. */
    public record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators, Pos pos)
            implements Expr {
    }

    /**
     * {@code func(args, keywords)}: {@code args} may contain {@link Starred} ({@code *x}); a keyword with a
     * {@code null} name is {@code **x}.
     */
    public record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, Pos pos)
            implements Expr {
    }

    /**
     * One {@code {value!conversion:formatSpec}} field of an f-string.
     *
     * @param conversion -1 for none, otherwise the conversion character {@code 's'}, {@code 'r'} or
     *                   {@code 'a'} as an int
     * @param formatSpec the format spec as a {@link JoinedStr}, or {@code null}
     */
    public record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {
    }

    /**
     * An f-string (or adjacent literals at least one of which is an f-string): {@link Constant} string
     * parts and {@link FormattedValue} parts, in order, adjacent constants merged as CPython does.
     */
    public record JoinedStr(java.util.List<Expr> values, Pos pos) implements Expr {
    }

    /**
     * A literal. {@code value} is one of: {@link Long} (an int that fits) or {@link java.math.BigInteger},
     * {@link Double}, {@link Imaginary}, {@link String}, {@code byte[]} (bytes), {@link Boolean}, or a
     * {@link Singleton} ({@code None}, {@code ...}).
     */
    public record Constant(Object value, Pos pos) implements Expr {
    }

    /** {@code value.attr}. */
    public record Attribute(Expr value, String attr, Ctx ctx, Pos pos) implements Expr {
    }

    /** {@code value[slice]}; a multi-dimensional subscript {@code a[1:2, 3]} has a {@link Tuple} slice. */
    public record Subscript(Expr value, Expr slice, Ctx ctx, Pos pos) implements Expr {
    }

    /** {@code *value} in a call, display or assignment target. */
    public record Starred(Expr value, Ctx ctx, Pos pos) implements Expr {
    }

    /** A variable reference. */
    public record Name(String id, Ctx ctx, Pos pos) implements Expr {
    }

    /** {@code [a, b]} (a display, or an assignment target). */
    public record List(java.util.List<Expr> elts, Ctx ctx, Pos pos) implements Expr {
    }

    /** {@code (a, b)} or {@code a, b} (position excludes the parentheses unless they are part of it, as CPython). */
    public record Tuple(java.util.List<Expr> elts, Ctx ctx, Pos pos) implements Expr {
    }

    /** {@code lower:upper:step} inside a subscript; each part nullable. */
    public record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {
    }

    // ------------------------------------------------------------------------------------------------
    // Helper nodes
    // ------------------------------------------------------------------------------------------------

    /**
     * The parameters of a function or lambda.
     *
     * @param posonlyargs parameters before {@code /}
     * @param args        ordinary positional-or-keyword parameters
     * @param vararg      {@code *args}, or {@code null}
     * @param kwonlyargs  keyword-only parameters (after {@code *} or {@code *args})
     * @param kwDefaults  parallel to {@code kwonlyargs}; {@code null} entries where there is no default
     * @param kwarg       {@code **kwargs}, or {@code null}
     * @param defaults    defaults of the last {@code n} positional parameters (posonly then args)
     */
    public record Arguments(java.util.List<Arg> posonlyargs, java.util.List<Arg> args, Arg vararg,
            java.util.List<Arg> kwonlyargs, java.util.List<Expr> kwDefaults, Arg kwarg, java.util.List<Expr> defaults) {
    }

    /** One parameter; {@code annotation} nullable. */
    public record Arg(String arg, Expr annotation, Pos pos) {
    }

    /** A keyword argument {@code arg=value} in a call or class header; {@code arg == null} means {@code **value}. */
    public record Keyword(String arg, Expr value, Pos pos) {
    }

    /** One name in an import: {@code name as asname}; {@code name} may be dotted ({@code a.b.c}) or {@code *}. */
    public record Alias(String name, String asname, Pos pos) {
    }

    /** One item of a {@code with}: {@code contextExpr as optionalVars}; {@code optionalVars} nullable. */
    public record WithItem(Expr contextExpr, Expr optionalVars) {
    }

    /** One {@code for target in iter if ifs...} clause of a comprehension; {@code isAsync} always false here. */
    public record Comprehension(Expr target, Expr iter, java.util.List<Expr> ifs, boolean isAsync) {
    }

    /** One {@code case pattern if guard: body} of a {@link Match}; {@code guard} nullable. */
    public record MatchCase(Pattern pattern, Expr guard, java.util.List<Stmt> body) {
    }

    /** {@code except type as name: body}; {@code type} and {@code name} nullable. */
    public record ExceptHandler(Expr type, String name, java.util.List<Stmt> body, Pos pos) {
    }
}
