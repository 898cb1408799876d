# TypeError messages for wrong calls.
def f(a, b):
    return a + b
def g(x, *, y):
    return x
def h(p, /, q):
    return p
def k(a, b=1, *args, c, **kw):
    return a
class C:
    def m(self, v):
        return v
text = "abc"
nothing = None
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: g(1, 2),
    lambda: g(1),
    lambda: h(p=1, q=2),
    lambda: k(1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: (lambda: 0)(1),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: text(),
    lambda: nothing(),
    lambda: int("1", "2", "3"),
    lambda: f(1, **{"b": 2, "a": 3}),
    lambda: dict(1, 2),
    lambda: abs(),
    lambda: isinstance(1),
    # builtins of library modules are named with their module, as _PyObject_FunctionStr does
    lambda: __import__("os").getpid(1),
    lambda: __import__("math").sqrt(),
    lambda: __import__("math").hypot(x=1),
    lambda: [].append(),
    lambda: len(x=1),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
