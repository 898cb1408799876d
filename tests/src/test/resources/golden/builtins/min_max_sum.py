# min, max (key, default), sum (start), abs, any, all, divmod, pow, round.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min("b", "a", key=str.upper))
print(max(["aa", "b", "cccc"], key=len), min([(2, "x"), (1, "y")]), max([], default="empty"))
print(min([], default=None), max([1, 3, 3], key=lambda v: -v), max([1, 2, 2, 1], key=lambda v: v))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(()), sum([1.5, 2]))
print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(any([]), all([]), any([0, "", 1]), all([1, "x", [0]]), any(x > 5 for x in range(3)))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(0, 3))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3, 7), pow(2.0, 3), pow(7, -1, 13))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(7.126, 1), round(-0.5), type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(round(1e16 + 0.5), round(12345, -2), round(15, -1), round(25, -1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
