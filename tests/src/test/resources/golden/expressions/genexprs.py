# Generator expressions.
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, 0]))
print(list((i, j) for i in range(2) for j in "ab"))
print(sorted(c for c in "banana" if c != "n"))
print(",".join(str(n) for n in range(4)))
print(tuple(x for x in "hey"), set(x % 2 for x in range(5)) == {0, 1})
def gen_squares(limit):
    return (n * n for n in range(limit) if n % 2)
print(list(gen_squares(8)))
evaluated = []
def source():
    for i in range(3):
        evaluated.append(i)
        yield i
lazy = (v + 100 for v in source())
print(evaluated)
print(next(lazy), evaluated)
print(list(lazy), evaluated)
print(sum(1 for _ in range(7)))
print(dict((k, k * k) for k in range(3)))
nested = ((a, b) for a in range(3) if a for b in range(a))
print(list(nested))
it = iter([1, 2, 3])
print(list(x for x in it), list(x for x in it))
