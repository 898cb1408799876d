# min() and max() of lists: ints, floats (NaN), strs, mixed kinds, subclasses, ties (the first wins), errors.
nan = float("nan")
print(min([3, 1, 2]), max([3, 1, 2]), min(["b", "a", "c"]), max(["b", "é", "a"]))
print(min([1.5, 0.5, 2.5]), max([1.5, 0.5, 2.5]), min([nan, 1.0, 0.5]), min([1.0, nan, 0.5]), max([2.0, nan]))
print(min([1, 0.5, True]), max([False, 0, 0.0]), min([2 ** 70, 1, -2 ** 70]), max([[1], [0, 5]]))
print(min([5]), max([(1, "a"), (1, "b")]))
try:
    min([1, "a"])
except TypeError as e:
    print("TypeError", e)
class L(list):
    pass
print(min(L([4, 2])), min([3, 4], default=0), max([], default="d"))
a, b = 1.0, 1
print(min([a, b]) is a, max([b, a]) is b)
