package org.auditpy.nodes;

import java.math.BigInteger;

import org.auditpy.runtime.FrameArgs;
import org.auditpy.runtime.PyBoxed;
import org.auditpy.runtime.PyBuiltinFunction;
import org.auditpy.runtime.PyCode;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyFunction;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonObject;
import org.auditpy.runtime.Signature;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * Method calls {@code obj.name(args)} without a bound method object: CPython 3.11's {@code LOAD_METHOD} /
 * {@code PRECALL} / {@code CALL} (Python/ceval.c, {@code _PyObject_GetMethod} in Objects/object.c). When the
 * receiver's type uses the generic {@code object.__getattribute__}, has no {@code __getattr__}, and the name
 * found along its MRO is a plain method (a Python function, or a builtin method that is neither static nor a
 * class method) that no instance attribute shadows, the method is called with the receiver prepended to the
 * arguments. Every other case (properties and other descriptors, {@code __getattr__}/{@code __getattribute__}
 * overrides, types, modules, callables stored on instances, missing names) gets the attribute as
 * {@code obj.name} would, then calls it, exactly as a call of an attribute read.
 */
public final class MethodCalls {
    private MethodCalls() {
    }

    /** What {@link LookupMethodNode} returns when the attribute is not a plain method of the receiver's type. */
    static final Object NOT_METHOD = new Object();

