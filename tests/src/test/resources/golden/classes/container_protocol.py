# __getitem__, __setitem__, __delitem__, __len__, __contains__, __bool__, __iter__.
class SparseList:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("sparse index out of range")
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        self.data.pop(i, None)
    def __contains__(self, v):
        return v in self.data.values() or (v == 0 and len(self.data) < self.size)
s = SparseList(6)
s[1] = 10
s[4] = 40
print(len(s), s[1], s[2], s[-2], s[::2], s[1:5])
print(list(s), 40 in s, 99 in s, 0 in s)
del s[1]
print(s[1], sorted(s.data))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
for i, v in enumerate(s):
    if v:
        print("nonzero at", i, v)
class Truthy:
    def __init__(self, flag):
        self.flag = flag
    def __bool__(self):
        return self.flag
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Truthy(True)), bool(Truthy(False)), bool(Sized(0)), bool(Sized(3)))
print("yes" if Sized(2) else "no", not Sized(0))
class Matrix:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get(key, f"<{r},{c}>")
    def __setitem__(self, key, value):
        self.cells[key] = value
m = Matrix()
m[0, 1] = "x"
print(m[0, 1], m[2, 3], m[(0, 1)])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 11
print(list(Seq()), 22 in Seq(), [x for x in Seq()])
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
