# In an expression with a yield, what was evaluated before the yield is kept across the suspension (CPython keeps
# it on the frame's stack): calls are not made again and names are not read again on resume.
calls = []


def f(tag):
    calls.append(tag)
    return len(calls)


counter = 100


def g1():
    x = f("a") + (yield 1)
    print("x", x)
    y = [f("b"), (yield 2), f("c")]
    print("y", y)
    z = counter + (yield 3)
    print("z", z)
    print("args", f("d"), (yield 4), f("e"), (yield 5))
    w = {f("k"): (yield 6)}
    print("w", w)
    s = "pre-" + str(f("s")) + (yield 7)
    print("s", s)
    return "done"


gen = g1()
print(next(gen))
print(gen.send(10))
print(gen.send(20))
counter = 1000
print(gen.send(30))
print(gen.send(40))
print(gen.send(50))
print(gen.send(60))
try:
    gen.send("!")
except StopIteration as e:
    print("stop", e.value)
print(calls)


class Obj:
    def __init__(self):
        self.log = []

    def add(self, *a):
        self.log.append(a)
        return self


def g2(o):
    o.add((yield "p")).add(f("m"), (yield "q"))
    t = f("t") if (yield "r") else f("u")
    b = f("v") and (yield "s")
    return o.log, t, b


calls.clear()
o = Obj()
it = g2(o)
print(next(it), it.send(1), it.send(2), it.send(True))
try:
    it.send("last")
except StopIteration as e:
    print(e.value)
print(calls)


def g3():
    total = 0
    while total < 50:
        total += f("loop") * (yield total)
    return total


calls.clear()
it = g3()
v = next(it)
try:
    while True:
        v = it.send(7)
except StopIteration as e:
    print("g3", e.value, len(calls))


def subgen():
    r = yield "s1"
    r2 = yield "s2"
    return r * 100 + r2


def g4():
    a = [10, 20, 30]
    v = a[f("i") % 3][:f("j")] if False else a[f("i2") % 3] + (yield "a")
    c = f("lt") < (yield "b") < f("gt")
    fs = f"{f('fs')}-{(yield 'c')}-{f('fs2')}"
    d = {}
    d[f("key")] = (yield "d")
    d[f("key2") * 0] = 1
    d[f("key3") * 0] += (yield "e")
    o = Obj()
    o.log = 5
    o.log += (yield "f")
    sub = f("yf") + (yield from subgen())
    return v, c, fs, d, o.log, sub


calls.clear()
it = g4()
out = [next(it)]
try:
    for x in [1, 2, 3, 4, 5, 6, 7, 8, 9]:
        out.append(it.send(x))
except StopIteration as e:
    print(out, e.value)
print(calls)


def g5():
    try:
        x = f("before") + (yield "t")
    except ValueError as e:
        print("caught", e, calls)
    y = f("again") + (yield "u")
    return y


calls.clear()
it = g5()
print(next(it), it.throw(ValueError("boom")), calls)
it.close()
i = 0
def g6():
    n = 0
    while f("w") < (yield n):
        n += 1
    return n
calls.clear()
it = g6()
next(it)
try:
    while True:
        it.send(100)
except StopIteration as e:
    print("g6", e.value, len(calls))
