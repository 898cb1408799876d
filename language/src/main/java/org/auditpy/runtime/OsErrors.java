package org.auditpy.runtime;

/** Maps errno values to OSError subclasses, as CPython's {@code errnomap} (Objects/exceptions.c). */
public final class OsErrors {
    private OsErrors() {
    }

    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, EBADF = 9, ECHILD = 10, EAGAIN = 11,
                    ENOMEM = 12, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, ENOSPC = 28,
                    EPIPE = 32, ENOTEMPTY = 39, ETIMEDOUT = 110, ECONNREFUSED = 111, ECONNRESET = 104,
                    ECONNABORTED = 103, EALREADY = 114, EINPROGRESS = 115, ESHUTDOWN = 108, EWOULDBLOCK = 11;

    /** The OSError subclass name CPython instantiates for {@code errno}. */
    public static String subclassFor(int errno) {
        return switch (errno) {
            case ENOENT -> "FileNotFoundError";
            case EEXIST -> "FileExistsError";
            case EISDIR -> "IsADirectoryError";
            case ENOTDIR -> "NotADirectoryError";
            case EACCES, EPERM -> "PermissionError";
            case EINTR -> "InterruptedError";
            case ECHILD -> "ChildProcessError";
            case ESRCH -> "ProcessLookupError";
            case EAGAIN, EALREADY, EINPROGRESS -> "BlockingIOError";
            case EPIPE, ESHUTDOWN -> "BrokenPipeError";
            case ECONNREFUSED -> "ConnectionRefusedError";
            case ECONNRESET -> "ConnectionResetError";
            case ECONNABORTED -> "ConnectionAbortedError";
            case ETIMEDOUT -> "TimeoutError";
            default -> "OSError";
        };
    }

    /**
     * The errno whose {@link #strerror} message an I/O error's message holds (the JDK's {@code IOException}s of
     * {@code write(2)} and friends carry the C library's message and no number), or {@code EIO} for any other.
     */
    public static int errnoOfMessage(String message) {
        if (message != null) {
            for (int errno : new int[]{ENOSPC, EPIPE, EBADF, EIO, EAGAIN, EINVAL, EACCES, EPERM, ENOMEM, EINTR, ECONNRESET}) {
                if (message.contains(strerror(errno))) {
                    return errno;
                }
            }
            if (message.contains("Connection reset")) {
                return ECONNRESET;
            }
        }
        return EIO;
    }

    /** The C library's message for {@code errno} ({@code strerror}), for the common codes. */
    public static String strerror(int errno) {
        return switch (errno) {
            case EPERM -> "Operation not permitted";
            case ENOENT -> "No such file or directory";
            case ESRCH -> "No such process";
            case EINTR -> "Interrupted system call";
            case EIO -> "Input/output error";
            case EBADF -> "Bad file descriptor";
            case ECHILD -> "No child processes";
            case EAGAIN -> "Resource temporarily unavailable";
            case ENOMEM -> "Cannot allocate memory";
            case EACCES -> "Permission denied";
            case EEXIST -> "File exists";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case EINVAL -> "Invalid argument";
            case ENOSPC -> "No space left on device";
            case EPIPE -> "Broken pipe";
            case ENOTEMPTY -> "Directory not empty";
            case ETIMEDOUT -> "Connection timed out";
            case ECONNREFUSED -> "Connection refused";
            case ECONNRESET -> "Connection reset by peer";
            default -> "Unknown error " + errno;
        };
    }
}
