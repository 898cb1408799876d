"""Functions to convert between Python values and C structs (auditpy: a subset, see _struct)."""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']

import _auditpy
from _struct import calcsize, pack, pack_into, unpack, unpack_from, error


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the given bytes (as _struct.iter_unpack)."""
    return Struct(format).iter_unpack(buffer)


class Struct:
    """Struct(fmt) --> compiled struct object (as _struct.Struct: the format is parsed once, by _struct's cache)."""

    __slots__ = ('_format', '_size')

    def __init__(self, format):
        size = calcsize(format)
        self._format = format.decode('latin-1') if isinstance(format, bytes) else format
        self._size = size

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *values):
        return pack(self._format, *values)

    def unpack(self, buffer, /):
        return unpack(self._format, buffer)

    def pack_into(self, buffer, offset, /, *values):
        return pack_into(self._format, buffer, offset, *values)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer, /):
        size = self._size
        if size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        buffer = memoryview(buffer).tobytes()
        if len(buffer) % size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
        return unpack_iterator(self._format, buffer, size)


class unpack_iterator:
    """The iterator of Struct.iter_unpack (as _struct's unpack_iterator, with a length hint)."""

    __slots__ = ('_format', '_buffer', '_size', '_offset')

    def __init__(self, format, buffer, size):
        self._format = format
        self._buffer = buffer
        self._size = size
        self._offset = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._buffer is None or self._offset >= len(self._buffer):
            self._buffer = None
            raise StopIteration
        r = unpack_from(self._format, self._buffer, self._offset)
        self._offset += self._size
        return r

    def __length_hint__(self):
        if self._buffer is None:
            return 0
        return (len(self._buffer) - self._offset) // self._size


_auditpy.set_module(Struct, '_struct')
_auditpy.set_module(unpack_iterator, '_struct')
