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
 * {@code system(3)}, {@code chown(2)}, {@code lchown(2)}, {@code getpwnam(3)} and {@code getgrnam(3)}. The JDK has no
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
        static final MethodHandle GETPID;
        static final MethodHandle CHOWN;
        static final MethodHandle LCHOWN;
        static final MethodHandle GETPWNAM;
        static final MethodHandle GETGRNAM;
        static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

        static {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            Linker.Option errno = Linker.Option.captureCallState("errno");
            FunctionDescriptor intIntInt = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT);
            KILL = linker.downcallHandle(libc.find("kill").orElseThrow(), intIntInt, errno);
            KILLPG = linker.downcallHandle(libc.find("killpg").orElseThrow(), intIntInt, errno);
            SYSTEM = linker.downcallHandle(libc.find("system").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS), errno);
            SIGNAL = linker.downcallHandle(libc.find("signal").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
            GETPID = linker.downcallHandle(libc.find("getpid").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT));
            // uid_t and gid_t are unsigned 32-bit: passed as their bits
            FunctionDescriptor pathIdId = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT,
                            ValueLayout.JAVA_INT);
            CHOWN = linker.downcallHandle(libc.find("chown").orElseThrow(), pathIdId, errno);
            LCHOWN = linker.downcallHandle(libc.find("lchown").orElseThrow(), pathIdId, errno);
            FunctionDescriptor byName = FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS);
            GETPWNAM = linker.downcallHandle(libc.find("getpwnam").orElseThrow(), byName);
            GETGRNAM = linker.downcallHandle(libc.find("getgrnam").orElseThrow(), byName);
        }
    }

    /**
     * {@code kill(pid, sig)}, or {@code killpg(pid, sig)} when {@code group}: returns normally, or raises the OSError
     * of errno (os.kill and os.killpg; their audit events are raised by the caller).
     */
    @TruffleBoundary
    static void signal(int pid, int sig, boolean group) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            int r = (int) (group ? Libc.KILLPG : Libc.KILL).invokeExact(state, pid, sig);
            if (r == -1) {
                throw PosixModule.err((int) Libc.ERRNO.get(state, 0L), null);
            }
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw nativeFailure(group ? "killpg" : "kill", t);
        }
    }

    /**
     * Ends the process with signal {@code sig} as the system's default action does (the program sent it to itself,
     * CPython dies of it): sets the signal's action back to SIG_DFL, taking it from the JVM, and sends it. Buffered
     * output is lost, as in CPython. Returns only if the signal does not end the process after all.
     */
    @TruffleBoundary
    static void dieBySignal(int sig) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment unused = (MemorySegment) Libc.SIGNAL.invokeExact(sig, MemorySegment.NULL);
            int pid = (int) Libc.GETPID.invokeExact();
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            int r = (int) Libc.KILL.invokeExact(state, pid, sig);
            // the signal is pending for a thread that blocks it: give the kernel a moment to deliver it elsewhere
            Thread.sleep(1000);
        } catch (Throwable t) {
            throw nativeFailure("kill", t);
        }
    }

    /**
     * {@code system(command)}: the command's wait status (exit status times 256, or the number of the signal that
     * ended it), or -1 when no shell could be started (os.system; CPython raises no exception then either).
     * {@code command} holds no NUL byte.
     */
    @TruffleBoundary
    static long system(byte[] command) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            return (int) Libc.SYSTEM.invokeExact(state, cString(arena, command));
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
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            int r = (int) (follow ? Libc.CHOWN : Libc.LCHOWN).invokeExact(state, cString(arena, path), (int) uid, (int) gid);
            if (r == -1) {
                throw PosixModule.err((int) Libc.ERRNO.get(state, 0L), filename);
            }
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw nativeFailure(follow ? "chown" : "lchown", t);
        }
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
            long offset = 2 * ValueLayout.ADDRESS.byteSize();
            return Integer.toUnsignedLong(entry.reinterpret(offset + 4).get(ValueLayout.JAVA_INT, offset));
        } catch (Throwable t) {
            throw nativeFailure(group ? "getgrnam" : "getpwnam", t);
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
