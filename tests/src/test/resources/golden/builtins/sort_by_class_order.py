# sorted(), list.sort(), min() and max() of instances ordered by their class's __lt__ (or __gt__ reflected):
# NotImplemented, errors, a class whose __lt__ changes during the sort, a __lt__ with a default parameter.
class R:
    def __init__(self, k, v): self.k = k; self.v = v
    def __lt__(self, o):
        if not isinstance(o, R):
            return NotImplemented
        return self.k < o.k
    def __repr__(self): return f"R({self.k},{self.v})"
rs = [R((i * 37) % 11, i) for i in range(30)]
print(sorted(rs))
print(sorted(rs, reverse=True)[:5])
print(min(rs), max(rs))
class G:
    def __init__(self, k): self.k = k
    def __gt__(self, o): return self.k > o.k
print([g.k for g in sorted([G(3), G(1), G(2)])])
class Bad:
    def __lt__(self, o): raise ValueError("no order")
try:
    sorted([Bad(), Bad()])
except ValueError as e:
    print(e)
class Changing:
    n = 0
    def __init__(self, k): self.k = k
    def __lt__(self, o):
        Changing.n += 1
        if Changing.n == 5:
            Changing.__lt__ = lambda s, o: s.k > o.k
        return self.k < o.k
print([c.k for c in sorted([Changing(i % 7) for i in range(20)])])
class NI:
    def __lt__(self, o): return NotImplemented
try:
    sorted([NI(), NI()])
except TypeError as e:
    print(e)
class D:
    def __init__(self, k): self.k = k
    def __lt__(self, o, extra=0): return self.k < o.k
print([d.k for d in sorted([D(2), D(1)])])
l = [R(2, 0), R(1, 1), R(2, 2), R(1, 3)]
l.sort()
print(l)
