# An exception in flight through a finally block gets its frame's traceback entry there: an exception the block
# raises has it as __context__ with a traceback, sys.exc_info() in the block sees it, and a rethrow keeps one entry.
import sys
def g():
    try:
        1/0
    finally:
        print("in finally:", sys.exc_info()[0].__name__, sys.exc_info()[2] is not None)
def h():
    try:
        g()
    finally:
        pass
try:
    h()
except ZeroDivisionError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("exit")
def w():
    with CM():
        1/0
try:
    w()
except KeyError as e:
    print("ctx tb:", e.__context__.__traceback__ is not None)
def loop():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        finally:
            continue
    return "swallowed"
print(loop())
def ret():
    try:
        1/0
    finally:
        return "returned"
print(ret())
def f():
    try:
        1/0
    finally:
        raise KeyError("in finally")
try:
    f()
except KeyError as e:
    print("context:", repr(e.__context__), "context tb is None:", e.__context__.__traceback__ is None)
f()
