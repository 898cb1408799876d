package org.auditpy.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.auditpy.AuditPyLanguage;
import org.auditpy.nodes.Calls;
import org.auditpy.nodes.Comprehensions;
import org.auditpy.nodes.Definitions;
import org.auditpy.nodes.ExprNode;
import org.auditpy.nodes.Expressions;
import org.auditpy.nodes.ExpressionsFactory;
import org.auditpy.nodes.Generators;
import org.auditpy.nodes.Matching;
import org.auditpy.nodes.MethodCalls;
import org.auditpy.nodes.PyNode;
import org.auditpy.nodes.PyRootNode;
import org.auditpy.nodes.Statements;
import org.auditpy.nodes.Supers;
import org.auditpy.nodes.StmtNode;
import org.auditpy.nodes.Variables;
import org.auditpy.parser.Scope.Kind;
import org.auditpy.parser.ast.Ast;
import org.auditpy.runtime.Arithmetic;
import org.auditpy.runtime.Comparisons;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.Signature;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;

/**
 * Builds Truffle node trees and code objects from the AST (the role of CPython's Python/compile.c): one
 * {@link PyRootNode} per module, function, lambda, comprehension and class body, with names resolved by
 * {@link ScopeAnalyzer} (CPython's symtable).
 */
public final class NodeBuilder {
    private final AuditPyLanguage language;
    private final Source source;
    private final String filename;
    private final ScopeInfo scopes;
    /** Building 'single' mode code: expression statements outside functions and classes are displayed. */
    private boolean interactive;

    /** How the compiler accesses a name in a given scope. */
    private enum Binding { LOCAL, CELL, FREE, GLOBAL, CLASS, CLASS_DEREF }

    /** The interpreter's -O level (sys.flags.optimize): 1 drops assert statements, 2 docstrings as well. */
    private final int optimize;

    private NodeBuilder(AuditPyLanguage language, Source source, String filename, ScopeInfo scopes) {
        this.language = language;
        this.source = source;
        this.filename = filename;
        this.scopes = scopes;
        this.optimize = optimizeLevel();
    }

    /**
     * The -O level of the running interpreter (as CPython's {@code Py_OptimizeFlag}: the number of -O flags, at
     * most 2); 0 when no context is entered on this thread (a parse outside any program).
     */
    private static int optimizeLevel() {
        org.auditpy.runtime.PythonContext ctx;
        try {
            ctx = org.auditpy.runtime.PythonContext.get();
        } catch (RuntimeException | AssertionError e) {
            return 0;
        }
        return ctx == null ? 0 : ctx.optimizeLevel();
    }

    /**
     * Compiles a parsed module (or expression, for eval) into its code object.
     *
     * @throws PythonSyntaxError for the symbol-table and compiler errors ({@link ScopeAnalyzer#analyze},
     *                           {@code 'yield' outside function}), their columns counted in UTF-8 bytes as
     *                           CPython's AST {@code col_offset} is
     */
    public static PyCode build(AuditPyLanguage language, Ast.Mod mod, Source source, String filename) {
        return build(language, mod, source, filename, false);
    }

    /**
     * {@link #build(AuditPyLanguage, Ast.Mod, Source, String)}; with {@code deferFunctionBodies} the nodes of each
     * {@code def}'s body are built at the function's first call ({@link PyCode#getCallTarget}), not now. For the
     * library's own modules: most of their functions never run in a given program, and building their nodes and
     * call targets was a third of a first {@code import os} (bench/README.md, "Library functions built at their
     * first call"). The scopes are still analyzed now, so a symbol-table error is still raised by the import; the
     * compiler's own errors of a deferred body come at its first call, and its SyntaxWarnings not at all (the
     * library has neither: {@code RuntimeTest.libraryModulesCompileWithoutWarnings}).
     */
    public static PyCode build(AuditPyLanguage language, Ast.Mod mod, Source source, String filename, boolean deferFunctionBodies) {
        try {
            List<CompileWarning> warnings = new ArrayList<>();
            PyCode code = buildChecked(language, mod, source, filename, warnings, deferFunctionBodies);
            if (!warnings.isEmpty()) {
                // as CPython's compiler_warn: each through the warnings machinery; one made an error by a filter
                // becomes this SyntaxError
                CompileWarning error = org.auditpy.runtime.CompileWarnings.emit(filename, warnings);
                if (error != null) {
                    throw PythonSyntaxError.afterParse(error.msg(), filename, error.line(), error.col() + 1, error.endLine(),
                                    error.endCol() + 1);
                }
            }
            return code;
        } catch (PythonSyntaxError e) {
            throw inBytes(e, source);
        }
    }

    /** {@code e} with the columns of a compiler-phase error ({@link PythonSyntaxError#rereadText}) in UTF-8 bytes. */
    private static PythonSyntaxError inBytes(PythonSyntaxError e, Source source) {
        if (!e.rereadText) {
            return e;
        }
        return PythonSyntaxError.afterParse(e.msg, e.filename, e.lineno, byteColumn(source, e.lineno, e.offset),
                        e.endLineno, byteColumn(source, e.endLineno, e.endOffset));
    }

    /** The 1-based UTF-8 byte column of 1-based character column {@code col} of line {@code line}. */
    private static int byteColumn(Source source, int line, int col) {
        if (line < 1 || col <= 1 || line > source.getLineCount()) {
            return col;
        }
        CharSequence text = source.getCharacters(line);
        int chars = Math.min(col - 1, text.length());
        int bytes = 0;
        for (int i = 0; i < chars; i++) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                bytes += 1;
            } else if (ch < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(ch) && i + 1 < chars && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes + (col - 1 - chars) + 1;
    }

    /**
     * A SyntaxWarning of CPython 3.11's compiler (Python/compile.c: check_compare, check_caller,
     * check_subscripter, check_index, compiler_assert): its message and the 1-based line, 0-based columns of the
     * expression or statement being compiled.
     */
    public record CompileWarning(String msg, int line, int col, int endLine, int endCol) {
    }

    private static PyCode buildChecked(AuditPyLanguage language, Ast.Mod mod, Source source, String filename,
                    List<CompileWarning> warnings, boolean deferFunctionBodies) {
        ScopeInfo scopes = ScopeAnalyzer.analyze(mod, filename);
        NodeBuilder b = new NodeBuilder(language, source, filename, scopes);
        b.warnings = warnings;
        b.deferBodies = deferFunctionBodies;
        Scope top = scopes.module();
        Code c = b.new Code(top, "<module>", null);
        StmtNode body = switch (mod) {
            case Ast.Module m -> {
                StmtNode b2 = b.withAnnotationsSetup(c.block(m.body()), m.body(), false);
                Object doc = c.docstring(m.body());
                if (doc != PyNone.NONE) {
                    // as CPython's compiler: a module docstring is stored as __doc__ first
                    b2 = new Statements.Block(new StmtNode[]{new Statements.Assign(new Variables.WriteNode[]{new Variables.WriteName("__doc__")},
                                    new Expressions.Constant(doc)), b2});
                }
                yield b2;
            }
            case Ast.Interactive m -> {
                b.interactive = true;
                yield b.withAnnotationsSetup(c.block(m.body()), m.body(), false);
            }
            case Ast.Expression e -> c.at(new Statements.Return(c.expr(e.body())), e.body().pos());
        };
        return c.finish(body, new Signature(new String[0], 0, null, new String[0], null), 1, "<module>");
    }

    /** {@code body} preceded by SETUP_ANNOTATIONS when {@code stmts} have an annotated assignment (compile.c find_ann). */
    StmtNode withAnnotationsSetup(StmtNode body, List<Ast.Stmt> stmts, boolean inClass) {
        return hasAnnotations(stmts) ? new Statements.Block(new StmtNode[]{new Variables.SetupAnnotations(inClass), body}) : body;
    }

