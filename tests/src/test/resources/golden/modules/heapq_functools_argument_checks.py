# heapq.nlargest/nsmallest look at the iterable even when n <= 0, and lru_cache/cache refuse what is not callable,
# as CPython's C implementations.
import functools
import heapq
for f in (lambda: heapq.nlargest(0, 0), lambda: heapq.nsmallest(-1, 5), lambda: heapq.nlargest(0, [3, 1]),
          lambda: heapq.nsmallest(2, 7), lambda: heapq.nsmallest(0, iter([1])), lambda: heapq.nlargest(2, [3, 1, 2]),
          lambda: functools.cache(0), lambda: functools.lru_cache(maxsize=None)(0), lambda: functools.lru_cache()(5),
          lambda: functools.lru_cache(maxsize=2)(len)("ab")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
