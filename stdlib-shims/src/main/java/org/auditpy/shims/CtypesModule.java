package org.auditpy.shims;

import static org.auditpy.shims.Fns.def;
import static org.auditpy.shims.Fns.toLong;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentHashMap;

import org.auditpy.builtins.SysModule;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;

/**
 * {@code _auditpy_ctypes}: the native half of auditpy's {@code _ctypes} (stdlib-shims' _ctypes.py, which models
 * CPython's Modules/_ctypes in Python), on the JDK's Foreign Function &amp; Memory API: native memory blocks freed
 * when no Python object holds them, raw reads and writes at addresses, {@code dlopen(3)}/{@code dlsym(3)} with
 * {@code dlerror(3)}'s messages, foreign calls built from a signature string (as libffi's {@code ffi_prep_cif} in
 * Modules/_ctypes/callproc.c) and upcall stubs for callbacks (Modules/_ctypes/callbacks.c), and ctypes' private
 * per-thread errno swapped with the real one around calls of functions made with {@code use_errno}.
 * <p>
 * Signature codes, one letter per value: {@code b h i q} signed and {@code B H I Q} unsigned integers of 1, 2, 4
 * and 8 bytes, {@code f} float, {@code d} double, {@code P} a pointer (an int address), {@code v} no result.
 * Integers cross as Python ints (an unsigned result is returned unsigned), pointers as int addresses.
 * <p>
 * Memory safety: an address from Python is used as given (as CPython's ctypes does); a bad one may crash the
 * process.
 */
final class CtypesModule {
    private CtypesModule() {
    }

    /** A native memory block (or an upcall stub) owned by a Python object: freed when that object is collected. */
    static final class Mem extends PythonObject {
        final MemorySegment seg;

        Mem(PyType t, MemorySegment seg) {
            super(t);
            this.seg = seg;
        }
    }

    /** The libc entry points, looked up once per JVM. */
    private static final class Libc {
        static final MethodHandle DLOPEN;
        static final MethodHandle DLSYM;
        static final MethodHandle DLCLOSE;
        static final MethodHandle DLERROR;
        static final MethodHandle ERRNO_LOCATION;
        static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

