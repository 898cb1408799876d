# enumerate, zip, map, filter.
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip("xy", [10, 20]), 100):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[[1, 2], [3, 4], [5, 6]])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(str.isupper, "aBcD")))
e = enumerate(["p", "q"])
print(type(e).__name__, next(e), next(e), next(e, "end"))
z = zip("ab", "cd")
print(type(z).__name__, next(z), list(z))
m = map(str, [1, 2])
print(type(m).__name__, list(m), list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, list(f))
