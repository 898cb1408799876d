"""Cache lines from Python source files.

As CPython's Lib/linecache.py (3.11), subset: getline, getlines,
clearcache, checkcache, updatecache. Sources are decoded as tokenize.open
does (a BOM or a PEP 263 coding cookie in the first two lines, else UTF-8);
a file that cannot be read or decoded gives no lines. Relative names are
also looked up along sys.path. No lazycache (loader get_source).
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# The cache. Maps filenames to (size, mtime, lines, fullname).
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return

    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            # lazy cache entry, leave it lazy.
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue   # no-op for files loaded via a __loader__
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def lazycache(filename, module_globals):
    """No lazy loading through __loader__ in auditpy: always False."""
    return False


def _cookie_encoding(line):
    """The encoding named by a PEP 263 coding cookie in line, or None."""
    text = line.decode('latin-1')
    stripped = text.lstrip(' \t\f')
    if not stripped.startswith('#'):
        return None
    pos = text.find('coding')
    if pos < 0:
        return None
    rest = text[pos + 6:]
    if not rest or rest[0] not in ':=':
        return None
    rest = rest[1:].lstrip(' \t')
    name = ''
    for c in rest:
        if c.isalnum() or c in '-_.':
            name += c
        else:
            break
    return name or None


def _decode_source(data):
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8')
    encoding = 'utf-8'
    first_lines = data.split(b'\n', 2)[:2]
    for line in first_lines:
        found = _cookie_encoding(line)
        if found is not None:
            encoding = found
            break
        if line.strip() and not line.lstrip().startswith(b'#'):
            break
    return data.decode(encoding)


def _read_lines(fullname):
    with open(fullname, 'rb') as fp:
        data = fp.read()
    text = _decode_source(data)
    # universal newlines, as a text-mode readlines() would give
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text.splitlines(True)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""

    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename

        # Try looking through the module search path, which is only useful
        # when handling a relative filename.
        if os.path.isabs(filename):
            return []

        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                # Not sufficiently string-like to do anything useful with.
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        lines = _read_lines(fullname)
    except (OSError, UnicodeDecodeError, LookupError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines
