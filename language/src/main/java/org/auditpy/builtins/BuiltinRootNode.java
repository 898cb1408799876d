package org.auditpy.builtins;

import org.auditpy.AuditPyLanguage;
import org.auditpy.runtime.FrameArgs;
import org.auditpy.runtime.PyBoxed;
import org.auditpy.runtime.PyType;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/** The root of a builtin's call target: runs the builtin node over the bound arguments. */
public final class BuiltinRootNode extends RootNode {
    @Child private PythonBuiltinNode body;
    private final String name;
    /** Methods of int/float/str: a subclass instance's builtin value is passed as self. */
    private final boolean unboxSelf;
    /** {@code __new__} of int/float/str: a result for a subclass is boxed in a {@link PyBoxed}. */
    private final boolean boxNew;

    public BuiltinRootNode(AuditPyLanguage language, PythonBuiltinNode body, String name, boolean unboxSelf, boolean boxNew) {
        super(language, frameDescriptor(body.frameSlotCount()));
        this.body = body;
        this.name = name;
        this.unboxSelf = unboxSelf;
        this.boxNew = boxNew;
    }

    private static com.oracle.truffle.api.frame.FrameDescriptor frameDescriptor(int slots) {
        if (slots == 0) {
            return null;
        }
        var b = com.oracle.truffle.api.frame.FrameDescriptor.newBuilder();
        b.addSlots(slots, com.oracle.truffle.api.frame.FrameSlotKind.Object);
        return b.build();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        if (unboxSelf && args.length > FrameArgs.USER && args[FrameArgs.USER] instanceof PyBoxed b) {
            args[FrameArgs.USER] = b.getValue();
        }
        Object r = body.execute(frame);
        if (boxNew && PyBoxed.isBoxable(r) && args.length > FrameArgs.USER && args[FrameArgs.USER] instanceof PyType cls && cls.isHeapType()) {
            return new PyBoxed(cls, r);
        }
        return r;
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
