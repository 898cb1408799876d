# importlib.import_module, reload, invalidate_caches and __import__
import importlib
import sys


def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print("  ", type(e).__name__ + ":", e, "| name:", getattr(e, "name", "-"))
    else:
        print("  ->", r.__name__ if type(r) is type(sys) else r)
        return r


print("-- import_module of a new module returns it, and it is in sys.modules")
m = importlib.import_module("helper_reloadme")
print(m.__name__, m.LOADS, sys.modules["helper_reloadme"] is m)
print("-- again: the same object, code not run again")
print(importlib.import_module("helper_reloadme") is m)

print("-- dotted name: the submodule, parents loaded first")
sub = importlib.import_module("implpkg.sub")
print(sub.__name__, sub.SUB_VALUE, "implpkg" in sys.modules, sys.modules["implpkg"].sub is sub)

print("-- relative names")
for args in [(".inner", "implpkg"), ("..inner", "implpkg.sub"), (".", "implpkg"), ("..", "implpkg.sub")]:
    print(args)
    attempt(importlib.import_module, *args)

print("-- errors")
for args in [(".x",), (".x", ""), (".x", None), ("..x", "implpkg"), ("...x", "implpkg.sub"), ("",),
             ("no_such_mod_xyz",), ("implpkg.no_such",), ("helper_reloadme.x",), ("x", 5), (".x", 5),
             (5,)]:
    print(args)
    attempt(importlib.import_module, *args)

print("-- None in sys.modules")
sys.modules["blocked_mod"] = None
attempt(importlib.import_module, "blocked_mod")
del sys.modules["blocked_mod"]

print("-- a non-module object in sys.modules is returned as it is")
sys.modules["odd_entry"] = "just a string"
attempt(importlib.import_module, "odd_entry")
del sys.modules["odd_entry"]

print("-- reload runs the code again in the same module object")
m.KEPT = "changed before reload"
r = importlib.reload(m)
print(r is m, m.LOADS, m.KEPT, sys.modules["helper_reloadme"] is m)
print(list(sys.modules)[-1])
r = importlib.reload(sub)
print(r is sub, sub.SUB_VALUE)
print("-- reload of a built-in module")
print(importlib.reload(sys) is sys)

print("-- reload errors")
attempt(importlib.reload, 5)
attempt(importlib.reload, None)
fresh = type(sys)("never_imported")
attempt(importlib.reload, fresh)
sys.modules["never_imported"] = fresh
attempt(importlib.reload, fresh)
del sys.modules["never_imported"]
other = type(sys)("helper_reloadme")
attempt(importlib.reload, other)

print("-- invalidate_caches")
print(importlib.invalidate_caches())

print("-- importlib.__import__")
top = importlib.__import__("implpkg.inner")
print(top.__name__)
leaf = importlib.__import__("implpkg.inner", fromlist=["INNER_VALUE"])
print(leaf.__name__)
pkg = importlib.__import__("implpkg", fromlist=["sub", "no_such_sub"])
print(pkg.__name__, hasattr(pkg, "no_such_sub"))
rel = importlib.__import__("inner", {"__package__": "implpkg"}, None, ["INNER_VALUE"], 1)
print(rel.__name__)
rel = importlib.__import__("", {"__name__": "implpkg.sub"}, None, [], 1)
print(rel.__name__)
attempt(importlib.__import__, "no_such_mod_xyz")
attempt(importlib.__import__, "implpkg", None, None, [5])
