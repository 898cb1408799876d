package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;
import static org.auditpy.shims.Fns.toInt;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.SignalHandling;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code _auditpy_subprocess}: the native half of auditpy's {@code subprocess} module (subprocess.py holds Popen and
 * the rest of CPython's Lib/subprocess.py), in the place of CPython's {@code _posixsubprocess.fork_exec}. Children are
 * started by {@link ProcessBuilder}; the parent's ends of their pipes are descriptors of posix's table ({@link Pipe}),
 * reserved before the child starts so that subprocess.py opens them with {@code io.open(fd)} as CPython does (raising
 * its {@code open} events in CPython's order), and bound to the Process's streams once it has started.
 * <p>
 * What the JDK cannot express: the child's argv[0] is its executable (CPython passes {@code args[0]} even when
 * {@code executable} differs); a file object's descriptor as stdin/stdout/stderr is the file reopened by its path
 * (stdout and stderr appended to it, stdin read from its start; the parent's position moves to the end once the child
 * has been waited for); a pipe of another child is pumped by a Java thread, and our stdout as the child's stderr (or
 * the reverse) is a pipe that a Java thread copies to our stream. Java reports a death by signal N as exit status 128+N
 * (ProcessImpl's waitForProcessExit; the JDK's own reaper thread takes the wait status, so it cannot be read again): the
 * returncode is -N when this process itself sent N to the child (kill, terminate, send_signal), 128+N otherwise.
 * A wait or communicate is ended by Ctrl-C (SignalHandling.blocking); a read of a pipe file object is not.
 */
final class SubprocessModule {
    private SubprocessModule() {
    }

    /**
     * The parent's end of a pipe to a child: a descriptor of posix's table whose stream is bound when the child starts.
     * The stream is closed when the descriptor and every Java thread using it (communicate, a pump) have let it go.
     */
    static final class Pipe {
        final boolean readable;
        volatile InputStream in;
        volatile OutputStream out;
        private int users = 1;

        Pipe(boolean readable) {
            this.readable = readable;
        }

        synchronized void retain() {
            users++;
        }

        /** Lets the stream go; closes it when nothing else uses it. */
        void release() {
            boolean last;
            synchronized (this) {
                last = --users == 0;
            }
            if (last) {
                closeQuietly(out, in);
            }
        }
    }

    /** Reads a stream to its end on a Java thread (communicate), keeping what it read so far. */
    static final class Collector extends Thread {
        private final Pipe pipe;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();

        Collector(Pipe pipe) {
            super("subprocess-read");
            setDaemon(true);
            this.pipe = pipe;
            pipe.retain();
        }

