"""Functions to convert between Python values and C structs (auditpy: a subset, see _struct)."""

__all__ = ['calcsize', 'pack', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']

from _struct import calcsize, pack, unpack, unpack_from, error


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

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer, /):
        size = self._size
        if size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buffer) % size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
        return _iter_unpack(self._format, bytes(buffer), size)


def _iter_unpack(format, buffer, size):
    for offset in range(0, len(buffer), size):
        yield unpack_from(format, buffer, offset)


Struct.__module__ = '_struct'
