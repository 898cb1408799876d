# Infinite generators combined with itertools.islice and friends.
from itertools import islice, count, takewhile, dropwhile
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(islice(naturals(), 5)))
print(list(islice(fibonacci(), 15)))
print(list(islice(primes(), 12)))
print(list(islice(naturals(), 10, 20, 3)))
print(list(takewhile(lambda x: x < 100, fibonacci())))
print(list(islice(dropwhile(lambda x: x < 50, fibonacci()), 3)))
def squares():
    for n in count():
        yield n * n
sq = squares()
print([next(sq) for _ in range(6)])
print(next(x for x in fibonacci() if x > 1000))
def cycle_through(items):
    while True:
        for item in items:
            yield item
c = cycle_through("abc")
print("".join(next(c) for _ in range(8)))
def take(n, it):
    return [v for _, v in zip(range(n), it)]
print(take(4, naturals(10)))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))
