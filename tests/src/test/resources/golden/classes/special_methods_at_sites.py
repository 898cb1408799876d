# Special methods of Python classes called from the operations that use them (x[k], x[k] = v, len(x), v in x,
# x == y, x < y), at sites that meet them again and again: results, NotImplemented and the reflected method,
# classes changed after a site has met them, more classes than a site caches, subclasses, and errors with carets.


class Grid:
    def __init__(self, n):
        self.cells = list(range(n))

    def __getitem__(self, i):
        return self.cells[i]

    def __setitem__(self, i, v):
        self.cells[i] = v

    def __len__(self):
        return len(self.cells)

    def __contains__(self, v):
        return v in self.cells


class Sub(Grid):
    def __getitem__(self, i):
        return -super().__getitem__(i)


def use(g, rounds):
    total = 0
    for r in range(rounds):
        for i in range(len(g)):
            g[i] = g[i] + 1
            total += g[i]
        total += (3 in g) + (-3 in g) * 10
    return total


print(use(Grid(10), 20), use(Sub(10), 20))


class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.x == o.x

    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.x < o.x

    def __hash__(self):
        return hash(self.x)


def compare(pairs):
    out = []
    for a, b in pairs:
        out.append((a == b, a != b, a < b, b < a))
    return out


vs = [V(i % 3) for i in range(6)]
for _ in range(30):
    res = compare(list(zip(vs, vs[1:])))
print(res)
print(sorted(V(x) for x in [5, 3, 9, 1]) == [V(1), V(3), V(5), V(9)], [v.x for v in sorted([V(4), V(2), V(8)])])
print(V(1) == 1, 1 == V(1), V(1) != "a")
try:
    V(1) < 1
except TypeError as e:
    print(e)


class Half:
    """Only __eq__ answers; < has no answer either way."""

    def __eq__(self, o):
        return NotImplemented

    def __lt__(self, o):
        return NotImplemented


h1, h2 = Half(), Half()
for _ in range(20):
    r = (h1 == h1, h1 == h2, h1 != h2)
print(r)
try:
    h1 < h2
except TypeError as e:
    print(e)


class AlwaysEq:
    def __eq__(self, o):
        return True

    def __ne__(self, o):
        return False


print(AlwaysEq() == None, None == AlwaysEq(), AlwaysEq() != None, AlwaysEq() == 0)


class Cont:
    def __init__(self, r):
        self.r = r

    def __contains__(self, v):
        return self.r


for r in [0, 1, [], [0], "", "x", None]:
    print(repr(r), 5 in Cont(r), 5 not in Cont(r))


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in [3, 0, -1, 2 ** 70, "x"]:
    try:
        print(len(L(n)))
    except Exception as e:
        print(type(e).__name__, e)


# changing the class after the sites have met it
class M:
    def __getitem__(self, k):
        return "first"


def read(m):
    return m[0]


m = M()
print([read(m) for _ in range(5)])
M.__getitem__ = lambda self, k: "second"
print(read(m))
del M.__getitem__
try:
    read(m)
except TypeError as e:
    print(e)
M.__getitem__ = staticmethod(lambda k: ("static", k))
print(read(m))


# one site, many classes
kinds = [type("K%d" % i, (), {"__getitem__": (lambda j: lambda self, k: j * k)(i), "__len__": (lambda j: lambda self: j)(i)})
         for i in range(6)]
objs = [k() for k in kinds] * 20
print(sum(o[2] for o in objs), sum(len(o) for o in objs))


# a __getitem__ that raises: the caller's line and carets, then the method's frame
class Bad:
    def __getitem__(self, k):
        return {}[k]


def fetch(b, k):
    return b[k] + 1


for _ in range(10):
    try:
        fetch(Bad(), "key")
    except KeyError as e:
        last = e
print("KeyError", last)
fetch(Bad(), "gone")
