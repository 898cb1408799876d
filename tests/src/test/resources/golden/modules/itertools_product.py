# itertools.product (Java in auditpy, as CPython's C): order, repeat, empty pools, errors, subclasses.
from itertools import product
print(list(product("ab", range(3))))
print(list(product((0, 1), repeat=3))[:5], len(list(product(range(3), range(4), repeat=2))))
print(list(product()), list(product(repeat=0)), list(product("ab", repeat=0)), list(product("ab", [])), list(product([], "ab")))
print(list(product([1])), list(product([1], [2], [3])))
p = product([1, 2], "x")
print(next(p), list(p), list(p), iter(p) is p, type(p).__name__, repr(p)[:27])
for bad in [dict(repeat=-1), dict(repeat=1.5), dict(x=1), dict(repeat=None)]:
    try:
        product("a", **bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    product("a", 5)
except TypeError as e:
    print("TypeError", e)
try:
    len(product("a"))
except TypeError as e:
    print("TypeError", e)


class P(product):
    def __init__(self, *a, **k):
        self.args = a


q = P("ab", "c")
print(list(q), q.args, isinstance(q, product))
grid = [(x, y) for x, y in product(range(3), repeat=2) if x != y]
print(grid, sum(a * b for a, b in product(range(10), range(10))))
