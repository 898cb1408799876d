# traceback: print_exc, format_exc, format_exception, print_exception with
# chains (cause, context, suppressed), limit=, chain=, file=, notes, carets
import io
import sys
import traceback

import helper_relative_stdout  # noqa: F401 (stdout without this folder's path)


def inner(d, k):
    return d[k] + 1


def middle(x):
    return inner({'a': 1}, x) * 2


def outer():
    try:
        middle('b')
    except KeyError as e:
        raise ValueError("bad value") from e


print("-- print_exc / format_exc / format_exception agree")
try:
    outer()
except ValueError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print(text == "".join(traceback.format_exception(*sys.exc_info())))
    print(text == "".join(traceback.format_exception(sys.exc_info()[1])))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)

print("-- limit and chain")
try:
    outer()
except ValueError as e:
    for limit in (None, 0, 1, 2, -1, -2, 10):
        print("limit", limit)
        print(traceback.format_exc(limit=limit), end="")
    print("chain=False")
    traceback.print_exception(e, chain=False, file=sys.stdout)
    print("limit=1, chain=False")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, limit=1, chain=False)), end="")

print("-- print_exc to stderr (default file)")
try:
    outer()
except ValueError:
    traceback.print_exc()

print("-- sys.tracebacklimit")
sys.tracebacklimit = 1
try:
    outer()
except ValueError:
    traceback.print_exc(file=sys.stdout)
sys.tracebacklimit = -5
try:
    outer()
except ValueError:
    traceback.print_exc(file=sys.stdout)
del sys.tracebacklimit


print("-- context and suppressed context")
def handler():
    try:
        {}['x']
    except KeyError:
        1 / 0


try:
    handler()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        raise KeyError(1)
    except KeyError:
        raise TypeError(2) from None
except TypeError as ex:
    print(traceback.format_exc(), end="")


def deep_chain():
    try:
        try:
            raise OSError(2, "No such file")
        except OSError as e:
            raise LookupError("lookup") from e
    except LookupError:
        raise RuntimeError("final")


try:
    deep_chain()
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")

print("-- a cycle of contexts")
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
traceback.print_exception(a, file=sys.stdout)

print("-- carets")
def carets():
    x = 1
    return [
        lambda: x / (x - 1),
        lambda: {"a": [1, 2]}["a"][5],
        lambda: None.foo,
        lambda: len(5),
        lambda: (1 +
                 None),
        lambda: "héllo" + "中文" + 1,
        lambda: int("x"),
    ]


for fn in carets():
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)


def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    rec(n - 1)


print("-- repeated lines")
try:
    rec(10)
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

print("-- notes")
e = ValueError("with notes")
e.add_note("note one")
e.add_note("multi\nline")
traceback.print_exception(e, file=sys.stdout)
print(traceback.format_exception_only(e))
try:
    raise e
except ValueError:
    traceback.print_exc(file=sys.stdout)


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


e = ValueError("n")
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
e = ValueError("n")
e.__notes__ = [1, BadStr()]
print(traceback.format_exception_only(e))
e = ValueError("n")
e.__notes__ = ("t1",)
print(traceback.format_exception_only(e))

print("-- odd values")
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
print(traceback.format_exception(None, None, None))
print(traceback.format_exception_only(ValueError, ValueError("v")))
print(traceback.format_exception_only(ValueError("")))
print(traceback.format_exception_only(KeyError()))
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exc())
traceback.print_exc(file=sys.stdout)


class E2(Exception):
    __module__ = "pkg.mod"


class E3(Exception):
    __module__ = None


print(traceback.format_exception_only(E2("x")), traceback.format_exception_only(E3("x")))
try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as ex:
    print(ex)
try:
    traceback.format_exception(42)
except TypeError as ex:
    print(ex)
