# zip of two iterables stepped in compiled code by for loops, comprehensions and list/tuple/join: the items each
# source gives up, the end (the first source ending first), reuse after the end, strict zips, three sources,
# subclasses, an exception from a source, once and in a hot loop.

def logged(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i

def run():
    out = []
    log = []
    out.append([(a, b) for a, b in zip(logged("a", 3, log), logged("b", 5, log))])
    out.append(list(log))
    log.clear()
    out.append(list(zip(logged("a", 4, log), logged("b", 2, log))))
    out.append(list(log))
    z = zip("abc", [1, 2, 3])
    first = next(z)
    out.append((first, list(z), list(z), tuple(z), [p for p in z]))
    t = 0
    for a, b in zip(range(5), [10, 20, 30]):
        t += a * b
    out.append(t)
    out.append(list(zip("ab", "xyz", "12")))
    out.append(" ".join(a + b for a, b in zip("abc", "xyz")))
    out.append(list(zip([], "abc")) + list(zip("abc", [])))
    out.append(list(zip("ab", "xy", strict=True)))
    for bad in (lambda: list(zip("ab", "x", strict=True)), lambda: [a for a, b, c in zip("ab", "xy")],
                lambda: list(zip(1, "a")), lambda: [a for a, b in zip("ab", [None, None], strict=True)][5]):
        try:
            out.append(bad())
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")

    def boom():
        yield 1
        raise KeyError("source")
    zz = zip(boom(), "xyz")
    got = []
    try:
        for pair in zz:
            got.append(pair)
    except KeyError as e:
        got.append(repr(e))
    got.append(list(zz))
    out.append(got)

    class Z(zip):
        def __next__(self):
            a, b = super().__next__()
            return (b, a)
    out.append((list(Z("ab", "xy")), [p for p in Z("a", "b")], dict(Z("k", "v"))))
    return out

for line in run():
    print(line)

total = 0
xs = list(range(50))
ys = [str(i) for i in range(50)]
for i in range(3000):
    for a, b in zip(xs, ys):
        total += a + len(b)
    total += len(list(zip(ys, xs))) + sum(a for a, b in zip(xs, xs[i % 50:]))
print(total, run() == run())
