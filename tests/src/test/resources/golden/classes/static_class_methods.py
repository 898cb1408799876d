# staticmethod and classmethod.
class Shape:
    count = 0
    def __init__(self, sides):
        self.sides = sides
        Shape.count += 1
    @classmethod
    def triangle(cls):
        return cls(3)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} count={cls.count}"
    @staticmethod
    def is_polygon(sides):
        return sides >= 3
class Square(Shape):
    def __init__(self, sides=4):
        super().__init__(sides)
tri = Shape.triangle()
sq_tri = Square.triangle()
print(type(tri).__name__, tri.sides, type(sq_tri).__name__, sq_tri.sides)
print(Shape.describe(), Square.describe(), tri.describe())
print(Shape.is_polygon(2), tri.is_polygon(5), Square.is_polygon(3))
sm = Shape.__dict__["is_polygon"]
cm = Shape.__dict__["triangle"]
print(type(sm).__name__, type(cm).__name__)
print(type(Shape.is_polygon).__name__, type(Shape.triangle).__name__)
print(Shape.triangle.__self__ is Shape, Square.triangle.__self__ is Square)
class Util:
    @staticmethod
    def add(a, b):
        return a + b
    helper = staticmethod(lambda: "lambda static")
    def plain(x):
        return x * 2
print(Util.add(1, 2), Util().add(3, 4), Util.helper(), Util.plain(21))
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls
Registry.register("a").register("b")
print(Registry.items)
class Config:
    defaults = {"debug": False}
    @classmethod
    def from_dict(cls, d):
        obj = cls()
        obj.settings = {**cls.defaults, **d}
        return obj
c = Config.from_dict({"level": 3})
print(sorted(c.settings.items()))
