"""auditpy's _ctypes: CPython's Modules/_ctypes written in Python over _auditpy_ctypes (the JDK's Foreign Function
& Memory API). The C data types (simple types, pointers, arrays, structures, unions, function pointers) keep their
values in native memory, at real addresses, so that C code reads and writes them as it does CPython's; the audit
events are CPython 3.11's, with its arguments, raised where _ctypes.c raises them.

Not here: passing or returning structures by value, long double in calls, resize(), COM and Windows
parts. from_buffer() over a bytearray copies it (auditpy's bytearray is not native memory): later writes to either
are not seen by the other.
"""

import sys as _sys
import _auditpy
import _auditpy_ctypes as _n

__version__ = "1.1.0"

RTLD_LOCAL = 0
RTLD_GLOBAL = 256
_RTLD_NOW = 2
FUNCFLAG_CDECL = 1
FUNCFLAG_PYTHONAPI = 4
FUNCFLAG_USE_ERRNO = 8
FUNCFLAG_USE_LASTERROR = 16
CTYPES_MAX_ARGCOUNT = 1024


class ArgumentError(Exception):
    pass


_auditpy.set_module(ArgumentError, "ctypes")

# code: (size, alignment, the code of the native call's value)
_CODES = {
    'c': (1, 1, 'b'), 'b': (1, 1, 'b'), 'B': (1, 1, 'B'), '?': (1, 1, 'B'),
    'h': (2, 2, 'h'), 'H': (2, 2, 'H'), 'i': (4, 4, 'i'), 'I': (4, 4, 'I'),
    'l': (8, 8, 'q'), 'L': (8, 8, 'Q'), 'q': (8, 8, 'q'), 'Q': (8, 8, 'Q'),
    'f': (4, 4, 'f'), 'd': (8, 8, 'd'), 'g': (16, 16, None), 'u': (4, 4, 'I'),
    'z': (8, 8, 'P'), 'Z': (8, 8, 'P'), 'P': (8, 8, 'P'), 'O': (8, 8, 'P'), 'v': (2, 2, 'h'),
}
_SIGNED = "bhilq"
_SWAPPABLE = "hHiIlLqQfd"

# py_object: native memory holds id(obj); the objects stored so live here
_pyobjects = {}


def _read(addr, n):
    return _n.read(addr, n)


def _write(addr, data):
    _n.write(addr, data)


