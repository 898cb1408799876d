# Small functions without calls or loops (inlined into their callers even by the first compilation tier) called
# from hot loops: results, exceptions raised inside them and their traceback entries stay those of real calls.


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def floordiv(a, b):
    return a // b


def truediv(a, b):
    return a / b


def getter(o):
    return o.x


def big(i):
    return i * 3_000_000_000 * 3_000_000_000


class P:
    def __init__(self, x):
        self.x = x


def hot(n, fn, *args):
    s = 0.0
    for i in range(n):
        s += fn(i, *args)
    return s


def loop_a(n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += eval_a(i, j)
    return s


for rep in range(4):
    r = loop_a(300)
print("loop_a", r)
print("big", sum(big(i) for i in range(1000)) % 1_000_003, big(7))
ps = [P(i * 0.5) for i in range(100)]
for rep in range(3):
    t = 0.0
    for k in range(2000):
        for p in ps:
            t += getter(p)
print("getter", t)


def boom(n, d):
    t = 0
    for i in range(n):
        t += floordiv(i, d if i < n - 1 else 0)
    return t


def boom_f(n):
    t = 0.0
    for i in range(n):
        t += truediv(float(i), 1.0 if i < n - 1 else 0.0)
    return t


def boom_i(n):
    t = 0.0
    for i in range(n):
        t += truediv(i, 1 if i < n - 1 else 0)
    return t


for f, args in ((boom, (200_000, 3)), (boom_f, (200_000,)), (boom_i, (200_000,))):
    for rep in range(2):
        try:
            f(*args)
        except ZeroDivisionError as e:
            tb = e.__traceback__
            entries = []
            while tb is not None:
                entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            print(type(e).__name__, e, entries)
