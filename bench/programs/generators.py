"""generators: generator pipelines. Chains of generator functions and generator expressions
(source -> filter -> map -> windowing -> reduce), yield from delegation, send() into a
coroutine-style accumulator, and consumption by for loops, sum() and next()."""
import sys
import time


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens_and_sevens(src):
    for x in src:
        if x % 2 == 0 or x % 7 == 0:
            yield x


def scaled(src, k):
    for x in src:
        yield x * k % 1009


def pairs(src):
    prev = None
    for x in src:
        if prev is not None:
            yield prev, x
        prev = x


def chunks(src, size):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(list_of_lists):
    for sub in list_of_lists:
        yield from sub


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


def workload(n):
    pipeline = pairs(scaled(evens_and_sevens(numbers(n)), 31))
    s1 = sum(a ^ b for a, b in pipeline)
    s2 = 0
    for chunk in chunks(flatten(chunks(numbers(n // 2), 7)), 5):
        s2 += chunk[0] - chunk[-1] + len(chunk)
    acc = accumulator()
    next(acc)
    last = 0
    for v in (x * x % 101 for x in range(n // 2) if x & 3):
        last = acc.send(v)
    s3 = last
    return s1 + s2 * 7 + s3


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2_100_000
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
