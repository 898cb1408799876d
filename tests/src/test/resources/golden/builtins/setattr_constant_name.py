# setattr with a constant str name goes through the attribute store node (slots, __setattr__, properties, types
# and metaclasses, builtins refusing it, object.__setattr__ audit events) as CPython's PyObject_SetAttr
import sys
def hook(ev, args):
    if ev == "object.__setattr__":
        print("audit", ev, args[1], args[2])
sys.addaudithook(hook)
class P:
    __slots__ = ("x",)
class Q:
    def __init__(self): self.log = []
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2 if isinstance(v, int) else v)
class R:
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v + 100
class C:
    pass
class M(type):
    pass
class K(metaclass=M):
    pass
objs = [P(), Q(), R(), C(), C, K, 5, "s", [1]]
for o in objs * 2:
    for name in ("x", "y"):
        try:
            setattr(o, name, 7)
            print(type(o).__name__, name, getattr(o, name))
        except Exception as e:
            print(type(o).__name__, name, type(e).__name__, e)
class S(str):
    pass
c = C()
setattr(c, S("z"), 1)
print(c.z, vars(c))
for bad in [(c, 1, 2), (c,), (c, "a", 1, 2)]:
    try:
        setattr(*bad)
    except Exception as e:
        print(type(e).__name__, e)
def loop(o):
    for i in range(20000):
        setattr(o, "v", i)
    return o.v
print(loop(C()), loop(P.__new__(type("PP", (), {}))))
