# Where tracebacks place failing stores (CPython 3.11): carets under the target of an assignment, an unpacking,
# an augmented assignment's load and store, with the subscript's ~^^ pattern unless the optimizer folds it.
import sys
class C: pass
def t1():
    for x, y in [1]: pass
def t2():
    a, *b = 1
def t3():
    C().x.y = 2
def t4():
    c = C()
    c.x += 1
def t5():
    d = {}
    d["k"] += 1
def t6():
    [a, b] = [1]
def t7():
    x = y = (1,)[0] = 5
def t8():
    with open("/dev/null") as (a, b): pass
def t9():
    [x for x, y in [1]]
def t10():
    (1).real = 5
for f in (t1,t2,t3,t4,t5,t6,t7,t8,t9,t10):
    try:
        f()
    except Exception:
        sys.excepthook(*sys.exc_info())
def t11():
    (1,)[0] = 2
def t12():
    "x"[0] = "y"
def t13():
    d = (1,)
    x = d[0] = 2
def t14():
    x, y = 1, 2, 3
def t15():
    object().x = 1
for f in (t11, t12, t13, t14, t15):
    try:
        f()
    except Exception:
        sys.excepthook(*sys.exc_info())
