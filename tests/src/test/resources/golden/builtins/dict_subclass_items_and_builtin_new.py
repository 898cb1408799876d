# d[k] on dict subclasses (a present key is read as dict reads it, unless the class overrides __getitem__, even
# later), __missing__, and instantiating subclasses of builtin types whose __init__ is Python or builtin.
import collections


class D(dict):
    pass


class Miss(dict):
    def __missing__(self, key):
        return ("missing", key)


def read_all(d, keys):
    return [d[k] for k in keys]


d = D(a=1, b=2)
d[3] = "three"
m = Miss({"x": 10})
for _ in range(300):
    r1 = read_all(d, ["a", "b", 3])
    r2 = read_all(m, ["x", "y", 7])
print(r1, r2)
try:
    read_all(d, ["a", "zz"])
except KeyError as e:
    print("KeyError", e)

# the class changes after the site has learnt it: the override is seen
D.__getitem__ = lambda self, k: ("override", k)
print(read_all(d, ["a", 3]))
del D.__getitem__
print(read_all(d, ["a", 3]))
Miss.__missing__ = lambda self, k: "new missing"
print(read_all(m, ["x", "nope"]))

# a site that sees several dict subclasses
dd = collections.defaultdict(list)
cnt = collections.Counter("abracadabra")
od = collections.OrderedDict(k=1)
for _ in range(200):
    out = [read_all(x, ["k"] if x is od else ["a"]) for x in (dd, cnt, od, {"a": 0})]
print(out, sorted(dd.items()), cnt["z"], cnt["a"])

grouped = collections.defaultdict(list)
for i in range(30):
    grouped[i % 4].append(i)
print(dict(grouped))
counts = collections.defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(sorted(counts.items()), counts.default_factory)
nf = collections.defaultdict()
try:
    nf["x"]
except KeyError as e:
    print("KeyError", e)
try:
    collections.defaultdict(5)
except TypeError as e:
    print("TypeError", e)


class L(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.made = len(self)


class I(int):
    def __init__(self, v):
        self.doubled = v * 2


class S(str):
    def __init__(self, v):
        self.tag = "<" + v + ">"


class Odd(dict):
    def __new__(cls, *a):
        if a and a[0] == "list":
            return ["not", "an", "Odd"]
        return super().__new__(cls)

    def __init__(self, *a):
        self["init"] = a


class BadInit(list):
    def __init__(self):
        return 5


for _ in range(100):
    objs = [L([1, 2, 3]), I(21), S("s"), Odd(1, 2), Odd("list"), D(z=26)]
print([(type(o).__name__, o) for o in objs])
print(objs[0].made, objs[1].doubled, objs[2].tag, objs[3], dict(objs[5]))
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
try:
    L(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
kw = collections.defaultdict(default_factory=int)
print(kw.default_factory, dict(kw), collections.defaultdict(list, [(1, 2)], x=3))
