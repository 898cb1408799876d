# len and range.
print(len(""), len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"))
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)))
print(list(range(-5, 0)), list(range(0, -10, -2)), list(range(3, 0)))
r = range(1, 20, 4)
print(r, repr(range(3)), range(0, 10, -1), len(r), r[1], r[-1], r[1:3], 9 in r, 10 in r)
print(r.start, r.stop, r.step, r.index(13), r.count(5), list(reversed(r)))
print(range(0) == range(5, 5), range(3) == range(0, 3, 1), len(range(-10, 10, 7)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(len(range(0, 10 ** 12, 7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
class HasLen:
    def __len__(self):
        return 7
print(len(HasLen()))
print([i for i in range(10)[::3]], range(10)[::-2])
