# A metaclass __call__ that is not a function is bound through its __get__ if it has one (slot_tp_call):
# typing's TypedDict sets __call__ = dict, so TD(a=1) is dict(a=1).
class M(type):
    def __new__(cls, name, bases, ns):
        return type.__new__(M, name, (dict,), ns)
    __call__ = dict
class TD(metaclass=M):
    pass
print(TD(a=1), type(TD(a=1)))

class Callable:
    def __get__(self, obj, owner):
        return lambda *a, **k: ("bound to", obj.__name__, a, k)
class N(type):
    __call__ = Callable()
class C(metaclass=N):
    pass
print(C(1, x=2))

class S(type):
    __call__ = staticmethod(lambda *a: ("static", a))
class D(metaclass=S):
    pass
print(D(5))

class K(type):
    __call__ = classmethod(lambda mcls, *a: ("class", mcls.__name__, a))
class E(metaclass=K):
    pass
print(E(6))

class Plain(type):
    def __call__(cls, *a):
        return ("function", cls.__name__, a)
class F(metaclass=Plain):
    pass
print(F(7))
