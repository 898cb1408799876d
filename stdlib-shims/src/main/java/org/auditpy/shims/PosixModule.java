package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;
import static org.auditpy.shims.Fns.absentOrNone;
import static org.auditpy.shims.Fns.def;
import static org.auditpy.shims.Fns.toInt;
import static org.auditpy.shims.Fns.toLong;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;

import org.auditpy.audit.Audit;
import org.auditpy.builtins.BuiltinsInstaller;
import org.auditpy.builtins.StructSeq;
import org.auditpy.runtime.Descriptors;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyIterator;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;
import org.auditpy.runtime.SignalHandling;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code posix} over java.nio: a per-context working directory and file-descriptor table. */
final class PosixModule {
    private PosixModule() {
    }

    static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 64, O_EXCL = 128, O_NOCTTY = 256, O_TRUNC = 512, O_APPEND = 1024,
                    O_NONBLOCK = 2048, O_DSYNC = 4096, O_DIRECTORY = 65536, O_NOFOLLOW = 131072, O_CLOEXEC = 524288, O_SYNC = 1052672,
                    O_TMPFILE = 4259840;

    /** An open file descriptor. */
    static final class Fd {
        final FileChannel ch;
        final Path path;
        final int flags;
        /** A descriptor that is not a file: a socket (SocketModule.Sock). */
        final Object other;

        Fd(FileChannel ch, Path path, int flags) {
            this.ch = ch;
            this.path = path;
            this.flags = flags;
            this.other = null;
        }

        /** The parent's end of a pipe to a child (subprocess). */
        Fd(SubprocessModule.Pipe pipe) {
            this.ch = null;
            this.path = null;
            this.flags = pipe.readable ? O_RDONLY : O_WRONLY;
            this.other = pipe;
        }

        Fd(SocketModule.Sock sock) {
            this.ch = null;
            this.path = null;
            this.flags = O_RDWR;
            this.other = sock;
        }
    }

    /** Per-context process state. */
    static final class State {
        final TreeMap<Integer, Fd> fds = new TreeMap<>();
        int umask = 0022;
        PyType statResult;
        PyType terminalSize;
        PyType statvfsResult;
        PyType dirEntry;
        PyType scandirIterator;
        PyType unameResult;
        PyType timesResult;
    }

    private static final Map<PythonContext, State> STATES = new WeakHashMap<>();

    static synchronized State state() {
        return STATES.computeIfAbsent(PythonContext.get(), c -> new State());
    }

    // ------------------------------------------------------------------ paths

    /**
     * A converted path argument: {@code original} is what CPython's path_converter keeps as {@code path->object}, the
     * argument after os.fspath (a str or bytes; the int of an fd), which the audit events and the OSError's filename
     * carry (for a pathlib.Path, its str); {@code value} the same str/bytes, {@code str} its string form.
     */
    record PathArg(Object original, Object value, String str, boolean isBytes, int fd) {
        Path resolve() {
            return PosixModule.resolve(str);
        }

        /** The filename for errors: path->object, the fspath'ed value. */
        Object errName() {
            return original;
        }

        Object ofSameKind(String s) {
            return isBytes ? PyBytes.of(Fns.fsencode(s)) : s;
        }
    }

    static Path resolve(String s) {
        Path p = Path.of(s);
        if (!p.isAbsolute()) {
            p = PythonContext.get().getCwd().resolve(p);
        }
        return p;
    }

    /**
     * The file {@code p} names for a function given {@code dir_fd} (openat(2) and the other *at calls): a relative path is
     * taken from the directory that descriptor was opened on, an absolute one ignores it; without a dir_fd (absent or
     * None), {@code p.resolve()}. OSError EBADF for a descriptor not open, ENOTDIR for one that is not a directory's,
     * with {@code p}'s filename, as CPython's posix functions report them. auditpy's descriptors of directories keep
     * their path (there is no openat over the JDK), so a directory renamed after os.open is not followed.
     */
    static Path resolveAt(PathArg p, Object dirFd) {
        if (dirFd == null || absentOrNone(dirFd) || p.str == null || p.str.startsWith("/")) {
            return p.resolve();
        }
        Fd f = state().fds.get(toInt(dirFd));
        if (f == null || f.path == null) {
            throw err(9, p.errName());
        }
        if (f.ch != null || f.other != null) {
            throw err(20, p.errName());
        }
        return p.str.isEmpty() ? f.path : f.path.resolve(p.str);
    }

    /** os.fspath(o): str and bytes unchanged, else type(o).__fspath__(o). */
    static Object fspath(Object o, String fn, boolean allowNone, boolean allowFd) {
        if (o instanceof String || o instanceof PyBytes b && !b.isByteArray()) {
            return o;
        }
        if (o instanceof org.auditpy.runtime.PyBoxed bx && bx.getValue() instanceof String s) {
            // an instance of a str subclass: its str value
            return s;
        }
        PyType t = PyOps.typeOf(o);
        Object m = t.lookup("__fspath__");
        if (m == null || m == PyNone.NONE) {
            String what = "string, bytes" + (allowNone ? ", os.PathLike or None" : allowFd ? ", os.PathLike or integer" : " or os.PathLike");
            if (fn == null) {
                throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + t.getName());
            }
            throw PyErrors.typeError(fn + ": path should be " + what + ", not " + t.getName());
        }
        Object r = PyOps.callSpecial(o, "__fspath__");
        if (r instanceof String || r instanceof PyBytes) {
            return r;
        }
        if (r instanceof org.auditpy.runtime.PyBoxed bx && bx.getValue() instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("expected " + t.getName() + ".__fspath__() to return str or bytes, not " + PyOps.typeName(r));
    }

    static PathArg path(Object o, String fn) {
        return path(o, fn, false);
    }

    static PathArg path(Object o, String fn, boolean allowFd) {
        if (allowFd && Fns.isIntLike(o)) {
            return new PathArg(o, o, null, false, toInt(o));
        }
        Object v = fspath(o, fn, false, allowFd);
        if (v instanceof PyBytes b) {
            String s = Fns.fsdecode(b.getBytes());
            checkNul(s, fn);
            return new PathArg(v, v, s, true, -1);
        }
        String s = (String) v;
        checkNul(s, null);
        return new PathArg(v, v, s, false, -1);
    }

    /**
     * A path with a NUL character: CPython's path_converter says "FN: embedded null character in path" for a bytes
     * path of function FN, and PyUnicode_FSConverter "embedded null byte" for a str path (and for open()'s, {@code fn}
     * null).
     */
    static void checkNul(String s, String fn) {
        if (s.indexOf('\0') >= 0) {
            throw PyErrors.valueError(fn == null ? "embedded null byte" : fn + ": embedded null character in path");
        }
    }

    // ------------------------------------------------------------------ errors