        static {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            DLOPEN = linker.downcallHandle(libc.find("dlopen").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            DLSYM = linker.downcallHandle(libc.find("dlsym").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            DLCLOSE = linker.downcallHandle(libc.find("dlclose").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
            DLERROR = linker.downcallHandle(libc.find("dlerror").orElseThrow(), FunctionDescriptor.of(ValueLayout.ADDRESS));
            ERRNO_LOCATION = linker.downcallHandle(libc.find("__errno_location").orElseThrow(), FunctionDescriptor.of(ValueLayout.ADDRESS));
        }
    }

    /** ctypes' private copy of errno, per thread (CPython keeps it in the thread state dict). */
    private static final ThreadLocal<int[]> CTYPES_ERRNO = ThreadLocal.withInitial(() -> new int[1]);

    /** Downcall handles by signature (address-less: the target is the first argument), with or without errno capture. */
    private static final ConcurrentHashMap<String, MethodHandle> DOWNCALLS = new ConcurrentHashMap<>();

    private static PyType memType;

    private static MemoryLayout layout(char c) {
        return switch (c) {
            case 'b', 'B' -> ValueLayout.JAVA_BYTE;
            case 'h', 'H' -> ValueLayout.JAVA_SHORT;
            case 'i', 'I' -> ValueLayout.JAVA_INT;
            case 'q', 'Q' -> ValueLayout.JAVA_LONG;
            case 'f' -> ValueLayout.JAVA_FLOAT;
            case 'd' -> ValueLayout.JAVA_DOUBLE;
            case 'P' -> ValueLayout.ADDRESS;
            default -> throw PyErrors.systemError("ctypes: bad signature code " + c);
        };
    }

    private static FunctionDescriptor descriptor(String res, String args) {
        MemoryLayout[] ls = new MemoryLayout[args.length()];
        for (int i = 0; i < ls.length; i++) {
            ls[i] = layout(args.charAt(i));
        }
        return res.equals("v") ? FunctionDescriptor.ofVoid(ls) : FunctionDescriptor.of(layout(res.charAt(0)), ls);
    }

    /** Python int or float {@code o} as the Java carrier of code {@code c} (integers wrap to their width, as C's). */
    private static Object toCarrier(char c, Object o) {
        return switch (c) {
            case 'b', 'B' -> (byte) wrap(o);
            case 'h', 'H' -> (short) wrap(o);
            case 'i', 'I' -> (int) wrap(o);
            case 'q', 'Q' -> wrap(o);
            case 'f' -> (float) org.auditpy.runtime.Arithmetic.toDouble(o);
            case 'd' -> org.auditpy.runtime.Arithmetic.toDouble(o);
            case 'P' -> MemorySegment.ofAddress(wrap(o));
            default -> throw PyErrors.systemError("ctypes: bad signature code " + c);
        };
    }

    /** An argument of code {@code c} as the 64-bit (or floating-point, or pointer) carrier it is passed with. */
    private static Object widened(char c, Object o) {
        return switch (c) {
            case 'b' -> (long) (byte) wrap(o);
            case 'h' -> (long) (short) wrap(o);
            case 'i' -> (long) (int) wrap(o);
            case 'B' -> wrap(o) & 0xffL;
            case 'H' -> wrap(o) & 0xffffL;
            case 'I' -> wrap(o) & 0xffffffffL;
            default -> toCarrier(c, o);
        };
    }

    private static long wrap(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return Fns.toBig(o).longValue();
    }

    /** The Java value {@code v} of code {@code c} as a Python int or float (unsigned codes unsigned). */
    private static Object fromCarrier(char c, Object v) {
        return switch (c) {
            case 'b' -> (long) (byte) v;
            case 'B' -> (long) ((byte) v & 0xff);
            case 'h' -> (long) (short) v;
            case 'H' -> (long) ((short) v & 0xffff);
            case 'i' -> (long) (int) v;
            case 'I' -> (long) (int) v & 0xffffffffL;
            case 'q' -> (long) v;
            case 'Q' -> unsigned((long) v);
            case 'f' -> (double) (float) v;
            case 'd' -> (double) v;
            case 'P' -> unsigned(((MemorySegment) v).address());
            default -> throw PyErrors.systemError("ctypes: bad signature code " + c);
        };
    }

    private static Object unsigned(long v) {
        return v >= 0 ? (Object) v : Fns.norm(java.math.BigInteger.valueOf(v).add(java.math.BigInteger.ONE.shiftLeft(64)));
    }

    private static MemorySegment at(long addr, long size) {
        return MemorySegment.ofAddress(addr).reinterpret(size);
    }

    private static String dlerror() throws Throwable {
        MemorySegment m = (MemorySegment) Libc.DLERROR.invokeExact();
        return m.address() == 0 ? null : m.reinterpret(Long.MAX_VALUE).getString(0);
    }

    private static RuntimeException nativeFailure(String call, Throwable t) {
        if (t instanceof PyException pe) {
            return pe;
        }
        return PyErrors.raise("OSError", call + ": native call failed: " + t);
    }

    /** {@code dlopen(name, mode)} (name null: the program itself): the handle, or OSError with dlerror's message. */
    static long dlopen(byte[] name, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment n = name == null ? MemorySegment.NULL : arena.allocateFrom(ValueLayout.JAVA_BYTE, nul(name));
            MemorySegment h = (MemorySegment) Libc.DLOPEN.invokeExact(n, mode);
            if (h.address() == 0) {
                String err = dlerror();
                throw PyErrors.raise("OSError", err == null ? "dlopen() error" : err);
            }
            return h.address();
        } catch (Throwable t) {
            throw nativeFailure("dlopen", t);
        }
    }

    private static byte[] nul(byte[] s) {
        return java.util.Arrays.copyOf(s, s.length + 1);
    }

    /** {@code dlsym(handle, name)}: the address, or dlerror's message (a str) when the symbol is not found. */
    static Object dlsym(long handle, byte[] name) {
        try (Arena arena = Arena.ofConfined()) {
            Libc.DLERROR.invoke();
            MemorySegment a = (MemorySegment) Libc.DLSYM.invokeExact(MemorySegment.ofAddress(handle), arena.allocateFrom(ValueLayout.JAVA_BYTE, nul(name)));
            if (a.address() == 0) {
                String err = dlerror();
                if (err != null) {
                    return err;
                }
            }
            return a.address();
        } catch (Throwable t) {
            throw nativeFailure("dlsym", t);
        }
    }

    /**
     * Calls the function at {@code addr} with result code {@code res} and argument codes {@code codes} on the values
     * {@code args}; with {@code useErrno} the thread's ctypes errno is errno during the call and gets errno after it.
     */
    static Object call(long addr, String res, String codes, Object[] args, boolean useErrno) {
        if (codes.length() != args.length) {
            throw PyErrors.systemError("ctypes: signature and arguments differ");
        }
        // integer arguments narrower than 64 bits go as 64-bit values, sign- or zero-extended as libffi passes them
        // (a callee such as labs reads the whole register)
        String wide = codes.replace('b', 'q').replace('h', 'q').replace('i', 'q').replace('B', 'Q').replace('H', 'Q').replace('I', 'Q');
        String key = res + ":" + wide + (useErrno ? ":e" : "");
        MethodHandle mh = DOWNCALLS.computeIfAbsent(key, k -> useErrno
                        ? Linker.nativeLinker().downcallHandle(descriptor(res, wide), Linker.Option.captureCallState("errno"))
                        : Linker.nativeLinker().downcallHandle(descriptor(res, wide)));
        try (Arena arena = Arena.ofConfined()) {
            int lead = useErrno ? 2 : 1;
            Object[] jargs = new Object[args.length + lead];
            jargs[0] = MemorySegment.ofAddress(addr);
            MemorySegment state = null;
            if (useErrno) {
                state = arena.allocate(Libc.CALL_STATE);
                jargs[1] = state;
            }
            for (int i = 0; i < args.length; i++) {
                jargs[i + lead] = widened(codes.charAt(i), args[i]);
            }
            if (useErrno) {
                MemorySegment loc = ((MemorySegment) Libc.ERRNO_LOCATION.invokeExact()).reinterpret(4);
                loc.set(ValueLayout.JAVA_INT, 0, CTYPES_ERRNO.get()[0]);
            }
            Object r = mh.invokeWithArguments(jargs);
            if (useErrno) {
                CTYPES_ERRNO.get()[0] = (int) Libc.ERRNO.get(state, 0L);
            }
            return res.equals("v") ? PyNone.NONE : fromCarrier(res.charAt(0), r);
        } catch (Throwable t) {
            throw nativeFailure("ctypes call", t);
        }
    }

    /**
     * The Python side of an upcall stub: {@code convert} makes the tuple of Python arguments from the native values,
     * {@code callable} (the user's function) runs on them, and {@code convertResult} makes its result the native
     * value; the user's function is called from here, so that its traceback has no frame of ctypes' own.
     */
    record Upcall(Object convert, Object callable, Object convertResult, String res, String codes) {
        /**
         * Runs the callable on the native arguments; an exception is reported as unraisable ("Exception ignored on
         * calling ctypes callback function", as CPython's callbacks.c) and the result is then zero: nothing may be
         * thrown back through native frames.
         */
        Object run(Object[] nativeArgs) {
            Object[] a = new Object[nativeArgs.length];
            try {
                for (int i = 0; i < a.length; i++) {
                    a[i] = fromCarrier(codes.charAt(i), nativeArgs[i]);
                }
                Object args = PyOps.callPositional(convert, a);
                Object r = PyOps.callPositional(callable, ((PyTuple) args).items());
                r = PyOps.callPositional(convertResult, r);
                if (res.equals("v")) {
                    return null;
                }
                return toCarrier(res.charAt(0), r == PyNone.NONE ? (Object) 0L : r);
            } catch (PyException e) {
                try {
                    SysModule.writeUnraisable(e.getPyException(), "Exception ignored on calling ctypes callback function", callable);
                } catch (Throwable ignored) {
                    // nothing can be reported: the callback returns zero
                }
            } catch (Throwable t) {
                // a Java failure cannot cross the native frames either
            }
            return res.equals("v") ? null : toCarrier(res.charAt(0), 0L);
        }
    }

    private static final MethodHandle UPCALL_RUN;

    static {
        try {
            UPCALL_RUN = MethodHandles.lookup().findVirtual(Upcall.class, "run", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * An upcall stub with signature {@code res}/{@code codes} calling {@code callable} as {@link Upcall} does, owned
     * by the returned block.
     */
    static Mem callback(Object convert, Object callable, Object convertResult, String res, String codes) {
        FunctionDescriptor fd = descriptor(res, codes);
        MethodHandle target = UPCALL_RUN.bindTo(new Upcall(convert, callable, convertResult, res, codes)).asCollector(Object[].class, codes.length());
        target = target.asType(fd.toMethodType().changeReturnType(res.equals("v") ? Object.class : fd.toMethodType().returnType()));
        if (res.equals("v")) {
            target = MethodHandles.dropReturn(target);
        }
        MemorySegment stub = Linker.nativeLinker().upcallStub(target, fd, Arena.ofAuto());
        return new Mem(memType, stub);
    }

    private static final class Functions implements Fns.Table {
        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> {
                    long size = toLong(a[0]);
                    return new Mem(memType, Arena.ofAuto().allocate(Math.max(size, 1), 16));
                };
                case 1 -> a -> ((Mem) a[0]).seg.address();
                case 2 -> a -> PyBytes.of(at(toLong(a[0]), toLong(a[1])).toArray(ValueLayout.JAVA_BYTE));
                case 3 -> a -> {
                    byte[] b = bytesOf(a[1]);
                    MemorySegment.copy(b, 0, at(toLong(a[0]), b.length), ValueLayout.JAVA_BYTE, 0, b.length);
                    return null;
                };
                case 4 -> a -> {
                    MemorySegment m = at(toLong(a[0]), Long.MAX_VALUE);
                    long n = 0;
                    while (m.get(ValueLayout.JAVA_BYTE, n) != 0) {
                        n++;
                    }
                    return n;
                };
                case 5 -> a -> {
                    MemorySegment m = at(toLong(a[0]), Long.MAX_VALUE);
                    long n = 0;
                    while (m.get(ValueLayout.JAVA_INT_UNALIGNED, n * 4) != 0) {
                        n++;
                    }
                    return n;
                };
                case 6 -> a -> dlopen(a[0] == PyNone.NONE ? null : bytesOf(a[0]), Fns.toInt(a[1]));
                case 7 -> a -> dlsym(wrap(a[0]), bytesOf(a[1]));
                case 8 -> a -> {
                    try {
                        return (long) (int) Libc.DLCLOSE.invokeExact(MemorySegment.ofAddress(wrap(a[0])));
                    } catch (Throwable t) {
                        throw nativeFailure("dlclose", t);
                    }
                };
                case 9 -> a -> call(wrap(a[0]), Fns.strArg(a[1], "call", 2), Fns.strArg(a[2], "call", 3), ((PyTuple) a[3]).items(), PyOps.isTrue(a[4]));
                case 10 -> a -> callback(a[0], a[1], a[2], Fns.strArg(a[3], "callback", 4), Fns.strArg(a[4], "callback", 5));
                case 11 -> a -> (long) CTYPES_ERRNO.get()[0];
                case 12 -> a -> {
                    int[] cell = CTYPES_ERRNO.get();
                    long old = cell[0];
                    cell[0] = Fns.toInt(a[0]);
                    return old;
                };
                default -> throw new IllegalArgumentException("op " + op);
            };
        }
    }

    private static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.getBytes();
        }
        if (o instanceof String s) {
            return Fns.fsencode(s);
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(o) + "'");
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "_auditpy_ctypes");
        PyDict ns = m.getDict();
        if (memType == null) {
            PyType t = new PyType(ctx.types().type, "Memory", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER,
                            false);
            t.computeMro(ctx.types().object);
            t.getDict().setStr("__module__", "_auditpy_ctypes");
            memType = t;
        }
        ns.setStr("Memory", memType);
        Functions fns = new Functions();
        def(ctx, ns, "alloc", "size, /", fns.lazy(0));
        def(ctx, ns, "address", "mem, /", fns.lazy(1));
        def(ctx, ns, "read", "addr, size, /", fns.lazy(2));
        def(ctx, ns, "write", "addr, data, /", fns.lazy(3));
        def(ctx, ns, "strlen", "addr, /", fns.lazy(4));
        def(ctx, ns, "wcslen", "addr, /", fns.lazy(5));
        def(ctx, ns, "dlopen", "name, mode, /", fns.lazy(6));
        def(ctx, ns, "dlsym", "handle, name, /", fns.lazy(7));
        def(ctx, ns, "dlclose", "handle, /", fns.lazy(8));
        def(ctx, ns, "call", "addr, res, codes, args, use_errno, /", fns.lazy(9));
        def(ctx, ns, "callback", "convert, callable, convert_result, res, codes, /", fns.lazy(10));
        def(ctx, ns, "get_errno", "", fns.lazy(11));
        def(ctx, ns, "set_errno", "value, /", fns.lazy(12));
        return m;
    }
}
