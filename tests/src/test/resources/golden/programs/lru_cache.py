# An LRU cache built on OrderedDict, used as a memoizing decorator with statistics.
from collections import OrderedDict
from functools import wraps


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted, _ = self.data.popitem(last=False)
            self.evictions += 1
            return evicted
        return None

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def keys(self):
        return list(self.data)

    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} hit-rate={rate:.1%}"


def lru(capacity):
    def decorate(fn):
        cache = LRUCache(capacity)
        missing = object()

        @wraps(fn)
        def wrapper(*args):
            result = cache.get(args, missing)
            if result is missing:
                result = fn(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        return wrapper
    return decorate


cache = LRUCache(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"]:
    parts = op.split()
    if parts[0] == "put":
        evicted = cache.put(parts[1], int(parts[2]))
        print(f"{op:<10} keys={cache.keys()} evicted={evicted}")
    else:
        print(f"{op:<10} -> {cache.get(parts[1])!r:<5} keys={cache.keys()}")
print(cache.stats(), len(cache), "a" in cache, "b" in cache)


@lru(capacity=64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.__name__, fib.cache.stats())


@lru(capacity=2)
def slow_square(n):
    print(f"  computing {n}^2")
    return n * n


for n in [2, 3, 2, 4, 3, 3, 2]:
    print(f"square({n}) = {slow_square(n)}")
print(slow_square.cache.stats(), slow_square.cache.keys())
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
