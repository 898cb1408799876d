package org.auditpy.nodes;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of all auditpy nodes: carries its source position (line, column span) for tracebacks and
 * {@code SourceSection}s, computed lazily from the root's {@link Source}.
 */
public abstract class PyNode extends Node {
    /** 1-based line, or 0 when unknown. */
    private int line;
    private int col = -1;
    private int endLine;
    private int endCol = -1;

    public final void setPosition(int line, int col, int endLine, int endCol) {
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
    }

    public final int getLine() {
        return line;
    }

    public final int getCol() {
        return col;
    }

    public final int getEndLine() {
        return endLine;
    }

    public final int getEndCol() {
        return endCol;
    }

    /**
     * Records this node's span as where {@code e} failed in this frame (the caret line of a CPython 3.11 traceback,
     * {@code anchors} its caret pattern or null); a position recorded earlier, by a node inside, is kept.
     *
     * @return {@code e}
     */
    protected final org.auditpy.runtime.PyException locate(org.auditpy.runtime.PyException e, String anchors) {
        e.recordPosition(line, col, endLine, endCol, anchors);
        return e;
    }

    @Override
    public SourceSection getSourceSection() {
        if (line <= 0 || getRootNode() == null) {
            return null;
        }
        SourceSection root = getRootNode().getSourceSection();
        if (root == null) {
            return null;
        }
        Source src = root.getSource();
        try {
            if (line > src.getLineCount()) {
                return src.createUnavailableSection();
            }
            return src.createSection(line);
        } catch (IllegalArgumentException e) {
            return src.createUnavailableSection();
        }
    }
}
