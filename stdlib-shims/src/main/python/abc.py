"""Abstract Base Classes (PEP 3119), without metaclasses.

As CPython's Lib/abc.py, subset: ABC refuses to instantiate a class that still
has abstract methods (with CPython's message), abstractmethod and friends set
__isabstractmethod__. ABCMeta is a placeholder (plain type): register() only
records the class, and isinstance/issubclass see real subclasses only.
"""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated decorator classes subclass builtin descriptor types; an
# interpreter that cannot subclass them yet still gets the rest of abc.
try:
    class abstractclassmethod(classmethod):
        """A decorator indicating abstract classmethods (deprecated)."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)
except TypeError:
    pass

try:
    class abstractstaticmethod(staticmethod):
        """A decorator indicating abstract staticmethods (deprecated)."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)
except TypeError:
    pass

try:
    class abstractproperty(property):
        """A decorator indicating abstract properties (deprecated)."""

        __isabstractmethod__ = True
except TypeError:
    pass


ABCMeta = type

_registry = {}


# A class's abstract methods (CPython's compute_abstract_methods, Modules/_abc.c): its own abstract names, then the
# names abstract in a base's __abstractmethods__ that are still abstract in it. In Java, as CPython's is in C: it runs
# for every ABC that collections.abc and friends define at import.
from _auditpy_abc import compute_abstracts as _compute_abstracts


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, "__abstractmethods__"):
        # not an abstract base class
        return cls
    if "__abstractmethods__" in cls.__dict__:
        del cls.__abstractmethods__
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


def get_cache_token():
    """Return a token that changes whenever register() is called."""
    return len(_registry)


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """

    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, /, **kwargs):
        # As ABCMeta.__new__: the class's abstract methods, in its own
        # __abstractmethods__, which object.__new__ checks (an instance of
        # a class that still has some is refused there, with CPython's
        # message); instantiation itself is the interpreter's.
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC (recorded only)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        _registry.setdefault(cls, []).append(subclass)
        return subclass

    @classmethod
    def _abc_registry_list(cls):
        return list(_registry.get(cls, ()))