        @Override
        public void run() {
            byte[] buf = new byte[32768];
            try {
                int n;
                while ((n = pipe.in.read(buf)) > 0) {
                    synchronized (data) {
                        data.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // closed: what was read is the output
            } finally {
                pipe.release();
            }
        }

        byte[] bytes() {
            synchronized (data) {
                return data.toByteArray();
            }
        }
    }

    /** Copies a stream into another on a Java thread (communicate's input, a pipe between two children). */
    static Thread pump(InputStream from, byte[] fixed, OutputStream to, Runnable done) {
        Thread t = new Thread(() -> {
            try {
                if (fixed != null) {
                    to.write(fixed);
                } else {
                    byte[] buf = new byte[8192];
                    int n;
                    while ((n = from.read(buf)) > 0) {
                        to.write(buf, 0, n);
                        to.flush();
                    }
                }
                to.flush();
            } catch (IOException e) {
                // the child stopped reading (EPIPE), as CPython's communicate ignores BrokenPipeError
            } finally {
                done.run();
            }
        }, "subprocess-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** A started child. */
    static final class Child {
        final Process process;
        /** The last signal this process sent to the child (os.kill through Popen.send_signal), 0 if none. */
        volatile int lastSignal;
        /** Files the child writes through its own open file description: their position moves to the end after it. */
        final List<FileChannel> appended = new ArrayList<>();
        /** The threads that copy the child's output to our own stdout or stderr. */
        final List<Thread> copies = new ArrayList<>();
        Collector out;
        Collector err;
        /** The returncode once the child has been waited for. */
        Long returncode;

        Child(Process process) {
            this.process = process;
        }
    }

    private static final Map<Long, Child> CHILDREN = new HashMap<>();

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_auditpy_subprocess");
        def(ctx, m.getDict(), "pipe", "", a -> {
            // (read end, write end) as os.pipe, so the descriptors get CPython's numbers; the child's end is a
            // placeholder that subprocess.py closes once the child has started
            long r = PosixModule.allocFd(new PosixModule.Fd(new Pipe(true)));
            long w = PosixModule.allocFd(new PosixModule.Fd(new Pipe(false)));
            return PyTuple.of(r, w);
        });
        def(ctx, m.getDict(), "c_environ", "", a -> {
            byte[][] env = LibcCalls.environ();
            Object[] items = new Object[env.length];
            for (int i = 0; i < env.length; i++) {
                items[i] = org.auditpy.runtime.PyBytes.of(env[i]);
            }
            return new org.auditpy.runtime.PyList(ctx.types().list, items, items.length);
        });
        def(ctx, m.getDict(), "spawn", "args, executable, cwd, env, stdin, stdout, stderr, exec_path, err_filename, /", SubprocessModule::spawn);
        def(ctx, m.getDict(), "wait", "pid, timeout, /", a -> waitFor(toLong(a[0]), a[1]));
        def(ctx, m.getDict(), "signalled", "pid, sig, /", a -> {
            Child c = child(toLong(a[0]));
            if (c != null) {
                c.lastSignal = toInt(a[1]);
            }
            return null;
        });
        def(ctx, m.getDict(), "feed", "fd, input, /", a -> {
            // communicate's input: written by a thread that holds the stream, so the caller closes the descriptor now
            Pipe p = pipeOf(toInt(a[0]));
            if (p != null && p.out != null) {
                p.retain();
                pump(null, ((PyBytes) a[1]).getBytes(), p.out, p::release);
            }
            return null;
        });
        def(ctx, m.getDict(), "communicate", "pid, stdout, stderr, timeout, /", SubprocessModule::communicate);
        return m;
    }

    private static long toLong(Object o) {
        return Fns.toLong(o);
    }

    private static synchronized Child child(long pid) {
        return CHILDREN.get(pid);
    }

    // ------------------------------------------------------------------ spawn

    private static final Pattern ERRNO = Pattern.compile("error[=:] ?(\\d+)");

    /**
     * Starts the child (CPython's _posixsubprocess.fork_exec; subprocess.py has raised the subprocess.Popen event):
     * {@code args} a tuple of str, {@code executable} the program to run in the place of args[0] (None: args[0]),
     * {@code env} a tuple of "KEY=VALUE" strs (subprocess.py passes the process's C environment for env=None),
     * the streams None (inherit), -2 (stderr to stdout), -3 (DEVNULL)
     * or a descriptor. Returns the pid; a failure to start raises the OSError of the child's errno with
     * {@code err_filename} (the cwd for a failed chdir).
     */
    @TruffleBoundary
    private static Object spawn(Object[] a) {
        PyTuple args = (PyTuple) a[0];
        List<String> command = new ArrayList<>();
        for (Object o : args.items()) {
            command.add((String) o);
        }
        if (a[1] instanceof String exe) {
            command.set(0, exe);
        }
        PythonContext ctx = PythonContext.get();
        Path dir = ctx.getCwd();
        if (a[2] instanceof String cwd) {
            dir = PosixModule.resolve(cwd);
            if (!Files.exists(dir)) {
                throw PosixModule.err(2, a[2]);
            }
            if (!Files.isDirectory(dir)) {
                throw PosixModule.err(20, a[2]);
            }
        }
        command.set(0, findProgram(command.get(0), a[7], dir, a[8]));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        if (a[3] instanceof PyTuple env) {
            Map<String, String> e = pb.environment();
            e.clear();
            for (Object kv : env.items()) {
                String s = (String) kv;
                int eq = s.indexOf('=');
                e.put(s.substring(0, eq), s.substring(eq + 1));
            }
        }
        List<FileChannel> appended = new ArrayList<>();
        List<Object[]> pumps = new ArrayList<>();
        pb.redirectInput(redirect(a[4], 0, appended, pumps));
        pb.redirectOutput(redirect(a[5], 1, appended, pumps));
        if (a[6] instanceof Long l && l == -2) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(redirect(a[6], 2, appended, pumps));
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                throw PosixModule.err(Integer.parseInt(m.group(1)), a[8]);
            }
            throw PyErrors.raise("OSError", String.valueOf(e.getMessage()));
        }
        Child c = new Child(p);
        c.appended.addAll(appended);
        bind(a[4], 0, c, pumps);
        bind(a[5], 1, c, pumps);
        if (!(a[6] instanceof Long l && l == -2)) {
            bind(a[6], 2, c, pumps);
        }
        synchronized (SubprocessModule.class) {
            CHILDREN.put(p.pid(), c);
        }
        return p.pid();
    }