def _load_raw(addr, ncode, swap=False):
    """The value of native code ncode at addr: an int or a float."""
    if ncode == 'f' or ncode == 'd':
        import struct
        return struct.unpack(('>' if swap else '<') + ncode, _read(addr, 4 if ncode == 'f' else 8))[0]
    size = {'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'q': 8, 'Q': 8, 'P': 8}[ncode]
    return int.from_bytes(_read(addr, size), 'big' if swap else 'little', signed=ncode in 'bhiq')


def _store_raw(addr, ncode, value, swap=False):
    if ncode == 'f' or ncode == 'd':
        import struct
        _write(addr, struct.pack(('>' if swap else '<') + ncode, value))
        return
    size = {'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'q': 8, 'Q': 8, 'P': 8}[ncode]
    _write(addr, (value & ((1 << (8 * size)) - 1)).to_bytes(size, 'big' if swap else 'little'))


def _native_bytes(data, keep):
    """A NUL-terminated native copy of bytes data (kept alive by keep): its address."""
    mem = _n.alloc(len(data) + 1)
    addr = _n.address(mem)
    _write(addr, bytes(data) + b'\0')
    keep.append(mem)
    return addr


def _native_wchars(s, keep):
    return _native_bytes(s.encode('utf-32-le', 'surrogatepass') + b'\0\0\0', keep)


def _read_string(addr):
    return _read(addr, _n.strlen(addr))


def _read_wstring(addr, n=None):
    if n is None:
        n = _n.wcslen(addr)
    return _read(addr, 4 * n).decode('utf-32-le', 'surrogatepass')


# ---------------------------------------------------------------------------------------------- long double (x87)

def _ld_pack(x):
    import math
    sign = 0x8000 if math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    if x != x:
        return (0xC000000000000000).to_bytes(8, 'little') + (sign | 0x7fff).to_bytes(2, 'little') + bytes(6)
    if x == math.inf:
        return (0x8000000000000000).to_bytes(8, 'little') + (sign | 0x7fff).to_bytes(2, 'little') + bytes(6)
    if x == 0:
        return bytes(8) + sign.to_bytes(2, 'little') + bytes(6)
    m, e = math.frexp(x)
    return int(m * (1 << 64)).to_bytes(8, 'little') + (sign | (e - 1 + 16383)).to_bytes(2, 'little') + bytes(6)


def _ld_unpack(raw):
    import math
    mant = int.from_bytes(raw[:8], 'little')
    se = int.from_bytes(raw[8:10], 'little')
    sign = -1.0 if se & 0x8000 else 1.0
    e = se & 0x7fff
    if e == 0x7fff:
        return sign * (math.inf if (mant << 1) & ((1 << 64) - 1) == 0 else math.nan)
    return sign * math.ldexp(mant, e - 16383 - 63)


# ---------------------------------------------------------------------------------------------- simple values

def _check_int(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None


def _simple_get(code, addr, swap):
    if code in "bBhHiIlLqQ":
        return _load_raw(addr, _CODES[code][2], swap)
    if code == 'f' or code == 'd':
        return _load_raw(addr, code, swap)
    if code == '?':
        return _read(addr, 1) != b'\0'
    if code == 'c':
        return _read(addr, 1)
    if code == 'u':
        return chr(_load_raw(addr, 'I'))
    if code == 'g':
        return _ld_unpack(_read(addr, 16))
    p = _load_raw(addr, 'P')
    if code == 'z':
        return None if p == 0 else _read_string(p)
    if code == 'Z':
        return None if p == 0 else _read_wstring(p)
    if code == 'P':
        return None if p == 0 else p
    if code == 'O':
        if p == 0:
            raise ValueError("PyObject is NULL")
        return _pyobjects[p]
    if code == 'v':
        return _load_raw(addr, 'h') != 0
    raise SystemError("bad ctypes code " + code)


def _simple_set(code, addr, value, swap, keep):
    """Stores value as code at addr; objects the memory must keep alive go to the list keep."""
    if code in "bBhHiIlLqQ":
        _store_raw(addr, _CODES[code][2], _check_int(value), swap)
    elif code == 'f' or code == 'd' or code == 'g':
        if not isinstance(value, (int, float)):
            if hasattr(type(value), '__float__'):
                value = value.__float__()
            else:
                raise TypeError("must be real number, not %s" % type(value).__name__)
        if code == 'g':
            _write(addr, _ld_pack(float(value)))
        else:
            _store_raw(addr, code, float(value), swap)
    elif code == '?':
        _write(addr, b'\1' if value else b'\0')
    elif code == 'c':
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            _write(addr, bytes(value))
        elif isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 256:
            _write(addr, bytes((value,)))
        else:
            raise TypeError("one character bytes, bytearray or integer expected")
    elif code == 'u':
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("one character unicode string expected")
        _store_raw(addr, 'I', ord(value))
    elif code == 'z':
        if value is None:
            p = 0
        elif isinstance(value, bytes):
            p = _native_bytes(value, keep)
            keep.append(value)
        elif isinstance(value, int):
            p = value
        else:
            raise TypeError("bytes or integer address expected instead of %s instance" % type(value).__name__)
        _store_raw(addr, 'P', p)
    elif code == 'Z':
        if value is None:
            p = 0
        elif isinstance(value, str):
            p = _native_wchars(value, keep)
            keep.append(value)
        elif isinstance(value, int):
            p = value
        else:
            raise TypeError("unicode string or integer address expected instead of %s instance" % type(value).__name__)
        _store_raw(addr, 'P', p)
    elif code == 'P':
        if value is None:
            p = 0
        elif isinstance(value, int):
            p = value
        else:
            raise TypeError("cannot be converted to pointer")
        _store_raw(addr, 'P', p)
    elif code == 'O':
        _pyobjects[id(value)] = value
        keep.append(value)
        _store_raw(addr, 'P', id(value))
    elif code == 'v':
        _store_raw(addr, 'h', -1 if value else 0)
    else:
        raise SystemError("bad ctypes code " + code)


# ---------------------------------------------------------------------------------------------- _CData

def _caller_module():
    """The module of the first caller outside _ctypes (CPython names a type made in C after the running code's: its
    type_new_set_module reads the current frame's globals, raising no sys._getframe event)."""
    name = _auditpy.caller_module(__name__)
    return '_ctypes' if name is None else name


def _root(obj):
    while obj._b_base_ is not None:
        obj = obj._b_base_
    return obj


def _keep(obj, things):
    if things:
        _root(obj)._b_keep.extend(things)


def _new(cls, addr=None, base=None, mem=None):
    """An instance of cls over memory: new memory when addr is None, else addr (owned by base or nobody)."""
    size = _sizeof_type(cls)
    self = object.__new__(cls)
    if addr is None:
        mem = _n.alloc(size)
        addr = _n.address(mem)
    object.__setattr__(self, '_b_mem', mem)
    object.__setattr__(self, '_b_addr', addr)
    object.__setattr__(self, '_b_base_', base)
    object.__setattr__(self, '_b_needsfree_', mem is not None)
    object.__setattr__(self, '_b_keep', [])
    return self


def _sizeof_type(cls):
    size = cls.__dict__.get('_b_size_')
    if size is None:
        for c in cls.__mro__:
            if '_b_size_' in c.__dict__:
                size = c.__dict__['_b_size_']
                break
    if size is None:
        raise TypeError("abstract class")
    return size


def _is_ctype(t):
    return isinstance(t, _CDataMeta) and _has_storage(t)


def _has_storage(t):
    return any('_b_size_' in c.__dict__ for c in t.__mro__)


def _is_simple_direct(t):
    """A simple type that is a direct subclass of _SimpleCData: its values come out as Python objects."""
    return isinstance(t, PyCSimpleType) and t.__bases__[0] is _SimpleCData


def _buffer_bytes(obj):
    if isinstance(obj, _CData):
        return _read(obj._b_addr, _sizeof_type(type(obj)))
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj)
    raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)


class _CDataMeta(type):
    def __mul__(cls, length):
        if not isinstance(length, int):
            return NotImplemented
        return _array_type(cls, length)

    __rmul__ = __mul__

    def from_address(cls, address):
        """C.from_address(integer) -> C instance
access a C instance at the specified address"""
        _sys.audit("ctypes.cdata", address)
        return _new(cls, _check_int(address))

    def from_buffer(cls, obj, offset=0):
        """C.from_buffer(object, offset=0) -> C instance
create a C instance from a writeable buffer"""
        size = _sizeof_type(cls)
        if isinstance(obj, _CData):
            base, addr, n = obj, obj._b_addr, _sizeof_type(type(obj))
        elif isinstance(obj, bytearray):
            keep = []
            addr = _native_bytes(obj, keep)
            base, n = None, len(obj)
        elif isinstance(obj, bytes):
            raise TypeError("underlying buffer is not writable")
        else:
            raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if n < size + offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)" % (n, size + offset))
        _sys.audit("ctypes.cdata/buffer", addr, n, offset)
        _sys.audit("ctypes.cdata", addr + offset)
        result = _new(cls, addr + offset, base)
        if base is None:
            result._b_keep.extend(keep)
        result._b_keep.append(obj)
        return result

    def from_buffer_copy(cls, obj, offset=0):
        """C.from_buffer_copy(object, offset=0) -> C instance
create a C instance from a readable buffer"""
        size = _sizeof_type(cls)
        data = _buffer_bytes(obj)
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if len(data) < size + offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)" % (len(data), size + offset))
        addr = obj._b_addr if isinstance(obj, _CData) else id(obj)
        _sys.audit("ctypes.cdata/buffer", addr, len(data), offset)
        result = _new(cls)
        _write(result._b_addr, data[offset:offset + size])
        return result

    def in_dll(cls, dll, name):
        """C.in_dll(dll, name) -> C instance
access a C instance in a dll"""
        _sys.audit("ctypes.dlsym", dll, name)
        handle = dll._handle
        r = _n.dlsym(handle, name)
        if isinstance(r, str):
            raise ValueError(r)
        _sys.audit("ctypes.cdata", r)
        return _new(cls, r)

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        if isinstance(value, CArgObject) and isinstance(value._obj, cls):
            return value
        p = getattr(value, '_as_parameter_', None)
        if p is not None:
            return cls.from_param(p)
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))


