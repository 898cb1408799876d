# CPython's typing on auditpy: generics, NamedTuple, TypedDict (metaclass __call__ = dict), Protocol, get_type_hints.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal, Mapping,
                    NamedTuple, NewType, Optional, Protocol, Sequence, Set, Tuple, Type, TypedDict, TypeVar, Union,
                    cast, get_args, get_origin, get_type_hints, overload, runtime_checkable)
T = TypeVar("T")
K = TypeVar("K", bound=str)
print(List[int], Optional[str], Union[int, str, None], Dict[str, List[int]], Tuple[int, ...], Callable[..., Any])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Literal["a", 1]))
class P(NamedTuple):
    x: int
    y: str = "a"
print(P(1), P._fields, P._field_defaults, P(2, "b")._replace(x=3))
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
print(Box[int](3).get(), Box.__parameters__, Box[int].__origin__ is Box)
class TD(TypedDict, total=False):
    a: int
    b: str
print(TD(a=1), TD.__required_keys__, sorted(TD.__optional_keys__), sorted(TD.__annotations__))
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
def f(a: int, b: "List[str]" = None) -> Optional[int]:
    return cast(int, a)
print(get_type_hints(f))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(1), typing.TYPE_CHECKING, K.__bound__, T.__name__)
class C:
    n: ClassVar[int] = 1
    m: Final = 2
print(get_type_hints(C))
print(typing.Iterable[int], typing.AbstractSet, typing.Text)
