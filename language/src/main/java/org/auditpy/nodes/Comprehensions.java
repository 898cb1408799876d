package org.auditpy.nodes;

import org.auditpy.runtime.FrameArgs;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PySet;
import org.auditpy.runtime.PythonContext;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/**
 * The bodies of list, set and dict comprehensions (compiled as functions of their first iterator, as
 * CPython 3.11 does), plus small statement helpers (del of attributes/items, the class cell).
 */
public final class Comprehensions {
    private Comprehensions() {
    }

    /**
     * A statement whose own failure CPython 3.11 places at an expression's span, with carets: a comprehension's
     * (or generator expression's) {@code for} loop, whose iteration errors (GET_ITER, FOR_ITER: a non-iterable, a
     * generator that raises) are placed at the whole comprehension, and a {@code del} target (the name, attribute
     * or subscript, with the subscript's {@code ~^^^} pattern). An error already placed by a node inside (the
     * element, a condition) keeps its own place. Transparent to a generator's suspension and resumption.
     */
    public static final class LocatedStatement extends StmtNode {
        @Child private StmtNode statement;
        private final String anchors;

        /** {@code statement}, placed at this node's position ({@code anchors}: a caret pattern, or null). */
        public LocatedStatement(StmtNode statement, String anchors) {
            this.statement = statement;
            this.anchors = anchors;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            try {
                statement.executeVoid(frame);
            } catch (org.auditpy.runtime.PyException e) {
                throw locate(e, anchors);
            }
        }
    }

    public enum Kind { LIST, SET, DICT }

    /** Puts a new empty result container (list, set or dict) into the comprehension's temp slot. */
    public static final class InitContainer extends StmtNode {
        private final Kind kind;
        private final int slot;

        public InitContainer(Kind kind, int slot) {
            this.kind = kind;
            this.slot = slot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            PythonContext ctx = PythonContext.get(this);
            Object container = switch (kind) {
                case LIST -> new PyList(ctx.types().list);
                case SET -> new PySet(ctx.types().set);
                case DICT -> new PyDict(ctx.types().dict);
            };
            frame.setObject(slot, container);
        }
    }

    /**
     * Appends/adds the element to the comprehension's container. A list comprehension whose first element is an int
     * (that fits in a long) evaluates its elements as longs from then on and appends them unboxed to the list's int
     * storage ({@link PyList#appendLong}); the first element of another kind ends that for this node.
     */
    public static final class Add extends StmtNode {
        private static final int UNSEEN = 0;
        private static final int LONGS = 1;
        private static final int OBJECTS = 2;

        private final int slot;
        @Child private ExprNode elt;
        @CompilationFinal private int kind = UNSEEN;

        public Add(int slot, ExprNode elt) {
            this.slot = slot;
            this.elt = elt;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (kind == LONGS) {
                long x;
                try {
                    x = elt.executeLong(frame);
                } catch (UnexpectedResultException e) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    kind = OBJECTS;
                    add(frame.getObject(slot), e.getResult());
                    return;
                }
                Object c = frame.getObject(slot);
                if (c instanceof PyList l) {
                    l.appendLong(x);
                } else {
                    add((PySet) c, x);
                }
                return;
            }
            Object v = elt.execute(frame);
            Object c = frame.getObject(slot);
            if (kind == UNSEEN) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                kind = v instanceof Long && c instanceof PyList ? LONGS : OBJECTS;
            }
            add(c, v);
        }

        private static void add(Object c, Object v) {
            if (c instanceof PySet s) {
                add(s, v);
            } else {
                ((PyList) c).append(v);
            }
        }

        @TruffleBoundary
        static void add(PySet s, Object v) {
            s.add(v);
        }
    }

    /** {@code key: value} into a dict comprehension's dict. */
    public static final class AddDict extends StmtNode {
        private final int slot;
        @Child private ExprNode key;
        @Child private ExprNode value;

        public AddDict(int slot, ExprNode key, ExprNode value) {
            this.slot = slot;
            this.key = key;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object k = key.execute(frame);
            Object v = value.execute(frame);
            ((PyDict) frame.getObject(slot)).setItem(k, v);
        }
    }

    /** At the end of a class body: publishes the {@code __class__} cell as {@code __classcell__}. */
    public static final class StoreClassCell extends StmtNode {
        private final int slot;

        public StoreClassCell(int slot) {
            this.slot = slot;
        }

        /** Stores it in the namespace (STORE_NAME) and hands it to {@code MakeClass} in the argument after it. */
        @Override
        public void executeVoid(VirtualFrame frame) {
            Object[] args = frame.getArguments();
            Object cell = frame.getObject(slot);
            Variables.WriteName.store(args[FrameArgs.USER], "__classcell__", cell);
            if (args.length > FrameArgs.USER + 1) {
                args[FrameArgs.USER + 1] = cell;
            }
        }
    }

    /** {@code iter(value)} (the first iterable of a generator expression is evaluated eagerly). */
    public static final class GetIter extends ExprNode {
        @Child private ExprNode value;
        @Child private Iteration.GetIterNode getIter = Iteration.GetIterNode.create();

        public GetIter(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return getIter.execute(value.execute(frame));
        }
    }

    /** {@code del obj.name}. */
    public static final class DeleteAttribute extends StmtNode {
        @Child private ExprNode object;
        private final String name;

        public DeleteAttribute(ExprNode object, String name) {
            this.object = object;
            this.name = name;
        }

        @Child private Attributes.DelAttrNode delete;

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object obj = object.execute(frame);
            if (delete == null) {
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                delete = insert(AttributesFactory.DelAttrNodeGen.create(name));
            }
            delete.execute(obj);
        }
    }

    /** {@code del obj[key]}. */
    public static final class DeleteItem extends StmtNode {
        @Child private ExprNode object;
        @Child private ExprNode key;

        public DeleteItem(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object o = object.execute(frame);
            PyOps.delItem(o, key.execute(frame));
        }
    }
}
