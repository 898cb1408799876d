package org.auditpy.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The audit log (option {@code auditpy.AuditLog}, launcher {@code --audit-log FILE}): a host hook that appends
 * one JSON object per event to a file (JSON Lines):
 *
 * <pre>
 * {"seq": 1, "ts": 1718000000.123456, "mono_ns": 81234567890123, "event": "open", "args": ["'/tmp/x'", "'r'", "524288"]}
 * </pre>
 *
 * <ul>
 * <li>{@code seq} counts the context's events from 1; {@code ts} is the wall clock in epoch seconds with
 * microseconds; {@code mono_ns} is {@link System#nanoTime()} (for ordering and durations within a process);</li>
 * <li>{@code args} holds each argument's {@link SafeRepr safe repr} (no Python code runs, at most
 * {@value SafeRepr#MAX} characters each); strings are written with non-ASCII characters escaped as
 * {@code \\uXXXX}, so the file is ASCII and every line parses with Python's {@code json.loads};</li>
 * <li>each line is written to the file with one {@code write} on a channel opened in append mode, so it is in the
 * file as soon as the hook returns: nothing is lost when the process ends through {@code os._exit} or a
 * crash, and concurrent writers to the same file never interleave inside a line.</li>
 * </ul>
 * A write error stops the logging (reported once on stderr) but never fails the audited operation.
 */
final class AuditLog implements AuditHooks.HostHook, AutoCloseable {
    private final String path;
    private final FileChannel channel;
    private final java.io.PrintStream err;
    private long seq;
    private boolean failed;

    private AuditLog(String path, FileChannel channel, java.io.PrintStream err) {
        this.path = path;
        this.channel = channel;
        this.err = err;
    }

    /**
     * Opens (creating it if needed) {@code file} for appending.
     *
     * @throws AuditSetupException with a message such as
     *             {@code auditpy: cannot open audit log 'F': [Errno 2] No such file or directory}
     */
    @TruffleBoundary
    static AuditLog open(String file, java.io.PrintStream err) {
        try {
            FileChannel ch = FileChannel.open(Path.of(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return new AuditLog(file, ch, err);
        } catch (IOException | RuntimeException e) {
            throw new AuditSetupException("auditpy: cannot open audit log '" + file + "': " + describe(e));
        }
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory";
        } else if (e instanceof AccessDeniedException) {
            return "[Errno 13] Permission denied";
        } else if (e instanceof FileSystemException fe && fe.getReason() != null) {
            return fe.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    @TruffleBoundary
    public void onEvent(String event, Object[] args) {
        Instant now = Instant.now();
        long mono = System.nanoTime();
        String[] rendered = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = SafeRepr.of(args[i]);
        }
        synchronized (this) {
            if (failed) {
                return;
            }
            StringBuilder sb = new StringBuilder(96 + 32 * args.length);
            sb.append("{\"seq\": ").append(++seq);
            sb.append(", \"ts\": ").append(now.getEpochSecond()).append('.');
            String micros = Integer.toString(now.getNano() / 1000);
            for (int k = micros.length(); k < 6; k++) {
                sb.append('0');
            }
            sb.append(micros);
            sb.append(", \"mono_ns\": ").append(mono);
            sb.append(", \"event\": ");
            jsonString(sb, event);
            sb.append(", \"args\": [");
            for (int i = 0; i < rendered.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                jsonString(sb, rendered[i]);
            }
            sb.append("]}\n");
            ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.US_ASCII));
            try {
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            } catch (IOException e) {
                failed = true;
                err.println("auditpy: audit log '" + path + "' write failed, logging stopped: " + e.getMessage());
                err.flush();
            }
        }
    }

    /** A JSON string literal, ASCII only (as Python's {@code json.dumps} with {@code ensure_ascii}). */
    static void jsonString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        sb.append("\\u");
                        String h = Integer.toHexString(c);
                        for (int k = h.length(); k < 4; k++) {
                            sb.append('0');
                        }
                        sb.append(h);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to save
        }
    }
}
