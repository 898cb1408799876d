# Items of list and tuple subclasses (a namedtuple's fields read self[i]) read at sites that meet them again and
# again: negative and out-of-range indexes, slices, a class that gains a __getitem__ after the site met it, and two
# subclasses at one site.
from collections import namedtuple

Pt = namedtuple("Pt", "x y")


class L(list):
    pass


class T(tuple):
    pass


def read(seq, i):
    return seq[i]


p = Pt(3, 4)
total = 0
for _ in range(50):
    total += p.x * p.y + p[0] + p[-1]
print(total, p, p._replace(y=9), read(p, 1), read(p, slice(0, 1)))
for seq in (L([1, 2, 3]), T((4, 5, 6))):
    vals = [read(seq, i) for i in (0, 2, -1, -3)]
    try:
        read(seq, 3)
    except IndexError as e:
        vals.append(str(e))
    try:
        read(seq, "a")
    except TypeError as e:
        vals.append(str(e))
    print(type(seq).__name__, vals, read(seq, slice(1, None)))

l = L([10, 20, 30])
seen = [read(l, 1) for _ in range(20)][-1:]
L.__getitem__ = lambda self, i: ("overridden", i)
seen.append(read(l, 1))
del L.__getitem__
seen.append(read(l, 1))
print(seen)


class L2(list):
    pass


mixed = [L([1, 2]), L2([3, 4]), [5, 6], (7, 8), T((9, 10))] * 5
print(sum(read(s, 1) for s in mixed))
