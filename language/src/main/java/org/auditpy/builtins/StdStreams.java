package org.auditpy.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.auditpy.runtime.CheckedOutput;
import org.auditpy.runtime.Codecs;
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

    /**
     * A text stream over a PrintStream (output) or an InputStream (input), as CPython's {@code _io.TextIOWrapper}
     * (Modules/_io/textio.c) over a {@code BufferedWriter} / {@code BufferedReader} (Modules/_io/bufferedio.c), whose
     * binary layer is {@link #buffer()}.
     */
    public static final class TextStream extends PythonObject {
        final String name;
        final int fd;
        final PrintStream out;
        /** The errors of {@link #out}'s writes (null for input). */
        final CheckedOutput sink;
        /** The binary layer ({@code .buffer}). */
        final StdBuffers.Buffer buffer;
        boolean closed;

        /** The encoding as given ({@code .encoding}), whether it is UTF-8 (the fast path), and the error handler. */
        String encoding = "utf-8";
        boolean utf8 = true;
        String errors = "strict";
        boolean lineBuffering;
        boolean writeThrough;
        /** What {@code '\n'} becomes on output (null: itself), from {@code reconfigure(newline=...)}. */
        String writeNewline;
        /** Whether a text read has happened (then the encoding can no longer change, as CPython's). */
        boolean readStarted;

        /**
         * @param out the context's stream to write to, or null for an input stream
         * @param sink the stream under {@code out}, whose write errors this stream raises as {@code OSError}
         * @param bufferType the type of the binary layer ({@code _io.BufferedWriter} or {@code _io.BufferedReader})
         */
        public TextStream(PyType cls, String name, int fd, PrintStream out, CheckedOutput sink, InputStream in, PyType bufferType) {
            super(cls);
            this.name = name;
            this.fd = fd;
            this.out = out;
            this.sink = sink;
            this.buffer = new StdBuffers.Buffer(bufferType, this, in);
        }

        /** The binary layer, {@code sys.stdout.buffer}. */
        public StdBuffers.Buffer buffer() {
            return buffer;
        }

        /**
         * Sets the encoding and error handler, as {@code TextIOWrapper(encoding=..., errors=...)}.
         *
         * @throws PyException {@code LookupError: unknown encoding: X} as {@code codecs.lookup}
         */
        @TruffleBoundary
        public void setEncoding(String enc, String errs) {
            if (Codecs.normalize(enc) == null) {
                throw PyErrors.raise("LookupError", "unknown encoding: " + enc);
            }
            this.encoding = enc;
            this.utf8 = "utf-8".equals(Codecs.normalize(enc));
            this.errors = errs;
        }

        /** Sets {@code line_buffering} and {@code write_through}, as the TextIOWrapper constructor's arguments. */
        public void setBuffering(boolean line, boolean through) {
            this.lineBuffering = line;
            this.writeThrough = through;
        }

        /**
         * Block-buffers this stream as CPython's {@code TextIOWrapper} over a {@code BufferedWriter} does for a pipe or
         * file: two layers of {@value #BUFFER_SIZE} bytes ({@code io.DEFAULT_BUFFER_SIZE}), the text layer's pending
         * bytes ({@code pending_bytes}, up to its {@code _CHUNK_SIZE}) and the binary layer's buffer, which
         * {@code .buffer.write} fills directly.
         */
        public void blockBuffer() {
            pending = new byte[BUFFER_SIZE];
            binary = new byte[BUFFER_SIZE];
        }

        static final int BUFFER_SIZE = 8192;
        /** The text layer's pending bytes (null: each write goes out at once) and their count. */
        private byte[] pending;
        private int pendingCount;
        /** The binary layer's buffer ({@code BufferedWriter}'s) and its count. */
        private byte[] binary;
        private int binaryCount;

        /**
         * print's writes to this stream, as {@code builtin_print_impl} (Python/bltinmodule.c) makes them one piece at a
         * time: one write of the joined text when that gives the same result (it fits the text layer's pending
         * bytes with no flush due), else the pieces one by one, so that where the text layer flushes, and which
         * piece fails to encode (the ones before it going out), are CPython's.
         *
         * @param text the joined pieces
         * @param ends where each piece ends in {@code text}, for more than one item (null otherwise)
         * @param firstEnd where the one item ends (its end string follows), or -1 without one item
         */
        @TruffleBoundary
        public void writePrint(String text, int[] ends, int firstEnd) {
            synchronized (this) {
                if (pending != null && !lineBuffering && !writeThrough && !closed && utf8 && writeNewline == null && !hasSurrogate(text)) {
                    byte[] b = text.getBytes(StandardCharsets.UTF_8);
                    if (pendingCount + b.length < BUFFER_SIZE) {
                        System.arraycopy(b, 0, pending, pendingCount, b.length);
                        pendingCount += b.length;
                        return;
                    }
                }
            }
            if (pending == null && !closed && out != null && utf8 && writeNewline == null && !hasSurrogate(text)) {
                // an unbuffered stream (-u, PYTHONUNBUFFERED, a terminal): the pieces cannot fail to encode, so one
                // write gives the bytes CPython's piece-by-piece writes give, with one system call instead of one
                // per piece
                write(text);
                return;
            }
            if (ends == null) {
                if (firstEnd < 0 || firstEnd == text.length()) {
                    write(text);
                } else {
                    write(text.substring(0, firstEnd));
                    write(text.substring(firstEnd));
                }
                return;
            }
            int start = 0;
            for (int e : ends) {
                write(text.substring(start, e));
                start = e;
            }
        }

        /** Whether {@code s} holds a surrogate (then the JDK's UTF-8 encoder would write '?' for a lone one). */
        private static boolean hasSurrogate(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /** The bytes of {@code s} in this stream's encoding, with its error handler ({@code str.encode}'s codecs). */
        private byte[] encode(String s) {
            if (writeNewline != null && s.indexOf('\n') >= 0) {
                s = s.replace("\n", writeNewline);
            }
            if (utf8 && !hasSurrogate(s)) {
                return s.getBytes(StandardCharsets.UTF_8);
            }
            return Codecs.encode(s, encoding, errors);
        }

        void checkWritable() {
            if (closed) {
                throw PyErrors.valueError("I/O operation on closed file.");
            }
            if (out == null) {
                throw unsupported("not writable");
            }
        }

        /**
         * Writes {@code s} in the stream's encoding. Standard error is flushed after each write (CPython's stderr is
         * line-buffered, and its lines are whole writes here); with {@code line_buffering} a write holding a newline
         * is flushed, as {@code _io.TextIOWrapper.write}.
         *
         * @throws PyException {@code ValueError} when closed; {@code UnicodeEncodeError} (or another error of the
         *             error handler) when {@code s} cannot be encoded, nothing being written; {@code OSError} with the
         *             errno of a failed write, as {@code _io.TextIOWrapper.write} (for example
         *             {@code BrokenPipeError} once a pipe's reader has gone). Bytes that failed to go out with an
         *             overflowing write are dropped, as CPython's.
         */
        @TruffleBoundary
        public synchronized void write(String s) {
            checkWritable();
            byte[] b = encode(s);
            boolean needFlush = lineBuffering && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0);
            if (pending != null) {
                layeredWrite(b, needFlush);
                return;
            }
            sink.clearError();
            out.write(b, 0, b.length);
            if (fd == 2 || needFlush) {
                out.flush();
            }
            sink.raiseError();
        }

        /**
         * A text write through both layers, as {@code _io_TextIOWrapper_write_impl}: the text layer's pending bytes
         * (up to {@value #BUFFER_SIZE}) go to the binary layer when a write would overflow them, when they reach
         * the chunk size, with {@code write_through} or a line-buffered newline (which also flushes the binary layer).
         */
        private void layeredWrite(byte[] b, boolean needFlush) {
            if (pendingCount + b.length > BUFFER_SIZE) {
                textFlush();
            }
            if (b.length > BUFFER_SIZE) {
                binaryWrite(b, 0, b.length);
            } else {
                System.arraycopy(b, 0, pending, pendingCount, b.length);
                pendingCount += b.length;
                if (pendingCount >= BUFFER_SIZE) {
                    textFlush();
                }
            }
            if (writeThrough || needFlush) {
                textFlush();
            }
            if (needFlush) {
                flush();
            }
        }

        /** {@code _textiowrapper_writeflush}: the text layer's pending bytes to the binary layer. */
        private void textFlush() {
            int n = pendingCount;
            if (n > 0) {
                pendingCount = 0;
                binaryWrite(pending, 0, n);
            }
        }

        /**
         * Writes bytes to the binary layer, as {@code _io__Buffered_write_impl}: kept when they fit in what is left of
         * the buffer, else the buffer goes out, then bytes larger than the buffer go out at once.
         */
        private void binaryWrite(byte[] b, int off, int len) {
            if (binary == null) {
                sink.clearError();
                out.write(b, off, len);
                if (fd == 2) {
                    out.flush();
                }
                sink.raiseError();
                return;
            }
            if (len <= binary.length - binaryCount) {
                System.arraycopy(b, off, binary, binaryCount, len);
                binaryCount += len;
                return;
            }
            if (binaryCount > 0) {
                // bytes that fail to go out with an overflowing write are dropped, as CPython's
                sink.clearError();
                out.write(binary, 0, binaryCount);
                binaryCount = 0;
                out.flush();
                sink.raiseError();
            }
            if (len > binary.length) {
                sink.clearError();
                out.write(b, off, len);
                out.flush();
                sink.raiseError();
            } else {
                System.arraycopy(b, off, binary, 0, len);
                binaryCount = len;
            }
        }

        /**
         * {@code sys.stdout.buffer.write(b)}: bytes to the binary layer, after what it already holds and before the
         * text layer's pending bytes, as CPython's.
         */
        @TruffleBoundary
        synchronized void writeBytes(byte[] b) {
            binaryWrite(b, 0, b.length);
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
         * Flushes the stream, the binary layer's bytes before the text layer's. The buffers keep their bytes when
         * they fail to go out (a later flush tries again, as {@code BufferedWriter}'s).
         *
         * @throws PyException {@code OSError} with the errno of the failed write, as {@code _io.TextIOWrapper.flush}
         */
        @TruffleBoundary
        public synchronized void flush() {
            if (out != null) {
                sink.clearError();
                if (binaryCount > 0) {
                    out.write(binary, 0, binaryCount);
                }
                if (pendingCount > 0) {
                    out.write(pending, 0, pendingCount);
                }
                out.flush();
                if (!sink.hasError()) {
                    pendingCount = 0;
                    binaryCount = 0;
                }
                sink.raiseError();
            }
        }

        /**
         * Closes the binary layer ({@code sys.stdout.buffer.close()}): its bytes go out, the text layer's pending
         * bytes are dropped (CPython's {@code TextIOWrapper} never gets to write them).
         *
         * @throws PyException {@code OSError} with the errno of the failed write
         */
        @TruffleBoundary
        synchronized void closeBinary() {
            try {
                if (binaryCount > 0) {
                    sink.clearError();
                    out.write(binary, 0, binaryCount);
                    binaryCount = 0;
                    out.flush();
                    sink.raiseError();
                }
            } finally {
                pendingCount = 0;
                closed = true;
            }
        }

        /**
         * {@code sys.stdout.buffer.flush()}: the binary layer's bytes out, the text layer's pending bytes staying, as
         * {@code BufferedWriter.flush}.
         *
         * @throws PyException {@code OSError} with the errno of the failed write
         */
        @TruffleBoundary
        synchronized void flushBinary() {
            sink.clearError();
            if (binaryCount > 0) {
                out.write(binary, 0, binaryCount);
            }
            out.flush();
            if (!sink.hasError()) {
                binaryCount = 0;
            }
            sink.raiseError();
        }

        /** Whether decoded text waits to be read (CPython's {@code decoded_chars}): the encoding can no longer change. */
        boolean hasDecoded() {
            return decodedPos < decoded.length() || undecoded != null;
        }

        /** The text read but not yet returned, from {@link #decodedPos}, and the bytes of an incomplete character. */
        private String decoded = "";
        private int decodedPos;
        private byte[] undecoded;

        private void checkReadable() {
            if (closed) {
                throw PyErrors.valueError("I/O operation on closed file.");
            }
            if (!buffer.reader) {
                throw unsupported("not readable");
            }
        }

        /**
         * Reads a chunk from the binary layer ({@code read1(8192)}) and decodes it, as {@code textiowrapper_read_chunk};
         * false at the end of the input.
         */
        private boolean readChunk() {
            readStarted = true;
            byte[] c = buffer.read1(BUFFER_SIZE);
            boolean eof = c.length == 0;
            byte[] all = c;
            if (undecoded != null) {
                all = new byte[undecoded.length + c.length];
                System.arraycopy(undecoded, 0, all, 0, undecoded.length);
                System.arraycopy(c, 0, all, undecoded.length, c.length);
                undecoded = null;
            }
            int end = all.length;
            if (!eof && utf8) {
                // an incomplete UTF-8 sequence at the end waits for the next chunk (the incremental decoder's state)
                int i = end - 1;
                int back = 0;
                while (i >= 0 && back < 3 && (all[i] & 0xc0) == 0x80) {
                    i--;
                    back++;
                }
                if (i >= 0) {
                    int lead = all[i] & 0xff;
                    int need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
                    if (need > 1 && end - i < need) {
                        end = i;
                    }
                }
            }
            if (end < all.length) {
                undecoded = java.util.Arrays.copyOfRange(all, end, all.length);
                all = java.util.Arrays.copyOf(all, end);
            }
            String text = all.length == 0 ? "" : Codecs.decode(all, encoding, errors);
            decoded = decoded.substring(decodedPos) + text;
            decodedPos = 0;
            return !eof;
        }

        @TruffleBoundary
        synchronized String readline(long limit) {
            checkReadable();
            int from = decodedPos;
            while (true) {
                int nl = decoded.indexOf('\n', from);
                int avail = decoded.length() - decodedPos;
                if (nl >= 0 && (limit < 0 || nl + 1 - decodedPos <= limit)) {
                    String line = decoded.substring(decodedPos, nl + 1);
                    decodedPos = nl + 1;
                    return line;
                }
                if (limit >= 0 && avail >= limit) {
                    String line = decoded.substring(decodedPos, decodedPos + (int) limit);
                    decodedPos += (int) limit;
                    return line;
                }
                from = decoded.length() - decodedPos;
                if (!readChunk()) {
                    String line = decoded.substring(decodedPos);
                    decoded = "";
                    decodedPos = 0;
                    return line;
                }
            }
        }

        @TruffleBoundary
        synchronized String read(long n) {
            checkReadable();
            if (n < 0) {
                readStarted = true;
                byte[] rest = buffer.read(-1);
                if (undecoded != null) {
                    byte[] all = new byte[undecoded.length + rest.length];
                    System.arraycopy(undecoded, 0, all, 0, undecoded.length);
                    System.arraycopy(rest, 0, all, undecoded.length, rest.length);
                    rest = all;
                    undecoded = null;
                }
                String s = decoded.substring(decodedPos) + (rest.length == 0 ? "" : Codecs.decode(rest, encoding, errors));
                decoded = "";
                decodedPos = 0;
                return s;
            }
            while (decoded.length() - decodedPos < n && readChunk()) {
                // more text
            }
            int take = (int) Math.min(n, decoded.length() - decodedPos);
            String s = decoded.substring(decodedPos, decodedPos + take);
            decodedPos += take;
            return s;
        }
    }

    /** Raises {@code io.UnsupportedOperation(msg)} (OSError when the io module cannot be had). */
    @TruffleBoundary
    static PyException unsupported(String msg) {
        Object cls = null;
        try {
            Object io = org.auditpy.runtime.ImportSystem.importModule("io", null, null, 0, true);
            cls = PyOps.getAttributeOrNull(io, "UnsupportedOperation");
        } catch (PyException e) {
            cls = null;
        }
        if (cls instanceof PyType t) {
            return PyErrors.raise(t, msg);
        }
        return PyErrors.raise(PythonContext.get().types().exception("OSError"), msg);
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
            TextStream t = self(self);
            t.write(str);
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
            return StdBuffers.FilenoNode.fileno(self(self).buffer);
        }
    }

    @Builtin(name = "isatty", params = {"self"})
    @GenerateNodeFactory
    abstract static class IsattyNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object isatty(Object self) {
            return StdBuffers.IsattyNode.isatty(self(self).buffer);
        }
    }

    @Builtin(name = "readable", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReadableNode extends PythonBuiltinNode {
        @Specialization
        static Object readable(Object self) {
            return StdBuffers.ReadableNode.readable(self(self).buffer);
        }
    }

    @Builtin(name = "writable", params = {"self"})
    @GenerateNodeFactory
    abstract static class WritableNode extends PythonBuiltinNode {
        @Specialization
        static Object writable(Object self) {
            return StdBuffers.WritableNode.writable(self(self).buffer);
        }
    }

    @Builtin(name = "seekable", params = {"self"})
    @GenerateNodeFactory
    abstract static class SeekableNode extends PythonBuiltinNode {
        @Specialization
        static Object seekable(Object self) {
            return StdBuffers.SeekableNode.seekable(self(self).buffer);
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
        static Object read(Object self, Object size) {
            long n = size == PyNone.NO_VALUE || size == PyNone.NONE ? -1 : PyOps.asIndex(size);
            return self(self).read(n);
        }
    }

    /**
     * {@code TextIOWrapper.reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
     * write_through=None)}, as {@code _io_TextIOWrapper_reconfigure_impl} (Modules/_io/textio.c): flushes, then
     * takes the new settings; errors default to 'strict' with a new encoding and stay as they were without one.
     */
    @Builtin(name = "reconfigure", params = {"self", "*args", "encoding=", "errors=", "newline=", "line_buffering=", "write_through="})
    @GenerateNodeFactory
    abstract static class ReconfigureNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object reconfigure(Object self, Object args, Object encoding, Object errors, Object newline, Object lineBuffering, Object writeThrough) {
            TextStream t = self(self);
            if (args instanceof org.auditpy.runtime.PyTuple a && a.items().length > 0) {
                throw PyErrors.typeError("reconfigure() takes no positional arguments");
            }
            String enc = strOrNull(encoding, "encoding");
            String errs = strOrNull(errors, "errors");
            boolean newlineGiven = newline != PyNone.NO_VALUE;
            String nl = null;
            if (newlineGiven && newline != PyNone.NONE) {
                if (!(newline instanceof String ns)) {
                    throw PyErrors.typeError("reconfigure() argument 'newline' must be str or None, not " + PyOps.typeName(newline));
                }
                if (!(ns.isEmpty() || ns.equals("\n") || ns.equals("\r") || ns.equals("\r\n"))) {
                    throw PyErrors.valueError("illegal newline value: " + ns);
                }
                nl = ns;
            }
            if (t.hasDecoded() && (enc != null || errs != null || newlineGiven)) {
                throw unsupported("It is not possible to set the encoding or newline of stream after the first read");
            }
            boolean lb = optionalBool(lineBuffering, t.lineBuffering);
            boolean wt = optionalBool(writeThrough, t.writeThrough);
            if (!t.closed) {
                t.flush();
            } else {
                throw PyErrors.valueError("I/O operation on closed file.");
            }
            if (newlineGiven) {
                t.writeNewline = nl == null || nl.isEmpty() || nl.equals("\n") ? null : nl;
            }
            if (enc != null || errs != null) {
                if (enc == null) {
                    t.setEncoding(t.encoding, errs);
                } else {
                    t.setEncoding(enc, errs == null ? "strict" : errs);
                }
            }
            t.lineBuffering = lb;
            t.writeThrough = wt;
            return PyNone.NONE;
        }

        private static String strOrNull(Object o, String what) {
            if (o == PyNone.NO_VALUE || o == PyNone.NONE) {
                return null;
            }
            if (o instanceof String s) {
                return s;
            }
            throw PyErrors.typeError("reconfigure() argument '" + what + "' must be str or None, not " + PyOps.typeName(o));
        }

        /** {@code convert_optional_bool}: None keeps the old value, else the object's integer value is tested. */
        private static boolean optionalBool(Object o, boolean old) {
            if (o == PyNone.NO_VALUE || o == PyNone.NONE) {
                return old;
            }
            return PyOps.asIndex(o) != 0;
        }
    }

    /** textio.c's CHECK_CLOSED, and _IOBase's iobase_check_closed: "I/O operation on closed file." */
    static TextStream checkClosed(Object self) {
        TextStream t = self(self);
        if (t.closed) {
            throw PyErrors.valueError("I/O operation on closed file.");
        }
        return t;
    }

    /** {@code tell()}: closed, else not seekable (a standard stream's seekable() is False here). */
    @Builtin(name = "tell", params = {"self"})
    @GenerateNodeFactory
    abstract static class TellNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object tell(Object self) {
            checkClosed(self);
            throw unsupported("underlying stream is not seekable");
        }
    }

    /** {@code seek(cookie, whence=0)}: closed, else not seekable, as {@code _io_TextIOWrapper_seek_impl}. */
    @Builtin(name = "seek", params = {"self", "cookie", "whence=", "/"})
    @GenerateNodeFactory
    abstract static class SeekNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object seek(Object self, Object cookie, Object whence) {
            if (whence != PyNone.NO_VALUE) {
                PyOps.asIndex(whence);
            }
            checkClosed(self);
            throw unsupported("underlying stream is not seekable");
        }
    }

    /** {@code truncate(pos=None)}: self.flush() (closed: its ValueError), then the buffer's truncate. */
    @Builtin(name = "truncate", params = {"self", "pos=", "/"})
    @GenerateNodeFactory
    abstract static class TruncateNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object truncate(Object self, Object pos) {
            TextStream t = self(self);
            PyOps.callMethod(self, "flush");
            return PyOps.callMethod(t.buffer, "truncate", pos == PyNone.NO_VALUE ? PyNone.NONE : pos);
        }
    }

    /** {@code _IOBase.readlines(hint=-1)}: iter(self) (closed checked), the lines until their length passes hint. */
    @Builtin(name = "readlines", params = {"self", "hint=", "/"})
    @GenerateNodeFactory
    abstract static class ReadlinesNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object readlines(Object self, Object hint) {
            return StdBuffers.linesOf(self, hint == PyNone.NO_VALUE || hint == PyNone.NONE ? -1 : PyOps.asIndex(hint));
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
            StdBuffers.writeEach(self, lines);
            return PyNone.NONE;
        }
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
            return checkClosed(self);
        }
    }

    @Builtin(name = "__exit__", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class ExitNode extends PythonBuiltinNode {
        @Specialization
        static Object exit(Object self, Object args) {
            // _IOBase.__exit__: self.close()
            return PyOps.callMethod(self(self), "close");
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            TextStream t = self(self);
            return "<_io.TextIOWrapper name='" + t.name + "' mode='" + (t.out == null ? "r" : "w") + "' encoding='" + t.encoding + "'>";
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
        // the standard streams' own class (not _io.TextIOWrapper, which programs may subclass) has no subclasses
        t.markNotBaseType();
        // filled on first use of the type (PyType.deferInit)
        BuiltinsInstaller.deferInit(() -> {
            BuiltinsInstaller.install(ctx, t.getDict(), new StdStreams(), "TextIOWrapper", true);
            PyType gs = ctx.types().getsetDescriptor;
            t.getDict().setStr("encoding", new Descriptors.GetSet(gs, "encoding", t, o -> ((TextStream) o).encoding, null, null));
            t.getDict().setStr("errors", new Descriptors.GetSet(gs, "errors", t, o -> ((TextStream) o).errors, null, null));
            t.getDict().setStr("name", new Descriptors.GetSet(gs, "name", t, o -> ((TextStream) o).name, null, null));
            t.getDict().setStr("mode", new Descriptors.GetSet(gs, "mode", t, o -> ((TextStream) o).out == null ? "r" : "w", null, null));
            t.getDict().setStr("closed", new Descriptors.GetSet(gs, "closed", t, o -> ((TextStream) o).closed, null, null));
            t.getDict().setStr("line_buffering", new Descriptors.GetSet(gs, "line_buffering", t, o -> ((TextStream) o).lineBuffering, null, null));
            t.getDict().setStr("write_through", new Descriptors.GetSet(gs, "write_through", t, o -> ((TextStream) o).writeThrough, null, null));
            t.getDict().setStr("buffer", new Descriptors.GetSet(gs, "buffer", t, o -> ((TextStream) o).buffer, null, null));
            t.getDict().setStr("newlines", new Descriptors.GetSet(gs, "newlines", t, o -> PyNone.NONE, null, null));
        }, t);
        return t;
    }
}
