# collections.namedtuple is CPython's: its __new__ is made by eval() (the compile and exec events, the lambda's
# source as bytes), __defaults__ is set on it, and the class's __module__ is set after type() made it
# (object.__setattr__). Its call errors are the lambda's, under the qualified name P.__new__.
import sys
from collections import namedtuple


def shown(a):
    if isinstance(a, (str, int, bytes, tuple)) or a is None:
        return a
    return type(a).__name__


def hook(event, args):
    if event in ("compile", "exec", "object.__setattr__", "object.__getattr__"):
        print("event:", event, tuple(shown(a) for a in args))


sys.addaudithook(hook)
P = namedtuple("P", "x y", defaults=[5])
print(P(1), P(1, 2), P(x=3), P._make([1, 2]), P(1)._replace(y=9), P(1)._asdict(), P.__new__.__qualname__, P.__module__)
for call in (lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: P._make([1]),
             lambda: P(1)._replace(z=1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
p = P(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
print(P.__doc__, P.x.__doc__, P.__slots__, hasattr(p, "__dict__"))
Q = namedtuple("Q", ["a", "def", "a"], rename=True, module="somewhere")
print(Q(1, 2, 3), Q.__match_args__, Q.__module__)
