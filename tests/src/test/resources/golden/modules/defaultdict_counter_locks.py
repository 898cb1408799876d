# d[k] = v and d[k] += 1 of int and str keys on dict subclasses that keep dict's __setitem__ (defaultdict, Counter),
# one that overrides it, and _thread locks taken at once when free (blocking, non-blocking, timeouts, errors)
import collections
import threading


class Loud(dict):
    def __setitem__(self, k, v):
        print("Loud.__setitem__", k, v)
        super().__setitem__(k, v)


def fill(d):
    for i in range(20000):
        d[i % 7] += 1
        d[str(i % 3)] += 2
        d[i % 5 == 0] += 1
    return sorted(d.items(), key=repr)


print(fill(collections.defaultdict(int)))
print(fill(collections.Counter()))
dd = collections.defaultdict(list)
for i in range(10):
    dd[i % 3].append(i)
    dd[i % 3] = dd[i % 3]
print(dict(dd), dd[99], len(dd))
lo = Loud()
lo[1] = 2
lo[1] += 3
print(lo)
for lock in (threading.Lock(), threading.RLock()):
    print(type(lock).__name__, lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(blocking=False))
    try:
        lock.acquire(False, 1)
    except ValueError as e:
        print(e)
    try:
        lock.acquire(timeout=-2)
    except ValueError as e:
        print(e)
lk = threading.Lock()
with lk:
    print(lk.locked(), lk.acquire(False))
print(lk.locked())
try:
    lk.release()
except RuntimeError as e:
    print(e)
rl = threading.RLock()
with rl:
    with rl:
        print("nested")
try:
    rl.release()
except RuntimeError as e:
    print(e)
n = 0
for i in range(30000):
    with lk:
        n += 1
    rl.acquire()
    rl.release()
print(n)
