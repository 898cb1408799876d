package org.auditpy.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyMemoryView;
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
 * The binary layer of the standard streams ({@code sys.stdout.buffer}, {@code sys.stdin.buffer}), in the image of
 * CPython's {@code _io.BufferedWriter} and {@code _io.BufferedReader} (Modules/_io/bufferedio.c). A writer shares its
 * text stream's output and buffers ({@link StdStreams.TextStream#writeBytes}); a reader holds the bytes read ahead
 * from standard input, which the text stream reads through it.
 */
public final class StdBuffers extends PythonBuiltins {
    /** Whether these are the methods of {@code BufferedReader} (else {@code BufferedWriter}): the same set. */
    private final boolean reader;

    private StdBuffers(boolean reader) {
        this.reader = reader;
    }

    /**
     * Both types have the other direction's methods too, answering as the {@code _BufferedIOBase} and {@code _IOBase}
     * methods CPython's inherit (UnsupportedOperation, or False), before any closed check; {@link #makeType} drops
     * those CPython's class lacks altogether.
     */
    @Override
    protected List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StdBuffersFactory.getFactories();
    }

    /** A standard stream's binary layer. */
    public static final class Buffer extends PythonObject {
        final StdStreams.TextStream text;
        final boolean reader;
        /** An unbuffered ({@code -u}) stdout or stderr, whose {@code .buffer} is its {@code FileIO}. */
        final boolean fileIO;
        /** The raw input (null for a writer) and the bytes read ahead from it: {@code buf[pos, limit)}. */
        private final InputStream raw;
        private final byte[] buf;
        private int pos;
        private int limit;

        Buffer(PyType cls, StdStreams.TextStream text, InputStream raw) {
            super(cls);
            this.text = text;
            this.reader = raw != null;
            this.fileIO = "FileIO".equals(cls.getName());
            this.raw = raw;
            this.buf = raw != null ? new byte[StdStreams.TextStream.BUFFER_SIZE] : null;
        }

        private int rawRead(byte[] b, int off, int len) {
            try {
                int n = raw.read(b, off, len);
                return Math.max(n, 0);
            } catch (IOException e) {
                throw PyErrors.osError(5, "Input/output error", null);
            }
        }

        /**
         * Before a read: a BufferedWriter's read methods are _BufferedIOBase's (UnsupportedOperation {@code what},
         * closed or not); a FileIO checks closed (err_closed) then its mode; a BufferedReader's CHECK_CLOSED says
         * "{@code what} of closed file" when nothing read ahead is left.
         */
        private void checkReadable(String what) {
            if (fileIO) {
                if (text.closed) {
                    throw PyErrors.valueError("I/O operation on closed file");
                }
                throw StdStreams.unsupported("File not open for reading");
            }
            if (!reader) {
                throw StdStreams.unsupported(what.equals("read1") ? "read1" : "read");
            }
            if (text.closed) {
                // _io__Buffered_read1_impl says "read of closed file" too (close() drops what was read ahead)
                throw PyErrors.valueError((what.equals("read1") ? "read" : what) + " of closed file");
            }
        }

        /** {@code peek()}: the bytes read ahead, one raw read when there are none. */
        byte[] peek() {
            checkReadable("peek");
            if (pos >= limit) {
                fill();
            }
            return java.util.Arrays.copyOfRange(buf, pos, limit);
        }

        /** {@code read1(n)}: buffered bytes if any, else one read of the raw stream, as {@code _io__Buffered_read1_impl}. */
        @TruffleBoundary
        synchronized byte[] read1(long n) {
            checkReadable("read1");
            if (n < 0) {
                n = buf.length;
            }
            if (n == 0) {
                return new byte[0];
            }
            int have = limit - pos;
            if (have > 0) {
                int k = (int) Math.min(have, n);
                byte[] r = java.util.Arrays.copyOfRange(buf, pos, pos + k);
                pos += k;
                return r;
            }
            byte[] r = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
            int k = rawRead(r, 0, r.length);
            return k == r.length ? r : java.util.Arrays.copyOf(r, k);
        }

        /** {@code read(n)}: n bytes or what is left before the end of the input; all of it for a negative n. */
        @TruffleBoundary
        synchronized byte[] read(long n) {
            checkReadable("read");
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            int have = limit - pos;
            if (n < 0) {
                o.write(buf, pos, have);
                pos = limit;
                try {
                    o.writeBytes(raw.readAllBytes());
                } catch (IOException e) {
                    throw PyErrors.osError(5, "Input/output error", null);
                }
                return o.toByteArray();
            }
            int k = (int) Math.min(have, n);
            o.write(buf, pos, k);
            pos += k;
            while (o.size() < n) {
                if (!fill()) {
                    break;
                }
                int m = (int) Math.min(limit - pos, n - o.size());
                o.write(buf, pos, m);
                pos += m;
            }
            return o.toByteArray();
        }

        private boolean fill() {
            pos = 0;
            limit = rawRead(buf, 0, buf.length);
            return limit > 0;
        }

        /** {@code readline(size)}: up to and with the next b'\n', at most {@code size} bytes when not negative. */
        @TruffleBoundary
        synchronized byte[] readline(long size) {
            // a writer's readline is _IOBase's, over read()
            checkReadable(reader ? "readline" : "read");
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            while (size < 0 || o.size() < size) {
                if (pos >= limit && !fill()) {
                    break;
                }
                int end = limit;
                if (size >= 0) {
                    end = (int) Math.min(end, pos + (size - o.size()));
                }
                int i = pos;
                while (i < end && buf[i] != '\n') {
                    i++;
                }
                if (i < end) {
                    o.write(buf, pos, i + 1 - pos);
                    pos = i + 1;
                    break;
                }
                o.write(buf, pos, end - pos);
                pos = end;
            }
            return o.toByteArray();
        }
    }

    static Buffer self(Object o) {
        if (o instanceof Buffer b) {
            return b;
        }
        throw PyErrors.typeError("descriptor requires a '_io.BufferedWriter' object but received a '" + PyOps.typeName(o) + "'");
    }

    /** A call the raw stream answers (fileno, isatty, ...): FileIO's err_closed once closed. */
    static Buffer open(Object o) {
        Buffer b = self(o);
        if (b.text.closed) {
            throw PyErrors.valueError("I/O operation on closed file");
        }
        return b;
    }

    /** _IOBase's iobase_check_closed (__iter__, __enter__, writelines, readlines). */
    static Buffer checkClosed(Object o) {
        Buffer b = self(o);
        if (b.text.closed) {
            throw PyErrors.valueError("I/O operation on closed file.");
        }
        return b;
    }

    private static long size(Object size) {
        return size == PyNone.NO_VALUE || size == PyNone.NONE ? -1 : PyOps.asIndex(size);
    }

    /** {@code BufferedWriter.write(b)}: a bytes-like object, its length returned, as {@code _io__Buffered_write_impl}. */
    @Builtin(name = "write", params = {"self", "buffer", "/"})
    @GenerateNodeFactory
    abstract static class WriteNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object write(Object self, Object data) {
            Buffer b = self(self);
            if (b.reader) {
                throw StdStreams.unsupported("write");
            }
            byte[] bytes = BytesSupport.requireBytesLike(data);
            if (b.text.closed) {
                throw PyErrors.valueError(b.fileIO ? "I/O operation on closed file" : "write to closed file");
            }
            b.text.writeBytes(bytes);
            return (long) bytes.length;
        }
    }

    /**
     * {@code flush()}: the binary layer's bytes out, not the text layer's; once closed a BufferedWriter's says "flush
     * of closed file", a BufferedReader's (the raw stream's) and a FileIO's (_IOBase's) "I/O operation on closed file."
     */
    @Builtin(name = "flush", params = {"self"})
    @GenerateNodeFactory
    abstract static class FlushNode extends PythonBuiltinNode {
        @Specialization
        static Object flush(Object self) {
            Buffer b = self(self);
            if (b.text.closed) {
                throw PyErrors.valueError(b.reader || b.fileIO ? "I/O operation on closed file." : "flush of closed file");
            }
            if (!b.reader) {
                b.text.flushBinary();
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "fileno", params = {"self"})
    @GenerateNodeFactory
    abstract static class FilenoNode extends PythonBuiltinNode {
        @Specialization
        static Object fileno(Object self) {
            return (long) open(self).text.fd;
        }
    }

    @Builtin(name = "isatty", params = {"self"})
    @GenerateNodeFactory
    abstract static class IsattyNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object isatty(Object self) {
            open(self);
            return System.console() != null;
        }
    }

    @Builtin(name = "readable", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReadableNode extends PythonBuiltinNode {
        @Specialization
        static Object readable(Object self) {
            // a BufferedWriter's is _IOBase.readable: False, closed or not
            Buffer b = self(self);
            return !b.reader && !b.fileIO ? false : open(self).reader;
        }
    }

    @Builtin(name = "writable", params = {"self"})
    @GenerateNodeFactory
    abstract static class WritableNode extends PythonBuiltinNode {
        @Specialization
        static Object writable(Object self) {
            // a BufferedReader's is _IOBase.writable: False, closed or not
            return !self(self).reader && !open(self).reader;
        }
    }

    @Builtin(name = "seekable", params = {"self"})
    @GenerateNodeFactory
    abstract static class SeekableNode extends PythonBuiltinNode {
        @Specialization
        static Object seekable(Object self) {
            open(self);
            return false;
        }
    }

    /**
     * {@code close()}: flushes its own bytes, then closes it and so its text stream, whose pending text is lost, as
     * CPython's (the descriptor stays open: closefd=False).
     */
    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    abstract static class CloseNode extends PythonBuiltinNode {
        @Specialization
        static Object close(Object self) {
            Buffer b = self(self);
            if (b.text.closed) {
                return PyNone.NONE;
            }
            if (!b.reader) {
                b.text.closeBinary();
            }
            b.text.closed = true;
            return PyNone.NONE;
        }
    }

    @Builtin(name = "read", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class ReadNode extends PythonBuiltinNode {
        @Specialization
        static Object read(Object self, Object size) {
            return PyBytes.of(self(self).read(size(size)));
        }
    }

    @Builtin(name = "read1", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class Read1Node extends PythonBuiltinNode {
        @Specialization
        static Object read1(Object self, Object size) {
            return PyBytes.of(self(self).read1(size(size)));
        }
    }

    @Builtin(name = "readline", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class ReadlineNode extends PythonBuiltinNode {
        @Specialization
        static Object readline(Object self, Object size) {
            return PyBytes.of(self(self).readline(size(size)));
        }
    }

    /**
     * {@code readinto(b)}: reads up to {@code len(b)} bytes into a bytearray or writable memoryview, as
     * {@code _io__Buffered_readinto_impl};
     * the count read.
     */
    @Builtin(name = "readinto", params = {"self", "buffer", "/"})
    @GenerateNodeFactory
    abstract static class ReadintoNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object readinto(Object self, Object target) {
            Buffer b = self(self);
            PyMemoryView v = PyMemoryView.writableArg(target, "readinto");
            try {
                if (b.reader && b.text.closed) {
                    throw PyErrors.valueError("readinto of closed file");
                }
                byte[] got = b.read(v.nbytes());
                v.put(0, got, 0, got.length);
                return (long) got.length;
            } finally {
                v.release();
            }
        }
    }

    @Builtin(name = "readlines", params = {"self", "hint=", "/"})
    @GenerateNodeFactory
    abstract static class ReadlinesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object readlines(Object self, Object hint) {
            long h = size(hint);
            // _IOBase.readlines: iter(self) checks closed, the lines stop once past the hint
            Buffer b = checkClosed(self);
            List<Object> lines = new ArrayList<>();
            long total = 0;
            while (true) {
                byte[] l = b.readline(-1);
                if (l.length == 0) {
                    break;
                }
                lines.add(PyBytes.of(l));
                total += l.length;
                if (h > 0 && total > h) {
                    break;
                }
            }
            return org.auditpy.runtime.PyList.of(lines.toArray());
        }
    }

    /** {@code BufferedReader.peek(size=0)}: the bytes read ahead (one raw read when there are none). */
    @Builtin(name = "peek", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class PeekNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object peek(Object self, Object size) {
            if (size != PyNone.NO_VALUE) {
                PyOps.asIndex(size);
            }
            return PyBytes.of(self(self).peek());
        }
    }

    /**
     * {@code seek(target, whence=0)}: a standard stream is not seekable here (seekable() is False), so after
     * bufferedio.c's checks ("whence value N unsupported", "seek of closed file") UnsupportedOperation "File or stream
     * is not seekable."; a FileIO's: err_closed, then ESPIPE.
     */
    @Builtin(name = "seek", params = {"self", "target", "whence=", "/"})
    @GenerateNodeFactory
    abstract static class SeekNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object seek(Object self, Object target, Object whence) {
            Buffer b = self(self);
            long w = whence == PyNone.NO_VALUE ? 0 : PyOps.asIndex(whence);
            if (b.fileIO) {
                open(self);
                throw PyErrors.osError(29, "Illegal seek", null);
            }
            if (w < 0 || w > 2) {
                throw PyErrors.valueError("whence value " + w + " unsupported");
            }
            if (b.text.closed) {
                throw PyErrors.valueError("seek of closed file");
            }
            throw StdStreams.unsupported("File or stream is not seekable.");
        }
    }

    /** {@code tell()}: the raw stream's (FileIO's err_closed once closed, else ESPIPE: not seekable). */
    @Builtin(name = "tell", params = {"self"})
    @GenerateNodeFactory
    abstract static class TellNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object tell(Object self) {
            open(self);
            throw PyErrors.osError(29, "Illegal seek", null);
        }
    }

    /**
     * {@code truncate(pos=None)}: "truncate of closed file" (FileIO: err_closed), a reader's UnsupportedOperation, else
     * the raw stream's error on a pipe (ESPIPE).
     */
    @Builtin(name = "truncate", params = {"self", "pos=", "/"})
    @GenerateNodeFactory
    abstract static class TruncateNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object truncate(Object self, Object pos) {
            Buffer b = self(self);
            if (b.fileIO) {
                open(self);
            } else if (b.text.closed) {
                throw PyErrors.valueError("truncate of closed file");
            }
            if (b.reader) {
                throw StdStreams.unsupported("truncate");
            }
            b.text.flushBinary();
            // FileIO.truncate(None) asks lseek(SEEK_CUR) for the size: ESPIPE
            throw PyErrors.osError(29, "Illegal seek", null);
        }
    }

    /** {@code _IOBase.writelines(lines)}: closed checked first, then each line written. */
    @Builtin(name = "writelines", params = {"self", "lines", "/"})
    @GenerateNodeFactory
    abstract static class WritelinesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object writelines(Object self, Object lines) {
            checkClosed(self);
            writeEach(self, lines);
            return PyNone.NONE;
        }
    }

    /**
     * The rest of {@code _IOBase.writelines} (Modules/_io/iobase.c) once the caller checked that {@code self} is open:
     * each item of {@code lines}, as iterated, passed to {@code self.write}. Shared by every io class here and in _io.
     */
    @TruffleBoundary
    public static void writeEach(Object self, Object lines) {
        Object it = PyOps.getIter(lines);
        for (Object l = PyOps.next(it); l != null; l = PyOps.next(it)) {
            PyOps.callMethod(self, "write", l);
        }
    }

    /**
     * {@code _IOBase.readlines(hint)} (_io__IOBase_readlines_impl): the lines of {@code iter(self)}, whose
     * {@code __iter__} checks that the stream is open, until their total length passes {@code hint} (all when
     * {@code hint <= 0}).
     */
    @TruffleBoundary
    public static org.auditpy.runtime.PyList linesOf(Object self, long hint) {
        List<Object> lines = new ArrayList<>();
        long total = 0;
        Object it = PyOps.getIter(self);
        for (Object l = PyOps.next(it); l != null; l = PyOps.next(it)) {
            lines.add(l);
            total += PyOps.len(l);
            if (hint > 0 && total > hint) {
                break;
            }
        }
        return org.auditpy.runtime.PyList.of(lines.toArray());
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBuiltinNode {
        @Specialization
        static Object iter(Object self) {
            return checkClosed(self);
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    abstract static class NextNode extends PythonBuiltinNode {
        @Specialization
        static Object next(Object self) {
            byte[] l = self(self).readline(-1);
            if (l.length == 0) {
                throw PyErrors.stopIteration(PyNone.NONE);
            }
            return PyBytes.of(l);
        }
    }

    @Builtin(name = "__enter__", params = {"self"})
    @GenerateNodeFactory
    abstract static class EnterNode extends PythonBuiltinNode {
        @Specialization
        static Object enter(Object self) {
            return checkClosed(self);
        }
    }

    @Builtin(name = "__exit__", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class ExitNode extends PythonBuiltinNode {
        @Specialization
        static Object exit(Object self, Object args) {
            return CloseNode.close(self);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            Buffer b = self(self);
            String type = b.getPythonClass().getName();
            if (type.equals("FileIO")) {
                return "<_io.FileIO name='" + b.text.name + "' mode='wb' closefd=False>";
            }
            return "<_io." + type + " name='" + b.text.name + "'>";
        }
    }

    /**
     * Creates {@code _io.BufferedWriter} (or {@code _io.BufferedReader}) for the standard streams' binary layers; with
     * {@code raw} the writer's type is named {@code FileIO}, as CPython's unbuffered ({@code -u}) stdout and stderr
     * have their raw file as {@code .buffer}.
     */
    @TruffleBoundary
    public static PyType makeType(PythonContext ctx, boolean reader, boolean raw) {
        String name = reader ? "BufferedReader" : raw ? "FileIO" : "BufferedWriter";
        PyType t = new PyType(ctx.types().type, name, new PyType[]{ctx.types().object}, new org.auditpy.runtime.PyDict(ctx.types().dict), false,
                        PyType.Layout.OTHER, false);
        t.computeMro(ctx.types().object);
        BuiltinsInstaller.deferInit(() -> {
            BuiltinsInstaller.install(ctx, t.getDict(), new StdBuffers(reader), name, true);
            // the methods CPython's class lacks: a BufferedWriter has no peek, a FileIO no read1 or peek
            if (!reader) {
                t.getDict().removeItem("peek");
            }
            if (raw) {
                t.getDict().removeItem("read1");
            }
            t.getDict().setStr("__module__", "_io");
            PyType gs = ctx.types().getsetDescriptor;
            t.getDict().setStr("name", new Descriptors.GetSet(gs, "name", t, o -> ((Buffer) o).text.name, null, null));
            t.getDict().setStr("mode", new Descriptors.GetSet(gs, "mode", t, o -> reader ? "rb" : "wb", null, null));
            t.getDict().setStr("closed", new Descriptors.GetSet(gs, "closed", t, o -> ((Buffer) o).text.closed, null, null));
        }, t);
        return t;
    }
}
