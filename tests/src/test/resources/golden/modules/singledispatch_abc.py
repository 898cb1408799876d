# functools.singledispatch chooses implementations registered for ABCs, as CPython's _compose_mro does
import collections.abc as cabc
import numbers
from functools import singledispatch


@singledispatch
def describe(x):
    return "object"


@describe.register(cabc.Sequence)
def _(x):
    return "sequence"


@describe.register(cabc.Mapping)
def _(x):
    return "mapping"


@describe.register(numbers.Integral)
def _(x):
    return "integral"


@describe.register
def _(x: float):
    return "float"


@describe.register(int | str)
def _(x):
    return "int or str"


class MySized:
    def __len__(self):
        return 0


for value in ([], (), {}, 1, True, 2.5, "s", b"b", set(), MySized(), range(2), object()):
    print(type(value).__name__, describe(value))
print(describe.dispatch(list) is describe.registry[cabc.Sequence])
cabc.Sequence.register(MySized)
print(describe(MySized()))


@singledispatch
def ambiguous(x):
    return "base"


ambiguous.register(cabc.Sized, lambda x: "sized")
ambiguous.register(cabc.Container, lambda x: "container")


class Both:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


try:
    ambiguous(Both())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    describe.register(3)
except TypeError as e:
    print("TypeError:", e)
