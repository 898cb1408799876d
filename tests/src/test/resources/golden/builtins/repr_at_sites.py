# repr() of instances of Python classes at hot sites (a Python __repr__ through a cached call), and what
# CPython checks: str subclass results, non-str results, classes without __repr__, a __repr__ rebound later.
N = 3000


class R:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"R({self.v!r})"


class Plain:
    pass


class S(str):
    pass


class SubResult:
    def __repr__(self):
        return S("sub")


class Nested:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "Nested(" + repr(self.inner) + ")"


def reprs(n):
    objs = [R(1), R("s"), R(2.5), R(None), Nested(R([1, 2])), SubResult(), 7, "x", [R(0)]]
    t = 0
    first = []
    for i in range(n):
        r = repr(objs[i % len(objs)])
        t += len(r)
        if i < len(objs):
            first.append((r, type(r).__name__))
    return t, first


print(reprs(N))
p = Plain()
print(repr(p).startswith("<__main__.Plain object at 0x"))


def rebound(n):
    out = set()
    for i in range(n):
        if i == n // 2:
            R.__repr__ = lambda self: "rebound"
        out.add(repr(R(i % 2)))
    return sorted(out)


print(rebound(N))


class Bad:
    def __repr__(self):
        return 42


try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
