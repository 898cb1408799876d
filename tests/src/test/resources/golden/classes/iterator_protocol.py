# __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for x in Countdown(3):
    print("tick", x)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), max(r))
print([a * b for a in Range2(3) for b in Range2(2)])
it = iter(Range2(2))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
import itertools
print(list(itertools.islice(Fib(), 12)))
a, b, *rest = Countdown(6)
print(a, b, rest)
print(dict(zip(Range2(3), Countdown(3))))
print(sorted(Countdown(4)), tuple(Countdown(2)), "-".join(map(str, Countdown(3))))
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
