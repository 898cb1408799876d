"""
Define names for built-in types that aren't directly accessible as a builtin.

As CPython's Lib/types.py (3.11): each type is taken from a real object
(type(_f), type(_f.__code__), type(sys), ...). A type the interpreter cannot
show yet is left out, except SimpleNamespace and MappingProxyType, which get
pure-Python stand-ins with CPython's reprs, and CoroutineType and
AsyncGeneratorType, classes without instances (auditpy has no async syntax).
"""

import sys


def _f(): pass


FunctionType = type(_f)
LambdaType = type(lambda: None)         # Same as FunctionType

try:
    CodeType = type(_f.__code__)
except AttributeError:
    pass

try:
    MappingProxyType = type(type.__dict__)
    if MappingProxyType is dict:
        raise TypeError
except (AttributeError, TypeError):
    class mappingproxy:
        """Read-only proxy of a mapping."""

        def __init__(self, mapping):
            if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__'):
                raise TypeError("mappingproxy() argument must be a mapping, "
                                f"not {type(mapping).__name__}")
            object.__setattr__(self, '_mapping', mapping)

        def __getitem__(self, key):
            return self._mapping[key]

        def __setitem__(self, key, value):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, key):
            raise TypeError("'mappingproxy' object does not support item deletion")

        def __setattr__(self, name, value):
            raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __contains__(self, key):
            return key in self._mapping

        def __eq__(self, other):
            return self._mapping == other

        def __reversed__(self):
            return reversed(self._mapping)

        def __or__(self, other):
            return dict(self._mapping) | other

        def __ror__(self, other):
            return other | dict(self._mapping)

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __repr__(self):
            return f"mappingproxy({self._mapping!r})"

        def __str__(self):
            return str(self._mapping)

    MappingProxyType = mappingproxy
    del mappingproxy


def _is_namespace_type(t):
    return getattr(t, '__name__', None) == 'SimpleNamespace'


_impl = getattr(sys, 'implementation', None)
if _impl is not None and _is_namespace_type(type(_impl)):
    SimpleNamespace = type(_impl)
else:
    _ns_running = set()

    class SimpleNamespace:
        """A simple attribute-based namespace.

        SimpleNamespace(**kwargs)"""

        def __init__(self, *args, **kwargs):
            if args:
                raise TypeError("no positional arguments expected")
            self.__dict__.update(kwargs)

        def __repr__(self):
            name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
            key = id(self)
            if key in _ns_running:
                return name + "(...)"
            _ns_running.add(key)
            try:
                items = [f"{k}={v!r}" for k, v in self.__dict__.items()]
            finally:
                _ns_running.discard(key)
            return name + "(" + ", ".join(items) + ")"

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

        def __reduce__(self):
            return (type(self), (), dict(self.__dict__))

del _impl


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


try:
    CellType = type(_cell_factory())
except (AttributeError, TypeError, IndexError):
    pass


def _g():
    yield 1


GeneratorType = type(_g())


# auditpy has no async syntax yet, so no coroutine or async generator ever exists: these stand-ins (with CPython's
# names and refusals) let isinstance checks such as inspect.iscoroutine() and isawaitable() answer False
def _no_instances(name):
    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{name}' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type '{name}' is not an acceptable base type")

    return type(name, (), {'__module__': 'builtins', '__new__': __new__,
                           '__init_subclass__': classmethod(__init_subclass__)})


CoroutineType = _no_instances('coroutine')
AsyncGeneratorType = _no_instances('async_generator')
del _no_instances


class _C:
    def _m(self): pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)     # Same as BuiltinFunctionType

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
try:
    ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
except (AttributeError, KeyError, TypeError):
    pass

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    _tb = exc.__traceback__
    if _tb is not None:
        TracebackType = type(_tb)
        _frame = getattr(_tb, 'tb_frame', None)
        if _frame is not None:
            FrameType = type(_frame)
        del _frame
    del _tb

if 'FrameType' not in globals():
    try:
        FrameType = type(sys._getframe(0))
    except (AttributeError, ValueError):
        pass

# For Jython, the following two types are identical
try:
    GetSetDescriptorType = type(FunctionType.__code__)
except AttributeError:
    pass
try:
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    pass

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

try:
    GenericAlias = type(list[int])
except Exception:
    pass

try:
    UnionType = type(int | str)
except Exception:
    pass

del sys, _f, _g, _C  # Not for export


# Provide a PEP 3115 compliant mechanism for class creation
def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)  # Don't alter the provided mapping
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        # when meta is a type, we first determine the most-derived metaclass
        # instead of invoking the initial candidate directly
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        # else:
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    This is a descriptor, used to define attributes that act differently when
    accessed through an instance and through a class.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # next two lines make DynamicClassAttribute act the same as property
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        # support for abstract methods
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


__all__ = [n for n in globals() if n[:1] != '_']
