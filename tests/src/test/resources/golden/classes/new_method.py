# __new__: custom construction, singletons, immutable subclasses.
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
t = Tracked(5)
print(t.created, t.v)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance
a = Singleton()
b = Singleton()
a.count += 1
print(a is b, b.count)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, repr(u), len(u), isinstance(u, str), type(u).__name__)
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Positive(-7), Positive(-7) + 1, type(Positive(3) + 1).__name__)
class NotMe:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMe())
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
pr = Pair(1, 2)
print(pr, pr.swap(), len(pr), pr == (1, 2))
class Base:
    def __new__(cls, *a, **k):
        obj = object.__new__(cls)
        obj.kind = cls.__name__
        return obj
class Child(Base):
    def __init__(self, x):
        self.x = x
c = Child(9)
print(c.kind, c.x)
