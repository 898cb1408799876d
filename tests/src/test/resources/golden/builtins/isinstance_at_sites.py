# isinstance at hot sites (answered in compiled code for classes of metaclass type and tuples of them), with
# everything that changes the answer: bool and int, builtin subclasses, __class__ overrides and assignment,
# metaclasses with __instancecheck__, nested tuples, bad second arguments.
N = 3000


class Base:
    pass


class Derived(Base):
    pass


class MyInt(int):
    pass


class Liar:
    @property
    def __class__(self):
        return Base


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class Magic(metaclass=Meta):
    pass


VALUES = [1, True, 2.5, "s", None, [], (), {}, Base(), Derived(), MyInt(3), Liar(), b"b", 2 ** 80, Magic()]
TESTS = [int, bool, float, str, object, list, Base, Derived, MyInt, type(None), Magic, (int, str), (float, Base),
         (list, (dict, tuple)), (), (bool,), (Magic, int)]


def table(n):
    counts = [0] * len(TESTS)
    for i in range(n):
        v = VALUES[i % len(VALUES)]
        for j, t in enumerate(TESTS):
            if isinstance(v, t):
                counts[j] += 1
    return counts


print(table(N))
for v in VALUES:
    print(type(v).__name__, [isinstance(v, t) for t in TESTS])
print(isinstance("magic", Magic), isinstance("other", Magic))


# a site with one class, and the object's class changing under it
class Other:
    pass


def reassigned(n):
    o = Derived()
    hits = 0
    for i in range(n):
        if i == n // 2:
            o.__class__ = Other
        hits += isinstance(o, Base)
    return hits


print("reassigned", reassigned(N))


# the class hierarchy changing under a site
class A:
    pass


class B:
    pass


class C(A):
    pass


def rebased(n):
    c = C()
    hits = []
    for i in range(n):
        if i == n // 2:
            C.__bases__ = (B,)
        hits.append((isinstance(c, A), isinstance(c, B)))
    return hits[0], hits[-1]


print("rebased", rebased(N))


for bad in (1, "str", [int], (int, 1)):
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(1, (str, (float, (int,)))), isinstance(1, (str, (float,))))
