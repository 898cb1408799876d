# Functions as first-class objects: attributes, docstrings, passing around.
def documented(a, b=2):
    """Return the sum of a and b.

    Second paragraph."""
    return a + b
def undocumented():
    pass
print(documented.__name__, documented.__qualname__)
print(repr(documented.__doc__))
print(undocumented.__doc__, undocumented())
print(documented.__defaults__, documented.__module__)
print(type(documented).__name__, callable(documented))
class Holder:
    def method(self):
        def local():
            pass
        return local
print(Holder.method.__qualname__, Holder().method().__qualname__)
print((lambda: 0).__name__)
def apply(fn, *args):
    return fn(*args)
print(apply(documented, 1), apply(max, 3, 9, 2), apply(str.upper, "x"))
ops = [abs, str, len, documented]
print([type(o).__name__ for o in ops])
documented.custom = "attr"
print(documented.custom, sorted(k for k in vars(documented)))
alias = documented
print(alias is documented, alias(10, 20), alias.__name__)
def returns_function():
    def inner(x):
        return x * 3
    return inner
fn = returns_function()
print(fn.__name__, fn(7))
table = {"sq": lambda x: x * x, "neg": lambda x: -x}
print({k: v(5) for k, v in table.items()})
print(documented.__code__.co_name, documented.__code__.co_varnames)
def no_return():
    x = 1
print(no_return())
def multiple():
    return 1, "two", [3]
print(multiple())
print(documented == alias, documented != undocumented)
