# The truth value of instances in conditions (if, while, not, and/or, x if c else y, comprehension filters):
# __bool__, then __len__, then always true; their results checked as CPython checks them; classes changed after a
# site has met them; more classes at one site than it caches; and a deque drained by `while q`.
from collections import deque


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Plain:
    pass


class BL(L):
    def __bool__(self):
        return False


def verdicts(xs):
    out = []
    for x in xs:
        a = "T" if x else "F"
        b = not x
        c = x and 1
        d = x or 2
        e = [1 for _ in (0,) if x]
        n = 0
        while x and n < 1:
            n += 1
        out.append((a, b, c if isinstance(c, int) else "x", d if isinstance(d, int) else "x", len(e), n))
    return out


objs = [B(True), B(False), L(0), L(5), Plain(), BL(3), deque(), deque([0]), [], [0], "", "a", 0.0, 2.5, None, 0, 7]
for _ in range(3):
    res = verdicts(objs)
for o, r in zip(objs, res):
    print(type(o).__name__, r)


def errors(x):
    try:
        if x:
            return "true"
        return "false"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for v in [1, "yes", None, 0.0]:
    print("bool ->", repr(v), errors(B(v)))
for n in [-1, 2 ** 70, "3", 1.0, True, False]:
    print("len ->", repr(n), errors(L(n)))


class Idx:
    def __index__(self):
        return 4


print("len -> Idx", errors(L(Idx())))


# a class changed after the sites have met it
class C:
    pass


c = C()
seen = []
for i in range(6):
    if i == 2:
        C.__bool__ = lambda self: False
    if i == 4:
        del C.__bool__
        C.__len__ = lambda self: 0
    seen.append("T" if c else "F")
print("changed:", "".join(seen))

# the method on the instance is not used; a staticmethod __bool__ is called unbound
c.__bool__ = lambda: True
print("instance attr:", bool(c), "T" if c else "F")


class S:
    @staticmethod
    def __bool__():
        return False


print("staticmethod:", "T" if S() else "F", not S())


# one site, many classes
def count_true(items):
    n = 0
    for it in items:
        if it:
            n += 1
    return n


kinds = [type("K%d" % i, (), {"__bool__": (lambda k: lambda self: k % 2 == 0)(i)}) for i in range(6)]
print("many:", count_true([k() for k in kinds] * 50))

# a deque drained by while, as a breadth-first search
q = deque([0])
visited = 0
while q:
    x = q.popleft()
    visited += 1
    if x < 2000:
        q.append(x + 1)
        if x % 3 == 0:
            q.append(5000 + x)
print("bfs:", visited)


# a __bool__ that raises, inside and/or
class Bad:
    def __bool__(self):
        raise RuntimeError("no truth")


try:
    print(Bad() or 1)
except RuntimeError as e:
    print("raised:", e)

# objects without a class of their own in this implementation, and builtin containers, at one site
for v in [..., (), (0,), {}, {0: 0}, set(), {0}, frozenset(), b"", b"x", range(0), range(2), 1.5]:
    print(type(v).__name__, "T" if v else "F", not v, bool(v and 1), bool(v or 0))
