# Class patterns: isinstance, positional sub-patterns through __match_args__, keyword attributes, the builtins
# that match themselves, and the TypeErrors of CPython's match_class.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Plain:
    def __init__(self):
        self.a = 1
    @property
    def b(self):
        return 2
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y, z=z):
            return f"3d {x} {y} {z}"
        case Point():
            return "somewhere"
        case Plain(a=1, b=b):
            return f"plain with property {b}"
        case Plain(missing=m):
            return "has missing?"
        case _:
            return "not a point"
for p in (Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, 3), Point(1, 2), Plain(), 7):
    print(where(p))
# builtins that match themselves with one positional sub-pattern
class MyInt(int):
    pass
for v in (True, 5, MyInt(6), 2.5, "s", b"b", bytearray(b"ba"), [1], (2,), {3: 4}, {5}, frozenset({6})):
    match v:
        case bool(x):
            print("bool", x)
        case int(x):
            print("int", type(x).__name__, x)
        case float(x) | str(x) | bytes(x) | bytearray(x):
            print(type(v).__name__, x)
        case list(x) | tuple(x) | dict(x) | set(x) | frozenset(x):
            print(type(v).__name__, x)
# dotted class names
import collections
match collections.OrderedDict(a=1):
    case collections.OrderedDict(a=av):
        print("no attribute a")
    case collections.OrderedDict():
        print("OrderedDict instance")
# the run-time TypeErrors
class Bad:
    __match_args__ = ["a"]
    a = 1
class BadElt:
    __match_args__ = ("a", 1)
    a = 1
class Two:
    __match_args__ = ("a",)
    a = 1
def attempt(label, f):
    try:
        f()
        print(label, "matched or not, no error")
    except TypeError as e:
        print(label, "TypeError:", e)
def not_a_type():
    import math
    match 1:
        case math.floor():
            pass
def list_args():
    match Bad():
        case Bad(x):
            pass
def too_many():
    match Plain():
        case Plain(x):
            pass
def too_many_self():
    match 1:
        case int(x, y):
            pass
def bad_element():
    match BadElt():
        case BadElt(x, y):
            pass
def twice():
    match Two():
        case Two(x, a=y):
            pass
def not_instance_first():
    match "s":
        case Plain(x):
            pass
for label, f in [("not a type", not_a_type), ("list __match_args__", list_args), ("too many", too_many),
                 ("too many for int", too_many_self), ("bad element", bad_element), ("twice", twice),
                 ("not an instance", not_instance_first)]:
    attempt(label, f)
try:
    match {1: 2, 3: 4}:
        case {Two.a: x, 1: y}:
            pass
except ValueError as e:
    print("ValueError:", e)