class _CData:
    def __new__(cls, *args, **kwargs):
        return _new(cls)

    @property
    def _objects(self):
        return self._b_keep or None

    def __ctypes_from_outparam__(self):
        return self

    def __bytes__(self):
        # bytes(obj): CPython's comes from the buffer protocol, which auditpy's Python classes have not
        return _read(self._b_addr, _sizeof_type(type(self)))

    def __reduce__(self):
        raise ValueError("ctypes objects containing pointers cannot be pickled")



class CArgObject:
    """byref(obj): a pointer to obj's memory (plus an offset), for a call's argument."""
    __slots__ = ('_obj', '_b_addr')

    def __init__(self, obj, addr):
        self._obj = obj
        self._b_addr = addr

    def __repr__(self):
        return "<cparam 'P' (%#x)>" % self._b_addr


_auditpy.set_module(CArgObject, None)


# ---------------------------------------------------------------------------------------------- simple types

class PyCSimpleType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if ns.get('_b_abstract_'):
            return
        code = getattr(cls, '_type_', None)
        if code is None and '_type_' not in dir(cls):
            raise AttributeError("class must define a '_type_' attribute")
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        if len(code) != 1 or code not in "cbBhHiIlLdfuzZqQPXOv?g":
            raise ValueError("class must define a '_type_' attribute which must be\n"
                             "a single character string containing one of 'cbBhHiIlLdfuzZqQPXOv?g'.")
        if code == 'X':
            raise ValueError("BSTR is not supported by auditpy's ctypes")
        size, align, _ = _CODES[code]
        type.__setattr__(cls, '_b_size_', size)
        type.__setattr__(cls, '_b_align_', align)
        if bases and bases[0] is _SimpleCData and '_b_swapped_' not in ns:
            _simple_types.setdefault(code, cls)
        if '_b_swapped_' not in ns and code in _SWAPPABLE and bases and bases[0] is _SimpleCData:
            # CPython's swapped type: named c_int_be, with the qualified name (and so the repr) of c_int
            sw = PyCSimpleType(name + "_be", bases, {'_type_': code, '__module__': cls.__module__, '_b_swapped_': True,
                                                     '__qualname__': cls.__qualname__})
            type.__setattr__(cls, '__ctype_le__', cls)
            type.__setattr__(cls, '__ctype_be__', sw)
            type.__setattr__(sw, '__ctype_le__', cls)
            type.__setattr__(sw, '__ctype_be__', sw)

    def from_param(cls, value):
        code = cls._type_
        if isinstance(value, cls):
            return value
        if code == 'z':
            if value is None or isinstance(value, bytes):
                return cls(value)
            if isinstance(value, (Array, _Pointer)) and getattr(type(value)._type_, '_type_', None) == 'c':
                return value
            if isinstance(value, CArgObject) and getattr(type(value._obj), '_type_', None) == 'c':
                return value
        elif code == 'Z':
            if value is None or isinstance(value, str):
                return cls(value)
            if isinstance(value, (Array, _Pointer)) and getattr(type(value)._type_, '_type_', None) == 'u':
                return value
        elif code == 'P':
            if value is None or isinstance(value, int):
                return cls(value)
            if isinstance(value, bytes):
                return c_char_p_like(value)
            if isinstance(value, str):
                return c_wchar_p_like(value)
            if isinstance(value, (Array, _Pointer, CFuncPtr, CArgObject)):
                return value
            if isinstance(value, _SimpleCData) and type(value)._type_ in "zZP":
                return value
        else:
            try:
                return cls(value)
            except (TypeError, ValueError):
                pass
        p = getattr(value, '_as_parameter_', None)
        if p is not None:
            return cls.from_param(p)
        raise TypeError("wrong type")


def c_char_p_like(value):
    t = _simple_types['z']
    return t(value)


def c_wchar_p_like(value):
    t = _simple_types['Z']
    return t(value)


_simple_types = {}
_NO_VALUE = object()


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    _b_abstract_ = True

    def __init__(self, value=_NO_VALUE):
        if value is not _NO_VALUE:
            self.value = value

    @property
    def value(self):
        t = type(self)
        return _simple_get(t._type_, self._b_addr, '_b_swapped_' in t.__dict__)

    @value.setter
    def value(self, value):
        t = type(self)
        keep = []
        _simple_set(t._type_, self._b_addr, value, '_b_swapped_' in t.__dict__, keep)
        _keep(self, keep)

    def __repr__(self):
        t = type(self)
        if t.__bases__[0] is not _SimpleCData:
            return "<%s object at %#x>" % (t.__name__, id(self))
        return "%s(%r)" % (t.__name__, self.value)

    def __bool__(self):
        return any(_read(self._b_addr, _sizeof_type(type(self))))

    def __ctypes_from_outparam__(self):
        if type(self).__bases__[0] is _SimpleCData:
            return self.value
        return self


del _SimpleCData._b_abstract_


# ---------------------------------------------------------------------------------------------- pointers

