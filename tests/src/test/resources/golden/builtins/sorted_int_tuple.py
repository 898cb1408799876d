# sorted() of a tuple whose ints are kept unboxed sorts its longs; other tuples and keys as CPython
def mk(a, b, c):
    return (a, b, c)
print(sorted(mk(3, 1, 2)), sorted(mk(3, 1, 2), reverse=True), sorted(mk(-1, 2**62, 0)), sorted(()), sorted((5,)))
print(sorted((1, True, 0)), sorted((2, 1.5, 1)), type(sorted(mk(1, 2, 3))).__name__)
t = mk(9, 8, 7)
r = sorted(t)
r.append(1)
print(t, r, sorted(mk(1, 1, 0), reverse=False))
s = 0
for i in range(30000):
    s += sorted((i % 3, i % 5, i % 2))[0] + sorted((i, -i, 3), reverse=True)[0]
print(s)
