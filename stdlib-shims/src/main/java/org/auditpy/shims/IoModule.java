package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;
import static org.auditpy.shims.Fns.absentOrNone;
import static org.auditpy.shims.Fns.toInt;
import static org.auditpy.shims.Fns.toLong;

import java.util.Arrays;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.Codecs;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyMemoryView;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

/**
 * {@code _io} (Modules/_io): FileIO over posix file descriptors, BufferedReader/Writer/Random (read-ahead,
 * write-through), TextIOWrapper, StringIO and BytesIO. Instance state lives in a hidden attribute, so Python
 * subclasses work.
 */
final class IoModule {
    private IoModule() {
    }

    static final String KEY = "\0io";
    static final int DEFAULT_BUFFER_SIZE = 8192;

    static PyType unsupported;

    // ------------------------------------------------------------------ states

    static class Base {
        boolean closed;
    }

    static final class FileState extends Base {
        int fd = -1;
        boolean closefd = true;
        boolean readable;
        boolean writable;
        boolean appending;
        boolean created;
    }

    static final class BufState extends Base {
        Object raw;
        byte[] rbuf = new byte[0];
        int rpos;
        boolean readable;
        boolean writable;
    }

    static final class TextState extends Base {
        Object buffer;
        String encoding;
        String errors;
        Object newline; // None, "", "\n", "\r", "\r\n"
        boolean lineBuffering;
        boolean writeThrough;
        byte[] pendingBytes = new byte[0];
        /**
         * utf-16 or utf-32 (normalized, see Codecs.writesByteOrderMark), else null: the encoder writes the byte-order
         * mark once, at the start of the stream, and the decoder reads it once.
         */
        String markedCodec;
        /** The byte-order mark is written (or the stream was not at its start): later writes go without one. */
        boolean markWritten;
        /** The codec the decoder goes on in once it has read the mark (or its absence), else null. */
        String decodeAs;
        TextBuffer text = new TextBuffer(); // decoded, untranslated, unread
        boolean eof;
        /** buffer.readable(), asked once (CPython asks at __init__ and keeps no decoder when it says no). */
        Boolean readable;
    }

    /**
     * The decoded text a TextIOWrapper has not returned yet: a StringBuilder read from the front. Taking a line
     * moves the start instead of shifting what follows it (which cost a copy of the rest of the 8 KB chunk per
     * line); the room is reclaimed when the consumed part is the larger one.
     */
    static final class TextBuffer {
        private final StringBuilder sb = new StringBuilder();
        private int start;

        int length() {
            return sb.length() - start;
        }

        char charAt(int i) {
            return sb.charAt(start + i);
        }

        int indexOf(String str) {
            int i = sb.indexOf(str, start);
            return i < 0 ? -1 : i - start;
        }

        String substring(int from, int to) {
            return sb.substring(start + from, start + to);
        }

        void append(String str) {
            sb.append(str);
        }

        /** Drops the first {@code n} chars. */
        void delete(int from, int n) {
            assert from == 0;
            start += n;
            if (start == sb.length()) {
                sb.setLength(0);
                start = 0;
            } else if (start > 4096 && start > sb.length() - start) {
                sb.delete(0, start);
                start = 0;
            }
        }

        void setLength(int n) {
            assert n == 0;
            sb.setLength(0);
            start = 0;
        }

        @Override
        public String toString() {
            return sb.substring(start);
        }
    }

    static final class StringState extends Base {
        StringBuilder buf = new StringBuilder();
        int pos;
    }

    static final class BytesState extends Base {
        byte[] buf = new byte[16];
        int size;
        int pos;
    }

    @SuppressWarnings("unchecked")
    static <T extends Base> T st(Object self, Class<T> c, String type) {
        Object s = self instanceof PythonObject po ? po.getAttributeOrNull(KEY) : null;
        if (c.isInstance(s)) {
            return (T) s;
        }
        if (s == null && self instanceof PythonObject && PyOps.typeOf(self).getName() != null) {
            throw PyErrors.valueError("I/O operation on uninitialized object");
        }
        throw PyErrors.typeError("descriptor requires a '_io." + type + "' object but received a '" + PyOps.typeName(self) + "'");
    }

    static <T extends Base> T open(Object self, Class<T> c, String type) {
        T s = st(self, c, type);
        if (s.closed) {
            // CPython's StringIO and FileIO methods say it without the period (Modules/_io/stringio.c CHECK_CLOSED,
            // fileio.c err_closed), BytesIO's with it
            throw PyErrors.valueError(c == BytesState.class ? "I/O operation on closed file." : "I/O operation on closed file");
        }
        return s;
    }

    static PyException unsupported(String msg) {
        return PyErrors.raise(unsupported, msg);
    }

    /**
     * A size argument, -1 when absent or None: CPython's {@code _Py_convert_optional_to_ssize_t} (its TypeError for
     * a type without {@code __index__}).
     */
    static long size(Object o) {
        if (absentOrNone(o)) {
            return -1;
        }
        if (!(o instanceof Long) && !(o instanceof Boolean) && PyOps.typeOf(o).lookup("__index__") == null) {
            throw PyErrors.typeError("argument should be integer or None, not '" + PyOps.typeName(o) + "'");
        }
        return toLong(o);
    }

