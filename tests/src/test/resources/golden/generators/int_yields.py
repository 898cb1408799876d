# Ints yielded by generators reach every consumer unchanged: for loops (plain, in generators, unpacking targets),
# sum(), next(), send(), throw(), yield from, list(); also when a yield site switches from ints to other values
# (floats, big ints, bools, None, tuples) after many ints, and sums that overflow 64 bits.


def count(n, start=0):
    i = start
    while i < n:
        yield i
        i += 1


def switching(n):
    # the same yield yields ints, then other kinds
    for i in range(n):
        if i < n - 6:
            v = i * 3
        elif i == n - 6:
            v = 2 ** 70
        elif i == n - 5:
            v = 1.5
        elif i == n - 4:
            v = True
        elif i == n - 3:
            v = None
        elif i == n - 2:
            v = (i, i)
        else:
            v = -(2 ** 63)
        yield v


def doubled(src):
    for x in src:
        yield x * 2


def delegate(n):
    r = yield from count(n)
    yield -1
    return r


def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def big_ints():
    yield 2 ** 62
    yield 2 ** 62
    yield 2 ** 62
    yield -5


for rep in range(4):
    total = 0
    for x in count(2000):
        total += x
    print("for", total)
    out = []
    for x in switching(3000):
        out.append(x)
    print("switching", len(out), out[:3], out[-6:], [type(v).__name__ for v in out[-6:]])
    print("sum doubled", sum(doubled(count(1000))), sum(doubled(count(10, 5)), 7))
    print("sum switching ints", sum(v for v in switching(100) if type(v) is int))
    print("sum big", sum(big_ints()), sum(big_ints(), 2 ** 63), sum(x for x in big_ints()))
    print("sum floats", sum(x / 2 for x in count(7)), sum(count(4), 0.5))
    g = delegate(3)
    print("delegate", next(g), next(g), next(g), next(g), list(g))
    e = echo()
    print("send", next(e), e.send(5), e.send(2 ** 64), e.send(-3), e.send(1.25))
    try:
        e.send(None)
    except StopIteration as s:
        print("stop", s.value)
    t = count(10)
    next(t)
    try:
        print("throw", t.throw(ValueError("x")))
    except ValueError as v:
        print("thrown back", v)
    print("list", list(count(5)), list(switching(8)))
    try:
        for a, b in count(3):
            pass
    except TypeError as te:
        print("TypeError", te)
    pairs = [(a, b) for a, b in zip(count(3), doubled(count(3)))]
    print("zip", pairs)
    print("max/min", max(count(50)), min(doubled(count(50, 10))))
    print("enumerate", list(enumerate(count(3, 1))))
    print("in", 7 in count(10), 70 in count(10))
