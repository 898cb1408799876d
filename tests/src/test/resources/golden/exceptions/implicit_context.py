# __context__ of exceptions raised by operations (not raise statements) while another is being handled: CPython
# sets it when they are raised, so it is there even when they are caught inside the handler.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        return e


try:
    1 / 0
except ZeroDivisionError:
    try:
        {}["x"]
    except KeyError as e:
        print("inner caught:", repr(e.__context__))
    e2 = lookup({}, "y")
    print("caught in a called function:", repr(e2.__context__))
    try:
        int("x")
    except ValueError as e:
        print("suppress flag:", e.__suppress_context__, "context:", type(e.__context__).__name__)

# outside any handler: no context
try:
    [][1]
except IndexError as e:
    print("no handler:", e.__context__)

# a handler's exception escaping: context as before
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print("escaped:", repr(e.__context__))

# the handled exception's own context chain is cut where it points back (no cycle)
a = None
try:
    try:
        raise KeyError("a")
    except KeyError as first:
        a = first
        try:
            raise ValueError("b")
        except ValueError as second:
            try:
                raise first
            except KeyError as again:
                print("same object:", again is first, "context:", repr(again.__context__))
                print("second's context:", repr(second.__context__))
except Exception as e:
    print("unexpected", e)

# generator: an exception raised inside a generator while the caller handles one
def gen():
    try:
        yield {}["k"]
    except KeyError as e:
        yield repr(e.__context__)

try:
    raise RuntimeError("outer")
except RuntimeError:
    print("generator:", next(gen()))
