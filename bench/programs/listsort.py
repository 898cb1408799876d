"""listsort: list comprehensions and sorting. Building lists with comprehensions (nested, filtered),
sorted() and list.sort() with key functions (lambda, tuple keys, reverse), slicing, min/max/sum,
enumerate/zip, and list methods (append, extend, index, reverse)."""
import sys
import time


def make_data(n):
    seed = 42
    data = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(seed % 100_000)
    return data


def workload(n):
    data = make_data(n)
    squares = [x * x % 9973 for x in data if x % 3]
    pairs = [(x % 100, -x, i) for i, x in enumerate(data)]
    by_key = sorted(pairs, key=lambda p: (p[0], p[1]))
    desc = sorted(squares, reverse=True)
    words = [f"w{x % 1000:03d}" for x in data[: n // 4]]
    words.sort(key=lambda w: (w[-1], w))
    grid = [[(r * c) % 7 for c in range(20)] for r in range(n // 200)]
    col_sums = [sum(row[c] for row in grid) for c in range(20)]
    mixed = sorted(data[: n // 2], key=lambda x: (x % 10, x // 10))
    mixed.reverse()
    total = sum(p[2] for p in by_key[:100]) + sum(desc[:50]) + sum(col_sums)
    total += min(squares) + max(squares) + len(desc)
    total += sum(i * x for i, x in zip(range(1000), mixed))
    total += words.index(words[len(words) // 2]) + len(words[0])
    evens = [x for x in data if x % 2 == 0]
    evens.extend(x for x in squares[:100])
    total += len(evens) + sum(evens[::97])
    return total


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 280_000
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
