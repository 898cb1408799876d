package org.auditpy.nodes;

import org.auditpy.AuditPyLanguage;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

/** Runs a source handed to the polyglot API: a whole program (launcher MIME types) or code in __main__. */
public final class ProgramRootNode extends RootNode {
    private final Source source;

    public ProgramRootNode(AuditPyLanguage language, Source source) {
        super(language);
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return ProgramRunner.run(source);
    }
}