    static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return 2;
        }
        if (e instanceof FileAlreadyExistsException) {
            return 17;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return 39;
        }
        if (e instanceof AccessDeniedException) {
            String r = ((FileSystemException) e).getReason();
            return r != null && r.contains("not permitted") ? 1 : 13;
        }
        if (e instanceof NotDirectoryException) {
            return 20;
        }
        if (e instanceof NotLinkException) {
            return 22;
        }
        if (e instanceof FileSystemLoopException) {
            return 40;
        }
        if (e instanceof FileSystemException fse) {
            String r = fse.getReason();
            int n = ErrnoModule.byReason(r);
            if (n > 0) {
                return n;
            }
            if (r != null && r.startsWith("Too many levels of symbolic links")) {
                return 40;
            }
        }
        String msg = e.getMessage();
        if (msg != null) {
            int n = ErrnoModule.byReason(msg);
            if (n > 0) {
                return n;
            }
            if (msg.contains("Is a directory")) {
                return 21;
            }
            if (msg.contains("Bad file descriptor")) {
                return 9;
            }
            if (msg.contains("Broken pipe")) {
                return 32;
            }
        }
        return 5;
    }

    static PyException err(int errno, Object filename) {
        return PyErrors.osError(errno, ErrnoModule.strerror(errno), filename);
    }

    static PyException err(IOException e, Object filename) {
        return err(errnoOf(e), filename);
    }

    static PyException err2(int errno, Object f1, Object f2) {
        PyType t = PythonContext.get().types().exception(org.auditpy.runtime.OsErrors.subclassFor(errno));
        return PyErrors.raise(t, (long) errno, ErrnoModule.strerror(errno), f1, PyNone.NONE, f2);
    }

    static PyException badFd() {
        return err(9, null);
    }

    // ------------------------------------------------------------------ fds

    static Fd fd(int n) {
        Fd f = state().fds.get(n);
        if (f == null) {
            throw badFd();
        }
        return f;
    }

    /**
     * The operating system's descriptor behind fd {@code n} of this module's table, for libc calls that act on the
     * open file itself (fcntl, flock, lockf, ioctl): 0-2 are the process's own when the table has no entry for
     * them; a file's or socket's is read from its JDK channel (the launcher opens {@code sun.nio.ch} and
     * {@code java.io} to this module). EBADF for an fd not open; ENOTSUP where no descriptor can be reached (a pipe
     * to a child, or a JVM started without those options).
     */
    static int realFd(int n) {
        Fd f = state().fds.get(n);
        if (f == null) {
            if (n >= 0 && n <= 2) {
                return n;
            }
            throw badFd();
        }
        Object channel = f.ch != null ? f.ch : f.other instanceof SocketModule.Sock s ? s.ch : null;
        int fd = channel == null ? -2 : osFdOf(channel);
        if (fd == -1) {
            throw badFd();
        }
        if (fd < 0) {
            throw err(95, null);
        }
        return fd;
    }

    /**
     * The operating system's descriptor of a JDK channel (its {@code fd} field's {@code FileDescriptor}): -1 once the
     * channel is closed, -2 when it cannot be read (no such field, or the packages are not open to this module).
     */
    static int osFdOf(Object channel) {
        java.lang.reflect.Field field = CHANNEL_FD.get(channel.getClass());
        if (field == null || RAW_FD == null) {
            return -2;
        }
        try {
            return field.get(channel) instanceof java.io.FileDescriptor fdo ? RAW_FD.getInt(fdo) : -2;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -2;
        }
    }

    /**
     * A channel class's {@code FileDescriptor fd} field (its own or a superclass's), made accessible once per class;
     * null when it has none or it cannot be opened to this module (os.open reads it on every file it opens).
     */
    private static final ClassValue<java.lang.reflect.Field> CHANNEL_FD = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Field computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                try {
                    java.lang.reflect.Field f = c.getDeclaredField("fd");
                    if (f.getType() != java.io.FileDescriptor.class) {
                        return null;
                    }
                    f.setAccessible(true);
                    return f;
                } catch (NoSuchFieldException e) {
                    // look in the superclass
                } catch (RuntimeException e) {
                    return null;
                }
            }
            return null;
        }
    };

    /** {@code FileDescriptor.fd}, accessible, or null when java.io is not open to this module. */
    private static final java.lang.reflect.Field RAW_FD = rawFdField();

    private static java.lang.reflect.Field rawFdField() {
        try {
            java.lang.reflect.Field f = java.io.FileDescriptor.class.getDeclaredField("fd");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The operating system's descriptors of files opened here (openFd) that are still to be made close-on-exec:
     * CPython's files are not inheritable (PEP 446), and the JDK opens them without O_CLOEXEC. Setting the flag
     * needs fcntl through the Foreign Function API, whose first use (the linker and libc's method handles) took
     * 180 ms of a program's first open(); so it is set only when something could see it, just before a native call
     * that starts a program (os.system, os.exec*, posix_spawn) or reads descriptor flags (fcntl, ioctl):
     * {@link #applyPendingCloexec}. (Programs the JDK starts, as subprocess does, inherit no descriptor above 2.)
     */
    private static final java.util.Set<Integer> PENDING_CLOEXEC = new java.util.HashSet<>();

    /** Makes {@code ch}'s descriptor close-on-exec before the next native call that could tell (best effort). */
    static void setNonInheritable(FileChannel ch) {
        int fd = osFdOf(ch);
        if (fd > 2) {
            synchronized (PENDING_CLOEXEC) {
                PENDING_CLOEXEC.add(fd);
            }
        }
    }

    /** Sets FD_CLOEXEC on the descriptors {@link #setNonInheritable} left pending (LibcCalls, before its calls). */
    static void applyPendingCloexec() {
        int[] fds;
        synchronized (PENDING_CLOEXEC) {
            if (PENDING_CLOEXEC.isEmpty()) {
                return;
            }
            fds = PENDING_CLOEXEC.stream().mapToInt(Integer::intValue).toArray();
            PENDING_CLOEXEC.clear();
        }
        for (int fd : fds) {
            LibcCalls.setCloexec(fd);
        }
    }

    /** Forgets a pending close-on-exec of {@code ch}'s descriptor, which is being closed (its number may be reused). */
    private static void forgetPendingCloexec(FileChannel ch) {
        synchronized (PENDING_CLOEXEC) {
            if (PENDING_CLOEXEC.isEmpty()) {
                return;
            }
        }
        int fd = osFdOf(ch);
        synchronized (PENDING_CLOEXEC) {
            PENDING_CLOEXEC.remove(fd);
        }
    }

    static synchronized int allocFd(Fd f) {
        State st = state();
        int n = 3;
        while (st.fds.containsKey(n)) {
            n++;
        }
        st.fds.put(n, f);
        return n;
    }

    static Set<PosixFilePermission> perms(int mode) {
        Set<PosixFilePermission> s = new HashSet<>();
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << i)) != 0) {
                s.add(order[i]);
            }
        }
        return s;
    }

    /** open(2) without the audit event (also used by _io.FileIO). */
    @TruffleBoundary
    static int openFd(PathArg p, int flags, int mode) {
        return openFd(p, flags, mode, null);
    }

    /** open(2) of {@code p} relative to {@code dirFd} (openat(2); absent or None: the working directory). */
    @TruffleBoundary
    static int openFd(PathArg p, int flags, int mode, Object dirFd) {
        if (p.str.isEmpty()) {
            throw err(2, p.errName());
        }
        Path path = resolveAt(p, dirFd);
        if ((flags & O_TMPFILE) == O_TMPFILE) {
            return openTmpfile(p, path, flags, mode);
        }
        int acc = flags & 3;
        Set<OpenOption> opts = new HashSet<>();
        if (acc == O_RDONLY || acc == O_RDWR) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == O_WRONLY || acc == O_RDWR) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_APPEND) != 0 && acc != O_RDWR) {
            // Java refuses READ + APPEND: read-write append opens plain READ+WRITE and writeFd seeks to the end
            opts.add(StandardOpenOption.APPEND);
            opts.remove(StandardOpenOption.READ);
        }
        boolean create = (flags & O_CREAT) != 0;
        if (create && (flags & O_EXCL) != 0) {
            opts.add(StandardOpenOption.CREATE_NEW);
        } else if (create) {
            opts.add(StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && acc != O_RDONLY) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_NOFOLLOW) != 0 || (create && (flags & O_EXCL) != 0)) {
            opts.add(LinkOption.NOFOLLOW_LINKS);
            if ((flags & O_NOFOLLOW) != 0 && Files.isSymbolicLink(path)) {
                throw err(40, p.errName());
            }
        }
        if ((flags & O_SYNC) == O_SYNC) {
            opts.add(StandardOpenOption.SYNC);
        } else if ((flags & O_DSYNC) != 0) {
            opts.add(StandardOpenOption.DSYNC);
        }
        boolean isDir = Files.isDirectory(path);
        if ((flags & O_DIRECTORY) != 0 && !isDir && Files.exists(path)) {
            throw err(20, p.errName());
        }
        if (isDir && acc != O_RDONLY) {
            throw err(21, p.errName());
        }
        if (opts.isEmpty()) {
            opts.add(StandardOpenOption.READ);
        }
        try {
            FileChannel ch;
            if (isDir) {
                ch = null;
            } else if (create && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                ch = FileChannel.open(path, opts, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(perms(mode & ~state().umask)));
            } else {
                ch = FileChannel.open(path, opts);
            }
            if (ch != null) {
                setNonInheritable(ch);
            }
            return allocFd(new Fd(ch, path, flags));
        } catch (UnsupportedOperationException e) {
            throw err(22, p.errName());
        } catch (IOException e) {
            throw err(e, p.errName());
        }
    }

    /**
     * open(2) with O_TMPFILE: an unnamed file in directory {@code dir}, made as a named one that is unlinked at once
     * (the JDK cannot make an unnamed file; the name is never seen by the program, and its fstat still works).
     */
    private static int openTmpfile(PathArg p, Path dir, int flags, int mode) {
        if (!Files.isDirectory(dir)) {
            throw err(Files.exists(dir) ? 20 : 2, p.errName());
        }
        int acc = flags & 3;
        if (acc == O_RDONLY) {
            throw err(22, p.errName());
        }
        try {
            Path tmp = Files.createTempFile(dir, ".auditpy-tmpfile-", "", java.nio.file.attribute.PosixFilePermissions.asFileAttribute(perms(mode & ~state().umask)));
            Set<OpenOption> opts = new HashSet<>();
            opts.add(StandardOpenOption.WRITE);
            if (acc == O_RDWR) {
                opts.add(StandardOpenOption.READ);
            }
            FileChannel ch = FileChannel.open(tmp, opts);
            Files.delete(tmp);
            setNonInheritable(ch);
            return allocFd(new Fd(ch, tmp, flags));
        } catch (UnsupportedOperationException e) {
            throw err(22, p.errName());
        } catch (IOException e) {
            throw err(e, p.errName());
        }
    }

    @TruffleBoundary
    static void closeFd(int n) {
        Fd f;
        synchronized (PosixModule.class) {
            f = state().fds.remove(n);
        }
        if (f == null) {
            if (n >= 0 && n <= 2) {
                return;
            }
            throw badFd();
        }
        try {
            if (f.ch != null) {
                forgetPendingCloexec(f.ch);
                f.ch.close();
            }
            if (f.other instanceof SocketModule.Sock s && !state().fds.containsValue(f)) {
                s.close();
            }
            if (f.other instanceof SubprocessModule.Pipe p && !state().fds.containsValue(f)) {
                p.release();
            }
        } catch (IOException e) {
            throw err(e, null);
        }
    }

    @TruffleBoundary
    static byte[] readFd(int n, int count) {
        if (count < 0) {
            throw PyErrors.valueError("negative count");
        }
        if (n == 0 && !state().fds.containsKey(0)) {
            try {
                byte[] buf = new byte[count];
                int r = PythonContext.get().stdin().read(buf);
                return r <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, r);
            } catch (IOException e) {
                throw err(e, null);
            }
        }
        Fd f = fd(n);
        if ((f.flags & 3) == O_WRONLY) {
            throw badFd();
        }
        if (f.other instanceof SubprocessModule.Pipe p) {
            return readPipe(p, count);
        }
        if (f.ch == null) {
            throw err(21, null);
        }
        try {
            ByteBuffer bb = ByteBuffer.allocate(count);
            int r = f.ch.read(bb);
            if (r <= 0) {
                return new byte[0];
            }
            return java.util.Arrays.copyOf(bb.array(), r);
        } catch (IOException e) {
            throw err(e, null);
        }
    }

    /**
     * A read from a child's pipe: what is there, blocking only until some arrives (read(2) on a pipe; a blocked read
     * is not interrupted by Ctrl-C, the JDK's pipe streams ignore thread interrupts).
     */
    private static byte[] readPipe(SubprocessModule.Pipe p, int count) {
        if (p.in == null || count == 0) {
            return new byte[0];
        }
        try {
            byte[] buf = new byte[count];
            int r = p.in.read(buf);
            return r <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, r);
        } catch (IOException e) {
            throw err(e, null);
        }
    }

    @TruffleBoundary
    static byte[] readAllFd(int n) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            byte[] b = readFd(n, 65536);
            if (b.length == 0) {
                return out.toByteArray();
            }
            out.write(b, 0, b.length);
        }
    }

    @TruffleBoundary
    static long writeFd(int n, byte[] data) {
        if ((n == 1 || n == 2) && !state().fds.containsKey(n)) {
            PythonContext c = PythonContext.get();
            java.io.PrintStream ps = n == 1 ? c.out() : c.err();
            org.auditpy.runtime.CheckedOutput sink = n == 1 ? c.outSink() : c.errSink();
            sink.clearError();
            ps.write(data, 0, data.length);
            ps.flush();
            // write(2)'s error: OSError [Errno 28] on a full device, BrokenPipeError once a pipe's reader has gone
            sink.raiseError();
            return data.length;
        }
        Fd f = fd(n);
        if (f.other instanceof SubprocessModule.Pipe p && p.out != null) {
            try {
                p.out.write(data);
                p.out.flush();
                return data.length;
            } catch (IOException e) {
                throw err(32, null);
            }
        }
        if (f.ch == null || (f.flags & 3) == O_RDONLY) {
            throw badFd();
        }
        try {
            if ((f.flags & (O_APPEND | 3)) == (O_APPEND | O_RDWR)) {
                f.ch.position(f.ch.size());
            }
            return f.ch.write(ByteBuffer.wrap(data));
        } catch (IOException e) {
            throw err(e, null);
        }
    }

    @TruffleBoundary
    static long lseek(int n, long pos, int how) {
        if (n >= 0 && n <= 2 && !state().fds.containsKey(n)) {
            throw err(29, null);
        }
        Fd f = fd(n);
        if (f.other != null) {
            // a pipe or a socket
            throw err(29, null);
        }
        try {
            long np = switch (how) {
                case 0 -> pos;
                case 1 -> f.ch.position() + pos;
                case 2 -> f.ch.size() + pos;
                default -> throw err(22, null);
            };
            if (np < 0) {
                throw err(22, null);
            }
            f.ch.position(np);
            return np;
        } catch (IOException e) {
            throw err(e, null);
        }
    }

    static void truncateFd(int n, long length) {
        Fd f = fd(n);
        try {
            long size = f.ch.size();
            if (length < size) {
                f.ch.truncate(length);
            } else if (length > size) {
                long p = f.ch.position();
                f.ch.write(ByteBuffer.allocate(1), length - 1);
                f.ch.position(p);
            }
        } catch (IOException e) {
            throw err(e, null);
        }
    }

    static byte[] bytesLike(Object o, String fn) {
        if (o instanceof PyBytes b) {
            return b.getBytes();
        }
        Object mv = PyOps.getAttributeOrNull(o, "tobytes");
        if (mv != null) {
            Object r = PyOps.callPositional(mv);
            if (r instanceof PyBytes b) {
                return b.getBytes();
            }
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(o) + "'");
    }

    // ------------------------------------------------------------------ stat

    static long secs(FileTime t) {
        return Math.floorDiv(t.to(TimeUnit.NANOSECONDS), 1_000_000_000L);
    }

    @TruffleBoundary
    static PyTuple stat(Path p, boolean follow, Object filename) {
        LinkOption[] lo = follow ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> a;
        try {
            a = Files.readAttributes(p, "unix:*", lo);
        } catch (IOException e) {
            throw err(e, filename);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                var b = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, lo);
                a = new java.util.HashMap<>();
                a.put("mode", (b.isDirectory() ? 0040755 : b.isSymbolicLink() ? 0120777 : 0100644));
                a.put("ino", 0L);
                a.put("dev", 0L);
                a.put("nlink", 1);
                a.put("uid", 0);
                a.put("gid", 0);
                a.put("size", b.size());
                a.put("lastAccessTime", b.lastAccessTime());
                a.put("lastModifiedTime", b.lastModifiedTime());
                a.put("ctime", b.lastModifiedTime());
                a.put("rdev", 0L);
            } catch (IOException e2) {
                throw err(e2, filename);
            }
        }
        FileTime at = (FileTime) a.get("lastAccessTime");
        FileTime mt = (FileTime) a.get("lastModifiedTime");
        FileTime ct = (FileTime) a.get("ctime");
        long size = ((Number) a.get("size")).longValue();
        return makeStat(((Number) a.get("mode")).longValue(), ((Number) a.get("ino")).longValue(), ((Number) a.get("dev")).longValue(),
                        ((Number) a.get("nlink")).longValue(), ((Number) a.get("uid")).longValue(), ((Number) a.get("gid")).longValue(), size,
                        at.to(TimeUnit.NANOSECONDS), mt.to(TimeUnit.NANOSECONDS), ct.to(TimeUnit.NANOSECONDS),
                        a.get("rdev") instanceof Number r ? r.longValue() : 0L);
    }

    /** CPython 3.11's {@code os.sysconf_names} on Linux x86-64 (posixmodule.c posix_constants_sysconf, glibc's values), in its order. */
    static final Object[] SYSCONF_NAMES = {"SC_2_CHAR_TERM", 95, "SC_2_C_BIND", 47, "SC_2_C_DEV", 48, "SC_2_C_VERSION", 96, "SC_2_FORT_DEV", 49, "SC_2_FORT_RUN", 50, "SC_2_LOCALEDEF",
52, "SC_2_SW_DEV", 51, "SC_2_UPE", 97, "SC_2_VERSION", 46, "SC_AIO_LISTIO_MAX", 23, "SC_AIO_MAX", 24, "SC_AIO_PRIO_DELTA_MAX", 25,
"SC_ARG_MAX", 0, "SC_ASYNCHRONOUS_IO", 12, "SC_ATEXIT_MAX", 87, "SC_AVPHYS_PAGES", 86, "SC_BC_BASE_MAX", 36, "SC_BC_DIM_MAX", 37,
"SC_BC_SCALE_MAX", 38, "SC_BC_STRING_MAX", 39, "SC_CHARCLASS_NAME_MAX", 45, "SC_CHAR_BIT", 101, "SC_CHAR_MAX", 102, "SC_CHAR_MIN", 103,
"SC_CHILD_MAX", 1, "SC_CLK_TCK", 2, "SC_COLL_WEIGHTS_MAX", 40, "SC_DELAYTIMER_MAX", 26, "SC_EQUIV_CLASS_MAX", 41, "SC_EXPR_NEST_MAX", 42,
"SC_FSYNC", 15, "SC_GETGR_R_SIZE_MAX", 69, "SC_GETPW_R_SIZE_MAX", 70, "SC_INT_MAX", 104, "SC_INT_MIN", 105, "SC_IOV_MAX", 60,
"SC_JOB_CONTROL", 7, "SC_LINE_MAX", 43, "SC_LOGIN_NAME_MAX", 71, "SC_LONG_BIT", 106, "SC_MAPPED_FILES", 16, "SC_MB_LEN_MAX", 108,
"SC_MEMLOCK", 17, "SC_MEMLOCK_RANGE", 18, "SC_MEMORY_PROTECTION", 19, "SC_MESSAGE_PASSING", 20, "SC_MINSIGSTKSZ", 249, "SC_MQ_OPEN_MAX", 27,
"SC_MQ_PRIO_MAX", 28, "SC_NGROUPS_MAX", 3, "SC_NL_ARGMAX", 119, "SC_NL_LANGMAX", 120, "SC_NL_MSGMAX", 121, "SC_NL_NMAX", 122,
"SC_NL_SETMAX", 123, "SC_NL_TEXTMAX", 124, "SC_NPROCESSORS_CONF", 83, "SC_NPROCESSORS_ONLN", 84, "SC_NZERO", 109, "SC_OPEN_MAX", 4,
"SC_PAGESIZE", 30, "SC_PAGE_SIZE", 30, "SC_PASS_MAX", 88, "SC_PHYS_PAGES", 85, "SC_PII", 53, "SC_PII_INTERNET", 56, "SC_PII_INTERNET_DGRAM",
62, "SC_PII_INTERNET_STREAM", 61, "SC_PII_OSI", 57, "SC_PII_OSI_CLTS", 64, "SC_PII_OSI_COTS", 63, "SC_PII_OSI_M", 65, "SC_PII_SOCKET", 55,
"SC_PII_XTI", 54, "SC_POLL", 58, "SC_PRIORITIZED_IO", 13, "SC_PRIORITY_SCHEDULING", 10, "SC_REALTIME_SIGNALS", 9, "SC_RE_DUP_MAX", 44,
"SC_RTSIG_MAX", 31, "SC_SAVED_IDS", 8, "SC_SCHAR_MAX", 111, "SC_SCHAR_MIN", 112, "SC_SELECT", 59, "SC_SEMAPHORES", 21, "SC_SEM_NSEMS_MAX",
32, "SC_SEM_VALUE_MAX", 33, "SC_SHARED_MEMORY_OBJECTS", 22, "SC_SHRT_MAX", 113, "SC_SHRT_MIN", 114, "SC_SIGQUEUE_MAX", 34, "SC_SSIZE_MAX",
110, "SC_STREAM_MAX", 5, "SC_SYNCHRONIZED_IO", 14, "SC_THREADS", 67, "SC_THREAD_ATTR_STACKADDR", 77, "SC_THREAD_ATTR_STACKSIZE", 78,
"SC_THREAD_DESTRUCTOR_ITERATIONS", 73, "SC_THREAD_KEYS_MAX", 74, "SC_THREAD_PRIORITY_SCHEDULING", 79, "SC_THREAD_PRIO_INHERIT", 80,
"SC_THREAD_PRIO_PROTECT", 81, "SC_THREAD_PROCESS_SHARED", 82, "SC_THREAD_SAFE_FUNCTIONS", 68, "SC_THREAD_STACK_MIN", 75,
"SC_THREAD_THREADS_MAX", 76, "SC_TIMERS", 11, "SC_TIMER_MAX", 35, "SC_TTY_NAME_MAX", 72, "SC_TZNAME_MAX", 6, "SC_T_IOV_MAX", 66,
"SC_UCHAR_MAX", 115, "SC_UINT_MAX", 116, "SC_UIO_MAXIOV", 60, "SC_ULONG_MAX", 117, "SC_USHRT_MAX", 118, "SC_VERSION", 29, "SC_WORD_BIT",
107, "SC_XBS5_ILP32_OFF32", 125, "SC_XBS5_ILP32_OFFBIG", 126, "SC_XBS5_LP64_OFF64", 127, "SC_XBS5_LPBIG_OFFBIG", 128, "SC_XOPEN_CRYPT", 92,
"SC_XOPEN_ENH_I18N", 93, "SC_XOPEN_LEGACY", 129, "SC_XOPEN_REALTIME", 130, "SC_XOPEN_REALTIME_THREADS", 131, "SC_XOPEN_SHM", 94,
"SC_XOPEN_UNIX", 91, "SC_XOPEN_VERSION", 89, "SC_XOPEN_XCU_VERSION", 90, "SC_XOPEN_XPG2", 98, "SC_XOPEN_XPG3", 99, "SC_XOPEN_XPG4", 100};

    static final String[] STAT_FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"};

    static PyTuple makeStat(long mode, long ino, long dev, long nlink, long uid, long gid, long size, long atNs, long mtNs, long ctNs, long rdev) {
        State st = state();
        Object[] items = {mode, ino, dev, nlink, uid, gid, size, Math.floorDiv(atNs, 1_000_000_000L), Math.floorDiv(mtNs, 1_000_000_000L),
                        Math.floorDiv(ctNs, 1_000_000_000L)};
        PyTuple t = new PyTuple(st.statResult, items);
        t.setAttribute("\0st_atime", floatTime(atNs));
        t.setAttribute("\0st_mtime", floatTime(mtNs));
        t.setAttribute("\0st_ctime", floatTime(ctNs));
        t.setAttribute("\0st_atime_ns", atNs);
        t.setAttribute("\0st_mtime_ns", mtNs);
        t.setAttribute("\0st_ctime_ns", ctNs);
        t.setAttribute("\0st_blksize", 4096L);
        t.setAttribute("\0st_blocks", (size + 511) / 512);
        t.setAttribute("\0st_rdev", rdev);
        return t;
    }

    /**
     * A stat time in seconds as CPython's fill_time computes it ({@code sec + nsec * 1e-9}, Modules/posixmodule.c): the
     * nanoseconds divided as a whole lose digits in the double ({@code 1796443295.088964} for {@code ...0889642}).
     */
    static double floatTime(long ns) {
        return Math.floorDiv(ns, 1_000_000_000L) + Math.floorMod(ns, 1_000_000_000L) * 1e-9;
    }

    static PyTuple fstat(int n) {
        Fd f = state().fds.get(n);
        if (f == null) {
            if (n >= 0 && n <= 2) {
                long now = System.currentTimeMillis() * 1_000_000L;
                return makeStat(0020620, n + 1, 5, 1, 0, 0, 0, now, now, now, 34816 + n);
            }
            throw badFd();
        }
        if (f.other instanceof SubprocessModule.Pipe) {
            long now = System.currentTimeMillis() * 1_000_000L;
            return makeStat(0010600, n + 1, 14, 1, 0, 0, 0, now, now, now, 0);
        }
        return stat(f.path, true, null);
    }

    static PyType structType(PythonContext ctx, String module, String name, String[] fields, int nSeq, String[] extra) {
        PyType t = new PyType(ctx.types().type, name, new PyType[]{ctx.types().tuple}, new PyDict(ctx.types().dict), false, PyType.Layout.TUPLE,
                        false);
        t.computeMro(ctx.types().object);
        BuiltinsInstaller.install(ctx, t.getDict(), new StructSeq(), name, true);
        t.getDict().setStr("__module__", module);
        Object[] names = new Object[nSeq];
        for (int i = 0; i < fields.length; i++) {
            final int idx = i;
            if (i < nSeq) {
                names[i] = fields[i];
            }
            t.getDict().setStr(fields[i], new Descriptors.GetSet(ctx.types().getsetDescriptor, fields[i], t, o -> ((PyTuple) o).get(idx), null, null));
        }
        for (String e : extra) {
            final String key = "\0" + e;
            t.getDict().setStr(e, new Descriptors.GetSet(ctx.types().getsetDescriptor, e, t, o -> {
                Object v = ((PythonObject) o).getAttributeOrNull(key);
                return v == null ? PyNone.NONE : v;
            }, null, null));
        }
        if (extra.length > 0 && fields.length == nSeq) {
            // structseq_new (Objects/structseq.c): the first nSeq items are the sequence, the rest the fields outside it
            int max = fields.length + extra.length;
            Fns.method(ctx, t, "__new__", "cls, sequence, dict=", a -> {
                Object[] items = a[1] instanceof PyTuple tu ? tu.items() : a[1] instanceof PyList l ? l.toArray() : null;
                if (items == null) {
                    throw PyErrors.typeError("constructor requires a sequence");
                }
                String qual = module + "." + name + "()";
                if (items.length < nSeq) {
                    throw PyErrors.typeError(qual + " takes an at least " + nSeq + "-sequence (" + items.length + "-sequence given)");
                }
                if (items.length > max) {
                    throw PyErrors.typeError(qual + " takes an at most " + max + "-sequence (" + items.length + "-sequence given)");
                }
                PyTuple r = new PyTuple((PyType) a[0], java.util.Arrays.copyOf(items, nSeq));
                for (int i = nSeq; i < items.length; i++) {
                    r.setAttribute("\0" + extra[i - nSeq], items[i]);
                }
                return r;
            });
            t.getDict().setStr("__new__", new Descriptors.StaticMethod(ctx.types().staticmethod, t.getDict().getStr("__new__")));
        }
        t.getDict().setStr("__match_args__", PyTuple.of(names));
        t.getDict().setStr("n_fields", (long) (fields.length + extra.length));
        t.getDict().setStr("n_sequence_fields", (long) nSeq);
        t.getDict().setStr("n_unnamed_fields", 0L);
        return t;
    }

    // ------------------------------------------------------------------ DirEntry and scandir

    static final class DirEntry extends PythonObject {
        final String name;
        final PathArg dir;
        final Path path;
        PyTuple stat;
        PyTuple lstat;

        DirEntry(PyType t, String name, PathArg dir, Path path) {
            super(t);
            this.name = name;
            this.dir = dir;
            this.path = path;
        }

        Object name() {
            return dir.isBytes ? PyBytes.of(Fns.fsencode(name)) : name;
        }

        Object pathValue() {
            if (dir.fd >= 0) {
                // os.scandir(fd): the entry's path is its name (posixmodule.c, DirEntry_from_posix_info)
                return name;
            }
            String d = dir.str == null ? "." : dir.str;
            String s = d.endsWith("/") ? d + name : d + "/" + name;
            return dir.isBytes ? PyBytes.of(Fns.fsencode(s)) : s;
        }

        PyTuple stat(boolean follow) {
            if (follow) {
                if (stat == null) {
                    if (Files.isSymbolicLink(path)) {
                        stat = PosixModule.stat(path, true, pathValue());
                    } else {
                        stat = lstat(false);
                    }
                }
                return stat;
            }
            return lstat(false);
        }

        PyTuple lstat(boolean unused) {
            if (lstat == null) {
                lstat = PosixModule.stat(path, false, pathValue());
            }
            return lstat;
        }

        boolean test(boolean follow, int fmt) {
            try {
                PyTuple s = stat(follow);
                return (((Long) s.get(0)) & 0170000) == fmt;
            } catch (PyException e) {
                if (PyOps.isException(e, "FileNotFoundError")) {
                    return false;
                }
                throw e;
            }
        }
    }

    static final class ScandirIterator extends PyIterator {
        DirectoryStream<Path> stream;
        java.util.Iterator<Path> it;
        final PathArg dir;

        ScandirIterator(PyType t, DirectoryStream<Path> stream, PathArg dir) {
            super(t);
            this.stream = stream;
            this.it = stream.iterator();
            this.dir = dir;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (stream == null) {
                return null;
            }
            try {
                if (it.hasNext()) {
                    Path p = it.next();
                    return new DirEntry(state().dirEntry, p.getFileName().toString(), dir, p);
                }
            } catch (java.nio.file.DirectoryIteratorException e) {
                throw err(e.getCause(), dir.original);
            }
            close();
            return null;
        }

        void close() {
            if (stream != null) {
                try {
                    stream.close();
                } catch (IOException e) {
                    // ignore
                }
                stream = null;
            }
        }
    }

    static DirEntry entry(Object o) {
        if (o instanceof DirEntry d) {
            return d;
        }
        throw PyErrors.typeError("descriptor requires a 'posix.DirEntry' object but received a '" + PyOps.typeName(o) + "'");
    }

    static boolean followKw(Object o) {
        return absent(o) || Fns.truthy(o);
    }

    static int dirFdAudit(Object dirFd) {
        if (absentOrNone(dirFd)) {
            return -1;
        }
        return toInt(dirFd);
    }

    static void noDirFd(Object dirFd, String fn) {
        if (!absentOrNone(dirFd)) {
            throw PyErrors.notImplemented(fn + ": dir_fd unavailable on this platform");
        }
    }

    static PyType makeDirEntryTypes(PythonContext ctx, State st, Functions fns) {
        PyType gs = ctx.types().getsetDescriptor;
        PyType de = new PyType(ctx.types().type, "DirEntry", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER,
                        false);
        de.computeMro(ctx.types().object);
        de.getDict().setStr("__module__", "posix");
        de.getDict().setStr("name", new Descriptors.GetSet(gs, "name", de, o -> entry(o).name(), null, null));
        de.getDict().setStr("path", new Descriptors.GetSet(gs, "path", de, o -> entry(o).pathValue(), null, null));
        Fns.method(ctx, de, "__fspath__", "self", fns.lazy(71));
        Fns.method(ctx, de, "__repr__", "self", fns.lazy(72));
        Fns.method(ctx, de, "is_dir", "self, *, follow_symlinks=", fns.lazy(73));
        Fns.method(ctx, de, "is_file", "self, *, follow_symlinks=", fns.lazy(74));
        Fns.method(ctx, de, "is_symlink", "self", fns.lazy(75));
        Fns.method(ctx, de, "stat", "self, *, follow_symlinks=", fns.lazy(76));
        Fns.method(ctx, de, "inode", "self", fns.lazy(77));
        st.dirEntry = de;

        PyType si = new PyType(ctx.types().type, "ScandirIterator", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false,
                        PyType.Layout.OTHER, false);
        si.computeMro(ctx.types().object);
        si.getDict().setStr("__module__", "posix");
        Fns.method(ctx, si, "__iter__", "self", fns.lazy(78));
        Fns.method(ctx, si, "__next__", "self", fns.lazy(79));
        Fns.method(ctx, si, "close", "self", fns.lazy(80));
        Fns.method(ctx, si, "__enter__", "self", fns.lazy(81));
        Fns.method(ctx, si, "__exit__", "self, *args", fns.lazy(82));
        st.scandirIterator = si;
        return de;
    }

    // ------------------------------------------------------------------ module

    /**
     * The functions of {@link #create} and the methods of {@link #makeDirEntryTypes}, each made at its first call: a
     * {@code def} there names its lambda here by number ({@link Fns.Lazy}), and the JVM links a lambda (spins its
     * class) only when its case first runs. Linked all at the import, the 85 took about 35 ms of a first
     * {@code import os} (bench/README.md, "posix's functions made at their first call").
     */
    private static final class Functions implements Fns.Table {
        private final PythonContext ctx;
        private final State st;

        Functions(PythonContext ctx, State st) {
            this.ctx = ctx;
            this.st = st;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> a[0] instanceof org.auditpy.runtime.PyBoxed bx && bx.getValue() instanceof String ? a[0] : fspath(a[0], null, false, false); // posix.fspath
                case 1 -> a -> {
                    PathArg p = path(a[0], "stat", true);
                    if (p.fd >= 0 || p.str == null) {
                        return fstat(p.fd);
                    }
                    if (p.str.isEmpty()) {
                        throw err(2, p.original);
                    }
                    return stat(resolveAt(p, a[1]), followKw(a[2]), p.original);
                }; // posix.stat
                case 2 -> a -> {
                    PathArg p = path(a[0], "lstat");
                    if (p.str.isEmpty()) {
                        throw err(2, p.original);
                    }
                    return stat(resolveAt(p, a[1]), false, p.original);
                }; // posix.lstat
                case 3 -> a -> fstat(toInt(a[0])); // posix.fstat
                case 4 -> a -> {
                    PathArg p = absentOrNone(a[0]) ? new PathArg(PyNone.NONE, ".", ".", false, -1) : path(a[0], "listdir", true);
                    if (Audit.active()) {
                        Audit.raise("os.listdir", absentOrNone(a[0]) ? PyNone.NONE : p.original);
                    }
                    PyList out = new PyList(ctx.types().list);
                    Path dir = p.fd >= 0 ? fd(p.fd).path : p.resolve();
                    if (p.fd < 0 && p.str.isEmpty()) {
                        throw err(2, p.original);
                    }
                    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                        for (Path c : ds) {
                            out.append(p.ofSameKind(c.getFileName().toString()));
                        }
                    } catch (IOException e) {
                        throw err(e, p.original);
                    }
                    return out;
                }; // posix.listdir
                case 5 -> a -> {
                    PathArg p = absentOrNone(a[0]) ? new PathArg(PyNone.NONE, ".", ".", false, -1) : path(a[0], "scandir", true);
                    if (Audit.active()) {
                        Audit.raise("os.scandir", absentOrNone(a[0]) ? PyNone.NONE : p.original);
                    }
                    Path dir;
                    if (p.fd >= 0) {
                        // fdopendir(3): the directory the descriptor was opened on
                        Fd f = fd(p.fd);
                        if (f.ch != null || f.other != null || f.path == null) {
                            throw err(20, PyNone.NONE);
                        }
                        dir = f.path;
                    } else if (p.str.isEmpty()) {
                        throw err(2, p.original);
                    } else {
                        dir = p.resolve();
                    }
                    try {
                        return new ScandirIterator(st.scandirIterator, Files.newDirectoryStream(dir), p);
                    } catch (IOException e) {
                        throw err(e, p.original);
                    }
                }; // posix.scandir
                case 6 -> a -> {
                    PathArg p = path(a[0], "mkdir");
                    long mode = absent(a[1]) ? 0777 : toLong(a[1]);
                    if (Audit.active()) {
                        Audit.raise("os.mkdir", p.original, mode, (long) dirFdAudit(a[2]));
                    }
                    if (p.str.isEmpty()) {
                        throw err(2, p.original);
                    }
                    Path path = resolveAt(p, a[2]);
                    try {
                        Files.createDirectory(path);
                        try {
                            Files.setPosixFilePermissions(path, perms((int) mode & ~state().umask));
                        } catch (UnsupportedOperationException e) {
                            // not a POSIX file system
                        }
                    } catch (IOException e) {
                        throw err(e, p.original);
                    }
                    return null;
                }; // posix.mkdir
                case 7 -> a -> {
                    PathArg p = path(a[0], "rmdir");
                    if (Audit.active()) {
                        Audit.raise("os.rmdir", p.original, (long) dirFdAudit(a[1]));
                    }
                    Path path = resolveAt(p, a[1]);
                    if (p.str.isEmpty()) {
                        throw err(2, p.original);
                    }
                    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        throw err(20, p.original);
                    }
                    try {
                        Files.delete(path);
                    } catch (IOException e) {
                        throw err(e, p.original);
                    }
                    return null;
                }; // posix.rmdir
                case 8 -> a -> PythonContext.get().getCwd().toString(); // posix.getcwd
                case 9 -> a -> PyBytes.of(Fns.fsencode(PythonContext.get().getCwd().toString())); // posix.getcwdb
                case 10 -> a -> {
                    PathArg p = path(a[0], "chdir", true);
                    if (Audit.active()) {
                        Audit.raise("os.chdir", p.original);
                    }
                    Path path = p.fd >= 0 ? fd(p.fd).path : p.resolve();
                    if (p.fd < 0 && p.str.isEmpty()) {
                        throw err(2, p.original);
                    }
                    if (!Files.exists(path)) {
                        throw err(2, p.original);
                    }
                    if (!Files.isDirectory(path)) {
                        throw err(20, p.original);
                    }
                    try {
                        PythonContext.get().setCwd(path.toRealPath());
                    } catch (IOException e) {
                        throw err(e, p.original);
                    }
                    return null;
                }; // posix.chdir
                case 11 -> a -> ProcessHandle.current().pid(); // posix.getpid
                case 12 -> a -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L); // posix.getppid
                case 13 -> a -> unixId("uid"); // posix.getuid
                case 14 -> a -> unixId("uid"); // posix.geteuid
                case 15 -> a -> unixId("gid"); // posix.getgid
                case 16 -> a -> unixId("gid"); // posix.getegid
                case 17 -> a -> System.getProperty("user.name"); // posix.getlogin
                case 18 -> a -> {
                    byte[] k = envBytes(a[0], "putenv");
                    byte[] v = envBytes(a[1], "putenv");
                    String ks = Fns.fsdecode(k);
                    if (ks.indexOf('=') >= 0) {
                        throw PyErrors.valueError("illegal environment variable name");
                    }
                    if (Audit.active()) {
                        Audit.raise("os.putenv", PyBytes.of(k), PyBytes.of(v));
                    }
                    LibcCalls.setenv(k, v);
                    return null;
                }; // posix.putenv
                case 19 -> a -> {
                    byte[] k = envBytes(a[0], "unsetenv");
                    if (Audit.active()) {
                        Audit.raise("os.unsetenv", PyBytes.of(k));
                    }
                    LibcCalls.setenv(k, null);
                    return null;
                }; // posix.unsetenv
                case 20 -> a -> {
                    PathArg p = path(a[0], "open");
                    int flags = toInt(a[1]);
                    int mode = absent(a[2]) ? 0777 : toInt(a[2]);
                    flags |= O_CLOEXEC;
                    if (Audit.active()) {
                        Audit.raise("open", p.original, PyNone.NONE, (long) flags);
                    }
                    return (long) openFd(p, flags, mode, a[3]);
                }; // posix.open
                case 21 -> a -> {
                    closeFd(toInt(a[0]));
                    return null;
                }; // posix.close
                case 22 -> a -> {
                    int lo = toInt(a[0]);
                    int hi = toInt(a[1]);
                    for (Integer n : new java.util.ArrayList<>(state().fds.keySet())) {
                        if (n >= lo && n < hi) {
                            closeFd(n);
                        }
                    }
                    return null;
                }; // posix.closerange
                case 23 -> a -> PyBytes.of(readFd(toInt(a[0]), toInt(a[1]))); // posix.read
                case 24 -> a -> writeFd(toInt(a[0]), bytesLike(a[1], "write")); // posix.write
                case 25 -> a -> lseek(toInt(a[0]), toLong(a[1]), toInt(a[2])); // posix.lseek
                case 26 -> a -> {
                    if (Audit.active()) {
                        Audit.raise("os.truncate", a[0], a[1]);
                    }
                    truncateFd(toInt(a[0]), toLong(a[1]));
                    return null;
                }; // posix.ftruncate
                case 27 -> a -> {
                    PathArg p = path(a[0], "truncate", true);
                    if (Audit.active()) {
                        Audit.raise("os.truncate", p.original, a[1]);
                    }
                    if (p.fd >= 0) {
                        truncateFd(p.fd, toLong(a[1]));
                        return null;
                    }
                    int n = openFd(p, O_WRONLY, 0);
                    try {
                        truncateFd(n, toLong(a[1]));
                    } finally {
                        closeFd(n);
                    }
                    return null;
                }; // posix.truncate
                case 28 -> a -> {
                    Fd f = fd(toInt(a[0]));
                    try {
                        if (f.ch != null) {
                            f.ch.force(true);
                        }
                    } catch (IOException e) {
                        throw err(e, null);
                    }
                    return null;
                }; // posix.fsync
                case 29 -> a -> {
                    int n = toInt(a[0]);
                    if (n >= 0 && n <= 2 && !state().fds.containsKey(n)) {
                        java.io.Console c = System.console();
                        return c != null && c.isTerminal();
                    }
                    return false;
                }; // posix.isatty
                case 30 -> a -> {
                    Fd f = fd(toInt(a[0]));
                    return (long) allocFd(f);
                }; // posix.dup
                case 31 -> a -> {
                    int n = toInt(a[0]);
                    if (n < 0) {
                        throw PyErrors.valueError("negative argument not allowed");
                    }
                    byte[] b = new byte[n];
                    new java.security.SecureRandom().nextBytes(b);
                    return PyBytes.of(b);
                }; // posix.urandom
                case 32 -> a -> {
                    PathArg p = path(a[0], "readlink");
                    try {
                        return p.ofSameKind(Files.readSymbolicLink(resolveAt(p, a[1])).toString());
                    } catch (IOException e) {
                        throw err(e, p.original);
                    }
                }; // posix.readlink
                case 33 -> a -> {
                    PathArg s = path(a[0], "symlink");
                    PathArg d = path(a[1], "symlink");
                    if (Audit.active()) {
                        Audit.raise("os.symlink", s.original, d.original, (long) dirFdAudit(a[3]));
                    }
                    noDirFd(a[3], "symlink");
                    try {
                        Files.createSymbolicLink(d.resolve(), Path.of(s.str));
                    } catch (IOException e) {
                        throw err2(errnoOf(e), s.original, d.original);
                    }
                    return null;
                }; // posix.symlink
                case 34 -> a -> {
                    PathArg s = path(a[0], "link");
                    PathArg d = path(a[1], "link");
                    if (Audit.active()) {
                        Audit.raise("os.link", s.original, d.original, (long) dirFdAudit(a[2]), (long) dirFdAudit(a[3]));
                    }
                    try {
                        Files.createLink(d.resolve(), s.resolve());
                    } catch (IOException e) {
                        throw err2(errnoOf(e), s.original, d.original);
                    }
                    return null;
                }; // posix.link
                case 35 -> a -> {
                    PathArg p = path(a[0], "access");
                    int mode = toInt(a[1]);
                    Path path = resolveAt(p, a[2]);
                    if (p.str.isEmpty() || !Files.exists(path)) {
                        return false;
                    }
                    boolean ok = true;
                    if ((mode & 4) != 0) {
                        ok &= Files.isReadable(path);
                    }
                    if ((mode & 2) != 0) {
                        ok &= Files.isWritable(path);
                    }
                    if ((mode & 1) != 0) {
                        ok &= Files.isExecutable(path);
                    }
                    return ok;
                }; // posix.access
                case 36 -> a -> {
                    PathArg p = path(a[0], "chmod", true);
                    long mode = toLong(a[1]);
                    if (Audit.active()) {
                        Audit.raise("os.chmod", p.original, mode, (long) dirFdAudit(a[2]));
                    }
                    Path path = p.fd >= 0 ? fd(p.fd).path : p.resolve();
                    try {
                        Files.setPosixFilePermissions(path, perms((int) mode));
                    } catch (IOException e) {
                        throw err(e, p.original);
                    }
                    return null;
                }; // posix.chmod
                case 37 -> a -> {
                    chown(a[0], a[1], a[2], a[3], absent(a[4]) || PyOps.isTrue(a[4]), "chown", true);
                    return null;
                }; // posix.chown
                case 38 -> a -> {
                    XattrTarget t = xattrTarget(a[0], "getxattr", a[2]);
                    byte[] name = xattrName(a[1], "getxattr");
                    if (Audit.active()) {
                        Audit.raise("os.getxattr", t.arg().value(), a[1]);
                    }
                    return PyBytes.of(LibcCalls.getxattr(t.path(), name, t.follow, t.filename));
                }; // posix.getxattr
                case 39 -> a -> {
                    XattrTarget t = xattrTarget(a[0], "setxattr", a[4]);
                    byte[] name = xattrName(a[1], "setxattr");
                    if (!(a[2] instanceof PyBytes v)) {
                        throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(a[2]) + "'");
                    }
                    int flags = absent(a[3]) ? 0 : toInt(a[3]);
                    if (Audit.active()) {
                        // the value as CPython's buffer converter hands it to the event: bytes
                        Audit.raise("os.setxattr", t.arg().value(), a[1], v.isByteArray() ? PyBytes.of(v.getBytes().clone()) : v, (long) flags);
                    }
                    LibcCalls.setxattr(t.path(), name, v.getBytes(), flags, t.follow, t.filename);
                    return null;
                }; // posix.setxattr
                case 40 -> a -> {
                    Object p = absent(a[0]) ? PyNone.NONE : a[0];
                    boolean negativeFd = Fns.isIntLike(p) && toLong(p) < 0;
                    XattrTarget t = xattrTarget(p == PyNone.NONE || negativeFd ? "." : p, "listxattr", a[1]);
                    if (Audit.active()) {
                        // the path as CPython's path_t gives it to the event: fspath'ed (an fd or None as is)
                        Audit.raise("os.listxattr", p == PyNone.NONE || negativeFd ? p : t.arg().value());
                    }
                    byte[] names = LibcCalls.listxattr(t.path(), t.follow, p == PyNone.NONE ? "." : t.filename);
                    java.util.List<Object> out = new java.util.ArrayList<>();
                    int start = 0;
                    for (int i = 0; i < names.length; i++) {
                        if (names[i] == 0) {
                            if (i > start) {
                                out.add(Fns.fsdecode(java.util.Arrays.copyOfRange(names, start, i)));
                            }
                            start = i + 1;
                        }
                    }
                    return org.auditpy.runtime.PyList.of(out.toArray());
                }; // posix.listxattr
                case 41 -> a -> {
                    XattrTarget t = xattrTarget(a[0], "removexattr", a[2]);
                    byte[] name = xattrName(a[1], "removexattr");
                    if (Audit.active()) {
                        Audit.raise("os.removexattr", t.arg().value(), a[1]);
                    }
                    LibcCalls.removexattr(t.path(), name, t.follow, t.filename);
                    return null;
                }; // posix.removexattr
                case 42 -> a -> {
                    chown(a[0], a[1], a[2], PyNone.NONE, false, "lchown", false);
                    return null;
                }; // posix.lchown
                case 43 -> a -> {
                    chown((long) toInt(a[0]), a[1], a[2], PyNone.NONE, true, "fchown", true);
                    return null;
                }; // posix.fchown
                case 44 -> a -> {
                    PathArg p = path(a[0], "utime", true);
                    Object times = absent(a[1]) ? PyNone.NONE : a[1];
                    Object nsArg = absent(a[2]) ? PyNone.NONE : a[2];
                    long atNs;
                    long mtNs;
                    if (times != PyNone.NONE && nsArg != PyNone.NONE) {
                        throw PyErrors.valueError("utime: you may specify either 'times' or 'ns' but not both");
                    }
                    if (times != PyNone.NONE) {
                        if (!(times instanceof PyTuple t) || t.size() != 2) {
                            throw PyErrors.typeError("utime: 'times' must be either a tuple of two ints or None");
                        }
                        atNs = toNs(t.get(0));
                        mtNs = toNs(t.get(1));
                    } else if (nsArg != PyNone.NONE) {
                        if (!(nsArg instanceof PyTuple t) || t.size() != 2) {
                            throw PyErrors.typeError("utime: 'ns' must be a tuple of two ints");
                        }
                        atNs = toLong(t.get(0));
                        mtNs = toLong(t.get(1));
                    } else {
                        atNs = mtNs = System.currentTimeMillis() * 1_000_000L;
                    }
                    if (Audit.active()) {
                        Audit.raise("os.utime", p.original, times, nsArg, (long) dirFdAudit(a[3]));
                    }
                    Path path = p.fd >= 0 ? fd(p.fd).path : p.resolve();
                    try {
                        LinkOption[] lo = followKw(a[4]) ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
                        Files.getFileAttributeView(path, BasicFileAttributeView.class, lo).setTimes(FileTime.from(mtNs, TimeUnit.NANOSECONDS),
                                        FileTime.from(atNs, TimeUnit.NANOSECONDS), null);
                    } catch (IOException e) {
                        // no filename, as CPython's os_utime_impl (posix_error, "see previous comment about not
                        // putting filename in error here")
                        throw err(e, null);
                    }
                    return null;
                }; // posix.utime
                case 45 -> a -> {
                    int old = state().umask;
                    state().umask = toInt(a[0]) & 0777;
                    return (long) old;
                }; // posix.umask
                case 46 -> a -> (long) Runtime.getRuntime().availableProcessors(); // posix.cpu_count
                case 47 -> a -> {
                    String node = "localhost";
                    try {
                        node = java.net.InetAddress.getLocalHost().getHostName();
                    } catch (IOException e) {
                        // keep localhost
                    }
                    String version = "";
                    try {
                        version = Files.readString(Path.of("/proc/sys/kernel/version")).strip();
                    } catch (IOException | RuntimeException e) {
                        // unknown
                    }
                    String arch = System.getProperty("os.arch");
                    if (arch.equals("amd64")) {
                        arch = "x86_64";
                    } else if (arch.equals("aarch64")) {
                        arch = "aarch64";
                    }
                    return new PyTuple(st.unameResult, new Object[]{System.getProperty("os.name"), node, System.getProperty("os.version"), version, arch});
                }; // posix.uname
                case 48 -> a -> ErrnoModule.strerror(toInt(a[0])); // posix.strerror
                case 49 -> a -> {
                    int n = toInt(a[0]);
                    if (n >= 0 && n <= 2 && System.console() != null && System.console().isTerminal()) {
                        return "UTF-8";
                    }
                    return PyNone.NONE;
                }; // posix.device_encoding
                case 50 -> a -> {
                    int n = absent(a[0]) ? 1 : toInt(a[0]);
                    if (n < 0 || n > 2 || System.console() == null || !System.console().isTerminal()) {
                        throw err(25, null);
                    }
                    long cols = envLong("COLUMNS", 80);
                    long lines = envLong("LINES", 24);
                    return new PyTuple(st.terminalSize, new Object[]{cols, lines});
                }; // posix.get_terminal_size
                case 51 -> a -> {
                    int code = toInt(a[0]);
                    ctx.out().flush();
                    ctx.err().flush();
                    Runtime.getRuntime().halt(code);
                    return null;
                }; // posix._exit
                case 52 -> a -> {
                    int pid = toInt(a[0]);
                    long sig = toLong(a[1]);
                    if (Audit.active()) {
                        Audit.raise("os.kill", (long) pid, sig);
                    }
                    boolean self = pid == 0 || pid == ProcessHandle.current().pid();
                    if (self && ctx.signals().endsProcessByDefault((int) sig)) {
                        LibcCalls.dieBySignal((int) ProcessHandle.current().pid(), (int) sig);
                    }
                    int before = self ? ctx.signals().arrivals((int) sig) : 0;
                    LibcCalls.signal(pid, (int) sig, false);
                    if (self) {
                        ctx.signals().awaitOwnSignal((int) sig, before);
                    }
                    return null;
                }; // posix.kill
                case 53 -> a -> {
                    int pgid = toInt(a[0]);
                    int sig = toInt(a[1]);
                    if (Audit.active()) {
                        Audit.raise("os.killpg", (long) pgid, (long) sig);
                    }
                    LibcCalls.signal(pgid, sig, true);
                    return null;
                }; // posix.killpg
                case 54 -> a -> {
                    byte[] b = envBytes(a[0], "system");
                    if (Audit.active()) {
                        Audit.raise("os.system", PyBytes.of(b));
                    }
                    int before = ctx.signals().arrivals(SignalHandling.SIGCHLD);
                    long status = LibcCalls.system(b);
                    if (status != -1) {
                        // the command's SIGCHLD (held back by system until it returns) runs a Python handler now, as in CPython
                        ctx.signals().awaitOwnSignal(SignalHandling.SIGCHLD, before);
                    }
                    return status;
                }; // posix.system
                case 55 -> a -> {
                    double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
                    double elapsed = System.nanoTime() / 1e9;
                    return new PyTuple(st.timesResult, new Object[]{cpu, 0.0, 0.0, 0.0, elapsed});
                }; // posix.times
                case 56 -> a -> {
                    PathArg p = path(a[0], "execv");
                    byte[][] argv = execArgs(a[1], "execv");
                    if (Audit.active()) {
                        Audit.raise("os.exec", a[0], a[1], PyNone.NONE);
                    }
                    throw err(LibcCalls.exec(pathBytes(p), argv, null), null);
                }; // posix.execv
                case 57 -> a -> {
                    PathArg p = path(a[0], "execve");
                    byte[][] argv = execArgs(a[1], "execve");
                    byte[][] env = execEnv(a[2]);
                    if (Audit.active()) {
                        Audit.raise("os.exec", a[0], a[1], a[2]);
                    }
                    throw err(LibcCalls.exec(pathBytes(p), argv, env), p.errName());
                }; // posix.execve
                case 58 -> a -> {
                    int fd = toInt(a[0]);
                    int cmd = toInt(a[1]);
                    long len = toLong(a[2]);
                    if (Audit.active()) {
                        Audit.raise("os.lockf", (long) fd, (long) cmd, len);
                    }
                    LibcCalls.lockf(realFd(fd), cmd, len);
                    return null;
                }; // posix.lockf
                case 59 -> a -> posixSpawn(a, "posix_spawn", false); // posix.posix_spawn
                case 60 -> a -> posixSpawn(a, "posix_spawnp", true); // posix.posix_spawnp
                case 61 -> a -> {
                    long[] r = LibcCalls.waitpid(toInt(a[0]), toInt(a[1]));
                    return PyTuple.of(r[0], r[1]);
                }; // posix.waitpid
                case 62 -> a -> termSig(cInt(a[0])) == 0; // posix.WIFEXITED
                case 63 -> a -> ifSignaled(cInt(a[0])); // posix.WIFSIGNALED
                case 64 -> a -> (long) termSig(cInt(a[0])); // posix.WTERMSIG
                case 65 -> a -> (cInt(a[0]) & 0xff) == 0x7f; // posix.WIFSTOPPED
                case 66 -> a -> (long) exitStatus(cInt(a[0])); // posix.WSTOPSIG
                case 67 -> a -> cInt(a[0]) == 0xffff; // posix.WIFCONTINUED
                case 68 -> a -> (cInt(a[0]) & 0x80) != 0; // posix.WCOREDUMP
                case 69 -> a -> (long) exitStatus(cInt(a[0])); // posix.WEXITSTATUS
                case 70 -> a -> {
                    int s = cInt(a[0]);
                    if (termSig(s) == 0) {
                        return (long) exitStatus(s);
                    }
                    if (ifSignaled(s)) {
                        return (long) -termSig(s);
                    }
                    if ((s & 0xff) == 0x7f) {
                        throw PyErrors.valueError("process stopped by delivery of signal " + exitStatus(s));
                    }
                    throw PyErrors.valueError("invalid wait status: " + s);
                }; // posix.waitstatus_to_exitcode
                case 71 -> a -> entry(a[0]).pathValue(); // posix.DirEntry.__fspath__
                case 72 -> a -> "<DirEntry " + PyOps.repr(entry(a[0]).name()) + ">"; // posix.DirEntry.__repr__
                case 73 -> a -> entry(a[0]).test(followKw(a[1]), 0040000); // posix.DirEntry.is_dir
                case 74 -> a -> entry(a[0]).test(followKw(a[1]), 0100000); // posix.DirEntry.is_file
                case 75 -> a -> entry(a[0]).test(false, 0120000); // posix.DirEntry.is_symlink
                case 76 -> a -> entry(a[0]).stat(followKw(a[1])); // posix.DirEntry.stat
                case 77 -> a -> entry(a[0]).lstat(false).get(1); // posix.DirEntry.inode
                case 78 -> a -> a[0]; // posix.ScandirIterator.__iter__
                case 79 -> a -> {
                    Object r = ((ScandirIterator) a[0]).next();
                    if (r == null) {
                        throw PyErrors.stopIteration(PyNone.NONE);
                    }
                    return r;
                }; // posix.ScandirIterator.__next__
                case 80 -> a -> {
                    ((ScandirIterator) a[0]).close();
                    return null;
                }; // posix.ScandirIterator.close
                case 81 -> a -> a[0]; // posix.ScandirIterator.__enter__
                case 82 -> a -> {
                    ((ScandirIterator) a[0]).close();
                    return false;
                }; // posix.ScandirIterator.__exit__
                case 83 -> a -> {
                    PathArg p = path(a[0], "remove");
                    if (Audit.active()) {
                        Audit.raise("os.remove", p.original, (long) dirFdAudit(a[1]));
                    }
                    Path path = resolveAt(p, a[1]);
                    if (p.str.isEmpty()) {
                        throw err(2, p.original);
                    }
                    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        throw err(21, p.original);
                    }
                    try {
                        Files.delete(path);
                    } catch (IOException e) {
                        throw err(e, p.original);
                    }
                    return null;
                }; // posix.remove
                case 84 -> a -> {
                    PathArg s = path(a[0], "rename");
                    PathArg d = path(a[1], "rename");
                    if (Audit.active()) {
                        Audit.raise("os.rename", s.original, d.original, (long) dirFdAudit(a[2]), (long) dirFdAudit(a[3]));
                    }
                    Path sp = resolveAt(s, a[2]);
                    Path dp = resolveAt(d, a[3]);
                    try {
                        if (!Files.exists(sp, LinkOption.NOFOLLOW_LINKS)) {
                            throw err2(2, s.original, d.original);
                        }
                        if (Files.isDirectory(sp, LinkOption.NOFOLLOW_LINKS) && Files.exists(dp, LinkOption.NOFOLLOW_LINKS)) {
                            if (!Files.isDirectory(dp, LinkOption.NOFOLLOW_LINKS)) {
                                throw err2(20, s.original, d.original);
                            }
                        } else if (!Files.isDirectory(sp, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(dp, LinkOption.NOFOLLOW_LINKS)) {
                            throw err2(21, s.original, d.original);
                        }
                        Files.move(sp, dp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException e) {
                        throw err2(errnoOf(e), s.original, d.original);
                    }
                    return null;
                }; // posix.rename
                case 85 -> a -> {
                    PathArg p = path(a[0], "statvfs", true);
                    Path target;
                    if (p.fd >= 0) {
                        Fd open = state().fds.get(p.fd);
                        if (open == null) {
                            throw err(9, null);
                        }
                        if (open.path == null) {
                            throw err(95, null);
                        }
                        target = open.path;
                    } else {
                        target = p.resolve();
                    }
                    long[] v = LibcCalls.statvfs(Fns.fsencode(target.toString()), p.fd < 0 ? p.errName() : null);
                    PyTuple t = new PyTuple(st.statvfsResult, new Object[]{unsigned(v[0]), unsigned(v[1]), unsigned(v[2]), unsigned(v[3]), unsigned(v[4]),
                        unsigned(v[5]), unsigned(v[6]), unsigned(v[7]), unsigned(v[9]), unsigned(v[10])});
                    t.setAttribute("\0f_fsid", unsigned(v[8]));
                    return t;
                }; // posix.statvfs
                case 86 -> a -> {
                    Object n = a[0];
                    int name;
                    if (n instanceof Long || n instanceof Boolean || n instanceof java.math.BigInteger) {
                        // _PyLong_AsInt
                        Object i = PyOps.index(n);
                        if (i instanceof java.math.BigInteger || (Long) i > Integer.MAX_VALUE || (Long) i < Integer.MIN_VALUE) {
                            throw PyErrors.overflowError("Python int too large to convert to C int");
                        }
                        name = (int) (long) (Long) i;
                    } else if (n instanceof String s) {
                        Integer found = null;
                        for (int i = 0; i < SYSCONF_NAMES.length; i += 2) {
                            if (SYSCONF_NAMES[i].equals(s)) {
                                found = (Integer) SYSCONF_NAMES[i + 1];
                            }
                        }
                        if (found == null) {
                            throw PyErrors.valueError("unrecognized configuration name");
                        }
                        name = found;
                    } else {
                        throw PyErrors.typeError("configuration names must be strings or integers");
                    }
                    return LibcCalls.sysconf(name);
                }; // posix.sysconf
                default -> throw new IllegalArgumentException("posix function " + op);
            };
        }
    }

    /** A C unsigned long as a Python int. */
    static Object unsigned(long v) {
        return v >= 0 ? (Object) v : new java.math.BigInteger(Long.toUnsignedString(v));
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "posix");
        PyDict ns = m.getDict();
        State st = state();
        Functions fns = new Functions(ctx, st);
        st.statResult = structType(ctx, "os", "stat_result", STAT_FIELDS, 10,
                        new String[]{"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"});
        // the float st_*time attributes shadow the int sequence fields
        for (String f : new String[]{"st_atime", "st_mtime", "st_ctime"}) {
            final String key = "\0" + f;
            st.statResult.getDict().setStr(f, new Descriptors.GetSet(ctx.types().getsetDescriptor, f, st.statResult,
                            o -> ((PythonObject) o).getAttributeOrNull(key), null, null));
        }
        st.terminalSize = structType(ctx, "os", "terminal_size", new String[]{"columns", "lines"}, 2, new String[0]);
        st.statvfsResult = structType(ctx, "os", "statvfs_result", new String[]{"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
            "f_ffree", "f_favail", "f_flag", "f_namemax"}, 10, new String[]{"f_fsid"});
        st.unameResult = structType(ctx, "posix", "uname_result", new String[]{"sysname", "nodename", "release", "version", "machine"}, 5, new String[0]);
        st.timesResult = structType(ctx, "posix", "times_result",
                        new String[]{"user", "system", "children_user", "children_system", "elapsed"}, 5, new String[0]);
        makeDirEntryTypes(ctx, st, fns);
        ns.setStr("stat_result", st.statResult);
        ns.setStr("terminal_size", st.terminalSize);
        ns.setStr("uname_result", st.unameResult);
        ns.setStr("times_result", st.timesResult);
        ns.setStr("DirEntry", st.dirEntry);
        ns.setStr("error", ctx.types().exception("OSError"));

        Object[][] consts = {{"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL},
                        {"O_NOCTTY", O_NOCTTY}, {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND}, {"O_NONBLOCK", O_NONBLOCK}, {"O_NDELAY", O_NONBLOCK},
                        {"O_DSYNC", O_DSYNC}, {"O_SYNC", O_SYNC}, {"O_RSYNC", O_SYNC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
                        {"O_CLOEXEC", O_CLOEXEC}, {"O_TMPFILE", O_TMPFILE}, {"O_ACCMODE", 3}, {"O_LARGEFILE", 0}, {"O_NOATIME", 262144}, {"O_PATH", 2097152},
                        {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1}, {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2},
                        {"TMP_MAX", 238328}, {"EX_OK", 0}, {"WNOHANG", 1}, {"F_LOCK", 1}, {"F_TLOCK", 2}, {"F_ULOCK", 0}, {"F_TEST", 3}};
        for (Object[] c : consts) {
            ns.setStr((String) c[0], (long) (Integer) c[1]);
        }

        PyDict environ = new PyDict(ctx.types().dict);
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
            environ.setItem(PyBytes.of(Fns.fsencode(e.getKey())), PyBytes.of(Fns.fsencode(e.getValue())));
        }
        ns.setStr("environ", environ);

        // a str subclass instance is its own fspath (as in CPython); inside this module only its value is used
        def(ctx, ns, "fspath", "path", fns.lazy(0));
        def(ctx, ns, "stat", "path, *, dir_fd=, follow_symlinks=", fns.lazy(1));
        def(ctx, ns, "lstat", "path, *, dir_fd=", fns.lazy(2));
        def(ctx, ns, "fstat", "fd", fns.lazy(3));
        def(ctx, ns, "listdir", "path=", fns.lazy(4));
        def(ctx, ns, "scandir", "path=", fns.lazy(5));
        def(ctx, ns, "mkdir", "path, mode=, *, dir_fd=", fns.lazy(6));
        def(ctx, ns, "rmdir", "path, *, dir_fd=", fns.lazy(7));
        Fns.Impl remove = fns.lazy(83);
        def(ctx, ns, "remove", "path, *, dir_fd=", remove);
        def(ctx, ns, "unlink", "path, *, dir_fd=", remove);
        Fns.Impl rename = fns.lazy(84);
        def(ctx, ns, "rename", "src, dst, *, src_dir_fd=, dst_dir_fd=", rename);
        def(ctx, ns, "replace", "src, dst, *, src_dir_fd=, dst_dir_fd=", rename);
        def(ctx, ns, "getcwd", "", fns.lazy(8));
        def(ctx, ns, "getcwdb", "", fns.lazy(9));
        def(ctx, ns, "chdir", "path", fns.lazy(10));
        def(ctx, ns, "getpid", "", fns.lazy(11));
        def(ctx, ns, "getppid", "", fns.lazy(12));
        def(ctx, ns, "getuid", "", fns.lazy(13));
        def(ctx, ns, "geteuid", "", fns.lazy(14));
        def(ctx, ns, "getgid", "", fns.lazy(15));
        def(ctx, ns, "getegid", "", fns.lazy(16));
        def(ctx, ns, "getlogin", "", fns.lazy(17));
        // As CPython 3.11's os_putenv_impl / os_unsetenv_impl on Linux: putenv refuses a name with '=' before its
        // event, whose arguments are the converted (bytes) name and value; then libc's setenv/unsetenv change the
        // process's environment (LibcCalls.setenv), refusing an empty name (and unsetenv one with '=') with EINVAL.
        def(ctx, ns, "putenv", "name, value, /", fns.lazy(18));
        def(ctx, ns, "unsetenv", "name, /", fns.lazy(19));
        def(ctx, ns, "open", "path, flags, mode=, *, dir_fd=", fns.lazy(20));
        def(ctx, ns, "close", "fd", fns.lazy(21));
        def(ctx, ns, "closerange", "fd_low, fd_high, /", fns.lazy(22));
        def(ctx, ns, "read", "fd, length, /", fns.lazy(23));
        def(ctx, ns, "write", "fd, data, /", fns.lazy(24));
        def(ctx, ns, "lseek", "fd, position, whence, /", fns.lazy(25));
        def(ctx, ns, "ftruncate", "fd, length, /", fns.lazy(26));
        def(ctx, ns, "truncate", "path, length", fns.lazy(27));
        def(ctx, ns, "fsync", "fd", fns.lazy(28));
        def(ctx, ns, "isatty", "fd, /", fns.lazy(29));
        def(ctx, ns, "dup", "fd, /", fns.lazy(30));
        def(ctx, ns, "urandom", "size, /", fns.lazy(31));
        def(ctx, ns, "readlink", "path, *, dir_fd=", fns.lazy(32));
        def(ctx, ns, "symlink", "src, dst, target_is_directory=, *, dir_fd=", fns.lazy(33));
        def(ctx, ns, "link", "src, dst, *, src_dir_fd=, dst_dir_fd=, follow_symlinks=", fns.lazy(34));
        def(ctx, ns, "access", "path, mode, *, dir_fd=, effective_ids=, follow_symlinks=", fns.lazy(35));
        def(ctx, ns, "chmod", "path, mode, *, dir_fd=, follow_symlinks=", fns.lazy(36));
        // chown(2) and lchown(2) from libc (LibcCalls); an fd is this module's own, so its path is used
        def(ctx, ns, "chown", "path, uid, gid, *, dir_fd=, follow_symlinks=", fns.lazy(37));
        // extended attributes through libc (LibcCalls); an fd of this module's is its file's path
        def(ctx, ns, "getxattr", "path, attribute, *, follow_symlinks=", fns.lazy(38));
        def(ctx, ns, "setxattr", "path, attribute, value, flags=, *, follow_symlinks=", fns.lazy(39));
        def(ctx, ns, "listxattr", "path=, *, follow_symlinks=", fns.lazy(40));
        def(ctx, ns, "removexattr", "path, attribute, *, follow_symlinks=", fns.lazy(41));
        ns.setStr("XATTR_CREATE", 1L);
        ns.setStr("XATTR_REPLACE", 2L);
        ns.setStr("XATTR_SIZE_MAX", 65536L);
        def(ctx, ns, "lchown", "path, uid, gid", fns.lazy(42));
        def(ctx, ns, "fchown", "fd, uid, gid", fns.lazy(43));
        def(ctx, ns, "utime", "path, times=, *, ns=, dir_fd=, follow_symlinks=", fns.lazy(44));
        def(ctx, ns, "umask", "mask, /", fns.lazy(45));
        def(ctx, ns, "cpu_count", "", fns.lazy(46));
        def(ctx, ns, "uname", "", fns.lazy(47));
        def(ctx, ns, "strerror", "code, /", fns.lazy(48));
        def(ctx, ns, "device_encoding", "fd", fns.lazy(49));
        def(ctx, ns, "get_terminal_size", "fd=", fns.lazy(50));
        def(ctx, ns, "_exit", "status", fns.lazy(51));
        // kill(2) and killpg(3) from libc (LibcCalls): the signal as given, and errno's OSError
        def(ctx, ns, "kill", "pid, signal, /", fns.lazy(52));
        def(ctx, ns, "killpg", "pgid, signal, /", fns.lazy(53));
        // system(3) from libc, as CPython: the command's wait status; the caller ignores SIGINT and SIGQUIT until
        // the command ends (so Ctrl-C stops the command, not the program); Python's buffered output is not flushed
        def(ctx, ns, "system", "command", fns.lazy(54));
        def(ctx, ns, "times", "", fns.lazy(55));
        // execv(3) and execve(2) from libc, as CPython's os_execv_impl and os_execve_impl: arguments checked and
        // converted, then the "os.exec" event (path, argv, env or None), then the process is replaced
        def(ctx, ns, "execv", "path, argv, /", fns.lazy(56));
        def(ctx, ns, "execve", "path, argv, env", fns.lazy(57));
        // lockf(3) on the open file's real descriptor: the os.lockf event first (as CPython's)
        def(ctx, ns, "lockf", "fd, command, length, /", fns.lazy(58));
        // posix_spawn/posix_spawnp through libc (LibcCalls): the os.posix_spawn event after the arguments are
        // checked (CPython's order and messages), then the child; waitpid reaps it
        String spawnParams = "path, argv, env, /, *, file_actions=, setpgroup=, resetids=, setsid=, setsigmask=, setsigdef=, scheduler=";
        def(ctx, ns, "posix_spawn", spawnParams, fns.lazy(59));
        def(ctx, ns, "posix_spawnp", spawnParams, fns.lazy(60));
        ns.setStr("POSIX_SPAWN_OPEN", 0L);
        ns.setStr("POSIX_SPAWN_CLOSE", 1L);
        ns.setStr("POSIX_SPAWN_DUP2", 2L);
        def(ctx, ns, "waitpid", "pid, options, /", fns.lazy(61));
        ns.setStr("WUNTRACED", 2L);
        ns.setStr("WCONTINUED", 8L);
        // the wait-status macros of <sys/wait.h>, as glibc defines them, on a C int
        def(ctx, ns, "WIFEXITED", "status", fns.lazy(62));
        def(ctx, ns, "WIFSIGNALED", "status", fns.lazy(63));
        def(ctx, ns, "WTERMSIG", "status", fns.lazy(64));
        def(ctx, ns, "WIFSTOPPED", "status", fns.lazy(65));
        def(ctx, ns, "WSTOPSIG", "status", fns.lazy(66));
        def(ctx, ns, "WIFCONTINUED", "status", fns.lazy(67));
        // statvfs(3) and sysconf(3) from libc (LibcCalls), as CPython's os_statvfs_impl and os_sysconf_impl (no events)
        def(ctx, ns, "statvfs", "path", fns.lazy(85));
        def(ctx, ns, "sysconf", "name, /", fns.lazy(86));
        PyDict scNames = PyDict.create();
        for (int i = 0; i < SYSCONF_NAMES.length; i += 2) {
            scNames.setStr((String) SYSCONF_NAMES[i], (long) (Integer) SYSCONF_NAMES[i + 1]);
        }
        ns.setStr("sysconf_names", scNames);
        ns.setStr("statvfs_result", st.statvfsResult);
        def(ctx, ns, "WCOREDUMP", "status, /", fns.lazy(68));
        def(ctx, ns, "WEXITSTATUS", "status", fns.lazy(69));
        def(ctx, ns, "waitstatus_to_exitcode", "status", fns.lazy(70));
        return m;
    }

    private static byte[] pathBytes(PathArg p) {
        return p.isBytes ? ((PyBytes) p.value).getBytes() : Fns.fsencode(p.str);
    }

    /**
     * os.posix_spawn / posix_spawnp (CPython's py_posix_spawn): path, argv (a non-empty tuple or list), env (a
     * mapping), file_actions (a sequence of (POSIX_SPAWN_OPEN, fd, path, flags, mode), (POSIX_SPAWN_CLOSE, fd) or
     * (POSIX_SPAWN_DUP2, fd, new_fd) tuples on the child's real descriptors), setpgroup, resetids, setsid,
     * setsigmask, setsigdef; a scheduler is refused. Returns the child's pid.
     */
    private static Object posixSpawn(Object[] a, String fn, boolean search) {
        PathArg p = path(a[0], fn);
        byte[][] argv = argList(a[1], fn, fn + ": argv");
        byte[][] env = envList(a[2], fn);
        java.util.List<LibcCalls.SpawnFileAction> actions = new java.util.ArrayList<>();
        if (!absentOrNone(a[3])) {
            Object[] items;
            try {
                items = PyOps.toArray(a[3]);
            } catch (org.auditpy.runtime.PyException e) {
                throw PyErrors.typeError("file_actions must be a sequence or None");
            }
            for (Object item : items) {
                if (!(item instanceof PyTuple t) || t.size() == 0) {
                    throw PyErrors.typeError("Each file_actions element must be a non-empty tuple");
                }
                long tag = toLong(t.get(0));
                Object[] f = t.items();
                if (tag == 0) {
                    if (f.length != 5) {
                        throw PyErrors.typeError("A open file_action tuple must have 5 elements");
                    }
                    PathArg fp = path(f[2], null);
                    actions.add(new LibcCalls.SpawnFileAction(0, toInt(f[1]), pathBytes(fp), toInt(f[3]), toInt(f[4]), 0));
                } else if (tag == 1) {
                    if (f.length != 2) {
                        throw PyErrors.typeError("A close file_action tuple must have 2 elements");
                    }
                    actions.add(new LibcCalls.SpawnFileAction(1, toInt(f[1]), null, 0, 0, 0));
                } else if (tag == 2) {
                    if (f.length != 3) {
                        throw PyErrors.typeError("A dup2 file_action tuple must have 3 elements");
                    }
                    actions.add(new LibcCalls.SpawnFileAction(2, toInt(f[1]), null, 0, 0, toInt(f[2])));
                } else {
                    throw PyErrors.typeError("Unknown file_actions identifier");
                }
            }
        }
        int flags = 0;
        int pgroup = 0;
        // setpgroup, resetids and setsid are ints to CPython's converters (None and str are TypeErrors)
        if (!absent(a[4])) {
            pgroup = toInt(a[4]);
            flags |= LibcCalls.SPAWN_SETPGROUP;
        }
        if (!absent(a[5]) && toInt(a[5]) != 0) {
            flags |= LibcCalls.SPAWN_RESETIDS;
        }
        if (!absent(a[6]) && toInt(a[6]) != 0) {
            flags |= LibcCalls.SPAWN_SETSID;
        }
        int[] sigmask = absent(a[7]) ? null : signalList(a[7]);
        int[] sigdef = absent(a[8]) ? null : signalList(a[8]);
        if (sigdef != null) {
            flags |= LibcCalls.SPAWN_SETSIGDEF;
        }
        if (!absentOrNone(a[9])) {
            throw PyErrors.raise("NotImplementedError", fn + ": scheduler is not supported by auditpy");
        }
        if (Audit.active()) {
            Audit.raise("os.posix_spawn", a[0], a[1], a[2]);
        }
        return LibcCalls.posixSpawn(pathBytes(p), argv, env, search, actions, flags, pgroup, sigmask, sigdef, p.errName());
    }

    /** An iterable of signal numbers (setsigmask, setsigdef), each in 1..NSIG-1 (CPython's ValueError). */
    private static int[] signalList(Object signals) {
        Object[] items = PyOps.toArray(signals);
        int[] out = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            int sig = toInt(items[i]);
            if (sig < 1 || sig >= org.auditpy.runtime.SignalHandling.NSIG) {
                throw PyErrors.valueError("signal number " + sig + " out of range [1; " + (org.auditpy.runtime.SignalHandling.NSIG - 1) + "]");
            }
            out[i] = sig;
        }
        return out;
    }

    /** execv's argv: a non-empty tuple or list of paths, the first not empty (CPython's messages). */
    private static byte[][] execArgs(Object argv, String fn) {
        return argList(argv, fn, fn + "() arg 2");
    }

    /** A non-empty tuple or list of paths, the first not empty; {@code what} names it in the errors. */
    private static byte[][] argList(Object argv, String fn, String what) {
        Object[] items;
        if (argv instanceof PyTuple t) {
            items = t.items();
        } else if (argv instanceof PyList l) {
            items = l.toArray();
        } else {
            throw PyErrors.typeError(what + " must be a tuple or list");
        }
        if (items.length == 0) {
            throw PyErrors.valueError(what + " must not be empty");
        }
        byte[][] out = new byte[items.length][];
        for (int i = 0; i < items.length; i++) {
            out[i] = envBytes(items[i], fn);
            if (i == 0 && out[0].length == 0) {
                throw PyErrors.valueError(what + " first element cannot be empty");
            }
        }
        return out;
    }

    /** execve's env: a mapping of paths to paths, as NAME=value entries (CPython's parse_envlist). */
    private static byte[][] execEnv(Object env) {
        return envList(env, "execve");
    }

    /** A mapping of paths to paths as NAME=value entries; {@code fn} names the function in the errors. */
    private static byte[][] envList(Object env, String fn) {
        PyType t = PyOps.typeOf(env);
        if (t.lookup("keys") == null || t.lookup("__getitem__") == null) {
            throw PyErrors.typeError(fn + ": environment must be a mapping object");
        }
        java.util.List<byte[]> out = new java.util.ArrayList<>();
        Object keys = PyOps.callMethod(env, "keys");
        Object it = PyOps.getIter(keys);
        for (Object k = PyOps.next(it); k != null; k = PyOps.next(it)) {
            byte[] kb = envBytes(k, "execve");
            byte[] vb = envBytes(PyOps.getItem(env, k), "execve");
            if (kb.length == 0 || new String(kb, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('=') >= 0) {
                throw PyErrors.valueError("illegal environment variable name");
            }
            byte[] e = new byte[kb.length + 1 + vb.length];
            System.arraycopy(kb, 0, e, 0, kb.length);
            e[kb.length] = '=';
            System.arraycopy(vb, 0, e, kb.length + 1, vb.length);
            out.add(e);
        }
        return out.toArray(new byte[0][]);
    }

    private static int termSig(int status) {
        return status & 0x7f;
    }

    private static int exitStatus(int status) {
        return (status & 0xff00) >> 8;
    }

    /** glibc's __WIFSIGNALED: neither exited (0) nor stopped (0x7f). */
    private static boolean ifSignaled(int status) {
        return ((byte) ((status & 0x7f) + 1) >> 1) > 0;
    }

    /** A C int argument (CPython's int converter): OverflowError outside its range. */
    static int cInt(Object o) {
        Object i = PyOps.index(o);
        if (i instanceof java.math.BigInteger || (Long) i > Integer.MAX_VALUE || (Long) i < Integer.MIN_VALUE) {
            throw PyErrors.overflowError("Python int too large to convert to C int");
        }
        return (int) (long) (Long) i;
    }

    /** os.chown, lchown and fchown: the "os.chown" event (path or fd, uid, gid, dir_fd), then libc. */
    private static void chown(Object pathOrFd, Object uidArg, Object gidArg, Object dirFd, boolean follow, String fn, boolean allowFd) {
        PathArg p = path(pathOrFd, fn, allowFd);
        long uid = ownerId(uidArg, "uid");
        long gid = ownerId(gidArg, "gid");
        if (Audit.active()) {
            Audit.raise("os.chown", p.original, uid, gid, (long) dirFdAudit(absent(dirFd) ? PyNone.NONE : dirFd));
        }
        // os.chown(fd, ...) names the fd in its errors, os.fchown(fd, ...) does not (CPython's path_t and int fd)
        Object filename = p.fd < 0 ? p.errName() : fn.equals("chown") ? (Object) (long) p.fd : null;
        Fd open = p.fd >= 0 ? state().fds.get(p.fd) : null;
        if (p.fd >= 0 && open == null) {
            throw err(9, filename);
        }
        if (open != null && open.path == null) {
            // a socket or pipe of this module's: it has no path to give libc
            throw err(95, filename);
        }
        Path path = open != null ? open.path : p.resolve();
        LibcCalls.chown(Fns.fsencode(path.toString()), uid, gid, follow, filename);
    }

    /**
     * The file an xattr function works on: its path argument, whether to follow a symlink, the errors' filename.
     * {@link #path()} gives libc its path, an fd of this module's table standing for its file's path (EBADF for an
     * fd not open: after the audit event, as CPython's call fails after it).
     */
    private record XattrTarget(PathArg arg, boolean follow, Object filename) {
        byte[] path() {
            if (arg.str != null) {
                return Fns.fsencode(arg.resolve().toString());
            }
            if (arg.fd < 0) {
                // a negative fd is no fd to CPython's path_t either: it passes a NULL path (EFAULT); listxattr
                // lists "." instead (see the listxattr def)
                throw err(14, filename);
            }
            Fd open = state().fds.get(arg.fd);
            if (open == null) {
                throw err(9, filename);
            }
            if (open.path == null) {
                throw err(95, filename);
            }
            return Fns.fsencode(open.path.toString());
        }
    }

    /**
     * The path or fd argument of an xattr function (CPython's path_t with allow_fd); {@code follow_symlinks=False}
     * with an fd is CPython's ValueError.
     */
    private static XattrTarget xattrTarget(Object pathOrFd, String fn, Object followArg) {
        PathArg p = path(pathOrFd, fn, true);
        boolean follow = absent(followArg) || PyOps.isTrue(followArg);
        if (p.fd >= 0 && !follow) {
            throw PyErrors.valueError(fn + ": cannot use fd and follow_symlinks together");
        }
        return new XattrTarget(p, follow, p.fd < 0 ? p.errName() : (Object) (long) p.fd);
    }

    /** The attribute name (CPython's path_t without fd: str, bytes or os.PathLike), encoded. */
    private static byte[] xattrName(Object o, String fn) {
        Object v;
        try {
            v = fspath(o, fn, false, false);
        } catch (org.auditpy.runtime.PyException e) {
            throw PyErrors.typeError(fn + ": attribute should be string, bytes or os.PathLike, not " + PyOps.typeName(o));
        }
        if (v instanceof String str) {
            if (str.indexOf('\0') >= 0) {
                throw PyErrors.valueError("embedded null byte");
            }
            return Fns.fsencode(str);
        }
        byte[] b = ((PyBytes) v).getBytes();
        for (byte x : b) {
            if (x == 0) {
                throw PyErrors.valueError(fn + ": embedded null character in attribute");
            }
        }
        return b;
    }

    /**
     * A uid_t or gid_t argument (CPython's _Py_Uid_Converter): an int, -1 for "unchanged" (0xFFFFFFFF); other
     * values outside 0..0xFFFFFFFF raise OverflowError with CPython 3.11's messages.
     */
    static long ownerId(Object o, String what) {
        if (!Fns.isIntLike(o) && PyOps.typeOf(o).lookup("__index__") == null) {
            throw PyErrors.typeError(what + " should be integer, not " + PyOps.typeName(o));
        }
        Object i = PyOps.index(o);
        if (i instanceof java.math.BigInteger b) {
            throw PyErrors.overflowError(what + " is " + (b.signum() < 0 ? "less than minimum" : "greater than maximum"));
        }
        long v = (Long) i;
        if (v == -1) {
            return 0xFFFFFFFFL;
        }
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw PyErrors.overflowError(what + " is less than minimum");
        }
        return v;
    }

    static long envLong(String name, long dflt) {
        try {
            String v = System.getenv(name);
            return v == null ? dflt : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    static long toNs(Object o) {
        if (o instanceof Double d) {
            return (long) Math.floor(d * 1e9);
        }
        return toLong(o) * 1_000_000_000L;
    }

    static byte[] envBytes(Object o, String fn) {
        Object v = fspath(o, null, false, false);
        byte[] b = v instanceof PyBytes pb ? pb.getBytes() : Fns.fsencode((String) v);
        for (byte x : b) {
            if (x == 0) {
                throw PyErrors.valueError("embedded null byte");
            }
        }
        return b;
    }

    static Object unixId(String what) {
        try {
            Object v = Files.getAttribute(Path.of("/proc/self"), "unix:" + what);
            return ((Number) v).longValue();
        } catch (IOException | RuntimeException e) {
            return 0L;
        }
    }
}
