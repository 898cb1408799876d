# Higher-order functions: map, filter, reduce-like helpers, callbacks.
from functools import reduce
nums = [5, 3, 8, 1, 9, 2]
print(list(map(lambda x: x * 10, nums)))
print(list(filter(lambda x: x % 2, nums)))
print(reduce(lambda a, b: a * b, nums), reduce(lambda a, b: a + b, [], 0))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(str.strip, [" a ", "b  "])))
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
pipeline = compose(str, lambda v: v + 1, abs)
print(repr(pipeline(-41)))
def curry(f):
    def c1(a):
        def c2(b):
            return f(a, b)
        return c2
    return c1
print(curry(lambda a, b: a - b)(10)(3))
def on_each(items, callback):
    for i, item in enumerate(items):
        callback(i, item)
seen = []
on_each("xyz", lambda i, ch: seen.append(f"{i}:{ch}"))
print(seen)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(max(["apple", "Banana", "cherry"], key=str.lower))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(sum(map(int, "12345")), "".join(map(chr, [72, 105])))
