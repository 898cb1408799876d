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
