# obj.__dict__ of instances of Python classes at one site: the same dict each time, after vars() and assignments
# to __dict__, for subclasses of builtins, __slots__ with __dict__, and classes that define their own __dict__
class C:
    def __init__(self, x):
        self.x = x


class S(dict):
    pass


class Slots:
    __slots__ = ("a", "__dict__")


class Own:
    @property
    def __dict__(self):
        return {"own": True}


class GA:
    def __getattribute__(self, name):
        if name == "__dict__":
            return "intercepted"
        return object.__getattribute__(self, name)


def read(o):
    return o.__dict__


c = C(1)
d1 = read(c)
d2 = read(c)
print(d1, d1 is d2, d1 is vars(c))
c.__dict__ = {"y": 2}
print(read(c), c.y, read(c) is c.__dict__)
c.z = 3
print(read(c))
s = S(a=1)
s.attr = 5
print(read(s), read(s) is read(s))
sl = Slots()
sl.a = 1
sl.b = 2
print(read(sl))
print(read(Own()), read(GA()))
try:
    read(object())
except AttributeError as e:
    print("AttributeError:", e)
print(list(read(C)), type(read(C)).__name__)
C.__dict__  # a class: the mappingproxy
objs = [C(i) for i in range(5)]
total = 0
for i in range(20000):
    o = objs[i % 5]
    total += read(o)["x"]
    if i == 10000:
        objs[2].__dict__["x"] = 100
print(total)