    /** Java values that are Python objects of a builtin type without instance attributes. */
    static boolean isJavaValue(Object o) {
        return o instanceof String || o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    @TruffleBoundary
    static PyType javaType(Object o) {
        return PyOps.typeOf(o);
    }

    /**
     * The plain method {@code name} of instances of {@code t} (as {@code _PyObject_GetMethod} finds it), or
     * {@link #NOT_METHOD}. {@code self} is a receiver of that type (null for Java values).
     */
    @TruffleBoundary
    static Object methodOf(PythonObject self, PyType t, String name) {
        if (t == null || (self != null && !Attributes.cacheable(self))) {
            return NOT_METHOD;
        }
        if (!Attributes.isGenericGetattribute(t.lookup("__getattribute__")) || t.lookup("__getattr__") != null) {
            return NOT_METHOD;
        }
        Object d = t.lookup(name);
        if (d instanceof PyFunction) {
            return d;
        }
        if (d instanceof PyBuiltinFunction bf && bf.isMethod() && !bf.isStatic()) {
            return d;
        }
        return NOT_METHOD;
    }

    /** {@link #methodOf} for a receiver that is a Java value (no instance attributes). */
    static Object javaMethodOf(PyType t, String name) {
        return methodOf(null, t, name);
    }

    /**
     * Whether instances like {@code self} may carry attributes of their own (which would shadow a method):
     * everything but exact lists, dicts, sets and tuples.
     */
    static boolean mayHaveAttributes(PythonObject self, PyType t) {
        return t == null || t.isHeapType() || !(self instanceof PyList || self instanceof PyDict || self instanceof org.auditpy.runtime.PySet || self instanceof PyTuple);
    }

    /**
     * {@code LOAD_METHOD}'s lookup: the function to call with the receiver prepended, or {@link #NOT_METHOD}
     * (then the caller reads the attribute the ordinary way). Pure: raises nothing and runs no Python code.
     * The caches are keyed on the receiver's Python class (guarded by its stable assumption, which any change
     * to the class or a base invalidates) or, for Java values (str, int, float, bool), on the Java class.
     */
    @ImportStatic({Attributes.class, MethodCalls.class})
    public abstract static class LookupMethodNode extends Node {
        protected final String name;

        protected LookupMethodNode(String name) {
            this.name = name;
        }

        public abstract Object execute(Object receiver);

        @Specialization(guards = {"self.getPythonClass() == cachedType", "!self.hasInstanceDict()"}, assumptions = "stable", limit = "6")
        Object doObject(PythonObject self,
                        @Cached("self.getPythonClass()") PyType cachedType,
                        @Cached("getStable(self, cachedType)") Assumption stable,
                        @Cached("methodOf(self, cachedType, name)") Object method,
                        @Cached("mayHaveAttributes(self, cachedType)") boolean checkInstance,
                        @CachedLibrary("self") DynamicObjectLibrary lib) {
            if (checkInstance && method != NOT_METHOD && lib.getOrDefault(self, name, null) != null) {
                return NOT_METHOD;
            }
            return method;
        }

        @Specialization(guards = {"isJavaValue(self)", "self.getClass() == cachedClass"}, assumptions = "stable", limit = "5")
        Object doJava(Object self,
                        @Cached("self.getClass()") Class<?> cachedClass,
                        @Cached("javaType(self)") PyType type,
                        @Cached("type.getStableAssumption()") Assumption stable,
                        @Cached("javaMethodOf(type, name)") Object method) {
            return method;
        }

        @Specialization
        Object doOther(Object self) {
            return NOT_METHOD;
        }
    }

    /**
     * {@code receiver.name(args, kw=values)} without {@code *} or {@code **} arguments. Evaluation order is
     * CPython's: the receiver, the method lookup (an AttributeError is raised before any argument is
     * evaluated), then the arguments left to right.
     */
    public static final class MethodCallNode extends ExprNode {
        private static final int UNINITIALIZED = 0;
        private static final int DIRECT_BUILTIN = 1;
        private static final int DIRECT_FUNCTION = 2;
        private static final int GENERIC = 3;
        private static final int INLINE_BUILTIN = 4;

        @Child private ExprNode receiver;
        private final String name;
        @Children private final ExprNode[] args;
        private final String[] kwNames;
        @Child private LookupMethodNode lookup;
        @Child private Calls.Dispatch dispatch = CallsFactory.DispatchNodeGen.create();
        @Child private Attributes.GetAttrNode getAttr;
        private final BranchProfile attributePath = BranchProfile.create();
        /** How a plain method is called: chosen by the first method seen ({@link #specialize}). */
        @CompilationFinal private int kind = UNINITIALIZED;
        /** The builtin, or the code of the function, that {@link #directCall} calls. */
        @CompilationFinal private Object cachedTarget;
        /** {@code FrameArgs.USER} + the parameter count of {@link #cachedTarget}. */
        @CompilationFinal private int frameSize;
        @Child private DirectCallNode directCall;
        /** The cached builtin's node run in this tree (INLINE_BUILTIN): its children read self and the arguments. */
        @Child private ExprNode inlined;
        /** A temporary frame slot passing the receiver to {@link #inlined} (-1: none). */
        private final int selfSlot;
        /** The span of {@code receiver.name}, recorded in exceptions raised while evaluating it (caret lines). */
        private final int attrLine;
        private final int attrCol;
        private final int attrEndLine;
        private final int attrEndCol;

        /**
         * @param args the positional argument expressions followed by the keyword argument values
         * @param kwNames the names of the trailing keyword arguments
         * @param attrPos line, column, end line, end column of the attribute expression
         */
        public MethodCallNode(ExprNode receiver, String name, ExprNode[] args, String[] kwNames, int[] attrPos, int selfSlot) {
            this.selfSlot = selfSlot;
            this.receiver = receiver;
            this.name = name;
            this.args = args;
            this.kwNames = kwNames;
            this.lookup = MethodCallsFactory.LookupMethodNodeGen.create(name);
            this.attrLine = attrPos[0];
            this.attrCol = attrPos[1];
            this.attrEndLine = attrPos[2];
            this.attrEndCol = attrPos[3];
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object self;
            Object method;
            Object attr = null;
            try {
                self = receiver.execute(frame);
                method = lookup.execute(self);
                if (method == NOT_METHOD) {
                    attributePath.enter();
                    attr = getAttr().execute(self);
                }
            } catch (PyException e) {
                // as the Located node around an attribute expression: receiver and attribute read only
                e.recordPosition(attrLine, attrCol, attrEndLine, attrEndCol, null);
                throw e;
            }
            if (method == NOT_METHOD) {
                return dispatch.execute(attr, evaluateArgs(frame, null), kwNames);
            }
            int k = kind;
            if (k == INLINE_BUILTIN) {
                if (method == cachedTarget) {
                    return runInlined(frame, self);
                }
            } else if (k == DIRECT_BUILTIN) {
                if (method == cachedTarget) {
                    return directCall.call(builtinFrame(frame, self, method));
                }
            } else if (k == DIRECT_FUNCTION) {
                if (method instanceof PyFunction f && f.getCode() == cachedTarget) {
                    return callFunction(frame, self, f);
                }
            } else if (k == UNINITIALIZED) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                specialize(method);
                return execute2(frame, self, method);
            }
            if (k != GENERIC) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                kind = GENERIC;
                directCall = null;
                inlined = null;
                cachedTarget = null;
            }
            return dispatch.execute(method, evaluateArgs(frame, self), kwNames);
        }

