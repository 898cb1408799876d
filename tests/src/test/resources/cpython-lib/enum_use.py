"""Uses CPython 3.11's own Lib/enum.py (auditpy ships the same file, found first): CPythonLibTest runs this with the installed
CPython's Lib directory as the last entry of sys.path (argv[1]), under python3 and under ./auditpy, and compares."""
import sys
sys.path.append(sys.argv[1])
import enum
assert enum.__file__.endswith("enum.py"), enum.__file__  # auditpy ships CPython's own enum.py
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.CRIMSON is Color.RED, Color.RED.name, list(Color.__members__), len(Color))
print(Color(3), Color["GREEN"], Color.RED in Color, isinstance(Color.RED, Color))
print(repr(Color), str(Color.RED), format(Color.RED), hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R | Perm.W, Perm.RWX & ~Perm.X, Perm(0), bool(Perm(0)), list(Perm.RWX), Perm.R in Perm.RWX)
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Http.OK == 200, Http(404).name, Http.OK < Http.NOT_FOUND, f"{Http.OK}", Http.OK + 1, sorted([Http.NOT_FOUND, Http.OK]))
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, Mode.WRITE.upper(), Mode("w"), "re" + Mode.READ)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return 6.67e-11 * self.mass / self.radius ** 2
print(round(Planet.EARTH.g, 2), Planet.MARS.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Shape = IntEnum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape.TRIANGLE, int(Shape.SQUARE))
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value)
class WithMethods(Enum):
    X = 1
    Y = 2
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def default(cls):
        return cls.X
print(WithMethods.Y.describe(), WithMethods.default())
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    class Sub(Color):
        PINK = 9
except TypeError as e:
    print("TypeError", e)
import pickle
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN)
print(enum.Enum.__members__ if False else "ok", Color.RED.__class__.__name__, type(Color).__name__)
print(Perm.R | 8 if False else Perm(5), IntFlag(0) if False else "x")
class Weekday(IntFlag):
    MON = auto()
    TUE = auto()
    WED = auto()
print(Weekday.MON | Weekday.WED, Weekday(3), Weekday.TUE.value)
