# Functions as descriptors (bound methods) and user-defined descriptors.
class C:
    def method(self, x):
        return ("method", x)
c = C()
bm = c.method
print(type(bm).__name__, bm.__self__ is c, bm.__func__ is C.method, bm(1))
print(type(C.method).__name__, C.method(c, 2), bm.__name__)
print(C.__dict__["method"].__get__(c, C)(3))
print(c.method == c.method, c.method == C().method)
f = C.method.__get__(c)
print(f(4))
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.name).__name__, Person.age.kind.__name__)
class NonData:
    def __get__(self, obj, owner):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "instance wins"
print(h.attr, Holder.attr)
class DataDesc:
    def __get__(self, obj, owner):
        return "data descriptor wins"
    def __set__(self, obj, value):
        pass
class Holder2:
    attr = DataDesc()
h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr)
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
ctr = Counter()
bump = ctr.bump
for _ in range(3):
    bump()
print(ctr.n)
print(len.__self__.__name__ if hasattr(len, "__self__") else "no self", [].append.__self__ == [])
