# map() consumed at its site: list/tuple/str.join/sum/for over a builtin map of one iterable call the
# function through a cached dispatch. The same results as the generic path for every kind of function,
# source and item, a StopIteration from the function (ends the map, as CPython's tp_iternext NULL),
# other exceptions, subclasses of map, several iterables, and a hot loop that runs it compiled.

def inc(v):
    return v + 1

class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, v):
        return v + self.k

def stop_at_3(v):
    if v == 3:
        raise StopIteration("three")
    return v * 10

def gen(n):
    for i in range(n):
        yield i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

class MyMap(map):
    def __next__(self):
        return ("mine", super().__next__())

def run(tag):
    xs = [1, 2, 3, 4, 5]
    out = []
    out.append(list(map(inc, xs)))
    out.append(tuple(map(str, xs)))
    out.append(" ".join(map(str, xs)))
    out.append("-".join(map(repr, ["a", 'b"', 1.5])))
    out.append(list(map(lambda v: v * v, gen(4))))
    out.append(list(map(Adder(100), Countdown(3))))
    out.append(list(map(int, ["7", "08", " 9 "])))
    out.append(list(map(float, xs)))
    out.append(sum(map(inc, xs)))
    out.append(sum(map(inc, xs), 1000))
    out.append(sum(map(float, xs)))
    out.append(sum(map(lambda v: 2 ** 62, range(4))))
    out.append(sum(map(lambda v: [v], range(3)), []))
    out.append(list(map(stop_at_3, xs)))
    out.append(sum(map(stop_at_3, xs)))
    out.append(" ".join(map(str, map(stop_at_3, xs))))
    ys = []
    for y in map(stop_at_3, xs):
        ys.append(y)
    out.append(ys)
    out.append(list(filter(lambda v: v < 3 or stop_at_3(v), xs)))
    out.append(list(MyMap(inc, xs)))
    out.append(list(map(pow, xs, [2, 2, 2])))
    out.append(sum(map(max, xs, reversed(xs))))
    m = map(inc, xs)
    out.append((next(m), list(m), list(m), sum(m)))
    for bad in (lambda: list(map(None, xs)), lambda: sum(map(str, xs)), lambda: " ".join(map(inc, xs)),
                lambda: list(map(lambda v: 1 / (v - 3), xs)), lambda: sum(map(inc, 5))):
        try:
            bad()
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out

for line in run("first"):
    print(line)

total = 0
for i in range(3000):
    r = run("hot")
    total += len(r) + r[8] + len(r[2])
print(total)
print(run("last") == run("again"))

# subclasses of the builtin iterators keep their own __next__ (next(), list(), for)
class Tagged(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return f"{i}:{v}"

class Twice(filter):
    def __next__(self):
        v = super().__next__()
        return v * 2

t = Tagged("ab")
print(next(t), list(Tagged("xyz")), [s for s in Tagged("pq")], list(Twice(None, [0, 1, 2])), next(MyMap(str, [9])))
