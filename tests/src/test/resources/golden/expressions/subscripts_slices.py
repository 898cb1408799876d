# Subscripts, slices with negative indices and steps.
s = list(range(10))
print(s[0], s[-1], s[-3], s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3])
print(s[::-1], s[-2:], s[:-7], s[-4:-1], s[8:2:-2], s[5::-1], s[:5:-1])
print(s[100:], s[-100:2], s[3:3], s[5:2], s[::-3])
t = "abcdefgh"
print(t[1], t[-1], t[2:6], t[::-1], t[::3], t[-3:], t[6:1:-2])
tup = (1, 2, 3, 4, 5)
print(tup[1:4], tup[::-2], tup[-1])
print(b"hello"[1], b"hello"[1:3], bytearray(b"xyz")[::-1])
print(range(10)[2:8:2], range(10)[::-1], range(10)[-1])
d = {"a": 1, (1, 2): "tuple key", 3: [4, 5]}
print(d["a"], d[(1, 2)], d[1, 2], d[3][1])
grid = [[1, 2, 3], [4, 5, 6]]
print(grid[1][2], grid[-1][-3], [row[1] for row in grid])
m = list(range(8))
m[2:4] = ["x", "y", "z"]
print(m)
m[::2] = [0] * 5
print(m)
m[1:3] = []
print(m)
m[:0] = ["head"]
print(m)
n = [1, 2, 3]
n[-1] = 30
print(n)
sl = slice(1, 5, 2)
print(s[sl], sl.start, sl.stop, sl.step, repr(sl))
print(slice(3).indices(10), slice(None, None, -1).indices(5))
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    m[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
