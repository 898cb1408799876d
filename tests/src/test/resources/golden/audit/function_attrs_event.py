# Writes to function.__code__, __defaults__ and __kwdefaults__ are audited;
# setting them to None (or deleting them) raises "object.__delattr__".
import sys

def hook(event, args):
    if event in ("object.__setattr__", "object.__delattr__"):
        target = args[0].__name__ if hasattr(args[0], "__name__") else type(args[0]).__name__
        extra = ""
        if len(args) > 2:
            extra = " " + (type(args[2]).__name__ if not isinstance(args[2], (tuple, dict)) else repr(args[2]))
        print(event, target, repr(args[1]) + extra)

def f(a, b=1, *, k=2):
    return (a, b, k)

def g(a, b=1, *, k=2):
    return ("g", a, b, k)

sys.addaudithook(hook)
f.__defaults__ = (10,)
print(f(0))
f.__kwdefaults__ = {"k": 20}
print(f(0))
f.__defaults__ = None
f.__kwdefaults__ = None
del f.__kwdefaults__
f.__code__ = g.__code__
print(f(1, 2, k=3))
print("-- not audited: __name__, __qualname__, __doc__, instance attributes")
f.__name__ = "renamed"
f.__qualname__ = "renamed"
f.__doc__ = "doc"
f.custom = 1
try:
    f.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
