# One frame object per running function, as CPython's: sys._getframe() twice, f_back from a callee, a traceback's
# tb_frame and a generator's gi_frame are the same object for the same activation; another call gets another one.
import sys


def f():
    a = sys._getframe()
    b = sys._getframe()
    c = g()
    return a is b, c is a, a.f_code.co_name


def g():
    return sys._getframe(1)


print(f())
print(f()[0], sys._getframe() is sys._getframe(0))

try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_frame is sys._getframe())


def h():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__.tb_frame is sys._getframe(), e.__traceback__.tb_frame.f_lineno


print(h())


def gen():
    yield sys._getframe()
    yield sys._getframe()


gi = gen()
first = next(gi)
print(first is gi.gi_frame, next(gi) is first)


def outer():
    return [sys._getframe(1) for _ in range(2)]


fs = outer()
print(fs[0] is fs[1], fs[0].f_code.co_name)
calls = [f, f]
print(len({id(sys._getframe())} | {id(sys._getframe())}))
