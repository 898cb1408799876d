# Lists of ints (auditpy keeps those whose ints fit in a long in a long[] storage): every list operation must behave
# as on any list, anything else written into the list (a float, a str, a bool, an int beyond 64 bits) must move it
# back to objects, and ints read from it keep identity.
a = [1, 2, 1000, -5, 2**63 - 1, -2**63]
print(a, a[2] is a[2], id(a[2]) == id(a[2]), a[4] is a[4], a[-1] + 0)
v = a[2]
print(v is a[2], a.index(1000), a.count(1), 1000 in a, 1001 in a, 2**63 - 1 in a)

# append, insert, pop, remove, set
b = []
for i in range(6):
    b.append(i * 10)
b.insert(0, -1); b.insert(-1, 99); b.insert(100, 7); b.insert(-100, 8)
print(b, b.pop(), b.pop(0), b.pop(2), b)
b.remove(99); print(b)
try:
    b.remove(12345)
except ValueError as e:
    print("ValueError", e)
b[0] = 5; b[-1] = 6; print(b)
try:
    b[100] = 1
except IndexError as e:
    print("IndexError", e)
e = []
for i in range(3):
    e.append(i)
while e:
    print(e.pop(), e)
e.append(4); print(e)

# slices and del
s = list(range(12))
print(s[2:5], s[::3], s[::-2], s[-3:], s[5:2], s[1:10:4], s[10:1:-3], s[:])
del s[::2]; print(s)
del s[1]; print(s)
del s[1:3]; print(s)
s[1:2] = [100, 200, 300]; print(s)
s[::2] = [0, 0, 0]; print(s)
s[:] = []; print(s)
t = list(range(5)); t[1:3] = ["x"]; print(t)
u = list(range(5)); u[::2] = [1.5, 2.5, 3.5]; print(u)

# extend, +, *, +=, *=
c = [1, 2]
c.extend([3, 4]); c.extend(x * x for x in range(3)); c.extend((5,)); print(c)
print(c + [7], c + ["z"], [0] * 5, [1, 2] * 3, 2 * [9], [1] * 0, [] + [1], [1, 2] + [])
c += [8]; print(c)
c *= 2; print(c)
c.extend([2.0]); print(c, type(c[-1]).__name__)
z = [0] * 4
for i in range(10):
    z[i % 4] += i
print(z, z[1] is z[1])

# sort
d = [5, -3, 2**40, 0, 2, -2**50, 5, 1]
print(sorted(d), sorted(d, reverse=True), sorted(d, key=abs), sorted(d, key=lambda x: x % 3, reverse=True))
d.sort(); print(d)
d.sort(reverse=True); print(d)
d.sort(key=lambda x: -x); print(d)
d.sort(key=lambda x: (x % 2, x)); print(d)
d.sort(key=lambda x: x % 2); print(d)
d.reverse(); print(d)
print(min(d), max(d), sum(d), sum(d, 10), sum([2**62, 2**62, 2**62, -5]), sum([-2**63, -1]))

# mixed writes: int then float, str, bool, big int
m = [1, 2, 3]; m[0] = 1.5; print(m, [type(x).__name__ for x in m])
m = [1, 2, 3]; m.append("s"); print(m)
m = [1, 2, 3]; m.append(True); print(m, m[-1] is True, type(m[-1]).__name__)
m = [1, 2, 3]; m[1] = False; print(m, m[1] is False)
m = [1, 2, 3]; m.append(2**70); print(m, m[-1] == 2**70, type(m[-1]).__name__)
m = [1, 2, 3]; m[2] = 2**70; m[2] -= 2**70; print(m)
m = [1, 2, 3]; m.insert(1, 2**64); print(m)
m = [2**63 - 1]; m[0] += 1; print(m, m[0] == 2**63)
m = [-2**63]; m[0] -= 1; print(m)
m = [1, 2]; m.append(None); m[2] = 3; print(m, m[2] is m[2])
m = [True, 1, 2]; print(m, m[0] is True)
m = [1, 2**70, 3]; print(m, m[1] - 2**70)
m = [10, 20]
m[0] = m[0] * 2**62
print(m)

# comprehensions
q = [i * i for i in range(8)]; print(q, q[3] is q[3])
q2 = [i for i in range(5) if i % 2] + [j * 1.5 for j in range(2)]; print(q2)
q3 = [i if i < 3 else str(i) for i in range(5)]; print(q3)
q4 = [2**62 * i for i in range(4)]; print(q4)
q5 = [[r * c for c in range(3)] for r in range(3)]; print(q5, sum(row[2] for row in q5))
q6 = [x - 1 for x in q]; print(q6, {x % 3 for x in q6}, {x: x * 2 for x in q6[:3]})

# identity and id
big = [10**6, 10**6]
print(big[0] is big[1], id(big[0]) == id(big[1]), big[0] is big[0], id(big[0]) == id(big[0]))
print(big[0] is not big[0], [x is y for x, y in zip(big, big)])
k = 12345
lst = [k]
print(lst[0] is k, id(lst[0]) == id(k), lst[0] is lst[-1])

# iteration and unpacking
total = 0
for x in range(100):
    pass
w = list(range(20))
for x in w:
    total += x
print(total, list(enumerate(w[:3])), list(zip(w[:3], w[3:6])), list(reversed(w[:4])))
f1, f2, *rest = [1, 2, 3, 4]; print(f1, f2, rest)
it = iter([1, 2]); print(next(it), next(it), next(it, "end"))
grow = [0]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow)

# comparisons, repr, copy, clear
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] == [1.0, 2.0], [1] < [1, 0], [2] > [1.5], [1, 2] != [1, 2])
print(repr([-1, 0, 1]), str([7]), [1, 2].copy(), list([3, 4]), tuple([5, 6]))
r = [1, 2, 3]; r2 = r.copy(); r.clear(); r.append(9); print(r, r2)
print([1, 2, 3].index(3, 1), [1, 2, 3].index(1, -3, 2))
try:
    [1, 2, 3].index(3, 0, 2)
except ValueError as e:
    print("ValueError", e)
print([1, 2, 3].index(2.0), [1, 2].count(1.0), 1.0 in [1, 2], True in [0, 1])

# list subclasses
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10 if isinstance(i, int) else super().__getitem__(i)
n = L([1, 2, 3]); n.append(4); n[0] = 5
print(n, type(n).__name__, n[0], n[1:], sorted(n), n + [1], n * 2, len(n), list(n))
n.sort(reverse=True); print(n)
class M(list):
    pass
o = M(range(4)); o[1] += 10; o.append(2**70); print(o, type(o).__name__, o[1])

# loops over int lists that read and write in compiled code
def work(v):
    for _ in range(3000):
        for i in range(len(v)):
            v[i] = v[i] + i
    return v
print(work([0, 0, 0, 0]))
def acc(v):
    t = 0
    for _ in range(2000):
        t += v[0] * v[1] - v[-1]
    return t
print(acc([3, 4, 5]), acc([3, 4.5, 5]), acc([2**40, 2**40, 1]))
def hist(data):
    h = [0] * 10
    for x in data:
        h[x % 10] += 1
    return h
print(hist(list(range(1000))), hist([i * 7 for i in range(5000)]))
def squares(n):
    return [i * i for i in range(n)]
for _ in range(200):
    sq = squares(50)
print(sq[-3:], squares(3), [x * 2**61 for x in range(5)])
