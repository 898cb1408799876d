"""spectralnorm: nested calls. Power iteration for the spectral norm of an infinite matrix:
a small function evaluating A(i, j) called from nested loops inside functions that call each other."""
import sys
import time


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def a_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        out.append(s)
    return out


def at_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        out.append(s)
    return out


def ata_times_u(u):
    return at_times_u(a_times_u(u))


def workload(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = ata_times_u(u)
        u = ata_times_u(v)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return round((vbv / vv) ** 0.5, 6)


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 310
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
