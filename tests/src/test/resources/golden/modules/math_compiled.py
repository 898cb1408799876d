# math's one-argument functions called from hot loops (compiled into the caller), then with every kind of
# argument and error once the loop's code is compiled: results and messages as CPython's math_1.
import math


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 9


class BadFloat:
    def __float__(self):
        return "x"


def total(fn, n):
    s = 0.0
    for i in range(n):
        s += fn(i * 0.001 + 0.5)
    return s


def ints(fn, n):
    s = 0.0
    for i in range(1, n):
        s += fn(i)
    return s


for name in ("sqrt", "exp", "sin", "cos", "tan", "atan", "fabs", "cbrt", "expm1", "log1p", "tanh", "asinh"):
    fn = getattr(math, name)
    print(name, round(total(fn, 30000), 6), round(ints(fn, 300), 6) if name not in ("exp", "expm1") else "-")


def apply(fn, xs):
    out = []
    for x in xs:
        try:
            out.append(fn(x))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


args = [4.0, 9, True, False, 2 ** 80, F(), I(), -1.0, -4, float("inf"), float("-inf"), float("nan"), 1e308, 800,
        "s", None, BadFloat(), 10 ** 400, -0.0]
for _ in range(2000):
    apply(math.sqrt, [1.0, 2.0, 3])
for name in ("sqrt", "exp", "sinh", "acosh", "asinh", "atanh", "asin", "acos", "fabs", "sin"):
    print(name, apply(getattr(math, name), args))
print(math.sqrt.__name__, math.sqrt.__module__, repr(math.sqrt), math.sqrt.__doc__ is None or isinstance(math.sqrt.__doc__, str))
try:
    math.sqrt()
except TypeError as e:
    print("TypeError:", e)
try:
    math.sqrt(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    math.sqrt(x=4)
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: math.gcd(x=1), lambda: math.hypot(3, y=4), lambda: math.atan2(y=1, x=2), lambda: math.floor()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def rounding(n):
    s = 0
    for i in range(n):
        x = i * 0.37 - 500.0
        s += math.floor(x) + math.ceil(x) + math.trunc(x) + math.floor(i) + math.ceil(-i)
    return s


def logs(n):
    s = 0.0
    for i in range(1, n):
        s += math.log(i) + math.log(i * 0.5) + math.log2(i * 1.5) + math.log10(i) + math.log10(i * 0.25)
        s += math.atan2(i, 3) + math.atan2(-1.5, i * 0.1) + math.degrees(i) + math.radians(i * 0.5)
        s += math.isnan(i * 1.0) + math.isinf(i) + math.isfinite(i * 2.0)
    return s


print(rounding(30000), round(logs(30000), 4))
for name in ("floor", "ceil", "trunc", "log", "log2", "log10", "degrees", "radians", "isnan", "isinf", "isfinite"):
    print(name, apply(getattr(math, name), args + [2.5, -2.5, 9.5e18, -9.5e18, 1e19, 8, 2 ** 63]))
print(apply(lambda x: math.atan2(x, 1), args))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 2000), math.log2(2 ** 70), math.log(1.0))
for bad in (lambda: math.log(1, 1), lambda: math.log(0), lambda: math.log(-1.5), lambda: math.log(2, 0)):
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
