package org.auditpy.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.auditpy.parser.ast.Ast;

/**
 * One block of the symbol table: the module, a class body, a function or lambda body, or a
 * comprehension / generator expression; the Java counterpart of CPython's {@code PySTEntryObject}
 * (Python/symtable.c) after analysis. Built by {@link ScopeAnalyzer#analyze}.
 *
 * <p>Names are stored <em>mangled</em> as CPython stores them (inside a class {@code C}, {@code __x}
 * becomes {@code _C__x}); {@link #lookup(String)} mangles the name it is given, and {@link #varnames()},
 * {@link #cellvars()}, {@link #freevars()} hold mangled names, like the code object's {@code co_*}
 * tuples. Use {@link #mangle(String)} for attribute names ({@code self.__x}), which the compiler also
 * mangles.
 */
public final class Scope {
    /** The kind of block. */
    public enum Kind {
        /** The module (or the code given to {@code exec}/{@code eval}). */
        MODULE,
        /** A class body. */
        CLASS,
        /** A {@code def} body. */
        FUNCTION,
        /** A {@code lambda} body. */
        LAMBDA,
        /** A list/set/dict comprehension or generator expression (a function scope in CPython 3.11). */
        COMPREHENSION
    }

    /** How a name is resolved in a scope (CPython's symtable scopes). */
    public enum SymbolKind {
        /**
         * Bound in this scope and not captured by an inner scope. In MODULE and CLASS scopes this is a
         * name of the module / class namespace (CPython's {@code LOAD_NAME}/{@code STORE_NAME}).
         */
        LOCAL,
        /** Bound in this (function) scope and captured by an inner scope: lives in a cell. */
        CELL,
        /**
         * Comes from an enclosing function scope through a closure cell: a {@code nonlocal} name, a name
         * read from an enclosing function, a name merely passing through this scope to an inner one, or the
         * implicit {@code __class__} of a method that uses {@code super} or {@code __class__}. In a class
         * body CPython reads such a name with {@code LOAD_CLASSDEREF} (class namespace first).
         */
        FREE,
        /** Declared {@code global} in this scope. */
        GLOBAL_EXPLICIT,
        /** Not bound in this scope or any enclosing function: a module global or a builtin. */
        GLOBAL_IMPLICIT
    }

    // flags of CPython's symtable.h
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE = 32;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    final Kind kind;
    final String name;
    final Scope parent;
    final Object node;
    final String privateName;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final Map<String, SymbolKind> scopes = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final Map<String, Ast.Pos> directives = new LinkedHashMap<>();
    /** Mangled names this block rebinds with {@code x += e} or {@code x = x + e}: fast locals that may accumulate a str. */
    final java.util.Set<String> concatTargets = new java.util.HashSet<>();
    boolean generator;
    boolean comprehension;
    boolean nested;
    boolean hasFree;
    boolean childFree;
    boolean needsClassClosure;
    int compIterExpr;
    boolean compIterTarget;
    private List<String> varnames;
    private List<String> cellvars;
    private List<String> freevars;

