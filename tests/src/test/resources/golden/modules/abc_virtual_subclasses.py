import io, typing, logging, sys, os, numbers, collections.abc as cabc
f = open(__file__)
print(isinstance(f, io.IOBase), isinstance(f, io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(sys.stdout, io.TextIOBase))
f.close()
@typing.runtime_checkable
class P(typing.Protocol):
    def close(self): ...
print(isinstance(io.StringIO(), P), isinstance(1, P))
print(isinstance({}, typing.Mapping), isinstance([], typing.Sequence), issubclass(dict, typing.MutableMapping))
logging.basicConfig(format="%(levelname)s %(message)s", stream=sys.stdout)
logging.warning("%(x)s and %(y)s", {"x": 1, "y": 2})
print(isinstance(os.environ, cabc.MutableMapping))
print(isinstance(1, numbers.Number), isinstance(1.5, numbers.Real), isinstance(True, numbers.Integral))
class M(cabc.Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter(())
match M():
    case {}: print("mapping")
    case _: print("no")
class S:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return i
cabc.Sequence.register(S)
match S():
    case [a, b]: print("seq", a, b)
    case _: print("no")
print(cabc.Sequence in type(S).__mro__, type(S))
import abc
class Q(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
class D: quack = 1
print(issubclass(D, Q), isinstance(D(), Q), issubclass(int, Q))
try:
    Q.register(3)
except TypeError as e: print(e)
class R(Q): pass
try: Q.register(object) ; R.register(Q)
except RuntimeError as e: print(e)
print(abc.get_cache_token() > 0)
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 3
try: issubclass(int, Bad)
except AssertionError as e: print("AE", e)
try: issubclass(3, cabc.Sized)
except TypeError as e: print(e)
class Abs(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
    @abc.abstractmethod
    def m(self): ...
print(sorted(Abs.__abstractmethods__))
try: Abs()
except TypeError as e: print(e)
# every builtin against every collections.abc ABC, as issubclass and isinstance
import types, collections
rows = [int, str, bytes, list, tuple, dict, set, frozenset, range, type, object, bool, float, memoryview, bytearray,
        type({}.keys()), type({}.values()), type({}.items()), type(iter([])), type(iter(range(3))), type(x for x in ()),
        collections.deque, collections.OrderedDict, collections.Counter, collections.defaultdict, types.MappingProxyType,
        type(len), type(lambda: 0), type(zip()), type(map(len, [])), type(enumerate([])), type(reversed([])), type(None)]
for n in cabc.__all__:
    print(n.ljust(16), "".join("1" if issubclass(t, getattr(cabc, n)) else "0" for t in rows))
print(isinstance(len, cabc.Callable), isinstance([].append, cabc.Callable), isinstance("x", cabc.Callable))
# the registry, the caches and the token
class V: pass
tok = abc.get_cache_token()
cabc.Sized.register(V)
print(abc.get_cache_token() == tok + 1, issubclass(V, cabc.Sized), issubclass(V, cabc.Iterable))
print(cabc.Sized.register(V) is V, abc.get_cache_token() == tok + 1)
class W(V): pass
print(issubclass(W, cabc.Sized), isinstance(W(), cabc.Sized))
Q._abc_registry_clear(); Q._abc_caches_clear()
# ABCMeta on a plain metaclass path; update_abstractmethods
class Base(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self): ...
class Impl(Base): pass
print(sorted(Impl.__abstractmethods__))
Impl.run = lambda self: 1
abc.update_abstractmethods(Impl)
print(Impl.__abstractmethods__, Impl().run())
# hashing of the shim containers, as CPython's C types
for obj in (collections.deque(), collections.defaultdict(int)):
    try:
        hash(obj)
    except TypeError as e:
        print(e)
v = {1: 2}.values()
print(v == v, v == {1: 2}.values(), hash(v) == hash(v))
mp = types.MappingProxyType({"a": 1, "b": 2})
print(list(reversed(mp)), mp == {"a": 1, "b": 2}, mp != {})
try:
    hash(mp)
except TypeError as e:
    print(e)
import collections.abc as c
class Fake:
    @property
    def __class__(self): return dict
print(isinstance(Fake(), c.Mapping), isinstance(Fake(), dict))
from typing import Protocol, runtime_checkable
@runtime_checkable
class P(Protocol):
    x: int
class WX:
    x = 1
print(isinstance(1, P), isinstance(WX(), P))
try:
    print(issubclass(WX, P))
except TypeError as e:
    print("TypeError:", e)
@runtime_checkable
class Q(Protocol):
    def close(self): ...
import io
print(isinstance(io.StringIO(), Q), issubclass(io.StringIO, Q), isinstance(1, Q))
