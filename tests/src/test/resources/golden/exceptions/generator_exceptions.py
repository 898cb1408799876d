# Exceptions propagating through generators.
def gen():
    yield 1
    raise ValueError("inside generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "exhausted"))
def safe():
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        yield "handled " + repr(e)
    finally:
        print("generator finally")
s = safe()
print(next(s))
print(s.throw(KeyError("k")))
try:
    next(s)
except StopIteration:
    print("stopped")
def consumer():
    for item in [1, 2, 0, 4]:
        yield 10 // item
try:
    for v in consumer():
        print("value", v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def leaky():
    yield 1
    raise StopIteration("bad")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def outer():
    try:
        yield from inner()
    except ArithmeticError as e:
        yield "outer caught " + type(e).__name__
def inner():
    yield "inner 1"
    1 / 0
print(list(outer()))
def running():
    yield next(rg)
rg = running()
try:
    next(rg)
except ValueError as e:
    print("ValueError:", e)
print(list(x for x in [1, 2]))
try:
    print(list(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print("genexpr:", e)