class PyCPointerType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if ns.get('_b_abstract_'):
            return
        type.__setattr__(cls, '_b_size_', 8)
        type.__setattr__(cls, '_b_align_', 8)
        t = ns.get('_type_')
        if t is not None and not _has_storage(t):
            raise TypeError("_type_ must have storage info")

    def set_type(cls, t):
        if not _has_storage(t):
            raise TypeError("_type_ must have storage info")
        type.__setattr__(cls, '_type_', t)

    def from_param(cls, value):
        if value is None:
            return None
        t = cls._type_
        if isinstance(value, t):
            return byref(value)
        if isinstance(value, (_Pointer, Array)) and isinstance(type(value)._type_, type) and issubclass(type(value)._type_, t):
            return value
        return _CDataMeta.from_param(cls, value)


class _Pointer(_CData, metaclass=PyCPointerType):
    _b_abstract_ = True

    def __init__(self, value=_NO_VALUE):
        if value is not _NO_VALUE:
            self.contents = value

    def _b_target(self):
        return _load_raw(self._b_addr, 'P')

    @property
    def contents(self):
        p = self._b_target()
        if p == 0:
            raise ValueError("NULL pointer access")
        return _new(type(self)._type_, p, self)

    @contents.setter
    def contents(self, value):
        t = type(self)._type_
        if not isinstance(value, t):
            raise TypeError("expected %s instead of %s" % (t.__name__, type(value).__name__))
        _store_raw(self._b_addr, 'P', value._b_addr)
        _keep(self, [value])

    def __bool__(self):
        return self._b_target() != 0

    def __getitem__(self, index):
        t = type(self)._type_
        size = _sizeof_type(t)
        p = self._b_target()
        if isinstance(index, slice):
            if index.stop is None:
                raise ValueError("slice stop is required")
            items = [_item_get(t, p + i * size, self) for i in range(*index.indices(index.stop))]
            code = getattr(t, '_type_', None)
            if code == 'c':
                return b''.join(items)
            if code == 'u':
                return ''.join(items)
            return items
        if p == 0:
            raise ValueError("NULL pointer access")
        return _item_get(t, p + _check_int(index) * size, self)

    def __setitem__(self, index, value):
        t = type(self)._type_
        p = self._b_target()
        if p == 0:
            raise ValueError("NULL pointer access")
        _item_set(self, t, p + _check_int(index) * _sizeof_type(t), value)


del _Pointer._b_abstract_

_pointer_type_cache = {}


def POINTER(cls):
    """Create and return a new ctypes pointer type."""
    try:
        return _pointer_type_cache[cls]
    except (KeyError, TypeError):
        pass
    if isinstance(cls, str):
        t = PyCPointerType(cls, (_Pointer,), {'__module__': 'ctypes'})
        _pointer_type_cache[id(t)] = t
        return t
    if not isinstance(cls, type):
        raise TypeError("must be a ctypes type")
    t = PyCPointerType("LP_%s" % cls.__name__, (_Pointer,), {'_type_': cls, '__module__': _caller_module()})
    _pointer_type_cache[cls] = t
    return t


def pointer(obj):
    """Create a new pointer instance, pointing to 'obj'."""
    if not isinstance(obj, _CData):
        raise TypeError("_type_ must have storage info")
    return POINTER(type(obj))(obj)


def _item_get(t, addr, base):
    if _is_simple_direct(t):
        return _simple_get(t._type_, addr, '_b_swapped_' in t.__dict__)
    return _new(t, addr, base)


def _item_set(owner, t, addr, value):
    keep = []
    if _is_simple_direct(t):
        if isinstance(value, t):
            value = value.value
        _simple_set(t._type_, addr, value, '_b_swapped_' in t.__dict__, keep)
    elif isinstance(value, t):
        _write(addr, _read(value._b_addr, _sizeof_type(t)))
        keep.append(value)
    elif isinstance(t, PyCPointerType) and isinstance(value, Array) and issubclass(type(value)._type_, t._type_):
        _store_raw(addr, 'P', value._b_addr)
        keep.append(value)
    elif isinstance(t, PyCArrayType) and getattr(t._type_, '_type_', None) == 'c' and isinstance(value, bytes):
        if len(value) > t._length_:
            raise ValueError("bytes too long (%d, maximum length %d)" % (len(value), t._length_))
        _write(addr, value + (b'\0' if len(value) < t._length_ else b''))
    elif isinstance(t, PyCArrayType) and getattr(t._type_, '_type_', None) == 'u' and isinstance(value, str):
        if len(value) > t._length_:
            raise ValueError("string too long (%d, maximum length %d)" % (len(value), t._length_))
        _write(addr, (value + ('\0' if len(value) < t._length_ else '')).encode('utf-32-le'))
    elif isinstance(value, tuple) and isinstance(t, (PyCStructType, UnionType, PyCArrayType)):
        v = t(*value)
        _write(addr, _read(v._b_addr, _sizeof_type(t)))
        keep.append(v)
    elif isinstance(t, PyCStructType) or isinstance(t, UnionType):
        raise TypeError("expected %s instance, got %s" % (t.__name__, type(value).__name__))
    else:
        raise TypeError("incompatible types, %s instance instead of %s instance" % (type(value).__name__, t.__name__))
    _keep(owner, keep)


# ---------------------------------------------------------------------------------------------- arrays

