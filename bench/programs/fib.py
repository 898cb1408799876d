"""fib: recursive calls. Measures call/return overhead, argument passing and small-int arithmetic."""
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def workload(n):
    return fib(n)


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 34
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
