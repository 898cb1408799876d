"""types.GenericAlias (PEP 585: list[int]) and types.UnionType (PEP 604: int | None) for auditpy.

As CPython's Objects/genericaliasobject.c and Objects/unionobject.c (3.11): the interpreter runs this file once per
context, without an import of its own (it is not in sys.modules and raises no audit event), when a program first
subscripts a builtin generic class or writes `X | Y` of classes; `types` and `collections` take the classes from
there. Not yet: type variables (`__parameters__` is always empty) and starred aliases.
"""

# The attributes a GenericAlias answers itself; every other name is looked up on its origin class
# (ga_getattro's attr_exceptions), but for the special methods this class defines (which CPython's alias has as
# slots: list[int].__repr__ is list's there, GenericAlias's here).
_OWN = frozenset((
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    "__eq__", "__ne__", "__hash__", "__repr__", "__call__", "__getitem__", "__or__", "__ror__", "__instancecheck__",
    "__subclasscheck__", "__dir__", "__setattr__", "__getattribute__",
))


def _repr_item(p):
    # ga_repr_item / union_repr_item: a class as its qualified name, an alias by its repr
    if p is ...:
        return "..."
    try:
        if hasattr(p, "__origin__") and hasattr(p, "__args__"):
            return repr(p)
        qualname = p.__qualname__
        module = p.__module__
    except AttributeError:
        return repr(p)
    if module is None:
        return repr(p)
    if module == "builtins":
        return qualname
    return "%s.%s" % (module, qualname)


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    # set in the class body: an assignment to the class after it is made would raise object.__setattr__ events
    __module__ = "types"

    def __new__(cls, origin, args):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        # through the instance dict: object.__setattr__ would raise its audit event, which CPython's C type does not
        d = object.__getattribute__(self, "__dict__")
        d["__origin__"] = origin
        d["__args__"] = args
        d["__parameters__"] = ()
        return self

    def __getattribute__(self, name):
        if name in _OWN:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "__origin__"), name)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        args = self.__args__
        if not args:
            inner = "()"
        else:
            parts = []
            for a in args:
                if type(a) is list:
                    parts.append("[" + ", ".join(_repr_item(x) for x in a) + "]")
                else:
                    parts.append(_repr_item(a))
            inner = ", ".join(parts)
        return "%s[%s]" % (_repr_item(self.__origin__), inner)

    def __call__(self, *args, **kwargs):
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return obj

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, item):
        raise TypeError("%r is not a generic class" % (self,))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        names = set(dir(self.__origin__))
        names.update(_OWN)
        return sorted(names)


_NoneType = type(None)


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __module__ = "types"

    def __init__(self, args):
        d = self.__dict__
        d["__args__"] = args
        d["__parameters__"] = ()

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return " | ".join("None" if a is _NoneType else _repr_item(a) for a in self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return frozenset(self.__args__) == frozenset(other.__args__)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __getitem__(self, item):
        raise TypeError("%r is not a generic class" % (self,))

    def __instancecheck__(self, obj):
        # PyObject_IsInstance takes a union as the tuple of its arguments, checked in order
        for a in self.__args__:
            if isinstance(obj, a):
                return True
        return False

    def __subclasscheck__(self, cls):
        if not isinstance(cls, type):
            raise TypeError("issubclass() arg 1 must be a class")
        for a in self.__args__:
            if issubclass(cls, a):
                return True
        return False



def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union(a, b):
    """`a | b` of classes, aliases, unions and None (_Py_union_type_or): NotImplemented for anything else."""
    if not _unionable(a) or not _unionable(b):
        return NotImplemented
    args = []
    for x in (a, b):
        for y in (x.__args__ if isinstance(x, UnionType) else (x,)):
            if y is None:
                y = _NoneType
            if not any(y is z or (type(y) is GenericAlias and y == z) for z in args):
                args.append(y)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
