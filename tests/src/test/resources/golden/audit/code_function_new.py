# "code.__new__" from types.CodeType(...) and code.replace(...), with the bytecode
# bytes first; "function.__new__" (code,) from types.FunctionType after its checks.
import sys
import types

def hook(event, args):
    if event in ("code.__new__", "function.__new__"):
        print(event, [type(a).__name__ for a in args])
        if event == "code.__new__":
            print("   name and counts:", args[2:7])

def f(a, b=2, *, c=3):
    return a + b + c

sys.addaudithook(hook)
c2 = f.__code__.replace(co_name="zz")
print(c2.co_name, f.__code__.co_name, type(c2).__name__)
g = types.FunctionType(c2, globals(), "gname", (10,))
print(g.__name__, g(1, c=4), g.__defaults__)
h = types.FunctionType(f.__code__, {"__name__": "other"})
print(h.__name__, h.__module__, h(1, 2, c=0))
for bad in [(1, {}), (f.__code__, []), (f.__code__, {}, 5), (f.__code__, {}, None, 7)]:
    try:
        types.FunctionType(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    f.__code__.replace(bogus=1)
except TypeError as e:
    print("TypeError", e)
k = types.CodeType(1, 0, 0, 1, 1, 3, b"", (), (), ("x",), "file.py", "made", "made", 7, b"", b"")
print(k.co_name, k.co_filename, k.co_firstlineno, k.co_argcount, k.co_varnames)
try:
    types.CodeType(-1, 0, 0, 1, 1, 3, b"", (), (), ("x",), "file.py", "made", "made", 7, b"", b"")
except ValueError as e:
    print("ValueError", e)
try:
    types.CodeType(1, 0, 0, 1, 1, 3, "", (), (), ("x",), "file.py", "made", "made", 7, b"", b"")
except TypeError as e:
    print("TypeError", e)
