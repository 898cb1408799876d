# Loops of function bodies that run long enough to be compiled on-stack (OSR) while they run: their variables,
# break/continue/else, return, exceptions and frame introspection must behave the same before, during and after.
import sys

N = 200_000


def floats(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x += i * 0.5
        y = y * 0.999999 + 1e-7
    return x, round(y, 9), i


def types_change(n):
    v = 0
    out = []
    for i in range(n):
        if i == n // 2:
            v = float(v)
        elif i == n - 10:
            v = str(v)
            out.append(v)
            break
        v += 1
    else:
        out.append("else")
    return v, out


def nested(n):
    total = 0
    rows = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    for k in range(n):
        for row in rows:
            for j in range(len(row)):
                row[j] += 1e-6
                total += 1
    return total, [round(v, 6) for r in rows for v in r]


def ret_from_loop(n):
    i = 0
    while True:
        i += 1
        if i > n:
            return ("returned", i)


def continue_else(n):
    odd = 0
    for i in range(n):
        if i % 2 == 0:
            continue
        odd += 1
    else:
        tail = "else ran"
    return odd, tail, i


def raise_inside(n):
    acc = 0
    try:
        for i in range(n):
            acc += i
            if i == n - 3:
                raise ValueError("at %d" % i)
    except ValueError as e:
        return acc, str(e), i


def catch_inside(n):
    errors = 0
    last = None
    for i in range(n):
        try:
            if i % 70_000 == 69_999:
                raise KeyError(i)
        except KeyError as e:
            errors += 1
            last = e.args[0]
    return errors, last


def frame_locals(n):
    seen = []
    a = 0
    for i in range(n):
        a = i * 2
        if i % 70_000 == 0 or i == n - 1:
            f = sys._getframe()
            seen.append((f.f_locals["i"], f.f_locals["a"], f.f_code.co_name))
    return seen, a


def closure_cell(n):
    c = 0

    def get():
        return c

    for i in range(n):
        c = i
    return get(), c


def while_else(n):
    i = 0
    s = 0.0
    while i < n:
        s += 0.25
        i += 1
    else:
        s += 1000.0
    return s, i


def comprehension(n):
    return sum([x * 2 for x in range(n) if x % 3 == 0])


def gen(n):
    t = 0
    for i in range(n):
        t += i
    yield t
    for i in range(3):
        yield i


def int_overflow(n):
    v = 1
    for i in range(n):
        if i < 100:
            v = v * 3
        else:
            v = v + 1
    return v % 1000003, v.bit_length()


for fn in (floats, types_change, nested, ret_from_loop, continue_else, raise_inside, catch_inside, frame_locals,
           closure_cell, while_else, comprehension, int_overflow):
    for rep in range(3):
        r = fn(N)
    print(fn.__name__, r)
print("gen", list(gen(N)))


def zero_div(n):
    s = 0.0
    for i in range(n):
        s += 1.0 / (n - 1 - i + (i == n - 1) * 0)
    return s


try:
    zero_div(N)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
