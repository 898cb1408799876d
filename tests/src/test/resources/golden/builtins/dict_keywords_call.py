# dict(k=v, ...) and dict() of the builtin dict are made at the call site; positional arguments, **-unpacking
# errors, subclasses and duplicate keywords take CPython's way
import sys
def hook(ev, a):
    if ev.startswith("dict") or ev == "object.__setattr__":
        print("audit", ev)
sys.addaudithook(hook)
print(dict(), dict(a=1), dict(b=2, a=1), dict(a=1, **{"c": 3}), dict(**{}), dict([(1, 2)], z=0))
for bad in ["dict(a=1, **{'a': 2})", "dict(**{1: 2})", "dict(1, 2)", "dict(3)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print("TypeError", e)
class D(dict):
    pass
print(D(a=1), type(D(a=1)).__name__)
def loop():
    n = 0
    for i in range(30000):
        d = dict(x=i, y=2)
        n += d["x"] + len(d) + len(dict())
    return n
print(loop())
print(list(dict(self=1, other=2)), dict(cls=3), dict(iterable=4))
