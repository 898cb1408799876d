# hash equality (values never printed), object(), id-free identity checks.
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"))
print(hash((1, "a")) == hash((1, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(0) == 0, hash(12345) == 12345, isinstance(hash("x"), int))
for unhashable in ([], {}, set(), bytearray()):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, o1 is not o2, type(o1).__name__)
print(hash(o1) == hash(o1))
class Pt:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, Pt) and other.x == self.x
    def __hash__(self):
        return hash(("Pt", self.x))
print(len({Pt(1), Pt(1), Pt(2)}), Pt(3) in {Pt(3)}, {Pt(1): "a"}[Pt(1)])
print(id(o1) == id(o1), id(o1) != id(o2), isinstance(id(o1), int))
a = [1]
b = a
print(id(a) == id(b), a is b)
try:
    object().attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__doc__ is not None, str(object) == "<class 'object'>", repr(int), repr(type(None)))
