# The end of an "except ... as e:" handler is "e = None; del e", as CPython compiles it: a class body's
# __prepare__ namespace sees both, a handler that deleted e leaves no error, and e is unbound afterwards.
class NS(dict):
    def __setitem__(self, k, v):
        print("set", k, v if not isinstance(v, BaseException) else type(v).__name__)
        super().__setitem__(k, v)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NS()
class C(metaclass=Meta):
    try:
        1 / 0
    except ZeroDivisionError as e:
        x = 1
    try:
        1 / 0
    except ZeroDivisionError as e:
        del e
def f():
    try:
        raise KeyError(1)
    except KeyError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return "unbound"
print(f())
try:
    raise ValueError
except ValueError as v:
    pass
print("v" in globals())
