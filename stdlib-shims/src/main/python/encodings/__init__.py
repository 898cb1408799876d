"""Standard "encodings" package.

auditpy's, after the API of CPython 3.11's Lib/encodings/__init__.py: normalize_encoding, search_function (the
registry's default search, here the codecs module's own over the interpreter's text codecs), CodecRegistryError.
The alias table (encodings.aliases) is CPython's. There are no per-codec modules (encodings.utf_8, ...).
"""

import codecs
from . import aliases

_cache = {}
_unknown = '--unknown--'
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Normalize an encoding name: runs of characters other than letters, digits and '.' become one '_'
    (none at the start), non-ASCII letters and digits are dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    out = []
    pending = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if pending and out:
                out.append('_')
            if c.isascii():
                out.append(c)
            pending = False
        else:
            pending = True
    return ''.join(out)


def search_function(encoding):
    info = _cache.get(encoding, _unknown)
    if info is not _unknown:
        return info
    info = codecs._search(encoding)
    _cache[encoding] = info
    return info
