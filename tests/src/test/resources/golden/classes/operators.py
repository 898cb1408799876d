# Arithmetic and reflected operators, in-place operators, unary operators.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        print("  __rmul__")
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, v * 3, 3 * v, v / 2, w // 2, w % 3, v ** 2)
print(-v, +v, abs(w), ~v, v @ w)
print(v + 10, 10 + v, sum([v, w], Vec(0, 0)))
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - v
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __add__(self, other):
        print("  plain __add__")
        return self
a = Acc()
ref = a
a += 1
a += 2
print(a.items, a is ref)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
o += 5
print(o.v)
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __rlshift__(self, n): return Bits(n << self.v)
print((Bits(12) & Bits(10)).v, (Bits(12) | Bits(10)).v, (Bits(12) ^ Bits(10)).v)
print((Bits(1) << 4).v, (Bits(16) >> 2).v, (1 << Bits(3)).v)
class Sub(Vec):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Vec(0, 0) + Sub(1, 1))
