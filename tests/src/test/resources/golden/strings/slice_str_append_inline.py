# str slices that scan only up to their bounds for surrogates, str() of small ints (shared strings), list.append
# in compiled code (and a subclass overriding it), for loops over range objects near the long limits
s = "a\U0001F600b"
for a in (None, 0, 1, 2, 3, 5, -1, -2, -9):
    for b in (None, 0, 1, 2, 3, 5, -1, -2, -9):
        print(repr(s[a:b]), repr("hello"[a:b]), end=" ")
    print()
print(str(5), str(1023), str(1024), str(-1), f"{7}:{-3}:{10**20}", str(0), repr(12), f"{True}")
l = []
for i in range(20):
    l.append(i)
print(l, [].append(1))
class M(list):
    def append(self, x):
        super().append(x * 2)
m = M()
m.append(3)
print(m)
for n in (0, 1, 5):
    for j in range(n):
        print(j, end=" ")
    for j in range(10, n, -3):
        print(j, end=" ")
print()
for j in range(2**63 - 3, 2**63 - 1):
    print(j)
for j in range(-2**63, -2**63 + 2):
    print(j)
r = range(3)
for x in r:
    for y in r:
        print(x, y, end=";")
print()
