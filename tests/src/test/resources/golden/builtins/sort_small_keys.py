# Sorting a few items by int or str keys (and without a key), stable and reversed stably as CPython's sort; keys of
# other types (bools, floats, mixed) keep the general sort's answers; copies of a class's __mro__ and __bases__ are
# lists and tuples of their own
import operator


class Rec:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __repr__(self):
        return f"{self.name}:{self.age}"


recs = [Rec("bo", 30), Rec("al", 25), Rec("cy", 30), Rec("di", 25), Rec("ed", 41)]
print(sorted(recs, key=operator.attrgetter("age")))
print(sorted(recs, key=operator.attrgetter("age"), reverse=True))
print(sorted(recs, key=lambda r: r.name, reverse=True))
print(sorted(recs, key=lambda r: -r.age))
l = list(recs)
l.sort(key=lambda r: r.age % 2)
print(l)
print(sorted([5, 3, 9, 1, 3], key=lambda x: x % 3), sorted([5, 3, 9, 1, 3], key=lambda x: x % 3, reverse=True))
print(sorted(["b", "A", "c", "a", "B"], key=str.lower), sorted(["b", "A", "c", "a", "B"], key=str.lower, reverse=True))
print(sorted([3, 1, 2], key=lambda x: x == 1), sorted([1.5, 0.5, 2.5], key=lambda x: -x))
print(sorted([2, 1], key=lambda x: [1.0, 2][x - 1]), sorted(["x", "y"], key=lambda s: {"x": 2, "y": 1.0}[s]))
nan = float("nan")
print(sorted([3, 1, 2, 0], key=lambda x: nan if x == 2 else x))
try:
    sorted([1, 2, 3], key=lambda x: "a" if x == 2 else x)
except TypeError as e:
    print("TypeError:", e)
print(sorted(range(20), key=lambda x: (x * 7) % 20)[:6], sorted(list(range(17)), key=lambda x: -x)[:3])
print(sorted([10 ** 30, 5, -10 ** 30], key=lambda x: x), sorted(["é", "e", "z", "É"], key=lambda s: s))
ints = [4, 1, 3, 1]
ints.sort(key=lambda x: -x)
print(ints, sorted("hello"), sorted("hello", reverse=True))


class C:
    pass


class D(C):
    pass


m = D.mro()
m[0] = 1
m.append("x")
print(m, D.__mro__, D.__bases__, list(D.__mro__) + [2])


def many():
    t = 0
    for i in range(4000):
        r = sorted(recs, key=operator.attrgetter("age"))
        t += r[0].age + len(sorted(["b", "a", str(i)], key=str.upper)[0])
    return t


print(many())
