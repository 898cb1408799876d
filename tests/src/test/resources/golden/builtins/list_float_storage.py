# Lists of floats (auditpy keeps them in a double[] storage): every list operation must behave as on any list,
# a non-float written into the list must move it back to objects, and floats read from it keep identity.
a = [1.5, 2.5, -0.0]
print(a, a[0] is a[0], id(a[1]) == id(a[1]), a[2])
a[0] += 1
a.append(3.0)
a.append("x")
print(a)
b = []
for i in range(5):
    b.append(i / 2)
print(b, b[1:3], b[::-1], sorted(b, reverse=True))
b.sort(reverse=True); print(b)
c = list(b); c[0] = None; print(c, b)
d = [float('nan'), float('inf')]; print(d, d[0] is d[0], d[0] == d[0])
e = [0.5] * 3; e[1] = 1; print(e)
f = b[:]; f.insert(0, 9.0); print(f, f.pop(), f.index(1.5), 1.0 in f, f.count(0.0))
g = [x * 1.0 for x in range(4)]; g[2] = g[2] + 0.25; del g[0]; print(g, len(g), sum(g), max(g))
h = [1.0, 2.0]; h += [3]; print(h, h * 2, h == [1.0, 2.0, 3], [1.0] < [2.0])
h.clear(); h.append(1.0); h.extend([2.0, "s"]); print(h, repr(h), str(h))
print([1.0, True], [1.0, 1], list((1.0, 2.0)), tuple([1.0, 2.0]))
x, y = [1.25, 2.25]; print(x, y)
i = [3.0, 1.0, 2.0]; i.reverse(); print(i); i.remove(1.0); print(i)
j = [0.1]; j[0] = j[0] + 0.2; print(j, j[-1])
k = [1.0, 2.0]; k[0:1] = [5.0, 6.0]; print(k); k[1] = 2; print(k, type(k[0]), type(k[1]))
class L(list):
    pass
m = L([1.0, 2.0]); m[0] = 3.5; m.append(4.0); print(m, type(m).__name__, m[0] + m[1])
n = [1.0, 2.0, 3.0]
n[1] -= 0.5; n[-1] *= 2; n[0] /= 4
print(n, n[0] is n[0], id(n[2]) == id(n[2]))
n[0] += 1; n[1] = "two"; n[2] -= 1; print(n)
p = [1.5, 2.5]
try:
    p[2] = 1.0
except IndexError as e:
    print("IndexError", e)
try:
    p[0] -= "x"
except TypeError as e:
    print("TypeError", e)
print(p, p[-2], p[True])
def upd(v, k):
    for _ in range(2000):
        v[0] += k
        v[1] -= v[0] * 0.5
        v[2] = v[0] + v[1]
    return v
print(upd([0.0, 0.0, 0.0], 0.25))
print(upd([0, 0, 0], 1))
q = [float(i) for i in range(6)]; q[3] = 3; print(q, [type(x).__name__ for x in q])
r = [0.0, 1.0]; r.sort(key=lambda x: -x); print(r); r.reverse(); print(r, r.copy(), r[::2], list(reversed(r)))
s = [2.0, 1.0]; s.extend(x / 4 for x in range(3)); print(s, s.pop(0), s, min(s), sorted(s))