class PyCArrayType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if ns.get('_b_abstract_'):
            return
        length = getattr(cls, '_length_', None)
        if not isinstance(length, int):
            raise AttributeError("class must define a '_length_' attribute, which must be a positive integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        t = getattr(cls, '_type_', None)
        if t is None or not _has_storage(t):
            raise TypeError("_type_ must have storage info")
        type.__setattr__(cls, '_b_size_', _sizeof_type(t) * length)
        type.__setattr__(cls, '_b_align_', t._b_align_)
        code = getattr(t, '_type_', None)
        if code == 'c':
            type.__setattr__(cls, 'value', property(_char_array_value, _char_array_set_value))
            type.__setattr__(cls, 'raw', property(_char_array_raw, _char_array_set_raw))
        elif code == 'u':
            type.__setattr__(cls, 'value', property(_wchar_array_value, _wchar_array_set_value))


def _char_array_value(self):
    raw = _read(self._b_addr, type(self)._length_)
    i = raw.find(b'\0')
    return raw if i < 0 else raw[:i]


def _char_array_set_value(self, value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected instead of %s instance" % type(value).__name__)
    n = type(self)._length_
    if len(value) > n:
        raise ValueError("byte string too long")
    _write(self._b_addr, value + (b'\0' if len(value) < n else b''))


def _char_array_raw(self):
    return _read(self._b_addr, type(self)._length_)


def _char_array_set_raw(self, value):
    if not isinstance(value, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
    value = bytes(value)
    if len(value) > type(self)._length_:
        raise ValueError("byte string too long")
    _write(self._b_addr, value)


def _wchar_array_value(self):
    s = _read(self._b_addr, 4 * type(self)._length_).decode('utf-32-le', 'surrogatepass')
    i = s.find('\0')
    return s if i < 0 else s[:i]


def _wchar_array_set_value(self, value):
    if not isinstance(value, str):
        raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
    n = type(self)._length_
    if len(value) > n:
        raise ValueError("string too long")
    _write(self._b_addr, (value + ('\0' if len(value) < n else '')).encode('utf-32-le', 'surrogatepass'))


class Array(_CData, metaclass=PyCArrayType):
    _b_abstract_ = True

    def __init__(self, *args):
        n = type(self)._length_
        if len(args) > n:
            raise IndexError("invalid index")
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return type(self)._length_

    def _b_index(self, index):
        n = type(self)._length_
        i = _check_int(index)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, index):
        t = type(self)._type_
        size = _sizeof_type(t)
        if isinstance(index, slice):
            items = [_item_get(t, self._b_addr + i * size, self) for i in range(*index.indices(type(self)._length_))]
            code = getattr(t, '_type_', None)
            if code == 'c':
                return b''.join(items)
            if code == 'u':
                return ''.join(items)
            return items
        return _item_get(t, self._b_addr + self._b_index(index) * size, self)

    def __setitem__(self, index, value):
        t = type(self)._type_
        size = _sizeof_type(t)
        if isinstance(index, slice):
            r = range(*index.indices(type(self)._length_))
            if len(value) != len(r):
                raise ValueError("Can only assign sequence of same size")
            for i, v in zip(r, value):
                _item_set(self, t, self._b_addr + i * size, v)
            return
        _item_set(self, t, self._b_addr + self._b_index(index) * size, value)

    __class_getitem__ = classmethod(lambda cls, item: cls)


del Array._b_abstract_

_array_cache = {}


def _array_type(t, length):
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    key = (t, length)
    a = _array_cache.get(key)
    if a is None:
        a = PyCArrayType("%s_Array_%d" % (t.__name__, length), (Array,),
                         {'_type_': t, '_length_': length, '__module__': _caller_module()})
        _array_cache[key] = a
    return a


# ---------------------------------------------------------------------------------------------- structures, unions

class CField:
    """A field of a Structure or Union: its offset and size; reads and writes the field of an instance."""
    __slots__ = ('offset', 'size', '_type', '_name', '_index')

    def __init__(self, name, t, offset, size, index):
        self._name = name
        self._type = t
        self.offset = offset
        self.size = size
        self._index = index

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        t = self._type
        if isinstance(t, PyCArrayType) and getattr(t._type_, '_type_', None) in ('c', 'u'):
            # CPython's "s" and "U" getters: a char array field reads as bytes (a wchar one as str) up to the NUL
            return _new(t, obj._b_addr + self.offset, obj).value
        return _item_get(t, obj._b_addr + self.offset, obj)

    def __set__(self, obj, value):
        _item_set(obj, self._type, obj._b_addr + self.offset, value)

    def __repr__(self):
        return "<Field type=%s, ofs=%d, size=%d>" % (self._type.__name__, self.offset, self.size)


_auditpy.set_module(CField, '_ctypes')


class _BitField(CField):
    """A bit field: size is (bits << 16) + the position of its lowest bit in the storage unit at offset."""
    __slots__ = ()

    def _unit(self):
        n = _sizeof_type(self._type)
        return {1: 'B', 2: 'H', 4: 'I', 8: 'Q'}[n], '_b_swapped_' in self._type.__dict__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        ncode, swap = self._unit()
        bits, pos = self.size >> 16, self.size & 0xffff
        v = (_load_raw(obj._b_addr + self.offset, ncode, swap) >> pos) & ((1 << bits) - 1)
        code = self._type._type_
        if code in _SIGNED and v >> (bits - 1):
            v -= 1 << bits
        if code == '?':
            return bool(v)
        if code == 'c':
            return bytes((v,))
        return v

    def __set__(self, obj, value):
        code = self._type._type_
        if code == '?':
            v = 1 if value else 0
        elif code == 'c':
            if not isinstance(value, bytes) or len(value) != 1:
                raise TypeError("one character bytes, bytearray or integer expected")
            v = value[0]
        else:
            v = _check_int(value)
        ncode, swap = self._unit()
        bits, pos = self.size >> 16, self.size & 0xffff
        mask = ((1 << bits) - 1) << pos
        addr = obj._b_addr + self.offset
        unit = _load_raw(addr, ncode, swap)
        _store_raw(addr, ncode, (unit & ~mask) | ((v << pos) & mask), swap)

    def __repr__(self):
        return "<Field type=%s, ofs=%d:%d, bits=%d>" % (self._type.__name__, self.offset, self.size & 0xffff, self.size >> 16)


class _StructMeta(_CDataMeta):
    _b_union_ = False

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if ns.get('_b_abstract_'):
            return
        if '_fields_' in ns:
            fields = ns['_fields_']
            type.__delattr__(cls, '_fields_')
            setattr(cls, '_fields_', fields)
        else:
            base = bases[0] if bases else None
            if base is not None and _has_storage(base):
                type.__setattr__(cls, '_b_size_', _sizeof_type(base))
                type.__setattr__(cls, '_b_align_', base._b_align_)
                type.__setattr__(cls, '_b_allfields_', base._b_allfields_)
            else:
                # no fields yet (they may be set later, as for a linked list's node): size 0
                type.__setattr__(cls, '_b_size_', 0)
                type.__setattr__(cls, '_b_align_', 1)
                type.__setattr__(cls, '_b_allfields_', ())

    def __setattr__(cls, name, value):
        if name == '_fields_':
            if '_b_final_' in cls.__dict__:
                raise AttributeError("_fields_ is final")
            cls._b_layout(value)
        super().__setattr__(name, value)

    def _b_layout(cls, fields):
        union = cls._b_union_
        base = cls.__bases__[0]
        if isinstance(base, _StructMeta) and _has_storage(base):
            offset, align, allfields = _sizeof_type(base), base._b_align_, list(base._b_allfields_)
            type.__setattr__(base, '_b_final_', True)
        else:
            offset, align, allfields = 0, 1, []
        pack = cls.__dict__.get('_pack_')
        big = hasattr(cls, '_swappedbytes_')
        size = offset
        field_size = bitofs = 0     # the open bit field's storage unit (in bits) and the bits used in it
        fields = list(fields)
        for i, desc in enumerate(fields):
            if not isinstance(desc, tuple) or len(desc) < 2:
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            name, t = desc[0], desc[1]
            if not isinstance(t, type) or not _has_storage(t):
                raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % i)
            fsize = _sizeof_type(t)
            falign = t._b_align_
            if pack:
                falign = min(falign, pack)
            bits = None
            if len(desc) > 2:
                bits = desc[2]
                if not isinstance(t, PyCSimpleType) or t._type_ not in "bBhHiIlLqQ?c":
                    raise TypeError("bit fields not allowed for type %s" % t.__name__)
                if not isinstance(bits, int) or bits <= 0 or bits > fsize * 8:
                    raise ValueError("number of bits invalid for bit field")
            pos = 0
            if union:
                foffset = 0
                size = max(size, fsize)
                if bits is not None:
                    pos = fsize * 8 - bits if big else 0
            elif bits is not None and field_size and fsize * 8 <= field_size and bitofs + bits <= field_size:
                # CPython 3.11's cfield.c (GCC mode): continue the open bit field
                pos = field_size - bitofs - bits if big else bitofs
                foffset = offset - fsize
                bitofs += bits
            elif bits is not None and field_size and fsize * 8 >= field_size and bitofs + bits <= fsize * 8:
                # expand the open bit field to this wider type
                offset += fsize - field_size // 8
                size = offset
                field_size = fsize * 8
                pos = field_size - bitofs - bits if big else bitofs
                foffset = offset - fsize
                bitofs += bits
            else:
                if bits is not None:
                    field_size = fsize * 8
                    pos = field_size - bits if big else 0
                    bitofs = bits
                else:
                    field_size = bitofs = 0
                foffset = (offset + falign - 1) // falign * falign
                offset = foffset + fsize
                size = offset
                align = max(align, falign)
            if union:
                align = max(align, falign)
            if isinstance(t, _StructMeta):
                type.__setattr__(t, '_b_final_', True)
            if bits is None:
                f = CField(name, t, foffset, fsize, len(allfields))
            else:
                f = _BitField(name, t, foffset, (bits << 16) + pos, len(allfields))
            type.__setattr__(cls, name, f)
            allfields.append(name)
        size = (size + align - 1) // align * align
        type.__setattr__(cls, '_b_size_', size)
        type.__setattr__(cls, '_b_align_', align)
        type.__setattr__(cls, '_b_allfields_', tuple(allfields))
        type.__setattr__(cls, '_b_final_', True)


class PyCStructType(_StructMeta):
    pass


class UnionType(_StructMeta):
    _b_union_ = True


def _struct_init(self, *args, **kwargs):
    names = getattr(type(self), '_b_allfields_', ())
    for name, v in zip(names, args):
        setattr(self, name, v)
    if len(args) > len(names):
        raise TypeError("too many initializers")
    for name, v in kwargs.items():
        if name in names[:len(args)]:
            raise TypeError("duplicate values for field %r" % name)
        setattr(self, name, v)


class Structure(_CData, metaclass=PyCStructType):
    """Structure base class"""
    _b_abstract_ = True
    __init__ = _struct_init


class Union(_CData, metaclass=UnionType):
    """Union base class"""
    _b_abstract_ = True
    __init__ = _struct_init


del Structure._b_abstract_, Union._b_abstract_


# ---------------------------------------------------------------------------------------------- module functions

def sizeof(obj):
    """sizeof(C type) -> integer
sizeof(C instance) -> integer
Return the size in bytes of a C instance"""
    t = obj if isinstance(obj, type) else type(obj)
    if isinstance(t, _CDataMeta) and _has_storage(t):
        return _sizeof_type(t)
    raise TypeError("this type has no size")


def alignment(obj):
    """alignment(C type) -> integer
alignment(C instance) -> integer
Return the alignment requirements of a C instance"""
    t = obj if isinstance(obj, type) else type(obj)
    if isinstance(t, _CDataMeta) and _has_storage(t):
        return t._b_align_
    raise TypeError("no alignment info")


def addressof(obj):
    """addressof(C instance) -> integer
Return the address of the C instance internal buffer"""
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    _sys.audit("ctypes.addressof", obj)
    return obj._b_addr


def byref(obj, offset=0):
    """byref(C instance[, offset=0]) -> byref-object
Return a pointer lookalike to a C instance, only usable
as function argument"""
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    return CArgObject(obj, obj._b_addr + offset)


def resize(obj, size):
    raise NotImplementedError("resize() is not supported by auditpy's ctypes")


def get_errno():
    _sys.audit("ctypes.get_errno")
    return _n.get_errno()


def set_errno(value):
    _sys.audit("ctypes.set_errno", value)
    return _n.set_errno(value)


def dlopen(name, mode=RTLD_LOCAL):
    """dlopen(name, flag={RTLD_GLOBAL|RTLD_LOCAL}) open a shared library"""
    _sys.audit("ctypes.dlopen", name)
    if name is not None and not isinstance(name, (str, bytes)):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(name).__name__)
    return _n.dlopen(name, mode | _RTLD_NOW)


