# Which attribute reads raise "object.__getattr__" (obj, name) in CPython 3.11: the restricted
# ones (function __code__/__defaults__/__kwdefaults__, frame f_code, generator gi_frame/gi_code,
# traceback tb_frame), through every way of reading them; all other attributes raise nothing.
import sys

seen = []
def hook(event, args):
    if event == "object.__getattr__":
        seen.append(type(args[0]).__name__ + "." + args[1])

def check(label, fn):
    del seen[:]
    try:
        r = fn()
        res = type(r).__name__
    except Exception as e:
        res = type(e).__name__
    print(label, "->", res, seen)

def func(a, b=2, *, c=3):
    x = 1
    return lambda: x

def gen():
    yield sys._getframe()

try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
frame = sys._getframe()
g = gen()
done = gen()
list(done)
closure = func(1)
sys.addaudithook(hook)
for name in ("__code__", "__defaults__", "__kwdefaults__", "__globals__", "__closure__", "__name__",
             "__qualname__", "__module__", "__dict__", "__annotations__", "__doc__", "__builtins__"):
    check("function." + name, lambda: getattr(func, name))
check("closure.__closure__", lambda: closure.__closure__)
for name in ("f_code", "f_back", "f_globals", "f_locals", "f_lineno", "f_builtins", "f_lasti", "f_trace"):
    check("frame." + name, lambda: getattr(frame, name))
for name in ("gi_code", "gi_frame", "gi_running", "gi_yieldfrom", "__name__", "__qualname__"):
    check("generator." + name, lambda: getattr(g, name))
check("finished generator.gi_frame", lambda: done.gi_frame)
check("finished generator.gi_code", lambda: done.gi_code)
for name in ("tb_frame", "tb_next", "tb_lineno", "tb_lasti"):
    check("traceback." + name, lambda: getattr(tb, name))
print("-- other ways of reading")
check("object.__getattribute__", lambda: object.__getattribute__(func, "__code__"))
check("getattr with default", lambda: getattr(func, "__code__", None))
check("hasattr", lambda: hasattr(frame, "f_code"))
check("type descriptor __get__", lambda: type(func).__dict__["__code__"].__get__(func))
check("method __func__.__code__", lambda: check.__code__)
check("bound method attribute", lambda: sys.exc_info.__self__)
check("code attributes themselves", lambda: func.__code__.co_name)
check("dir(frame)", lambda: dir(frame))
check("vars(func)", lambda: vars(func))
