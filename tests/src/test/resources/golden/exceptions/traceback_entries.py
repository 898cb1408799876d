import sys
def tbinfo(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
def a(x):
    if x: raise ValueError(x)
    return 1
def b(x):
    try:
        return a(x)
    except KeyError:
        return 2
def c(x):
    try:
        b(x)
    except (TypeError, KeyError):
        pass
    finally:
        y = 1
try:
    c(3)
except ValueError as e:
    print(tbinfo(e.__traceback__))
    print(tbinfo(sys.exc_info()[2]))
    print(e.__traceback__ is e.__traceback__)
def d():
    try:
        a(1)
    except ValueError:
        raise
try:
    d()
except ValueError as e:
    print("reraise", tbinfo(e.__traceback__))
def e2():
    try:
        a(1)
    except ValueError as e:
        raise e
try:
    e2()
except ValueError as e:
    print("raise e", tbinfo(e.__traceback__))
def f():
    try:
        a(2)
    except ValueError as e:
        raise KeyError("k") from e
try:
    f()
except KeyError as e:
    print("from", tbinfo(e.__traceback__), tbinfo(e.__cause__.__traceback__), e.__suppress_context__)
def g():
    try:
        a(2)
    except ValueError:
        {}["x"]
try:
    g()
except KeyError as e:
    print("context", tbinfo(e.__traceback__), tbinfo(e.__context__.__traceback__))
def h():
    try:
        a(4)
    except ValueError as e:
        e.__traceback__ = None
        raise
try:
    h()
except ValueError as e:
    print("cleared", tbinfo(e.__traceback__))
def w():
    try:
        a(5)
    except ValueError as e:
        tb = e.__traceback__
        raise RuntimeError("x").with_traceback(tb)
try:
    w()
except RuntimeError as e:
    print("with_tb", tbinfo(e.__traceback__))
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__, tbinfo(tb)); return False
def wi():
    with CM():
        a(6)
try:
    wi()
except ValueError as e:
    print("with", tbinfo(e.__traceback__))
def gen():
    yield 1
    a(7)
def usegen():
    for x in gen():
        pass
try:
    usegen()
except ValueError as e:
    print("gen", tbinfo(e.__traceback__))
def gen2():
    try:
        yield 1
        a(8)
    except KeyError:
        pass
try:
    list(gen2())
except ValueError as e:
    print("gen2", tbinfo(e.__traceback__))
def locs():
    zz = 42
    a(9)
try:
    locs()
except ValueError as e:
    print("locals", e.__traceback__.tb_next.tb_frame.f_locals)
try:
    c(3)
except ValueError:
    sys.stdout.flush(); sys.excepthook(*sys.exc_info()); sys.stderr.flush()
def deep(n):
    if n == 0: a(10)
    deep(n - 1)
for i in range(3):
    try:
        deep(3)
    except ValueError as e:
        print(i, tbinfo(e.__traceback__))
try:
    try:
        a(11)
    except ValueError:
        raise TypeError("t")
except TypeError:
    sys.stdout.flush(); sys.excepthook(*sys.exc_info()); sys.stderr.flush()
c(12)
