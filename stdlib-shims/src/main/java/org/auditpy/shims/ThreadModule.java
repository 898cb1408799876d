package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;
import static org.auditpy.shims.Fns.def;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;
import org.auditpy.runtime.SignalHandling;

/** {@code _thread}: identities and locks; starting threads is not supported yet. */
final class ThreadModule {
    private ThreadModule() {
    }

    static final double TIMEOUT_MAX = 9223372036.0;

    static final class Lock extends PythonObject {
        final Semaphore sem = new Semaphore(1);

        Lock(PyType t) {
            super(t);
        }
    }

    static final class RLock extends PythonObject {
        Thread owner;
        long count;
        final Semaphore sem = new Semaphore(1);

        RLock(PyType t) {
            super(t);
        }
    }

    static boolean acquire(Semaphore sem, Object blocking, Object timeout) {
        double to = timeout(blocking, timeout);
        boolean block = to != NON_BLOCKING;
        if (!block) {
            return sem.tryAcquire();
        }
        if (sem.tryAcquire()) {
            // free: taken at once, as acquire_timed's first, non-blocking try
            return true;
        }
        // a wait that Ctrl-C (a signal's handler) interrupts, as CPython's acquire_timed in the main thread
        if (to < 0) {
            return SignalHandling.blocking(l -> {
                l.acquire();
                return true;
            }, sem);
        }
        long deadline = System.nanoTime() + (long) (to * 1e9);
        return SignalHandling.blocking(l -> l.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS), sem);
    }

    /** {@link #timeout}'s answer for a non-blocking acquire. */
    private static final double NON_BLOCKING = -2;

    /**
     * The checked arguments of {@code acquire(blocking=True, timeout=-1)} (lock_acquire_parse_args, 3.11's messages):
     * the timeout in seconds, -1 to wait without one, or {@link #NON_BLOCKING}.
     */
    static double timeout(Object blocking, Object timeout) {
        boolean block = absent(blocking) || PyOps.isTrue(blocking);
        double to = absent(timeout) ? -1 : MathModule.toDouble(timeout);
        if (!block && to != -1) {
            throw PyErrors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (to < 0 && to != -1) {
            throw PyErrors.valueError("timeout value must be positive");
        }
        if (to > TIMEOUT_MAX) {
            throw PyErrors.overflowError("timeout value is too large");
        }
        return block ? to : NON_BLOCKING;
    }

    static Lock lock(Object o) {
        if (o instanceof Lock l) {
            return l;
        }
        throw PyErrors.typeError("descriptor requires a '_thread.lock' object but received a '" + PyOps.typeName(o) + "'");
    }

    static RLock rlock(Object o) {
        if (o instanceof RLock l) {
            return l;
        }
        throw PyErrors.typeError("descriptor requires a '_thread.RLock' object but received a '" + PyOps.typeName(o) + "'");
    }

    static PyType newType(PythonContext ctx, String name) {
        PyType t = new PyType(ctx.types().type, name, new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false, PyType.Layout.OTHER,
                        false);
        t.computeMro(ctx.types().object);
        t.getDict().setStr("__module__", "_thread");
        return t;
    }

    /** The functions of {@link #create}, each made at its first call ({@link Fns.Lazy}). */
    private static final class Functions implements Fns.Table {
        private final PythonContext ctx;

        Functions(PythonContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> lock(a[0]).sem.availablePermits() == 0; // lockT.locked
                case 1 -> a -> null; // lockT._at_fork_reinit
                case 2 -> a -> "<" + (lock(a[0]).sem.availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object at 0x"
                                + Long.toHexString(org.auditpy.runtime.Identity.id(a[0])) + ">"; // lockT.__repr__
                case 3 -> a -> new RLock((PyType) a[0]); // rlockT.__new__
                case 4 -> a -> rlock(a[0]).owner == Thread.currentThread(); // rlockT._is_owned
                case 5 -> a -> Thread.currentThread().threadId(); // ns.get_ident
                case 6 -> a -> Thread.currentThread().threadId(); // ns.get_native_id
                case 7 -> a -> 0L; // ns._count
                case 8 -> a -> 0L; // ns.stack_size
                case 9 -> a -> {
                    throw PyErrors.raise("RuntimeError", "can't start new thread");
                }; // ns.start_new_thread
                case 10 -> a -> {
                    int n = absent(a[0]) ? SignalHandling.SIGINT : SignalModule.signum(a[0]);
                    ctx.signals().interruptMain(n);
                    return null;
                }; // ns.interrupt_main
                default -> throw new IllegalArgumentException("Functions " + op);
            };
        }
    }

    static PyModule create(PythonContext ctx) {
        Functions fns = new Functions(ctx);
        PyModule m = Fns.module(ctx, "_thread");
        PyDict ns = m.getDict();
        PyType lockT = newType(ctx, "lock");
        Fns.Impl acq = a -> acquire(lock(a[0]).sem, a[1], a[2]);
        Fns.method(ctx, lockT, "acquire", "self, blocking=, timeout=", acq);
        Fns.method(ctx, lockT, "acquire_lock", "self, blocking=, timeout=", acq);
        Fns.method(ctx, lockT, "__enter__", "self, blocking=, timeout=", acq);
        Fns.Impl rel = a -> {
            Lock l = lock(a[0]);
            if (l.sem.availablePermits() > 0) {
                throw PyErrors.runtimeError("release unlocked lock");
            }
            l.sem.release();
            return null;
        };
        Fns.method(ctx, lockT, "release", "self", rel);
        Fns.method(ctx, lockT, "release_lock", "self", rel);
        Fns.method(ctx, lockT, "__exit__", "self, *args", rel);
        Fns.method(ctx, lockT, "locked", "self", fns.lazy(0));
        Fns.method(ctx, lockT, "_at_fork_reinit", "self", fns.lazy(1));
        Fns.method(ctx, lockT, "__repr__", "self", fns.lazy(2));
        ns.setStr("LockType", lockT);
        ns.setStr("lock", lockT);

        PyType rlockT = newType(ctx, "RLock");
        Fns.method(ctx, rlockT, "__new__", "cls, *args, **kwargs", fns.lazy(3));
        rlockT.getDict().setStr("__new__", new org.auditpy.runtime.Descriptors.StaticMethod(ctx.types().staticmethod, rlockT.getDict().getStr("__new__")));
        Fns.Impl racq = a -> {
            RLock l = rlock(a[0]);
            if (l.owner == Thread.currentThread()) {
                // rlock_acquire checks the arguments before it looks at the owner
                timeout(a[1], a[2]);
                l.count++;
                return true;
            }
            if (acquire(l.sem, a[1], a[2])) {
                l.owner = Thread.currentThread();
                l.count = 1;
                return true;
            }
            return false;
        };
        Fns.method(ctx, rlockT, "acquire", "self, blocking=, timeout=", racq);
        Fns.method(ctx, rlockT, "__enter__", "self, blocking=, timeout=", racq);
        Fns.Impl rrel = a -> {
            RLock l = rlock(a[0]);
            if (l.owner != Thread.currentThread() || l.count == 0) {
                throw PyErrors.runtimeError("cannot release un-acquired lock");
            }
            if (--l.count == 0) {
                l.owner = null;
                l.sem.release();
            }
            return null;
        };
        Fns.method(ctx, rlockT, "release", "self", rrel);
        Fns.method(ctx, rlockT, "__exit__", "self, *args", rrel);
        Fns.method(ctx, rlockT, "_is_owned", "self", fns.lazy(4));
        ns.setStr("RLock", rlockT);

        // _local: thread-local data; the program's one thread makes it an object with a __dict__ (Modules/_threadmodule.c
        // local_new's check of arguments for the base type itself)
        PyType localT = new PyType(ctx.types().type, "_local", new PyType[]{ctx.types().object}, new PyDict(ctx.types().dict), false,
                        PyType.Layout.OBJECT, true);
        localT.computeMro(ctx.types().object);
        localT.getDict().setStr("__module__", "_thread");
        localT.getDict().setStr("__doc__", "Thread-local data");
        localT.getDict().setStr("__dict__", new org.auditpy.runtime.Descriptors.GetSet(ctx.types().getsetDescriptor, "__dict__", localT,
                        o -> ((PythonObject) o).getOrCreateInstanceDict(), null, null));
        Fns.staticMethod(ctx, localT, "__new__", "cls, *args, **kwargs", a -> {
            PyType cls = (PyType) a[0];
            if (cls == localT && (((org.auditpy.runtime.PyTuple) a[1]).items().length > 0 || ((PyDict) a[2]).size() > 0)) {
                throw PyErrors.typeError("Initialization arguments are not supported");
            }
            return new PythonObject(cls);
        });
        ns.setStr("_local", localT);

        def(ctx, ns, "allocate_lock", "", a -> new Lock(lockT));
        def(ctx, ns, "allocate", "", a -> new Lock(lockT));
        // the lock threading.py's Thread._tstate_lock is: CPython releases it as the thread's state is deleted; the
        // program's one thread is the main thread, whose lock threading._shutdown releases itself
        def(ctx, ns, "_set_sentinel", "", a -> new Lock(lockT));
        def(ctx, ns, "get_ident", "", fns.lazy(5));
        def(ctx, ns, "get_native_id", "", fns.lazy(6));
        def(ctx, ns, "_count", "", fns.lazy(7));
        def(ctx, ns, "stack_size", "size=, /", fns.lazy(8));
        def(ctx, ns, "start_new_thread", "function, args, kwargs=, /", fns.lazy(9));
        // as if the signal arrived: its Python handler (SIGINT's: KeyboardInterrupt) runs at the next safepoint
        def(ctx, ns, "interrupt_main", "signum=, /", fns.lazy(10));
        ns.setStr("error", ctx.types().exception("RuntimeError"));
        ns.setStr("TIMEOUT_MAX", TIMEOUT_MAX);
        return m;
    }
}
