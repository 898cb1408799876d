package org.auditpy.parser;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The result of {@link ScopeAnalyzer#analyze}: the {@link Scope} of every scope-opening AST node, found
 * by identity (the AST records compare structurally, so two equal lambdas are still two scopes).
 */
public final class ScopeInfo {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final Scope module;
    /**
     * {@code from __future__ import annotations} (PEP 563): annotations are not evaluated; their text
     * ({@link AnnotationText}) is stored instead.
     */
    boolean futureAnnotations;

    ScopeInfo(Scope module) {
        this.module = module;
        register(module);
    }

    private void register(Scope s) {
        scopes.put(s.node, s);
        for (Scope c : s.children) {
            register(c);
        }
    }

    /**
     * The scope opened by an AST node.
     *
     * @param astNode the {@code Ast.Mod}, or an {@code Ast.FunctionDef}, {@code ClassDef}, {@code Lambda},
     *                {@code ListComp}, {@code SetComp}, {@code DictComp} or {@code GeneratorExp} (the very
     *                instance given to the analyzer)
     * @return its scope
     * @throws IllegalArgumentException if the node opens no scope or is not from the analyzed tree
     */
    public Scope scopeOf(Object astNode) {
        Scope s = scopes.get(astNode);
        if (s == null) {
            throw new IllegalArgumentException("no scope for " + (astNode == null ? null : astNode.getClass()));
        }
        return s;
    }

    /** The module (top-level) scope. */
    public Scope module() {
        return module;
    }
}
