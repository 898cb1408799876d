# tuple methods and set methods/operators.
t = (1, 2, 3, 2, 1)
print(t.index(2), t.count(1), t.index(1, 1), len(t), t[1:3], t + (9,), t * 2)
print((1,), (), tuple([1]), (1, 2) == (1, 2), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(10)
s.discard(1)
print(sorted(s))
s.remove(4)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print({1, 2}.issubset(a), a.issuperset({1}), {9}.isdisjoint(a), {1, 2} <= a, a >= a, a > a)
c = set(a)
c |= {10}
c &= {1, 10, 3}
c -= {3}
c ^= {1, 7}
print(sorted(c))
print(sorted(a.union([8], (9,))), sorted({"x"} | {"y"}))
fs = frozenset([3, 1])
print(sorted(fs), fs == {1, 3}, type(fs | {5}).__name__, sorted(fs | {5}), type({5} | fs).__name__)
print(len(set()), set() == frozenset(), {1, 2} == {2, 1})
d = {fs: "frozen key"}
print(d[frozenset([1, 3])])
e = {1, 2}
p = e.pop()
print(p in (1, 2), len(e))
e.clear()
print(e)
try:
    {[1]}
except TypeError as ex:
    print("TypeError:", ex)
s2 = {0}
s2.update([1, 2], {3})
s2.intersection_update({1, 2, 3, 4})
s2.difference_update({2})
print(sorted(s2), sorted(s2.copy()))
