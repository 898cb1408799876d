# Builtins with optional keyword-only parameters called positionally at a site (math.isclose, sorted,
# list.sort, int.to_bytes): the same answers and errors as with the keywords given or missing
import math

vals = [(1.0, 1.0 + 1e-10), (1, 2), (0.0, 1e-12), (float("inf"), float("inf")), (float("inf"), 1e308),
        (float("nan"), float("nan")), (True, 1), (10 ** 30, 10 ** 30 + 1), (-0.0, 0.0), (3, 3.0000000001)]
for a, b in vals:
    print(math.isclose(a, b), math.isclose(a, b, rel_tol=0.5), math.isclose(a, b, abs_tol=1e-9),
          math.isclose(a, b, rel_tol=0, abs_tol=0))
for bad in ((1,), (1, 2, 3), ("a", 1), (1, None)):
    try:
        math.isclose(*bad)
    except TypeError as e:
        print("TypeError:", e)
for kw in ({"rel_tol": -1}, {"abs_tol": -0.1}, {"rel_tol": "x"}, {"tol": 1}):
    try:
        math.isclose(1, 2, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


def close_count(n):
    c = 0
    for i in range(n):
        c += math.isclose(i * 0.1, i / 10) + math.isclose(i, i + 1)
    return c


print(close_count(30000))
print(sorted([3, 1, 2]), sorted("cab"), sorted((2, 1), reverse=True))
l = [3, 1, 2]
l.sort()
print(l, (1024).to_bytes(2, "big"), (1).to_bytes(1, "little", signed=True))
try:
    sorted([1], None)
except TypeError as e:
    print("TypeError:", e)
