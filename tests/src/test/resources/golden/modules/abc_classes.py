# abc.ABC and abstractmethod: which classes can be instantiated, CPython's messages, __abstractmethods__, and
# update_abstractmethods; instantiation in hot loops (the interpreter's own object.__new__ does the check).
import abc
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


class HalfDone(Shape):
    def area(self):
        return 1


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side


def attempt(cls, *args):
    try:
        obj = cls(*args)
        print("made", type(obj).__name__)
        return obj
    except TypeError as e:
        print("TypeError:", e)


attempt(Shape)
attempt(HalfDone)
print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), sorted(Square.__abstractmethods__))
print(isinstance(Square(1), Shape), issubclass(Square, ABC), isinstance(Square(1), ABC))
print(ABC.__abstractmethods__ if "__abstractmethods__" in ABC.__dict__ else "ABC has none of its own")
print(type(ABC()).__name__)


class Plain(ABC):
    pass


attempt(Plain)
attempt(Plain, 1)
print(sorted(Plain.__abstractmethods__))


class WithProperty(ABC):
    @property
    @abstractmethod
    def name(self):
        ...


class Named(WithProperty):
    @property
    def name(self):
        return "named"


attempt(WithProperty)
print(attempt(Named).name)


class Classy(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


attempt(Classy)


# update_abstractmethods after the class changed
class Later(ABC):
    @abstractmethod
    def run(self):
        ...


attempt(Later)
Later.run = lambda self: "ran"
attempt(Later)
abc.update_abstractmethods(Later)
print(attempt(Later).run(), sorted(Later.__abstractmethods__))


# a builtin base after ABC: its __new__ takes the arguments
class Pair(ABC, tuple):
    def total(self):
        return sum(self)


p = Pair((3, 4))
print(type(p).__name__, p, p.total(), len(p))


# __init_subclass__ keywords pass through ABC
class Registered(ABC):
    registry = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registered.registry.append((cls.__name__, tag))

    @abstractmethod
    def go(self):
        ...


class Impl(Registered, tag="impl"):
    def go(self):
        return "went"


print(Registered.registry, attempt(Impl).go())


# hot loops: instantiation of ABC subclasses and of an abstract one
def make_many(n):
    total = 0
    for i in range(n):
        total += Square(i % 7).area()
    return total


def refuse_many(n):
    refused = 0
    for i in range(n):
        try:
            HalfDone()
        except TypeError:
            refused += 1
    return refused


print(make_many(3000), refuse_many(3000))


# a class made abstract while instances are being made in a loop
class Toggle(ABC):
    def run(self):
        return 1


def make_toggles(n):
    made = refused = 0
    for i in range(n):
        if i == n // 2:
            Toggle.run = abstractmethod(lambda self: 0)
            abc.update_abstractmethods(Toggle)
        try:
            Toggle()
            made += 1
        except TypeError as e:
            refused += 1
            last = str(e)
    return made, refused, last


print(make_toggles(2000))