    /**
     * The program to run: {@code name} itself when it holds a slash or the search path is the JVM's own (the JDK
     * searches that), else the first executable file of that name on {@code execPath} (os.get_exec_path(env) as
     * CPython searches it), or the OSError CPython's child reports.
     */
    private static String findProgram(String name, Object execPath, Path dir, Object errName) {
        if (name.contains("/") || !(execPath instanceof String path) || path.equals(System.getenv("PATH"))) {
            return name;
        }
        int firstError = 0;
        for (String d : path.split(":", -1)) {
            Path p = dir.resolve(d.isEmpty() ? "." : d).resolve(name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p.toString();
            }
            if (Files.exists(p) && firstError == 0) {
                firstError = 13;
            }
        }
        throw PosixModule.err(firstError == 0 ? 2 : firstError, errName);
    }

    /** The ProcessBuilder redirect of stream {@code n} (0, 1, 2) given as None, -3 (DEVNULL) or a descriptor. */
    private static ProcessBuilder.Redirect redirect(Object spec, int n, List<FileChannel> appended, List<Object[]> pumps) {
        if (spec == PyNone.NONE) {
            return ProcessBuilder.Redirect.INHERIT;
        }
        int fd = toInt(spec);
        if (fd == -3) {
            return n == 0 ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.DISCARD;
        }
        PosixModule.Fd f = PosixModule.state().fds.get(fd);
        if (f == null) {
            if (fd == n) {
                return ProcessBuilder.Redirect.INHERIT;
            }
            if (fd == 0 || n == 0 && fd <= 2) {
                // the JVM's own stdin as stdout or stderr, its stdout or stderr as stdin: the same file reopened
                File self = new File("/proc/self/fd/" + fd);
                return n == 0 ? ProcessBuilder.Redirect.from(self) : ProcessBuilder.Redirect.appendTo(self);
            }
            if (fd <= 2) {
                // our stdout as the child's stderr or the reverse: a thread copies, writing at our own file offset
                PythonContext ctx = PythonContext.get();
                pumps.add(new Object[]{n, fd == 1 ? ctx.out() : ctx.err()});
                return ProcessBuilder.Redirect.PIPE;
            }
            throw PosixModule.badFd();
        }
        if (f.other instanceof Pipe pipe) {
            // a fresh pipe of this child, or another child's pipe that a thread pumps
            if (pipe.in != null || pipe.out != null) {
                pumps.add(new Object[]{n, pipe});
            }
            return ProcessBuilder.Redirect.PIPE;
        }
        if (f.ch == null || f.path == null) {
            throw PosixModule.badFd();
        }
        if (n == 0) {
            return ProcessBuilder.Redirect.from(f.path.toFile());
        }
        appended.add(f.ch);
        return ProcessBuilder.Redirect.appendTo(f.path.toFile());
    }

    /**
     * Binds a reserved pipe to the child's stream {@code n} (0, 1, 2), or starts the thread that pumps another child's
     * pipe, or copies to our own stdout or stderr.
     */
    private static void bind(Object spec, int n, Child c, List<Object[]> pumps) {
        OutputStream toChild = n == 0 ? c.process.getOutputStream() : null;
        InputStream fromChild = n == 1 ? c.process.getInputStream() : n == 2 ? c.process.getErrorStream() : null;
        for (Object[] pump : pumps) {
            if ((int) pump[0] != n) {
                continue;
            }
            if (pump[1] instanceof OutputStream ours) {
                c.copies.add(pump(fromChild, null, ours, () -> closeQuietly(null, fromChild)));
                return;
            }
            Pipe pipe = (Pipe) pump[1];
            pipe.retain();
            Runnable done = () -> {
                pipe.release();
                closeQuietly(toChild, fromChild);
            };
            if (toChild != null && pipe.in != null) {
                pump(pipe.in, null, toChild, done);
            } else if (fromChild != null && pipe.out != null) {
                pump(fromChild, null, pipe.out, done);
            } else {
                done.run();
            }
            return;
        }
        if (spec != PyNone.NONE && toInt(spec) >= 0 && pipeOf(toInt(spec)) instanceof Pipe pipe) {
            if (pipe.readable) {
                pipe.in = fromChild;
            } else {
                pipe.out = toChild;
            }
        }
    }

