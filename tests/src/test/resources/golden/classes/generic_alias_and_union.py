# PEP 585 generic aliases (list[int]) and PEP 604 unions (int | None): evaluated annotations, reprs, equality,
# isinstance through a union, __mro_entries__ (class C(list[int])), and CPython's errors.
import types, collections, collections.abc, re, sys
def f(x: int | None = None, *, y: list[int] | dict[str, int] = None) -> tuple[int, ...] | None:
    return x
print(f(3), f.__annotations__)
print(int | str, type(int | str), (int | str) == (str | int), isinstance(3, int | str), issubclass(bool, int | None))
print(int | None, None | int, int | str | int, int | int, (int | str).__args__, (int | None).__args__)
print(list[int] | None, list[int] | dict[str, int], hash(int | str) == hash(str | int))
print(list[int], type(list[int]), dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[int]])
print(list[int].__origin__, list[int].__args__, list[int].__parameters__, list[int] == list[int], list[int] != list[str])
print(list[int](), list[int]("ab"), dict[str, int](a=1), list[int].__name__, list[int].__module__, list[int].__doc__ == list.__doc__)
print(types.GenericAlias, types.UnionType, types.GenericAlias is type(list[int]), types.UnionType is type(int | str))
print(collections.deque[int], collections.defaultdict[str, int], collections.OrderedDict[str, int], collections.Counter[str])
print(collections.abc.Iterable[int], collections.abc.Mapping[str, int], collections.abc.Callable[[int], str], re.Pattern[str])
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList.__orig_bases__, MyList([1, 2]), MyList[str])
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item}"
print(Box[int])
for bad in (lambda: int[0], lambda: str[int], lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
            lambda: isinstance(1, int | list[int]), lambda: int | 3, lambda: 3 | int, lambda: list[int][str], lambda: issubclass(1, int | str),
            lambda: (int | str)[int], lambda: object() | int):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
x: dict[str, int | None] = {"a": None}
print(x, __annotations__)
print(repr(list[collections.deque[int]]), repr(dict[str, "Forward"]), list["x"], list[None], list[...])
print(sorted(d for d in dir(list[int]) if not d.startswith("_"))[:5])
print(isinstance(None, int | None), isinstance("s", int | None), int | None == None | int)
