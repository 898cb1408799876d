# __eq__, __lt__ and friends, __hash__.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __hash__(self):
        return hash(self.parts)
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a == b, a != b, a < b, b > a, a <= c, b >= a)
print(a == "1.2", a != "1.2")
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(hash(a) == hash(c), len({a, b, c}))
print(a in [Version(1, 2)], {a: "x"}[c])
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Reflect:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("Reflect.__gt__ called")
        return self.v > other
print(5 < Reflect(10))
class Plain:
    pass
x = Plain()
print(x == x, x == Plain(), x != Plain())
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
class AlwaysEq:
    def __eq__(self, other):
        return "truthy-string"
print(AlwaysEq() == 1, AlwaysEq() != 1)
print([AlwaysEq()].count(5), AlwaysEq() in [1, 2])
