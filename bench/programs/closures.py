"""closures: closure creation and calls. Creating nested functions that capture variables (cells),
calling them, nonlocal rebinding, closures returning closures, lambdas, default arguments, and
higher-order helpers (compose, apply n times) passing functions around."""
import sys
import time


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def make_multiplier_chain(factors):
    fs = [(lambda x, m=m: x * m % 10007) for m in factors]

    def chain(x):
        for f in fs:
            x = f(x)
        return x
    return chain


def outer(a):
    def middle(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner
    return middle


def workload(n):
    total = 0
    counter = make_counter(0)
    for i in range(n):
        add = make_adder(i % 17)
        f = compose(add, make_adder(3))
        total += f(i) % 1000
        counter(i & 3)
        total += outer(i % 10)(i % 7)(i % 3)
    total += counter(0)
    chain = make_multiplier_chain([3, 5, 7, 11])
    total += apply_n(chain, n, 1)
    square = lambda x: x * x % 10007
    total += apply_n(compose(square, make_adder(1)), n // 2, 2)
    return total


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 400_000
    result = None
    for rep in range(1, reps + 1):
        t0 = time.perf_counter()
        r = workload(n)
        t1 = time.perf_counter()
        print(f"rep {rep} {t1 - t0:.6f}", file=sys.stderr)
        if result is not None and r != result:
            print(f"error: rep {rep} gave {r}, expected {result}", file=sys.stderr)
            sys.exit(3)
        result = r
    print(f"checksum {result}")


main()
