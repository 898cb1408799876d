# Sorting lists of ints (auditpy sorts a list in its long[] storage without boxes: counting, radix or the JDK's sort
# by the range of the values; with a key function the ints are boxed one at a time): the same results as any list.
seed = [5]
def randint(lo, hi):
    seed[0] = (seed[0] * 6364136223846793005 + 1442695040888963407) % 2**64
    return lo + seed[0] % (hi - lo + 1)
def ck(*ls):
    return [sum((i + 1) * v for i, v in enumerate(x)) % 1000000007 for x in ls]
for n in (0, 1, 5, 255, 256, 300, 1000, 5000):
    for lo, hi in ((0, 10), (-5, 5), (0, 100000), (-2**40, 2**40), (-2**62, 2**62), (-2**63, 2**63 - 1), (7, 7)):
        l = [randint(lo, hi) for _ in range(n)]
        a = sorted(l); b = sorted(l, reverse=True); c = l[:]; c.sort(); d = l[:]; d.sort(reverse=True)
        e = sorted(l, key=lambda x: x % 7); f = l[:]; f.sort(key=lambda x: -(x % 5), reverse=True)
        print(n, lo, hi, ck(a, b, c, d, e, f) , a == c, b == d, a[:3], b[:3], e[:3], f[:3])
l = [3, 1, 2]
def bad(x):
    if x == 2: raise KeyError(x)
    return x
try:
    l.sort(key=bad)
except KeyError as e:
    print("KeyError", e, l)
def mut(x):
    l.append(9)
    return x
try:
    l.sort(key=mut)
except ValueError as e:
    print("ValueError", e, l)
m = [5, 4, 3]
def cmpbad(x):
    return x if x != 4 else "s"
try:
    m.sort(key=cmpbad)
except TypeError as e:
    print("TypeError", e, m)
print(sorted([1, 2, 3], key=lambda x: 0, reverse=True), sorted([3, 1, 2], key=None))
