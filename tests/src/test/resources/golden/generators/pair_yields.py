# 'yield a, b' reaches every consumer as a new tuple: unpacked by for loops (also in generators and
# comprehensions), kept whole, passed on by yield from, returned by next()/send(); errors raised while evaluating
# the items keep their traceback positions; unpacking into the wrong number of targets raises as usual.


def pairs(n):
    prev = None
    for x in range(n):
        if prev is not None:
            yield prev, x
        prev = x


def mixed(n):
    for i in range(n):
        yield i, str(i) if i % 3 else [i]


def outer(n):
    yield from pairs(n)
    yield "end", None


def echo():
    got = None
    while True:
        got = yield got, 1
        if got == "stop":
            return "done"


def bad(n):
    for i in range(n):
        yield i, 10 // (n - 1 - i)


for rep in range(3):
    total = 0
    for a, b in pairs(3000):
        total += a ^ b
    print("sum", total, sum(a * b for a, b in pairs(500)))
    kept = [t for t in pairs(5)]
    print("kept", kept, [type(t).__name__ for t in kept], kept[0] is kept[1])
    whole = []
    for t in pairs(4):
        whole.append(t)
    print("whole", whole, len({id(t) for t in whole}))
    print("mixed", list(mixed(5)), [b for a, b in mixed(4)])
    print("outer", list(outer(4)), [x for x, y in outer(3)])
    g = pairs(4)
    print("next", next(g), next(g))
    e = echo()
    print("send", next(e), e.send(5), e.send((1, 2)))
    try:
        e.send("stop")
    except StopIteration as s:
        print("stop", s.value)
    try:
        for a, b, c in pairs(3):
            pass
    except ValueError as v:
        print("ValueError", v)
    try:
        for (a,) in pairs(3):
            pass
    except ValueError as v:
        print("ValueError", v)
    try:
        for a, b in bad(4):
            print("bad", a, b)
    except ZeroDivisionError as z:
        print("ZeroDivisionError", z)
    d = dict(pairs(5))
    print("dict", d)
    a = b = None
    for a, b in pairs(0):
        pass
    print("empty", a, b)

for a, b in bad(2):
    print("last", a, b)
