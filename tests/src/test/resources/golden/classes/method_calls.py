# obj.name(args) on builtin and Python receivers: plain methods, and every case that must behave as
# "get the attribute, then call it" (shadowing, replaced class attributes, descriptors, __getattr__, ...).
import sys


class C:
    def m(self, x=1):
        return ("C.m", x)


c = C()
print(c.m(), c.m(2), c.m(x=3))

# instance attribute shadowing a method
c.m = lambda *a: ("instance", a)
print(c.m(5))
del c.m
print(c.m(6))

# class attribute replaced between calls (and in a loop, so the call site is warm)
def other(self, x=0):
    return ("other", x)

results = []
for i in range(6):
    if i == 3:
        C.m = other
    results.append(c.m(i))
print(results)

# a subclass overriding afterwards
class D(C):
    pass

d = D()
out = []
for i in range(4):
    if i == 2:
        D.m = lambda self, x=0: ("D.m", x)
    out.append(d.m(i))
print(out)


# staticmethod, classmethod, property returning a callable, via instance
class E:
    @staticmethod
    def s(*a):
        return ("static", a)

    @classmethod
    def k(cls, *a):
        return ("class", cls.__name__, a)

    @property
    def p(self):
        return lambda *a: ("property", a)

    f = len  # builtin function as class attribute: not bound


e = E()
for i in range(3):
    print(e.s(i), e.k(i), e.p(i), e.f("abc"))
print(E.s(1), E.k(2))


# __getattr__ and __getattribute__
class G:
    def real(self):
        return "real"

    def __getattr__(self, name):
        return lambda *a: ("getattr", name, a)


g = G()
print(g.real(), g.virtual(1, 2))


class GA:
    def m(self):
        return "GA.m"

    def __getattribute__(self, name):
        if name == "m":
            return lambda: "intercepted"
        return object.__getattribute__(self, name)


print(GA().m())


# callable objects stored on the class that are not functions
class CallableObj:
    def __call__(self, *a):
        return ("callable", a)


class H:
    m = CallableObj()


print(H().m(1))


# str / int subclasses
class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("  hello ")
print(repr(s.strip()), s.shout(), type(s.strip()).__name__, s.upper(), s.split())


class I(int):
    def double(self):
        return self * 2


n = I(21)
print(n.double(), n.bit_length(), n.to_bytes(2, "big"))

# builtin receivers
lst = []
for i in range(5):
    lst.append(i * i)
print(lst, lst.index(9), lst.count(4), [3, 1, 2].copy())
dct = {}
for w in "a b a c b a".split():
    dct[w] = dct.get(w, 0) + 1
print(dct, dct.setdefault("z", []), dct.keys(), dct.pop("z"))
print("a,b".split(","), "x".join(["1", "2"]), (1, 2, 1).count(1), {1, 2}.union({3}))
print((3.5).is_integer(), (255).to_bytes(1, "little"), True.bit_length(), (10**30).bit_length())
print("abc".encode(), b"abc".decode(), frozenset([1]).copy())

# modules and types
import math
print(math.sqrt(16.0), str.upper("abc"), dict.fromkeys("ab", 0), int.from_bytes(b"\x01\x00", "little"))
print({}.fromkeys("xy"), "".maketrans("a", "b"))

# a receiver that changes type at one call site
for r in ["Abc", [1, 2], (1,), {"k": 1}, b"x", 3, C()]:
    try:
        print(type(r).__name__, r.count(1) if hasattr(r, "count") else r.__class__.__name__)
    except TypeError as ex:
        print("TypeError", ex)

# missing methods: AttributeError messages and no argument evaluated
def arg(tag):
    print("evaluated", tag)
    return tag


for r in ["s", [1], {"a": 1}, (1,), 1, 1.5, c, C, math, None]:
    try:
        r.nope(arg("x"))
    except AttributeError as ex:
        print("AttributeError:", ex)

# evaluation order: receiver, lookup, then arguments left to right
def recv(tag):
    print("receiver", tag)
    return C()


print(recv(1).m(arg(2)))
print(recv(3).m(x=arg(4)))


class Tracer:
    def __getattr__(self, name):
        print("lookup", name)
        return lambda *a, **k: (name, a, k)


print(Tracer().f(arg("a"), k=arg("b")))


# class changed by an argument's evaluation: the method found before the arguments is called
class R:
    def m(self, x):
        return ("old", x)


def change():
    R.m = lambda self, x: ("new", x)
    return 1


r = R()
print(r.m(change()), r.m(2))

# instance attribute added by argument evaluation: old method still called
class Q:
    def m(self, x):
        return ("method", x)


q = Q()


def shadow():
    q.m = lambda x: ("shadow", x)
    return 0


print(q.m(shadow()), q.m(1))

# errors inside the method: traceback-visible line
try:
    "abc".index("z")
except ValueError as ex:
    print("ValueError:", ex)
try:
    [].pop()
except IndexError as ex:
    print("IndexError:", ex)
try:
    c.m(1, 2, 3)
except TypeError as ex:
    print("TypeError:", ex)

# super() and explicit super(...)
class Base:
    def hello(self, x):
        return ("Base", x)


class Child(Base):
    def hello(self, x):
        return ("Child",) + super().hello(x) + super(Child, self).hello(x + 1)


print(Child().hello(1))
print(sys.getrecursionlimit() > 0)

# method of an uncaught error: caret lines of the traceback
obj = [1]
obj.missing_method(1)
