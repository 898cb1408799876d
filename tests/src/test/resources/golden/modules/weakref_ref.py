# weakref.ref, proxy, getweakrefs, callbacks run by gc.collect(), and which objects can be weakly referenced
import gc
import weakref
import _weakref


class C:
    def __init__(self, name):
        self.name = name

    def meth(self):
        return "meth of " + self.name

    def __eq__(self, other):
        return isinstance(other, C) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __len__(self):
        return len(self.name)

    def __add__(self, other):
        return self.name + "+" + str(other)

    def __getitem__(self, i):
        return self.name[i]

    def __iter__(self):
        return iter(self.name)

    def __call__(self, *a, **k):
        return ("called", a, sorted(k.items()))


a = C("a")
r = weakref.ref(a)
print(r() is a, r.__callback__, type(r).__name__, type(r).__module__)
print(weakref.ref(a) is r, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
print(a.__weakref__ is r)
print(repr(r).startswith("<weakref at 0x"), "; to 'C' at 0x" in repr(r))
print(weakref.ReferenceType is weakref.ref, _weakref.ref is weakref.ref)

# equality and hashing follow the referent while it lives
a2 = C("a")
r2 = weakref.ref(a2)
print(r == r2, r != r2, hash(r) == hash(a), r == 1, r != "x")

events = []


def cb(ref):
    events.append(("cb", ref is rc, ref()))


b = C("b")
rc = weakref.ref(b, cb)
rb = weakref.ref(b)
print(rc is not rb, rc.__callback__ is cb, weakref.getweakrefcount(b))
print([x is rb for x in weakref.getweakrefs(b)], [x is rc for x in weakref.getweakrefs(b)])
h = hash(rc)
del b
gc.collect()
print(events, rc(), rc.__callback__, rb())
print(hash(rc) == h, repr(rc).endswith("; dead>"))
try:
    hash(weakref.ref(C("zz"), cb)) if False else None
except TypeError as e:
    print(e)

# a dead weakref that was never hashed
d = C("d")
rd = weakref.ref(d, lambda r: None)
del d
gc.collect()
try:
    hash(rd)
except TypeError as e:
    print("TypeError:", e)
print(rd == rd, rd != rd, rd == r)


# a callback that raises is reported, the others still run
class Bad:
    def __call__(self, ref):
        raise ValueError("boom")

    def __repr__(self):
        return "Bad()"


bad = Bad()


e = C("e")
r_bad = weakref.ref(e, bad)
r_good = weakref.ref(e, lambda ref: print("good callback ran"))
del e
gc.collect()
print("after bad callback")

# proxies
p_obj = C("proxy")
p = weakref.proxy(p_obj)
print(type(p).__name__, p.name, p.meth(), len(p), p + 1, p[0], list(p), str(p) == str(p_obj))
print(p == C("proxy"), bool(p), "r" in p, p(1, x=2))
print(weakref.proxy(p_obj) is p, weakref.getweakrefcount(p_obj))
p.extra = 5
print(p_obj.extra)
del p.extra
print(hasattr(p_obj, "extra"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


class N:
    pass


n = N()
pn = weakref.proxy(n)
print(type(pn).__name__, repr(pn).startswith("<weakproxy at 0x"), " to N at 0x" in repr(pn))
del n
gc.collect()
try:
    pn.x
except ReferenceError as e:
    print("ReferenceError:", e)
print(repr(pn).startswith("<weakproxy at 0x"), " to NoneType at 0x" in repr(pn))

# which objects can be weakly referenced
class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class Sub(Slotted):
    pass


class IntSub(int):
    pass


class StrSub(str):
    pass


def gen():
    yield 1


for obj in [1, "s", (), b"", None, 1.5, True, [], {}, object(), Slotted(), SlottedWeak(), Sub(), IntSub(3), StrSub("x"),
            int, len, gen, gen(), weakref, set(), frozenset(), C.meth, a.meth]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
try:
    class Bad(SlottedWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)
print(SlottedWeak().__weakref__, hasattr(Slotted, "__weakref__"))

# subclassing ref (as weakref.KeyedRef does)
class MyRef(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, tag):
        self = super().__new__(cls, ob)
        self.tag = tag
        return self

    def __init__(self, ob, tag):
        super().__init__(ob)


m = MyRef(a, "t")
print(m() is a, m.tag, m is not r, isinstance(m, weakref.ref), weakref.getweakrefcount(a))
print(weakref.ref[int])

# _remove_dead_weakref
dd = {"k": rd, "live": r}
_weakref._remove_dead_weakref(dd, "k")
_weakref._remove_dead_weakref(dd, "live")
print(sorted(dd))
