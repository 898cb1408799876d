# Iteration order of sets and frozensets of ints, floats, bools, tuples and None follows CPython's
# hash table (Objects/setobject.c): slot = hash & mask, linear probes, perturbation, resizes.
import sys

print({3, 1, 2})
print(list({10, 1, 100, 5}))
print(set([10, 1, 100, 5]), frozenset([100, 10, 5, 1]))
print({-1, -2, -3, 0, 1, 2, 3})
print(set([-1, -2, 5, 7, 8, 16, 24]))
print({2**61 - 1, 2**61, 2**61 + 1, 2**64, -(2**61), 0, 1})
print(set([2**63, -(2**63), 2**100, -(2**100) - 7, 10**30]))
print({True, False, 2, 1.0, 0.5, -0.25, 3.75})
print(set([1e100, 1e-100, 123.456, -7.5, 0.1, 8.0, 16.0]))
print({(1, 2), (2, 1), (0, 0), (1, 2, 3), (), ((1, 2), 3), (-1, -2)})
print(set([None, 1, 2]), {None, 7})
print({1, 2.0, True, 2}, {0, False, 0.0})

# hash() agrees with CPython for ints (negative, -1 -> -2, modulus 2**61-1), floats, bools and tuples
print([hash(x) for x in (0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61) - 1, 2**64 + 5, 10**30, True, False)])
print([hash(x) for x in (0.5, -0.5, 1.5, 3.14159, 1e300, -1e-300, 5e-324, float('inf'), float('-inf'))])
print([hash(x) for x in ((), (1,), (1, 2), ((1, 2), 3.5, -1), (True, False), (-1, -2))])
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 3.5})), hash(frozenset({frozenset({1})})))

# set(range(...)) and growth through several resizes
print(set(range(20)))
print(set(range(-10, 10)))
print(list(set(range(0, 3000, 37))))
s = set()
for i in range(400):
    s.add(i * 37 % 1009 - 300)
    if i in (5, 20, 80, 300, 399):
        print(i, len(s), list(s))
s = set()
for i in range(700):
    s.add((i * 7919) % 100003)
print(list(s)[:40], list(s)[-40:])
print(sum(i * x for i, x in enumerate(s)))

# tuples through resizes
t = set()
for i in range(200):
    t.add((i % 13, i // 13))
print(list(t))

# a frozenset built from a set, a set from a frozenset
f = frozenset(s)
print(list(f) == list(s), list(set(f)) == list(f))
g = frozenset(x * 3 for x in range(100))
print(list(g))
print(sys.getsizeof(set()), sys.getsizeof(set(range(4))), sys.getsizeof(set(range(10))), sys.getsizeof(set(range(100))))
print(type(iter(set())).__name__, type(iter(frozenset())).__name__)
