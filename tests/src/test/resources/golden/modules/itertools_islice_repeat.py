# itertools.islice and repeat (Java in auditpy, as CPython's C): bounds, steps, laziness, errors, reprs, length hints.
import sys
import operator
from itertools import islice, repeat, count

a = list(range(20))
print(list(islice(a, 5)), list(islice(a, 2, 8)), list(islice(a, 1, None, 3)), list(islice(a, None)))
print(list(islice(a, 3, 3)), list(islice(a, 10, 2)), list(islice(a, 0, 100, 7)), list(islice(iter(a), 18, None)))
print(list(islice(count(), 5, 20, 4)), list(islice("abcdef", None, None, 2)), list(islice(a, True, 4)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 0)), next(it))


class Idx:
    def __index__(self):
        return 4


print(list(islice(a, Idx())), list(islice(a, 1, Idx(), None)))
for args in [(a,), (a, -1), (a, 1.5), (a, "x"), (a, -2, 5), (a, 0, 5, 0), (a, 0, 5, -1), (a, 0, 5, 1.0),
             (a, sys.maxsize + 1), (a, 1, 2, 3, 4), (5, 3), (a, None, None, None)]:
    try:
        print(list(islice(*args))[:3])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    islice(a, stop=3)
except TypeError as e:
    print("TypeError", e)


def gen():
    for i in range(6):
        print("gen", i)
        yield i


s = islice(gen(), 1, 4, 2)
print(next(s))
print(list(s), list(s))
print(type(s).__name__, type(s).__module__, repr(s)[:26], iter(s) is s)

r = repeat("x", 3)
print(repr(r), operator.length_hint(r), list(r), repr(r), operator.length_hint(r))
print(repr(repeat(None)), list(zip(range(3), repeat(7))), list(repeat(1, -5)), list(repeat(2, times=2)))
try:
    len(repeat(1))
except TypeError as e:
    print("TypeError", e)
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError", e)
for bad in [(1, 2.5), (1, None), (), (1, 2, 3)]:
    try:
        repeat(*bad)
    except TypeError as e:
        print("TypeError", e)


class R(repeat):
    pass


print(repr(R([1], 2)), list(R(0, 2)), isinstance(R(1), repeat))
print(list(map(pow, range(5), repeat(2))), sum(islice(repeat(3), 1000)))
for kw in [dict(object=1, times=2), dict(times=2), dict(object=1, x=2), dict(object=5)]:
    try:
        print(list(islice(repeat(**kw), 4)))
    except TypeError as e:
        print("TypeError", e)
try:
    repeat(1, object=2)
except TypeError as e:
    print("TypeError", e)
