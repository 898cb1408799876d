# The order of the results of set operations follows how CPython builds each one
# (Objects/setobject.c): which operand is copied, which is iterated, and in which order keys are added.
a = set(range(0, 60, 3))
b = set(range(0, 60, 5))
c = {-1, -2, 64, 128, 7, 300, 1000}
print(a | b, b | a)
print(a & b, b & a, a & {0, 15, 30, 45, 99})
print(a - b, b - a, a - {3})
print(a ^ b, b ^ a)
print(a | c, c | a, c & a, c - a, c ^ a, a ^ c)
print(a.union(b, c, [5, 500, -5]), a.union())
print(a.intersection(range(100), b), a.intersection())
print(a.difference(b, c), a.difference([0, 3]), a.difference({0: 1, 3: 2}), a.difference())
print(a.symmetric_difference([1, 2, 3, 4]), a.symmetric_difference({1: 1, 3: 3}))
print(a.issubset(range(100)), b.issuperset([0, 5]), a.isdisjoint(c), a <= a | b, a < b, a == set(a))

# a large operand against a small one
big = set(range(1000))
small = {5, 999, 2000, -3}
print(big & small, small & big, small - big, small | {1, 1000, 1001})
print(list(big - set(range(10, 1000)))[:10], len(big - small))
print(list(big ^ small)[:8], list(small ^ big)[:8])

# in-place operators and update methods
s = set(range(20))
s |= {100, 200, 19, -4}
print(s)
s &= set(range(-10, 150, 2))
print(s)
s -= {0, 2, 4}
print(s)
s ^= {1, 2, 3, 100, 7}
print(s)
s.update([40, 41], (42, 43), {-40}, {44: 'x', 45: 'y'}, range(3))
print(s)
s.difference_update([40, 41, 42], {43}, range(5))
print(s)
s.intersection_update(range(-50, 60), [6, 8, 10, 12, 14, 44, 45, -40, -4, 7, 99])
print(s)
s.symmetric_difference_update(range(0, 20, 3))
print(s)
s.symmetric_difference_update({6: 0, 99: 1})
print(s)

# copy, frozenset(set), set(frozenset), set(dict), set(dict views)
t = set()
for x in (9, 17, 25, 33, 1, 41, 49):
    t.add(x)
for x in (17, 33):
    t.discard(x)
print(t, t.copy(), frozenset(t), set(frozenset(t)), set(t))
d = {k: k * 2 for k in (64, 1, 33, 2, -8, 1000)}
print(set(d), set(d.keys()), set(d.items()), frozenset(d.values()) == frozenset(k * 2 for k in d))
print(d.keys() | {5, 2}, {5, 2} | d.keys(), d.keys() & {1, 2, 3, 64}, {1, 2, 3, 64} & d.keys())
print(d.keys() - {1}, {1, 7} - d.keys(), d.keys() ^ {1, 7, 129}, {1, 7, 129} ^ d.keys())
e = {64: 128, 2: 0, 5: 10}
print(d.items() ^ e.items())
print(d.items() & e.items(), d.keys() & e.keys(), d.keys().isdisjoint({3}))

# frozenset results keep the left operand's type
f = frozenset([3, 1, 2])
print(f | {10, 0}, {10, 0} | f, f & {1, 3}, f - {2}, f ^ {5}, f.copy() is f, frozenset(f) is f)
print(f.union([7]), f.intersection([3]), f.difference([1]), f.symmetric_difference([9]))

class MySet(set):
    pass

class MyFrozen(frozenset):
    pass

m = MySet([30, 20, 10])
print(m, m | {1}, type(m | {1}).__name__, type(m.copy()).__name__, MyFrozen([5, 3, 1]), type(MyFrozen([1]) & {1}).__name__)

# copies keep the elements (copy.deepcopy goes through set.__reduce__)
import copy
c1 = set(range(0, 40, 9)) | {-3, 100}
m.tag = 'tagged'
print(copy.copy(c1), copy.deepcopy(c1), copy.deepcopy([frozenset(c1), {(1, 2), (3, 4)}]))
print(c1.__reduce__(), frozenset([2, 1]).__reduce__(), type(copy.deepcopy(m)).__name__, copy.deepcopy(m).tag)
