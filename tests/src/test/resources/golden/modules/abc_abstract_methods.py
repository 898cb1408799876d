# abc: a class's abstract methods are its own abstract names and those abstract in an ABC base that are still abstract
# in it (a name abstract only in a mixin that is not an ABC does not count), as CPython's compute_abstract_methods;
# properties, classmethods and staticmethods, overrides by plain values, update_abstractmethods, collections.abc.
from abc import ABC, abstractmethod, abstractproperty
import abc
class Mixin:
    @abstractmethod
    def f(self): ...
class A(Mixin, ABC):
    pass
print(sorted(A.__abstractmethods__), type(A()).__name__)
class B(ABC):
    @abstractmethod
    def g(self): ...
    @property
    @abstractmethod
    def p(self): ...
    @classmethod
    @abstractmethod
    def c(cls): ...
    @staticmethod
    @abstractmethod
    def s(): ...
print(sorted(B.__abstractmethods__))
class C(B):
    def g(self): return 1
print(sorted(C.__abstractmethods__))
class D(C):
    p = 5
    @classmethod
    def c(cls): ...
    s = None
print(sorted(D.__abstractmethods__), D().g())
class E(D):
    g = abstractmethod(lambda self: 0)
print(sorted(E.__abstractmethods__))
try:
    E()
except TypeError as e:
    print(e)
class F(ABC):
    x = abstractproperty()
print(sorted(F.__abstractmethods__))
def deco(cls):
    cls.h = abstractmethod(lambda s: 0)
    return abc.update_abstractmethods(cls)
@deco
class G(D):
    pass
print(sorted(G.__abstractmethods__))
import collections.abc as cabc
print(sorted(cabc.Sequence.__abstractmethods__), sorted(cabc.MutableMapping.__abstractmethods__))
class MyMap(cabc.Mapping):
    def __getitem__(self, k): return 1
    def __iter__(self): return iter([])
    def __len__(self): return 0
print(sorted(MyMap.__abstractmethods__), len(MyMap()))
