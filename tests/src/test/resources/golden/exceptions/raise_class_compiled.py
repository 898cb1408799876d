# `raise Class` at a hot site: the class is called with no arguments as a call site calls it (in compiled code once
# the loop is hot), and everything CPython checks about the class and what the call returns still holds.
import sys

N = 3000


def count_plain(n):
    t = 0
    for i in range(n):
        try:
            raise ValueError
        except ValueError as e:
            t += len(e.args) + 1
    return t


print("plain", count_plain(N))


class Counted(Exception):
    made = 0

    def __init__(self, *args):
        Counted.made += 1
        super().__init__(*args)


def count_init(n):
    t = 0
    for i in range(n):
        try:
            raise Counted
        except Counted as e:
            t += len(e.args)
    return t


print("init", count_init(N), Counted.made)


# one site, several classes (the dispatch sees more than one)
CLASSES = [KeyError, IndexError, StopIteration, NotImplementedError, Counted, ZeroDivisionError]


def rotate(n):
    seen = {}
    for i in range(n):
        cls = CLASSES[i % len(CLASSES)]
        try:
            raise cls
        except Exception as e:
            name = type(e).__name__
            seen[name] = seen.get(name, 0) + 1
    return sorted(seen.items())


print("rotate", rotate(N))


# StopIteration is special: value is None
def stop_value(n):
    t = 0
    for i in range(n):
        try:
            raise StopIteration
        except StopIteration as e:
            t += e.value is None
    return t


print("stop", stop_value(N))


# chaining: a class raised while handling another gets __context__; "from" an instance or None sets __cause__
def chained(n):
    r = None
    for i in range(n):
        try:
            try:
                raise KeyError
            except KeyError:
                raise ValueError
        except ValueError as e:
            r = (type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
    return r


print("context", chained(N))


def caused(n, cause):
    r = None
    for i in range(n):
        try:
            raise ValueError from cause
        except ValueError as e:
            r = (repr(e.__cause__), e.__suppress_context__)
    return r


print("cause instance", caused(N, OSError(2, "gone")))
print("cause None", caused(N, None))
print("cause class", caused(10, KeyError))


# a class whose construction fails: that error is raised instead
class NeedsArg(Exception):
    def __init__(self, code):
        super().__init__(code)


def needs_arg(n):
    msgs = set()
    for i in range(n):
        try:
            raise NeedsArg
        except TypeError as e:
            msgs.add(str(e))
    return msgs


print("needs arg", needs_arg(N))


# __new__ returning something else
class Odd(Exception):
    def __new__(cls, *args):
        return 42


class OtherExc(Exception):
    pass


class Swap(Exception):
    def __new__(cls, *args):
        return OtherExc("swapped")


def odd(n, cls):
    out = set()
    for i in range(n):
        try:
            raise cls
        except Exception as e:
            out.add((type(e).__name__, str(e)))
    return out


print("odd", odd(N, Odd))
print("swap", odd(N, Swap))


# not an exception class at all
def not_exc(n, obj):
    out = set()
    for i in range(n):
        try:
            raise obj
        except TypeError as e:
            out.add(str(e))
    return out


print("int class", not_exc(N, int))
print("instance of object", not_exc(N, object()))


# the traceback of an uncaught class raise points at the raise statement
def thrower():
    raise LookupError


try:
    for i in range(N):
        try:
            thrower()
        except LookupError:
            pass
    thrower()
except LookupError as e:
    tb = e.__traceback__
    while tb is not None:
        print("traceback", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


# a generator that raises StopIteration by class: RuntimeError (PEP 479)
def gen():
    yield 1
    raise StopIteration


try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

sys.stdout.flush()
raise KeyboardInterrupt
