# filter() consumed by for loops, list(), sum() and next(): None and bool as the function (the item's own truth), a
# lambda, a builtin method, a class whose instances define __bool__ or __len__, a predicate that raises StopIteration
# (which ends the filter) or another exception, generators as sources, a filter subclass, and the same sites hot.

class Box:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v > 1

    def __repr__(self):
        return f"Box({self.v})"


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __repr__(self):
        return f"Sized({self.n})"


def stop_at(limit):
    def pred(x):
        if x >= limit:
            raise StopIteration
        return x % 2 == 0
    return pred


def gen(n):
    for i in range(n):
        yield i - 2


def run():
    out = []
    data = [0, 1, "", "a", None, [], [0], 2.5, 0.0, Box(1), Box(2), Sized(0), Sized(3)]
    out.append(list(filter(None, data)))
    out.append(list(filter(bool, data)))
    out.append(list(filter(lambda x: isinstance(x, (int, float)), data)))
    out.append(list(filter(str.isdigit, ["1", "a", "22", ""])))
    out.append(list(filter(lambda b: b, [Box(0), Box(5), Sized(2), Sized(0)])))
    out.append(list(filter(stop_at(7), range(20))))
    out.append(sum(filter(lambda x: x > 0, gen(6))))
    f = filter(lambda x: x % 3 == 0, range(10))
    out.append((next(f), next(f), list(f), next(f, "end")))
    try:
        for x in filter(lambda x: 1 / x, [1, 2, 0, 3]):
            out.append(x)
    except ZeroDivisionError as e:
        out.append(f"ZeroDivisionError: {e}")
    try:
        list(filter(len, [1]))
    except TypeError as e:
        out.append(f"TypeError: {e}")

    class Odd(filter):
        def __next__(self):
            return -super().__next__()

    out.append(list(Odd(lambda x: x % 2, range(6))))
    return out


for line in run():
    print(line)

total = 0
xs = list(range(200))
words = ["", "a", "bb", "", "ccc"] * 40
for rep in range(2000):
    for x in filter(lambda v: v % 7 == rep % 7, xs):
        total += x
    total += len(list(filter(None, words))) + sum(filter(bool, xs[:50]))
print(total, run() == run())
