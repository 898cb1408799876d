# Where tracebacks place a failing del target (CPython 3.11): carets under the name, the attribute, or the
# subscript with its ~^^ pattern.
import sys
class A: pass
def f1():
    del undefined_name
def f2():
    del gg
def f3():
    a = A()
    del a.nothere
def f4():
    d = {}
    del d["k"]
def f5():
    x = 1
    del x, y
def f6():
    del (A().q)
for f in (f1, f2, f3, f4, f5, f6):
    try:
        f()
    except Exception:
        sys.excepthook(*sys.exc_info())