    Scope(Kind kind, String name, Scope parent, Object node, String privateName) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.node = node;
        this.privateName = privateName;
        this.nested = parent != null && (parent.nested || parent.isFunctionLike());
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.LAMBDA || kind == Kind.COMPREHENSION;
    }

    /** The kind of this block. */
    public Kind kind() {
        return kind;
    }

    /**
     * The block's name as CPython's symtable names it: {@code "top"} for the module, the class or
     * function name, {@code "lambda"}, {@code "listcomp"}, {@code "setcomp"}, {@code "dictcomp"} or
     * {@code "genexpr"}.
     */
    public String name() {
        return name;
    }

    /** The enclosing scope, or {@code null} for the module. */
    public Scope parent() {
        return parent;
    }

    /** The AST node that opened this scope (the {@link Ast.Mod}, a FunctionDef, ClassDef, Lambda or comprehension). */
    public Object node() {
        return node;
    }

    /** The nested scopes, in source order. */
    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /**
     * The class name used for private-name mangling in this scope (the innermost enclosing class, as
     * CPython's {@code st_private}), or {@code null} outside classes.
     */
    public String privateName() {
        return privateName;
    }

    /**
     * Mangles a name as CPython's {@code _Py_Mangle} does in this scope: inside class {@code C}, a name
     * {@code __x} (not ending in {@code __}, without a dot) becomes {@code _C__x}.
     *
     * @param ident an identifier
     * @return the mangled identifier (the same string when no mangling applies)
     */
    public String mangle(String ident) {
        return mangle(privateName, ident);
    }

    /** CPython's {@code _Py_Mangle(privateobj, ident)}; {@code privateName} may be {@code null}. */
    public static String mangle(String privateName, String ident) {
        if (privateName == null || !ident.startsWith("__") || ident.endsWith("__") || ident.indexOf('.') >= 0) {
            return ident;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return ident;
        }
        return "_" + privateName.substring(i) + ident;
    }

    /**
     * How {@code name} (unmangled, as written in the source) resolves in this scope. A name this scope
     * never mentions is {@link SymbolKind#GLOBAL_IMPLICIT}.
     *
     * @param ident the identifier as written
     * @return its kind
     */
    public SymbolKind lookup(String ident) {
        SymbolKind k = scopes.get(mangle(ident));
        return k == null ? SymbolKind.GLOBAL_IMPLICIT : k;
    }

    /**
     * True if {@code mangled} is rebound in this block by {@code x += e} or {@code x = x + e}: as a fast local its slot
     * may hold a str being built in place ({@code Variables.StrAccumulator}), so its readers must check for one.
     */
    public boolean isConcatTarget(String mangled) {
        return concatTargets.contains(mangled);
    }

    /** {@link #lookup(String)} for a name that is already mangled. */
    public SymbolKind lookupMangled(String mangled) {
        SymbolKind k = scopes.get(mangled);
        return k == null ? SymbolKind.GLOBAL_IMPLICIT : k;
    }

    /** Whether the name (unmangled) is a parameter of this function or lambda. */
    public boolean isParameter(String ident) {
        Integer f = symbols.get(mangle(ident));
        return f != null && (f & DEF_PARAM) != 0;
    }

    /**
     * The names this scope binds (assignment, {@code def}, {@code class}, import, {@code for} / {@code with}
     * / {@code except} targets, {@code del}, parameters, walrus targets), mangled, in first-appearance
     * order; declared {@code global}/{@code nonlocal} names are not included. For a ClassDef these are
     * the names its body puts in the class namespace.
     */
    public List<String> boundNames() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int f = e.getValue();
            if ((f & DEF_BOUND) != 0 && (f & (DEF_GLOBAL | DEF_NONLOCAL)) == 0) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** All names mentioned in this scope (mangled), in first-appearance order. */
    public List<String> names() {
        return new ArrayList<>(symbols.keySet());
    }

    /**
     * CPython's {@code co_varnames}: the parameters in order (positional-only, positional-or-keyword,
     * keyword-only, then {@code *args}, then {@code **kwargs}; {@code .0} for a comprehension), followed
     * by the other {@link SymbolKind#LOCAL} names in first-appearance order. Cell variables that are not
     * parameters are not included (they are in {@link #cellvars()}). Empty for MODULE and CLASS scopes.
     */
    public List<String> varnames() {
        if (varnames == null) {
            List<String> v = new ArrayList<>();
            if (isFunctionLike()) {
                v.addAll(params);
                for (Map.Entry<String, SymbolKind> e : scopes.entrySet()) {
                    if (e.getValue() == SymbolKind.LOCAL && !params.contains(e.getKey())) {
                        v.add(e.getKey());
                    }
                }
            }
            varnames = Collections.unmodifiableList(v);
        }
        return varnames;
    }

    /**
     * CPython's {@code co_cellvars}: the {@link SymbolKind#CELL} names sorted alphabetically, or
     * {@code ["__class__"]} for a class scope that {@link #needsClassCell() needs the class cell}.
     */
    public List<String> cellvars() {
        if (cellvars == null) {
            TreeSet<String> s = new TreeSet<>();
            for (Map.Entry<String, SymbolKind> e : scopes.entrySet()) {
                if (e.getValue() == SymbolKind.CELL) {
                    s.add(e.getKey());
                }
            }
            if (needsClassClosure) {
                s.add("__class__");
            }
            cellvars = List.copyOf(s);
        }
        return cellvars;
    }

    /**
     * CPython's {@code co_freevars}: the {@link SymbolKind#FREE} names (plus, in a class, names that are
     * both bound in the class and free in a method: {@code DEF_FREE_CLASS}), sorted alphabetically.
     */
    public List<String> freevars() {
        if (freevars == null) {
            TreeSet<String> s = new TreeSet<>();
            for (Map.Entry<String, SymbolKind> e : scopes.entrySet()) {
                Integer f = symbols.get(e.getKey());
                if (e.getValue() == SymbolKind.FREE || (f != null && (f & DEF_FREE_CLASS) != 0)) {
                    s.add(e.getKey());
                }
            }
            freevars = List.copyOf(s);
        }
        return freevars;
    }

    /** Whether this function, lambda or generator expression is a generator (contains {@code yield}). */
    public boolean isGenerator() {
        return generator;
    }

    /**
     * For a CLASS scope: whether CPython creates the implicit {@code __class__} cell for it, because a
     * method (or a function nested in one) uses {@code super} or {@code __class__} (CPython's
     * {@code ste_needs_class_closure}). The method scopes then have {@code __class__} as a FREE variable.
     */
    public boolean needsClassCell() {
        return needsClassClosure;
    }

    /** Whether this scope has free variables or contains scopes that have (CPython's {@code ste_free || ste_child_free}). */
    public boolean hasFreeVariables() {
        return hasFree || childFree;
    }

    @Override
    public String toString() {
        return "Scope[" + kind + " " + name + " " + scopes + "]";
    }
}
