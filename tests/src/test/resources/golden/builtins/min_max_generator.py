# min/max of a generator without a key resume it in compiled code: order of comparisons, NaN, defaults, errors
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
    def __repr__(self): return f"K({self.v})"
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(max(x for x in data), min(x for x in data), max(x * 0.5 for x in data), min(str(x) for x in data))
print(max((x for x in []), default="none"), min((x for x in []), default=0))
for f in (max, min):
    try:
        f(x for x in [])
    except ValueError as e:
        print("ValueError", e)
print(max(K(x) for x in (2, 5, 5, 1)), min(K(x) for x in (2, 1, 1)))
nan = float("nan")
print(max(x for x in (nan, 1.0, 2.0)), max(x for x in (1.0, nan, 2.0)), min(x for x in (1, 2.5, True)))
a, b = (1, "x"), (1, "y")
print(max(t for t in (a, b)), min(t for t in [b, a]))
try:
    max(x for x in (1, "a"))
except TypeError as e:
    print("TypeError", e)
def gen():
    yield 3
    raise KeyError("boom")
try:
    max(gen())
except KeyError as e:
    print("KeyError", e)
def loop():
    s = 0
    for i in range(20000):
        s += max(x for x in (i % 7, 3, i % 5)) - min(y for y in range(i % 4, 9))
    return s
print(loop(), max(gen2 for gen2 in "hello"), max((x for x in data), key=lambda v: -v))
