# A for loop, a subscript read and a subscript store compile only the kinds of loop state, container and key they
# have met; each site here is made hot on one kind, then given every other kind (each first meeting deoptimizes
# and the site goes on correctly).


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def pairs(xs):
    s = 0
    for a, b in xs:
        s += a * 3 + b
    return s


def read(c, k):
    return c[k]


def read_float(c, k):
    return c[k] * 1.5


def store(c, k, v):
    c[k] = v
    return c


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

    def __setitem__(self, k, v):
        print("Seq.__setitem__", k, v)


def gen(n):
    for i in range(n):
        yield i


hot = list(range(100))
for _ in range(3000):
    total(hot)
print(total(hot), total((1, 2, 3)), total(range(5)), total(gen(4)), total({7: "a", 8: "b"}), total({5, 6}),
      total(iter([4, 4])), total([1.5, 2.5]), total([1, 2.5, 3]), total(Seq()), total(x * 2 for x in (1, 2)),
      total(map(abs, [-1, -2])), total(dict.fromkeys([3, 4])), total(bytearray(b"ab")), total(b"cd"))
try:
    total([1, "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    total(5)
except TypeError as e:
    print("TypeError:", e)

hp = [(i, i + 1) for i in range(50)]
for _ in range(3000):
    pairs(hp)
print(pairs(hp), pairs(enumerate([5, 6, 7])), pairs([[1, 2], (3, 4)]), pairs(zip(range(3), range(3, 6))),
      pairs({1: 2, 3: 4}.items()), pairs(["ab", "cd"]) if False else "-", pairs(iter([(9, 9)])))
try:
    pairs([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)

fl = [0.5, 1.5, 2.5]
for i in range(30000):
    read_float(fl, i % 3)
    read(fl, i % 3)
print(read_float(fl, 1), read_float([1, 2], -1), read_float((2.0, 3.0), 0), read_float({"a": 4.0}, "a"),
      read_float({3: 8}, 3), read_float(Seq(), 2), read_float("x" if False else [7.5], 0))
print(read(fl, -1), read([1, 2, 3], 0), read((4, 5), 1), read("hello", 1), read({"k": "v"}, "k"), read({1: "one"}, 1),
      read(range(10), 3), read(Seq(), 3), read(b"AB", 0), read([1, 2, 3], slice(1, None)), read({(1, 2): "t"}, (1, 2)))
for bad in (lambda: read(fl, 3), lambda: read({}, "missing"), lambda: read({}, 5), lambda: read(fl, "i"),
            lambda: read(5, 0), lambda: read((1,), 2), lambda: read(Seq(), 9), lambda: read_float(["s"], 0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

buf = [0.0, 0.0, 0.0]
for i in range(30000):
    store(buf, i % 3, i * 0.5)
print(buf, store([1, 2], 0, 9), store({"a": 1}, "a", 2), store({}, "new", 3), store({}, 4, 5), store([1, 2], -1, "s"),
      store(bytearray(b"xy"), 0, 65))
store(Seq(), 1, "v")
for bad in (lambda: store(buf, 7, 1.0), lambda: store((1, 2), 0, 1), lambda: store("s", 0, "t"), lambda: store(buf, "k", 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def has(c, k):
    return k in c


def lacks(c, k):
    return k not in c


class StrLike(str):
    def __eq__(self, other):
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


d = {"a": 1, "b": 2}
for i in range(30000):
    has(d, "a")
    lacks(d, "zz")
print(has(d, "a"), has(d, "q"), has({1: 0}, 1), has({1: 0}, 2), has({"x"}, "x"), has({3}, 3), has({3}, 4),
      has([1, 2], 2), has("hello", "ell"), has(range(5), 4), has((1, "a"), "a"), has({2.0: 1}, 2), has({2: 1}, 2.0),
      has(frozenset({"f"}), "f"), has({StrLike("k"): 1}, "k"), has({"k": 1}, StrLike("k")), has({(1, 2): 0}, (1, 2)),
      has(b"abc", 98), has({None: 1}, None))
print(lacks(d, "a"), lacks({1: 0}, 1), lacks({"x"}, "y"), lacks([1], 1), lacks("abc", "d"))
try:
    has(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    has({}, [1])
except TypeError as e:
    print("TypeError:", e)
