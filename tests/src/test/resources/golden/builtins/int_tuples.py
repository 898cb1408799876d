# Tuples of ints made by tuple displays (kept unboxed by auditpy) behave as every other tuple.
def pt(x, y, z):
    return (x, y, z)

ts = [pt(i, -i * 1000, i * i) for i in range(6)]
print(ts)
print(ts[3], ts[3][0], ts[3][-1], ts[3][1:], ts[3][::-1], len(ts[3]))
a, b, c = ts[2]
print(a, b, c, type(a))
for v in ts[4]:
    print(v, end=" ")
print()
print(ts[2] == (2, -2000, 4), ts[2] != (2, -2000, 4), ts[2] < ts[3], ts[2] < (2, -2000, 5), ts[1] == [1, -1000, 1])
print(hash(ts[2]) == hash((2, -2000, 4)), {ts[2]: "x"}[(2, -2000, 4)], (2, -2000, 4) in {ts[2]})
print(ts[2] + ts[3], ts[2] * 2, 4 in ts[2], 5 in ts[2], ts[2].count(4), ts[2].index(-2000))
print(sorted(ts, reverse=True)[:2], max(ts), min(ts), sum(ts[5]), list(ts[5]), set(ts[1]) == {1, -1000})
print(repr(ts[0]), str(ts[0]), f"{ts[0]}", "%s" % (ts[0],), "{}-{}-{}".format(*ts[5]))
print(ts[2] is ts[2], ts[2][0] is ts[2][0], isinstance(ts[2], tuple), type(ts[2]).__name__)
big = (2 ** 62, 2 ** 63, -2 ** 63, 10 ** 30)
print(big, [(i, i + 1) for i in (2 ** 63 - 2, 2 ** 63 - 1)])
mixed = [(i, True) for i in range(3)] + [(i, i / 2) for i in range(3)] + [(i, str(i)) for i in range(2)]
print(mixed)
print(sorted([(x % 3, -x) for x in range(10)], key=lambda p: (p[0], p[1])))
print(sorted([(x % 3, -x) for x in range(10)], key=lambda p: (p[1] % 4, p[0])))
print(sorted(range(12), key=lambda x: (x % 3, x // 3 if x < 9 else "s") if x < 9 else (x % 3, -1)))
try:
    print(sorted(range(12), key=lambda x: (x % 3, x // 3 if x < 9 else "s")))
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1 << 62, 1), (-(1 << 62), 2), (1 << 62, 0)], key=lambda p: (p[0], p[1])))
d = {}
for i in range(5):
    d[(i, i * 2)] = i
print(d, d[(3, 6)], (3, 6) in d, list(d)[1][1])
x, y = divmod(17, 5)
print(x, y, *ts[1], [*ts[2], 9])
print(ts[1][5] if False else "ok")
try:
    ts[1][3]
except IndexError as e:
    print("IndexError:", e)
try:
    ts[1][0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = ts[1]
except ValueError as e:
    print("ValueError:", e)
import pickle
print(pickle.loads(pickle.dumps(ts[3])) == ts[3]) if hasattr(pickle, "dumps") else print(True)
print(tuple(ts[3]) is ts[3], ts[3][:] is ts[3], ts[3].__getitem__(1), ts[3].__len__(), ts[3].__contains__(9))
print(any(ts[0]), all(ts[1]), bool(ts[0]), enumerate(ts[4]).__next__(), list(zip(ts[1], ts[2])))
print(str(ts[3]).encode(), dict([ts[2][:2], ts[3][:2]]), list(reversed(ts[5])))

# The same, hot enough to be compiled: displays, subscripts, unpacking, iteration and sort keys of int tuples.
def hot(n):
    acc = 0
    pts = []
    for i in range(n):
        t = (i, -i, i * 3)
        a, b, c = t
        acc += t[0] + t[-1] + a - b + c
        for v in t:
            acc += v & 1
        pts.append(t)
    by = sorted(pts, key=lambda p: (p[0] % 7, p[1]))
    return acc, by[:3], by[-1]

for _ in range(3):
    print(hot(60000))

# A key column of ints that meets another kind partway, and a sort run from inside a key function of the same call site.
def keyed(xs):
    return sorted(xs, key=lambda x: (x % 4, x if x < 50 else str(x)))

print(keyed(range(40))[:6])
try:
    print(keyed(range(60))[:6])
except TypeError as e:
    print("TypeError:", e)
print(sorted(range(100), key=lambda x: (x % 3, x * 1.5 if x > 90 else x))[:5])

def nested(x):
    if x > 3:
        return (x % 2, len(sort_site(list(range(x % 3)))))
    return (x % 2, 0)

def sort_site(xs):
    return sorted(xs, key=nested)

print(sort_site(list(range(12))))
print(sorted([(3, 1), (1, 2), (3, 0), (1, 1)]), sorted([(3, "a"), (1, 2)][:1] + [(0, 5)]))

# Comparisons and hashes of int tuples against other tuples.
def two(a, b):
    return (a, b)

print(two(1, 2) == (1, 2.0), two(1, 2) < two(1, 2) + (0,), two(1, 1) == (1, True), two(-1, 5) > two(-2, 9), two(3, 4) <= two(3, 4))
print(hash(two(1, 2)) == hash((1, 2.0)), hash(two(-1, -2)) == hash((-1, -2)), hash(two(2 ** 61, 7)) == hash((2 ** 61, 7)))
seen = {two(i % 5, i % 3): i for i in range(30)}
print(len(seen), seen[(4, 2)], seen.get((1.0, 1)), two(4, 2) in seen, (4, 2.5) in seen)
