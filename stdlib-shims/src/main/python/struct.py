"""Functions to convert between Python values and C structs (auditpy: a subset, see _struct)."""

__all__ = ['calcsize', 'pack', 'unpack', 'unpack_from', 'error']

from _struct import calcsize, pack, unpack, unpack_from, error
