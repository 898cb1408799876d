# Chained, tuple/list, starred and nested unpacking assignment.
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, t = [1, 2]
print(h, mid, t)
(i, (j, *k)), l = [(0, [1, 2, 3]), 4]
print(i, j, k, l)
for idx, (key, val) in enumerate({"a": 1, "b": 2}.items()):
    print(idx, key, val)
for a1, *b1 in [(1, 2, 3), (4,)]:
    print(a1, b1)
d = {}
d["x"] = d["y"] = 0
print(d)
s = [0, 0, 0]
i = 0
i, s[i] = 1, 9
print(i, s)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, *v, w = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)
class Obj:
    pass
ob = Obj()
ob.a, ob.b = "AB"
print(ob.a, ob.b)
one, = [1]
print(one)
[(e1, e2)] = [(7, 8)]
print(e1, e2)
