# dataclasses (CPython 3.11's Lib/dataclasses.py): generated methods, field options, helpers and error messages
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar,
                         FrozenInstanceError, make_dataclass, MISSING, KW_ONLY)
from typing import ClassVar, List


def show_error(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('no error')


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2), Point.__doc__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)])
f = fields(Point)[2]
print(f.default is MISSING, f.default_factory is list, f.init, f.repr, f.compare, f.hash, f.kw_only)
print(Point.__match_args__, Point.__hash__, Point.__dataclass_params__)
print(asdict(Point(3, 4, [1, 2])), astuple(Point(3, 4, [1, 2])))
print(replace(p, y=7), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), dataclasses.is_dataclass(int))
show_error(lambda: Point())
show_error(lambda: Point(1, 2, [], 4))
show_error(lambda: replace(p, z=1))
show_error(lambda: fields(3))
show_error(lambda: asdict(Point))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


v1, v2 = Version(1, 2), Version(1, 10, 'rc')
print(v1 < v2, v1 >= v2, sorted([v2, v1]), v1 == Version(1, 2, 'x'))
print(hash(v1) == hash(Version(1, 2)), {v1: 'a'}[Version(1, 2)])
show_error(lambda: setattr(v1, 'major', 5))
show_error(lambda: delattr(v1, 'minor'))
show_error(lambda: v1 < (1, 2))
print(replace(v1, minor=3))


@dataclass
class Account:
    owner: str
    secret: str = field(repr=False, default='hunter2')
    balance: float = field(init=False, default=0.0)
    log: List[str] = field(init=False, repr=False, default_factory=list)
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        Account.count += 1
        self.balance = 10.0 * scale
        self.log.append('created')


a = Account('ann', scale=3)
print(a, a.log, a.secret, Account.count, [f.name for f in fields(Account)])
print(Account.__init__.__annotations__)
print('scale' in Account.__dataclass_fields__, Account.__dataclass_fields__['scale']._field_type)
print(Account.__doc__)
print(repr(InitVar[int]), InitVar[int].type)


@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10


print(Derived(), Derived(1, 'x', 2.5), Derived.__match_args__, Derived.__doc__)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options.__doc__)
show_error(lambda: Options(True, 3))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
    d: int = field(kw_only=False, default=4)


print(Mixed(1, 2, b=5), Mixed.__match_args__, Mixed.__doc__)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
show_error(lambda: setattr(s, 'z', 1))


@dataclass(frozen=True, slots=True)
class FrozenSlotted:
    x: int


fs = FrozenSlotted(3)
print(fs, hash(fs) == hash((3,)))
show_error(lambda: setattr(fs, 'x', 1))


@dataclass(eq=False, repr=False, init=False, match_args=False)
class Bare:
    x: int = 1


b = Bare()
print(b == Bare(), Bare.__doc__, hasattr(Bare, '__match_args__'), repr(b).startswith('<__main__.Bare object'))


@dataclass(unsafe_hash=True)
class Hashable:
    x: int
    y: list = field(hash=False, compare=False, default=None)


print(hash(Hashable(5)) == hash((5,)))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
print(asdict(Point(1, 2), dict_factory=lambda kv: [k for k, _ in kv]))


@dataclass
class Nested:
    pairs: dict
    seq: tuple


print(asdict(Nested({'a': Point(1)}, (Point(2), [Point(3)]))))

Made = make_dataclass('Made', ['a', ('b', int), ('c', str, field(default='c'))], namespace={'double': lambda self: self.a * 2})
m = Made(4, 5)
print(m, m.double(), Made.__doc__, [f.type for f in fields(Made)])


class Meta(type):
    pass


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__)


@dataclass
class WithDoc:
    """Documented."""
    x: int


print(WithDoc.__doc__)


@dataclass
class CustomRepr:
    x: int

    def __repr__(self):
        return 'custom'


print(CustomRepr(1), CustomRepr.__eq__(CustomRepr(1), 5))


def bad_order():
    @dataclass
    class Bad:
        x: int = 0
        y: int


def mutable_default():
    @dataclass
    class Bad:
        x: list = []


def mutable_default_dict():
    @dataclass
    class Bad:
        x: dict = {}


def frozen_from_unfrozen():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def unfrozen_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        x: int


def custom_lt_with_order():
    @dataclass(order=True)
    class Bad:
        x: int

        def __lt__(self, other):
            return True


def field_without_annotation():
    @dataclass
    class Bad:
        x = field()


def both_defaults():
    field(default=1, default_factory=list)


def classvar_factory():
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)


def two_kw_only():
    @dataclass
    class Bad:
        a: KW_ONLY
        b: KW_ONLY


def slots_with_own_slots():
    @dataclass(slots=True)
    class Bad:
        __slots__ = ('x',)
        x: int


def unhashable_frozen_setattr():
    @dataclass(frozen=True)
    class F:
        x: int

        def __setattr__(self, name, value):
            pass


for fn in (bad_order, mutable_default, mutable_default_dict, frozen_from_unfrozen, unfrozen_from_frozen,
           order_without_eq, custom_lt_with_order, field_without_annotation, both_defaults, classvar_factory,
           two_kw_only, slots_with_own_slots, unhashable_frozen_setattr):
    print(fn.__name__, end=': ')
    show_error(fn)

show_error(lambda: make_dataclass('X', ['a', 'a']))
show_error(lambda: make_dataclass('X', ['class']))
show_error(lambda: make_dataclass('X', [1]))
show_error(lambda: dataclasses.field(default=1).__set_name__)
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE object at '), repr(fields(Point)[0]).startswith("Field(name='x',type=<class 'int'>,default=<dataclasses._MISSING_TYPE object"))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__, Version.__lt__.__qualname__)


@dataclass
class Recursive:
    child: 'Recursive' = None


r = Recursive()
r.child = r
print(r)
print(issubclass(FrozenInstanceError, AttributeError))
