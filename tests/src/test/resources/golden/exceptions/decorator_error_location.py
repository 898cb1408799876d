# a decorator that raises is reported at its own line, under its expression, as CPython 3.11 does
import traceback


def bad(f):
    raise ValueError("no")


def ok(f):
    return f


def make(x):
    return bad


def one():
    @bad
    def f():
        pass


def two():
    @ok
    @bad
    def f():
        pass


def cls():
    @bad
    @ok
    class C:
        pass


def factory():
    @make(1)
    def g():
        pass


def not_callable():
    @ok
    @  1
    def f():
        pass


for case in (one, two, cls, factory, not_callable):
    try:
        case()
    except Exception:
        traceback.print_exc()


@ok
@bad
def module_level():
    pass
