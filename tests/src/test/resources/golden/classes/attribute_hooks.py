# __getattr__, __getattribute__, __setattr__, __delattr__.
class Defaults:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return "default for " + name
        raise AttributeError(f"no attribute {name!r}")
d = Defaults()
print(d.real, d.x_color, getattr(d, "x_size"), hasattr(d, "y"), getattr(d, "y", "fallback"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
g = Logged()
g.a = 1
g.b = g.a + 1
del g.a
print(g.log)
class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)
ro = ReadOnly(3)
for action in (lambda: setattr(ro, "v", 4), lambda: delattr(ro, "v")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(ro.v)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
class Plain:
    pass
pl = Plain()
setattr(pl, "dyn", 5)
print(getattr(pl, "dyn"), hasattr(pl, "dyn"))
delattr(pl, "dyn")
print(hasattr(pl, "dyn"))
try:
    getattr(pl, "nope")
except AttributeError as e:
    print("AttributeError:", e)
class GA:
    x = "class attr"
    def __getattr__(self, name):
        return "fallback " + name
print(GA().x, GA().y)
