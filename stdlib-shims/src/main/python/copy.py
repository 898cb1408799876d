"""Generic (shallow and deep) copying operations.

As CPython's Lib/copy.py (3.11): copy() and deepcopy() with the same
dispatch (atomic types, list/dict/set/tuple copiers, __copy__/__deepcopy__
hooks, copyreg's dispatch_table, a memo dict) and the same reconstruction.
A class that defines its own __reduce_ex__ or __reduce__ is copied through
it; any other instance is rebuilt as object.__reduce_ex__(4) would describe
it (cls.__new__ with __getnewargs__ arguments, __getstate__/__setstate__ or
__dict__ and __slots__, list and dict items).
"""

import types
from copyreg import dispatch_table

try:
    from org.python.core import PyStringMap
except ImportError:
    PyStringMap = None

# auditpy has no complex type: the type tuples below name it only when the
# builtins have it (CPython's Lib/copy.py lists it unconditionally).
try:
    _complex = (complex,)
except NameError:
    _complex = ()

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat it as a regular class:
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool) + _complex + (str, tuple,
          bytes, frozenset, type, range, slice, property,
          types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
          types.FunctionType):
    d[t] = _copy_immutable
t = getattr(types, "CodeType", None)
if t is not None:
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls, "un(deep)copyable object of type %s")
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), type(Ellipsis), type(NotImplemented), int, float,
          bool) + _complex + (bytes, str, type, range,
          types.BuiltinFunctionType, types.FunctionType, property):
    d[t] = _deepcopy_atomic
t = getattr(types, "CodeType", None)
if t is not None:
    d[t] = _deepcopy_atomic
del t


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):  # Copy instance methods
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[types.MethodType] = _deepcopy_method

del d


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


# --- reduction ---------------------------------------------------------------

_value_bases = (int, float) + _complex + (str, bytes, tuple, frozenset)


def _overrides(cls, name):
    """True if a class of cls's MRO other than object defines name."""
    for klass in cls.__mro__:
        if klass is not object and name in klass.__dict__:
            return klass.__dict__[name] is not None
    return False


def _reduce(x, cls, message):
    """Return x's reduction tuple (or str): copyreg's reductor for cls if one
    is registered, else as x.__reduce_ex__(4) would."""
    reductor = dispatch_table.get(cls, None)
    if reductor is not None:
        return reductor(x)
    if _overrides(cls, "__reduce_ex__"):
        return x.__reduce_ex__(4)
    if _overrides(cls, "__reduce__"):
        return x.__reduce__()
    return _reduce_instance(x, cls, message)


def _slotnames(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = f"_{stripped}{name}"
            names.append(name)
    return names


def _reduce_instance(x, cls, message):
    """object.__reduce_ex__(4) for an instance of a Python class."""
    if isinstance(x, (types.GeneratorType, types.ModuleType)):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    # arguments for cls.__new__
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        args = tuple(getnewargs())
    else:
        args = ()
        for base in cls.__mro__:
            if base in _value_bases:
                args = (base(x),)
                break
    if isinstance(x, (set, frozenset)) and not isinstance(x, frozenset):
        # set.__reduce__: cls(list(x)) plus the instance dict
        return (cls, (list(x),), getattr(x, "__dict__", None) or None)
    # state
    if _overrides(cls, "__getstate__"):
        state = x.__getstate__()
    else:
        try:
            state = x.__dict__
        except AttributeError:
            state = None
        if not state:
            state = None
        slots = {}
        for name in _slotnames(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + args, state, listiter, dictiter)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
