"""Arrays of numbers or characters of one C type (the ``array`` module, CPython's Modules/arraymodule.c).

An ``array`` keeps its items as Python values checked and converted as the C type would store them: ints in the
type's range (CPython's OverflowError and TypeError messages, per type code), floats rounded to single precision
for 'f', one-character strs for 'u'. ``tobytes``/``frombytes`` use the machine's layout (little-endian x86-64: 'l'
and 'q' are 8 bytes, 'u' is a 4-byte wchar_t). Creating an array raises the audit event ``array.__new__`` with
``(typecode, initializer or None)``, as CPython's does, before the type code and initializer are checked.

Differences from CPython: no buffer protocol (``memoryview``), ``buffer_info()`` gives the id as the address, and
``hash()`` of an array says "unhashable type: 'array'" (CPython names the C type 'array.array').
"""

import _auditpy
import math as _math
import struct as _struct
import sys as _sys

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# type code: (struct format, item size, (min, max) or None, messages above/below range, machine format code)
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1

_TYPES = {
    'b': ('b', 1, (-128, 127), ('signed char is greater than maximum', 'signed char is less than minimum'), 1),
    'B': ('B', 1, (0, 255), ('unsigned byte integer is greater than maximum', 'unsigned byte integer is less than minimum'), 0),
    'u': ('I', 4, None, None, 20),
    'h': ('h', 2, (-32768, 32767), ('signed short integer is greater than maximum', 'signed short integer is less than minimum'), 4),
    'H': ('H', 2, (0, 65535), ('unsigned short is greater than maximum', 'unsigned short is less than minimum'), 2),
    'i': ('i', 4, (-(1 << 31), (1 << 31) - 1), ('signed integer is greater than maximum', 'signed integer is less than minimum'), 8),
    'I': ('I', 4, (0, (1 << 32) - 1), ('unsigned int is greater than maximum', None), 6),
    'l': ('q', 8, (_LONG_MIN, _LONG_MAX), None, 12),
    'L': ('Q', 8, (0, _ULONG_MAX), None, 10),
    'q': ('q', 8, (_LONG_MIN, _LONG_MAX), None, 12),
    'Q': ('Q', 8, (0, _ULONG_MAX), None, 10),
    'f': ('f', 4, None, None, 14),
    'd': ('d', 8, None, None, 16),
}

# |x| from which a double rounds to infinity as a float (FLT_MAX plus half of its last unit)
_FLOAT_OVERFLOW = 3.4028235677973366e+38


def _index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


def _convert(tc, v):
    """``v`` as an item of type code ``tc`` stores it, or CPython's TypeError/OverflowError."""
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if tc == 'f' or tc == 'd':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int):
            try:
                x = float(v)
            except OverflowError:
                raise OverflowError('int too large to convert to float') from None
        else:
            f = getattr(type(v), '__float__', None)
            if f is None:
                if getattr(type(v), '__index__', None) is not None:
                    x = float(_index(v))
                else:
                    raise TypeError('must be real number, not %s' % type(v).__name__)
            else:
                x = f(v)
        if tc == 'f':
            if _math.isfinite(x) and abs(x) >= _FLOAT_OVERFLOW:
                return _math.copysign(_math.inf, x)
            if _math.isfinite(x):
                return _struct.unpack('f', _struct.pack('f', x))[0]
        return x
    n = _index(v)
    lo, hi = _TYPES[tc][2]
    if tc in 'bBhHil':
        if n < _LONG_MIN or n > _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
    elif tc in 'IL':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n > _ULONG_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
    elif tc == 'q':
        if n < lo or n > hi:
            raise OverflowError('int too big to convert')
    elif tc == 'Q':
        if n < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if n > hi:
            raise OverflowError('int too big to convert')
    if n < lo or n > hi:
        messages = _TYPES[tc][3]
        raise OverflowError(messages[0] if n > hi else messages[1])
    return n


def _item_index(i):
    """An item index (CPython's index-sized integer): an int beyond it is IndexError."""
    try:
        i = _index(i)
    except TypeError:
        raise TypeError('array indices must be integers') from None
    if not -_sys.maxsize - 1 <= i <= _sys.maxsize:
        raise IndexError("cannot fit 'int' into an index-sized integer")
    return i


