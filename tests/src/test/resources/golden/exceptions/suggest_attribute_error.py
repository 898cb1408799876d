# "Did you mean" for AttributeError (Python/suggestions.c): candidates are dir(e.obj); only
# exactly AttributeError gets one. Shown by sys.excepthook (stderr here), not by str()/repr().
import sys
import math


class Account:
    interest_rate = 0.5

    def __init__(self):
        self.balance = 10
        self.owner_name = "x"

    def deposit(self, amount):
        self.balance += amount


def show(f):
    try:
        f()
    except AttributeError as e:
        print(repr(e), "name=%r" % (e.name,), "obj=%s" % type(e.obj).__name__)
        sys.excepthook(type(e), e, e.__traceback__)


acct = Account()
show(lambda: acct.balanse)          # instance attribute
show(lambda: acct.depositt(1))      # method
show(lambda: acct.Balance)          # case
show(lambda: acct.zzz_nothing)      # nothing close
show(lambda: Account.interest_rat)  # class attribute
show(lambda: Account.qqqqqq)        # class, nothing close
show(lambda: math.sqr(4))           # module
show(lambda: math.nothing_like_it)  # module, nothing close
show(lambda: "abc".uper())          # builtin type instance
show(lambda: [].apend(1))
show(lambda: (1).bit_lenght())
show(lambda: getattr(acct, "owner_nam"))


class Dir:
    def __init__(self, names):
        self.names = names

    def __dir__(self):
        return self.names


def hook(e):
    sys.excepthook(type(e), e, None)


hook(AttributeError("explicit", name="colour", obj=Dir(["color", "colors"])))
hook(AttributeError(name="colour", obj=Dir(["color"])))                 # empty message
hook(AttributeError("no obj", name="colour"))                           # obj unset
hook(AttributeError("obj None", name="__class_", obj=None))             # dir(None)
hook(AttributeError("mixed", name="colour", obj=Dir([3, "color"])))     # sort fails
hook(AttributeError("tuple", name="colour", obj=Dir(("color",))))


class S(str):
    pass


hook(AttributeError("str subclass name", name=S("colour"), obj=Dir(["color"])))
hook(AttributeError("str subclass candidate", name="colour", obj=Dir([S("color")])))
hook(AttributeError("749 candidates", name="colour", obj=Dir(["n%d" % i for i in range(748)] + ["color"])))
hook(AttributeError("750 candidates", name="colour", obj=Dir(["n%d" % i for i in range(749)] + ["color"])))


class BadDir:
    def __dir__(self):
        raise ValueError("no dir")


hook(AttributeError("failing dir", name="colour", obj=BadDir()))


class MyAttributeError(AttributeError):
    pass


hook(MyAttributeError("subclass", name="colour", obj=Dir(["color"])))
try:
    raise AttributeError("raised", name="colour", obj=Dir(["color"]))
except AttributeError as e:
    print(str(e), repr(e))
    sys.excepthook(type(e), e, e.__traceback__)
