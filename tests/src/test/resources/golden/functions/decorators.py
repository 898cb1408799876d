# Decorators with and without arguments, stacked, functools.wraps.
import functools
def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        wrapper.__name__ = "repeat_" + func.__name__
        return wrapper
    return decorate
def tag(label):
    def decorate(func):
        func.label = label
        return func
    return decorate
@trace
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3))
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"), hello.__name__)
@tag("outer")
@trace
@repeat(2)
def sq(n):
    return n * n
print(sq(4), sq.label, sq.__name__)
order = []
def mark(name):
    order.append("factory " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco
@mark("first")
@mark("second")
def marked():
    pass
print(order)
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop():
    return None
noop(); noop(); noop()
print(noop.calls)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): return "A"
@register
def beta(): return "B"
print(sorted(registry), registry["beta"]())
class Decor:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return "Decor(" + str(self.fn(*a)) + ")"
@Decor
def wrapped(v):
    return v + 1
print(wrapped(1), type(wrapped).__name__)
