# Hooks and exception state: a hook runs with the handled exception visible in sys.exc_info();
# a hook that raises while an exception is being handled chains it as __context__; an event
# raised inside an except/finally block does not lose the exception being handled.
import sys

def hook(event, args):
    if event == "test.show":
        print("in hook: exc_info", sys.exc_info()[0], repr(sys.exc_info()[1]))
    elif event == "test.raise":
        raise RuntimeError("hook failed on " + event)

sys.addaudithook(hook)
sys.audit("test.show")
try:
    raise ValueError("outer")
except ValueError:
    sys.audit("test.show")
    try:
        sys.audit("test.raise")
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__))
    print("still handling:", repr(sys.exc_info()[1]))
print("-- uncaught from the hook inside a handler")
try:
    try:
        raise KeyError("k")
    except KeyError:
        sys.audit("test.raise")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
print("-- in finally while an exception propagates")
try:
    try:
        raise IndexError("i")
    finally:
        sys.audit("test.show")
except IndexError as e:
    print("IndexError propagated:", e)
print("-- a hook catching its own exception")
def catcher(event, args):
    if event == "test.catch":
        try:
            {}["missing"]
        except KeyError as e:
            print("hook caught", repr(e), "outer:", repr(sys.exc_info()[1]))
sys.addaudithook(catcher)
try:
    raise TypeError("t")
except TypeError:
    sys.audit("test.catch")
    print("after hook:", repr(sys.exc_info()[1]))
print("-- events raised while an exception unwinds (id() in __exit__)")
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        sys.audit("test.show")
        return False
try:
    with CM():
        raise OSError("o")
except OSError as e:
    print("OSError:", e)
