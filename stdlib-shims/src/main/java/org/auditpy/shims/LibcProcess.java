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
 * The process calls of {@code os} that go to libc itself through the JDK's Foreign Function & Memory API, as
 * CPython's Modules/posixmodule.c calls them: {@code kill(2)}, {@code killpg(3)} and {@code system(3)}. The JDK has no
 * equivalent ({@code ProcessHandle.destroy} only sends SIGTERM or SIGKILL, and {@code ProcessBuilder} cannot give
 * {@code system}'s wait status, nor ignore SIGINT and SIGQUIT in the caller while the command runs).
 * <p>
 * errno is captured by the linker at each call ({@link Linker.Option#captureCallState}), so a failure raises the
 * OSError subclass of that errno (ProcessLookupError for ESRCH, PermissionError for EPERM) with libc's message.
 */
final class LibcProcess {
    private LibcProcess() {
    }

    /** The libc entry points, looked up once per JVM on first use. */
    private static final class Libc {
        static final MethodHandle KILL;
        static final MethodHandle KILLPG;
        static final MethodHandle SYSTEM;
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
     * {@code system(command)}: the command's wait status (exit status times 256, or the number of the signal that
     * ended it), or -1 when no shell could be started (os.system; CPython raises no exception then either).
     * {@code command} holds no NUL byte.
     */
    @TruffleBoundary
    static long system(byte[] command) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            MemorySegment cmd = arena.allocate(command.length + 1L);
            MemorySegment.copy(command, 0, cmd, ValueLayout.JAVA_BYTE, 0, command.length);
            cmd.set(ValueLayout.JAVA_BYTE, command.length, (byte) 0);
            return (int) Libc.SYSTEM.invokeExact(state, cmd);
        } catch (Throwable t) {
            throw nativeFailure("system", t);
        }
    }

    private static RuntimeException nativeFailure(String call, Throwable t) {
        return PyErrors.raise("OSError", call + ": native call failed: " + t);
    }
}
