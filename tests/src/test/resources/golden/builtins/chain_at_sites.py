# itertools.chain and chain.from_iterable consumed by for loops, list(), tuple(), sum() and next(): lists, tuples,
# strs, generators, empty iterables, iterables that raise (on iteration and when the next one is fetched), a chain
# resumed after partial consumption, a chain subclass with its own __next__, and the same sites in a hot loop.
import itertools
from itertools import chain


def gen(n):
    for i in range(n):
        yield i * 10


def bad():
    yield 1
    raise ValueError("inside")


def sources():
    yield [1, 2]
    raise KeyError("no more")


def run():
    out = []
    out.append(list(chain([1, 2], (3, 4), "ab", gen(2), [], range(2))))
    out.append(tuple(chain()))
    out.append(list(chain.from_iterable([[1], [], (2, 3), gen(1)])))
    out.append(sum(chain([1.5, 2.5], [3])))
    c = chain([1, 2, 3], [4])
    out.append((next(c), next(c)))
    out.append(list(c))
    out.append(next(c, "end"))
    acc = []
    try:
        for x in chain([0], bad(), [9]):
            acc.append(x)
    except ValueError as e:
        acc.append(str(e))
    out.append(acc)
    acc = []
    c = chain.from_iterable(sources())
    try:
        for x in c:
            acc.append(x)
    except KeyError as e:
        acc.append(repr(e))
    out.append((acc, list(c)))
    try:
        list(chain([1], 5))
    except TypeError as e:
        out.append(str(e))

    class Twice(chain):
        def __next__(self):
            return 2 * super().__next__()

    out.append(list(Twice([1, 2], [3])))
    lst = [1, 2]
    c = chain(lst, lst)
    out.append(next(c))
    lst.append(3)
    out.append(list(c))
    return out


for line in run():
    print(line)

total = 0
a = list(range(50))
b = [x * 0.5 for x in range(50)]
for rep in range(3000):
    for x in chain(a, b, (rep,)):
        total += x
    total += len(list(chain(a, a))) + sum(itertools.chain.from_iterable([a, [rep]]))
print(total, run() == run())
