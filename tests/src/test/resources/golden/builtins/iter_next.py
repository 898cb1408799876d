# iter (including the two-argument sentinel form) and next with default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
values = [5, 4, 3, 0, 9]
pos = [0]
def reader():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
print(pos)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
s = iter("ab")
print(iter(s) is s, type(iter([])).__name__, type(iter(())).__name__,
      type(iter({})).__name__, type(iter(range(2))).__name__)
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
lines = iter(["header", "a", "b"])
header = next(lines)
print(header, list(lines))