        /** The call once {@link #specialize} has chosen the kind (interpreter only). */
        private Object execute2(VirtualFrame frame, Object self, Object method) {
            if (kind == INLINE_BUILTIN) {
                return runInlined(frame, self);
            } else if (kind == DIRECT_BUILTIN) {
                return directCall.call(builtinFrame(frame, self, method));
            } else if (kind == DIRECT_FUNCTION) {
                return callFunction(frame, self, (PyFunction) method);
            }
            return dispatch.execute(method, evaluateArgs(frame, self), kwNames);
        }

        /** Calls a function with the cached code through {@link #directCall}, or the binder when defaults are short. */
        private Object callFunction(VirtualFrame frame, Object self, PyFunction f) {
            Object[] frameArgs = functionFrame(frame, self, f);
            if (frameArgs.length == frameSize) {
                return directCall.call(frameArgs);
            }
            // too few arguments for the defaults: the binder raises the TypeError
            Object[] values = new Object[1 + args.length];
            System.arraycopy(frameArgs, FrameArgs.USER, values, 0, values.length);
            return dispatch.execute(f, values, kwNames);
        }

        /**
         * Chooses the call of the first method seen: a builtin whose parameters the positional arguments fill
         * (absent optional ones become NO_VALUE) or a Python function with a simple signature, called with frame
         * arguments laid out here at once; anything else (keywords, {@code *args} parameters, a second method at
         * this site) goes through {@link Calls.Dispatch}.
         */
        private void specialize(Object method) {
            int nargs = 1 + args.length;
            if (kwNames.length == 0 && method instanceof PyBuiltinFunction bf) {
                int npos = bf.getSignature().positional.length;
                if (positionalFit(bf, nargs)) {
                    if (bf.getInliner() != null && selfSlot >= 0) {
                        ExprNode[] children = new ExprNode[npos];
                        children[0] = new SelfArgument(selfSlot, bf.unboxesSelf());
                        for (int i = 1; i < npos; i++) {
                            children[i] = i < nargs ? new ArgumentOf(args[i - 1]) : new Expressions.Constant(PyNone.NO_VALUE);
                        }
                        cachedTarget = bf;
                        inlined = insert((ExprNode) bf.getInliner().apply(children));
                        kind = INLINE_BUILTIN;
                        return;
                    }
                    cachedTarget = bf;
                    frameSize = FrameArgs.USER + npos;
                    directCall = insert(DirectCallNode.create(bf.getCallTarget()));
                    kind = DIRECT_BUILTIN;
                    return;
                }
            } else if (kwNames.length == 0 && method instanceof PyFunction f) {
                PyCode code = f.getCode();
                Signature sig = code.getSignature();
                if (sig.isSimple() && nargs <= sig.positional.length) {
                    cachedTarget = code;
                    frameSize = FrameArgs.USER + sig.positional.length;
                    directCall = insert(DirectCallNode.create(code.getCallTarget()));
                    kind = DIRECT_FUNCTION;
                    return;
                }
            }
            kind = GENERIC;
        }

        /**
         * Runs the cached builtin's node in this tree: no call, no frame, no argument array. This node is the
         * encapsulating node meanwhile, so that Python code the builtin calls sees this call's line in its
         * caller's frame, as when the builtin had its own frame.
         */
        private Object runInlined(VirtualFrame frame, Object self) {
            frame.setObject(selfSlot, self);
            return runEncapsulated(this, inlined, frame);
        }

        /** Frame arguments of the cached builtin: self, the arguments, NO_VALUE for the absent optional ones. */
        @ExplodeLoop
        private Object[] builtinFrame(VirtualFrame frame, Object self, Object fn) {
            Object[] frameArgs = new Object[frameSize];
            frameArgs[FrameArgs.CALLEE] = fn;
            frameArgs[FrameArgs.USER] = self;
            for (int i = 0; i < args.length; i++) {
                frameArgs[FrameArgs.USER + 1 + i] = args[i].execute(frame);
            }
            for (int i = FrameArgs.USER + 1 + args.length; i < frameSize; i++) {
                frameArgs[i] = PyNone.NO_VALUE;
            }
            return frameArgs;
        }

