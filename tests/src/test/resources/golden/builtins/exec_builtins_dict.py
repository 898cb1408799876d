# exec() and eval() put the builtins module's dict (not the module) into a globals dict that has no
# __builtins__ (Python/bltinmodule.c builtin_exec_impl); function creation inserts nothing; __main__ and
# imported modules keep CPython's kinds; name lookups work through a dict or a module as __builtins__.
import builtins

exec("print(type(__builtins__))", {})
g = {}
exec("x = len('abc')", g)
print(sorted(g), g['x'], g['__builtins__'] is builtins.__dict__)
g = {}
print(eval("len([1, 2])", g), type(g['__builtins__']))
try:
    exec('__builtins__.len = None', {})
except AttributeError as e:
    print("AttributeError:", e)
print(len("ab"))

g = {}
f = type(lambda: 0)((lambda: 0).__code__, g)
print(sorted(g), f.__builtins__ is builtins.__dict__)

print(type(__builtins__))
exec("import sys; print(type(sys.modules['__main__'].__builtins__))", {})

g = {'__builtins__': {'print': print}}
exec("print('only print')", g)
try:
    exec("len", g)
except NameError as e:
    print("NameError:", e)
g = {'__builtins__': builtins}
exec("print(len('xyz'), type(__builtins__))", g)

def use_builtins():
    return [abs(-2), max(1, 3), sum([1, 2])]
g = {}
exec("def h():\n    return sorted([3, 1]), abs(-1)\n", g)
print(g['h'](), use_builtins(), g['h'].__builtins__ is builtins.__dict__)

import json
print(type(json.__builtins__))
ns = {}
exec("import builtins as b\nresult = b.__dict__ is __builtins__", ns)
print(ns['result'])
