# itertools.zip_longest (Java in auditpy, as CPython's C): fill values, laziness, errors, subclasses.
from itertools import zip_longest
print(list(zip_longest("abc", [1, 2], (True,))))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()), list(zip_longest([])), list(zip_longest("a")))
print(list(zip_longest([], [], fillvalue=0)), list(zip_longest(range(3), [], fillvalue=None)))
z = zip_longest([1], [2, 3, 4])
print(next(z), list(z), list(z), iter(z) is z, type(z).__name__, repr(z)[:31])
for kw in [dict(fill=1), dict(fillvalue=1, x=2)]:
    try:
        zip_longest("a", **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    zip_longest("a", 5)
except TypeError as e:
    print("TypeError", e)


def gen(n):
    for i in range(n):
        print("gen", n, i)
        yield i


print(list(zip_longest(gen(1), gen(2))))


def bad():
    yield 1
    raise ValueError("boom")


z = zip_longest(bad(), [1, 2, 3])
print(next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError", e)
print(list(z))


class Z(zip_longest):
    pass


print(list(Z("ab", "c", fillvalue=0)), isinstance(Z(), zip_longest))
print(dict(zip_longest("abc", range(2))), ["".join(map(str, t)) for t in zip_longest("ab", "cde", fillvalue="")])