    private static void closeQuietly(OutputStream o, InputStream i) {
        try {
            if (o != null) {
                o.close();
            }
            if (i != null) {
                i.close();
            }
        } catch (IOException e) {
            // already broken
        }
    }

    // ------------------------------------------------------------------ waiting

    /**
     * Waits for the child at most {@code timeout} seconds (None: no limit; 0: poll) and returns its returncode, or None
     * if it is still running. A signal's Python handler runs while it waits, and KeyboardInterrupt ends the wait, as
     * CPython's waitpid (PEP 475).
     */
    @TruffleBoundary
    private static Object waitFor(long pid, Object timeout) {
        Child c = child(pid);
        if (c == null) {
            // already reaped: CPython's waitpid fails with ECHILD and the returncode stays what it was
            return PyNone.NONE;
        }
        long deadline = deadline(timeout);
        boolean done = SignalHandling.blocking(d -> {
            if (d == Long.MAX_VALUE) {
                c.process.waitFor();
                return true;
            }
            return c.process.waitFor(Math.max(0, d - System.nanoTime()), TimeUnit.NANOSECONDS);
        }, deadline);
        if (!done) {
            return PyNone.NONE;
        }
        if (c.returncode != null) {
            return c.returncode;
        }
        for (Thread t : c.copies) {
            // what the child wrote is copied before wait returns (bounded: a grandchild may hold the pipe open)
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int v = c.process.exitValue();
        for (FileChannel ch : c.appended) {
            try {
                if (ch.isOpen()) {
                    ch.position(ch.size());
                }
            } catch (IOException e) {
                // the file went away
            }
        }
        c.returncode = c.lastSignal > 0 && v == 128 + c.lastSignal ? -c.lastSignal : (long) v;
        if (c.out == null && c.err == null) {
            forget(pid);
        }
        return c.returncode;
    }

    private static synchronized void forget(long pid) {
        CHILDREN.remove(pid);
    }

    /**
     * communicate's reading (CPython's _communicate with its selector): reads the stdout and stderr descriptors (-1: not
     * a pipe) to their end, on Java threads that outlive a timeout so that a later call goes on where this one stopped. Returns
     * {@code (done, stdout bytes or None, stderr bytes or None)}: all of the output, or what came before the timeout.
     */
    @TruffleBoundary
    private static Object communicate(Object[] a) {
        long pid = toLong(a[0]);
        Child c = child(pid);
        if (c == null) {
            c = new Child(null);
        }
        Child ch = c;
        int out = toInt(a[1]);
        int err = toInt(a[2]);
        if (out >= 0 && ch.out == null && pipeOf(out) instanceof Pipe p && p.in != null) {
            ch.out = new Collector(p);
            ch.out.start();
        }
        if (err >= 0 && ch.err == null && pipeOf(err) instanceof Pipe p && p.in != null) {
            ch.err = new Collector(p);
            ch.err.start();
        }
        long deadline = deadline(a[3]);
        boolean done = SignalHandling.blocking(d -> {
            for (Thread t : new Thread[]{ch.out, ch.err}) {
                if (t == null) {
                    continue;
                }
                if (d == Long.MAX_VALUE) {
                    t.join();
                } else if (!t.join(java.time.Duration.ofNanos(Math.max(0, d - System.nanoTime())))) {
                    return false;
                }
            }
            return true;
        }, deadline);
        if (done && ch.returncode != null) {
            // waited for, and nothing more to read: a later wait() is answered by Popen.returncode
            forget(pid);
        }
        return PyTuple.of(done, ch.out == null ? PyNone.NONE : PyBytes.of(ch.out.bytes()), ch.err == null ? PyNone.NONE : PyBytes.of(ch.err.bytes()));
    }

    /** The System.nanoTime() deadline of a timeout in seconds (a float, or an int), Long.MAX_VALUE for None. */
    private static long deadline(Object timeout) {
        if (timeout == PyNone.NONE) {
            return Long.MAX_VALUE;
        }
        double seconds = timeout instanceof Number n ? n.doubleValue() : Fns.toLong(timeout);
        return System.nanoTime() + (long) (Math.max(0, Math.min(seconds, 3e9)) * 1e9);
    }

    private static Pipe pipeOf(int fd) {
        PosixModule.Fd f = PosixModule.state().fds.get(fd);
        return f != null && f.other instanceof Pipe p ? p : null;
    }
}
