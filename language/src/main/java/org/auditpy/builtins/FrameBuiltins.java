package org.auditpy.builtins;

import java.util.List;

import org.auditpy.runtime.Identity;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyFrame;
import org.auditpy.runtime.PyOps;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** The frame type's methods (its attributes are getters installed by {@link FunctionBuiltins}). */
public final class FrameBuiltins extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return FrameBuiltinsFactory.getFactories();
    }

    /**
     * {@code repr(frame)}: {@code <frame at 0x..., file '/path/x.py', line 3, code f>}, as CPython's frame_repr
     * (Objects/frameobject.c: the file name's repr, the current line, the code's name).
     */
    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyFrame f = (PyFrame) self;
            PyCode c = f.getCode();
            return "<frame at 0x" + Long.toHexString(Identity.id(f)) + ", file " + PyOps.repr(c == null ? "" : c.getFilename()) +
                            ", line " + f.getLineno() + ", code " + (c == null ? "" : c.getName()) + ">";
        }
    }
}
