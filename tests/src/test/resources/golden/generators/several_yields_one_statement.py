# Several yields in one statement: the statement resumes with each earlier yield giving back what it received
def g():
    x = (yield 2) + (yield 3)
    print("x", x)
    yield x


it = g()
print(next(it), it.send(10), it.send(20))
print(list(it))


def h():
    a = yield 1
    b = (yield a) * (yield a + 1)
    return b


it = h()
print(next(it), it.send(5), it.send(6))
try:
    it.send(7)
except StopIteration as e:
    print("ret", e.value)


def loop():
    total = 0
    for i in range(3):
        total += (yield i) - (yield -i)
    while (yield "test") != "stop":
        total += 100
    return total


it = loop()
out = [next(it)]
for v in (1, 2, 3, 4, 5, 6, "go", "go", "stop"):
    try:
        out.append(it.send(v))
    except StopIteration as e:
        out.append(("done", e.value))
        break
print(out)


def pairs():
    while True:
        p = ((yield "a"), (yield "b"))
        print("pair", p)


it = pairs()
print(next(it), it.send(1), it.send(2), it.send(3), it.send(4))
