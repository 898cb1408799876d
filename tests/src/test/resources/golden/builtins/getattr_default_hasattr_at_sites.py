# getattr(obj, name, default) and hasattr(obj, name) at a site that has seen the name: a missing attribute
# gives the default / False without an exception being made; descriptors' AttributeErrors count as
# missing, other errors propagate; every kind of object, once and in a hot loop (compiled).
import math

class Plain:
    cls_attr = "C"
    def __init__(self):
        self.x = 1
    def meth(self):
        return "m"
    @property
    def good(self):
        return "g"
    @property
    def broken(self):
        raise AttributeError("inner")
    @property
    def failing(self):
        raise ValueError("boom")
    @property
    def nogetter(self):
        raise AttributeError
    nogetter2 = property(None, lambda self, v: None)

class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return "dynamic:" + name
        raise AttributeError(name)

class WithGetattribute:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = "A"

class Name(str):
    pass

objs = [Plain(), WithGetattr(), WithGetattribute(), Slots(), math, Plain, 5, "text", None, [1]]
names = ["x", "cls_attr", "meth", "good", "broken", "nogetter", "nogetter2", "dynX", "secret", "a", "b", "pi", "real",
         "upper", "append", "missing", "__class__"]

def probe(o):
    out = []
    for n in names:
        g = getattr(o, n, "<default>")
        if callable(g) and not isinstance(g, type):
            g = "callable"
        out.append((n, g if isinstance(g, (str, int, float, type(None))) else type(g).__name__, hasattr(o, n)))
    return out

def shown(v):
    return v if isinstance(v, (str, int, float, bool, type(None))) else type(v).__name__

def constant_sites(o):
    return tuple(shown(v) for v in constant_values(o))

def constant_values(o):
    return (getattr(o, "x", 0), getattr(o, "missing", "d"), hasattr(o, "x"), hasattr(o, "missing"),
            getattr(o, "broken", "caught"), hasattr(o, "broken"), getattr(o, "dynZ", None), getattr(o, "secret", -1),
            getattr(o, "b", "unset"), hasattr(o, "a"), getattr(o, Name("x"), "sub"))

for o in objs:
    print(type(o).__name__, probe(o))
    print("  ", constant_sites(o))

p = Plain()
for thunk in (lambda: getattr(p, "failing", 1), lambda: hasattr(p, "failing"), lambda: getattr(p, 5, 1), lambda: hasattr(p, None),
              lambda: getattr(p, "missing")):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

# the instance dict made visible, attributes added and deleted, the class changed: the sites see it
q = Plain()
def site(o):
    return (getattr(o, "y", "no y"), hasattr(o, "y"), getattr(o, "cls_attr", "no cls"))
print(site(q))
q.y = "Y"
print(site(q))
vars(q)["y"] = "Y2"
print(site(q))
del q.y
print(site(q))
Plain.cls_attr = "C2"
print(site(q))
del Plain.cls_attr
print(site(q))

total = 0
for i in range(20000):
    o = objs[i % len(objs)]
    r = constant_sites(o)
    total += len(str(r)) + (1 if hasattr(o, names[i % len(names)]) else 0)
    total += len(str(shown(getattr(o, names[(i * 7) % len(names)], ""))))
print(total)