def _check_typecode(typecode):
    if not isinstance(typecode, str) or len(typecode) != 1:
        if isinstance(typecode, str):
            raise TypeError('array() argument 1 must be a unicode character, not str')
        raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
    if typecode not in _TYPES:
        raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and initialized from the optional initializer
    value, which must be a list, a bytes-like object, or iterable over elements of the appropriate type."""

    __slots__ = ('_tc', '_items', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        if not 1 <= len(args) <= 2:
            raise TypeError('array() takes at least 1 argument (0 given)' if not args else
                            'array expected at most 2 arguments, got %d' % len(args))
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            _check_typecode(typecode)
        # the event shows None for an absent initializer; an explicit None is iterated (a TypeError), as in CPython
        _sys.audit('array.__new__', typecode, args[1] if len(args) > 1 else None)
        _check_typecode(typecode)
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if len(args) < 2:
            return self
        initializer = args[1]
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self._items = [_convert(typecode, v) for v in initializer._items]
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self._items = [_convert(typecode, v) for v in initializer]
        return self

    # ------------------------------------------------------------------ attributes

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _TYPES[self._tc][1]

    def buffer_info(self):
        return (id(self), len(self._items))

    # ------------------------------------------------------------------ sequence protocol

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = object.__new__(array)
        a._tc = self._tc
        a._items = items
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        i = _item_index(i)
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            start, stop, step = i.indices(len(self._items))
            if step != 1:
                n = len(range(start, stop, step))
                if len(v._items) != n:
                    raise ValueError('attempt to assign array of size %d to extended slice of size %d' % (len(v._items), n))
            self._items[i] = list(v._items)
            return
        i = _item_index(i)
        v = _convert(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        i = _item_index(i)
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    @staticmethod
    def _count(n):
        """A repeat count, as sequence repetition takes it (a class's own __rmul__ is left its chance)."""
        if isinstance(n, int) or getattr(type(n), '__index__', None) is not None:
            return _index(n)
        if type(n).__module__ != 'builtins' and getattr(type(n), '__rmul__', None) is not None:
            return NotImplemented
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)

    def __mul__(self, n):
        n = self._count(n)
        if n is NotImplemented:
            return n
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        n = self._count(n)
        if n is NotImplemented:
            return n
        self._items *= n
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return '%s(%r, %r)' % (name, self._tc, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._tc, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        state = getattr(self, '__dict__', None) or None
        if protocol < 3:
            return (type(self), (self._tc, self.tolist()), state)
        return (_array_reconstructor, (type(self), self._tc, _TYPES[self._tc][4], self.tobytes()), state)

    # ------------------------------------------------------------------ methods

    def append(self, v):
        self._items.append(_convert(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(_convert(self._tc, v))

    def insert(self, i, v):
        self._items.insert(_index(i), _convert(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=_sys.maxsize):
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        converted = [_convert(self._tc, v) for v in items]
        self._items.extend(converted)

    def tobytes(self):
        fmt = _TYPES[self._tc][0]
        if self._tc == 'u':
            return _struct.pack('<%dI' % len(self._items), *[ord(c) for c in self._items])
        return _struct.pack('<%d%s' % (len(self._items), fmt), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = _TYPES[self._tc][1]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        n = len(data) // size
        values = _struct.unpack('<%d%s' % (n, _TYPES[self._tc][0]), data)
        if self._tc == 'u':
            values = [chr(c) for c in values]
        self._items.extend(values)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        size = _TYPES[self._tc][1]
        data = f.read(size * n)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != size * n:
            raise EOFError('read() didn\'t return enough bytes')

    def byteswap(self):
        size = _TYPES[self._tc][1]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)


_auditpy.set_module(array, 'array')
ArrayType = array


def _array_reconstructor(arraytype, typecode, mformat_code, items):
    """Rebuilds a pickled array from its machine bytes (this machine's format only)."""
    if not isinstance(arraytype, type) or not issubclass(arraytype, array):
        raise TypeError('first argument must be a type object, not %s' % type(arraytype).__name__)
    if mformat_code != _TYPES.get(typecode, (None,) * 5)[4]:
        raise ValueError('third argument must be a valid machine format code.')
    return arraytype(typecode, items)
