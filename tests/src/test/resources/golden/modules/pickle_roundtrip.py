# pickle round trips for builtins, classes, slots, __getstate__/__setstate__, __getnewargs__, list/dict
# subclasses and exceptions under every protocol, and the bytes CPython's pickler writes.
import pickle
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Slotted:
    __slots__ = ("a", "b")
class WithState:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {"v": self.v * 10}
    def __setstate__(self, st):
        self.v = st["v"] + 1
class MyList(list):
    pass
class MyDict(dict):
    pass
class NewArgs:
    def __new__(cls, a):
        o = object.__new__(cls)
        o.a = a
        return o
    def __getnewargs__(self):
        return (self.a,)
def top():
    return 1
for proto in range(6):
    s = Slotted(); s.a = 5
    objs = [len, int, Point, top, ValueError("bad", 2), KeyError("k"), s, WithState(), MyList([1, 2]), MyDict(a=1), NewArgs(7), [[1] * 3] * 2, None, (None,), {"x": {1, 2}}]
    out = []
    for o in objs:
        try:
            r = pickle.loads(pickle.dumps(o, proto))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
            continue
        if isinstance(r, (Slotted,)):
            r = ("Slotted", r.a, hasattr(r, "b"))
        elif isinstance(r, WithState):
            r = ("WithState", r.v)
        elif isinstance(r, NewArgs):
            r = ("NewArgs", r.a)
        elif isinstance(r, BaseException):
            r = (type(r).__name__, r.args)
        elif isinstance(r, (MyList, MyDict)):
            r = (type(r).__name__, r)
        out.append(r if not callable(r) or isinstance(r, type) else r.__name__)
    print(proto, out)
print(pickle.dumps(len), pickle.dumps(ValueError("x")))
print(pickle.dumps(MyList([1])))
