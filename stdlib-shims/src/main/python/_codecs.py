"""auditpy: a minimal _codecs (the functions pickle's protocols 0-2 need).

encode/decode delegate to str.encode/bytes.decode; escape_decode decodes
Python bytes escapes (the STRING opcode of old pickles); lookup_error and
register_error keep the error-handler registry that CPython's codecs.py reads.
"""


def encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return obj.decode(encoding, errors)


_SIMPLE = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b',
           'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v'}
_HEX = '0123456789abcdefABCDEF'


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('latin-1')
    s = bytes(data).decode('latin-1')
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != '\\':
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = s[i]
        if c in _SIMPLE:
            out.append(_SIMPLE[c])
            i += 1
        elif c in '01234567':
            j = i
            while j < n and j < i + 3 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i:j], 8) & 0xff))
            i = j
        elif c == 'x':
            h = s[i + 1:i + 3]
            if len(h) != 2 or h[0] not in _HEX or h[1] not in _HEX:
                raise ValueError("invalid \\x escape at position %d" % (i - 1))
            out.append(chr(int(h, 16)))
            i += 3
        else:
            out.append('\\')
            out.append(c)
            i += 1
    return ''.join(out).encode('latin-1'), len(data)


# ---- error handlers (Python/codecs.c): the registry codecs.py reads at import (codecs.strict_errors, ...)

def _strict(exc):
    raise exc


def _ignore(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _replace(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _backslash(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def _backslashreplace(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_backslash(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _xmlcharrefreplace(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _namereplace(exc):
    if isinstance(exc, UnicodeEncodeError):
        try:
            import unicodedata
        except ImportError:
            return _backslashreplace(exc)
        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append('\\N{%s}' % unicodedata.name(c))
            except ValueError:
                out.append(_backslash(c))
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


_strict.__name__ = 'strict_errors'
_ignore.__name__ = 'ignore_errors'
_replace.__name__ = 'replace_errors'
_backslashreplace.__name__ = 'backslashreplace_errors'
_xmlcharrefreplace.__name__ = 'xmlcharrefreplace_errors'
_namereplace.__name__ = 'namereplace_errors'

_error_handlers = {
    'strict': _strict, 'ignore': _ignore, 'replace': _replace, 'backslashreplace': _backslashreplace,
    'xmlcharrefreplace': _xmlcharrefreplace, 'namereplace': _namereplace,
}


def register_error(errors, handler):
    """Register handler as the error handler named errors (str.encode/bytes.decode do not consult it in auditpy)."""
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(errors).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name):
    """The error handler registered as name, else LookupError."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
