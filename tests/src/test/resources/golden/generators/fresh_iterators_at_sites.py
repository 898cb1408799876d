# Loops, comprehensions, generator bodies and yield from that start on a fresh iterator at every call (a
# generator, a builtin iterator, a class's iterator, something not iterable), at hot sites.
N = 2000


def one_two():
    yield 1
    yield 2


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Wrapper:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


def sources(i):
    k = i % 6
    if k == 0:
        return one_two()
    if k == 1:
        return iter([3, 4])
    if k == 2:
        return Countdown(2)
    if k == 3:
        return Wrapper((5, 6))
    if k == 4:
        return iter(range(2))
    return (x * 2 for x in (7, 8))


def loop_total(n):
    t = 0
    for i in range(n):
        for x in sources(i):
            t += x
    return t


def comprehension_total(n):
    t = 0
    for i in range(n):
        t += sum([x for x in sources(i)]) + len({x for x in sources(i)})
    return t


def relay(src):
    for x in src:
        yield x + 1


def relay_total(n):
    t = 0
    for i in range(n):
        t += sum(relay(sources(i)))
    return t


def delegate(src):
    yield from src
    yield -1


def delegate_total(n):
    t = 0
    for i in range(n):
        t += sum(delegate(sources(i)))
    return t


def genexp_total(n):
    t = 0
    for i in range(n):
        t += sum(x for x in sources(i))
    return t


print("loop", loop_total(N))
print("comprehension", comprehension_total(N))
print("relay", relay_total(N))
print("delegate", delegate_total(N))
print("genexp", genexp_total(N))

# an exhausted generator or iterator gives nothing more
g = one_two()
print(list(g), list(g), [x for x in g])
it = iter([1, 2, 3])
next(it)
print([x for x in it], list(delegate(it)))

# a half-consumed generator continues where it stopped
g = one_two()
print(next(g), [x for x in g])

# not iterable: CPython's messages at each kind of site
for kind in ("for", "comprehension", "relay", "delegate", "genexp"):
    try:
        if kind == "for":
            for x in 5:
                pass
        elif kind == "comprehension":
            [x for x in 5]
        elif kind == "relay":
            list(relay(5))
        elif kind == "delegate":
            list(delegate(5))
        else:
            sum(x for x in 5)
    except TypeError as e:
        print(kind, "TypeError:", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
