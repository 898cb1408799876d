# Properties read and written at sites that meet them again and again: getters and setters, a read-only property,
# a property replaced or removed after the sites met it, getters that raise (with and without __getattr__),
# a subclass of property, a property whose __init__ runs again, slots, and one site meeting many classes.


class P:
    def __init__(self, x):
        self._x = x

    @property
    def x(self):
        return self._x * 2

    @x.setter
    def x(self, v):
        self._x = v + 1

    @property
    def ro(self):
        return "read-only"


def churn(objs, rounds):
    total = 0
    for _ in range(rounds):
        for o in objs:
            o.x = o.x
            total += o.x
    return total


print(churn([P(i) for i in range(5)], 20))
p = P(1)
for _ in range(10):
    v = p.ro
print(v)
for _ in range(3):
    try:
        p.ro = 5
    except AttributeError as e:
        print(e)


class Q(P):
    x = 42  # a plain class attribute hides the inherited property


q = Q(1)
print(q.x, churn([q], 1) if False else "-")
q.x = 7
print(q.x, q.__dict__)


def read(o):
    return o.x


vals = [read(p) for _ in range(5)]
P.x = property(lambda self: "replaced")
vals.append(read(p))
del P.x
vals.append(read(p) if hasattr(p, "x") else "gone")
p.__dict__["x"] = "instance"
vals.append(read(p))
print(vals)


class Raises:
    @property
    def v(self):
        raise AttributeError("inner")


class RaisesWithFallback(Raises):
    def __getattr__(self, name):
        return "fallback " + name


for cls in (Raises, RaisesWithFallback):
    for _ in range(3):
        try:
            r = cls().v
        except AttributeError as e:
            r = "AttributeError: %s" % e
    print(cls.__name__, r)


class LoudProperty(property):
    def __get__(self, obj, owner=None):
        return ("loud", super().__get__(obj, owner))


class H:
    @LoudProperty
    def v(self):
        return 3


print([H().v for _ in range(3)][-1])

prop = property(lambda self: "first")


class R:
    v = prop


r = R()
seen = [r.v for _ in range(3)]
prop.__init__(lambda self: "second")
seen.append(r.v)
print(seen)


class S:
    __slots__ = ("_v",)

    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value


s = S()
for i in range(50):
    s.v = s.v + i
print(s.v)

kinds = [type("K%d" % i, (), {"v": property((lambda j: lambda self: j)(i))}) for i in range(8)]
objs = [k() for k in kinds] * 10
print(sum(o.v for o in objs))


class Del:
    def __init__(self):
        self._d = 1

    @property
    def d(self):
        return self._d

    @d.deleter
    def d(self):
        print("deleting")
        del self._d


dd = Del()
print(dd.d)
del dd.d
try:
    dd.d
except AttributeError as e:
    print(e)
try:
    dd.d = 3
except AttributeError as e:
    print(e)


class Audited(property):
    def __set__(self, obj, value):
        print("set", value)
        super().__set__(obj, value)

    def __delete__(self, obj):
        print("delete")
        super().__delete__(obj)


class A:
    def _get(self):
        return self.__dict__.get("_a", 0)

    def _set(self, v):
        self.__dict__["_a"] = v

    def _del(self):
        self.__dict__.pop("_a", None)

    a = Audited(_get, _set, _del)


aa = A()
aa.a = 5
print(aa.a)
del aa.a
print(aa.a)


class Counted(staticmethod):
    def __get__(self, obj, owner=None):
        return lambda: "wrapped"


class CS:
    @Counted
    def f():
        return "plain"


print(CS.f(), CS().f())
