# A metaclass __prepare__ namespace (a dict subclass whose __getitem__/__setitem__ the class body goes through, in
# CPython's order), its errors, the metaclass winner and conflict, and the __class__ cell: set by type.__new__ before
# __init_subclass__, checked by the class statement.
class NS(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return NS()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", type(ns).__name__, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta, flag=1):
    x = 1
    y = x + 1
    def f(self): return y
print(C.y)
class M0(type):
    def __new__(m, n, b, ns):
        ns2 = dict(ns); ns2.pop('__classcell__', None)
        return super().__new__(m, n, b, ns2)
try:
    class A(metaclass=M0):
        def f(self): return __class__
except Exception as e: print(type(e).__name__, e)
class M2(type):
    def __new__(m, n, b, ns):
        c = super().__new__(m, n, b, ns)
        return 5
class B(metaclass=M2):
    def f(self): return __class__
print(B)
class P(type):
    @classmethod
    def __prepare__(m, n, b): return 5
try:
    class C(metaclass=P): pass
except Exception as e: print(type(e).__name__, e)
def fm(n, b, ns, **kw): return (n, b, sorted(ns), kw)
fm.__prepare__ = lambda n, b, **kw: 7
try:
    class D(metaclass=fm): pass
except Exception as e: print(type(e).__name__, e)
class X(type): pass
class Y(type): pass
class XA(metaclass=X): pass
try:
    class E(XA, metaclass=Y): pass
except Exception as e: print(type(e).__name__, e)
class Z(Y, X): pass
class F(XA, metaclass=Y.__class__): pass
print(type(F))
try:
    class G(metaclass=M0):
        ns_cell = 1
        def f(self): return __class__
    print(G().f())
except Exception as e: print(type(e).__name__, e)
class BadCell(type):
    def __new__(m, n, b, ns):
        ns['__classcell__'] = 3
        return super().__new__(m, n, b, ns)
try:
    class H(metaclass=BadCell): pass
except Exception as e: print(type(e).__name__, e)
class W:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw, cls.who())
class V(W, flag=2):
    @classmethod
    def who(cls): return __class__.__name__
class Seen(type):
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("meta delattr", name)
        super().__delattr__(name)
class K(metaclass=Seen):
    pass
K.a = 1
del K.a
print(hasattr(K, "a"))
try:
    type.__setattr__(int, "x", 1)
except TypeError as e:
    print(e)
try:
    object.__setattr__(K, "x", 1)
except TypeError as e:
    print(e)
import types
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), dict(mp))
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
# a class made by a metaclass has type's __dict__ (a mappingproxy of its namespace), not an instance dict
class MM(type):
    pass
class WithMeta(metaclass=MM):
    x = {}
print(type(WithMeta.__dict__).__name__, WithMeta.__dict__.get("x"), "x" in WithMeta.__dict__)
WithMeta.y = 2
print(WithMeta.__dict__["y"], sorted(k for k in vars(WithMeta) if not k.startswith("__")))
