# list(), tuple() and str.join() draining generators, generator expressions and instances of iterator classes:
# order, empty and long ones, errors part-way (the traceback through the generator), a generator drained twice,
# the sequence protocol, __iter__ returning a non-iterator, tuple(t) identity, and subclasses of list and tuple.


def gen(n):
    for i in range(n):
        yield i * i


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return "s%d" % i


class BadIter:
    def __iter__(self):
        return 42


for _ in range(20):
    a = list(gen(5))
    b = tuple(gen(3))
    c = list(Count(4))
    d = "-".join(str(x) for x in gen(4))
    e = tuple(Count(0))
print(a, b, c, d, e)
print(len(list(gen(5000))), sum(tuple(Count(3000))), list(Seq()), tuple(Seq()), ",".join(Seq()))
g = gen(3)
print(list(g), list(g), tuple(g))
t = (1, 2)
print(tuple(t) is t, list(t), tuple([1, 2]) == t, list(x for x in "ab"), "".join(c for c in "xyz"))


class L(list):
    pass


class T(tuple):
    pass


print(type(L(gen(2))).__name__, L(gen(2)), type(T(gen(2))).__name__, T(gen(2)), type(tuple(T((1,)))).__name__)
try:
    list(BadIter())
except TypeError as e:
    print(e)
try:
    "".join(x for x in [1, 2])
except TypeError as e:
    print(e)


def failing():
    yield 1
    raise ValueError("part-way")


for f in (list, tuple):
    try:
        f(failing())
    except ValueError as e:
        print(f.__name__, e)


def running():
    yield list(me)


me = running()
try:
    next(me)
except ValueError as e:
    print(e)
list(failing())
