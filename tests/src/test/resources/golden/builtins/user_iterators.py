# iter() of instances of Python classes in loops, comprehensions, list() and tuple(); next() of builtin iterators
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        i = self.i
        if i >= self.n:
            raise StopIteration
        self.i = i + 1
        return i


class Wrap:
    def __init__(self, xs):
        self.it = iter(xs)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.it)


class Gen:
    def __iter__(self):
        yield "a"
        yield "b"


class Other:
    def __iter__(self):
        return iter([7, 8])


class Bad:
    def __iter__(self):
        return 5


class NoNext:
    def __iter__(self):
        return self


for make in (lambda: Counter(3), lambda: Wrap("xyz"), Gen, Other):
    print(list(make()), tuple(make()), [x for x in make()], "-".join(str(x) for x in make()))
    for x in make():
        print(" ", x)
for cls in (Bad, NoNext):
    for how in (list, lambda o: [x for x in o], lambda o: [x for x in o for y in ()]):
        try:
            how(cls())
        except TypeError as e:
            print(cls.__name__, e)
    try:
        for x in cls():
            pass
    except TypeError as e:
        print(cls.__name__, "for:", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
m = map(str, [1])
print(next(m), next(m, None))
z = zip("ab", [1])
print(next(z))
try:
    next(z)
except StopIteration as e:
    print("zip done", repr(e))


def loop():
    total = 0
    for i in range(3000):
        total += sum(Counter(i % 7)) + len(list(Wrap([i, i]))) + len([c for c in Gen()])
        for x in Other():
            total += x
    return total


print(loop())
