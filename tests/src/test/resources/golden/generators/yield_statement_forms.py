# Yield as a whole statement (yield v, target = yield v, yield from it) in every kind of block, and the values,
# exceptions and return values that flow through it: resumed by for loops, sum(), next(), send(), throw(), close().


def gen_targets():
    d = {}
    lst = [0, 0]
    d["a"] = yield 1
    lst[1] = yield 2
    x = yield 3
    yield (d, lst, x)


g = gen_targets()
print(next(g), g.send("A"), g.send("B"), g.send("C"))


def loops(n):
    for i in range(n):
        if i % 3 == 0:
            continue
        if i == 8:
            break
        yield i
    else:
        yield "no break"
    j = 0
    while j < 3:
        j += 1
        if j == 2:
            continue
        yield -j
    else:
        yield "while done"
    return "ret"


print(list(loops(20)), list(loops(4)))
g = loops(2)
print(next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def in_try():
    try:
        x = yield 1
        yield x * 2
    except ValueError as e:
        y = yield "caught " + str(e)
        yield y
    finally:
        yield "finally"
    with open(__file__) as f:
        z = yield f.closed
        yield z


g = in_try()
print(next(g), g.send(5), g.throw(ValueError("v")), g.send("after"), next(g), next(g), g.send("z"), next(g, "end"))


def inner():
    r = yield "i1"
    yield "i2 got %r" % (r,)
    return "inner result"


def outer():
    yield from inner()
    res = yield from inner()
    yield "res=" + res
    yield from [10, 20]
    yield from range(2)
    yield from (c for c in "ab")


g = outer()
print(next(g), g.send("s1"), next(g), g.send("s2"), next(g), list(g))


def tuples(n):
    prev = None
    for x in range(n):
        if prev is not None:
            yield prev, x
        prev = x


print(sum(a * b for a, b in tuples(10)), sum(x for x in tuples(3) if False), sum((x for x in [1.5, 2]), 10))
print(sum(x for x in [2**62, 2**62, 2**62]), sum(x for x in [1, 2.5, 3]), sum((x for x in [1]), 2**63))


def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


a = acc()
next(a)
print([a.send(v) for v in range(5)])
try:
    a.send(None)
except StopIteration as e:
    print("acc", e.value)


def raises_stop():
    yield 1
    raise StopIteration("inside")


try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


g = closer()
print(next(g))
g.close()
print(list(g))


def nested_yield():
    x = yield (yield 1)
    yield x


g = nested_yield()
print(next(g), g.send("a"), g.send("b"))


def deep(n):
    if n == 0:
        yield 0
        return
    for v in deep(n - 1):
        yield v + 1
    yield from deep(n - 1)


print(list(deep(4)))


def running():
    yield g2.send(None)


g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
