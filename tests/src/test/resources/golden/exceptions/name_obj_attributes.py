# NameError.name, AttributeError.name and .obj (CPython 3.11): constructor keywords, members that
# read None while unset, and the values the interpreter sets when it raises them.
import sys


def show(e):
    print(type(e).__name__, repr(e), "name=%r" % (getattr(e, "name", "-"),),
          "obj=%s" % (type(e.obj).__name__ if hasattr(e, "obj") else "-"), e.__dict__)


def attempt(f):
    try:
        f()
    except Exception as e:
        print("  raised", type(e).__name__ + ":", e)
        return e


print(NameError.name, AttributeError.name, AttributeError.obj)
print("name" in dir(NameError()), "obj" in dir(AttributeError()), "obj" in dir(NameError()))
show(NameError())
show(NameError("msg", name="y"))
show(UnboundLocalError("q", name="z"))
show(AttributeError())
show(AttributeError("a", name="n", obj=3))
show(AttributeError("a", "b", obj=[]))
attempt(lambda: NameError("x", obj=1))
attempt(lambda: UnboundLocalError(obj=1))
attempt(lambda: NameError(name=1, other=2))
attempt(lambda: AttributeError(foo=1))
attempt(lambda: AttributeError(name=1, obj=2, x=3))
attempt(lambda: ValueError(name=1))

e = NameError("m", name="first")
e.__init__("again")
show(e)
e.name = 5
show(e)
del e.name
show(e)
a = AttributeError("m")
a.obj = None
a.name = "x"
show(a)
del a.obj
show(a)


class MyAttributeError(AttributeError):
    pass


show(MyAttributeError("sub", name="s", obj=1.5))
print(str(AttributeError("a", name="x", obj=1)), repr(NameError("a", name="x")))

print("-- raised by the interpreter")
counter = 0


def unbound():
    print(local_later)
    local_later = 1


def free_unbound():
    f = free_maker()
    return f()


def free_maker():
    def inner():
        return later
    later = 1
    del later
    return inner


show(attempt(lambda: undefined_global))
show(attempt(unbound))
show(attempt(free_unbound))
show(attempt(lambda: exec("del never_bound", {})))


class C:
    cls_attr = 1

    @property
    def prop(self):
        raise AttributeError("from the getter")

    def method(self):
        pass


class WithGetattr:
    @property
    def prop(self):
        raise AttributeError("from the getter")

    def __getattr__(self, name):
        if name == "kept":
            raise AttributeError("kept", name="preset")
        raise AttributeError("__getattr__ says " + name)


c = C()
w = WithGetattr()
for f in [lambda: c.missing, lambda: c.missing_method(), lambda: C.missing, lambda: sys.missing, lambda: (1).missing,
          lambda: c.prop, lambda: w.prop, lambda: w.other, lambda: w.kept, lambda: getattr(c, "via_getattr"),
          lambda: object.__getattribute__(c, "direct"), lambda: super(C, c).missing]:
    e = attempt(f)
    show(e)
    print("  obj is c:", e.obj is c, "obj is w:", e.obj is w)
print("-- not set on assignment or deletion")


def set_on_object():
    object().attr = 1


def delete_missing():
    del c.never_there


show(attempt(set_on_object))
show(attempt(delete_missing))
show(attempt(lambda: setattr(1, "real", 2)))