def dlsym(handle, name):
    """find symbol in shared library"""
    _sys.audit("ctypes.dlsym/handle", handle, name)
    r = _n.dlsym(handle, name)
    if isinstance(r, str):
        raise OSError(r)
    return r


def dlclose(handle):
    """dlclose a library"""
    if _n.dlclose(handle) != 0:
        raise OSError("dlclose failed")


def PyObj_FromPtr(address):
    """The object whose id() is address: only objects stored in a py_object (auditpy's ids are no addresses)."""
    try:
        obj = _pyobjects[address]
    except KeyError:
        raise ValueError("PyObj_FromPtr: no object with id %#x was stored in a ctypes py_object" % address) from None
    _sys.audit("ctypes.PyObj_FromPtr", obj)
    return obj


def Py_INCREF(obj):
    return obj


def Py_DECREF(obj):
    return obj


# ---------------------------------------------------------------------------------------------- foreign calls

def _param(i, p, keep):
    """(native code, value) of a converted argument p."""
    if p is None:
        return 'P', 0
    if isinstance(p, CArgObject):
        keep.append(p._obj)
        return 'P', p._b_addr
    if isinstance(p, _SimpleCData):
        code = type(p)._type_
        if code == 'g':
            raise TypeError("long double arguments are not supported by auditpy's ctypes")
        keep.append(p)
        ncode = _CODES[code][2]
        return ncode, _load_raw(p._b_addr, ncode, '_b_swapped_' in type(p).__dict__)
    if isinstance(p, (_Pointer, CFuncPtr)):
        keep.append(p)
        return 'P', _load_raw(p._b_addr, 'P')
    if isinstance(p, Array):
        keep.append(p)
        return 'P', p._b_addr
    if isinstance(p, (Structure, Union)):
        raise TypeError("auditpy's ctypes cannot pass a structure or union by value")
    if isinstance(p, bool) or isinstance(p, int):
        if not -(1 << 63) <= p < (1 << 63):
            raise OverflowError("int too long to convert")
        return 'i', p
    if isinstance(p, bytes):
        return 'P', _native_bytes(p, keep)
    if isinstance(p, str):
        return 'P', _native_wchars(p, keep)
    a = getattr(p, '_as_parameter_', None)
    if a is not None:
        return _param(i, a, keep)
    raise TypeError("Don't know how to convert parameter %d" % (i + 1))


