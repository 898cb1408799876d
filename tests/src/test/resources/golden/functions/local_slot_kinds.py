# Fast locals holding int, float and bool values (unboxed frame slots in auditpy) keep Python's semantics:
# bool stays bool, ints grow past 64 bits, a variable can change type, del makes it unbound, and
# locals(), frame.f_locals, tracebacks and eval see the values.
import sys


def kinds():
    a = True
    b = 1
    c = 1.5
    d = a + b
    e = a & True
    f = c * 2
    print(a, b, c, d, e, f, type(a).__name__, type(d).__name__, type(e).__name__, type(f).__name__)
    print(sorted(locals().items()))


kinds()


def bool_then_int():
    t = True
    t = 1
    u = 1
    u = True
    v = 0
    for i in range(5):
        v = i > 2
    return t, u, v, type(t).__name__, type(u).__name__, type(v).__name__


print(bool_then_int())


def overflow(n):
    x = 1
    y = -1
    for i in range(n):
        x = x * 3
        y -= 2 ** 62
        x += 1
    z = 2 ** 62
    z = z + z
    w = 1 << 62
    w <<= 3
    return x, y, z, w, type(x).__name__


print(overflow(100))


def shrink(n):
    x = 10 ** 30
    total = 0
    for i in range(n):
        x = x // 7 if x > 10 else x + 10 ** 25
        total += 1
    return x, total


print(shrink(200))


def alternating(n):
    out = []
    v = 0
    for i in range(n):
        if i % 4 == 0:
            v = i
        elif i % 4 == 1:
            v = str(i)
        elif i % 4 == 2:
            v = i / 2
        else:
            v = i % 2 == 1
        out.append(type(v).__name__)
    return out[:8], len(out)


print(alternating(3000))


def unbound():
    x = 5
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        del x
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2.5
    print(x)
    f = 1.0
    del f
    try:
        f += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    flag = False
    del flag
    print(sorted(locals()))


unbound()


def maybe(n):
    for i in range(n):
        if i == n - 1:
            print(value)
        value = i * 2


try:
    maybe(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
maybe(3)


def args_in_slots(n, x=0.5, flag=True):
    n += 1
    x *= 2
    flag = not flag
    return n, x, flag, sys._getframe().f_locals


print(args_in_slots(1))
print(args_in_slots(2 ** 70, 3, 7))


def failing(k):
    total = 0
    ratio = 0.25
    on = True
    for i in range(k):
        total += i
    raise ValueError(total)


try:
    failing(10)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("f_locals:", sorted(tb.tb_frame.f_locals.items()))


def evaluating():
    i = 7
    r = 2.5
    ok = False
    return eval("i * r"), eval("ok or i"), eval("[r] * 2")


print(evaluating())


def gen(n):
    s = 0
    f = 0.0
    for i in range(n):
        s += i
        f += 0.5
        yield s, f, i % 2 == 0


print(list(gen(5)))


def closure():
    count = 0
    ratio = 1.5

    def bump():
        nonlocal count
        count += 1
        return count * ratio

    for _ in range(3):
        bump()
    return count, bump()


print(closure())


def comprehensions(n):
    squares = [i * i for i in range(n)]
    halves = {i: i / 2 for i in range(n)}
    flags = [i % 2 == 0 for i in range(n)]
    mixed = [x for x in (1, 2.0, True, "s", None, 10 ** 20)]
    return squares, halves, flags, mixed


print(comprehensions(4))


def walrus(data):
    total = 0
    while (n := len(data)) > 0:
        total += data.pop() * n
    return total, n


print(walrus([1, 2, 3]))