        /**
         * Frame arguments of a function with the cached code: self, the arguments, the defaults of the missing
         * trailing parameters; a shorter array (the values only, after the USER slots) when the defaults do not
         * cover them.
         */
        @ExplodeLoop
        private Object[] functionFrame(VirtualFrame frame, Object self, PyFunction f) {
            int nargs = 1 + args.length;
            int npos = frameSize - FrameArgs.USER;
            Object[] frameArgs;
            if (nargs == npos) {
                frameArgs = new Object[frameSize];
            } else {
                Object[] defs = f.getDefaults();
                int firstDefault = npos - (defs == null ? 0 : defs.length);
                frameArgs = new Object[nargs >= firstDefault ? frameSize : FrameArgs.USER + nargs];
            }
            frameArgs[FrameArgs.CALLEE] = f;
            frameArgs[FrameArgs.GLOBALS] = f.getGlobals();
            frameArgs[FrameArgs.CLOSURE] = f.getClosure();
            frameArgs[FrameArgs.USER] = self;
            for (int i = 0; i < args.length; i++) {
                frameArgs[FrameArgs.USER + 1 + i] = args[i].execute(frame);
            }
            if (nargs < npos && frameArgs.length == frameSize) {
                Object[] defs = f.getDefaults();
                int firstDefault = npos - defs.length;
                for (int i = nargs; i < npos; i++) {
                    frameArgs[FrameArgs.USER + i] = defs[i - firstDefault];
                }
            }
            return frameArgs;
        }

        /** The argument values, after {@code self} when not null. */
        @ExplodeLoop
        private Object[] evaluateArgs(VirtualFrame frame, Object self) {
            int off = self == null ? 0 : 1;
            Object[] values = new Object[off + args.length];
            if (self != null) {
                values[0] = self;
            }
            for (int i = 0; i < args.length; i++) {
                values[off + i] = args[i].execute(frame);
            }
            return values;
        }

        private Attributes.GetAttrNode getAttr() {
            if (getAttr == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                getAttr = insert(AttributesFactory.GetAttrNodeGen.create(name));
            }
            return getAttr;
        }

        public String getName() {
            return name;
        }
    }

    /**
     * The receiver of an inlined builtin method, passed in a temporary slot (cleared when read, so that the frame
     * does not keep it alive); a {@code PyBoxed} is passed as its value when the builtin's root would unbox it.
     */
    static final class SelfArgument extends ExprNode {
        private final int slot;
        private final boolean unbox;

        SelfArgument(int slot, boolean unbox) {
            this.slot = slot;
            this.unbox = unbox;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = frame.getObject(slot);
            frame.setObject(slot, null);
            if (unbox && v instanceof PyBoxed b) {
                return b.getValue();
            }
            return v;
        }
    }

    /**
     * Whether {@code nargs} positional arguments fill the parameters of builtin {@code bf}: no keyword-only,
     * {@code *args} or {@code **kwargs} parameters, not too many arguments, and every parameter past them optional
     * (it gets NO_VALUE). The condition for running the builtin's node at a call site or calling it directly.
     */
    static boolean positionalFit(PyBuiltinFunction bf, int nargs) {
        Signature sig = bf.getSignature();
        int npos = sig.positional.length;
        if (sig.kwOnly.length != 0 || sig.varargs != null || sig.varkw != null || nargs > npos) {
            return false;
        }
        boolean[] optional = bf.getOptional();
        for (int i = nargs; i < npos; i++) {
            if (!optional[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs a builtin's node inlined at call site {@code site}, which is the encapsulating node meanwhile, so that
     * Python code the builtin calls, and an error it raises, see the call's line, as when the builtin had its own
     * frame.
     */
    static Object runEncapsulated(Node site, ExprNode inlined, VirtualFrame frame) {
        EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
        Node prev = ref.set(site);
        try {
            return inlined.execute(frame);
        } finally {
            ref.set(prev);
        }
    }

    /**
     * An argument of an inlined builtin method: evaluates the call site's argument expression, which stays a
     * child of the {@link MethodCallNode} (the other ways of calling evaluate it there).
     */
    static final class ArgumentOf extends ExprNode {
        private final ExprNode expression;

        ArgumentOf(ExprNode expression) {
            this.expression = expression;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return expression.execute(frame);
        }
    }
}
