package org.auditpy.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.auditpy.runtime.CheckedOutput;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * The standard streams of {@code sys} ({@code sys.stdout}, ...): a Java text stream type in the image of
 * {@code _io.TextIOWrapper} writing to the context's PrintStreams (UTF-8, 'strict').
 */
public final class StdStreams extends PythonBuiltins {
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StdStreamsFactory.getFactories();
    }

    /** A text stream over a PrintStream (output) or an InputStream (input). */
    public static final class TextStream extends PythonObject {
        final String name;
        final int fd;
        final PrintStream out;
        /** The errors of {@link #out}'s writes (null for input). */
        final CheckedOutput sink;
        final InputStream in;
        boolean closed;

        /**
         * @param out the context's stream to write to, or null for an input stream
         * @param sink the stream under {@code out}, whose write errors this stream raises as {@code OSError}
         */
        public TextStream(PyType cls, String name, int fd, PrintStream out, CheckedOutput sink, InputStream in) {
            super(cls);
            this.name = name;
            this.fd = fd;
            this.out = out;
            this.sink = sink;
            this.in = in;
        }

        /**
         * Block-buffers this stream as CPython's {@code TextIOWrapper} over a {@code BufferedWriter} does for a pipe or
         * file: writes gather in {@value #BUFFER_SIZE} bytes ({@code io.DEFAULT_BUFFER_SIZE}); what would overflow
         * them goes out at once with what they hold.
         */
        public void blockBuffer() {
            pending = new byte[BUFFER_SIZE];
        }

        static final int BUFFER_SIZE = 8192;
        /** The block buffer (null: each write goes out at once) and the count of its bytes not yet written. */
        private byte[] pending;
        private int pendingCount;

        /**
         * Writes {@code s} (UTF-8). Standard error is flushed after each write (CPython's stderr is line-buffered, and
         * its lines are whole writes here).
         *
         * @throws PyException {@code ValueError} when closed; {@code OSError} with the errno of a failed write, as
         *             {@code _io.TextIOWrapper.write} (for example {@code BrokenPipeError} once a pipe's reader has
         *             gone). Bytes that failed to go out with an overflowing write are dropped, as CPython's.
         */
        @TruffleBoundary
        public synchronized void write(String s) {
            if (closed) {
                throw PyErrors.valueError("I/O operation on closed file.");
            }
            if (out == null) {
                throw PyErrors.raise(PythonContext.get().types().exception("OSError"), "not writable");
            }
            if (pending != null) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                if (pendingCount + b.length <= pending.length) {
                    System.arraycopy(b, 0, pending, pendingCount, b.length);
                    pendingCount += b.length;
                    return;
                }
                sink.clearError();
                int n = pendingCount;
                pendingCount = 0;
                out.write(pending, 0, n);
                out.write(b, 0, b.length);
                out.flush();
                sink.raiseError();
                return;
            }
            sink.clearError();
            out.print(s);
            if (fd == 2) {
                out.flush();
            }
            sink.raiseError();
        }

        /**
         * Writes and flushes an error report (a traceback, an unraisable exception): as CPython's
         * {@code PyErr_Display}, an error writing it is not reported in turn.
         */
        @TruffleBoundary
        public void writeReport(String s) {
            try {
                write(s);
                flush();
            } catch (PyException ignored) {
                // the stream cannot take the report: nowhere left to say so
            }
        }

        /**
         * Flushes the stream. A block buffer keeps its bytes when they fail to go out (a later flush tries again, as
         * {@code BufferedWriter}'s).
         *
         * @throws PyException {@code OSError} with the errno of the failed write, as {@code _io.TextIOWrapper.flush}
         */
        @TruffleBoundary
        public synchronized void flush() {
            if (out != null) {
                sink.clearError();
                if (pendingCount > 0) {
                    out.write(pending, 0, pendingCount);
                }
                out.flush();
                if (!sink.hasError()) {
                    pendingCount = 0;
                }
                sink.raiseError();
            }
        }

        @TruffleBoundary
        String readline(long limit) {
            if (in == null) {
                throw PyErrors.raise(PythonContext.get().types().exception("OSError"), "not readable");
            }
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            try {
                int c;
                while ((limit < 0 || buf.size() < limit) && (c = in.read()) >= 0) {
                    buf.write(c);
                    if (c == '\n') {
                        break;
                    }
                }
            } catch (IOException e) {
                throw PyErrors.osError(5, "Input/output error", null);
            }
            return buf.toString(StandardCharsets.UTF_8);
        }

        @TruffleBoundary
        String readAll() {
            if (in == null) {
                throw PyErrors.raise(PythonContext.get().types().exception("OSError"), "not readable");
            }
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw PyErrors.osError(5, "Input/output error", null);
            }
        }
    }

    static TextStream self(Object o) {
        if (o instanceof TextStream t) {
            return t;
        }
        throw PyErrors.typeError("descriptor requires a '_io.TextIOWrapper' object but received a '" + PyOps.typeName(o) + "'");
    }

    @Builtin(name = "write", params = {"self", "s", "/"})
    @GenerateNodeFactory
    abstract static class WriteNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object write(Object self, Object s) {
            if (!(s instanceof String str)) {
                throw PyErrors.typeError("write() argument must be str, not " + PyOps.typeName(s));
            }
            self(self).write(str);
            return (long) str.codePointCount(0, str.length());
        }
    }

    @Builtin(name = "flush", params = {"self"})
    @GenerateNodeFactory
    abstract static class FlushNode extends PythonBuiltinNode {
        @Specialization
        static Object flush(Object self) {
            TextStream t = self(self);
            if (t.closed) {
                throw PyErrors.valueError("I/O operation on closed file.");
            }
            t.flush();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "fileno", params = {"self"})
    @GenerateNodeFactory
    abstract static class FilenoNode extends PythonBuiltinNode {
        @Specialization
        static Object fileno(Object self) {
            return (long) self(self).fd;
        }
    }

    @Builtin(name = "isatty", params = {"self"})
    @GenerateNodeFactory
    abstract static class IsattyNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object isatty(Object self) {
            self(self);
            return System.console() != null;
        }
    }

    @Builtin(name = "readable", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReadableNode extends PythonBuiltinNode {
        @Specialization
        static Object readable(Object self) {
            return self(self).in != null;
        }
    }

    @Builtin(name = "writable", params = {"self"})
    @GenerateNodeFactory
    abstract static class WritableNode extends PythonBuiltinNode {
        @Specialization
        static Object writable(Object self) {
            return self(self).out != null;
        }
    }

    @Builtin(name = "seekable", params = {"self"})
    @GenerateNodeFactory
    abstract static class SeekableNode extends PythonBuiltinNode {
        @Specialization
        static Object seekable(Object self) {
            self(self);
            return false;
        }
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    abstract static class CloseNode extends PythonBuiltinNode {
        @Specialization
        static Object close(Object self) {
            TextStream t = self(self);
            if (t.closed) {
                return PyNone.NONE;
            }
            try {
                t.flush();
            } finally {
                t.closed = true;
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "readline", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class ReadlineNode extends PythonBuiltinNode {
        @Specialization
        static Object readline(Object self, Object size) {
            long n = size == PyNone.NO_VALUE || size == PyNone.NONE ? -1 : PyOps.asIndex(size);
            return self(self).readline(n);
        }
    }

    @Builtin(name = "read", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class ReadNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object read(Object self, Object size) {
            long n = size == PyNone.NO_VALUE || size == PyNone.NONE ? -1 : PyOps.asIndex(size);
            TextStream t = self(self);
            if (n < 0) {
                return t.readAll();
            }
            StringBuilder sb = new StringBuilder();
            while (sb.length() < n) {
                String l = t.readline(n - sb.length());
                if (l.isEmpty()) {
                    break;
                }
                sb.append(l);
            }
            return sb.toString();
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        static Object iter(Object self) {
            return self(self);
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    abstract static class NextNode extends PythonBuiltinNode {
        @Specialization
        static Object next(Object self) {
            String l = self(self).readline(-1);
            if (l.isEmpty()) {
                throw PyErrors.stopIteration(PyNone.NONE);
            }
            return l;
        }
    }

    @Builtin(name = "__enter__", params = {"self"})
    @GenerateNodeFactory
    abstract static class EnterNode extends PythonBuiltinNode {
        @Specialization
        static Object enter(Object self) {
            return self(self);
        }
    }

    @Builtin(name = "__exit__", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class ExitNode extends PythonBuiltinNode {
        @Specialization
        static Object exit(Object self, Object args) {
            self(self).flush();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            TextStream t = self(self);
            return "<_io.TextIOWrapper name='" + t.name + "' mode='" + (t.in != null ? "r" : "w") + "' encoding='utf-8'>";
        }
    }

    @Override
    public void initialize(PythonContext context, PyDict ns) {
        PyType owner = null;
        PyType gsType = context.types().getsetDescriptor;
        // owner is filled by Bootstrap via makeType; getsets check the owner, so add them there
        ns.setStr("__module__", "_io");
    }

    /** Creates the stream type with its methods and attributes. */
    @TruffleBoundary
    public static PyType makeType(PythonContext ctx) {
        PyType t = new PyType(ctx.types().type, "TextIOWrapper", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false,
                        PyType.Layout.OTHER, false);
        t.computeMro(ctx.types().object);
        // filled on first use of the type (PyType.deferInit)
        BuiltinsInstaller.deferInit(() -> {
            BuiltinsInstaller.install(ctx, t.getDict(), new StdStreams(), "TextIOWrapper", true);
            PyType gs = ctx.types().getsetDescriptor;
            t.getDict().setStr("encoding", new Descriptors.GetSet(gs, "encoding", t, o -> "utf-8", null, null));
            t.getDict().setStr("errors", new Descriptors.GetSet(gs, "errors", t, o -> "strict", null, null));
            t.getDict().setStr("name", new Descriptors.GetSet(gs, "name", t, o -> ((TextStream) o).name, null, null));
            t.getDict().setStr("mode", new Descriptors.GetSet(gs, "mode", t, o -> ((TextStream) o).in != null ? "r" : "w", null, null));
            t.getDict().setStr("closed", new Descriptors.GetSet(gs, "closed", t, o -> ((TextStream) o).closed, null, null));
            t.getDict().setStr("line_buffering", new Descriptors.GetSet(gs, "line_buffering", t, o -> false, null, null));
            t.getDict().setStr("newlines", new Descriptors.GetSet(gs, "newlines", t, o -> PyNone.NONE, null, null));
        }, t);
        return t;
    }
}
