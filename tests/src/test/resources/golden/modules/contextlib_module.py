# contextlib.contextmanager.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")
with tag("div") as t:
    print("  content", t)
with tag("a"), tag("b"):
    print("  nested")
@contextmanager
def suppress_value_errors():
    try:
        yield
    except ValueError as e:
        print("suppressed:", e)
with suppress_value_errors():
    raise ValueError("quiet")
print("continued")
@contextmanager
def cleanup_always(label):
    try:
        yield label
    finally:
        print("cleanup", label)
try:
    with cleanup_always("x"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
@contextmanager
def changes_exception():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")
try:
    with changes_exception():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def value_list():
    items = []
    yield items
    print("collected", items)
with value_list() as items:
    items.extend([1, 2])
cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError):
    print("error on reuse")
def in_function():
    with cleanup_always("fn"):
        return "returned"
print(in_function())
