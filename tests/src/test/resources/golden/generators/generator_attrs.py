# Generator objects: names, laziness, independence of instances.
def countdown(n):
    print("  countdown started")
    while n > 0:
        yield n
        n -= 1
g1 = countdown(3)
print("created, nothing run yet")
g2 = countdown(2)
print(next(g1))
print(next(g2), next(g1), next(g2), next(g1))
print(list(g1), list(g2))
print(countdown.__name__, g1.__name__, g1.__qualname__)
class Box:
    def items(self):
        yield from (1, 2)
print(Box().items().__qualname__, list(Box().items()))
ge = (x for x in [])
print(ge.__name__, type(ge).__name__)
def gen():
    yield 1
g = gen()
print(g.gi_running, next(g), next(g, "end"))
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "__next__"))
