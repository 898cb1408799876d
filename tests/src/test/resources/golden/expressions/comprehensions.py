# List, set and dict comprehensions, nested and with conditions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print({w: len(w) for w in ["apple", "fig", "banana"]})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7, 12)})
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
words = ["Alpha", "beta", "Gamma"]
print([w[0] + str(len(w)) for w in words])
x = 100
print([x for x in range(3)], x)
print(sorted({(a, b) for a in range(2) for b in range(2)}))
print([i for i in [] if i])
print({i % 3 for i in range(10)} == {0, 1, 2})
print(dict(sorted({v: k for k, v in {"a": 2, "b": 1}.items()}.items())))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([[y for y in range(x)] for x in range(4)])
