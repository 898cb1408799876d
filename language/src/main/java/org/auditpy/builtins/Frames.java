package org.auditpy.builtins;

import java.util.ArrayList;
import java.util.List;

import org.auditpy.runtime.FrameArgs;
import org.auditpy.runtime.PyCell;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyFrame;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * Finds the Python frames on the Truffle stack (for {@code globals()}, {@code locals()}, {@code sys._getframe},
 * zero-argument {@code super()} and {@code type()}'s {@code __module__}). A Python frame is one whose root
 * node is a lead's {@code org.auditpy.nodes.*RootNode} and whose arguments carry a globals dict at
 * {@link FrameArgs#GLOBALS}; builtin roots are skipped.
 */
public final class Frames {
    private Frames() {
    }

    /** One Python activation found on the stack. */
    public static final class Info {
        public final MaterializedFrame frame;
        public final Object[] args;
        public final RootNode root;
        public final Node callNode;

        Info(MaterializedFrame frame, RootNode root, Node callNode) {
            this.frame = frame;
            this.args = frame.getArguments();
            this.root = root;
            this.callNode = callNode;
        }

        public PyDict globals() {
            return (PyDict) args[FrameArgs.GLOBALS];
        }

        public PyFunction function() {
            return args[FrameArgs.CALLEE] instanceof PyFunction f ? f : null;
        }

        /** The code object: the function's, or one the root node exposes (see {@link #codeOf}). */
        public PyCode code() {
            PyFunction f = function();
            if (f != null) {
                return f.getCode();
            }
            return codeOf(root);
        }

        /** The current line: the call node's (or an ancestor's) line, else the code's first line. */
        public int line() {
            Node n = callNode;
            while (n != null) {
                if (n instanceof org.auditpy.nodes.PyNode pn && pn.getLine() > 0) {
                    return pn.getLine();
                }
                n = n.getParent();
            }
            PyCode c = code();
            return c == null ? 0 : c.getFirstLineno();
        }
    }

    /** Asks the root node for its code object if it has a public {@code getCode()} returning a PyCode. */
    static PyCode codeOf(RootNode root) {
        try {
            java.lang.reflect.Method m = root.getClass().getMethod("getCode");
            Object c = m.invoke(root);
            return c instanceof PyCode pc ? pc : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static boolean isPythonRoot(RootNode root, Object[] args) {
        if (root == null || root instanceof BuiltinRootNode) {
            return false;
        }
        if (!root.getClass().getName().startsWith("org.auditpy.nodes.")) {
            return false;
        }
        return args.length > FrameArgs.GLOBALS && args[FrameArgs.GLOBALS] instanceof PyDict;
    }

    /** The Python frames, innermost first (at most {@code limit}; -1 for all). */
    @TruffleBoundary
    public static List<Info> pythonFrames(int limit) {
        List<Info> out = new ArrayList<>();
        // the call node of a frame instance is the node in *that* frame which made the call to the next inner one;
        // Truffle reports it on the caller's FrameInstance.
        Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            if (limit >= 0 && out.size() >= limit) {
                return out;
            }
            if (!(fi.getCallTarget() instanceof RootCallTarget rct)) {
                return null;
            }
            Frame f = fi.getFrame(FrameInstance.FrameAccess.MATERIALIZE);
            Object[] args = f.getArguments();
            if (args.length == 2 && args[0] instanceof MaterializedFrame gf && args[1] instanceof org.auditpy.runtime.PyGenerator) {
                // a generator body (Generators.BodyRoot) runs on the generator's own frame, passed as its argument
                f = gf;
                args = gf.getArguments();
            } else if (args.length > 0 && args[args.length - 1] instanceof Frame parent) {
                // a function's loop in its on-stack-replacement code, run on the function's own frame (the OSR call's
                // arguments are the function's with that frame appended; see Statements.TransferOSRLoop.copyIntoOSRFrame)
                f = parent;
                args = parent.getArguments();
            }
            if (isPythonRoot(rct.getRootNode(), args)) {
                out.add(new Info(f.materialize(), rct.getRootNode(), fi.getCallNode()));
            }
            return null;
        });
        return out;
    }

    /** The innermost Python frame (the caller of a builtin), or null at top level outside any Python code. */
    @TruffleBoundary
    public static Info caller() {
        List<Info> l = pythonFrames(1);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The caller's globals, or {@code __main__}'s dict. */
    @TruffleBoundary
    public static PyDict callerGlobals() {
        Info i = caller();
        if (i != null) {
            return i.globals();
        }
        PythonContext ctx = PythonContext.get();
        return ctx.getMainModule() != null ? ctx.getMainModule().getDict() : ctx.getBuiltins().getDict();
    }

    /**
     * The locals dict of each function frame that asked for it: as CPython's frame {@code f_locals}, one dict per
     * frame, refreshed from the frame's variables at each {@code locals()} (so {@code locals() is locals()}).
     */
    private static final java.util.Map<MaterializedFrame, PyDict> FRAME_LOCALS = new java.util.WeakHashMap<>();

    /** The locals of a frame (globals for a module-level frame): one dict per frame, refreshed, as PyFrame_FastToLocals. */
    @TruffleBoundary
    public static PyDict locals(Info i) {
        if (i == null) {
            return callerGlobals();
        }
        PyFunction fn = i.function();
        if (fn == null) {
            // a class body's locals are its namespace, module code run by exec/eval with separate locals has those
            // (bound argument 0 in both cases); other module-level code has its globals
            if (i.args.length > FrameArgs.USER && i.args[FrameArgs.USER] instanceof PyDict ns) {
                return ns;
            }
            return i.globals();
        }
        return frameLocals(i.frame, fn.getCode());
    }

    /**
     * The {@code f_locals} of a function frame: the same dict at each call for the same frame, refreshed from the
     * frame's variables (as CPython's PyFrame_FastToLocalsWithError, Objects/frameobject.c).
     */
    @TruffleBoundary
    public static PyDict frameLocals(MaterializedFrame frame, PyCode code) {
        PyDict now = localsOf(frame, code);
        synchronized (FRAME_LOCALS) {
            PyDict d = FRAME_LOCALS.get(frame);
            if (d == null) {
                FRAME_LOCALS.put(frame, now);
                return now;
            }
            // names the frame no longer binds go (unless they are not variables of the code); the rest is updated
            for (Object k : d.keysArray()) {
                if (now.getItem(k) == null && k instanceof String n && (code == null || isVariable(code, n))) {
                    d.removeItem(k);
                }
            }
            for (Object k : now.keysArray()) {
                d.setItem(k, now.getItem(k));
            }
            return d;
        }
    }

    private static boolean isVariable(PyCode code, String name) {
        for (String[] names : new String[][]{code.getVarnames(), code.getCellvars(), code.getFreevars()}) {
            if (names != null && java.util.Arrays.asList(names).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The locals of a function frame in CPython's order (co_varnames, then cell and free variables), as
     * {@link #localsOf(MaterializedFrame)}.
     */
    @TruffleBoundary
    public static PyDict localsOf(MaterializedFrame frame, PyCode code) {
        PyDict bySlot = localsOf(frame);
        if (code == null) {
            return bySlot;
        }
        PyDict d = PyDict.create();
        for (String[] names : new String[][]{code.getVarnames(), code.getCellvars(), code.getFreevars()}) {
            for (String n : names == null ? new String[0] : names) {
                Object v = bySlot.getStr(n);
                if (v != null && d.getStr(n) == null) {
                    d.setStr(n, v);
                }
            }
        }
        for (Object k : bySlot.keysArray()) {
            if (d.getItem(k) == null) {
                d.setItem(k, bySlot.getItem(k));
            }
        }
        return d;
    }

    /** The named slots of a Truffle frame as a dict (cells unwrapped, unbound ones skipped). */
    @TruffleBoundary
    public static PyDict localsOf(MaterializedFrame frame) {
        PyDict d = PyDict.create();
        if (frame == null) {
            return d;
        }
        FrameDescriptor fd = frame.getFrameDescriptor();
        for (int s = 0; s < fd.getNumberOfSlots(); s++) {
            Object name = fd.getSlotName(s);
            if (!(name instanceof String n) || n.startsWith("<") || n.startsWith(".")) {
                continue;
            }
            Object v;
            try {
                v = org.auditpy.nodes.Variables.StrAccumulator.unwrap(frame.getValue(s));
            } catch (RuntimeException e) {
                continue;
            }
            if (v instanceof PyCell c) {
                v = c.get();
            }
            if (v == null || v == PyNone.NO_VALUE) {
                continue;
            }
            if (v instanceof Object) {
                d.setStr(n, v);
            }
        }
        return d;
    }

    /** Builds {@code PyFrame}s for the Python stack, innermost first, linked by {@code f_back}. */
    @TruffleBoundary
    public static List<PyFrame> buildFrames(int limit) {
        List<Info> infos = pythonFrames(-1);
        List<PyFrame> frames = new ArrayList<>();
        for (Info i : infos) {
            PyCode code = i.code();
            frames.add(PyFrame.of(code, i.globals(), i.line(), i.frame));
        }
        for (int k = 0; k + 1 < frames.size(); k++) {
            frames.get(k).setBack(frames.get(k + 1));
        }
        if (limit >= 0 && frames.size() > limit) {
            return frames.subList(0, limit);
        }
        return frames;
    }
}
