# itertools.chain (Java in auditpy, as CPython's C): from_iterable, laziness, errors that end the chain, subclasses.
import itertools, pickle
from itertools import chain
print(chain, type(chain(1)), chain.__module__, chain.__name__, chain.__qualname__)
print(list(chain([1, 2], (3,), "ab", range(2), {9: 0})))
print(list(chain()), list(chain.from_iterable([[1], [2, 3], []])))
c = chain([1, 2], [3])
print(next(c), iter(c) is c, list(c), list(c))
try:
    chain(a=1)
except TypeError as e:
    print("TypeError", e)
bad = chain([1], 5, [2])
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print("TypeError", e)
print(list(bad))
def gen():
    yield [1]
    raise ValueError("src")
g = chain.from_iterable(gen())
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(list(g))
class C(chain):
    def __init__(self, *its, tag="t"):
        self.tag = tag
c2 = C([1], [2], tag="x")
print(type(c2).__name__, c2.tag, list(c2), isinstance(c2, chain))
print(type(C.from_iterable([[5]])).__name__, list(C.from_iterable([[5]])))
print(sorted(chain([3, 1], [2])), sum(chain([1], [2, 3])), "".join(chain("ab", "cd")))
for x in chain([1], [2]):
    print(x, end=" ")
print()
print(repr(chain([]))[:24])
print(chain.__doc__.splitlines()[0])
try:
    chain.from_iterable()
except TypeError as e:
    print("TypeError", e)
it = chain.from_iterable(5)
