# Reading attributes of class objects at hot sites (constants, functions, type's own getsets such as __name__ and
# __doc__), instantiating classes without __init__ or with a Python __new__, and type(x): each once compiled,
# and after the class changes.
N = 3000


class Config:
    """The configuration."""
    LIMIT = 10
    NAME = "cfg"

    def method(self):
        return "method"

    @staticmethod
    def static(x):
        return x + 1

    @classmethod
    def make(cls):
        return cls.__name__

    @property
    def prop(self):
        return 1

    class Nested:
        pass


class Child(Config):
    pass


def read_constants(n, cls):
    t = 0
    for i in range(n):
        t += cls.LIMIT + len(cls.NAME)
    return t


print("constants", read_constants(N, Config), read_constants(N, Child))


def rebinding(n):
    t = 0
    for i in range(n):
        if i == n // 2:
            Config.LIMIT = 20          # seen through the class and its subclass
        t += Child.LIMIT
    return t


print("rebinding", rebinding(N))


def counter(n):
    for i in range(n):
        Config.LIMIT += 1             # rebound at every step: the site stops caching
    return Config.LIMIT


print("counter", counter(N))


def kinds(n):
    out = None
    for i in range(n):
        out = (Config.method.__name__, Config.static(i), Config.make(), type(Config.prop).__name__, Config.Nested.__name__,
               Child.method is Config.method)
    return out


print("kinds", kinds(N))


def getsets(n, classes):
    out = []
    for i in range(n):
        c = classes[i % len(classes)]
        # (the docs of builtin classes are not compared: auditpy has none)
        r = (c.__name__, c.__qualname__, c.__doc__ if c.__module__ != 'builtins' else '-', c.__module__, len(c.__mro__), type(c.__dict__).__name__)
        if i < len(classes):
            out.append(r)
    return out


for r in getsets(N, [Config, Child, Config.Nested, int, object, type]):
    print("getset", r)


def renamed(n):
    seen = set()
    for i in range(n):
        if i == n // 2:
            Child.__name__ = "Renamed"
            Child.__doc__ = "now documented"
        seen.add((Child.__name__, Child.__doc__))
    return sorted(seen, key=str)


print("renamed", renamed(N))


# a class attribute whose class gains __get__ later
class Value:
    pass


class Holder:
    v = Value()


def descriptor_later(n):
    out = []
    for i in range(n):
        if i == n // 2:
            Value.__get__ = lambda self, obj, owner: "via __get__"
        r = Holder.v
        if i in (0, n - 1):
            out.append(r if isinstance(r, str) else type(r).__name__)
    return out


print("descriptor later", descriptor_later(N))


# a metaclass with its own data descriptor and attributes
class Meta(type):
    @property
    def LIMIT(cls):
        return "from the metaclass"

    greeting = "meta hello"


class Managed(metaclass=Meta):
    LIMIT = "from the class"


def meta_reads(n):
    r = None
    for i in range(n):
        r = (Managed.LIMIT, Managed.greeting, Managed.__name__)
    return r


print("meta", meta_reads(N))
print("object.__new__ is object.__new__:", object.__new__ is object.__new__, callable(object.__new__))


# classes without __init__, and one that gains one
class Bare:
    pass


def bare(n):
    made = []
    for i in range(n):
        b = Bare()
        if i == n // 2:
            Bare.__init__ = lambda self: setattr(self, "inited", True)
        made.append(getattr(b, "inited", False))
    return made.count(True), made.count(False)


print("bare", bare(N))
try:
    class Empty:
        pass
    Empty(1)
except TypeError as e:
    print("TypeError:", e)


# a Python __new__
class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value=0):
        self.value = value


def singletons(n):
    last = None
    for i in range(n):
        last = Singleton(i)
    return last is Singleton(), last.value


print("singleton", singletons(N))


class OnlyNew:
    def __new__(cls, a, b=2):
        obj = super().__new__(cls)
        obj.sum = a + b
        return obj


class Elsewhere:
    def __new__(cls):
        return 42

    def __init__(self):
        raise AssertionError("not called")


class Base:
    def __new__(cls, kind):
        return super().__new__(Sub if kind == "sub" else cls)

    def __init__(self, kind):
        self.init = "Base"


class Sub(Base):
    def __init__(self, kind):
        self.init = "Sub"


def new_kinds(n):
    r = None
    for i in range(n):
        r = (OnlyNew(i).sum, OnlyNew(1, b=i).sum, Elsewhere(), type(Base("sub")).__name__, Base("sub").init, Base("base").init)
    return r


print("new kinds", new_kinds(N))
try:
    OnlyNew()
except TypeError as e:
    print("TypeError:", e)


# type(x)
def types_of(n, values):
    out = []
    for i in range(n):
        t = type(values[i % len(values)])
        if i < len(values):
            out.append(t.__name__)
    return out


print("types", types_of(N, [1, 1.5, "s", None, True, [], {}, (), Config(), Config, type, 2 ** 100, b"b", ...]))
Dyn = type("Dyn", (Config,), {"LIMIT": 99})
print("type() with three arguments", Dyn.__name__, Dyn.LIMIT, Dyn().method())
try:
    type(1, x=2)
except TypeError as e:
    print("TypeError:", e)
