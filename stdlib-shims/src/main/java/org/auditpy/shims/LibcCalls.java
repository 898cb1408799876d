package org.auditpy.shims;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The calls of {@code os} (and {@code shutil.chown}) that go to libc itself through the JDK's Foreign Function &
 * Memory API, as CPython's Modules/posixmodule.c and Modules/pwdmodule.c call them: {@code kill(2)}, {@code killpg(3)},
 * {@code system(3)}, {@code chown(2)}, {@code lchown(2)}, {@code getpwnam(3)}, {@code getgrnam(3)}, {@code getpwuid(3)}, {@code getgrgid(3)}, {@code getpwent(3)} and {@code getgrent(3)}; and the
 * name-service look-ups of {@code socket} that the JDK does not offer ({@code getservbyname(3)},
 * {@code getservbyport(3)}, {@code gethostbyaddr(3)} with its aliases, {@code getnameinfo(3)}), as Modules/socketmodule.c. The JDK has no
 * equivalent ({@code ProcessHandle.destroy} only sends SIGTERM or SIGKILL, {@code ProcessBuilder} cannot give
 * {@code system}'s wait status, nor ignore SIGINT and SIGQUIT in the caller while the command runs, and its file
 * owner attributes change uid and gid in two calls and name no errno).
 * <p>
 * errno is captured by the linker at each call ({@link Linker.Option#captureCallState}), so a failure raises the
 * OSError subclass of that errno (ProcessLookupError for ESRCH, PermissionError for EPERM) with libc's message.
 */
final class LibcCalls {
    private LibcCalls() {
    }

    /** The libc entry points, looked up once per JVM on first use. */
    private static final class Libc {
        static final MethodHandle KILL;
        static final MethodHandle KILLPG;
        static final MethodHandle SYSTEM;
        static final MethodHandle SIGNAL;
        static final MethodHandle CHOWN;
        static final MethodHandle LCHOWN;
        static final MethodHandle GETPWNAM;
        static final MethodHandle GETGRNAM;
        static final MethodHandle GETPWUID;
        static final MethodHandle GETGRGID;
        static final MethodHandle SETPWENT;
        static final MethodHandle GETPWENT;
        static final MethodHandle ENDPWENT;
        static final MethodHandle SETGRENT;
        static final MethodHandle GETGRENT;
        static final MethodHandle ENDGRENT;
        static final MethodHandle SETENV;
        static final MethodHandle UNSETENV;
        static final MethodHandle EXECV;
        static final MethodHandle EXECVE;
        static final MethodHandle SIGPROCMASK;
        static final MethodHandle GETSERVBYNAME;
        static final MethodHandle GETSERVBYPORT;
        static final MethodHandle GETHOSTBYADDR;
        static final MethodHandle H_ERRNO_LOCATION;
        static final MethodHandle HSTRERROR;
        static final MethodHandle GETNAMEINFO;
        static final MethodHandle GAI_STRERROR;
        static final MethodHandle PRLIMIT;
        static final MethodHandle GETRUSAGE;
        static final MethodHandle GETPAGESIZE;
        static final MethodHandle SETHOSTNAME;
        static final MethodHandle POSIX_SPAWN;
        static final MethodHandle POSIX_SPAWNP;
        static final MethodHandle FA_INIT;
        static final MethodHandle FA_DESTROY;
        static final MethodHandle FA_ADDOPEN;
        static final MethodHandle FA_ADDCLOSE;
        static final MethodHandle FA_ADDDUP2;
        /** glibc 2.34+: closes every descriptor from a number on; null where libc lacks it. */
        static final MethodHandle FA_ADDCLOSEFROM;
        static final MethodHandle ATTR_INIT;
        static final MethodHandle ATTR_DESTROY;
        static final MethodHandle ATTR_SETFLAGS;
        static final MethodHandle ATTR_SETSIGMASK;
        static final MethodHandle ATTR_SETSIGDEFAULT;
        static final MethodHandle ATTR_SETPGROUP;
        static final MethodHandle SIGEMPTYSET;
        static final MethodHandle SIGADDSET;
        static final MethodHandle WAITPID;
        static final MethodHandle FCNTL_INT;
        static final MethodHandle FCNTL_PTR;
        static final MethodHandle IOCTL_LONG;
        static final MethodHandle IOCTL_PTR;
        static final MethodHandle FLOCK;
        static final MethodHandle LOCKF;
        static final MethodHandle GETXATTR;
        static final MethodHandle LGETXATTR;
        static final MethodHandle SETXATTR;
        static final MethodHandle LSETXATTR;
        static final MethodHandle LISTXATTR;
        static final MethodHandle LLISTXATTR;
        static final MethodHandle REMOVEXATTR;
        static final MethodHandle LREMOVEXATTR;
        static final MethodHandle STATVFS;
        static final MethodHandle SYSCONF;
        static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

        static {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            Linker.Option errno = Linker.Option.captureCallState("errno");
            FunctionDescriptor intIntInt = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT);
            KILL = linker.downcallHandle(libc.find("kill").orElseThrow(), intIntInt, errno);
            STATVFS = linker.downcallHandle(libc.find("statvfs").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS), errno);
            SYSCONF = linker.downcallHandle(libc.find("sysconf").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT),
                            errno);
            KILLPG = linker.downcallHandle(libc.find("killpg").orElseThrow(), intIntInt, errno);
            SYSTEM = linker.downcallHandle(libc.find("system").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
            SIGNAL = linker.downcallHandle(libc.find("signal").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
            // uid_t and gid_t are unsigned 32-bit: passed as their bits
            FunctionDescriptor pathIdId = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT,
                            ValueLayout.JAVA_INT);
            CHOWN = linker.downcallHandle(libc.find("chown").orElseThrow(), pathIdId, errno);
            LCHOWN = linker.downcallHandle(libc.find("lchown").orElseThrow(), pathIdId, errno);
            FunctionDescriptor byName = FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS);
            GETPWNAM = linker.downcallHandle(libc.find("getpwnam").orElseThrow(), byName);
            GETGRNAM = linker.downcallHandle(libc.find("getgrnam").orElseThrow(), byName);
            FunctionDescriptor byId = FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT);
            GETPWUID = linker.downcallHandle(libc.find("getpwuid").orElseThrow(), byId);
            GETGRGID = linker.downcallHandle(libc.find("getgrgid").orElseThrow(), byId);
            FunctionDescriptor none = FunctionDescriptor.ofVoid();
            FunctionDescriptor next = FunctionDescriptor.of(ValueLayout.ADDRESS);
            SETPWENT = linker.downcallHandle(libc.find("setpwent").orElseThrow(), none);
            GETPWENT = linker.downcallHandle(libc.find("getpwent").orElseThrow(), next);
            ENDPWENT = linker.downcallHandle(libc.find("endpwent").orElseThrow(), none);
            SETGRENT = linker.downcallHandle(libc.find("setgrent").orElseThrow(), none);
            GETGRENT = linker.downcallHandle(libc.find("getgrent").orElseThrow(), next);
            ENDGRENT = linker.downcallHandle(libc.find("endgrent").orElseThrow(), none);
            SETENV = linker.downcallHandle(libc.find("setenv").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), errno);
            UNSETENV = linker.downcallHandle(libc.find("unsetenv").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS), errno);
            EXECV = linker.downcallHandle(libc.find("execv").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS), errno);
            EXECVE = linker.downcallHandle(libc.find("execve").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS), errno);
            SIGPROCMASK = linker.downcallHandle(libc.find("pthread_sigmask").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            FunctionDescriptor twoNames = FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS);
            GETSERVBYNAME = linker.downcallHandle(libc.find("getservbyname").orElseThrow(), twoNames);
            GETSERVBYPORT = linker.downcallHandle(libc.find("getservbyport").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
            GETHOSTBYADDR = linker.downcallHandle(libc.find("gethostbyaddr").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            H_ERRNO_LOCATION = linker.downcallHandle(libc.find("__h_errno_location").orElseThrow(), FunctionDescriptor.of(ValueLayout.ADDRESS));
            HSTRERROR = linker.downcallHandle(libc.find("hstrerror").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            GETNAMEINFO = linker.downcallHandle(libc.find("getnameinfo").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                                            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            GAI_STRERROR = linker.downcallHandle(libc.find("gai_strerror").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            PRLIMIT = linker.downcallHandle(libc.find("prlimit").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS), errno);
            GETRUSAGE = linker.downcallHandle(libc.find("getrusage").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS), errno);
            GETPAGESIZE = linker.downcallHandle(libc.find("getpagesize").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT));
            SETHOSTNAME = linker.downcallHandle(libc.find("sethostname").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), errno);
            FunctionDescriptor spawn = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                            ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS);
            POSIX_SPAWN = linker.downcallHandle(libc.find("posix_spawn").orElseThrow(), spawn);
            POSIX_SPAWNP = linker.downcallHandle(libc.find("posix_spawnp").orElseThrow(), spawn);
            FunctionDescriptor onePointer = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS);
            FA_INIT = linker.downcallHandle(libc.find("posix_spawn_file_actions_init").orElseThrow(), onePointer);
            FA_DESTROY = linker.downcallHandle(libc.find("posix_spawn_file_actions_destroy").orElseThrow(), onePointer);
            FA_ADDOPEN = linker.downcallHandle(libc.find("posix_spawn_file_actions_addopen").orElseThrow(), FunctionDescriptor.of(
                            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            FA_ADDCLOSE = linker.downcallHandle(libc.find("posix_spawn_file_actions_addclose").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            FA_ADDDUP2 = linker.downcallHandle(libc.find("posix_spawn_file_actions_adddup2").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            FA_ADDCLOSEFROM = libc.find("posix_spawn_file_actions_addclosefrom_np").map(a -> linker.downcallHandle(a,
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT))).orElse(null);
            ATTR_INIT = linker.downcallHandle(libc.find("posix_spawnattr_init").orElseThrow(), onePointer);
            ATTR_DESTROY = linker.downcallHandle(libc.find("posix_spawnattr_destroy").orElseThrow(), onePointer);
            ATTR_SETFLAGS = linker.downcallHandle(libc.find("posix_spawnattr_setflags").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_SHORT));
            FunctionDescriptor twoPointers = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS);
            ATTR_SETSIGMASK = linker.downcallHandle(libc.find("posix_spawnattr_setsigmask").orElseThrow(), twoPointers);
            ATTR_SETSIGDEFAULT = linker.downcallHandle(libc.find("posix_spawnattr_setsigdefault").orElseThrow(), twoPointers);
            ATTR_SETPGROUP = linker.downcallHandle(libc.find("posix_spawnattr_setpgroup").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            SIGEMPTYSET = linker.downcallHandle(libc.find("sigemptyset").orElseThrow(), onePointer);
            SIGADDSET = linker.downcallHandle(libc.find("sigaddset").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            WAITPID = linker.downcallHandle(libc.find("waitpid").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), errno);
            // int fcntl(int fd, int cmd, ...) and int ioctl(int fd, unsigned long request, ...): the third argument is
            // variadic, an int/long or a pointer
            Linker.Option variadic = Linker.Option.firstVariadicArg(2);
            FCNTL_INT = linker.downcallHandle(libc.find("fcntl").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG), errno, variadic);
            FCNTL_PTR = linker.downcallHandle(libc.find("fcntl").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS), errno, variadic);
            IOCTL_LONG = linker.downcallHandle(libc.find("ioctl").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), errno, variadic);
            IOCTL_PTR = linker.downcallHandle(libc.find("ioctl").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS), errno, variadic);
            FLOCK = linker.downcallHandle(libc.find("flock").orElseThrow(), intIntInt, errno);
            LOCKF = linker.downcallHandle(libc.find("lockf").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG), errno);
            // ssize_t getxattr(path, name, value, size); int setxattr(path, name, value, size, flags); ssize_t
            // listxattr(path, list, size); int removexattr(path, name); the l- forms do not follow a symbolic link
            FunctionDescriptor get = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                            ValueLayout.JAVA_LONG);
            GETXATTR = linker.downcallHandle(libc.find("getxattr").orElseThrow(), get, errno);
            LGETXATTR = linker.downcallHandle(libc.find("lgetxattr").orElseThrow(), get, errno);
            FunctionDescriptor set = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                            ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT);
            SETXATTR = linker.downcallHandle(libc.find("setxattr").orElseThrow(), set, errno);
            LSETXATTR = linker.downcallHandle(libc.find("lsetxattr").orElseThrow(), set, errno);
            FunctionDescriptor list = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);
            LISTXATTR = linker.downcallHandle(libc.find("listxattr").orElseThrow(), list, errno);
            LLISTXATTR = linker.downcallHandle(libc.find("llistxattr").orElseThrow(), list, errno);
            FunctionDescriptor remove = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS);
            REMOVEXATTR = linker.downcallHandle(libc.find("removexattr").orElseThrow(), remove, errno);
            LREMOVEXATTR = linker.downcallHandle(libc.find("lremovexattr").orElseThrow(), remove, errno);
        }
    }

    /**
     * {@code kill(pid, sig)}, or {@code killpg(pid, sig)} when {@code group}: returns normally, or raises the OSError
     * of errno (os.kill and os.killpg; their audit events are raised by the caller).
     */
    @TruffleBoundary
    static void signal(int pid, int sig, boolean group) {
        callChecked(group ? "killpg" : "kill", null, (arena, state) -> (int) (group ? Libc.KILLPG : Libc.KILL).invokeExact(state, pid, sig));
    }

    /** A libc call that returns -1 and sets errno (captured in {@code state}) when it fails. */
    @FunctionalInterface
    private interface ErrnoCall {
        int call(Arena arena, MemorySegment state) throws Throwable;
    }

    /** Runs {@code call}; when it returns -1, raises the OSError of its errno with {@code filename} (or none). */
    private static void callChecked(String name, Object filename, ErrnoCall call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            if (call.call(arena, state) == -1) {
                throw PosixModule.err((int) Libc.ERRNO.get(state, 0L), filename);
            }
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw nativeFailure(name, t);
        }
    }

    /**
     * Ends the process with signal {@code sig} as the system's default action does (the program sent it to itself,
     * CPython dies of it): sets the signal's action back to SIG_DFL, taking it from the JVM, and sends it. Buffered
     * output is lost, as in CPython. Returns only if the signal does not end the process after all.
     */
    @TruffleBoundary
    static void dieBySignal(int pid, int sig) {
        try {
            MemorySegment unused = (MemorySegment) Libc.SIGNAL.invokeExact(sig, MemorySegment.NULL);
        } catch (Throwable t) {
            throw nativeFailure("signal", t);
        }
        signal(pid, sig, false);
        try {
            // the signal is pending for a thread that blocks it: give the kernel a moment to deliver it elsewhere
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code system(command)}: the command's wait status (exit status times 256, or the number of the signal that
     * ended it), or -1 when no shell could be started (os.system; CPython raises no exception then either).
     * {@code command} holds no NUL byte.
     */
    @TruffleBoundary
    static long system(byte[] command) {
        PosixModule.applyPendingCloexec();
        try (Arena arena = Arena.ofConfined()) {
            return (int) Libc.SYSTEM.invokeExact(cString(arena, command));
        } catch (Throwable t) {
            throw nativeFailure("system", t);
        }
    }

    /**
     * {@code chown(path, uid, gid)}, or {@code lchown} when not {@code follow}: {@code uid} and {@code gid} are the
     * uid_t/gid_t values (0xFFFFFFFF: unchanged); raises the OSError of errno with {@code filename}.
     */
    @TruffleBoundary
    static void chown(byte[] path, long uid, long gid, boolean follow, Object filename) {
        callChecked(follow ? "chown" : "lchown", filename,
                        (arena, state) -> (int) (follow ? Libc.CHOWN : Libc.LCHOWN).invokeExact(state, cString(arena, path), (int) uid, (int) gid));
    }

    /**
     * The uid of user {@code name} ({@code getpwnam}, through the system's name services as CPython's pwd module), or
     * -1 when there is none; {@code group}: the gid of group {@code name} ({@code getgrnam}). Both structs start with
     * two pointers (name, password) followed by the 32-bit id.
     */
    @TruffleBoundary
    static long idOfName(byte[] name, boolean group) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = (MemorySegment) (group ? Libc.GETGRNAM : Libc.GETPWNAM).invokeExact(cString(arena, name));
            if (entry.equals(MemorySegment.NULL)) {
                return -1;
            }
            long offset = afterPointers(2);
            return Integer.toUnsignedLong(entry.reinterpret(offset + 4).get(ValueLayout.JAVA_INT, offset));
        } catch (Throwable t) {
            throw nativeFailure(group ? "getgrnam" : "getpwnam", t);
        }
    }

    /**
     * The fields of a {@code struct passwd} (name, passwd, uid, gid, gecos, dir, shell; the strings decoded as the
     * file system's, a NULL one as null), of user {@code name}, or of uid {@code uid} when name is null
     * ({@code getpwnam(3)}/{@code getpwuid(3)}, as CPython's Modules/pwdmodule.c); null when there is none.
     */
    @TruffleBoundary
    static synchronized Object[] passwd(byte[] name, long uid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = name != null ? (MemorySegment) Libc.GETPWNAM.invokeExact(cString(arena, name))
                            : (MemorySegment) Libc.GETPWUID.invokeExact((int) uid);
            return p.equals(MemorySegment.NULL) ? null : passwdFields(p);
        } catch (Throwable t) {
            throw nativeFailure(name != null ? "getpwnam" : "getpwuid", t);
        }
    }

    /** Every entry of the user database ({@code setpwent}, {@code getpwent}, {@code endpwent}), as {@link #passwd}. */
    @TruffleBoundary
    static synchronized java.util.List<Object[]> allPasswd() {
        java.util.List<Object[]> out = new java.util.ArrayList<>();
        try {
            Libc.SETPWENT.invokeExact();
            for (MemorySegment p = (MemorySegment) Libc.GETPWENT.invokeExact(); !p.equals(MemorySegment.NULL); p = (MemorySegment) Libc.GETPWENT.invokeExact()) {
                out.add(passwdFields(p));
            }
            Libc.ENDPWENT.invokeExact();
        } catch (Throwable t) {
            throw nativeFailure("getpwent", t);
        }
        return out;
    }

    private static Object[] passwdFields(MemorySegment entry) {
        long p = ValueLayout.ADDRESS.byteSize();
        MemorySegment e = entry.reinterpret(2 * p + 8 + 3 * p);
        long ids = afterPointers(2);
        return new Object[]{fsString(e.get(ValueLayout.ADDRESS, 0)), fsString(e.get(ValueLayout.ADDRESS, p)),
            Integer.toUnsignedLong(e.get(ValueLayout.JAVA_INT, ids)), Integer.toUnsignedLong(e.get(ValueLayout.JAVA_INT, ids + 4)),
            fsString(e.get(ValueLayout.ADDRESS, ids + 8)), fsString(e.get(ValueLayout.ADDRESS, ids + 8 + p)),
            fsString(e.get(ValueLayout.ADDRESS, ids + 8 + 2 * p))};
    }

    /**
     * The fields of a {@code struct group} (name, passwd, gid, the member names), of group {@code name}, or of gid
     * {@code gid} when name is null ({@code getgrnam(3)}/{@code getgrgid(3)}, as Modules/grpmodule.c); null when
     * there is none.
     */
    @TruffleBoundary
    static synchronized Object[] group(byte[] name, long gid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment g = name != null ? (MemorySegment) Libc.GETGRNAM.invokeExact(cString(arena, name))
                            : (MemorySegment) Libc.GETGRGID.invokeExact((int) gid);
            return g.equals(MemorySegment.NULL) ? null : groupFields(g);
        } catch (Throwable t) {
            throw nativeFailure(name != null ? "getgrnam" : "getgrgid", t);
        }
    }

    /** Every entry of the group database ({@code setgrent}, {@code getgrent}, {@code endgrent}), as {@link #group}. */
    @TruffleBoundary
    static synchronized java.util.List<Object[]> allGroups() {
        java.util.List<Object[]> out = new java.util.ArrayList<>();
        try {
            Libc.SETGRENT.invokeExact();
            for (MemorySegment g = (MemorySegment) Libc.GETGRENT.invokeExact(); !g.equals(MemorySegment.NULL); g = (MemorySegment) Libc.GETGRENT.invokeExact()) {
                out.add(groupFields(g));
            }
            Libc.ENDGRENT.invokeExact();
        } catch (Throwable t) {
            throw nativeFailure("getgrent", t);
        }
        return out;
    }

    private static Object[] groupFields(MemorySegment entry) {
        long p = ValueLayout.ADDRESS.byteSize();
        MemorySegment e = entry.reinterpret(4 * p);
        long gidAt = afterPointers(2);
        java.util.List<String> members = new java.util.ArrayList<>();
        for (MemorySegment m : pointers(e.get(ValueLayout.ADDRESS, gidAt + p))) {
            members.add(fsString(m));
        }
        return new Object[]{fsString(e.get(ValueLayout.ADDRESS, 0)), fsString(e.get(ValueLayout.ADDRESS, p)),
            Integer.toUnsignedLong(e.get(ValueLayout.JAVA_INT, gidAt)), members};
    }

    /** The C string at {@code p} decoded as the file system's (os.fsdecode), or null for NULL. */
    private static String fsString(MemorySegment p) {
        if (p.equals(MemorySegment.NULL)) {
            return null;
        }
        MemorySegment str = p.reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (str.get(ValueLayout.JAVA_BYTE, n) != 0) {
            n++;
        }
        return Fns.fsdecode(str.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
    }

    /**
     * {@code setenv(name, value, 1)}, or {@code unsetenv(name)} when {@code value} is null: the process's own
     * environment, which os.system, os.exec* and child processes inherit (os.putenv and os.unsetenv, hence
     * assignments to os.environ, as in CPython). Raises the OSError of errno (EINVAL for an empty name).
     */
    @TruffleBoundary
    static void setenv(byte[] name, byte[] value) {
        callChecked(value == null ? "unsetenv" : "setenv", null, (arena, state) -> value == null
                        ? (int) Libc.UNSETENV.invokeExact(state, cString(arena, name))
                        : (int) Libc.SETENV.invokeExact(state, cString(arena, name), cString(arena, value), 1));
    }

    /**
     * {@code execv(path, argv)}, or {@code execve(path, argv, envp)} when {@code env} is not null (each entry
     * {@code NAME=value}): replaces the process (the JVM with it) by the program; the calling thread's signal mask,
     * which the JVM sets for its own use, is emptied first so that the program starts with none blocked, as from
     * CPython. Returns the errno of a failure.
     */
    @TruffleBoundary
    static int exec(byte[] path, byte[][] argv, byte[][] env) {
        PosixModule.applyPendingCloexec();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            MemorySegment args = cStringArray(arena, argv);
            MemorySegment empty = arena.allocate(128);
            int unused = (int) Libc.SIGPROCMASK.invokeExact(2 /* SIG_SETMASK */, empty, MemorySegment.NULL);
            int r = env == null ? (int) Libc.EXECV.invokeExact(state, cString(arena, path), args)
                            : (int) Libc.EXECVE.invokeExact(state, cString(arena, path), args, cStringArray(arena, env));
            return (int) Libc.ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw nativeFailure("execv", t);
        }
    }

    /**
     * The process's environment as libc holds it ({@code environ}: what os.putenv and os.unsetenv change and what a
     * child inherits), each entry {@code NAME=value} as bytes. The JDK's {@code System.getenv} is a copy taken at start.
     */
    @TruffleBoundary
    static byte[][] environ() {
        MemorySegment var = Linker.nativeLinker().defaultLookup().find("environ").orElseThrow();
        MemorySegment env = var.reinterpret(ValueLayout.ADDRESS.byteSize()).get(ValueLayout.ADDRESS, 0);
        java.util.List<byte[]> out = new java.util.ArrayList<>();
        for (MemorySegment e : pointers(env)) {
            MemorySegment str = e.reinterpret(Long.MAX_VALUE);
            long n = 0;
            while (str.get(ValueLayout.JAVA_BYTE, n) != 0) {
                n++;
            }
            out.add(str.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
        }
        return out.toArray(new byte[0][]);
    }

    /** The entries of a NULL-terminated array of pointers ({@code environ}, {@code h_aliases}, ...); none for NULL. */
    private static java.util.List<MemorySegment> pointers(MemorySegment array) {
        java.util.List<MemorySegment> out = new java.util.ArrayList<>();
        if (array.equals(MemorySegment.NULL)) {
            return out;
        }
        MemorySegment entries = array.reinterpret(Long.MAX_VALUE);
        for (long i = 0;; i++) {
            MemorySegment e = entries.getAtIndex(ValueLayout.ADDRESS, i);
            if (e.equals(MemorySegment.NULL)) {
                return out;
            }
            out.add(e);
        }
    }

    private static MemorySegment cStringArray(Arena arena, byte[][] strings) {
        MemorySegment a = arena.allocate(ValueLayout.ADDRESS, strings.length + 1L);
        for (int i = 0; i < strings.length; i++) {
            a.setAtIndex(ValueLayout.ADDRESS, i, cString(arena, strings[i]));
        }
        a.setAtIndex(ValueLayout.ADDRESS, strings.length, MemorySegment.NULL);
        return a;
    }

    /** A struct servent, hostent or passwd field offset: after {@code n} pointers. */
    private static long afterPointers(int n) {
        return n * ValueLayout.ADDRESS.byteSize();
    }

    /** The C string at {@code p} (UTF-8), or null for NULL. */
    private static String string(MemorySegment p) {
        return p.equals(MemorySegment.NULL) ? null : p.reinterpret(Long.MAX_VALUE).getString(0);
    }

    /** The port of service {@code name} for protocol {@code proto} (null: any), or -1 ({@code getservbyname}). */
    @TruffleBoundary
    static int servicePort(String name, String proto) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = proto == null ? MemorySegment.NULL : arena.allocateFrom(proto);
            MemorySegment e = (MemorySegment) Libc.GETSERVBYNAME.invokeExact(arena.allocateFrom(name), p);
            if (e.equals(MemorySegment.NULL)) {
                return -1;
            }
            // s_port: after s_name and s_aliases, in network byte order
            int port = e.reinterpret(afterPointers(2) + 4).get(ValueLayout.JAVA_INT, afterPointers(2));
            return Short.toUnsignedInt(Short.reverseBytes((short) port));
        } catch (Throwable t) {
            throw nativeFailure("getservbyname", t);
        }
    }

    /** The name of the service on {@code port} (0-65535) for protocol {@code proto} (null: any), or null. */
    @TruffleBoundary
    static String serviceName(int port, String proto) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = proto == null ? MemorySegment.NULL : arena.allocateFrom(proto);
            MemorySegment e = (MemorySegment) Libc.GETSERVBYPORT.invokeExact((int) Short.reverseBytes((short) port) & 0xffff, p);
            if (e.equals(MemorySegment.NULL)) {
                return null;
            }
            return string(e.reinterpret(afterPointers(1)).get(ValueLayout.ADDRESS, 0));
        } catch (Throwable t) {
            throw nativeFailure("getservbyport", t);
        }
    }

    /**
     * {@code gethostbyaddr} of the 4- or 16-byte address {@code addr}: {host name, aliases (String[]), addresses
     * (byte[][] of the same length)}, or {h_errno, hstrerror(h_errno)} as an Object[] of an Integer and a String.
     */
    @TruffleBoundary
    static Object[] hostByAddress(byte[] addr) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = arena.allocate(addr.length);
            MemorySegment.copy(addr, 0, a, ValueLayout.JAVA_BYTE, 0, addr.length);
            int family = addr.length == 4 ? 2 : 10;
            MemorySegment h = (MemorySegment) Libc.GETHOSTBYADDR.invokeExact(a, addr.length, family);
            if (h.equals(MemorySegment.NULL)) {
                MemorySegment loc = (MemorySegment) Libc.H_ERRNO_LOCATION.invokeExact();
                int herr = loc.reinterpret(4).get(ValueLayout.JAVA_INT, 0);
                MemorySegment msg = (MemorySegment) Libc.HSTRERROR.invokeExact(herr);
                return new Object[]{herr, string(msg)};
            }
            // struct hostent: h_name, h_aliases, h_addrtype, h_length, h_addr_list
            MemorySegment ent = h.reinterpret(afterPointers(2) + 8 + afterPointers(1));
            String name = string(ent.get(ValueLayout.ADDRESS, 0));
            java.util.List<String> aliases = new java.util.ArrayList<>();
            for (MemorySegment alias : pointers(ent.get(ValueLayout.ADDRESS, afterPointers(1)))) {
                aliases.add(string(alias));
            }
            int len = ent.get(ValueLayout.JAVA_INT, afterPointers(2) + 4);
            java.util.List<byte[]> addrs = new java.util.ArrayList<>();
            for (MemorySegment address : pointers(ent.get(ValueLayout.ADDRESS, afterPointers(2) + 8))) {
                addrs.add(address.reinterpret(len).toArray(ValueLayout.JAVA_BYTE));
            }
            return new Object[]{name, aliases.toArray(new String[0]), addrs.toArray(new byte[0][])};
        } catch (Throwable t) {
            throw nativeFailure("gethostbyaddr", t);
        }
    }

    /**
     * {@code getnameinfo} of an IPv4 (4 bytes) or IPv6 (16 bytes) address and port: {host, service}, or an Object[]
     * {error code, gai_strerror} when it fails.
     */
    @TruffleBoundary
    static Object[] nameInfo(byte[] addr, int port, int flowinfo, int scopeId, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            boolean v4 = addr.length == 4;
            MemorySegment sa = arena.allocate(v4 ? 16 : 28);
            sa.set(ValueLayout.JAVA_SHORT, 0, (short) (v4 ? 2 : 10));
            sa.set(ValueLayout.JAVA_SHORT, 2, Short.reverseBytes((short) port));
            if (v4) {
                MemorySegment.copy(addr, 0, sa, ValueLayout.JAVA_BYTE, 4, 4);
            } else {
                sa.set(ValueLayout.JAVA_INT, 4, Integer.reverseBytes(flowinfo));
                MemorySegment.copy(addr, 0, sa, ValueLayout.JAVA_BYTE, 8, 16);
                sa.set(ValueLayout.JAVA_INT, 24, scopeId);
            }
            MemorySegment host = arena.allocate(1025);
            MemorySegment serv = arena.allocate(32);
            int r = (int) Libc.GETNAMEINFO.invokeExact(sa, (int) sa.byteSize(), host, 1025, serv, 32, flags);
            if (r != 0) {
                return new Object[]{r, string((MemorySegment) Libc.GAI_STRERROR.invokeExact(r))};
            }
            return new Object[]{host.getString(0), serv.getString(0)};
        } catch (Throwable t) {
            throw nativeFailure("getnameinfo", t);
        }
    }

    /**
     * {@code prlimit(pid, resource, new, old)} (Linux; pid 0 is this process, as getrlimit/setrlimit): sets the limits
     * to {@code newLimits} (soft, hard as rlim_t bits; RLIM_INFINITY is -1) when not null and returns the previous ones
     * as {@code {soft, hard}}; -1 from libc returns {@code null} with the errno in {@code errnoOut[0]} (the callers map
     * it as CPython's resource module does).
     */
    @TruffleBoundary
    static long[] prlimit(int pid, int resource, long[] newLimits, int[] errnoOut) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            MemorySegment old = arena.allocate(16, 8);
            MemorySegment nw = MemorySegment.NULL;
            if (newLimits != null) {
                nw = arena.allocate(16, 8);
                nw.set(ValueLayout.JAVA_LONG, 0, newLimits[0]);
                nw.set(ValueLayout.JAVA_LONG, 8, newLimits[1]);
            }
            if ((int) Libc.PRLIMIT.invokeExact(state, pid, resource, nw, old) == -1) {
                errnoOut[0] = (int) Libc.ERRNO.get(state, 0L);
                return null;
            }
            return new long[]{old.get(ValueLayout.JAVA_LONG, 0), old.get(ValueLayout.JAVA_LONG, 8)};
        } catch (Throwable t) {
            throw nativeFailure("prlimit", t);
        }
    }

    /**
     * {@code getrusage(who)}: struct rusage as 16 numbers, the first two (ru_utime, ru_stime) in seconds, the other
     * fourteen the longs that follow them; raises the OSError of errno.
     */
    @TruffleBoundary
    static Object[] getrusage(int who) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            MemorySegment ru = arena.allocate(144, 8);
            if ((int) Libc.GETRUSAGE.invokeExact(state, who, ru) == -1) {
                throw PosixModule.err((int) Libc.ERRNO.get(state, 0L), null);
            }
            Object[] out = new Object[16];
            for (int i = 0; i < 2; i++) {
                out[i] = ru.get(ValueLayout.JAVA_LONG, 16L * i) + ru.get(ValueLayout.JAVA_LONG, 16L * i + 8) * 1e-6;
            }
            for (int i = 2; i < 16; i++) {
                out[i] = ru.get(ValueLayout.JAVA_LONG, 32 + 8L * (i - 2));
            }
            return out;
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw nativeFailure("getrusage", t);
        }
    }

    /** {@code getpagesize()}: the system's memory page size in bytes. */
    @TruffleBoundary
    static long pageSize() {
        try {
            return (int) Libc.GETPAGESIZE.invokeExact();
        } catch (Throwable t) {
            throw nativeFailure("getpagesize", t);
        }
    }

    /** {@code sethostname(name, len)}: all of {@code name}'s bytes (NULs included, as CPython passes them). */
    @TruffleBoundary
    static void sethostname(byte[] name) {
        callChecked("sethostname", null, (arena, state) -> {
            MemorySegment m = arena.allocate(Math.max(name.length, 1));
            MemorySegment.copy(name, 0, m, ValueLayout.JAVA_BYTE, 0, name.length);
            return (int) Libc.SETHOSTNAME.invokeExact(state, m, (long) name.length);
        });
    }

    /** glibc's posix_spawnattr flags. */
    static final int SPAWN_RESETIDS = 0x01;
    static final int SPAWN_SETPGROUP = 0x02;
    static final int SPAWN_SETSIGDEF = 0x04;
    static final int SPAWN_SETSIGMASK = 0x08;
    static final int SPAWN_SETSID = 0x80;

    /**
     * One file action of {@code posix_spawn}: {@code kind} 0 open (fd, path, flags, mode), 1 close (fd), 2 dup2 (fd,
     * newfd), CPython's POSIX_SPAWN_OPEN/CLOSE/DUP2; the fds are the child's real descriptors.
     */
    record SpawnFileAction(int kind, int fd, byte[] path, int flags, int mode, int newFd) {
    }

    /**
     * {@code posix_spawn} ({@code posix_spawnp} when {@code search}): starts {@code path} with {@code argv} and
     * {@code env} (NAME=value entries), the file actions in order and the attributes: {@code flags} (SPAWN_*),
     * {@code pgroup} for SETPGROUP, the signals of {@code sigmask} (SETSIGMASK; without it the child's mask is made
     * empty, not the JVM thread's) and {@code sigdef} (SETSIGDEF). Returns the child's pid; an error number is raised
     * as its OSError with {@code filename}.
     */
    @TruffleBoundary
    static long posixSpawn(byte[] path, byte[][] argv, byte[][] env, boolean search, java.util.List<SpawnFileAction> actions, int flags, int pgroup,
                    int[] sigmask, int[] sigdef, Object filename) {
        PosixModule.applyPendingCloexec();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fa = arena.allocate(256, 16);
            MemorySegment attr = arena.allocate(512, 16);
            int unused = (int) Libc.FA_INIT.invokeExact(fa);
            unused = (int) Libc.ATTR_INIT.invokeExact(attr);
            try {
                // the JVM's own descriptors (jars, sockets, epoll) are not close-on-exec: the child gets none of
                // them, as a CPython child inherits only its inheritable descriptors (PEP 446)
                if (Libc.FA_ADDCLOSEFROM != null) {
                    unused = (int) Libc.FA_ADDCLOSEFROM.invokeExact(fa, 3);
                }
                for (SpawnFileAction a : actions) {
                    int r = switch (a.kind()) {
                        case 0 -> (int) Libc.FA_ADDOPEN.invokeExact(fa, a.fd(), cString(arena, a.path()), a.flags(), a.mode());
                        case 1 -> (int) Libc.FA_ADDCLOSE.invokeExact(fa, a.fd());
                        default -> (int) Libc.FA_ADDDUP2.invokeExact(fa, a.fd(), a.newFd());
                    };
                    if (r != 0) {
                        throw PosixModule.err(r, null);
                    }
                }
                unused = (int) Libc.ATTR_SETFLAGS.invokeExact(attr, (short) (flags | SPAWN_SETSIGMASK));
                unused = (int) Libc.ATTR_SETSIGMASK.invokeExact(attr, sigset(arena, sigmask == null ? new int[0] : sigmask));
                if (sigdef != null) {
                    unused = (int) Libc.ATTR_SETSIGDEFAULT.invokeExact(attr, sigset(arena, sigdef));
                }
                if ((flags & SPAWN_SETPGROUP) != 0) {
                    unused = (int) Libc.ATTR_SETPGROUP.invokeExact(attr, pgroup);
                }
                MemorySegment pid = arena.allocate(ValueLayout.JAVA_INT);
                int r = (int) (search ? Libc.POSIX_SPAWNP : Libc.POSIX_SPAWN).invokeExact(pid, cString(arena, path), fa, attr,
                                cStringArray(arena, argv), cStringArray(arena, env));
                if (r != 0) {
                    throw PosixModule.err(r, filename);
                }
                return pid.get(ValueLayout.JAVA_INT, 0);
            } finally {
                unused = (int) Libc.FA_DESTROY.invokeExact(fa);
                unused = (int) Libc.ATTR_DESTROY.invokeExact(attr);
            }
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw nativeFailure("posix_spawn", t);
        }
    }

    private static MemorySegment sigset(Arena arena, int[] signals) throws Throwable {
        MemorySegment set = arena.allocate(128, 8);
        int unused = (int) Libc.SIGEMPTYSET.invokeExact(set);
        for (int sig : signals) {
            unused = (int) Libc.SIGADDSET.invokeExact(set, sig);
        }
        return set;
    }

    /**
     * {@code waitpid(pid, options)}: {@code {pid, status}} (pid 0 with WNOHANG when no child changed state); an
     * interrupted wait is retried (PEP 475); other errors raise their OSError (ECHILD: ChildProcessError).
     */
    @TruffleBoundary
    static long[] waitpid(int pid, int options) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            MemorySegment status = arena.allocate(ValueLayout.JAVA_INT);
            while (true) {
                int r = (int) Libc.WAITPID.invokeExact(state, pid, status, options);
                if (r == -1) {
                    int errno = (int) Libc.ERRNO.get(state, 0L);
                    if (errno == 4) {
                        continue;
                    }
                    throw PosixModule.err(errno, null);
                }
                return new long[]{r, r == 0 ? 0 : status.get(ValueLayout.JAVA_INT, 0)};
            }
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw nativeFailure("waitpid", t);
        }
    }
    /** {@code fcntl(fd, F_SETFD, FD_CLOEXEC)}, errors ignored (a descriptor closed since: nothing to do). */
    @TruffleBoundary
    static void setCloexec(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            int unused = (int) Libc.FCNTL_INT.invokeExact(state, fd, 2 /* F_SETFD */, 1L /* FD_CLOEXEC */);
        } catch (Throwable t) {
            // left inheritable
        }
    }

    /**
     * {@code fcntl(fd, cmd, arg)} with an integer argument ({@code ioctl(fd, request, arg)} when {@code ioctl}):
     * libc's result; -1 raises the OSError of errno.
     */
    @TruffleBoundary
    static long control(boolean ioctl, int fd, long cmd, long arg) {
        PosixModule.applyPendingCloexec();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            int r = ioctl ? (int) Libc.IOCTL_LONG.invokeExact(state, fd, cmd, arg) : (int) Libc.FCNTL_INT.invokeExact(state, fd, (int) cmd, arg);
            if (r == -1) {
                throw PosixModule.err((int) Libc.ERRNO.get(state, 0L), null);
            }
            return r;
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw nativeFailure(ioctl ? "ioctl" : "fcntl", t);
        }
    }

    /**
     * {@code fcntl}/{@code ioctl} with a buffer argument: {@code buf} is copied into native memory, passed by
     * pointer, and its contents after the call are returned (at least 1024 bytes are allocated, as CPython's buffer).
     */
    @TruffleBoundary
    static byte[] controlBuffer(boolean ioctl, int fd, long cmd, byte[] buf) {
        PosixModule.applyPendingCloexec();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            MemorySegment m = arena.allocate(Math.max(1024, buf.length));
            MemorySegment.copy(buf, 0, m, ValueLayout.JAVA_BYTE, 0, buf.length);
            int r = ioctl ? (int) Libc.IOCTL_PTR.invokeExact(state, fd, cmd, m) : (int) Libc.FCNTL_PTR.invokeExact(state, fd, (int) cmd, m);
            if (r == -1) {
                throw PosixModule.err((int) Libc.ERRNO.get(state, 0L), null);
            }
            return m.asSlice(0, buf.length).toArray(ValueLayout.JAVA_BYTE);
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw nativeFailure(ioctl ? "ioctl" : "fcntl", t);
        }
    }

    /** {@code fcntl(fd, F_SETLK or F_SETLKW, &flock)} with a struct flock of the given fields (fcntl.lockf). */
    @TruffleBoundary
    static void recordLock(int fd, int cmd, short type, short whence, long start, long len) {
        callChecked("fcntl", null, (arena, state) -> {
            // struct flock on x86-64 Linux: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid
            MemorySegment fl = arena.allocate(32, 8);
            fl.set(ValueLayout.JAVA_SHORT, 0, type);
            fl.set(ValueLayout.JAVA_SHORT, 2, whence);
            fl.set(ValueLayout.JAVA_LONG, 8, start);
            fl.set(ValueLayout.JAVA_LONG, 16, len);
            return (int) Libc.FCNTL_PTR.invokeExact(state, fd, cmd, fl);
        });
    }

    /** {@code flock(fd, operation)}; errno as OSError (EWOULDBLOCK: BlockingIOError). */
    @TruffleBoundary
    static void flock(int fd, int operation) {
        callChecked("flock", null, (arena, state) -> (int) Libc.FLOCK.invokeExact(state, fd, operation));
    }

    /** {@code lockf(fd, cmd, len)}; errno as OSError. */
    @TruffleBoundary
    static void lockf(int fd, int cmd, long len) {
        callChecked("lockf", null, (arena, state) -> (int) Libc.LOCKF.invokeExact(state, fd, cmd, len));
    }

    /** ERANGE: a value or list grew between the size query and the read; the read is tried again. */
    private static final int ERANGE = 34;

    /**
     * The value of extended attribute {@code name} of {@code path} ({@code getxattr}, or {@code lgetxattr} when not
     * {@code follow}): the size is asked first, then the value read into a buffer of that size (again if it grew
     * meanwhile); raises the OSError of errno with {@code filename}.
     */
    @TruffleBoundary
    static byte[] getxattr(byte[] path, byte[] name, boolean follow, Object filename) {
        return sized(follow ? "getxattr" : "lgetxattr", filename, (arena, state, buf, size) -> (long) (follow ? Libc.GETXATTR : Libc.LGETXATTR)
                        .invokeExact(state, cString(arena, path), cString(arena, name), buf, size));
    }

    /** The NUL-terminated names of the extended attributes of {@code path} ({@code listxattr}/{@code llistxattr}). */
    @TruffleBoundary
    static byte[] listxattr(byte[] path, boolean follow, Object filename) {
        return sized(follow ? "listxattr" : "llistxattr", filename, (arena, state, buf, size) -> (long) (follow ? Libc.LISTXATTR : Libc.LLISTXATTR)
                        .invokeExact(state, cString(arena, path), buf, size));
    }

    /** A size-then-read libc call as getxattr's: {@code size} 0 with a NULL buffer asks the size. */
    @FunctionalInterface
    private interface SizedCall {
        long call(Arena arena, MemorySegment state, MemorySegment buf, long size) throws Throwable;
    }

    private static byte[] sized(String name, Object filename, SizedCall call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            while (true) {
                long size = call.call(arena, state, MemorySegment.NULL, 0);
                if (size == -1) {
                    throw PosixModule.err((int) Libc.ERRNO.get(state, 0L), filename);
                }
                MemorySegment buf = arena.allocate(Math.max(size, 1));
                long n = call.call(arena, state, buf, size);
                if (n == -1) {
                    int errno = (int) Libc.ERRNO.get(state, 0L);
                    if (errno == ERANGE) {
                        continue;
                    }
                    throw PosixModule.err(errno, filename);
                }
                return buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
            }
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw nativeFailure(name, t);
        }
    }

    /** {@code setxattr(path, name, value, flags)} ({@code lsetxattr} when not {@code follow}); errno as OSError. */
    @TruffleBoundary
    static void setxattr(byte[] path, byte[] name, byte[] value, int flags, boolean follow, Object filename) {
        callChecked(follow ? "setxattr" : "lsetxattr", filename, (arena, state) -> {
            MemorySegment v = arena.allocate(Math.max(value.length, 1));
            MemorySegment.copy(value, 0, v, ValueLayout.JAVA_BYTE, 0, value.length);
            return (int) (follow ? Libc.SETXATTR : Libc.LSETXATTR).invokeExact(state, cString(arena, path), cString(arena, name), v,
                            (long) value.length, flags);
        });
    }

    /** {@code removexattr(path, name)} ({@code lremovexattr} when not {@code follow}); errno as OSError. */
    @TruffleBoundary
    static void removexattr(byte[] path, byte[] name, boolean follow, Object filename) {
        callChecked(follow ? "removexattr" : "lremovexattr", filename,
                        (arena, state) -> (int) (follow ? Libc.REMOVEXATTR : Libc.LREMOVEXATTR).invokeExact(state, cString(arena, path),
                                        cString(arena, name)));
    }

    /**
     * statvfs(3) of {@code path}: f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_fsid,
     * f_flag, f_namemax (glibc's x86-64 {@code struct statvfs}: eleven unsigned longs in that order, then padding).
     *
     * @throws PyException the OSError of its errno, with {@code filename}
     */
    @TruffleBoundary
    static long[] statvfs(byte[] path, Object filename) {
        long[] out = new long[11];
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            MemorySegment buf = arena.allocate(112, 8);
            if ((int) Libc.STATVFS.invokeExact(state, cString(arena, path), buf) == -1) {
                throw PosixModule.err((int) Libc.ERRNO.get(state, 0L), filename);
            }
            for (int i = 0; i < 11; i++) {
                out[i] = buf.get(ValueLayout.JAVA_LONG, i * 8L);
            }
            return out;
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw nativeFailure("statvfs", t);
        }
    }

    /**
     * sysconf(3) of {@code name}, as CPython's os_sysconf_impl: -1 with errno 0 is a value (no limit), with an errno
     * the OSError of it.
     */
    @TruffleBoundary
    static long sysconf(int name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            Libc.ERRNO.set(state, 0L, 0);
            long v = (long) Libc.SYSCONF.invokeExact(state, name);
            int e = (int) Libc.ERRNO.get(state, 0L);
            if (v == -1 && e != 0) {
                throw PosixModule.err(e, null);
            }
            return v;
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw nativeFailure("sysconf", t);
        }
    }

    private static MemorySegment cString(Arena arena, byte[] s) {
        MemorySegment m = arena.allocate(s.length + 1L);
        MemorySegment.copy(s, 0, m, ValueLayout.JAVA_BYTE, 0, s.length);
        m.set(ValueLayout.JAVA_BYTE, s.length, (byte) 0);
        return m;
    }

    private static RuntimeException nativeFailure(String call, Throwable t) {
        return PyErrors.raise("OSError", call + ": native call failed: " + t);
    }
}
