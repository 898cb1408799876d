# copy.copy / copy.deepcopy over builtin containers and instances with hooks.
import copy

a = [1, [2, 3], {"k": [4]}, (5, [6])]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1])
print(d == a, d[1] is a[1], d[2]["k"] is a[2]["k"], d[3] is a[3], d[3][1] is a[3][1])
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy(t) is t)
print(copy.copy({1: 2}), copy.deepcopy({"a": {"b": []}}))
print(copy.copy({1, 2}) == {1, 2}, copy.copy(frozenset([3])))
print(copy.copy(bytearray(b"ab")), copy.deepcopy(b"xy"), copy.copy(None), copy.copy(3.5))

# recursive structure
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point([1], 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p2.x is p.x, p3, p3.x is p.x)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooked(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo))


h = Hooked([1, 2])
h2 = copy.copy(h)
h3 = copy.deepcopy([h, h])
print(h2.v is h.v, h3[0] is h3[1], h3[0].v == h.v, h3[0].v is h.v)


class Reduced:
    def __init__(self, a):
        self.a = a

    def __reduce_ex__(self, proto):
        print("__reduce_ex__", proto)
        return (Reduced, (self.a,))


x = copy.deepcopy(Reduced([7]))
print(type(x).__name__, x.a)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = "b"


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)


class WithState:
    def __init__(self):
        self.items = [1]

    def __getstate__(self):
        return {"items": self.items, "extra": True}

    def __setstate__(self, state):
        print("__setstate__", sorted(state))
        self.__dict__.update(state)


ws = copy.deepcopy(WithState())
print(ws.items, ws.extra)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])


def f():
    pass


print(copy.copy(f) is f, copy.deepcopy(Point) is Point, copy.deepcopy(len) is len)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
try:
    copy.deepcopy(iter([1]).__class__)
    print("class ok")
except Exception as e:
    print(type(e).__name__)

# a reductor registered with copyreg is used by copy and deepcopy
import copyreg


class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(obj):
    print("reductor called")
    return (Registered, (obj.v * 2,))


copyreg.pickle(Registered, reduce_registered)
print(copy.copy(Registered(3)).v, copy.deepcopy(Registered([4])).v)
