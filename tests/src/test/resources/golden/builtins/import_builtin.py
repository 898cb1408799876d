# __import__ and import forms for builtin/stdlib modules.
m = __import__("math")
print(m.__name__, m.sqrt(16), m is __import__("math"))
osp = __import__("os.path")
print(osp.__name__)
osp2 = __import__("os.path", fromlist=["join"])
print(osp2.join("a", "b"))
import collections as col
from math import pi as PI, floor
from itertools import *
print(col.__name__, round(PI, 5), floor(2.7), list(islice(count(3), 2)))
import sys
print("math" in sys.modules, sys.modules["math"] is m)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
def local_import():
    import functools
    return functools.reduce(lambda a, b: a + b, [1, 2, 3])
print(local_import(), "functools" in dir())
