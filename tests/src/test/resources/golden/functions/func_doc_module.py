# __doc__ and __module__ of functions: fields set at creation (module from the globals at that time), set/del, exec with other globals, FunctionType, wraps
def f():
    "doc"
print(f.__dict__, f.__doc__, f.__module__)
f.__module__ = 'x'; f.__doc__ = None
print(f.__dict__, f.__doc__, f.__module__, vars(f))
f.a = 1
print(f.__dict__, dir(f)[:5])
g = lambda: 0
print(g.__doc__, g.__module__, g.__dict__)
del f.__doc__
print(f.__doc__)
try:
    del f.__module__
except Exception as e: print(type(e), e)
print(f.__module__)
import functools
def deco(fn):
    @functools.wraps(fn)
    def w(*a):
        "wrapper"
        return fn(*a)
    return w
@deco
def h(x):
    "hdoc"
    return x
print(h.__doc__, h.__module__, h.__name__, h.__wrapped__.__doc__)
for name in ['m1', 'm2', None]:
    g = {} if name is None else {'__name__': name}
    exec("def k():\n  'kd'\n  pass\nr = (k.__module__, k.__doc__)", g)
    print(g['r'])
ns = {'__name__': 'first'}
exec("fs = []\nfor i in range(3):\n  def k(): pass\n  fs.append(k.__module__)\n  __name__ = 'n%d' % i\n", ns)
print(ns['fs'])
import types
def plain(x):
    'pd'
    return x
ff = types.FunctionType(plain.__code__, {'__name__': 'zz'})
print(ff.__module__, ff.__dict__)
class C:
    def m(self):
        "mdoc"
print(C.m.__module__, C().m.__doc__, C().m.__module__)
print(repr(lambda: 0)[:30].split(' at')[0])
def needs(a): pass
try:
    needs()
except TypeError as e: print(e)
try:
    needs(**{'a': 1, 'b': 2})
except TypeError as e: print(e)
