"""exceptions: raise/catch in a loop. Raising and catching user-defined exception classes of a small
hierarchy, matching by base class and by tuple, exceptions carrying attributes, try/else/finally,
re-raise, raise ... from, and exceptions crossing several call frames."""
import sys
import time


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(detail)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


class Wrapped(Exception):
    pass


def lookup(table, key):
    if key not in table:
        raise NotFound(key % 13, "missing")
    return table[key]


def validate(x):
    if x % 5 == 0:
        raise Invalid(x % 7, "bad")
    if x % 11 == 0:
        raise ValueError(x)
    return x


def deep(x, depth):
    if depth == 0:
        return validate(x)
    return deep(x, depth - 1)


def process(table, i):
    try:
        v = lookup(table, i)
    except NotFound as e:
        v = e.code
    try:
        w = deep(i, 3)
    except AppError as e:
        w = -e.code
    except (ValueError, TypeError):
        w = 1
    else:
        w += 2
    finally:
        v += 1
    return v + w


def wrapped(i):
    try:
        try:
            if i % 3 == 0:
                raise KeyError(i)
            return 0
        except KeyError as e:
            raise Wrapped("w") from e
    except Wrapped as w:
        return 1 if isinstance(w.__cause__, KeyError) else 100


def workload(n):
    table = {i: i * 2 for i in range(0, n, 3)}
    total = 0
    for i in range(n):
        total += process(table, i)
        total += wrapped(i)
    count = 0
    for i in range(n // 4):
        try:
            try:
                raise IndexError(i)
            except IndexError:
                count += 1
                raise
        except LookupError:
            count += 2
    return total + count


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 370_000
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
