# "object.__delattr__" (obj, name): del of function __defaults__/__kwdefaults__ and assigning them None;
# type special attributes cannot be deleted (TypeError before any event); instance dels are not audited.
import sys
def hook(event, args):
    if event in ("object.__delattr__", "object.__setattr__"):
        print(event, type(args[0]).__name__, args[1:])
def f(a, b=1, *, c=2):
    return a
class K:
    "doc"
    x = 1
sys.addaudithook(hook)
del f.__defaults__
print(f.__defaults__)
del f.__kwdefaults__
print(f.__kwdefaults__)
f.__defaults__ = (5,)
f.__defaults__ = None
f.__kwdefaults__ = {"c": 3}
f.__kwdefaults__ = None
for name in ("__name__", "__qualname__", "__module__", "__bases__", "__doc__"):
    try:
        delattr(K, name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
del K.x
k = K()
k.y = 1
del k.y
try:
    del k.__class__
except TypeError as e:
    print("TypeError", e)
try:
    del f.__code__
except TypeError as e:
    print("TypeError", e)
object.__delattr__(f, "__defaults__")
try:
    del f.__globals__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
del f.__doc__
print("done")
