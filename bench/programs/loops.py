"""loops: integer while/for loops with arithmetic. Measures loop control, local variable access and
small-int arithmetic (+, -, *, //, %, bit operations, comparisons) with no calls in the hot path."""
import sys
import time


def workload(n):
    total = 0
    # for loop over range with mixed arithmetic
    for i in range(n):
        x = i * 7 + 3
        if x % 3 == 0:
            total += x // 3
        elif x & 1:
            total -= (x >> 2) ^ 5
        else:
            total += x % 11
    # nested while loops
    i = 0
    acc = 1
    while i < n // 100:
        j = 0
        while j < 100:
            acc = (acc * 31 + i - j) % 1000003
            j += 1
        i += 1
    # a loop with a long-running counter and branches
    k = n
    steps = 0
    while k > 1:
        if k % 2 == 0:
            k //= 2
        else:
            k = 3 * k + 1
        steps += 1
    return total + acc + steps


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 3_000_000
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
