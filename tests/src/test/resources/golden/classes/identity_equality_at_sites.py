# == and != of objects whose classes keep object's __eq__/__ne__ (identity), x.__class__ through object's descriptor,
# and `cls in (A, B)` of plain classes; a class that gains __eq__ later, a metaclass with __eq__, a __class__
# property and an assigned __class__ all still behave as in CPython
import copy


class A:
    pass


class B(A):
    pass


class Meta(type):
    def __eq__(cls, other):
        print("Meta.__eq__", cls.__name__, getattr(other, "__name__", type(other).__name__))
        return NotImplemented

    __hash__ = type.__hash__


class M(metaclass=Meta):
    pass


class Fake:
    @property
    def __class__(self):
        return int


def compare(x, y):
    return x == y, x != y


a, a2, b = A(), A(), B()
print(compare(a, a), compare(a, a2), compare(a, b), compare(A, A), compare(A, B), compare(A, int), compare(M, A))
print(a.__class__.__name__, b.__class__.__name__, Fake().__class__, A.__class__, M.__class__.__name__)
for x in (A, B, int, M, str, a, 3, "s", None):
    print(getattr(x, "__name__", repr(x) if not isinstance(x, A) else "a"), x in (int, A, str), x in (B, None, 3, "s"), x not in (M,))


def loop():
    n = 0
    for i in range(30000):
        n += (a == a2) + (a != b) * 2 + (A == A) * 3 + (type(a) in (int, B, A)) * 4 + (a.__class__ is A) * 5
    return n


print(loop())
calls = []
A.__eq__ = lambda self, other: calls.append(1) or True
A.__hash__ = object.__hash__
print(compare(a, a2), loop(), len(calls))
b.__class__ = A
print(b.__class__.__name__, compare(b, a))
o = B()
o.x = [1]
c = copy.copy(o)
print(type(c).__name__, c.x is o.x, copy.deepcopy(o).x == [1])
