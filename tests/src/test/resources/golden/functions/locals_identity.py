# locals() is one dict per frame, refreshed at each call, also as f_locals (PyFrame_FastToLocals)
import sys
def g():
    x = 1
    a = locals()
    yield a is locals()
    x = 2
    yield a['x'], locals()['x']
    del x
    yield 'x' in a, 'x' in locals(), sorted(a)
print(list(g()))
def h(p):
    q = p + 1
    d = locals()
    d['extra'] = 5
    r = 3
    return d is locals(), sorted(locals()), sys._getframe().f_locals is locals()
print(h(1))

