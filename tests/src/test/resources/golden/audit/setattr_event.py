# "object.__setattr__" is raised for special type attributes and __class__
# assignment, but not for ordinary class or instance attribute assignment.
import sys

def show(value):
    if isinstance(value, type):
        return "class " + value.__name__
    if isinstance(value, tuple):
        return "(" + ", ".join(show(v) for v in value) + ")"
    if isinstance(value, (str, type(None))):
        return repr(value)
    return type(value).__name__ + " instance"

def hook(event, args):
    if event == "object.__setattr__":
        print(event, show(args[0]), repr(args[1]), show(args[2]))

class A:
    pass

class B:
    pass

class C(A):
    """doc"""

a = A()
sys.addaudithook(hook)
print("-- C.__name__ = 'X'")
C.__name__ = "X"
print("-- C.__bases__ = (B,)")
C.__bases__ = (B,)
print("-- via the getset descriptor")
type.__dict__["__bases__"].__set__(C, (B,))
print("-- ordinary class attributes: no event")
C.__init__ = B.__init__
C.new_attr = 123
setattr(C, "other", 1)
print("-- __qualname__, __module__, __doc__")
C.__qualname__ = "Q"
C.__module__ = "mod"
C.__doc__ = "new doc"
print("-- a.__class__ = B")
a.__class__ = B
print("-- instance attributes: no event")
a.field = 1
object.__setattr__(a, "other", 2)
print("-- object.__setattr__(a, '__class__', A)")
object.__setattr__(a, "__class__", A)
print("-- int.__name__ = 'x': TypeError without an event")
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError:", e)
print("-- a.__class__ = 5: TypeError without an event")
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
print("-- a.__class__ = int: event first, then TypeError")
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
print(C.__name__, [k.__name__ for k in C.__mro__], type(a).__name__)
