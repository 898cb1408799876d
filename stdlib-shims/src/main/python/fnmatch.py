"""Filename matching with shell patterns.

As CPython's Lib/fnmatch.py (3.11): fnmatch, fnmatchcase and filter with the
same pattern language (*, ?, [seq], [!seq], ranges; an unclosed [ is a
literal), matched by a small wildcard matcher instead of translation to a
regular expression. translate() gives CPython's regular expression for a
pattern (it imports re only when called).
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = object()
_ANY = object()
_cache = {}
_CACHE_MAX = 32768


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _as_text(s):
    if isinstance(s, bytes):
        return str(s, 'ISO-8859-1')
    return s


def _parse_set(content):
    """Items of a [...] set: (lo, hi) pairs for ranges and single chars."""
    items = []
    k = 0
    n = len(content)
    while k < n:
        if k + 2 < n and content[k + 1] == '-':
            items.append((content[k], content[k + 2]))
            k += 3
        else:
            items.append((content[k], content[k]))
            k += 1
    return items


def _compile(pat):
    """Turn a pattern into a list of tokens: _STAR, _ANY, a one-character
    string, or a (negate, items) tuple for a set."""
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # compress consecutive `*` into one
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            tokens.append(_ANY)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append('[')
            else:
                stuff = pat[i:j]
                negate = stuff.startswith('!')
                if negate:
                    stuff = stuff[1:]
                tokens.append((negate, _parse_set(stuff)))
                i = j + 1
        else:
            tokens.append(c)
    return tokens


def _match_one(token, ch):
    if token is _ANY:
        return True
    if isinstance(token, str):
        return token == ch
    negate, items = token
    found = False
    for lo, hi in items:
        if lo <= ch <= hi:
            found = True
            break
    return found != negate


def _match(tokens, name):
    ti = 0
    ni = 0
    nt = len(tokens)
    nn = len(name)
    star_ti = -1
    star_ni = 0
    while ni < nn:
        if ti < nt:
            token = tokens[ti]
            if token is _STAR:
                star_ti = ti
                star_ni = ni
                ti += 1
                continue
            if _match_one(token, name[ni]):
                ti += 1
                ni += 1
                continue
        if star_ti >= 0:
            ti = star_ti + 1
            star_ni += 1
            ni = star_ni
            continue
        return False
    while ti < nt and tokens[ti] is _STAR:
        ti += 1
    return ti == nt


def _compile_pattern(pat):
    key = (type(pat), pat)
    tokens = _cache.get(key)
    if tokens is None:
        tokens = _compile(_as_text(pat))
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[key] = tokens
    return tokens


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    tokens = _compile_pattern(pat)
    for name in names:
        if _match(tokens, _as_text(os.path.normcase(name))):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    # as CPython's: the pattern is compiled first, then a regular expression's match of the name
    tokens = _compile_pattern(pat)
    if not isinstance(name, (str, bytes)):
        raise TypeError("expected string or bytes-like object, got "
                        f"'{type(name).__name__}'")
    if isinstance(name, bytes) != isinstance(pat, bytes):
        raise TypeError("cannot use a bytes pattern on a string-like object"
                        if isinstance(pat, bytes) else
                        "cannot use a string pattern on a bytes-like object")
    return _match(tokens, _as_text(name))


def _set_regex(body):
    """The regular-expression set for the inside of a [...] shell set (body, without the brackets), as CPython's
    translate() writes it: ranges kept, empty ranges dropped, backslashes, set-difference hyphens and set
    operators escaped; '' for an empty set."""
    negate = body.startswith('!')
    if '-' not in body:
        text = body.replace('\\', '\\\\')
    else:
        # split at the hyphens that separate ranges: the first character (after '!') is never one
        pieces = []
        start = 0
        k = 2 if negate else 1
        while True:
            k = body.find('-', k)
            if k < 0:
                break
            pieces.append(body[start:k])
            start = k + 1
            k += 3
        rest = body[start:]
        if rest:
            pieces.append(rest)
        else:
            pieces[-1] += '-'
        # a range whose start is above its end matches nothing: drop it by merging its neighbours
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        text = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    out = []
    for c in text:
        if c in '&~|':
            out.append('\\')
        out.append(c)
    return ''.join(out)


def translate(pat):
    """Translate a shell PATTERN to a regular expression (CPython's: '(?s:...)\\Z', an interior '*' as an atomic
    minimal match). There is no way to quote meta-characters."""
    import re
    parts = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                parts.append('\\[')
                continue
            body = _set_regex(pat[i:j])
            i = j + 1
            if not body:
                parts.append('(?!)')
            elif body == '!':
                parts.append('.')
            elif body[0] == '!':
                parts.append('[^' + body[1:] + ']')
            elif body[0] in '^[':
                parts.append('[\\' + body + ']')
            else:
                parts.append('[' + body + ']')
        else:
            parts.append(re.escape(c))
    # a leading fixed run as is; then each '*' with the fixed run after it: '.*' at the end, else an atomic
    # minimal match up to that run
    out = []
    k = 0
    while k < len(parts) and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < len(parts):
        k += 1
        fixed = []
        while k < len(parts) and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        fixed = ''.join(fixed)
        if k == len(parts):
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
