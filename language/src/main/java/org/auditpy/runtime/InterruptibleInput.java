package org.auditpy.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Standard input whose blocking reads Ctrl-C interrupts, as CPython's {@code read(2)} is interrupted (EINTR) so that
 * {@code input()} and {@code sys.stdin.readline()} raise {@code KeyboardInterrupt}. A Java read of a pipe or a
 * terminal ({@code System.in}) cannot be interrupted, so a read that would block (nothing
 * {@link InputStream#available() available}) runs on a reader thread while the program's thread waits for it
 * through {@link SignalHandling#blocking}. Reads of data already there (a file, a pipe with data) are made directly.
 *
 * <p>When a signal's handler raises while a read waits, the reader thread is interrupted: a source that honours
 * {@link Thread#interrupt} (the launcher's terminal input in the interactive loop, which throws
 * {@link InterruptedIOException}) gives the read up and keeps its bytes for whoever reads next; a read of
 * {@code System.in} goes on in the background and its bytes are this stream's next read: nothing typed is lost.
 *
 * <p>Used by one thread at a time (the program's); the reader thread reads only while a read is pending.
 */
final class InterruptibleInput extends InputStream {
    private static final byte[] EOF = new byte[0];

    private final InputStream in;
    private ExecutorService reader;
    /** The reader thread while it runs a read, else null. */
    private volatile Thread readerThread;
    /** A read started on the reader thread that no caller has taken yet, or null. */
    private Future<byte[]> pending;
    /** Bytes of a finished read beyond what its caller took, from {@link #restPos}, or null. */
    private byte[] rest;
    private int restPos;

    InterruptibleInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] b = new byte[1];
        int n = read(b, 0, 1);
        return n <= 0 ? -1 : b[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (rest != null) {
            return takeRest(b, off, len);
        }
        if (pending != null && pending.isDone() && gaveUp(pending)) {
            // an abandoned read that its source gave up: nothing was read
            pending = null;
        }
        if (pending == null) {
            if (in.available() > 0) {
                return in.read(b, off, len);
            }
            pending = reader().submit(() -> readOnReaderThread(len));
        }
        byte[] got;
        try {
            got = SignalHandling.blocking(InterruptibleInput::await, pending);
        } catch (java.io.UncheckedIOException e) {
            pending = null;
            throw e.getCause();
        } catch (RuntimeException | Error e) {
            // a KeyboardInterrupt (or the context's cancellation): the read stays pending for the next call
            Thread t = readerThread;
            if (t != null && !pending.isDone()) {
                t.interrupt();
            }
            throw e;
        }
        pending = null;
        if (got == EOF) {
            return -1;
        }
        rest = got;
        restPos = 0;
        return takeRest(b, off, len);
    }

    private byte[] readOnReaderThread(int n) throws IOException {
        readerThread = Thread.currentThread();
        try {
            byte[] buf = new byte[n];
            int r = in.read(buf, 0, n);
            return r < 0 ? EOF : r == n ? buf : java.util.Arrays.copyOf(buf, r);
        } finally {
            readerThread = null;
        }
    }

    /** Whether a finished read ended because its reader thread was interrupted (it read nothing). */
    private static boolean gaveUp(Future<byte[]> f) {
        try {
            f.get();
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof InterruptedIOException;
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            return true;
        }
    }

    /** The pending read's bytes ({@link #EOF} at the end); its IOException as an UncheckedIOException. */
    private static byte[] await(Future<byte[]> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw new java.io.UncheckedIOException(c instanceof IOException io ? io : new IOException(c));
        }
    }

    private int takeRest(byte[] b, int off, int len) {
        int n = Math.min(len, rest.length - restPos);
        System.arraycopy(rest, restPos, b, off, n);
        restPos += n;
        if (restPos == rest.length) {
            rest = null;
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        if (rest != null) {
            return rest.length - restPos;
        }
        if (pending != null) {
            return 0;
        }
        return in.available();
    }

    private ExecutorService reader() {
        if (reader == null) {
            reader = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "auditpy-stdin");
                t.setDaemon(true);
                return t;
            });
        }
        return reader;
    }
}
