# Lambda expressions and assignment expressions.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: 42)())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(sorted([(1, "b"), (2, "a"), (0, "c")], key=lambda p: p[1]))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
print(sq.__name__, type(sq).__name__)
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
if (n := len("hello")) > 3:
    print("long", n)
data = [1, 5, 12, 7, 30]
print([y for x in data if (y := x * 2) > 10])
print(y)
values = iter([3, 2, 1, 0, 9])
while (item := next(values)) != 0:
    print("item", item)
print((total := 10) + total)
print(total)
def f():
    if any((hit := v) > 4 for v in [1, 6, 2]):
        return hit
print(f())
nested = lambda x: (lambda y: x * y)
print(nested(3)(4))
print((lambda x: x if x > 0 else -x)(-9))
