# with statements at hot sites: Python classes' __enter__/__exit__ (called through cached calls once compiled),
# generator-based managers (contextlib.contextmanager), del of instance attributes, and what CPython does with
# __exit__'s result on each path.
from contextlib import contextmanager

N = 3000


class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0
        self.seen = []

    def __enter__(self):
        self.entered += 1
        return self.entered

    def __exit__(self, typ, value, tb):
        self.exited += 1
        if typ is not None:
            self.seen.append(typ.__name__)
        return typ is KeyError   # suppresses KeyError only


def plain(n):
    c = Counter()
    total = 0
    for i in range(n):
        with c as k:
            total += k
    return total, c.entered, c.exited


print("plain", plain(N))


def raising(n):
    c = Counter()
    escaped = 0
    for i in range(n):
        try:
            with c:
                if i % 3 == 0:
                    raise KeyError(i)
                if i % 3 == 1:
                    raise ValueError(i)
        except ValueError:
            escaped += 1
    return escaped, c.exited, c.seen[:4], len(c.seen)


print("raising", raising(N))


def control(n):
    c = Counter()
    out = []
    for i in range(n):
        with c:
            if i % 4 == 0:
                continue
            if i == n - 1:
                break
        out.append(i)
    return len(out), c.entered, c.exited


print("control", control(N))


def returning(c, i):
    with c:
        return i * 2


def returns(n):
    c = Counter()
    return sum(returning(c, i) for i in range(n)), c.exited


print("return", returns(N))


class Falsy:
    def __bool__(self):
        raise RuntimeError("__bool__ called")


class OddExit:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return Falsy()


def odd_exit(n):
    ok = 0
    for i in range(n):
        with OddExit():
            ok += 1
    return ok


# the result of __exit__ is not looked at when the body ends normally
print("odd exit", odd_exit(N))
try:
    with OddExit():
        raise KeyError("x")
except RuntimeError as e:
    print("exception path looks at it:", e, type(e.__context__).__name__)


# __exit__ is the one found when the statement began
class Rebind:
    log = []

    def __enter__(self):
        return self

    def __exit__(self, *a):
        Rebind.log.append("old")


def rebinding(n):
    for i in range(n):
        with Rebind():
            if i == n - 1:
                Rebind.__exit__ = lambda self, *a: Rebind.log.append("new")
    with Rebind():
        pass
    return Rebind.log[-2:], len(Rebind.log)


print("rebind", rebinding(N))


# a manager whose class changes kind at one site: a builtin one (a file) and Python ones
class Other:
    def __enter__(self):
        return "other"

    def __exit__(self, *a):
        return False


def mixed(n):
    import os
    managers = [Counter(), Other(), None]
    seen = []
    for i in range(n):
        m = managers[i % 3] or open(os.devnull)
        with m as v:
            if i < 3:
                seen.append(type(v).__name__)
    return seen, m.closed


print("mixed", mixed(N))


# missing methods: CPython's messages
class NoExit:
    def __enter__(self):
        return 1


class NoEnter:
    def __exit__(self, *a):
        return False


for cls in (NoExit, NoEnter):
    try:
        with cls():
            pass
    except TypeError as e:
        print("TypeError:", e)


# contextlib.contextmanager
@contextmanager
def tag(name, log):
    log.append("<" + name)
    try:
        yield name.upper()
    finally:
        log.append(name + ">")


def generated(n):
    log = []
    total = 0
    for i in range(n):
        with tag("t", log) as t:
            total += len(t)
    return total, len(log), log[:4]


print("contextmanager", generated(N))


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__)


with swallow(ZeroDivisionError):
    1 / 0
try:
    with swallow(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not swallowed")


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def never():
    if False:
        yield


try:
    with never():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


# del of instance attributes at a hot site
class Bag:
    pass


def deleting(n):
    missing = 0
    for i in range(n):
        b = Bag()
        b.a = i
        b.b = i
        b.c = i
        del b.a, b.b
        if i % 2:
            del b.c
        try:
            del b.a
        except AttributeError as e:
            missing += 1
            msg = str(e)
    return missing, msg, sorted(vars(b))


print("del", deleting(N))