def _convert_args(args, argtypes, keep):
    codes = []
    values = []
    for i, a in enumerate(args):
        try:
            if argtypes is not None and i < len(argtypes):
                a = argtypes[i].from_param(a)
            c, v = _param(i, a, keep)
        except Exception as e:
            raise ArgumentError("argument %d: %s: %s" % (i + 1, type(e).__name__, e)) from None
        codes.append(c)
        values.append(v)
    return ''.join(codes), tuple(values)


def _result_code(restype):
    if restype is None:
        return 'v'
    if isinstance(restype, PyCSimpleType):
        code = _CODES[restype._type_][2]
        if code is None:
            raise TypeError("long double results are not supported by auditpy's ctypes")
        return code
    if isinstance(restype, (PyCPointerType, PyCFuncPtrType)):
        return 'P'
    if isinstance(restype, _CDataMeta):
        raise TypeError("auditpy's ctypes cannot return a structure or union by value")
    return 'i'


def _result(restype, raw):
    if restype is None:
        return None
    if isinstance(restype, _CDataMeta):
        inst = _new(restype)
        _store_raw(inst._b_addr, _result_code(restype), raw, '_b_swapped_' in restype.__dict__)
        if _is_simple_direct(restype):
            return inst.value
        return inst
    return restype(raw)


def _to_native_result(restype, value):
    if restype is None:
        return None
    if isinstance(value, restype) and isinstance(restype, _CDataMeta):
        inst = value
    else:
        inst = restype(value)
    return _load_raw(inst._b_addr, _result_code(restype))


# Functions of CPython's _ctypes that ctypes/__init__.py calls through a function pointer made from their address
# (_cast_addr, _string_at_addr, _wstring_at_addr): here Python functions behind addresses of blocks of their own.
_PYIMPL = {}
_pyimpl_blocks = []


def _pyimpl(f):
    mem = _n.alloc(1)
    _pyimpl_blocks.append(mem)
    addr = _n.address(mem)
    _PYIMPL[addr] = f
    return addr


def _cast_impl(ptr, src, typ):
    if not (isinstance(typ, (PyCPointerType, PyCFuncPtrType)) or (isinstance(typ, PyCSimpleType) and typ._type_ in "zZP")):
        raise TypeError("cast() argument 2 must be a pointer type, not %s" % getattr(typ, '__name__', type(typ).__name__))
    result = _new(typ)
    _store_raw(result._b_addr, 'P', ptr or 0)
    if isinstance(src, _CData):
        result._b_keep.append(src)
    return result


def _string_at_impl(ptr, size):
    _sys.audit("ctypes.string_at", ptr, size)
    if size == -1:
        return _read_string(ptr)
    return _read(ptr, size)


def _wstring_at_impl(ptr, size):
    _sys.audit("ctypes.wstring_at", ptr, size)
    if size == -1:
        return _read_wstring(ptr)
    return _read_wstring(ptr, size)


_cast_addr = _pyimpl(_cast_impl)
_string_at_addr = _pyimpl(_string_at_impl)
_wstring_at_addr = _pyimpl(_wstring_at_impl)
_libc = _n.dlopen(None, _RTLD_NOW)
_memmove_addr = _n.dlsym(_libc, "memmove")
_memset_addr = _n.dlsym(_libc, "memset")


