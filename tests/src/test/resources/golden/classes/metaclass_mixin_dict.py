# A metaclass with a Python mixin before type (class Meta(Mixin, type)): the class's __dict__ is still type's
# mappingproxy of the class namespace (CPython's subtype_dict defers to type's descriptor), and it cannot be replaced.
class Mixin:
    def describe(cls):
        return "class " + cls.__name__

class Meta(Mixin, type):
    def __setattr__(cls, name, value):
        type.__setattr__(cls, "seen_" + name, True)
        super().__setattr__(name, value)

class A(metaclass=Meta):
    x = 1

A.y = 2
type.__setattr__(A, "z", 3)
print(type(A.__dict__).__name__, sorted(k for k in A.__dict__ if not k.startswith("__")))
print(A.__dict__["x"], A.__dict__["y"], A.__dict__["seen_y"], A.describe())
print("w" in A.__dict__)
try:
    A.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