    /** Whether an annotated assignment is among {@code stmts} or their blocks (not nested functions or classes). */
    static boolean hasAnnotations(List<Ast.Stmt> stmts) {
        if (stmts == null) {
            return false;
        }
        for (Ast.Stmt st : stmts) {
            boolean found = switch (st) {
                case Ast.AnnAssign a -> true;
                case Ast.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Ast.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
                case Ast.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
                case Ast.With w -> hasAnnotations(w.body());
                case Ast.Match m -> m.cases().stream().anyMatch(c -> hasAnnotations(c.body()));
                case Ast.Try t -> hasAnnotations(t.body()) || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()))
                                || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody());
                case Ast.TryStar t -> hasAnnotations(t.body()) || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()))
                                || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** The compiler's SyntaxWarnings, in the order CPython's code generation meets them. */
    private List<CompileWarning> warnings = new ArrayList<>();

    /** Whether a def's body is built at the function's first call (library modules: {@link #build(AuditPyLanguage, Ast.Mod, Source, String, boolean)}). */
    private boolean deferBodies;

    /**
     * Builds a deferred function body ({@code build} makes its root and sets its code's call target), at the
     * function's first call. One body at a time per module: the builder's state is shared. A compiler error of the
     * body is raised as the import would have raised it: Python's SyntaxError (or RecursionError for nesting deeper
     * than the Java stack).
     */
    private synchronized void buildDeferred(Runnable build) {
        try {
            build.run();
        } catch (PythonSyntaxError e) {
            throw org.auditpy.runtime.CodeExecution.syntaxError(inBytes(e, source));
        } catch (StackOverflowError e) {
            throw org.auditpy.runtime.Recursion.stackOverflow(org.auditpy.runtime.Recursion.COMPILE);
        }
    }

    private void warn(String msg, Ast.Pos pos) {
        warnings.add(new CompileWarning(msg, pos.line(), pos.col(), pos.endLine(), pos.endCol()));
    }

    /**
     * The type CPython's compiler infers for an expression after AST optimization (compile.c infer_type), by
     * name, or null when it cannot tell.
     */
    private static String inferType(Ast.Expr e) {
        return switch (e) {
            case Ast.Tuple t -> "tuple";
            case Ast.List l -> "list";
            case Ast.ListComp l -> "list";
            case Ast.Dict d -> "dict";
            case Ast.DictComp d -> "dict";
            case Ast.Set st -> "set";
            case Ast.SetComp st -> "set";
            case Ast.GeneratorExp g -> "generator";
            case Ast.Lambda l -> "function";
            case Ast.JoinedStr j -> "str";
            case Ast.FormattedValue f -> "str";
            case Ast.Constant c -> constantType(c.value());
            default -> {
                // an expression the optimizer folds to a number (`not x` folds to a bool)
                Object f = folded(e);
                yield f instanceof java.math.BigInteger && !(e instanceof Ast.UnaryOp u && u.op() == Ast.UnaryOpKind.Not) ? "int"
                                : f instanceof Double ? "float" : null;
            }
        };
    }

    private static String constantType(Object v) {
        if (v instanceof Long || v instanceof java.math.BigInteger) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof String) {
            return "str";
        } else if (v instanceof byte[]) {
            return "bytes";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v == Ast.Singleton.NONE) {
            return "NoneType";
        } else if (v == Ast.Singleton.ELLIPSIS) {
            return "ellipsis";
        } else if (v instanceof Ast.Imaginary) {
            return "complex";
        }
        return null;
    }

    /** Whether {@code e} is a constant after optimization other than None, True, False and ... (check_is_arg). */
    private static boolean isLiteral(Ast.Expr e) {
        if (e instanceof Ast.Constant c) {
            Object v = c.value();
            return !(v == Ast.Singleton.NONE || v == Ast.Singleton.ELLIPSIS || v instanceof Boolean);
        }
        if (e instanceof Ast.UnaryOp u && u.op() == Ast.UnaryOpKind.Not) {
            return false;
        }
        return folded(e) != null;
    }

    /** check_compare: {@code x is 1}. */
    private void checkCompare(Ast.Compare c) {
        Ast.Expr left = c.left();
        boolean leftLiteral = isLiteral(left);
        for (int i = 0; i < c.ops().size(); i++) {
            Ast.CmpOp op = c.ops().get(i);
            Ast.Expr right = c.comparators().get(i);
            boolean rightLiteral = isLiteral(right);
            if ((op == Ast.CmpOp.Is || op == Ast.CmpOp.IsNot) && (leftLiteral || rightLiteral)) {
                warn(op == Ast.CmpOp.Is ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?",
                                c.pos());
                return;
            }
            leftLiteral = rightLiteral;
        }
    }

    /** check_caller: {@code (1, 2)(3)}. */
    private void checkCaller(Ast.Call call) {
        Ast.Expr f = call.func();
        boolean suspicious = switch (f) {
            case Ast.Constant _, Ast.Tuple _, Ast.List _, Ast.ListComp _, Ast.Dict _, Ast.DictComp _, Ast.Set _, Ast.SetComp _,
                            Ast.GeneratorExp _, Ast.JoinedStr _, Ast.FormattedValue _ -> true;
            default -> false;
        };
        String type = suspicious ? inferType(f) : null;
        if (type != null) {
            warn("'" + type + "' object is not callable; perhaps you missed a comma?", call.pos());
        }
    }

    /** check_subscripter and check_index of a loaded subscript: {@code [1][None]}, {@code 5[0]}. */
    private void checkSubscript(Ast.Subscript sub) {
        Ast.Expr v = sub.value();
        boolean notSubscriptable = switch (v) {
            case Ast.Constant c -> c.value() == Ast.Singleton.NONE || c.value() == Ast.Singleton.ELLIPSIS || c.value() instanceof Long
                            || c.value() instanceof java.math.BigInteger || c.value() instanceof Boolean || c.value() instanceof Double
                            || c.value() instanceof Ast.Imaginary;
            case Ast.Set _, Ast.SetComp _, Ast.GeneratorExp _, Ast.Lambda _ -> true;
            default -> false;
        };
        if (notSubscriptable) {
            String type = inferType(v);
            if (type != null) {
                warn("'" + type + "' object is not subscriptable; perhaps you missed a comma?", sub.pos());
            }
            return;
        }
        boolean sequence = switch (v) {
            case Ast.Constant c -> c.value() instanceof String || c.value() instanceof byte[];
            case Ast.Tuple _, Ast.List _, Ast.ListComp _, Ast.JoinedStr _, Ast.FormattedValue _ -> true;
            default -> false;
        };
        if (!sequence) {
            return;
        }
        String index = sub.slice() instanceof Ast.Slice ? null : inferType(sub.slice());
        if (index == null || index.equals("int") || index.equals("bool")) {
            return;
        }
        warn(inferType(v) + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?", sub.pos());
    }

    /** The state of one code object being built. */
    private final class Code {
        final Scope scope;
        final String qualPrefix;
        final Map<String, Integer> slots = new HashMap<>();
        int slotCount;
        final Code parent;
        /** For generator scopes: the frame slot holding the running generator, else -1. */
        final int genSlot;

        Code(Scope scope, String qualPrefix, Code parent) {
            this.scope = scope;
            this.qualPrefix = qualPrefix;
            this.parent = parent;
            this.genSlot = scope.isGenerator() ? slotCount++ : -1;
        }

        boolean functionLike() {
            return scope.kind() == Kind.FUNCTION || scope.kind() == Kind.LAMBDA || scope.kind() == Kind.COMPREHENSION;
        }

        /** The compiler's access path for {@code id} (already mangled) in this scope. */
        Binding binding(String id) {
            Scope.SymbolKind k = scope.lookupMangled(id);
            switch (scope.kind()) {
                case MODULE:
                    return Binding.GLOBAL;
                case CLASS:
                    return switch (k) {
                        case FREE -> Binding.CLASS_DEREF;
                        case GLOBAL_EXPLICIT -> Binding.GLOBAL;
                        default -> Binding.CLASS;
                    };
                default:
                    return switch (k) {
                        case LOCAL -> Binding.LOCAL;
                        case CELL -> Binding.CELL;
                        case FREE -> Binding.FREE;
                        default -> Binding.GLOBAL;
                    };
            }
        }

        boolean gen() {
            return genSlot >= 0;
        }

        int slot(String name) {
            return slots.computeIfAbsent(name, k -> slotCount++);
        }

        /** The temporary slot passing receivers to builtin methods run in the caller's tree (MethodCalls), or -1. */
        int methodSelfSlot = -1;

        int temp() {
            return slotCount++;
        }

        /**
         * Whether {@code x += right} (or {@code x = x + right}) gets {@link Variables.ConcatLocal}'s in-place str
         * path: x is a fast local, and right can be built twice (once per path) and evaluated after x is read with
         * no surprise: no yield (a resumed statement), no lambda or comprehension (code objects), no assignment
         * expression (which could rebind x).
         */
        boolean concatCandidate(String rawId, Ast.Expr right) {
            if (binding(scope.mangle(rawId)) != Binding.LOCAL) {
                return false;
            }
            boolean[] plain = {true};
            new org.auditpy.parser.ast.AstWalker() {
                @Override
                public void visitExpr(Ast.Expr e) {
                    switch (e) {
                        case Ast.NamedExpr _, Ast.Lambda _, Ast.ListComp _, Ast.SetComp _, Ast.DictComp _, Ast.GeneratorExp _, Ast.Yield _, Ast.YieldFrom _ ->
                            plain[0] = false;
                        default -> super.visitExpr(e);
                    }
                }
            }.visitExpr(right);
            return plain[0];
        }

        <T extends PyNode> T at(T node, Ast.Pos pos) {
            if (pos != null) {
                node.setPosition(pos.line(), pos.col(), pos.endLine(), pos.endCol());
            }
            return node;
        }

        PyCode finish(StmtNode body, Signature sig, int firstLine, String name) {
            PyCode code = newCode(sig, firstLine, name);
            attachRoot(code, body, sig, firstLine);
            return code;
        }

        /** This scope's code object, before its body is built: what the scope analysis and the signature give. */
        PyCode newCode(Signature sig, int firstLine, String name) {
            boolean fn = functionLike();
            List<String> varnames = scope.varnames();
            int flags = PyCode.CO_NEWLOCALS | PyCode.CO_OPTIMIZED;
            if (sig.varargs != null) {
                flags |= PyCode.CO_VARARGS;
            }
            if (sig.varkw != null) {
                flags |= PyCode.CO_VARKEYWORDS;
            }
            if (scope.nested) {
                // CPython 3.11's compute_code_flags: CO_NESTED for a function inside a function; it sets no CO_NOFREE
                flags |= PyCode.CO_NESTED;
            }
            if (!fn) {
                flags = 0;
            }
            if (gen()) {
                flags |= PyCode.CO_GENERATOR;
            }
            String qual = scope.kind() == Kind.MODULE ? "<module>" : qualPrefix;
            return new PyCode(name, qual, filename, firstLine, sig, varnames.toArray(new String[0]),
                            scope.cellvars().toArray(new String[0]), scope.freevars().toArray(new String[0]), flags, source);
        }

        /** Makes the root node of {@code code} over {@code body} (this scope's frame layout) and sets its call target. */
        void attachRoot(PyCode code, StmtNode body, Signature sig, int firstLine) {
            boolean fn = functionLike();
            String[] bound = new String[sig.slotCount()];
            int k = 0;
            for (String p : sig.positional) {
                bound[k++] = p;
            }
            if (sig.varargs != null) {
                bound[k++] = sig.varargs;
            }
            for (String p : sig.kwOnly) {
                bound[k++] = p;
            }
            if (sig.varkw != null) {
                bound[k++] = sig.varkw;
            }
            int[] argSlots = new int[bound.length];
            int[] argCellSlots = new int[bound.length];
            for (int i = 0; i < bound.length; i++) {
                if (fn && scope.cellvars().contains(bound[i])) {
                    argSlots[i] = -1;
                    argCellSlots[i] = slot(bound[i]);
                } else {
                    argSlots[i] = fn ? slot(bound[i]) : temp();
                    argCellSlots[i] = -1;
                }
            }
            List<Integer> cellSlots = new ArrayList<>();
            for (String c : scope.cellvars()) {
                boolean isArg = false;
                for (String b2 : bound) {
                    isArg |= b2.equals(c);
                }
                if (!isArg) {
                    cellSlots.add(slot(c));
                }
            }
            int[] freeSlots = new int[scope.freevars().size()];
            int i = 0;
            for (String f : scope.freevars()) {
                freeSlots[i++] = slot(f);
            }
            if (scope.kind() == Kind.CLASS && scope.cellvars().contains("__class__")) {
                StmtNode store = new org.auditpy.nodes.Comprehensions.StoreClassCell(slot("__class__"));
                body = new Statements.Block(new StmtNode[]{body, store});
            }
            FrameDescriptor.Builder fdb = FrameDescriptor.newBuilder();
            String qualEarly = scope.kind() == Kind.MODULE ? "<module>" : qualPrefix;
            // named slots (temporaries stay unnamed): locals(), vars(), dir() and frame.f_locals read the names
            String[] slotNames = new String[Math.max(slotCount, 1)];
            slots.forEach((n, idx) -> slotNames[idx] = n);
            for (String n : slotNames) {
                fdb.addSlot(FrameSlotKind.Illegal, n, null);
            }
            Generators.BodyRoot genBody = null;
            if (gen()) {
                genBody = new Generators.BodyRoot(language, body, qualEarly);
                body = new Statements.Pass();
            }
            PyRootNode root = new PyRootNode(language, fdb.build(), body, source.createSection(Math.max(1, Math.min(firstLine, source.getLineCount()))), argSlots,
                            argCellSlots, toInts(cellSlots), freeSlots, !fn);
            root.setCode(code);
            if (genBody != null) {
                root.setGenerator(genBody, genSlot);
            }
            code.setCallTarget(root.getCallTarget());
        }

        // ------------------------------------------------------------------------------------- statements

        StmtNode block(List<Ast.Stmt> body) {
            StmtNode[] nodes = new StmtNode[body.size()];
            for (int i = 0; i < nodes.length; i++) {
                nodes[i] = stmt(body.get(i));
            }
            if (gen() && Generators.hasYield(nodes)) {
                return new Generators.GenBlock(nodes, genSlot, temp());
            }
            return new Statements.Block(nodes);
        }

        StmtNode optBlock(List<Ast.Stmt> body) {
            return body == null || body.isEmpty() ? null : block(body);
        }

        StmtNode stmt(Ast.Stmt s) {
            StmtNode n = at(stmtInner(s), s.pos());
            if (gen()) {
                spillBeforeYields(n);
            }
            return n;
        }

        /**
         * In a generator, wraps in {@link Generators.Spill} the operands that a resume would otherwise evaluate a
         * second time: at each node of {@code n}'s expressions with a yield among its children, every child that is
         * an expression (not a constant), the yield's own too. Nested statements are left to their own {@link #stmt}
         * call.
         */
        void spillBeforeYields(com.oracle.truffle.api.nodes.Node n) {
            List<com.oracle.truffle.api.nodes.Node> kids = new ArrayList<>();
            com.oracle.truffle.api.nodes.NodeUtil.forEachChild(n, c -> {
                if (!(c instanceof StmtNode)) {
                    kids.add(c);
                }
                return true;
            });
            boolean[] yields = new boolean[kids.size()];
            boolean any = false;
            int operands = 0;
            for (int i = 0; i < yields.length; i++) {
                com.oracle.truffle.api.nodes.Node c = kids.get(i);
                yields[i] = Generators.hasYield(c);
                any |= yields[i];
                if (c instanceof ExprNode && !(c instanceof Expressions.Constant)) {
                    operands++;
                }
            }
            if (!any) {
                return;
            }
            for (int i = 0; i < yields.length; i++) {
                com.oracle.truffle.api.nodes.Node c = kids.get(i);
                if (yields[i]) {
                    spillBeforeYields(c);
                }
                // a lone operand (x = yield v) has nothing evaluated beside it to keep
                if (operands > 1 && c instanceof ExprNode e && !(e instanceof Expressions.Constant) && !(e instanceof Generators.Spill)) {
                    Generators.Spill spill = new Generators.Spill(e, genSlot, temp());
                    // a child field of a narrower type (InplaceOp's BinaryOp) is a wrapper's: its node is not an operand
                    if (com.oracle.truffle.api.nodes.NodeUtil.isReplacementSafe(n, e, spill)) {
                        com.oracle.truffle.api.nodes.NodeUtil.replaceChild(n, e, spill);
                    }
                }
            }
        }

        /** {@code e}, kept across a resume ({@link Generators.Spill}) when {@code later}, evaluated after it, has a yield. */
        ExprNode spillBefore(ExprNode e, ExprNode later) {
            return gen() && Generators.hasYield(later) ? new Generators.Spill(e, genSlot, temp()) : e;
        }

        StmtNode stmtInner(Ast.Stmt s) {
            switch (s) {
                case Ast.ExprStmt e:
                    if (interactive && parent == null) {
                        return new Statements.PrintExpr(expr(e.value()));
                    }
                    return new Statements.ExprStmt(expr(e.value()));
                case Ast.Assign a: {
                    Variables.WriteNode[] targets = new Variables.WriteNode[a.targets().size()];
                    for (int i = 0; i < targets.length; i++) {
                        targets[i] = target(a.targets().get(i));
                    }
                    StmtNode plain = new Statements.Assign(targets, expr(a.value()));
                    Ast.Expr concatRight = ScopeAnalyzer.selfConcat(a);
                    if (concatRight != null && concatCandidate(((Ast.Name) a.targets().get(0)).id(), concatRight)) {
                        // x = x + e on a fast local: a str grows in place (Variables.ConcatLocal); e is built a second
                        // time for that path, the plain assignment serves every other type
                        Ast.BinOp b = (Ast.BinOp) a.value();
                        int t1 = temp();
                        int t2 = temp();
                        ExprNode op = at(new Expressions.Located(at(ExpressionsFactory.BinaryOpNodeGen.create(Arithmetic.BinOp.ADD, new Expressions.ReadTemp(t1),
                                        new Expressions.ReadTemp(t2)), b.pos()), binOpAnchors(b)), b.pos());
                        Ast.Name n = (Ast.Name) a.targets().get(0);
                        return new Variables.ConcatLocal(slot(scope.mangle(n.id())), expr(concatRight), op, target(n), t1, t2, at(plain, a.pos()));
                    }
                    return plain;
                }
                case Ast.AugAssign a: {
                    Arithmetic.BinOp op = binop(a.op());
                    if (a.target() instanceof Ast.Attribute at) {
                        int t = temp();
                        ExprNode obj = expr(at.value());
                        ExprNode value = expr(a.value());
                        // the load and the store of the target fail at the target (carets under it), as CPython 3.11
                        ExprNode load = spillBefore(at(new Expressions.Located(at(new Expressions.GetAttribute(new Expressions.ReadTemp(t), at.attr()), at.pos()), null),
                                        at.pos()), value);
                        return new Statements.Block(new StmtNode[]{
                                        at(new Statements.Assign(new Variables.WriteNode[]{new Variables.WriteTemp(t)}, spillBefore(obj, value)), a.pos()),
                                        at(new Statements.Assign(new Variables.WriteNode[]{located(new Variables.WriteAttribute(new Expressions.ReadTemp(t), at.attr()),
                                                        at.pos(), null)}, at(new Expressions.InplaceOp(load, value, op), a.pos())), a.pos())});
                    }
                    if (a.target() instanceof Ast.Subscript sub) {
                        int t1 = temp();
                        int t2 = temp();
                        String anchors = subscriptAnchors(sub);
                        ExprNode container = expr(sub.value());
                        ExprNode key = expr(sub.slice());
                        ExprNode value = expr(a.value());
                        ExprNode load = spillBefore(at(new Expressions.Located(at(new Expressions.GetItem(new Expressions.ReadTemp(t1), new Expressions.ReadTemp(t2)),
                                        sub.pos()), anchors), sub.pos()), value);
                        return new Statements.Block(new StmtNode[]{
                                        at(new Statements.Assign(new Variables.WriteNode[]{new Variables.WriteTemp(t1)}, spillBefore(container, value)), a.pos()),
                                        at(new Statements.Assign(new Variables.WriteNode[]{new Variables.WriteTemp(t2)}, spillBefore(key, value)), a.pos()),
                                        at(new Statements.Assign(new Variables.WriteNode[]{located(new Variables.WriteSubscript(new Expressions.ReadTemp(t1),
                                                        new Expressions.ReadTemp(t2)), sub.pos(), anchors)},
                                                        at(new Expressions.InplaceOp(load, value, op), a.pos())), a.pos())});
                    }
                    Ast.Name n = (Ast.Name) a.target();
                    StmtNode plain = new Statements.Assign(new Variables.WriteNode[]{target(n)},
                                    at(new Expressions.InplaceOp(name(n.id(), n.pos()), expr(a.value()), op), a.pos()));
                    if (op == Arithmetic.BinOp.ADD && concatCandidate(n.id(), a.value())) {
                        // x += e on a fast local: a str grows in place (Variables.ConcatLocal); e is built a second
                        // time for that path, the plain assignment serves every other type
                        int t1 = temp();
                        int t2 = temp();
                        return new Variables.ConcatLocal(slot(scope.mangle(n.id())), expr(a.value()),
                                        at(new Expressions.InplaceOp(new Expressions.ReadTemp(t1), new Expressions.ReadTemp(t2), op), a.pos()), target(n), t1, t2,
                                        at(plain, a.pos()));
                    }
                    return plain;
                }
                case Ast.AnnAssign a: {
                    // PEP 526 as CPython 3.11 compiles it: in a function the annotation is not evaluated; in a module
                    // or class body the value is stored first, then a simple name's annotation is stored in
                    // __annotations__ (looked up by name), and any other target's annotation is only evaluated;
                    // under `from __future__ import annotations` a simple name's annotation is stored as its text
                    // and any other is not evaluated (compiler_annassign, check_annotation)
                    boolean moduleOrClass = scope.kind() == Kind.MODULE || scope.kind() == Kind.CLASS;
                    boolean simpleName = a.simple() && a.target() instanceof Ast.Name;
                    boolean evaluated = moduleOrClass && (!scopes.futureAnnotations || simpleName);
                    StmtNode assign = a.value() == null ? null : new Statements.Assign(new Variables.WriteNode[]{target(a.target())}, expr(a.value()));
                    if (!evaluated) {
                        return assign != null ? assign : new Statements.Pass();
                    }
                    StmtNode ann;
                    if (a.simple() && a.target() instanceof Ast.Name n) {
                        ann = at(new Statements.Assign(new Variables.WriteNode[]{new Variables.WriteSubscript(name("__annotations__", a.pos()),
                                        new Expressions.Constant(scope.mangle(n.id())))}, annotation(a.annotation())), a.pos());
                    } else {
                        ann = new Statements.ExprStmt(expr(a.annotation()));
                    }
                    return assign == null ? ann : new Statements.Block(new StmtNode[]{assign, ann});
                }
                // In a generator, only statements with a yield in a nested block need the resumable variants
                // (a yield in the test, iterable or context expression resumes through the expression).
                case Ast.If i: {
                    ExprNode test = expr(i.test());
                    StmtNode body = block(i.body());
                    StmtNode orelse = optBlock(i.orelse());
                    if (gen() && Generators.hasYield(body, orelse)) {
                        return new Generators.GenIf(test, body, orelse, genSlot, temp());
                    }
                    return new Statements.If(test, body, orelse);
                }
                case Ast.While w: {
                    ExprNode test = expr(w.test());
                    StmtNode body = block(w.body());
                    StmtNode orelse = optBlock(w.orelse());
                    if (gen() && Generators.hasYield(body, orelse)) {
                        return new Generators.GenWhile(test, body, orelse, genSlot, temp());
                    }
                    return Statements.While.create(test, body, orelse, functionLike() && !gen());
                }
                case Ast.For f: {
                    Variables.WriteNode tgt = target(f.target());
                    ExprNode iter = iterExpr(f.iter());
                    StmtNode body = block(f.body());
                    StmtNode orelse = optBlock(f.orelse());
                    if (gen() && Generators.hasYield(body, orelse)) {
                        return new Generators.GenFor(tgt, iter, body, orelse, genSlot, temp());
                    }
                    return Statements.For.create(tgt, iter, body, orelse, temp(), functionLike() && !gen());
                }
                case Ast.Break b:
                    return new Statements.Break();
                case Ast.Continue c:
                    return new Statements.Continue();
                case Ast.Pass p:
                    return new Statements.Pass();
                case Ast.Return r:
                    return new Statements.Return(r.value() == null ? null : expr(r.value()));
                case Ast.Raise r:
                    return new Statements.Raise(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()));
                case Ast.Assert a:
                    if (a.test() instanceof Ast.Tuple t && !t.elts().isEmpty()) {
                        // compiler_assert warns even under -O
                        warn("assertion is always true, perhaps remove parentheses?", a.pos());
                    }
                    if (optimize > 0) {
                        return new Statements.Pass();
                    }
                    Ast.Pos raisedAt = lastCompare(a.test());
                    return new Statements.Assert(expr(a.test()), a.msg() == null ? null : expr(a.msg()),
                                    raisedAt == null ? null : new int[]{raisedAt.line(), raisedAt.col(), raisedAt.endLine(), raisedAt.endCol()});
                case Ast.Global g:
                    return new Statements.Pass();
                case Ast.Nonlocal n:
                    return new Statements.Pass();
                case Ast.Delete d: {
                    StmtNode[] dels = new StmtNode[d.targets().size()];
                    for (int i = 0; i < dels.length; i++) {
                        dels[i] = at(delete(d.targets().get(i)), d.targets().get(i).pos());
                    }
                    return new Statements.Block(dels);
                }
                case Ast.Try t: {
                    Statements.ExceptHandler[] hs = new Statements.ExceptHandler[t.handlers().size()];
                    for (int i = 0; i < hs.length; i++) {
                        Ast.ExceptHandler h = t.handlers().get(i);
                        Variables.WriteNode nm = h.name() == null ? null : nameTarget(h.name());
                        // CPython's cleanup of "as name": name = None; del name (the store is seen by a class body's
                        // __prepare__ namespace, and makes the delete succeed when the handler deleted the name)
                        StmtNode unbind = h.name() == null ? null
                                        : new Statements.Block(new StmtNode[]{
                                                        new Statements.Assign(new Variables.WriteNode[]{nameTarget(h.name())}, new Expressions.Constant(PyNone.NONE)),
                                                        deleteName(h.name())});
                        if (h.type() instanceof Ast.Tuple tt && !hasStar(tt.elts()) && !tt.elts().isEmpty()) {
                            // except (A, B): the classes are matched without building the tuple
                            hs[i] = new Statements.ExceptHandler(exprs(tt.elts()), nm, unbind, block(h.body()));
                        } else {
                            hs[i] = new Statements.ExceptHandler(h.type() == null ? null : expr(h.type()), nm, unbind, block(h.body()));
                        }
                        hs[i].setLine(h.pos().line());
                    }
                    StmtNode tryBody = block(t.body());
                    StmtNode tryElse = optBlock(t.orelse());
                    StmtNode tryFinally = optBlock(t.finalbody());
                    if (gen() && (Generators.hasYield(tryBody, tryElse, tryFinally) || Generators.hasYield(hs))) {
                        return new Generators.GenTry(tryBody, hs, tryElse, tryFinally, genSlot, temp(), temp());
                    }
                    return new Statements.Try(tryBody, hs, tryElse, tryFinally);
                }
                case Ast.Match m: {
                    // as compile.c's compiler_match: the subject in a temporary, then one test per case, in order
                    int subj = temp();
                    StmtNode chain = null;
                    for (int i = m.cases().size() - 1; i >= 0; i--) {
                        Ast.MatchCase mc = m.cases().get(i);
                        java.util.LinkedHashMap<String, Integer> names = new java.util.LinkedHashMap<>();
                        Matching.Pattern pat = pattern(mc.pattern(), names);
                        Variables.WriteNode[] binders = new Variables.WriteNode[names.size()];
                        int k = 0;
                        for (String n : names.keySet()) {
                            binders[k++] = nameTarget(n);
                        }
                        ExprNode test = at(new Matching.CaseTest(new Expressions.ReadTemp(subj), pat, binders,
                                        mc.guard() == null ? null : expr(mc.guard())), mc.pattern().pos());
                        StmtNode body = block(mc.body());
                        if (gen() && Generators.hasYield(body, chain)) {
                            chain = new Generators.GenIf(test, body, chain, genSlot, temp());
                        } else {
                            chain = new Statements.If(test, body, chain);
                        }
                    }
                    StmtNode store = new Statements.Assign(new Variables.WriteNode[]{new Variables.WriteTemp(subj)}, expr(m.subject()));
                    return new Statements.Block(chain == null ? new StmtNode[]{store} : new StmtNode[]{store, chain});
                }
                case Ast.TryStar t:
                    throw unsupported("except* is not supported by auditpy yet", t.pos());
                case Ast.With w: {
                    StmtNode body = block(w.body());
                    for (int i = w.items().size() - 1; i >= 0; i--) {
                        Ast.WithItem it = w.items().get(i);
                        Variables.WriteNode tv = it.optionalVars() == null ? null : target(it.optionalVars());
                        if (gen() && Generators.hasYield(body)) {
                            body = at(new Generators.GenWith(expr(it.contextExpr()), tv, body, genSlot, temp()), w.pos());
                        } else {
                            body = at(new Statements.With(expr(it.contextExpr()), tv, body), w.pos());
                        }
                    }
                    return body;
                }
                case Ast.FunctionDef f: {
                    // co_firstlineno is the first decorator's line (CPython 3.8+), where inspect.getsource starts
                    int firstLine = f.decoratorList().isEmpty() ? f.pos().line() : f.decoratorList().get(0).pos().line();
                    ExprNode fn = function(f.name(), f.args(), f.body(), null, scopes.scopeOf(f), f.pos(), firstLine, f.returns());
                    if (!f.decoratorList().isEmpty()) {
                        fn = new Definitions.Decorate(exprs(f.decoratorList()), fn);
                    }
                    return new Statements.Assign(new Variables.WriteNode[]{nameTarget(f.name())}, fn);
                }
                case Ast.ClassDef c: {
                    Scope cs = scopes.scopeOf(c);
                    String qual = qualName(c.name());
                    Code inner = new Code(cs, qual, this);
                    StmtNode body = withAnnotationsSetup(inner.block(c.body()), c.body(), true);
                    Object doc = docstring(c.body());
                    if (doc != PyNone.NONE) {
                        body = new Statements.Block(new StmtNode[]{new Statements.Assign(new Variables.WriteNode[]{new Variables.WriteName("__doc__")}, new Expressions.Constant(doc)), body});
                    }
                    int firstLine = c.decoratorList().isEmpty() ? c.pos().line() : c.decoratorList().get(0).pos().line();
                    PyCode code = inner.finish(body, new Signature(new String[]{"__ns__"}, 0, null, new String[0], null), firstLine, c.name());
                    String[] kwNames = new String[c.keywords().size()];
                    ExprNode[] kwValues = new ExprNode[kwNames.length];
                    for (int i = 0; i < kwNames.length; i++) {
                        kwNames[i] = c.keywords().get(i).arg();
                        kwValues[i] = expr(c.keywords().get(i).value());
                    }
                    ExprNode cls = new Definitions.MakeClass(c.name(), qual, code, exprs(c.bases()), kwNames, kwValues, closureSlots(cs));
                    if (!c.decoratorList().isEmpty()) {
                        cls = new Definitions.Decorate(exprs(c.decoratorList()), cls);
                    }
                    return new Statements.Assign(new Variables.WriteNode[]{nameTarget(c.name())}, cls);
                }
                case Ast.Import im: {
                    StmtNode[] parts = new StmtNode[im.names().size()];
                    for (int i = 0; i < parts.length; i++) {
                        Ast.Alias al = im.names().get(i);
                        String bindName = al.asname() != null ? al.asname() : al.name().split("\\.")[0];
                        parts[i] = at(new Definitions.Import(al.name(), nameTarget(bindName), al.asname() == null), im.pos());
                    }
                    return new Statements.Block(parts);
                }
                case Ast.ImportFrom im: {
                    String[] names = new String[im.names().size()];
                    Variables.WriteNode[] targets = new Variables.WriteNode[names.length];
                    for (int i = 0; i < names.length; i++) {
                        Ast.Alias al = im.names().get(i);
                        names[i] = al.name();
                        if (!al.name().equals("*")) {
                            targets[i] = nameTarget(al.asname() != null ? al.asname() : al.name());
                        }
                    }
                    if (names.length == 1 && names[0].equals("*")) {
                        targets = new Variables.WriteNode[0];
                    }
                    return new Definitions.ImportFrom(im.module(), im.level(), names, targets);
                }
            }
        }

        /** A construct auditpy does not run yet: a SyntaxError {@code message} at {@code pos}, with the source line. */
        RuntimeException unsupported(String message, Ast.Pos pos) {
            return PythonSyntaxError.afterParse(message, filename, pos.line(), pos.col() + 1, pos.endLine(), pos.endCol() + 1);
        }

        String qualName(String name) {
            if (scope.kind() == Kind.MODULE) {
                return name;
            }
            if (functionLike()) {
                return qualPrefix + ".<locals>." + name;
            }
            return qualPrefix + "." + name;
        }

        Object docstring(List<Ast.Stmt> body) {
            if (optimize >= 2) {
                return PyNone.NONE;
            }
            if (!body.isEmpty() && body.get(0) instanceof Ast.ExprStmt e && e.value() instanceof Ast.Constant c && c.value() instanceof String s) {
                return s;
            }
            return PyNone.NONE;
        }

        int[] closureSlots(Scope inner) {
            int[] r = new int[inner.freevars().size()];
            int i = 0;
            for (String f : inner.freevars()) {
                r[i++] = slot(f);
            }
            return r;
        }

        /** The node of a case's pattern; each name it binds gets the next index of {@code names}, in order. */
        Matching.Pattern pattern(Ast.Pattern p, java.util.Map<String, Integer> names) {
            Matching.Pattern n = switch (p) {
                case Ast.MatchValue v -> new Matching.Value(expr(v.value()));
                case Ast.MatchSingleton v -> new Matching.Singleton(v.value() instanceof Boolean b ? b : PyNone.NONE);
                case Ast.MatchAs a -> {
                    Matching.Pattern inner = a.pattern() == null ? null : pattern(a.pattern(), names);
                    if (a.name() == null) {
                        yield inner == null ? new Matching.Wildcard() : inner;
                    }
                    yield new Matching.Capture(inner, names.computeIfAbsent(a.name(), k -> names.size()));
                }
                case Ast.MatchOr o -> {
                    Matching.Pattern[] alts = new Matching.Pattern[o.patterns().size()];
                    for (int i = 0; i < alts.length; i++) {
                        alts[i] = pattern(o.patterns().get(i), names);
                    }
                    yield new Matching.Or(alts);
                }
                case Ast.MatchSequence sq -> {
                    Matching.Pattern[] elts = new Matching.Pattern[sq.patterns().size()];
                    int star = -1;
                    int starCapture = -1;
                    for (int i = 0; i < elts.length; i++) {
                        if (sq.patterns().get(i) instanceof Ast.MatchStar st) {
                            star = i;
                            starCapture = st.name() == null ? -1 : names.computeIfAbsent(st.name(), k -> names.size());
                            elts[i] = new Matching.Wildcard();
                        } else {
                            elts[i] = pattern(sq.patterns().get(i), names);
                        }
                    }
                    yield new Matching.Sequence(elts, star, starCapture);
                }
                case Ast.MatchMapping mm -> {
                    Matching.Pattern[] vals = new Matching.Pattern[mm.patterns().size()];
                    for (int i = 0; i < vals.length; i++) {
                        vals[i] = pattern(mm.patterns().get(i), names);
                    }
                    int rest = mm.rest() == null ? -1 : names.computeIfAbsent(mm.rest(), k -> names.size());
                    yield new Matching.Mapping(exprs(mm.keys()), vals, rest);
                }
                case Ast.MatchClass c -> {
                    Matching.Pattern[] pos = new Matching.Pattern[c.patterns().size()];
                    for (int i = 0; i < pos.length; i++) {
                        pos[i] = pattern(c.patterns().get(i), names);
                    }
                    Matching.Pattern[] kws = new Matching.Pattern[c.kwdPatterns().size()];
                    for (int i = 0; i < kws.length; i++) {
                        kws[i] = pattern(c.kwdPatterns().get(i), names);
                    }
                    yield new Matching.ClassPattern(expr(c.cls()), pos, c.kwdAttrs().toArray(new String[0]), kws);
                }
                case Ast.MatchStar st -> throw new IllegalStateException("star pattern outside a sequence");
            };
            n.setPosition(p.pos().line(), p.pos().col(), p.pos().endLine(), p.pos().endCol());
            return n;
        }

        ExprNode function(String name, Ast.Arguments args, List<Ast.Stmt> body, Ast.Expr lambdaBody, Scope fs, Ast.Pos pos, int firstLine,
                        Ast.Expr returns) {
            String qual = qualName(name);
            Code inner = new Code(fs, qual, this);
            List<String> positional = new ArrayList<>();
            for (Ast.Arg a : args.posonlyargs()) {
                positional.add(a.arg());
            }
            for (Ast.Arg a : args.args()) {
                positional.add(a.arg());
            }
            List<String> kwonly = new ArrayList<>();
            for (Ast.Arg a : args.kwonlyargs()) {
                kwonly.add(a.arg());
            }
            Signature sig = new Signature(positional.toArray(new String[0]), args.posonlyargs().size(), args.vararg() == null ? null : args.vararg().arg(),
                            kwonly.toArray(new String[0]), args.kwarg() == null ? null : args.kwarg().arg());
            Object doc = PyNone.NONE;
            PyCode code;
            if (lambdaBody != null) {
                code = inner.finish(inner.at(new Statements.Return(inner.expr(lambdaBody)), lambdaBody.pos()), sig, firstLine, name);
            } else if (deferBodies) {
                doc = docstring(body);
                PyCode deferred = inner.newCode(sig, firstLine, name);
                deferred.deferBody(() -> buildDeferred(() -> inner.attachRoot(deferred, inner.block(body), sig, firstLine)));
                code = deferred;
            } else {
                StmtNode bodyNode = inner.block(body);
                doc = docstring(body);
                code = inner.finish(bodyNode, sig, firstLine, name);
            }
            List<String> kwDefNames = new ArrayList<>();
            List<ExprNode> kwDefs = new ArrayList<>();
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Ast.Expr d = args.kwDefaults().get(i);
                if (d != null) {
                    kwDefNames.add(args.kwonlyargs().get(i).arg());
                    kwDefs.add(expr(d));
                }
            }
            Definitions.MakeFunction make = new Definitions.MakeFunction(code, exprs(args.defaults()), kwDefNames.toArray(new String[0]),
                            kwDefs.toArray(new ExprNode[0]), closureSlots(fs), doc);
            ExprNode annotations = annotations(args, returns);
            if (annotations != null) {
                make.withAnnotations(annotations);
            }
            return at(make, pos);
        }

        /**
         * The {@code __annotations__} of a def as a dict display, in CPython 3.11's order (compiler_visit_annotations:
         * ordinary parameters, positional-only ones, *args, keyword-only, **kwargs, return; names mangled in a
         * class), evaluated in this (the enclosing) scope after the defaults; null without annotations.
         */
        private ExprNode annotations(Ast.Arguments args, Ast.Expr returns) {
            List<ExprNode> keys = new ArrayList<>();
            List<ExprNode> values = new ArrayList<>();
            List<Ast.Arg> ordered = new ArrayList<>(args.args());
            ordered.addAll(args.posonlyargs());
            if (args.vararg() != null) {
                ordered.add(args.vararg());
            }
            ordered.addAll(args.kwonlyargs());
            if (args.kwarg() != null) {
                ordered.add(args.kwarg());
            }
            for (Ast.Arg a : ordered) {
                if (a.annotation() != null) {
                    keys.add(new Expressions.Constant(scope.mangle(a.arg())));
                    values.add(annotation(a.annotation()));
                }
            }
            if (returns != null) {
                keys.add(new Expressions.Constant("return"));
                values.add(annotation(returns));
            }
            return keys.isEmpty() ? null : new Expressions.DictDisplay(keys.toArray(new ExprNode[0]), values.toArray(new ExprNode[0]));
        }

        /** An annotation's value: the expression, or under PEP 563 its text (compiler_visit_annexpr). */
        private ExprNode annotation(Ast.Expr e) {
            return scopes.futureAnnotations ? new Expressions.Constant(AnnotationText.of(e)) : expr(e);
        }

        // ------------------------------------------------------------------------------------- names

        /** A name of module-level code not declared global: CPython's *_NAME opcodes (locals mapping first). */
        boolean moduleName(String mangled) {
            return scope.kind() == Kind.MODULE && scope.lookupMangled(mangled) != Scope.SymbolKind.GLOBAL_EXPLICIT;
        }

        ExprNode name(String rawId, Ast.Pos pos) {
            String id = scope.mangle(rawId);
            ExprNode n = switch (binding(id)) {
                case LOCAL -> new Variables.ReadLocal(slot(id), id, scope.isConcatTarget(id));
                case CELL -> new Variables.ReadCell(slot(id), id, false);
                case FREE -> new Variables.ReadCell(slot(id), id, true);
                case GLOBAL -> moduleName(id) ? new Variables.ReadName(id) : new Variables.ReadGlobal(id);
                case CLASS -> new Variables.ReadName(id);
                case CLASS_DEREF -> new Variables.ReadClassDeref(id, slot(id));
            };
            return at(n, pos);
        }

        Variables.WriteNode nameTarget(String rawId) {
            String id = scope.mangle(rawId);
            return switch (binding(id)) {
                case LOCAL -> new Variables.WriteLocal(slot(id));
                case CELL, FREE -> new Variables.WriteCell(slot(id));
                case GLOBAL -> moduleName(id) ? new Variables.WriteName(id) : new Variables.WriteGlobal(id);
                case CLASS, CLASS_DEREF -> new Variables.WriteName(id);
            };
        }

        StmtNode deleteName(String rawId) {
            String id = scope.mangle(rawId);
            return switch (binding(id)) {
                case LOCAL -> new Variables.DeleteLocal(slot(id), id);
                case CELL, FREE -> new Variables.DeleteCell(slot(id), id);
                case GLOBAL -> moduleName(id) ? new Variables.DeleteName(id) : new Variables.DeleteGlobal(id);
                case CLASS, CLASS_DEREF -> new Variables.DeleteName(id);
            };
        }

        Variables.WriteNode target(Ast.Expr t) {
            // a store's own failure (an attribute or item that cannot be set, a sequence of the wrong length) is
            // placed at its target, with carets, as CPython 3.11
            return switch (t) {
                case Ast.Name n -> nameTarget(n.id());
                case Ast.Attribute a -> located(new Variables.WriteAttribute(expr(a.value()), scope.mangle(a.attr())), t.pos(), null);
                case Ast.Subscript s -> located(new Variables.WriteSubscript(expr(s.value()), expr(s.slice())), t.pos(),
                                foldsToConstant(s) ? null : subscriptAnchors(s));
                case Ast.Tuple tu -> located(unpack(tu.elts()), t.pos(), null);
                case Ast.List l -> located(unpack(l.elts()), t.pos(), null);
                case Ast.Starred s -> target(s.value());
                default -> throw new PythonSyntaxError("SyntaxError", "cannot assign to expression", filename, t.pos().line(), t.pos().col() + 1, null, t.pos().endLine(), t.pos().endCol() + 1);
            };
        }

        /** A store target placed at {@code pos}: its own failure is reported there ({@code anchors}: a caret pattern). */
        /**
         * Where a failed {@code assert test} raises its AssertionError in a traceback, as CPython 3.11's
         * compiler_jump_if leaves it: the last comparison met going through {@code not}, {@code and}/{@code or} and
         * conditional expressions in order (test, body, else), or null for the statement's own range.
         */
        private static Ast.Pos lastCompare(Ast.Expr test) {
            return switch (test) {
                case Ast.Compare c -> c.pos();
                case Ast.UnaryOp u when u.op() == Ast.UnaryOpKind.Not -> lastCompare(u.operand());
                case Ast.BoolOp b -> {
                    Ast.Pos last = null;
                    for (Ast.Expr v : b.values()) {
                        Ast.Pos p = lastCompare(v);
                        last = p != null ? p : last;
                    }
                    yield last;
                }
                case Ast.IfExp i -> {
                    Ast.Pos last = lastCompare(i.test());
                    Ast.Pos body = lastCompare(i.body());
                    last = body != null ? body : last;
                    Ast.Pos orelse = lastCompare(i.orelse());
                    yield orelse != null ? orelse : last;
                }
                default -> null;
            };
        }

        Variables.WriteNode located(Variables.WriteNode target, Ast.Pos pos, String anchors) {
            if (target instanceof Variables.WriteSubscript w) {
                w.setAnchors(anchors);
            }
            return at(target, pos);
        }

        Variables.WriteNode unpack(List<Ast.Expr> elts) {
            Variables.WriteNode[] ts = new Variables.WriteNode[elts.size()];
            int star = -1;
            for (int i = 0; i < ts.length; i++) {
                if (elts.get(i) instanceof Ast.Starred) {
                    star = i;
                }
                ts[i] = target(elts.get(i));
            }
            return new Variables.WriteUnpack(ts, star);
        }

        StmtNode delete(Ast.Expr t) {
            // each target's own failure (an unbound name, a missing attribute or key) is placed at the target
            return switch (t) {
                case Ast.Name n -> at(new Comprehensions.LocatedStatement(deleteName(n.id()), null), t.pos());
                case Ast.Attribute a -> at(new Comprehensions.LocatedStatement(
                                new Comprehensions.DeleteAttribute(expr(a.value()), scope.mangle(a.attr())), null), t.pos());
                case Ast.Subscript s -> at(new Comprehensions.LocatedStatement(
                                new Comprehensions.DeleteItem(expr(s.value()), expr(s.slice())), subscriptAnchors(s)), t.pos());
                case Ast.Tuple tu -> {
                    StmtNode[] parts = new StmtNode[tu.elts().size()];
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = delete(tu.elts().get(i));
                    }
                    yield new Statements.Block(parts);
                }
                case Ast.List l -> {
                    StmtNode[] parts = new StmtNode[l.elts().size()];
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = delete(l.elts().get(i));
                    }
                    yield new Statements.Block(parts);
                }
                default -> throw new PythonSyntaxError("SyntaxError", "cannot delete expression", filename, t.pos().line(), t.pos().col() + 1, null, t.pos().endLine(), t.pos().endCol() + 1);
            };
        }

        // ------------------------------------------------------------------------------------- expressions

        /**
         * The iterable of a {@code for} or comprehension, or the right operand of {@code in}/{@code not in}: a
         * set display of constants there is a frozenset constant, as CPython's AST optimizer makes it
         * (ast_opt.c fold_iter); the order in which a for loop visits it can differ from the display's.
         */
        ExprNode iterExpr(Ast.Expr e) {
            if (e instanceof Ast.Set s && allConstant(s.elts())) {
                return at(new Expressions.ConstSetDisplay(exprs(s.elts()), true), e.pos());
            }
            return expr(e);
        }

        /** An f-string's format spec when it is all literal text ({@code :03d}), else null (it has fields). */
        private static String constantSpec(Ast.Expr spec) {
            if (spec instanceof Ast.JoinedStr j) {
                StringBuilder sb = new StringBuilder();
                for (Ast.Expr e : j.values()) {
                    if (!(e instanceof Ast.Constant c) || !(c.value() instanceof String str)) {
                        return null;
                    }
                    sb.append(str);
                }
                return sb.toString();
            }
            return spec instanceof Ast.Constant c && c.value() instanceof String str ? str : null;
        }

        ExprNode[] exprs(List<Ast.Expr> es) {
            ExprNode[] r = new ExprNode[es.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = expr(es.get(i));
            }
            return r;
        }

        ExprNode expr(Ast.Expr e) {
            ExprNode n = at(exprInner(e), e.pos());
            // the expressions whose own failure CPython 3.11 places under their span with carets: names, calls,
            // attributes, operators, subscripts (with the ~~^~~ patterns), comprehensions (their call and first
            // iterator), displays that fail as a whole (an unhashable key, a starred non-iterable), f-strings
            String anchors = switch (e) {
                case Ast.BinOp b -> binOpAnchors(b);
                case Ast.Subscript sub -> subscriptAnchors(sub);
                default -> null;
            };
            boolean located = switch (e) {
                case Ast.Name _, Ast.Call _, Ast.Attribute _, Ast.Compare _, Ast.UnaryOp _, Ast.BinOp _, Ast.Subscript _ -> true;
                case Ast.ListComp _, Ast.SetComp _, Ast.DictComp _, Ast.GeneratorExp _, Ast.Dict _, Ast.Set _, Ast.JoinedStr _, Ast.YieldFrom _ -> true;
                case Ast.List l -> hasStar(l.elts());
                case Ast.Tuple t -> hasStar(t.elts());
                default -> false;
            };
            return located ? at(new Expressions.Located(n, anchors), e.pos()) : n;
        }

        /** The text of a single-line expression, or null. */
        String segment(Ast.Pos p) {
            if (p.line() != p.endLine() || p.line() < 1 || p.line() > source.getLineCount()) {
                return null;
            }
            String line = source.getCharacters(p.line()).toString();
            if (p.endCol() > line.length() || p.col() < 0 || p.col() > p.endCol()) {
                return null;
            }
            return line.substring(p.col(), p.endCol());
        }

        /** CPython 3.11's caret pattern for a binary operator: {@code ~} operands, {@code ^} the operator. */
        String binOpAnchors(Ast.BinOp b) {
            String seg = segment(b.pos());
            if (seg == null || b.left().pos().endLine() != b.pos().line() || b.right().pos().line() != b.pos().line()) {
                return null;
            }
            int base = b.pos().col();
            int opStart = b.left().pos().endCol() - base;
            int opEnd = b.right().pos().col() - base;
            if (opStart < 0 || opEnd > seg.length() || opStart > opEnd) {
                return null;
            }
            String opStr = seg.substring(opStart, opEnd);
            int opOffset = opStr.length() - opStr.stripLeading().length();
            int left = opStart + opOffset;
            int right = left + 1;
            if (opOffset + 1 < opStr.length() && !Character.isWhitespace(opStr.charAt(opOffset + 1))) {
                right++;
            }
            while (left < seg.length() && (Character.isWhitespace(seg.charAt(left)) || seg.charAt(left) == ')' || seg.charAt(left) == '#')) {
                left++;
                right++;
            }
            return pattern(seg.length(), left, right);
        }

        /** CPython 3.11's caret pattern for a subscript: {@code ~} the value, {@code ^} the brackets. */
        /**
         * Whether CPython 3.11's AST optimizer folds {@code sub} to a constant (fold_subscr in Python/ast_opt.c: a
         * str, bytes or constant tuple indexed by an int in range, or sliced by constants). The traceback code
         * reparses and optimizes the failing segment before it looks for the subscript's anchors, so a store to
         * such a subscript ({@code (1,)[0] = 2}) gets plain carets.
         */
        static boolean foldsToConstant(Ast.Subscript sub) {
            int len;
            if (sub.value() instanceof Ast.Constant c && c.value() instanceof String str) {
                len = str.codePointCount(0, str.length());
            } else if (sub.value() instanceof Ast.Constant c && c.value() instanceof byte[] b) {
                len = b.length;
            } else if (sub.value() instanceof Ast.Tuple tu && allConstant(tu.elts())) {
                len = tu.elts().size();
            } else {
                return false;
            }
            if (sub.slice() instanceof Ast.Constant ic && ic.value() instanceof Long i) {
                return i >= -len && i < len;
            }
            if (sub.slice() instanceof Ast.Slice sl) {
                return constantOrAbsent(sl.lower()) && constantOrAbsent(sl.upper()) && constantOrAbsent(sl.step());
            }
            return false;
        }

        private static boolean constantOrAbsent(Ast.Expr e) {
            return e == null || e instanceof Ast.Constant c && (c.value() instanceof Long || c.value() == Ast.Singleton.NONE);
        }

        String subscriptAnchors(Ast.Subscript sub) {
            String seg = segment(sub.pos());
            if (seg == null || sub.value().pos().endLine() != sub.pos().line() || sub.slice().pos().endLine() != sub.pos().line()) {
                return null;
            }
            int base = sub.pos().col();
            int left = sub.value().pos().endCol() - base;
            int right = sub.slice().pos().endCol() - base + 1;
            while (left < seg.length() && seg.charAt(left) != '[') {
                left++;
            }
            while (right < seg.length() && seg.charAt(right) != ']') {
                right++;
            }
            if (right < seg.length()) {
                right++;
            }
            return pattern(seg.length(), left, right);
        }

        String pattern(int len, int left, int right) {
            if (left < 0 || right > len || left > right) {
                return null;
            }
            return "~".repeat(left) + "^".repeat(right - left) + "~".repeat(len - right);
        }

        Arithmetic.BinOp binop(Ast.Operator op) {
            return switch (op) {
                case Add -> Arithmetic.BinOp.ADD;
                case Sub -> Arithmetic.BinOp.SUB;
                case Mult -> Arithmetic.BinOp.MUL;
                case MatMult -> Arithmetic.BinOp.MATMUL;
                case Div -> Arithmetic.BinOp.TRUEDIV;
                case Mod -> Arithmetic.BinOp.MOD;
                case Pow -> Arithmetic.BinOp.POW;
                case LShift -> Arithmetic.BinOp.LSHIFT;
                case RShift -> Arithmetic.BinOp.RSHIFT;
                case BitOr -> Arithmetic.BinOp.OR;
                case BitXor -> Arithmetic.BinOp.XOR;
                case BitAnd -> Arithmetic.BinOp.AND;
                case FloorDiv -> Arithmetic.BinOp.FLOORDIV;
            };
        }

        ExprNode compare(ExprNode l, Ast.CmpOp op, ExprNode r) {
            return switch (op) {
                case Eq -> ExpressionsFactory.CompareNodeGen.create(Comparisons.Op.EQ, l, r);
                case NotEq -> ExpressionsFactory.CompareNodeGen.create(Comparisons.Op.NE, l, r);
                case Lt -> ExpressionsFactory.CompareNodeGen.create(Comparisons.Op.LT, l, r);
                case LtE -> ExpressionsFactory.CompareNodeGen.create(Comparisons.Op.LE, l, r);
                case Gt -> ExpressionsFactory.CompareNodeGen.create(Comparisons.Op.GT, l, r);
                case GtE -> ExpressionsFactory.CompareNodeGen.create(Comparisons.Op.GE, l, r);
                case Is -> new Expressions.Is(l, r, false);
                case IsNot -> new Expressions.Is(l, r, true);
                case In -> new Expressions.In(l, r, false);
                case NotIn -> new Expressions.In(l, r, true);
            };
        }

        ExprNode constant(Object v, Ast.Pos pos) {
            if (v == Ast.Singleton.NONE) {
                return new Expressions.Constant(PyNone.NONE);
            } else if (v == Ast.Singleton.ELLIPSIS) {
                return new Expressions.Constant(PyNone.ELLIPSIS);
            } else if (v instanceof byte[] b) {
                return new Expressions.Constant(new PyBytes(PythonContext.get().types().bytes, b));
            } else if (v instanceof Ast.Imaginary) {
                throw unsupported("complex numbers are not supported by auditpy yet", pos);
            }
            return new Expressions.Constant(v);
        }

        ExprNode exprInner(Ast.Expr e) {
            switch (e) {
                case Ast.Constant c:
                    return constant(c.value(), c.pos());
                case Ast.Name n:
                    return name(n.id(), n.pos());
                case Ast.BinOp b:
                    return ExpressionsFactory.BinaryOpNodeGen.create(binop(b.op()), expr(b.left()), expr(b.right()));
                case Ast.UnaryOp u:
                    return switch (u.op()) {
                        case Not -> new Expressions.Not(expr(u.operand()));
                        case USub -> new Expressions.Unary(expr(u.operand()), '-');
                        case UAdd -> new Expressions.Unary(expr(u.operand()), '+');
                        case Invert -> new Expressions.Unary(expr(u.operand()), '~');
                    };
                case Ast.BoolOp b:
                    return new Expressions.BoolOp(exprs(b.values()), b.op() == Ast.BoolOpKind.And);
                case Ast.Compare c: {
                    checkCompare(c);
                    if (c.ops().size() == 1) {
                        Ast.CmpOp op = c.ops().get(0);
                        Ast.Expr right = c.comparators().get(0);
                        return compare(expr(c.left()), op, op == Ast.CmpOp.In || op == Ast.CmpOp.NotIn ? iterExpr(right) : expr(right));
                    }
                    int n = c.ops().size();
                    ExprNode[] operands = new ExprNode[n + 1];
                    int[] temps = new int[n + 1];
                    operands[0] = expr(c.left());
                    temps[0] = temp();
                    Ast.CmpOp last = c.ops().get(n - 1);
                    for (int i = 0; i < n; i++) {
                        Ast.Expr operand = c.comparators().get(i);
                        operands[i + 1] = i == n - 1 && (last == Ast.CmpOp.In || last == Ast.CmpOp.NotIn) ? iterExpr(operand) : expr(operand);
                        temps[i + 1] = temp();
                    }
                    ExprNode[] cmps = new ExprNode[n];
                    for (int i = 0; i < n; i++) {
                        cmps[i] = compare(new Expressions.ReadTemp(temps[i]), c.ops().get(i), new Expressions.ReadTemp(temps[i + 1]));
                    }
                    return new Expressions.CompareChain(operands, cmps, temps);
                }
                case Ast.IfExp i:
                    return new Expressions.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()));
                case Ast.Attribute a: {
                    String self = zeroArgSuperSelf(a.value());
                    if (self != null) {
                        // super().name: no super object when super is the builtin (see Supers)
                        Ast.Pos p = ((Ast.Call) a.value()).func().pos();
                        return new Supers.SuperAttribute(name("super", p), name("__class__", p), name(self, p), expr(a.value()), scope.mangle(a.attr()));
                    }
                    Ast.Call twoArgs = twoNameSuper(a.value());
                    if (twoArgs != null) {
                        // super(C, obj).name with two names: the same lookup (names read again by the slow path have
                        // no side effects in a function)
                        Ast.Name c = (Ast.Name) twoArgs.args().get(0);
                        Ast.Name o = (Ast.Name) twoArgs.args().get(1);
                        return new Supers.SuperAttribute(name("super", twoArgs.func().pos()), name(c.id(), c.pos()), name(o.id(), o.pos()), expr(a.value()),
                                        scope.mangle(a.attr()));
                    }
                    return new Expressions.GetAttribute(expr(a.value()), scope.mangle(a.attr()));
                }
                case Ast.Subscript s:
                    checkSubscript(s);
                    if (s.slice() instanceof Ast.Slice sl && sl.step() == null) {
                        // seq[a:b]: no slice object for str and list (see GetSlice)
                        return new Expressions.GetSlice(expr(s.value()), sl.lower() == null ? null : expr(sl.lower()), sl.upper() == null ? null : expr(sl.upper()));
                    }
                    return new Expressions.GetItem(expr(s.value()), expr(s.slice()));
                case Ast.Slice s:
                    return new Expressions.MakeSlice(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()),
                                    s.step() == null ? null : expr(s.step()));
                case Ast.Starred s:
                    return new Expressions.Starred(expr(s.value()));
                case Ast.Tuple t:
                    return new Expressions.TupleDisplay(exprs(t.elts()), hasStar(t.elts()));
                case Ast.List l:
                    return new Expressions.ListDisplay(exprs(l.elts()), hasStar(l.elts()));
                case Ast.Set s:
                    if (s.elts().size() > 2 && allConstant(s.elts())) {
                        return new Expressions.ConstSetDisplay(exprs(s.elts()), false);
                    }
                    return new Expressions.SetDisplay(exprs(s.elts()), hasStar(s.elts()));
                case Ast.Dict d: {
                    ExprNode[] keys = new ExprNode[d.keys().size()];
                    for (int i = 0; i < keys.length; i++) {
                        keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
                    }
                    return new Expressions.DictDisplay(keys, exprs(d.values()));
                }
                case Ast.JoinedStr j:
                    return new Expressions.JoinedStr(exprs(j.values()));
                case Ast.FormattedValue f:
                    return new Expressions.FormattedValue(expr(f.value()), f.conversion(), f.formatSpec() == null ? null : expr(f.formatSpec()),
                                    constantSpec(f.formatSpec()));
                case Ast.NamedExpr n:
                    return new Expressions.NamedExpr(target(n.target()), expr(n.value()));
                case Ast.Lambda l:
                    return function("<lambda>", l.args(), null, l.body(), scopes.scopeOf(l), l.pos(), l.pos().line(), null);
                case Ast.Call c:
                    checkCaller(c);
                    return call(c);
                case Ast.ListComp c:
                    return comprehension(c, Comprehensions.Kind.LIST, c.generators(), c.elt(), null, "<listcomp>");
                case Ast.SetComp c:
                    return comprehension(c, Comprehensions.Kind.SET, c.generators(), c.elt(), null, "<setcomp>");
                case Ast.DictComp c:
                    return comprehension(c, Comprehensions.Kind.DICT, c.generators(), c.key(), c.value(), "<dictcomp>");
                case Ast.GeneratorExp c:
                    return generatorExpression(c);
                case Ast.Yield y:
                    if (!gen()) {
                        throw PythonSyntaxError.afterParse("'yield' outside function", filename, y.pos().line(), y.pos().col() + 1, y.pos().endLine(), y.pos().endCol() + 1);
                    }
                    return new Generators.Yield(y.value() == null ? null : expr(y.value()), genSlot, temp());
                case Ast.YieldFrom y:
                    if (!gen()) {
                        throw PythonSyntaxError.afterParse("'yield' outside function", filename, y.pos().line(), y.pos().col() + 1, y.pos().endLine(), y.pos().endCol() + 1);
                    }
                    return new Generators.YieldFrom(expr(y.value()), genSlot, temp());
            }
        }

        boolean hasStar(List<Ast.Expr> es) {
            for (Ast.Expr x : es) {
                if (x instanceof Ast.Starred) {
                    return true;
                }
            }
            return false;
        }

        /** For a zero-argument {@code super()} call in a method: the name of its first argument, else null. */
        String zeroArgSuperSelf(Ast.Expr e) {
            if (e instanceof Ast.Call c && c.func() instanceof Ast.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() &&
                            functionLike() && scope.freevars().contains("__class__")) {
                return scope.varnames().isEmpty() || !scope.isParameter(scope.varnames().get(0)) ? null : scope.varnames().get(0);
            }
            return null;
        }

        /** {@code super(C, obj)} with two plain names as arguments in a function, else null. */
        Ast.Call twoNameSuper(Ast.Expr e) {
            if (e instanceof Ast.Call c && c.func() instanceof Ast.Name n && n.id().equals("super") && c.args().size() == 2 && c.keywords().isEmpty() &&
                            c.args().get(0) instanceof Ast.Name && c.args().get(1) instanceof Ast.Name && functionLike()) {
                return c;
            }
            return null;
        }

        ExprNode call(Ast.Call c) {
            String first = zeroArgSuperSelf(c);
            if (first != null) {
                // zero-argument super(): super(__class__, <first argument>) (see Supers.SuperCall)
                Ast.Pos p = c.func().pos();
                return new Supers.SuperCall(name("super", p), name("__class__", p), name(first, p));
            }
            String[] kwNames = new String[c.keywords().size()];
            ExprNode[] kwValues = new ExprNode[kwNames.length];
            for (int i = 0; i < kwNames.length; i++) {
                kwNames[i] = c.keywords().get(i).arg();
                kwValues[i] = expr(c.keywords().get(i).value());
            }
            if (c.func() instanceof Ast.Attribute a && !hasStar(c.args()) && !java.util.Arrays.asList(kwNames).contains(null) && zeroArgSuperSelf(a.value()) == null
                            && twoNameSuper(a.value()) == null) {
                // obj.name(args): LOAD_METHOD/CALL_METHOD, no bound method object (see MethodCalls)
                ExprNode[] pos = exprs(c.args());
                ExprNode[] all = new ExprNode[pos.length + kwValues.length];
                System.arraycopy(pos, 0, all, 0, pos.length);
                System.arraycopy(kwValues, 0, all, pos.length, kwValues.length);
                Ast.Pos p = a.pos();
                int[] attrPos = p == null ? new int[]{0, -1, 0, -1} : new int[]{p.line(), p.col(), p.endLine(), p.endCol()};
                if (methodSelfSlot < 0) {
                    methodSelfSlot = temp();
                }
                return new MethodCalls.MethodCallNode(expr(a.value()), scope.mangle(a.attr()), all, kwNames, attrPos, methodSelfSlot);
            }
            return new Calls.CallNode(expr(c.func()), exprs(c.args()), kwNames, kwValues);
        }

        /** A generator expression: a generator function of its first iterator, called at once. */
        ExprNode generatorExpression(Ast.GeneratorExp c) {
            Scope gs = scopes.scopeOf(c);
            Code inner = new Code(gs, qualName("<genexpr>"), this);
            StmtNode body = inner.at(new Statements.ExprStmt(new Generators.Yield(inner.expr(c.elt()), inner.genSlot, inner.temp())), c.elt().pos());
            List<Ast.Comprehension> gens = c.generators();
            for (int g = gens.size() - 1; g >= 0; g--) {
                Ast.Comprehension comp = gens.get(g);
                for (int i = comp.ifs().size() - 1; i >= 0; i--) {
                    body = new Generators.GenIf(inner.expr(comp.ifs().get(i)), body, null, inner.genSlot, inner.temp());
                }
                ExprNode iterNode = g == 0 ? new Variables.ReadLocal(inner.slot(".0"), ".0") : inner.iterExpr(comp.iter());
                // CPython 3.11 gives a comprehension's GET_ITER and FOR_ITER the whole comprehension's position
                body = inner.at(new Comprehensions.LocatedStatement(inner.at(new Generators.GenFor(inner.target(comp.target()), iterNode,
                                body, null, inner.genSlot, inner.temp()), c.pos()), null), c.pos());
            }
            PyCode code = inner.finish(body, new Signature(new String[]{".0"}, 0, null, new String[0], null), c.pos().line(), "<genexpr>");
            ExprNode fn = new Definitions.MakeFunction(code, new ExprNode[0], new String[0], new ExprNode[0], closureSlots(gs), PyNone.NONE);
            ExprNode firstIter = new Comprehensions.GetIter(iterExpr(gens.get(0).iter()));
            return new Calls.CallNode(fn, new ExprNode[]{firstIter}, new String[0], new ExprNode[0]);
        }

        /**
         * A list/set/dict comprehension: as in CPython 3.11, a function of its first iterator ({@code .0})
         * called at once, whose body fills a container and returns it.
         */
        ExprNode comprehension(Ast.Expr node, Comprehensions.Kind kind, List<Ast.Comprehension> gens, Ast.Expr elt, Ast.Expr value, String name) {
            Scope cs = scopes.scopeOf(node);
            Code inner = new Code(cs, qualName(name), this);
            int result = inner.temp();
            StmtNode body = kind == Comprehensions.Kind.DICT ? new Comprehensions.AddDict(result, inner.expr(elt), inner.expr(value))
                            : new Comprehensions.Add(result, inner.expr(elt));
            for (int g = gens.size() - 1; g >= 0; g--) {
                Ast.Comprehension comp = gens.get(g);
                for (int i = comp.ifs().size() - 1; i >= 0; i--) {
                    body = new Statements.If(inner.expr(comp.ifs().get(i)), body, null);
                }
                ExprNode iterNode = g == 0 ? new Variables.ReadLocal(inner.slot(".0"), ".0") : inner.iterExpr(comp.iter());
                // CPython 3.11 gives a comprehension's GET_ITER and FOR_ITER the whole comprehension's position
                body = inner.at(new Comprehensions.LocatedStatement(inner.at(Statements.For.create(inner.target(comp.target()), iterNode,
                                body, null, inner.temp(), inner.functionLike() && !inner.gen()), node.pos()), null), node.pos());
            }
            StmtNode whole = new Statements.Block(new StmtNode[]{new Comprehensions.InitContainer(kind, result), body,
                            new Statements.Return(new Expressions.ReadTemp(result))});
            PyCode code = inner.finish(whole, new Signature(new String[]{".0"}, 0, null, new String[0], null), node.pos().line(), name);
            ExprNode fn = new Definitions.MakeFunction(code, new ExprNode[0], new String[0], new ExprNode[0], closureSlots(cs), PyNone.NONE);
            ExprNode firstIter = new Comprehensions.GetIter(iterExpr(gens.get(0).iter()));
            return new Calls.CallNode(fn, new ExprNode[]{firstIter}, new String[0], new ExprNode[0]);
        }
    }

    /**
     * Whether every element folds to a constant (are_all_items_const after CPython 3.11's AST optimizer,
     * Python/ast_opt.c): literals, tuples of constants, and unary and binary operators on numeric constants
     * that the optimizer evaluates (it leaves alone an operation that raises, such as {@code 1/0}, or whose
     * int result could be large: safe_multiply, safe_power, safe_lshift). Operators on str, bytes or tuple
     * constants are taken as not folded (CPython folds some; the order of a set of str is random anyway).
     */
    static boolean allConstant(List<Ast.Expr> elts) {
        for (Ast.Expr e : elts) {
            if (folded(e) == null) {
                return false;
            }
        }
        return true;
    }

    /** A folded constant that is not a number (str, bytes, None, Ellipsis, a tuple of constants). */
    private static final Object OTHER_CONSTANT = new Object();
    /** ast_opt.c MAX_INT_SIZE: the bits an int operand of {@code *}, {@code **}, {@code <<} may grow to. */
    private static final int MAX_INT_SIZE = 128;

    /**
     * The value {@code e} folds to: a {@link java.math.BigInteger} for an int or bool, a {@link Double} for a
     * float, {@link #OTHER_CONSTANT} for another constant, null when it is no constant.
     */
    private static Object folded(Ast.Expr e) {
        switch (e) {
            case Ast.Constant c: {
                Object v = c.value();
                if (v instanceof Long l) {
                    return java.math.BigInteger.valueOf(l);
                } else if (v instanceof java.math.BigInteger || v instanceof Double) {
                    return v;
                } else if (v instanceof Boolean b) {
                    return b ? java.math.BigInteger.ONE : java.math.BigInteger.ZERO;
                }
                return v instanceof Ast.Imaginary ? null : OTHER_CONSTANT;
            }
            case Ast.Tuple t:
                return t.ctx() == Ast.Ctx.Load && allConstant(t.elts()) ? OTHER_CONSTANT : null;
            case Ast.UnaryOp u: {
                Object v = folded(u.operand());
                if (v == null) {
                    return null;
                }
                if (u.op() == Ast.UnaryOpKind.Not) {
                    boolean falsy = v instanceof java.math.BigInteger i ? i.signum() == 0 : v instanceof Double d && d == 0;
                    return v == OTHER_CONSTANT ? OTHER_CONSTANT : falsy ? java.math.BigInteger.ONE : java.math.BigInteger.ZERO;
                }
                return switch (u.op()) {
                    case USub -> v instanceof java.math.BigInteger i ? i.negate() : v instanceof Double d ? (Object) (-d) : null;
                    case UAdd -> v == OTHER_CONSTANT ? null : v;
                    case Invert -> v instanceof java.math.BigInteger i ? i.not() : null;
                    default -> null;
                };
            }
            case Ast.BinOp b: {
                Object l = folded(b.left());
                Object r = folded(b.right());
                if (l == null || r == null || l == OTHER_CONSTANT || r == OTHER_CONSTANT) {
                    return null;
                }
                return l instanceof java.math.BigInteger li && r instanceof java.math.BigInteger ri ? foldInts(b.op(), li, ri) : foldFloats(b.op(), l, r);
            }
            default:
                return null;
        }
    }

    /** fold_binop on two ints: the result, or null where CPython raises or declines to fold. */
    private static Object foldInts(Ast.Operator op, java.math.BigInteger l, java.math.BigInteger r) {
        int ls = l.signum();
        int rs = r.signum();
        switch (op) {
            case Add:
                return l.add(r);
            case Sub:
                return l.subtract(r);
            case BitOr:
                return l.or(r);
            case BitXor:
                return l.xor(r);
            case BitAnd:
                return l.and(r);
            case Mult:
                return ls != 0 && rs != 0 && l.abs().bitLength() + r.abs().bitLength() > MAX_INT_SIZE ? null : l.multiply(r);
            case Div: {
                if (rs == 0) {
                    return null;
                }
                double d = l.doubleValue() / r.doubleValue();
                return Double.isFinite(d) ? (Object) d : null;
            }
            case FloorDiv:
                return rs == 0 ? null : floorDiv(l, r);
            case Mod:
                return rs == 0 ? null : l.subtract(floorDiv(l, r).multiply(r));
            case Pow: {
                if (rs < 0) {
                    double d = Math.pow(l.doubleValue(), r.doubleValue());
                    return ls == 0 || !Double.isFinite(l.doubleValue()) ? null : (Object) d;
                }
                if (ls == 0 || rs == 0) {
                    return ls == 0 && rs != 0 ? java.math.BigInteger.ZERO : java.math.BigInteger.ONE;
                }
                if (r.bitLength() > 31 || l.abs().bitLength() > MAX_INT_SIZE / r.intValue()) {
                    return null;
                }
                return l.pow(r.intValue());
            }
            case LShift: {
                if (rs < 0) {
                    return null;
                }
                if (ls == 0 || rs == 0) {
                    return l;
                }
                if (r.compareTo(java.math.BigInteger.valueOf(MAX_INT_SIZE)) > 0 || l.abs().bitLength() > MAX_INT_SIZE - r.intValue()) {
                    return null;
                }
                return l.shiftLeft(r.intValue());
            }
            case RShift:
                return rs < 0 ? null : r.bitLength() > 31 ? (ls < 0 ? java.math.BigInteger.ONE.negate() : java.math.BigInteger.ZERO) : l.shiftRight(r.intValue());
            default:
                return null;
        }
    }

    private static java.math.BigInteger floorDiv(java.math.BigInteger l, java.math.BigInteger r) {
        java.math.BigInteger[] qr = l.divideAndRemainder(r);
        return qr[1].signum() != 0 && qr[1].signum() != r.signum() ? qr[0].subtract(java.math.BigInteger.ONE) : qr[0];
    }

    /** fold_binop with a float operand: the result, or null where CPython raises (or the result is complex). */
    private static Object foldFloats(Ast.Operator op, Object lv, Object rv) {
        double l = lv instanceof Double d ? d : ((java.math.BigInteger) lv).doubleValue();
        double r = rv instanceof Double d ? d : ((java.math.BigInteger) rv).doubleValue();
        if (Double.isInfinite(l) && !(lv instanceof Double) || Double.isInfinite(r) && !(rv instanceof Double)) {
            return null; // int too large to convert to float
        }
        double x;
        switch (op) {
            case Add:
                x = l + r;
                break;
            case Sub:
                x = l - r;
                break;
            case Mult:
                x = l * r;
                break;
            case Div:
                if (r == 0) {
                    return null;
                }
                x = l / r;
                break;
            case FloorDiv:
            case Mod:
                if (r == 0) {
                    return null;
                }
                x = op == Ast.Operator.Mod ? l % r : Math.floor(l / r);
                break;
            case Pow:
                if (l == 0 && r < 0 || l < 0 && r != Math.rint(r)) {
                    return null;
                }
                x = Math.pow(l, r);
                if (Double.isInfinite(x) && Double.isFinite(l) && Double.isFinite(r)) {
                    return null; // OverflowError
                }
                break;
            default:
                return null;
        }
        return x;
    }

    private static int[] toInts(List<Integer> l) {
        int[] r = new int[l.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = l.get(i);
        }
        return r;
    }
}
