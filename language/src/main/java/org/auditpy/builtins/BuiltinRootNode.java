package org.auditpy.builtins;

import org.auditpy.AuditPyLanguage;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/** The root of a builtin's call target: runs the builtin node over the bound arguments. */
public final class BuiltinRootNode extends RootNode {
    @Child private PythonBuiltinNode body;
    private final String name;

    public BuiltinRootNode(AuditPyLanguage language, PythonBuiltinNode body, String name) {
        super(language);
        this.body = body;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.execute(frame);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String toString() {
        return "<builtin " + name + ">";
    }
}
