package org.auditpy.runtime;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The byte stream under the context's standard output or error ({@link PythonContext#out()}): passes every write
 * and flush to the embedder's stream ({@code Env.out()}, {@code Env.err()}) and keeps the {@link IOException} it
 * raised, which the {@code PrintStream} above it swallows. {@code sys.stdout} and {@code sys.stderr} take it back
 * after each write or flush and raise it as {@code OSError}, as CPython's {@code _io} does when the file's
 * {@code write(2)} fails: {@code ENOSPC} on a full device, {@code EPIPE} ({@code BrokenPipeError}) when the
 * reader of a pipe has gone.
 *
 * <p>A stream that <em>retains</em> failed writes behaves as CPython's {@code BufferedWriter}, which keeps the bytes
 * it could not write: every later flush fails again until a write succeeds (so a program whose standard error is a
 * full device exits with status 120, its final flush having failed).
 */
public final class CheckedOutput extends OutputStream {
    private final OutputStream out;
    private final boolean retain;
    private volatile IOException error;
    /** The error of a failed write whose bytes a flush still owes (retaining streams only). */
    private volatile IOException owed;

    /**
     * @param out the embedder's stream
     * @param retain whether a failed write makes later flushes fail too (a buffered stream keeping the bytes)
     */
    public CheckedOutput(OutputStream out, boolean retain) {
        this.out = out;
        this.retain = retain;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
            owed = null;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
            owed = null;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            error = e;
            throw e;
        }
        IOException o = owed;
        if (o != null) {
            error = o;
            throw o;
        }
    }

    private IOException failed(IOException e) {
        error = e;
        if (retain) {
            owed = e;
        }
        return e;
    }

    /** Whether a write or flush failed since {@link #clearError()}. */
    public boolean hasError() {
        return error != null;
    }

    /** Forgets an earlier error (one that was already reported, or that nobody asked for). */
    public void clearError() {
        error = null;
    }

    /**
     * Raises the error of the writes and flushes since {@link #clearError()}, if any, as the {@code OSError} subclass
     * of its errno ({@link OsErrors#errnoOfMessage}).
     *
     * @throws PyException {@code OSError} (for example {@code BrokenPipeError: [Errno 32] Broken pipe})
     */
    public void raiseError() {
        IOException e = error;
        if (e != null) {
            error = null;
            int errno = OsErrors.errnoOfMessage(e.getMessage());
            throw PyErrors.osError(errno, OsErrors.strerror(errno), null);
        }
    }
}
