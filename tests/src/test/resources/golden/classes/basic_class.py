# __init__, __repr__, __str__, class vs instance attributes.
class Point:
    dims = 2
    instances = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.instances += 1
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
q = Point("a", 1.5)
print(p, repr(p), str(q), repr(q))
print([p, q], (p,), {"k": p})
print(f"{p} {p!r}")
print(p.norm2(), Point.norm2(p), Point.instances)
print(p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 10
print(p.dims, q.dims)
del p.dims
print(p.dims)
print(sorted(vars(p)), p.__dict__)
print(type(p).__name__, type(p) is Point, p.__class__.__name__)
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, Empty.__name__, type(e).__name__)
class OnlyStr:
    def __str__(self):
        return "only str"
print(str(OnlyStr()), f"{OnlyStr()}", "%s" % OnlyStr())
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()])
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
print(Counter().inc().inc().inc().n)
print(Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__doc__, "norm2" in Point.__dict__)