    static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.getBytes();
        }
        if (o instanceof String) {
            throw PyErrors.typeError("a bytes-like object is required, not 'str'");
        }
        return PosixModule.bytesLike(o, "write");
    }

    static Object call(Object self, String name, Object... args) {
        return PyOps.callMethod(self, name, args);
    }

    // ------------------------------------------------------------------ type helpers

    static PyType newType(PythonContext ctx, String name, PyType... bases) {
        PyType t = new PyType(ctx.types().type, name, bases, new PyDict(ctx.types().dict), false, PyType.Layout.OBJECT, true);
        t.computeMro(ctx.types().object);
        t.getDict().setStr("__module__", "_io");
        return t;
    }

    /** Property {@code name} of {@code t}, read by {@code getter} (over the bound self, its argument 0). */
    static void prop(PythonContext ctx, PyType t, String name, Fns.Impl getter) {
        Object fget = Fns.fn(ctx, t.getName() + "." + name, false, "self", getter);
        t.getDict().setStr(name, PyOps.callPositional(ctx.types().exception("BaseException") == null ? null : builtin(ctx, "property"), fget));
    }

    static Object builtin(PythonContext ctx, String name) {
        return ctx.getBuiltins().getDict().getStr(name);
    }

    /** The functions of {@link #create}, each made at its first call ({@link Fns.Lazy}). */
    private static final class CreateFunctions implements Fns.Table {
        private final PythonContext ctx;

        CreateFunctions(PythonContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    long n = size(a[1]);
                    if (n < 0) {
                        return call(a[0], "readall");
                    }
                    // CPython's _io._RawIOBase.read: readinto a bytearray of the size asked for
                    PyBytes b = new PyBytes(ctx.types().bytearray, new byte[(int) Math.min(n, Integer.MAX_VALUE - 16)]);
                    Object r = call(a[0], "readinto", b);
                    if (r == PyNone.NONE) {
                        return PyNone.NONE;
                    }
                    long got = Fns.toLong(r);
                    byte[] data = b.getBytes();
                    if (got < 0 || got > data.length) {
                        throw PyErrors.valueError("readinto returned " + got + " outside buffer size " + n);
                    }
                    return PyBytes.of(java.util.Arrays.copyOf(data, (int) got));
                }; // rawbase.read
                case 1 -> a -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    while (true) {
                        Object r = call(a[0], "read", (long) DEFAULT_BUFFER_SIZE);
                        if (r == PyNone.NONE) {
                            return out.size() == 0 ? PyNone.NONE : PyBytes.of(out.toByteArray());
                        }
                        byte[] b = bytesOf(r);
                        if (b.length == 0) {
                            return PyBytes.of(out.toByteArray());
                        }
                        out.write(b, 0, b.length);
                    }
                }; // rawbase.readall
                case 2 -> a -> {
                    throw unsupported("detach");
                }; // bufbase.detach
                case 3 -> a -> {
                    throw unsupported("read");
                }; // bufbase.read
                case 4 -> a -> {
                    throw unsupported("read1");
                }; // bufbase.read1
                case 5 -> a -> {
                    throw unsupported("detach");
                }; // textbase.detach
                case 6 -> a -> {
                    throw unsupported("read");
                }; // textbase.read
                case 7 -> a -> {
                    throw unsupported("readline");
                }; // textbase.readline
                case 8 -> a -> {
                    throw unsupported("write");
                }; // textbase.write
                case 9 -> a -> a[0] == PyNone.NONE ? "locale" : a[0]; // ns.text_encoding
                case 10 -> a -> readintoVia(a[1], "readinto", n -> call(a[0], "read", (long) n), true); // bufbase.readinto
                case 11 -> a -> readintoVia(a[1], "readinto1", n -> call(a[0], "read1", (long) n), true); // bufbase.readinto1
                case 12 -> a -> {
                    throw PyErrors.raise(ctx.types().exception("NotImplementedError"));
                }; // rawbase.readinto
                case 13 -> a -> {
                    throw unsupported("write");
                }; // bufbase.write
                default -> throw new IllegalArgumentException("CreateFunctions " + op);
            };
        }
    }

    /** The functions of {@link #defIOBase}, each made at its first call ({@link Fns.Lazy}). */
    private static final class IOBaseFunctions implements Fns.Table {
        private final PythonContext ctx;
        private final PyType t;

        IOBaseFunctions(PythonContext ctx, PyType t) {
            this.ctx = ctx;
            this.t = t;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    checkClosed(a[0]);
                    return a[0];
                }; // t.__enter__
                case 1 -> a -> call(a[0], "close"); // t.__exit__
                case 2 -> a -> {
                    checkClosed(a[0]);
                    return a[0];
                }; // t.__iter__
                case 3 -> a -> {
                    Object line = call(a[0], "readline");
                    if (PyOps.len(line) == 0) {
                        throw PyErrors.stopIteration(PyNone.NONE);
                    }
                    return line;
                }; // t.__next__
                case 4 -> a -> org.auditpy.builtins.StdBuffers.linesOf(a[0], size(a[1])); // t.readlines
                case 5 -> a -> {
                    checkClosed(a[0]);
                    org.auditpy.builtins.StdBuffers.writeEach(a[0], a[1]);
                    return null;
                }; // t.writelines
                case 6 -> a -> {
                    long limit = size(a[1]);
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    while (limit < 0 || out.size() < limit) {
                        byte[] b = bytesOf(call(a[0], "read", 1L));
                        if (b.length == 0) {
                            break;
                        }
                        out.write(b[0]);
                        if (b[0] == '\n') {
                            break;
                        }
                    }
                    return PyBytes.of(out.toByteArray());
                }; // t.readline
                case 7 -> a -> {
                    PythonObject o = (PythonObject) a[0];
                    if (o.getAttributeOrNull("\0closed") == null) {
                        try {
                            call(a[0], "flush");
                        } finally {
                            o.setAttribute("\0closed", true);
                        }
                    }
                    return null;
                }; // t.close
                case 8 -> a -> {
                    // _io__IOBase_flush_impl: ValueError once _IOBase.close has run (iobase_is_closed), whatever the
                    // closed property says (a closed StringIO's flush() is None)
                    if (a[0] instanceof PythonObject o && o.getAttributeOrNull("\0closed") != null) {
                        throw PyErrors.valueError("I/O operation on closed file.");
                    }
                    return null;
                }; // t.flush
                case 9 -> a -> false; // t.readable
                case 10 -> a -> false; // t.writable
                case 11 -> a -> false; // t.seekable
                case 12 -> a -> {
                    checkClosed(a[0]);
                    return false;
                }; // t.isatty
                case 13 -> a -> {
                    throw unsupported("fileno");
                }; // t.fileno
                case 14 -> a -> {
                    throw unsupported("seek");
                }; // t.seek
                case 15 -> a -> call(a[0], "seek", 0L, 1L); // t.tell
                case 16 -> a -> {
                    throw unsupported("truncate");
                }; // t.truncate
                case 17 -> a -> {
                    checkClosed(a[0]);
                    return null;
                }; // t._checkClosed
                case 18 -> a -> {
                    if (!PyOps.isTrue(call(a[0], "readable"))) {
                        throw unsupported("File or stream is not readable.");
                    }
                    return null;
                }; // t._checkReadable
                case 19 -> a -> {
                    if (!PyOps.isTrue(call(a[0], "writable"))) {
                        throw unsupported("File or stream is not writable.");
                    }
                    return null;
                }; // t._checkWritable
                case 20 -> a -> {
                    if (!PyOps.isTrue(call(a[0], "seekable"))) {
                        throw unsupported("File or stream is not seekable.");
                    }
                    return null;
                }; // t._checkSeekable
                default -> throw new IllegalArgumentException("IOBaseFunctions " + op);
            };
        }
    }

    /** The functions of {@link #defFileIO}, each made at its first call ({@link Fns.Lazy}). */
    private static final class FileIOFunctions implements Fns.Table {
        private final PythonContext ctx;
        private final PyType t;

        FileIOFunctions(PythonContext ctx, PyType t) {
            this.ctx = ctx;
            this.t = t;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    fileInit(a[0], a[1], a[2], a[3], a[4]);
                    return null;
                }; // t.__init__
                case 1 -> a -> {
                    long n = size(a[1]);
                    FileState s = open(a[0], FileState.class, "FileIO");
                    if (!s.readable) {
                        throw unsupported("File not open for reading");
                    }
                    if (n < 0) {
                        return PyBytes.of(PosixModule.readAllFd(s.fd));
                    }
                    return PyBytes.of(PosixModule.readFd(s.fd, (int) Math.min(n, Integer.MAX_VALUE - 16)));
                }; // t.read
                case 2 -> a -> {
                    FileState s = open(a[0], FileState.class, "FileIO");
                    return PyBytes.of(PosixModule.readAllFd(s.fd));
                }; // t.readall
                case 3 -> a -> {
                    byte[] b = bytesOf(a[1]);
                    FileState s = open(a[0], FileState.class, "FileIO");
                    if (!s.writable) {
                        throw unsupported("File not open for writing");
                    }
                    return PosixModule.writeFd(s.fd, b);
                }; // t.write
                case 4 -> a -> {
                    FileState s = open(a[0], FileState.class, "FileIO");
                    if (a[1] instanceof Double) {
                        throw PyErrors.typeError("an integer is required");
                    }
                    return PosixModule.lseek(s.fd, toLong(a[1]), absent(a[2]) ? 0 : toInt(a[2]));
                }; // t.seek
                case 5 -> a -> {
                    FileState s = open(a[0], FileState.class, "FileIO");
                    return PosixModule.lseek(s.fd, 0, 1);
                }; // t.tell
                case 6 -> a -> {
                    FileState s = open(a[0], FileState.class, "FileIO");
                    if (!s.writable) {
                        throw unsupported("File not open for writing");
                    }
                    long n = absentOrNone(a[1]) ? PosixModule.lseek(s.fd, 0, 1) : toLong(a[1]);
                    PosixModule.truncateFd(s.fd, n);
                    return n;
                }; // t.truncate
                case 7 -> a -> {
                    FileState s = st(a[0], FileState.class, "FileIO");
                    if (!s.closed) {
                        // as _io_FileIO_close_impl's call of _RawIOBase.close: later flush() calls fail
                        ((PythonObject) a[0]).setAttribute("\0closed", true);
                        s.closed = true;
                        if (s.closefd && s.fd >= 0) {
                            PosixModule.closeFd(s.fd);
                        }
                    }
                    return null;
                }; // t.close
                case 8 -> a -> {
                    open(a[0], FileState.class, "FileIO");
                    return null;
                }; // t.flush
                case 9 -> a -> (long) open(a[0], FileState.class, "FileIO").fd; // t.fileno
                case 10 -> a -> open(a[0], FileState.class, "FileIO").readable; // t.readable
                case 11 -> a -> open(a[0], FileState.class, "FileIO").writable; // t.writable
                case 12 -> a -> {
                    FileState s = open(a[0], FileState.class, "FileIO");
                    PosixModule.Fd f = PosixModule.state().fds.get(s.fd);
                    return f != null && !(f.other instanceof SubprocessModule.Pipe);
                }; // t.seekable
                case 13 -> a -> {
                    FileState s = open(a[0], FileState.class, "FileIO");
                    return PyOps.callPositional(isattyFn(ctx), (long) s.fd);
                }; // t.isatty
                case 14 -> a -> {
                    FileState s = st(a[0], FileState.class, "FileIO");
                    if (s.closed) {
                        return "<_io.FileIO [closed]>";
                    }
                    Object name = ((PythonObject) a[0]).getAttributeOrNull("name");
                    return "<_io.FileIO " + (name == null ? "fd=" + s.fd : "name=" + PyOps.repr(name)) + " mode='" + fileMode(s) + "' closefd="
                                    + (s.closefd ? "True" : "False") + ">";
                }; // t.__repr__
                case 15 -> a -> {
                    Object o = a[0];
                    return st(o, FileState.class, "FileIO").closed;
                }; // t.closed
                case 16 -> a -> {
                    Object o = a[0];
                    return st(o, FileState.class, "FileIO").closefd;
                }; // t.closefd
                case 17 -> a -> {
                    Object o = a[0];
                    return fileMode(st(o, FileState.class, "FileIO"));
                }; // t.mode
                case 18 -> a -> readintoVia(a[1], "readinto", n -> {
                    FileState s = st(a[0], FileState.class, "FileIO");
                    if (s.closed) {
                        throw PyErrors.valueError("I/O operation on closed file");
                    }
                    if (!s.readable) {
                        throw unsupported("File not open for reading");
                    }
                    return PyBytes.of(PosixModule.readFd(s.fd, n));
                }, false); // t.readinto
                default -> throw new IllegalArgumentException("FileIOFunctions " + op);
            };
        }
    }

    /** The functions of {@link #defBuffered}, each made at its first call ({@link Fns.Lazy}). */
    private static final class BufferedFunctions implements Fns.Table {
        private final PythonContext ctx;
        private final PyType t;
        private final boolean readable;
        private final boolean writable;
        private final String tn;

        BufferedFunctions(PythonContext ctx, PyType t, boolean readable, boolean writable) {
            this.ctx = ctx;
            this.t = t;
            this.readable = readable;
            this.writable = writable;
            this.tn = t.getName();
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    BufState s = new BufState();
                    s.raw = a[1];
                    s.readable = readable;
                    s.writable = writable;
                    if (!absent(a[2]) && toLong(a[2]) <= 0) {
                        throw PyErrors.valueError("buffer size must be strictly positive");
                    }
                    if (readable && !PyOps.isTrue(call(a[1], "readable"))) {
                        throw unsupported("File or stream is not readable.");
                    }
                    if (writable && !PyOps.isTrue(call(a[1], "writable"))) {
                        throw unsupported("File or stream is not writable.");
                    }
                    ((PythonObject) a[0]).setAttribute(KEY, s);
                    return null;
                }; // t.__init__
                case 1 -> a -> {
                    long n = size(a[1]);
                    binit(a[0], tn);
                    if (n < -1) {
                        throw PyErrors.valueError("read length must be non-negative or -1");
                    }
                    BufState s = bopen(a[0], tn, "read of closed file");
                    return PyBytes.of(bread(s, n));
                }; // t.read
                case 2 -> a -> {
                    long n = absent(a[1]) ? -1 : toLong(a[1]);
                    BufState s = bopen(a[0], tn, "read of closed file");
                    if (n == 0) {
                        return PyBytes.of(new byte[0]);
                    }
                    if (s.rpos < s.rbuf.length) {
                        int avail = s.rbuf.length - s.rpos;
                        int k = n < 0 ? avail : (int) Math.min(n, avail);
                        byte[] r = Arrays.copyOfRange(s.rbuf, s.rpos, s.rpos + k);
                        s.rpos += k;
                        return PyBytes.of(r);
                    }
                    Object r = call(s.raw, "read", n < 0 ? (long) DEFAULT_BUFFER_SIZE : n);
                    return r == PyNone.NONE ? PyBytes.of(new byte[0]) : r;
                }; // t.read1
                case 3 -> a -> {
                    if (!absent(a[1])) {
                        toLong(a[1]);
                    }
                    BufState s = bopen(a[0], tn, "peek of closed file");
                    if (s.rpos >= s.rbuf.length) {
                        fillRaw(s);
                    }
                    return PyBytes.of(Arrays.copyOfRange(s.rbuf, s.rpos, s.rbuf.length));
                }; // t.peek
                case 4 -> a -> {
                    long limit = size(a[1]);
                    BufState s = bopen(a[0], tn, "readline of closed file");
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    while (limit < 0 || out.size() < limit) {
                        if (s.rpos >= s.rbuf.length && !fillRaw(s)) {
                            break;
                        }
                        int i = s.rpos;
                        int end = s.rbuf.length;
                        if (limit >= 0) {
                            end = (int) Math.min(end, s.rpos + (limit - out.size()));
                        }
                        boolean nl = false;
                        while (i < end) {
                            if (s.rbuf[i++] == '\n') {
                                nl = true;
                                break;
                            }
                        }
                        out.write(s.rbuf, s.rpos, i - s.rpos);
                        s.rpos = i;
                        if (nl) {
                            break;
                        }
                    }
                    return PyBytes.of(out.toByteArray());
                }; // t.readline
                case 5 -> a -> {
                    byte[] b = bytesOf(a[1]);
                    BufState s = binit(a[0], tn);
                    // BufferedWriter.write: IS_CLOSED, whatever was read ahead
                    if (isClosed(s.raw)) {
                        throw PyErrors.valueError("write to closed file");
                    }
                    dropReadBuffer(s);
                    Object r = call(s.raw, "write", PyBytes.of(b));
                    return (long) b.length;
                }; // t.write
                case 6 -> a -> {
                    long whence = absent(a[2]) ? 0 : toInt(a[2]);
                    binit(a[0], tn);
                    if (whence < 0 || whence > 2) {
                        throw PyErrors.valueError("whence value " + whence + " unsupported");
                    }
                    BufState s = bopen(a[0], tn, "seek of closed file");
                    if (!PyOps.isTrue(call(s.raw, "seekable"))) {
                        throw unsupported("File or stream is not seekable.");
                    }
                    long target = toLong(a[1]);
                    if (whence == 1) {
                        target -= s.rbuf.length - s.rpos;
                    }
                    s.rbuf = new byte[0];
                    s.rpos = 0;
                    return call(s.raw, "seek", target, whence);
                }; // t.seek
                case 7 -> a -> {
                    BufState s = binit(a[0], tn);
                    long p = toLong(call(s.raw, "tell"));
                    return Math.max(0, p - (s.rbuf.length - s.rpos));
                }; // t.tell
                case 8 -> a -> {
                    BufState s = bopen(a[0], tn, "truncate of closed file");
                    if (!s.writable) {
                        throw unsupported("truncate");
                    }
                    dropReadBuffer(s);
                    return call(s.raw, "truncate", absent(a[1]) ? PyNone.NONE : a[1]);
                }; // t.truncate
                case 9 -> a -> {
                    if (!writable) {
                        // BufferedReader's is buffered_simple_flush: the raw stream's flush, closed or not
                        return call(binit(a[0], tn).raw, "flush");
                    }
                    BufState s = bopen(a[0], tn, "flush of closed file");
                    call(s.raw, "flush");
                    return null;
                }; // t.flush
                case 10 -> a -> {
                    BufState s = binit(a[0], tn);
                    if (!isClosed(s.raw)) {
                        try {
                            call(a[0], "flush");
                        } finally {
                            s.rbuf = new byte[0];
                            s.rpos = 0;
                            call(s.raw, "close");
                        }
                    }
                    return null;
                }; // t.close
                case 11 -> a -> {
                    BufState s = binit(a[0], tn);
                    call(a[0], "flush");
                    Object raw = s.raw;
                    s.closed = true;
                    return raw;
                }; // t.detach
                case 12 -> a -> call(binit(a[0], tn).raw, "fileno"); // t.fileno
                case 13 -> a -> call(binit(a[0], tn).raw, "isatty"); // t.isatty
                case 14 -> a -> call(binit(a[0], tn).raw, "readable"); // t.readable
                case 15 -> a -> call(binit(a[0], tn).raw, "writable"); // t.writable
                case 16 -> a -> call(binit(a[0], tn).raw, "seekable"); // t.seekable
                case 17 -> a -> {
                    BufState s = st(a[0], BufState.class, tn);
                    // buffered_repr: no name once detached (its ValueError is ignored)
                    Object name = s.closed ? null : PyOps.getAttributeOrNull(s.raw, "name");
                    return "<_io." + tn + (name == null ? "" : " name=" + PyOps.repr(name)) + ">";
                }; // t.__repr__
                case 18 -> a -> {
                    BufState s = st(a[0], BufState.class, tn);
                    return s.closed ? PyNone.NONE : s.raw;
                }; // t.raw
                case 19 -> a -> PyOps.getAttribute(binit(a[0], tn).raw, "closed"); // t.closed
                case 20 -> a -> PyOps.getAttribute(binit(a[0], tn).raw, "name"); // t.name
                case 21 -> a -> PyOps.getAttribute(binit(a[0], tn).raw, "mode"); // t.mode
                case 22 -> a -> readintoVia(a[1], "readinto", n -> {
                    bopen(a[0], tn, "readinto of closed file");
                    return impl(1).call(new Object[]{a[0], (long) n});
                }, false); // t.readinto
                case 23 -> a -> readintoVia(a[1], "readinto1", n -> {
                    bopen(a[0], tn, "readinto of closed file");
                    return impl(2).call(new Object[]{a[0], (long) n});
                }, false); // t.readinto1
                default -> throw new IllegalArgumentException("BufferedFunctions " + op);
            };
        }
    }

    /** The functions of {@link #defText}, each made at its first call ({@link Fns.Lazy}). */
    private static final class TextFunctions implements Fns.Table {
        private final PythonContext ctx;
        private final PyType t;

        TextFunctions(PythonContext ctx, PyType t) {
            this.ctx = ctx;
            this.t = t;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    TextState s = new TextState();
                    s.buffer = a[1];
                    Object enc = or(a[2], PyNone.NONE);
                    if (enc == PyNone.NONE || "locale".equals(enc)) {
                        s.encoding = "UTF-8";
                    } else if (enc instanceof String es) {
                        if (Codecs.normalize(es) == null) {
                            throw PyErrors.raise("LookupError", "unknown encoding: " + es);
                        }
                        s.encoding = es;
                    } else {
                        throw PyErrors.typeError("TextIOWrapper() argument 'encoding' must be str or None, not " + PyOps.typeName(enc));
                    }
                    Object err = or(a[3], PyNone.NONE);
                    s.errors = err == PyNone.NONE ? "strict" : (String) err;
                    Object nl = or(a[4], PyNone.NONE);
                    if (nl != PyNone.NONE) {
                        if (!(nl instanceof String ns)) {
                            throw PyErrors.typeError("TextIOWrapper() argument 'newline' must be str or None, not " + PyOps.typeName(nl));
                        }
                        if (!(ns.isEmpty() || ns.equals("\n") || ns.equals("\r") || ns.equals("\r\n"))) {
                            throw PyErrors.valueError("illegal newline value: " + ns);
                        }
                    }
                    s.newline = nl;
                    s.lineBuffering = !absent(a[5]) && PyOps.isTrue(a[5]);
                    s.writeThrough = !absent(a[6]) && PyOps.isTrue(a[6]);
                    String norm = Codecs.normalize(s.encoding);
                    if (Codecs.writesByteOrderMark(norm)) {
                        s.markedCodec = norm;
                        // CPython's _textiowrapper_fix_encoder_state: a seekable stream not at its start gets no mark
                        s.markWritten = PyOps.isTrue(call(s.buffer, "writable")) && PyOps.isTrue(call(s.buffer, "seekable"))
                                        && toLong(call(s.buffer, "tell")) != 0;
                    }
                    ((PythonObject) a[0]).setAttribute(KEY, s);
                    return null;
                }; // t.__init__
                case 1 -> a -> {
                    long n = size(a[1]);
                    TextState s = topen(a[0]);
                    if (!PyOps.isTrue(call(s.buffer, "readable"))) {
                        throw unsupported("not readable");
                    }
                    return textRead(s, n);
                }; // t.read
                case 2 -> a -> {
                    // _io_TextIOWrapper_readline_impl's size is a plain Py_ssize_t (None is a TypeError)
                    long n = absent(a[1]) ? -1 : toLong(a[1]);
                    TextState s = topen(a[0]);
                    checkTextReadable(s);
                    return textReadline(s, n);
                }; // t.readline
                case 3 -> a -> {
                    TextState s = topen(a[0]);
                    checkTextReadable(s);
                    String line = textReadline(s, -1);
                    if (line.isEmpty()) {
                        throw PyErrors.stopIteration(PyNone.NONE);
                    }
                    return line;
                }; // t.__next__
                case 4 -> a -> {
                    if (!(a[1] instanceof String str)) {
                        throw PyErrors.typeError("write() argument must be str, not " + PyOps.typeName(a[1]));
                    }
                    TextState s = topen(a[0]);
                    if (!PyOps.isTrue(call(s.buffer, "writable"))) {
                        throw unsupported("not writable");
                    }
                    textResetRead(s);
                    String out = str;
                    if (s.newline instanceof String nl && (nl.equals("\r") || nl.equals("\r\n"))) {
                        out = out.replace("\n", nl);
                    }
                    String enc = s.encoding;
                    if (s.markedCodec != null) {
                        enc = s.markWritten ? Codecs.withoutByteOrderMark(s.markedCodec) : enc;
                        s.markWritten = s.markWritten || !out.isEmpty();
                    }
                    call(s.buffer, "write", PyBytes.of(Codecs.encode(out, enc, s.errors)));
                    if (s.lineBuffering && (str.indexOf('\n') >= 0 || str.indexOf('\r') >= 0)) {
                        call(s.buffer, "flush");
                    }
                    return (long) str.codePointCount(0, str.length());
                }; // t.write
                case 5 -> a -> {
                    TextState s = topen(a[0]);
                    if (!PyOps.isTrue(call(s.buffer, "seekable"))) {
                        throw unsupported("underlying stream is not seekable");
                    }
                    call(s.buffer, "flush");
                    return textTell(s);
                }; // t.tell
                case 6 -> a -> {
                    TextState s = topen(a[0]);
                    long whence = absent(a[2]) ? 0 : toLong(a[2]);
                    long cookie = toLong(a[1]);
                    if (!PyOps.isTrue(call(s.buffer, "seekable"))) {
                        throw unsupported("underlying stream is not seekable");
                    }
                    if (whence == 1 && cookie != 0) {
                        throw unsupported("can't do nonzero cur-relative seeks");
                    }
                    if (whence == 2 && cookie != 0) {
                        throw unsupported("can't do nonzero end-relative seeks");
                    }
                    if (whence == 0 && cookie < 0) {
                        throw PyErrors.valueError("negative seek position " + cookie);
                    }
                    if (whence < 0 || whence > 2) {
                        throw PyErrors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
                    }
                    call(s.buffer, "flush");
                    if (whence == 1) {
                        return textTell(s);
                    }
                    s.text.setLength(0);
                    s.pendingBytes = new byte[0];
                    s.eof = false;
                    Object position = call(s.buffer, "seek", cookie, whence);
                    if (s.markedCodec != null) {
                        // at the start of the stream the encoder and decoder begin again (mark and all); elsewhere
                        // the encoder writes none (CPython's _textiowrapper_encoder_reset)
                        boolean start = toLong(position) == 0;
                        s.markWritten = !start;
                        if (start) {
                            s.decodeAs = null;
                        }
                    }
                    return position;
                }; // t.seek
                case 7 -> a -> {
                    TextState s = topen(a[0]);
                    call(s.buffer, "flush");
                    Object pos = absentOrNone(a[1]) ? textTell(s) : a[1];
                    textResetRead(s);
                    return call(s.buffer, "truncate", pos);
                }; // t.truncate
                case 8 -> a -> {
                    TextState s = topen(a[0]);
                    return call(s.buffer, "flush");
                }; // t.flush
                case 9 -> a -> {
                    // _io_TextIOWrapper_close_impl: self.flush() (the wrapper's, which flushes the buffer), then
                    // buffer.close(); nothing once closed, ValueError once detached
                    TextState s = tattached(a[0]);
                    if (!isClosed(s.buffer)) {
                        try {
                            call(a[0], "flush");
                        } finally {
                            call(s.buffer, "close");
                        }
                    }
                    return null;
                }; // t.close
                case 10 -> a -> {
                    TextState s = topen(a[0]);
                    call(s.buffer, "flush");
                    Object b = s.buffer;
                    s.buffer = null;
                    return b;
                }; // t.detach
                // CHECK_ATTACHED only: the buffer answers, closed or not (its own error, or False)
                case 11 -> a -> call(tattached(a[0]).buffer, "fileno"); // t.fileno
                case 12 -> a -> call(tattached(a[0]).buffer, "isatty"); // t.isatty
                case 13 -> a -> call(tattached(a[0]).buffer, "readable"); // t.readable
                case 14 -> a -> call(tattached(a[0]).buffer, "writable"); // t.writable
                case 15 -> a -> call(tattached(a[0]).buffer, "seekable"); // t.seekable
                case 16 -> a -> {
                    TextState s = topen(a[0]);
                    if (!absentOrNone(a[1])) {
                        s.encoding = (String) a[1];
                    }
                    if (!absentOrNone(a[2])) {
                        s.errors = (String) a[2];
                    }
                    if (!absent(a[3])) {
                        s.newline = a[3];
                    }
                    if (!absentOrNone(a[4])) {
                        s.lineBuffering = PyOps.isTrue(a[4]);
                    }
                    return null;
                }; // t.reconfigure
                case 17 -> a -> {
                    TextState s = st(a[0], TextState.class, "TextIOWrapper");
                    StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
                    Object name = PyOps.getAttributeOrNull(a[0], "name");
                    if (name != null) {
                        sb.append(" name=").append(PyOps.repr(name));
                    }
                    Object mode = ((PythonObject) a[0]).getAttributeOrNull("mode");
                    if (mode != null) {
                        sb.append(" mode=").append(PyOps.repr(mode));
                    }
                    return sb.append(" encoding=").append(PyOps.repr(s.encoding)).append('>').toString();
                }; // t.__repr__
                case 18 -> a -> {
                    Object o = a[0];
                    return st(o, TextState.class, "TextIOWrapper").encoding;
                }; // t.encoding
                case 19 -> a -> {
                    Object o = a[0];
                    return st(o, TextState.class, "TextIOWrapper").errors;
                }; // t.errors
                case 20 -> a -> {
                    Object o = a[0];
                    return st(o, TextState.class, "TextIOWrapper").lineBuffering;
                }; // t.line_buffering
                case 21 -> a -> {
                    Object o = a[0];
                    return st(o, TextState.class, "TextIOWrapper").writeThrough;
                }; // t.write_through
                case 22 -> a -> {
                    Object o = a[0];
                    return st(o, TextState.class, "TextIOWrapper").buffer;
                }; // t.buffer
                case 23 -> a -> {
                    Object o = a[0];
                    return PyNone.NONE;
                }; // t.newlines
                case 24 -> a -> PyOps.getAttribute(tattached(a[0]).buffer, "closed"); // t.closed
                case 25 -> a -> PyOps.getAttribute(tattached(a[0]).buffer, "name"); // t.name
                default -> throw new IllegalArgumentException("TextFunctions " + op);
            };
        }
    }

    /** The functions of {@link #defStringIO}, each made at its first call ({@link Fns.Lazy}). */
    private static final class StringIOFunctions implements Fns.Table {
        private final PythonContext ctx;
        private final PyType t;

        StringIOFunctions(PythonContext ctx, PyType t) {
            this.ctx = ctx;
            this.t = t;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    StringState s = new StringState();
                    Object iv = or(a[1], "");
                    if (iv != PyNone.NONE) {
                        if (!(iv instanceof String str)) {
                            throw PyErrors.typeError("initial_value must be str or None, not " + PyOps.typeName(iv));
                        }
                        Object nl = or(a[2], "\n");
                        if (nl == PyNone.NONE) {
                            str = str.replace("\r\n", "\n").replace('\r', '\n');
                        }
                        s.buf.append(str);
                    }
                    ((PythonObject) a[0]).setAttribute(KEY, s);
                    return null;
                }; // t.__init__
                case 1 -> a -> open(a[0], StringState.class, "StringIO").buf.toString(); // t.getvalue
                case 2 -> a -> {
                    StringState s = open(a[0], StringState.class, "StringIO");
                    if (!(a[1] instanceof String str)) {
                        throw PyErrors.typeError("string argument expected, got '" + PyOps.typeName(a[1]) + "'");
                    }
                    while (s.buf.length() < s.pos) {
                        s.buf.append('\0');
                    }
                    int end = Math.min(s.buf.length(), s.pos + str.length());
                    s.buf.replace(s.pos, end, str);
                    s.pos += str.length();
                    return (long) str.codePointCount(0, str.length());
                }; // t.write
                case 3 -> a -> {
                    StringState s = open(a[0], StringState.class, "StringIO");
                    long n = size(a[1]);
                    int start = Math.min(s.pos, s.buf.length());
                    int end = n < 0 ? s.buf.length() : (int) Math.min(s.buf.length(), start + n);
                    s.pos = Math.max(s.pos, end);
                    return s.buf.substring(start, end);
                }; // t.read
                case 4 -> a -> {
                    StringState s = open(a[0], StringState.class, "StringIO");
                    long n = size(a[1]);
                    int start = Math.min(s.pos, s.buf.length());
                    int i = s.buf.indexOf("\n", start);
                    int end = i < 0 ? s.buf.length() : i + 1;
                    if (n >= 0) {
                        end = (int) Math.min(end, start + n);
                    }
                    s.pos = Math.max(s.pos, end);
                    return s.buf.substring(start, end);
                }; // t.readline
                case 5 -> a -> {
                    StringState s = open(a[0], StringState.class, "StringIO");
                    int start = Math.min(s.pos, s.buf.length());
                    int i = s.buf.indexOf("\n", start);
                    int end = i < 0 ? s.buf.length() : i + 1;
                    s.pos = Math.max(s.pos, end);
                    if (end == start) {
                        throw PyErrors.stopIteration(PyNone.NONE);
                    }
                    return s.buf.substring(start, end);
                }; // t.__next__
                case 6 -> a -> {
                    StringState s = open(a[0], StringState.class, "StringIO");
                    long pos = toLong(a[1]);
                    long whence = absent(a[2]) ? 0 : toLong(a[2]);
                    if (whence < 0 || whence > 2) {
                        throw PyErrors.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
                    }
                    if (pos < 0 && whence == 0) {
                        throw PyErrors.valueError("Negative seek position " + pos);
                    }
                    if (whence != 0 && pos != 0) {
                        throw PyErrors.raise(unsupported, "Can't do nonzero cur-relative seeks");
                    }
                    s.pos = whence == 0 ? (int) pos : whence == 2 ? s.buf.length() : s.pos;
                    return (long) s.pos;
                }; // t.seek
                case 7 -> a -> (long) open(a[0], StringState.class, "StringIO").pos; // t.tell
                case 8 -> a -> {
                    StringState s = open(a[0], StringState.class, "StringIO");
                    long n = absentOrNone(a[1]) ? s.pos : toLong(a[1]);
                    if (n < 0) {
                        throw PyErrors.valueError("Negative size value " + n);
                    }
                    if (n < s.buf.length()) {
                        s.buf.setLength((int) n);
                    }
                    return n;
                }; // t.truncate
                case 9 -> a -> {
                    st(a[0], StringState.class, "StringIO").closed = true;
                    return null;
                }; // t.close
                case 10 -> a -> {
                    Object o = a[0];
                    return st(o, StringState.class, "StringIO").closed;
                }; // t.closed
                case 11 -> a -> {
                    Object o = a[0];
                    return false;
                }; // t.line_buffering
                case 12 -> a -> {
                    Object o = a[0];
                    return PyNone.NONE;
                }; // t.newlines
                default -> throw new IllegalArgumentException("StringIOFunctions " + op);
            };
        }
    }

    /** The functions of {@link #defBytesIO}, each made at its first call ({@link Fns.Lazy}). */
    private static final class BytesIOFunctions implements Fns.Table {
        private final PythonContext ctx;
        private final PyType t;

        BytesIOFunctions(PythonContext ctx, PyType t) {
            this.ctx = ctx;
            this.t = t;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    BytesState s = new BytesState();
                    if (!absentOrNone(a[1])) {
                        bwrite(s, bytesOf(a[1]));
                        s.pos = 0;
                    }
                    ((PythonObject) a[0]).setAttribute(KEY, s);
                    return null;
                }; // t.__init__
                case 1 -> a -> {
                    BytesState s = open(a[0], BytesState.class, "BytesIO");
                    return PyBytes.of(Arrays.copyOf(s.buf, s.size));
                }; // t.getvalue
                case 2 -> a -> {
                    BytesState s = open(a[0], BytesState.class, "BytesIO");
                    return PyBytes.of(Arrays.copyOf(s.buf, s.size));
                }; // t.getbuffer
                case 3 -> a -> {
                    BytesState s = open(a[0], BytesState.class, "BytesIO");
                    byte[] b = bytesOf(a[1]);
                    bwrite(s, b);
                    return (long) b.length;
                }; // t.write
                case 4 -> a -> {
                    BytesState s = open(a[0], BytesState.class, "BytesIO");
                    long n = size(a[1]);
                    int start = Math.min(s.pos, s.size);
                    int end = start;
                    while (end < s.size && (n < 0 || end - start < n)) {
                        if (s.buf[end++] == '\n') {
                            break;
                        }
                    }
                    s.pos = Math.max(s.pos, end);
                    return PyBytes.of(Arrays.copyOfRange(s.buf, start, end));
                }; // t.readline
                case 5 -> a -> {
                    BytesState s = open(a[0], BytesState.class, "BytesIO");
                    long pos = toLong(a[1]);
                    long whence = absent(a[2]) ? 0 : toLong(a[2]);
                    if (whence < 0 || whence > 2) {
                        throw PyErrors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
                    }
                    if (pos < 0 && whence == 0) {
                        throw PyErrors.valueError("negative seek value " + pos);
                    }
                    long np = whence == 0 ? pos : whence == 1 ? s.pos + pos : s.size + pos;
                    s.pos = (int) Math.max(0, np);
                    return (long) s.pos;
                }; // t.seek
                case 6 -> a -> (long) open(a[0], BytesState.class, "BytesIO").pos; // t.tell
                case 7 -> a -> {
                    BytesState s = open(a[0], BytesState.class, "BytesIO");
                    long n = absentOrNone(a[1]) ? s.pos : toLong(a[1]);
                    if (n < 0) {
                        throw PyErrors.valueError("negative size value " + n);
                    }
                    if (n < s.size) {
                        s.size = (int) n;
                    }
                    return n;
                }; // t.truncate
                case 8 -> a -> {
                    st(a[0], BytesState.class, "BytesIO").closed = true;
                    return null;
                }; // t.close
                case 9 -> a -> {
                    Object o = a[0];
                    return st(o, BytesState.class, "BytesIO").closed;
                }; // t.closed
                case 10 -> a -> readintoVia(a[1], "readinto", n -> {
                    BytesState s = open(a[0], BytesState.class, "BytesIO");
                    int start = Math.min(s.pos, s.size);
                    int end = (int) Math.min(s.size, (long) start + n);
                    s.pos = Math.max(s.pos, end);
                    return PyBytes.of(Arrays.copyOfRange(s.buf, start, end));
                }, false); // t.readinto
                default -> throw new IllegalArgumentException("BytesIOFunctions " + op);
            };
        }
    }

    // ------------------------------------------------------------------ module

    static PyModule create(PythonContext ctx) {
        CreateFunctions fns = new CreateFunctions(ctx);
        PyModule m = Fns.module(ctx, "_io");
        PyDict ns = m.getDict();
        ns.setStr("DEFAULT_BUFFER_SIZE", (long) DEFAULT_BUFFER_SIZE);
        PyDict udict = new PyDict(ctx.types().dict);
        udict.setStr("__module__", "io");
        udict.setStr("__doc__", PyNone.NONE);
        PyType oserr = ctx.types().exception("OSError");
        unsupported = new PyType(ctx.types().type, "UnsupportedOperation", new PyType[]{oserr, ctx.types().exception("ValueError")}, udict, true,
                        oserr.getLayout(), true);
        unsupported.computeMro(ctx.types().object);
        ns.setStr("UnsupportedOperation", unsupported);
        ns.setStr("BlockingIOError", ctx.types().exception("BlockingIOError"));

        PyType iobase = newType(ctx, "_IOBase", ctx.types().object);
        defIOBase(ctx, iobase);
        PyType rawbase = newType(ctx, "_RawIOBase", iobase);
        Fns.method(ctx, rawbase, "read", "self, size=, /", fns.lazy(0));
        Fns.method(ctx, rawbase, "readall", "self", fns.lazy(1));
        Fns.method(ctx, rawbase, "readinto", "self, *args", fns.lazy(12));
        Fns.method(ctx, rawbase, "write", "self, *args", fns.lazy(12));
        PyType bufbase = newType(ctx, "_BufferedIOBase", iobase);
        Fns.method(ctx, bufbase, "detach", "self", fns.lazy(2));
        Fns.method(ctx, bufbase, "read", "self, size=, /", fns.lazy(3));
        Fns.method(ctx, bufbase, "read1", "self, size=, /", fns.lazy(4));
        Fns.method(ctx, bufbase, "readinto", "self, buffer, /", fns.lazy(10));
        Fns.method(ctx, bufbase, "readinto1", "self, buffer, /", fns.lazy(11));
        Fns.method(ctx, bufbase, "write", "self, b, /", fns.lazy(13));
        PyType textbase = newType(ctx, "_TextIOBase", iobase);
        Fns.method(ctx, textbase, "detach", "self", fns.lazy(5));
        Fns.method(ctx, textbase, "read", "self, size=, /", fns.lazy(6));
        Fns.method(ctx, textbase, "readline", "self, size=, /", fns.lazy(7));
        Fns.method(ctx, textbase, "write", "self, s, /", fns.lazy(8));
        textbase.getDict().setStr("encoding", PyNone.NONE);
        textbase.getDict().setStr("newlines", PyNone.NONE);
        textbase.getDict().setStr("errors", PyNone.NONE);
        for (Object[] n : new Object[][]{{"_IOBase", iobase}, {"_RawIOBase", rawbase}, {"_BufferedIOBase", bufbase}, {"_TextIOBase", textbase}}) {
            ns.setStr((String) n[0], n[1]);
            ns.setStr(((String) n[0]).substring(1), n[1]);
        }

        PyType fileio = newType(ctx, "FileIO", rawbase);
        defFileIO(ctx, fileio);
        ns.setStr("FileIO", fileio);
        PyType br = newType(ctx, "BufferedReader", bufbase);
        PyType bw = newType(ctx, "BufferedWriter", bufbase);
        PyType brw = newType(ctx, "BufferedRandom", bufbase);
        defBuffered(ctx, br, true, false);
        defBuffered(ctx, bw, false, true);
        defBuffered(ctx, brw, true, true);
        ns.setStr("BufferedReader", br);
        ns.setStr("BufferedWriter", bw);
        ns.setStr("BufferedRandom", brw);
        PyType text = newType(ctx, "TextIOWrapper", textbase);
        defText(ctx, text);
        ns.setStr("TextIOWrapper", text);
        PyType sio = newType(ctx, "StringIO", textbase);
        defStringIO(ctx, sio);
        ns.setStr("StringIO", sio);
        PyType bio = newType(ctx, "BytesIO", bufbase);
        defBytesIO(ctx, bio);
        ns.setStr("BytesIO", bio);

        Fns.def(ctx, ns, "open", "file, mode=, buffering=, encoding=, errors=, newline=, closefd=, opener=",
                        a -> open(ctx, fileio, br, bw, brw, text, a));
        // as CPython's _io.open, io.open and builtins.open (one function)
        ((org.auditpy.runtime.PyBuiltinFunction) ns.getStr("open")).setModule("io");
        Fns.def(ctx, ns, "open_code", "path", a -> {
            if (!(a[0] instanceof String)) {
                throw PyErrors.typeError("open_code() argument 'path' must be str, not " + PyOps.typeName(a[0]));
            }
            return open(ctx, fileio, br, bw, brw, text, new Object[]{a[0], "rb", PyNone.NO_VALUE, PyNone.NO_VALUE, PyNone.NO_VALUE, PyNone.NO_VALUE,
                            PyNone.NO_VALUE, PyNone.NO_VALUE});
        });
        Fns.def(ctx, ns, "text_encoding", "encoding, stacklevel=, /", fns.lazy(9));
        return m;
    }

    static Object or(Object o, Object d) {
        return absent(o) ? d : o;
    }

    // ------------------------------------------------------------------ IOBase

    static boolean isClosed(Object self) {
        return PyOps.isTrue(PyOps.getAttribute(self, "closed"));
    }

    static void checkClosed(Object self) {
        if (isClosed(self)) {
            throw PyErrors.valueError("I/O operation on closed file.");
        }
    }

    static void defIOBase(PythonContext ctx, PyType t) {
        IOBaseFunctions fns = new IOBaseFunctions(ctx, t);
        Fns.method(ctx, t, "__enter__", "self", fns.lazy(0));
        Fns.method(ctx, t, "__exit__", "self, *args", fns.lazy(1));
        Fns.method(ctx, t, "__iter__", "self", fns.lazy(2));
        Fns.method(ctx, t, "__next__", "self", fns.lazy(3));
        Fns.method(ctx, t, "readlines", "self, hint=, /", fns.lazy(4));
        Fns.method(ctx, t, "writelines", "self, lines, /", fns.lazy(5));
        Fns.method(ctx, t, "readline", "self, size=, /", fns.lazy(6));
        Fns.method(ctx, t, "close", "self", fns.lazy(7));
        Fns.method(ctx, t, "flush", "self", fns.lazy(8));
        t.getDict().setStr("closed", PyOps.callPositional(builtin(ctx, "property"),
                        Fns.fn(ctx, "_IOBase.closed", false, "self", a -> ((PythonObject) a[0]).getAttributeOrNull("\0closed") != null)));
        Fns.method(ctx, t, "readable", "self", fns.lazy(9));
        Fns.method(ctx, t, "writable", "self", fns.lazy(10));
        Fns.method(ctx, t, "seekable", "self", fns.lazy(11));
        Fns.method(ctx, t, "isatty", "self", fns.lazy(12));
        Fns.method(ctx, t, "fileno", "self", fns.lazy(13));
        Fns.method(ctx, t, "seek", "self, *args", fns.lazy(14));
        Fns.method(ctx, t, "tell", "self", fns.lazy(15));
        Fns.method(ctx, t, "truncate", "self, *args", fns.lazy(16));
        Fns.method(ctx, t, "_checkClosed", "self, msg=", fns.lazy(17));
        Fns.method(ctx, t, "_checkReadable", "self, msg=", fns.lazy(18));
        Fns.method(ctx, t, "_checkWritable", "self, msg=", fns.lazy(19));
        Fns.method(ctx, t, "_checkSeekable", "self, msg=", fns.lazy(20));
    }

    // ------------------------------------------------------------------ FileIO

    static String fileMode(FileState s) {
        if (s.created) {
            return s.readable ? "xb+" : "xb";
        }
        if (s.appending) {
            return s.readable ? "ab+" : "ab";
        }
        if (s.readable) {
            return s.writable ? "rb+" : "rb";
        }
        return "wb";
    }

    static void fileInit(Object self, Object file, Object modeObj, Object closefdObj, Object opener) {
        PythonObject o = (PythonObject) self;
        FileState old = o.getAttributeOrNull(KEY) instanceof FileState f ? f : null;
        if (old != null && !old.closed && old.closefd && old.fd >= 0) {
            PosixModule.closeFd(old.fd);
        }
        FileState s = new FileState();
        if (file instanceof Double) {
            throw PyErrors.typeError("integer argument expected, got float");
        }
        int fd = -1;
        Object nameobj;
        PosixModule.PathArg path = null;
        if (Fns.isIntLike(file)) {
            fd = toInt(file);
            if (fd < 0) {
                throw PyErrors.valueError("negative file descriptor");
            }
            nameobj = file;
        } else {
            path = PosixModule.path(file, null);
            nameobj = path.value();
            if (path.str().indexOf('\0') >= 0) {
                throw PyErrors.valueError("embedded null character");
            }
        }
        String mode = absent(modeObj) ? "r" : modeObj instanceof String ms ? ms : null;
        if (mode == null) {
            throw PyErrors.typeError("FileIO() argument 'mode' must be str, not " + PyOps.typeName(modeObj));
        }
        boolean rwa = false;
        boolean plus = false;
        int flags = 0;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) {
                        throw PyErrors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
                    }
                    rwa = true;
                    if (c == 'x') {
                        s.created = true;
                        s.writable = true;
                        flags |= PosixModule.O_EXCL | PosixModule.O_CREAT;
                    } else if (c == 'r') {
                        s.readable = true;
                    } else if (c == 'w') {
                        s.writable = true;
                        flags |= PosixModule.O_CREAT | PosixModule.O_TRUNC;
                    } else {
                        s.writable = true;
                        s.appending = true;
                        flags |= PosixModule.O_APPEND | PosixModule.O_CREAT;
                    }
                }
                case 'b' -> {
                }
                case '+' -> {
                    if (plus) {
                        throw PyErrors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
                    }
                    s.readable = s.writable = plus = true;
                }
                default -> throw PyErrors.valueError("invalid mode: " + mode);
            }
        }
        if (!rwa) {
            throw PyErrors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (s.readable && s.writable) {
            flags |= PosixModule.O_RDWR;
        } else if (s.readable) {
            flags |= PosixModule.O_RDONLY;
        } else {
            flags |= PosixModule.O_WRONLY;
        }
        flags |= PosixModule.O_CLOEXEC;
        if (Audit.active()) {
            Audit.raise("open", nameobj, mode, (long) flags);
        }
        boolean closefd = absent(closefdObj) || PyOps.isTrue(closefdObj);
        if (fd >= 0) {
            s.closefd = closefd;
        } else {
            if (!closefd) {
                throw PyErrors.valueError("Cannot use closefd=False with file name");
            }
            if (!absentOrNone(opener)) {
                Object r = PyOps.callPositional(opener, nameobj, (long) flags);
                if (!Fns.isIntLike(r)) {
                    throw PyErrors.typeError("expected integer from opener");
                }
                fd = toInt(r);
                if (fd < 0) {
                    throw PyErrors.valueError("opener returned " + fd);
                }
            } else {
                fd = PosixModule.openFd(path, flags, 0666);
            }
            PosixModule.Fd f = PosixModule.state().fds.get(fd);
            if (f != null && f.ch == null) {
                PosixModule.closeFd(fd);
                throw PyErrors.osError(21, "Is a directory", nameobj);
            }
        }
        s.fd = fd;
        o.setAttribute("name", file);
        o.setAttribute(KEY, s);
        if (s.appending) {
            try {
                PosixModule.lseek(fd, 0, 2);
            } catch (PyException e) {
                // not seekable
            }
        }
    }

    static void defFileIO(PythonContext ctx, PyType t) {
        FileIOFunctions fns = new FileIOFunctions(ctx, t);
        Fns.method(ctx, t, "__init__", "self, file, mode=, closefd=, opener=", fns.lazy(0));
        Fns.method(ctx, t, "read", "self, size=, /", fns.lazy(1));
        Fns.method(ctx, t, "readall", "self", fns.lazy(2));
        Fns.method(ctx, t, "readinto", "self, buffer, /", fns.lazy(18));
        Fns.method(ctx, t, "write", "self, b, /", fns.lazy(3));
        Fns.method(ctx, t, "seek", "self, pos, whence=, /", fns.lazy(4));
        Fns.method(ctx, t, "tell", "self", fns.lazy(5));
        Fns.method(ctx, t, "truncate", "self, size=, /", fns.lazy(6));
        Fns.method(ctx, t, "close", "self", fns.lazy(7));
        // no flush of its own: _IOBase.flush's "I/O operation on closed file." once closed, as in CPython
        Fns.method(ctx, t, "fileno", "self", fns.lazy(9));
        Fns.method(ctx, t, "readable", "self", fns.lazy(10));
        Fns.method(ctx, t, "writable", "self", fns.lazy(11));
        Fns.method(ctx, t, "seekable", "self", fns.lazy(12));
        Fns.method(ctx, t, "isatty", "self", fns.lazy(13));
        Fns.method(ctx, t, "__repr__", "self", fns.lazy(14));
        prop(ctx, t, "closed", fns.lazy(15));
        prop(ctx, t, "closefd", fns.lazy(16));
        prop(ctx, t, "mode", fns.lazy(17));
    }

    static Object isattyFn(PythonContext ctx) {
        PyModule posix = (PyModule) ctx.getModules().getStr("posix");
        if (posix == null) {
            posix = org.auditpy.builtins.IntrinsicModules.load("posix");
        }
        return posix.getDict().getStr("isatty");
    }

    // ------------------------------------------------------------------ Buffered

    static void defBuffered(PythonContext ctx, PyType t, boolean readable, boolean writable) {
        BufferedFunctions fns = new BufferedFunctions(ctx, t, readable, writable);
        String tn = t.getName();
        Fns.method(ctx, t, "__init__", "self, raw, buffer_size=", fns.lazy(0));
        // each class has the methods of its bufferedio.c method table: a reader has no write() or writable(), a
        // writer no read(), read1(), peek(), readline(), readinto() or readable() (those of _BufferedIOBase and
        // _IOBase answer, with their UnsupportedOperation or False)
        if (readable) {
            Fns.method(ctx, t, "read", "self, size=, /", fns.lazy(1));
            Fns.method(ctx, t, "read1", "self, size=, /", fns.lazy(2));
            Fns.method(ctx, t, "peek", "self, size=, /", fns.lazy(3));
            Fns.method(ctx, t, "readline", "self, size=, /", fns.lazy(4));
            Fns.method(ctx, t, "readable", "self", fns.lazy(14));
            Fns.method(ctx, t, "readinto", "self, buffer, /", fns.lazy(22));
            Fns.method(ctx, t, "readinto1", "self, buffer, /", fns.lazy(23));
        }
        if (writable) {
            Fns.method(ctx, t, "write", "self, b, /", fns.lazy(5));
            Fns.method(ctx, t, "writable", "self", fns.lazy(15));
        }
        Fns.method(ctx, t, "seek", "self, target, whence=, /", fns.lazy(6));
        Fns.method(ctx, t, "tell", "self", fns.lazy(7));
        Fns.method(ctx, t, "truncate", "self, pos=, /", fns.lazy(8));
        Fns.method(ctx, t, "flush", "self", fns.lazy(9));
        Fns.method(ctx, t, "close", "self", fns.lazy(10));
        Fns.method(ctx, t, "detach", "self", fns.lazy(11));
        Fns.method(ctx, t, "fileno", "self", fns.lazy(12));
        Fns.method(ctx, t, "isatty", "self", fns.lazy(13));
        Fns.method(ctx, t, "seekable", "self", fns.lazy(16));
        Fns.method(ctx, t, "__repr__", "self", fns.lazy(17));
        prop(ctx, t, "raw", fns.lazy(18));
        prop(ctx, t, "closed", fns.lazy(19));
        prop(ctx, t, "name", fns.lazy(20));
        prop(ctx, t, "mode", fns.lazy(21));
    }

    /**
     * CHECK_INITIALIZED of Modules/_io/bufferedio.c: the state of a Buffered* object, ValueError once it is detached.
     */
    static BufState binit(Object self, String tn) {
        BufState s = st(self, BufState.class, tn);
        if (s.closed) {
            throw PyErrors.valueError("raw stream has been detached");
        }
        return s;
    }

    /**
     * CHECK_INITIALIZED then CHECK_CLOSED(msg) of Modules/_io/bufferedio.c: ValueError {@code msg} ("read of closed
     * file", "seek of closed file", ...) when the raw stream is closed and nothing read ahead is left.
     */
    static BufState bopen(Object self, String tn, String msg) {
        BufState s = binit(self, tn);
        if (s.rpos >= s.rbuf.length && isClosed(s.raw)) {
            throw PyErrors.valueError(msg);
        }
        return s;
    }

    /**
     * {@code readinto(buffer)} over a read of at most n bytes ({@code read}, whose result is bytes-like or None): the
     * buffer is a bytearray or a writable memoryview (CPython's "w*", TypeError otherwise), taken before anything is
     * read and exported while the read runs; the bytes read are copied to its start and their count returned (None
     * when the read gave None). {@code checked}: the result comes from a Python method, which must give bytes no longer
     * than asked (_bufferediobase_readinto_generic's "read() should return bytes" and "read() returned too much
     * data").
     */
    static Object readintoVia(Object buffer, String fn, java.util.function.IntFunction<Object> read, boolean checked) {
        PyMemoryView v = PyMemoryView.writableArg(buffer, fn);
        try {
            int n = v.nbytes();
            Object r = read.apply(n);
            if (r == PyNone.NONE) {
                return PyNone.NONE;
            }
            if (checked && !(r instanceof PyBytes)) {
                throw PyErrors.typeError("read() should return bytes");
            }
            byte[] data = bytesOf(r);
            if (data.length > n) {
                throw PyErrors.valueError("read() returned too much data: " + n + " bytes requested, " + data.length + " returned");
            }
            v.put(0, data, 0, data.length);
            return (long) data.length;
        } finally {
            v.release();
        }
    }

    static void dropReadBuffer(BufState s) {
        if (s.rpos < s.rbuf.length) {
            call(s.raw, "seek", (long) -(s.rbuf.length - s.rpos), 1L);
        }
        s.rbuf = new byte[0];
        s.rpos = 0;
    }

    static boolean fillRaw(BufState s) {
        Object r = call(s.raw, "read", (long) DEFAULT_BUFFER_SIZE);
        byte[] b = r == PyNone.NONE ? new byte[0] : bytesOf(r);
        s.rbuf = b;
        s.rpos = 0;
        return b.length > 0;
    }

    static byte[] bread(BufState s, long n) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int avail = s.rbuf.length - s.rpos;
        if (n >= 0 && avail >= n) {
            byte[] r = Arrays.copyOfRange(s.rbuf, s.rpos, s.rpos + (int) n);
            s.rpos += (int) n;
            return r;
        }
        out.write(s.rbuf, s.rpos, avail);
        s.rbuf = new byte[0];
        s.rpos = 0;
        if (n < 0) {
            Object r = call(s.raw, "readall");
            if (r != PyNone.NONE) {
                byte[] b = bytesOf(r);
                out.write(b, 0, b.length);
            }
            return out.toByteArray();
        }
        while (out.size() < n) {
            long want = n - out.size();
            Object r = call(s.raw, "read", Math.max(want, DEFAULT_BUFFER_SIZE));
            byte[] b = r == PyNone.NONE ? new byte[0] : bytesOf(r);
            if (b.length == 0) {
                break;
            }
            if (b.length > want) {
                out.write(b, 0, (int) want);
                s.rbuf = Arrays.copyOfRange(b, (int) want, b.length);
                s.rpos = 0;
            } else {
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ TextIOWrapper

    /** CHECK_ATTACHED of Modules/_io/textio.c: the state, ValueError once the buffer is detached. */
    static TextState tattached(Object self) {
        TextState s = st(self, TextState.class, "TextIOWrapper");
        if (s.buffer == null) {
            throw PyErrors.valueError("underlying buffer has been detached");
        }
        return s;
    }

    /** The buffer is readable (asked once), else UnsupportedOperation "not readable" (textio.c: no decoder). */
    static void checkTextReadable(TextState s) {
        if (s.readable == null) {
            s.readable = PyOps.isTrue(call(s.buffer, "readable"));
        }
        if (!s.readable) {
            throw unsupported("not readable");
        }
    }

    /** CHECK_ATTACHED then CHECK_CLOSED of Modules/_io/textio.c: "I/O operation on closed file." */
    static TextState topen(Object self) {
        TextState s = tattached(self);
        if (isClosed(s.buffer)) {
            throw PyErrors.valueError("I/O operation on closed file.");
        }
        return s;
    }

    static int utf8Tail(byte[] b) {
        int n = b.length;
        for (int k = 1; k <= 3 && k <= n; k++) {
            int c = b[n - k] & 0xff;
            if ((c & 0xc0) == 0x80) {
                continue;
            }
            int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            return need > k ? k : 0;
        }
        return 0;
    }

    /** Reads one chunk from the buffer and decodes it; false at EOF. */
    static boolean textFill(TextState s) {
        if (s.eof) {
            return false;
        }
        Object r = PyOps.getAttributeOrNull(s.buffer, "read1") != null ? call(s.buffer, "read1", (long) DEFAULT_BUFFER_SIZE)
                        : call(s.buffer, "read", (long) DEFAULT_BUFFER_SIZE);
        byte[] b = r == PyNone.NONE ? new byte[0] : bytesOf(r);
        byte[] all = concat(s.pendingBytes, b);
        String enc = s.encoding;
        if (s.markedCodec != null) {
            int unit = Codecs.codeUnitSize(s.markedCodec);
            if (s.decodeAs == null && all.length < unit) {
                if (b.length > 0) {
                    // not enough to tell a mark yet
                    s.pendingBytes = all;
                    return true;
                }
                // a stream shorter than a mark: its bytes are an incomplete character
                enc = Codecs.withoutByteOrderMark(s.markedCodec);
            } else if (s.decodeAs == null) {
                // the mark sets the byte order and is not text; a stream without one is an error (CPython's
                // encodings.utf_16 and utf_32 incremental decoders)
                int order = Codecs.byteOrderMark(all, unit);
                if (order == 0) {
                    throw PyErrors.raise("UnicodeError", (unit == 2 ? "UTF-16" : "UTF-32") + " stream does not start with BOM");
                }
                s.decodeAs = Codecs.inByteOrder(unit, order > 0);
                all = Arrays.copyOfRange(all, unit, all.length);
                enc = s.decodeAs;
            } else {
                enc = s.decodeAs;
            }
        }
        if (b.length == 0) {
            s.eof = true;
            s.pendingBytes = new byte[0];
            if (all.length > 0) {
                s.text.append(Codecs.decode(all, enc, s.errors));
            }
            return all.length > 0;
        }
        // an incomplete last character waits for the next chunk
        String norm = Codecs.normalize(enc);
        int unit = Codecs.codeUnitSize(norm);
        int tail = "utf-8".equals(norm) ? utf8Tail(all) : unit > 0 ? Codecs.incompleteTail(all, unit, norm.endsWith("BE")) : 0;
        s.pendingBytes = Arrays.copyOfRange(all, all.length - tail, all.length);
        s.text.append(Codecs.decode(Arrays.copyOf(all, all.length - tail), enc, s.errors));
        return true;
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static boolean universal(TextState s) {
        return s.newline == PyNone.NONE;
    }

    /** Takes {@code n} untranslated chars from the front of the text buffer, translating newlines. */
    static String take(TextState s, int n) {
        String out = s.text.substring(0, n);
        s.text.delete(0, n);
        if (universal(s)) {
            out = out.replace("\r\n", "\n").replace('\r', '\n');
        }
        return out;
    }

    static String textRead(TextState s, long n) {
        if (n < 0) {
            while (textFill(s)) {
                // read all
            }
            return take(s, s.text.length());
        }
        // translated length may be shorter than untranslated: fill until enough translated chars
        while (true) {
            int need = untranslatedFor(s, (int) n);
            if (need >= 0) {
                return take(s, need);
            }
            if (!textFill(s)) {
                return take(s, s.text.length());
            }
        }
    }

    /**
     * How many untranslated chars (of the Java string: a character beyond U+FFFF is two) give {@code n} translated
     * characters (code points); -1 if the buffer does not hold enough yet.
     */
    static int untranslatedFor(TextState s, int n) {
        boolean universal = universal(s);
        int i = 0;
        int count = 0;
        TextBuffer t = s.text;
        while (count < n) {
            if (i >= t.length()) {
                return -1;
            }
            if (Character.isHighSurrogate(t.charAt(i)) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                i++;
            } else if (universal && t.charAt(i) == '\r') {
                if (i + 1 >= t.length() && !s.eof) {
                    return -1;
                }
                if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
            }
            i++;
            count++;
        }
        return i;
    }

    /** The end index (exclusive, untranslated) of the first line in the buffer, or -1. */
    static int lineEnd(TextState s) {
        TextBuffer t = s.text;
        Object nl = s.newline;
        if (nl instanceof String str && !str.isEmpty()) {
            int i = t.indexOf(str);
            return i < 0 ? -1 : i + str.length();
        }
        boolean crlfAware = true;
        if (nl instanceof String str && str.isEmpty()) {
            crlfAware = true;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r' && crlfAware) {
                if (i + 1 < t.length()) {
                    return t.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
                return s.eof ? i + 1 : -1;
            }
        }
        return -1;
    }

    static String textReadline(TextState s, long limit) {
        while (true) {
            int e = lineEnd(s);
            if (e >= 0) {
                if (limit >= 0 && e > limit) {
                    int k = untranslatedFor(s, (int) limit);
                    return take(s, k < 0 ? (int) Math.min(limit, s.text.length()) : k);
                }
                return take(s, e);
            }
            if (limit >= 0 && s.text.length() > limit + 1) {
                int k = untranslatedFor(s, (int) limit);
                if (k >= 0) {
                    return take(s, k);
                }
            }
            if (!textFill(s)) {
                return take(s, s.text.length());
            }
        }
    }

    static long textTell(TextState s) {
        long pos = toLong(call(s.buffer, "tell"));
        String enc = s.markedCodec != null ? Codecs.withoutByteOrderMark(s.markedCodec) : s.encoding;
        return pos - s.pendingBytes.length - (s.text.length() == 0 ? 0 : Codecs.encode(s.text.toString(), enc, s.errors).length);
    }

    static void textResetRead(TextState s) {
        if (s.text.length() > 0 || s.pendingBytes.length > 0) {
            long p = textTell(s);
            s.text.setLength(0);
            s.pendingBytes = new byte[0];
            call(s.buffer, "seek", p);
        }
        s.eof = false;
    }

    static void defText(PythonContext ctx, PyType t) {
        TextFunctions fns = new TextFunctions(ctx, t);
        Fns.method(ctx, t, "__init__", "self, buffer, encoding=, errors=, newline=, line_buffering=, write_through=", fns.lazy(0));
        Fns.method(ctx, t, "read", "self, size=, /", fns.lazy(1));
        Fns.method(ctx, t, "readline", "self, size=, /", fns.lazy(2));
        Fns.method(ctx, t, "__next__", "self", fns.lazy(3));
        Fns.method(ctx, t, "write", "self, text, /", fns.lazy(4));
        Fns.method(ctx, t, "tell", "self", fns.lazy(5));
        Fns.method(ctx, t, "seek", "self, cookie, whence=, /", fns.lazy(6));
        Fns.method(ctx, t, "truncate", "self, pos=, /", fns.lazy(7));
        Fns.method(ctx, t, "flush", "self", fns.lazy(8));
        Fns.method(ctx, t, "close", "self", fns.lazy(9));
        Fns.method(ctx, t, "detach", "self", fns.lazy(10));
        Fns.method(ctx, t, "fileno", "self", fns.lazy(11));
        Fns.method(ctx, t, "isatty", "self", fns.lazy(12));
        Fns.method(ctx, t, "readable", "self", fns.lazy(13));
        Fns.method(ctx, t, "writable", "self", fns.lazy(14));
        Fns.method(ctx, t, "seekable", "self", fns.lazy(15));
        Fns.method(ctx, t, "reconfigure", "self, *, encoding=, errors=, newline=, line_buffering=, write_through=", fns.lazy(16));
        Fns.method(ctx, t, "__repr__", "self", fns.lazy(17));
        prop(ctx, t, "encoding", fns.lazy(18));
        prop(ctx, t, "errors", fns.lazy(19));
        prop(ctx, t, "line_buffering", fns.lazy(20));
        prop(ctx, t, "write_through", fns.lazy(21));
        prop(ctx, t, "buffer", fns.lazy(22));
        prop(ctx, t, "newlines", fns.lazy(23));
        prop(ctx, t, "closed", fns.lazy(24));
        prop(ctx, t, "name", fns.lazy(25));
    }

    // ------------------------------------------------------------------ open()

    static Object open(PythonContext ctx, PyType fileio, PyType br, PyType bw, PyType brw, PyType text, Object[] a) {
        Object file = a[0];
        Object modeObj = or(a[1], "r");
        if (!(modeObj instanceof String mode)) {
            throw PyErrors.typeError("open() argument 'mode' must be str, not " + PyOps.typeName(modeObj));
        }
        long buffering = absent(a[2]) ? -1 : toLong(a[2]);
        Object encoding = or(a[3], PyNone.NONE);
        Object errors = or(a[4], PyNone.NONE);
        Object newline = or(a[5], PyNone.NONE);
        Object closefd = or(a[6], true);
        Object opener = or(a[7], PyNone.NONE);
        if (!(file instanceof String || file instanceof PyBytes || Fns.isIntLike(file) || PyOps.typeOf(file).lookup("__fspath__") != null)) {
            throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + PyOps.typeName(file));
        }
        if (encoding != PyNone.NONE && !(encoding instanceof String)) {
            throw PyErrors.typeError("open() argument 'encoding' must be str or None, not " + PyOps.typeName(encoding));
        }
        boolean creating = false, reading = false, writing = false, appending = false, updating = false, txt = false, binary = false;
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (char c : mode.toCharArray()) {
            if ("xrwabt+U".indexOf(c) < 0 || !seen.add(c)) {
                throw PyErrors.valueError("invalid mode: '" + mode + "'");
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> txt = true;
                case 'b' -> binary = true;
                default -> throw PyErrors.valueError("invalid mode: '" + mode + "'");
            }
        }
        if (txt && binary) {
            throw PyErrors.valueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw PyErrors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (!(creating || reading || writing || appending)) {
            throw PyErrors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (binary && encoding != PyNone.NONE) {
            throw PyErrors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != PyNone.NONE) {
            throw PyErrors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != PyNone.NONE) {
            throw PyErrors.valueError("binary mode doesn't take a newline argument");
        }
        String rawmode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        PythonObject raw = new PythonObject(fileio);
        fileInit(raw, file, rawmode, closefd, opener);
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || buffering < 0 && PyOps.isTrue(call(raw, "isatty"))) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering == 0) {
                if (binary) {
                    return raw;
                }
                throw PyErrors.valueError("can't have unbuffered text I/O");
            }
            PyType bt = updating ? brw : (creating || writing || appending) ? bw : br;
            Object buffer = PyOps.callPositional(bt, raw);
            if (binary) {
                return buffer;
            }
            Object w = PyOps.call(text, new Object[]{buffer, encoding, errors, newline, lineBuffering},
                            new String[]{"encoding", "errors", "newline", "line_buffering"});
            ((PythonObject) w).setAttribute("mode", mode);
            return w;
        } catch (PyException e) {
            call(raw, "close");
            throw e;
        }
    }

    // ------------------------------------------------------------------ StringIO

    static void defStringIO(PythonContext ctx, PyType t) {
        StringIOFunctions fns = new StringIOFunctions(ctx, t);
        Fns.method(ctx, t, "__init__", "self, initial_value=, newline=", fns.lazy(0));
        Fns.method(ctx, t, "getvalue", "self", fns.lazy(1));
        Fns.method(ctx, t, "write", "self, s, /", fns.lazy(2));
        Fns.method(ctx, t, "read", "self, size=, /", fns.lazy(3));
        Fns.method(ctx, t, "readline", "self, size=, /", fns.lazy(4));
        Fns.method(ctx, t, "__next__", "self", fns.lazy(5));
        Fns.method(ctx, t, "seek", "self, pos, whence=, /", fns.lazy(6));
        Fns.method(ctx, t, "tell", "self", fns.lazy(7));
        Fns.method(ctx, t, "truncate", "self, pos=, /", fns.lazy(8));
        Fns.method(ctx, t, "close", "self", fns.lazy(9));
        for (String m : new String[]{"readable", "writable", "seekable"}) {
            Fns.method(ctx, t, m, "self", a -> {
                open(a[0], StringState.class, "StringIO");
                return true;
            });
        }
        prop(ctx, t, "closed", fns.lazy(10));
        prop(ctx, t, "line_buffering", fns.lazy(11));
        prop(ctx, t, "newlines", fns.lazy(12));
    }

    // ------------------------------------------------------------------ BytesIO

    static void bwrite(BytesState s, byte[] b) {
        int end = s.pos + b.length;
        if (end > s.buf.length) {
            s.buf = Arrays.copyOf(s.buf, Math.max(end, s.buf.length * 2));
        }
        if (s.pos > s.size) {
            Arrays.fill(s.buf, s.size, s.pos, (byte) 0);
        }
        System.arraycopy(b, 0, s.buf, s.pos, b.length);
        s.pos = end;
        s.size = Math.max(s.size, end);
    }

    static void defBytesIO(PythonContext ctx, PyType t) {
        BytesIOFunctions fns = new BytesIOFunctions(ctx, t);
        Fns.method(ctx, t, "__init__", "self, initial_bytes=", fns.lazy(0));
        Fns.method(ctx, t, "getvalue", "self", fns.lazy(1));
        Fns.method(ctx, t, "getbuffer", "self", fns.lazy(2));
        Fns.method(ctx, t, "write", "self, b, /", fns.lazy(3));
        Fns.Impl read = a -> {
            BytesState s = open(a[0], BytesState.class, "BytesIO");
            long n = size(a[1]);
            int start = Math.min(s.pos, s.size);
            int end = n < 0 ? s.size : (int) Math.min(s.size, start + n);
            s.pos = Math.max(s.pos, end);
            return PyBytes.of(Arrays.copyOfRange(s.buf, start, end));
        };
        Fns.method(ctx, t, "read", "self, size=, /", read);
        Fns.method(ctx, t, "read1", "self, size=, /", read);
        Fns.method(ctx, t, "readinto", "self, buffer, /", fns.lazy(10));
        Fns.method(ctx, t, "readline", "self, size=, /", fns.lazy(4));
        Fns.method(ctx, t, "seek", "self, pos, whence=, /", fns.lazy(5));
        Fns.method(ctx, t, "tell", "self", fns.lazy(6));
        Fns.method(ctx, t, "truncate", "self, size=, /", fns.lazy(7));
        Fns.method(ctx, t, "close", "self", fns.lazy(8));
        for (String m : new String[]{"readable", "writable", "seekable"}) {
            Fns.method(ctx, t, m, "self", a -> {
                open(a[0], BytesState.class, "BytesIO");
                return true;
            });
        }
        // bytesio.c: flush checks closed; __iter__ is tp_iter's PyObject_SelfIter (no check, __next__ has one)
        Fns.method(ctx, t, "flush", "self", a -> {
            open(a[0], BytesState.class, "BytesIO");
            return null;
        });
        Fns.method(ctx, t, "__iter__", "self", a -> a[0]);
        prop(ctx, t, "closed", fns.lazy(9));
    }
}