def call_function(address, arguments):
    _sys.audit("ctypes.call_function", address, arguments)
    keep = []
    codes, values = _convert_args(arguments, None, keep)
    return _n.call(address, 'i', codes, values, False)


call_cdeclfunction = call_function


class PyCFuncPtrType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if ns.get('_b_abstract_'):
            return
        type.__setattr__(cls, '_b_size_', 8)
        type.__setattr__(cls, '_b_align_', 8)


def _check_argtypes(value):
    if value is None:
        return None
    try:
        items = tuple(value)
    except TypeError:
        raise TypeError("_argtypes_ must be a sequence of types") from None
    for i, t in enumerate(items):
        if not hasattr(t, 'from_param'):
            raise TypeError("item %d in _argtypes_ has no from_param method" % (i + 1))
    return items


class CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    """Function Pointer"""
    _b_abstract_ = True

    def __new__(cls, *args):
        self = _new(cls)
        if not args:
            return self
        a = args[0]
        if isinstance(a, tuple) and len(a) >= 2:
            name, dll = a[0], a[1]
            _sys.audit("ctypes.dlsym", dll, name)
            handle = dll._handle
            if not isinstance(handle, int):
                raise TypeError("the _handle attribute of the second argument must be an integer")
            if isinstance(name, int):
                raise AttributeError("function ordinal %d not found" % name)
            r = _n.dlsym(handle, name)
            if isinstance(r, str):
                raise AttributeError(r)
            _store_raw(self._b_addr, 'P', r)
            self._b_keep.append(dll)
        elif isinstance(a, int):
            _store_raw(self._b_addr, 'P', a)
        elif callable(a):
            restype = getattr(cls, '_restype_', None)
            argtypes = getattr(cls, '_argtypes_', None) or ()
            rc = _result_code(restype)
            codes = ''.join(_param_code(t) for t in argtypes)

            def convert(*raw):
                return tuple([_result(t, v) for t, v in zip(argtypes, raw)])

            def convert_result(r):
                return _to_native_result(restype, r)

            stub = _n.callback(convert, a, convert_result, rc, codes)
            _store_raw(self._b_addr, 'P', _n.address(stub))
            self._b_keep.append(stub)
            self._b_keep.append(a)
            self._b_callable = a
        else:
            raise TypeError("argument must be callable or integer function address")
        return self

    def __init__(self, *args):
        pass

    @property
    def restype(self):
        try:
            return self.__dict__['_b_restype']
        except KeyError:
            return getattr(type(self), '_restype_', None)

    @restype.setter
    def restype(self, value):
        if value is not None and not isinstance(value, _CDataMeta) and not callable(value):
            raise TypeError("restype must be a type, a callable, or None")
        self.__dict__['_b_restype'] = value

    @restype.deleter
    def restype(self):
        raise TypeError("restype cannot be deleted")

    @property
    def argtypes(self):
        try:
            return self.__dict__['_b_argtypes']
        except KeyError:
            return getattr(type(self), '_argtypes_', None)

    @argtypes.setter
    def argtypes(self, value):
        _check_argtypes(value)
        self.__dict__['_b_argtypes'] = value

    @argtypes.deleter
    def argtypes(self):
        self.__dict__.pop('_b_argtypes', None)

    @property
    def errcheck(self):
        return self.__dict__.get('_b_errcheck')

    @errcheck.setter
    def errcheck(self, value):
        if value is not None and not callable(value):
            raise TypeError("the errcheck attribute must be callable")
        self.__dict__['_b_errcheck'] = value

    def __bool__(self):
        return _load_raw(self._b_addr, 'P') != 0

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("ctypes function pointers take no keyword arguments")
        addr = _load_raw(self._b_addr, 'P')
        argtypes = self.argtypes
        restype = self.restype
        if argtypes is not None:
            argtypes = tuple(argtypes)
            if len(argtypes) > len(args):
                raise TypeError("this function takes at least %d argument%s (%d given)"
                                % (len(argtypes), "" if len(argtypes) == 1 else "s", len(args)))
        impl = _PYIMPL.get(addr)
        if impl is not None:
            vals = []
            for i, (t, a) in enumerate(zip(argtypes, args)):
                if getattr(t, '_type_', None) == 'O':
                    vals.append(a)
                else:
                    try:
                        c, v = _param(i, t.from_param(a), [])
                    except Exception as e:
                        raise ArgumentError("argument %d: %s: %s" % (i + 1, type(e).__name__, e)) from None
                    vals.append(v)
            return impl(*vals)
        if addr == 0:
            raise ValueError("NULL function pointer")  # CPython crashes
        keep = []
        codes, values = _convert_args(args, argtypes, keep)
        flags = getattr(type(self), '_flags_', FUNCFLAG_CDECL)
        raw = _n.call(addr, _result_code(restype), codes, values, bool(flags & FUNCFLAG_USE_ERRNO))
        result = _result(restype, raw)
        errcheck = self.errcheck
        if errcheck is not None:
            return errcheck(result, self, args)
        return result


def _param_code(t):
    if isinstance(t, PyCSimpleType):
        code = _CODES[t._type_][2]
        if code is None:
            raise TypeError("long double arguments are not supported by auditpy's ctypes")
        return code
    if isinstance(t, (PyCPointerType, PyCFuncPtrType, PyCArrayType)):
        return 'P'
    raise TypeError("auditpy's ctypes cannot pass a structure or union by value")


del CFuncPtr._b_abstract_

for _c in (PyCSimpleType, PyCPointerType, PyCArrayType, PyCStructType, UnionType, PyCFuncPtrType, _SimpleCData,
           _Pointer, Array, Structure, Union, CFuncPtr):
    _auditpy.set_module(_c, '_ctypes')
del _c


def _unpickle(cls, state):
    raise NotImplementedError("ctypes pickling is not supported by auditpy's ctypes")


def buffer_info(obj):
    raise NotImplementedError("buffer_info() is not supported by auditpy's ctypes")
