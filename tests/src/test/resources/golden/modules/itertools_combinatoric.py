# itertools.permutations, combinations and combinations_with_replacement (Java iterator types): every
# small pool and length against CPython, the argument checks in CPython's order, keyword arguments,
# the types themselves and subclasses, and a hot loop.
import itertools
from itertools import permutations, combinations, combinations_with_replacement as cwr

for n in range(0, 5):
    pool = "abcd"[:n]
    for r in list(range(0, 6)) + [None]:
        p = list(permutations(pool, r)) if r is not None else list(permutations(pool))
        line = [len(p), p[:4], p[-1:]]
        if r is not None:
            c = list(combinations(pool, r))
            w = list(cwr(pool, r))
            line += [len(c), c[:3], len(w), w[:3], w[-1:]]
        print(n, r, line)

print(list(permutations(range(3), r=2)), list(combinations(iterable=[1, 2, 3], r=2)), list(cwr(r=1, iterable="xy")))
print(list(permutations(iter([3, 1, 2]))), list(combinations({1: 'a', 2: 'b'}, True)), list(permutations("ab", False)))
print(list(permutations([], 0)), list(combinations([], 0)), list(cwr([], 0)), list(cwr([], 1)), list(combinations("ab", 10 ** 6)))

def gen():
    yield 1
    yield 2
it = permutations(gen())
print(next(it), next(it), next(it, "done"), list(it))

for make in (lambda: permutations(range(3), "a"), lambda: permutations(range(3), -1), lambda: permutations(range(3), 2.0),
             lambda: combinations(range(3), -1), lambda: combinations(range(3), "a"), lambda: combinations(range(3)),
             lambda: cwr(range(3), -2), lambda: cwr(range(3), 1.5), lambda: permutations(5), lambda: combinations(5, -1),
             lambda: combinations(5, "x"), lambda: permutations(range(3), 2 ** 70), lambda: combinations(range(3), 2 ** 70),
             lambda: permutations()):
    try:
        print(list(make()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(type(permutations("a")).__name__, type(combinations("a", 1)).__module__, itertools.permutations is permutations,
      repr(cwr("a", 1)).split(" object")[0], iter(permutations("a")) is not None)
p = permutations("ab")
print(iter(p) is p, isinstance(p, permutations), permutations.__name__, cwr.__name__)

class Labeled(permutations):
    def __next__(self):
        return "-".join(super().__next__())
print(list(Labeled("abc", 2)), type(Labeled("a")).__name__)

total = 0
for i in range(300):
    for t in permutations(range(5)):
        total += t[0] * t[4]
    for t in combinations(range(8), 4):
        total += t[1]
    total += sum(1 for _ in cwr(range(5), 3)) + len(list(permutations("abcd", 2)))
print(total)
for make in (lambda: permutations(1, 2, 3), lambda: combinations([1], r=1, x=2), lambda: permutations([1], 1, r=2),
             lambda: cwr(), lambda: combinations([1], 1, iterable=2), lambda: permutations(x=1), lambda: permutations([1], q=2),
             lambda: combinations([1], iterable=[2]), lambda: cwr([1, 2], r=2, **{})):
    try:
        print(list(make()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# product, permutations and combinations stepped in compiled loops and drained by list/tuple/sum/join
class Pairs(itertools.product):
    def __next__(self):
        return "".join(super().__next__())
acc = 0
for i in range(400):
    acc += sum(a * b for a, b in itertools.product(range(6), repeat=2))
    acc += len(list(permutations(range(4)))) + len(tuple(combinations("abcdef", 3))) + len(list(cwr("ab", 3)))
    acc += len(" ".join(map(str, itertools.product("ab", "cd"))))
print(acc, list(Pairs("ab", "xy")), [p for p in Pairs("a", "bc")])
