# CPython's threading.py over auditpy's _thread: the main thread, locks, conditions, events, semaphores,
# thread-local data (auditpy runs one thread: Thread.start() raises RuntimeError "can't start new thread", so
# this program calls run() itself)
import threading
import _thread

t = threading.current_thread()
print(t is threading.main_thread(), t.name, t.daemon, t.is_alive(), type(t).__name__)
print(isinstance(threading.get_ident(), int), threading.get_ident() == t.ident, t.native_id == threading.get_native_id())
print(threading.active_count(), threading.enumerate() == [t], threading.current_thread() is threading.current_thread())
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is RuntimeError, threading.stack_size())

lock = threading.Lock()
print(type(lock).__name__, lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print("in lock", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

rl = threading.RLock()
with rl:
    with rl:
        print("reentrant", rl._is_owned())
print(rl._is_owned())
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

cond = threading.Condition()
with cond:
    print("wait timed out:", cond.wait(0.01))
    print("wait_for:", cond.wait_for(lambda: 42, timeout=0.01))
    cond.notify()
    cond.notify_all()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem._value)
bs = threading.BoundedSemaphore(1)
with bs:
    pass
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

barrier = threading.Barrier(1)
print("barrier index", barrier.wait(), barrier.parties, barrier.n_waiting, barrier.broken)

local = threading.local()
local.x = 1
print(local.x, getattr(local, "y", "no y"))


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v


ml = MyLocal(7)
print(ml.v)

results = []
th = threading.Thread(target=results.append, args=("ran",), name="worker", daemon=True)
print(th.name, th.daemon, th.is_alive(), th.ident, repr(th))
th.run()
print(results)

timer = threading.Timer(10.0, print, args=("never",))
print(type(timer).__name__, timer.interval, timer.finished.is_set())
timer.cancel()
print(timer.finished.is_set())


class Worker(threading.Thread):
    def run(self):
        print("Worker.run called directly")


w = Worker(name="custom")
w.run()
print(w.name, threading.excepthook is not None, threading.ExceptHookArgs is not None)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
