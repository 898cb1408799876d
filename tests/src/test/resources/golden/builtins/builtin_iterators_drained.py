# list(), tuple(), sorted() and iter() of iterators of builtin classes (their own iterators) and of subclasses that
# override __iter__ or __next__
import itertools


class M(map):
    def __iter__(self):
        print("M.__iter__")
        return iter([9])


class Z(zip):
    def __next__(self):
        v = super().__next__()
        return v[::-1]


its = [lambda: itertools.repeat("r", 3), lambda: itertools.zip_longest("ab", [1]), lambda: itertools.islice(range(10), 2, 8, 3),
       lambda: map(abs, [-1, 2]), lambda: zip("xy", "uv"), lambda: filter(None, [0, 1, 2]), lambda: enumerate("ab"),
       lambda: reversed([1, 2]), lambda: iter({1: 2}.items()), lambda: (c for c in "gen"), lambda: itertools.count(5),
       lambda: M(str, [1]), lambda: Z("ab", "cd")]
for make in its:
    it = make()
    print(type(it).__name__, iter(it) is it, list(itertools.islice(make(), 4)) if type(it).__name__ == "count" else (list(make()), tuple(make()), sorted(make(), key=str)))
n = 0
for i in range(20000):
    n += len(list(itertools.repeat(i, 3))) + len(list(itertools.zip_longest("ab", "c"))) + sum(itertools.islice([i, 1, 2], 2))
print(n)
