# Calls with positional/keyword/*args/**kwargs; displays with unpacking.
def show(a, b=2, *rest, c=3, **kw):
    return f"a={a} b={b} rest={rest} c={c} kw={sorted(kw.items())}"

print(show(1))
print(show(1, 5, 6, 7))
print(show(b=9, a=8))
args = [10, 20, 30]
kwargs = {"c": 40, "extra": 50}
print(show(*args))
print(show(*args, **kwargs))
print(show(0, *[1, 2], *(3, 4), c=5, **{"x": 6}, **{"y": 7}))
print(show(*"xy", d=1))
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({**{"a": 1, "b": 2}, "b": 20, **{"c": 3}})
print(sorted({*[1, 2], *(2, 3), 4}))
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
print(*[1, 2, 3], sep="-")
print(max(*[4, 9, 2]), min(*"zya"))
class P:
    def __init__(self, x):
        self.x = x
    def scale(self, k):
        return self.x * k
p = P(4)
print(p.x, p.scale(3), P(2).scale(k=5), getattr(p, "x"))
print("abc".upper().lower().replace("b", "B"))
print(len([1, 2]).__add__(3), (1).__add__(2), "x".join("ab"))
funcs = {"double": lambda v: v * 2, "neg": lambda v: -v}
print(funcs["double"](21), funcs["neg"](5))
print(dict(a=1, **{"b": 2}))
