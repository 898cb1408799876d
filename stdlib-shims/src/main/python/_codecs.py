"""auditpy: a minimal _codecs (the functions pickle's protocols 0-2 need).

encode/decode delegate to str.encode/bytes.decode; escape_decode decodes
Python bytes escapes (the STRING opcode of old pickles).
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
