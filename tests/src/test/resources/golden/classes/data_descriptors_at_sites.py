# data descriptors of Python classes read at attribute sites (a typed field, one whose __get__ raises AttributeError,
# enum's value and name): over the instance dict, with getattr's default, and after the descriptor class changes
import enum
class Typed:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError("int wanted")
        setattr(obj, self.name, value)
class Missing:
    def __get__(self, obj, t=None): raise AttributeError("nope")
    def __set__(self, obj, v): pass
class P:
    x = Typed()
    m = Missing()
    def __init__(self, x): self.x = x
p = P(3)
print(p.x, P.x.name, getattr(p, "m", "dflt"), hasattr(p, "m"))
try:
    p.m
except AttributeError as e:
    print("AE", e)
try:
    p.x = "s"
except TypeError as e:
    print(e)
p.__dict__["x"] = 99
print(p.x)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED.value, Color.GREEN.name, [c.value for c in Color])
n = 0
for i in range(50000):
    n += p.x + Color.RED.value + len(Color.GREEN.name)
print(n)
Typed.__get__ = lambda self, obj, t=None: 42
print(p.x)
