# getattr/setattr/hasattr/delattr, vars, dir, callable.
class Thing:
    kind = "thing"
    def __init__(self):
        self.size = 3
    def method(self):
        return "m"
t = Thing()
print(getattr(t, "size"), getattr(t, "kind"), getattr(t, "nope", "default"), getattr(t, "method")())
setattr(t, "color", "red")
print(t.color, hasattr(t, "color"), hasattr(t, "shape"), hasattr(Thing, "method"))
delattr(t, "color")
print(hasattr(t, "color"), vars(t), sorted(vars(Thing).keys() & {"kind", "method", "__init__"}))
d = dir(t)
print("size" in d, "method" in d, "kind" in d, "__init__" in d, d == sorted(d))
print([n for n in dir(Thing) if not n.startswith("_")])
print(callable(t), callable(t.method), callable(Thing), callable(len), callable(3), callable("s"))
try:
    getattr(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(t, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(Thing, "added", lambda self: "added method")
print(t.added())
print(sorted(name for name in dir([]) if not name.startswith("__"))[:5])
print("append" in dir(list), "upper" in dir(""), "keys" in dir({}))
