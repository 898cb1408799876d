# Resume points of yields: the only yield of a statement, several yields in one statement, yields in
# send/throw/close, return values, ranges in generator bodies.
import sys


def single(n):
    total = 0
    for i in range(n):
        got = yield i
        total += i if got is None else got
    return total


def drive(g, sends):
    out = [next(g)]
    try:
        for s in sends:
            out.append(g.send(s))
    except StopIteration as e:
        out.append(("stop", e.value))
    return out


print(drive(single(4), [None, 10, None, 20]))


def several():
    x = (yield 1) + (yield 2)
    y = [(yield 3), (yield 4)]
    yield x, y


print(drive(several(), [10, 20, 30, 40, None]))


def nested():
    x = yield (yield 1)
    yield ("x", x)


print(drive(nested(), ["a", "b", None]))


def catcher():
    while True:
        try:
            v = yield "ready"
        except ValueError as e:
            v = yield ("caught", str(e))
        else:
            if v == "stop":
                return "stopped"


g = catcher()
print(next(g), g.throw(ValueError("boom")), g.send(1), g.send("stop") if False else g.send(None))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)


def closer(log):
    try:
        for i in range(3):
            yield i
    finally:
        log.append("closed")


log = []
g = closer(log)
print(next(g), next(g))
g.close()
print(log, list(g))


def squares(n):
    return (x * x % 101 for x in range(n) if x & 3)


print(sum(squares(50)), list(squares(12)), list(x for x in range(5, -6, -3)))
r = iter(range(3))
print(next(r), list(y * 2 for y in r))


def bad():
    yield 1
    raise StopIteration("inner")


try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


def ret_values():
    yield 1
    return [1, 2]


def deleg():
    r = yield from ret_values()
    yield ("returned", r)
    return "done"


print(drive(deleg(), [None, None, None]))
g = ret_values()
print(list(g), list(g))


def where():
    f = sys._getframe(1)
    while True:
        got = yield (f.f_code.co_name, f.f_lineno)
        f = sys._getframe(1)
        if got == "raise":
            raise KeyError(got)


def send_caller():
    g = where()
    print(next(g))
    print(g.send(1))
    for x in [1]:
        print(g.send(2))
    try:
        g.send("raise")
    except KeyError as e:
        tb = e.__traceback__
        while tb is not None:
            print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
            tb = tb.tb_next
    print(g.send.__name__, g.send.__qualname__, type(g.send).__name__)
    try:
        g.send(1, 2)
    except TypeError as e:
        print("TypeError", e)
    g2 = where()
    try:
        g2.send(5)
    except TypeError as e:
        print("TypeError", e)


send_caller()


def uncaught():
    g = where()
    next(g)
    g.send("raise")


uncaught()
