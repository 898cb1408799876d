# functools: wraps, partial, reduce.
import functools
from functools import partial, reduce, wraps
def power(base, exp, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(9), cube_mod(4), two_to(10), square.func is power, square.args, square.keywords)
print(square(5, exp=3), type(square).__name__)
p2 = partial(two_to, mod=1000)
print(p2(20), p2.args, p2.keywords)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, ["x", "y", "z"], ">"))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, v: acc + [v * 2], [1, 2], []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        return ("logged", fn(*a, **k))
    return inner
@logged
def compute(x):
    """Compute something."""
    return x + 1
print(compute(1), compute.__name__, compute.__doc__, compute.__wrapped__(1))
def plain_deco(fn):
    def inner():
        return fn()
    return inner
@plain_deco
def named():
    """doc"""
print(named.__name__, named.__doc__)
print(functools.reduce(lambda a, b: a | b, [{1}, {2}, {3}]) == {1, 2, 3})
words = ["b", "a", "c"]
print(list(map(partial(str.replace, "x-a-x", "-"), words)))
add = lambda a, b, c: a + b + c
print(partial(partial(add, 1), 2)(3))
