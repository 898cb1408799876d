# min() and max() of two numbers and other shapes, tuple comparisons of ints, and builtins taking *args with
# optional keyword-only parameters (max, min, print, zip) called positionally in loops.
import math

pairs = [(1, 2), (2, 1), (3, 3), (-5, 5), (2 ** 62, -2 ** 62), (1.5, 0.5), (0.0, -0.0), (-0.0, 0.0), (math.nan, 1.0),
         (1.0, math.nan), (1, 1.0), (1.0, 1), (True, 1), (2, True), ("a", "b")]
for _ in range(30):
    out = [(max(a, b), min(a, b)) for a, b in pairs]
for (a, b), r in zip(pairs, out):
    print(repr(a), repr(b), repr(r[0]), repr(r[1]), type(r[0]).__name__)
print(max(1, 2, 3), min(3, 1, 2), max([4, 9, 2]), min((4, 9, 2)), max(1, 2, key=lambda v: -v), max([], default="d"))
for bad in [lambda: max(), lambda: max(5), lambda: min(1, 2, default=0), lambda: max(1, "a")]:
    try:
        bad()
    except TypeError as e:
        print(e)

ts = [(1, 2), (1, 3), (1, 2, 0), (1,), (), (0, 9), (1, 2)]
res = []
for _ in range(20):
    res = [(a < b, a <= b, a == b, a != b, a > b, a >= b) for a in ts for b in ts]
print(sum(map(sum, res)), res[:3], (2 ** 70, 1) < (2 ** 70, 2), (1, 2) < (1, 2.5), (1, "a") < (1, "b"))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(e)

for i in range(3):
    print(i, "x", sep="-", end="|")
    print(i)
print(*[], "end")
print(list(zip([1, 2], "ab", (True, None))))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
