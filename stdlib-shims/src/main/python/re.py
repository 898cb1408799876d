"""Regular expressions: auditpy's re, with the public API of CPython 3.11's re package (Lib/re/__init__.py).

Patterns are compiled and matched by TRegex in its Python flavor, through the intrinsic module _auditpy_sre (the
role of CPython's _sre): the pattern syntax, the error messages and the matching semantics are CPython's as TRegex
renders them. This module adds what Lib/re does in Python: the compile cache, Pattern and Match objects, replacement
templates (\\1, \\g<name>, \\g<0>), escape(), and the flag constants.
"""

import _auditpy
import _auditpy_sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    """The re flags: ints whose repr names them (re.IGNORECASE|re.MULTILINE), as CPython's enum.IntFlag RegexFlag."""

    __slots__ = ()
    _names = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        value = int(self)
        parts = []
        for name, bit in RegexFlag._names:
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return "|".join(parts) if parts else "re.NOFLAG"

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return int(self).__format__(spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        # enum.KEEP boundary of CPython's RegexFlag: the complement within the defined flags
        return RegexFlag(0x1ff & ~int(self))

    def __reduce__(self):
        return (RegexFlag, (int(self),))

    @property
    def name(self):
        names = [name for name, bit in RegexFlag._names if int(self) & bit]
        return "|".join(names) if names else None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)
# in the order of the members of CPython's RegexFlag, which its repr follows
RegexFlag._names = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8), ("DOTALL", 16),
    ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
# in the order of pattern_repr in CPython's Modules/_sre/sre.c
_REPR_FLAGS = (
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
    ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
)


class error(Exception):
    """Raised for an invalid pattern or replacement template, as CPython's re.error.

    msg: the message without position; pattern: the pattern (or template); pos: the index in it where the error
    was found, or None; lineno, colno: pos as 1-based line and column.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_auditpy.set_module(error, "re")


class Pattern:
    """A compiled regular expression (re.Pattern): made by re.compile(), never directly."""

    __slots__ = ("_engine", "pattern", "flags", "groups", "groupindex", "_templates", "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first match of the pattern in string[pos:endpos], or None."""
        return self._match_of(string, _exec(self._engine, string, pos, endpos, 0, False))

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """A match of the pattern at pos, or None."""
        return self._match_of(string, _exec(self._engine, string, pos, endpos, 1, False))

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """A match of the pattern spanning all of string[pos:endpos], or None."""
        return self._match_of(string, _exec(self._engine, string, pos, endpos, 2, False))

    def _match_of(self, string, spans):
        """The Match for the group spans an execution found, or None when it found none."""
        if spans is None:
            return None
        m = _new_object(Match)
        m._spans = spans
        m.string = string
        m.re = self
        return m

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """All non-overlapping matches: strings, group strings, or tuples of group strings."""
        return _auditpy_sre.findall(self._engine, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator of Match objects over all non-overlapping matches."""
        return _match_iter(self, string, pos, endpos)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """string split at the matches (with the groups' texts in between)."""
        return _auditpy_sre.split(self._engine, string, maxsplit)

    def sub(self, repl, string, count=0):
        """string with the first count (0: all) matches replaced by repl (a template or a callable)."""
        return _auditpy_sre.subn(self._engine, string, self._repl(repl, string), count)[0]

    def subn(self, repl, string, count=0):
        """(new string, number of replacements), as sub()."""
        return _auditpy_sre.subn(self._engine, string, self._repl(repl, string), count)

    def _repl(self, repl, string):
        if callable(repl):
            return lambda spans: repl(_new_match(self, string, spans))
        if type(repl) is not str and type(repl) is not bytes:
            return _compile_template(self, repl)
        templates = self._templates
        if templates is None:
            templates = self._templates = {}
        else:
            t = templates.get(repl)
            if t is not None:
                return t
        t = _compile_template(self, repl)
        if len(templates) >= 100:
            templates.clear()
        templates[repl] = t
        return t

    def __repr__(self):
        flags = int(self.flags)
        names = []
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        text = repr(self.pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self is other or (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                                 and self.pattern == other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        # PEP 585: re.Pattern[str] is a types.GenericAlias
        return type(list[int])(cls, item)


_auditpy.set_module(Pattern, "re")


class Match:
    """The result of a successful match (re.Match): group texts and spans of a subject string."""

    __slots__ = ("_spans", "string", "re", "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int):
            i = g
        elif isinstance(g, str) or not hasattr(type(g), "__index__"):
            try:
                i = self.re.groupindex[g]
            except (KeyError, TypeError):
                raise IndexError("no such group") from None
        else:
            i = g.__index__()
        if i < 0 or i > self.re.groups:
            raise IndexError("no such group")
        return i

    def _text(self, i, default=None):
        spans = self._spans
        a = spans[2 * i]
        if a < 0:
            return default
        return _text(self.string, a, spans[2 * i + 1])

    def group(self, *groups):
        """The text of one group (default 0, the whole match), or a tuple of several; None for a group not matched."""
        if not groups:
            spans = self._spans
            return _text(self.string, spans[0], spans[1])
        if len(groups) == 1:
            return self._text(self._index(groups[0]))
        return tuple(self._text(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._text(self._index(g))

    def groups(self, default=None):
        """The texts of all groups 1..n, default for those not matched."""
        return tuple(self._text(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """The texts of the named groups by name."""
        return {name: self._text(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        if group == 0 and type(group) is int:
            return self._spans[0]
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        if group == 0 and type(group) is int:
            return self._spans[1]
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        if group == 0 and type(group) is int:
            return (self._spans[0], self._spans[1])
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        spans = self._spans
        return tuple((spans[2 * i], spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def pos(self):
        return self._spans[-2]

    @property
    def endpos(self):
        return self._spans[-1]

    @property
    def lastindex(self):
        i = self._spans[-3]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        i = self._spans[-3]
        if i < 0:
            return None
        for name, index in self.re.groupindex.items():
            if index == i:
                return name
        return None

    def expand(self, template):
        """template with its group references (\\1, \\g<name>) replaced by this match's groups."""
        items = _compile_template(self.re, template)
        empty = items[0][:0]
        out = []
        for k, item in enumerate(items):
            if k & 1:
                text = self._text(item)
                if text is not None:
                    out.append(text)
            else:
                out.append(item)
        return empty.join(out)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self._spans[0], self._spans[1], self._text(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        # PEP 585: re.Pattern[str] is a types.GenericAlias
        return type(list[int])(cls, item)


_auditpy.set_module(Match, "re")

_new_object = object.__new__
_text = _auditpy_sre.text
_exec = _auditpy_sre.exec


def _new_match(pattern, string, spans):
    m = _new_object(Match)
    m._spans = spans
    m.string = string
    m.re = pattern
    return m


def _match_iter(pattern, string, pos, endpos):
    engine = pattern._engine
    spans = _exec(engine, string, pos, endpos, 0, False)
    while spans is not None:
        m = _new_object(Match)
        m._spans = spans
        m.string = string
        m.re = pattern
        yield m
        end = spans[1]
        if end > spans[-1]:
            return
        # on from the end of this match, reporting the pos asked for, as CPython's scanner
        spans = _exec(engine, string, pos, endpos, 0, spans[0] == end, end)


class _Scanner:
    """Pattern.scanner(): successive matches of a pattern along a string, as CPython's SRE_Scanner."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._must_advance = False
        self._done = False
        self._start = pos

    def _next(self, method):
        if self._done:
            return None
        spans = _exec(self.pattern._engine, self._string, self._pos, self._endpos, method, self._must_advance, self._start)
        if spans is None:
            self._done = True
            return None
        self._must_advance = spans[0] == spans[1]
        self._start = spans[1]
        return _new_match(self.pattern, self._string, spans)

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)


# ---- replacement templates

_OCTAL = "01234567"
_DIGITS = "0123456789"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _compile_template(pattern, repl):
    """repl parsed for pattern: the list [literal0, group1, literal1, ...] that _auditpy_sre.subn expands (literals
    str or bytes as the pattern). Raises re.error, IndexError for an unknown group name, as CPython's
    re._parser.parse_template."""
    # the template's own type decides its literals' (a str template for a bytes pattern fails when joined, as in
    # CPython); anything else is CPython's TypeError from decoding it as a template
    if isinstance(repl, str):
        text = repl
        binary = False
    elif isinstance(repl, (bytes, bytearray)):
        text = str(repl, "latin-1")
        binary = True
    else:
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
    if "\\" not in text:
        return [repl if type(repl) in (str, bytes) else bytes(repl)]
    items = []
    literal = []
    groups = pattern.groups
    n = len(text)
    i = 0

    def fail(msg, pos):
        raise error(msg, repl, pos)

    def add_group(index, pos):
        if index > groups:
            fail("invalid group reference %d" % index, pos)
        items.append("".join(literal))
        literal.clear()
        items.append(index)

    while i < n:
        c = text[i]
        if c != "\\":
            j = text.find("\\", i)
            if j < 0:
                j = n
            literal.append(text[i:j])
            i = j
            continue
        if i + 1 >= n:
            fail("bad escape (end of pattern)", i)
        c = text[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                fail("missing <", i)
            i += 1
            close = text.find(">", i)
            if close < 0:
                if i >= n:
                    fail("missing group name", i)
                fail("missing >, unterminated name", i)
            name = text[i:close]
            if not name:
                fail("missing group name", i)
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                if not name.isdecimal() or not name.isascii():
                    fail("bad character in group name '%s'" % name, i)
                index = int(name)
                if index >= 1073741823:
                    fail("invalid group reference %d" % index, i)
            add_group(index, i)
            i = close + 1
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and text[i] in _OCTAL:
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in _DIGITS:
            digits = c
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if c in _OCTAL and digits[1] in _OCTAL and i < n and text[i] in _OCTAL:
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    literal.append(chr(value))
                    continue
            add_group(int(digits), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c in _LETTERS:
            fail("bad escape \\%s" % c, start)
        else:
            literal.append("\\" + c)
    items.append("".join(literal))
    if binary:
        items = [item.encode("latin-1") if k % 2 == 0 else item for k, item in enumerate(items)]
    return items


# ---- the module functions

_cache = {}
_plain_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    tp = type(pattern)
    plain = not flags and (tp is str or tp is bytes)
    if plain:
        # the common case keyed by the pattern alone: hashing a key tuple with a type in it is slow here
        p = _plain_cache.get(pattern)
        if p is not None:
            return p
        key = pattern
    else:
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        key = (tp, pattern, flags)
        try:
            return _cache[key]
        except KeyError:
            pass
        except TypeError:
            key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        # CPython's first use of flags is flags & DEBUG
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'" % type(flags).__name__)
    flags = int(flags)
    if ("[" if isinstance(pattern, str) else b"[") in pattern:
        warned = _auditpy_sre.set_warnings(pattern, flags)
        if warned:
            import warnings
            for message in warned:
                # at the caller of re.compile(), re.search(), ... as Lib/re/_parser.py's stacklevel does
                warnings.warn(message, FutureWarning, stacklevel=3)
    engine = _auditpy_sre.compile(pattern, flags, error)
    groups, groupindex, all_flags = _auditpy_sre.info(engine)
    p = _new_object(Pattern)
    p._engine = engine
    p.pattern = pattern
    p.flags = all_flags
    p.groups = groups
    p.groupindex = _mappingproxy(groupindex)
    p._templates = None
    if key is not None and not flags & DEBUG:
        cache = _plain_cache if plain else _cache
        if len(cache) >= _MAXCACHE:
            try:
                del cache[next(iter(cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        cache[key] = p
    return p


_mappingproxy = type(type.__dict__)


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern in string
    by repl (a template string, or a callable given the Match object)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple (new_string, number) as sub() does."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list of the pieces (and the texts of
    the pattern's groups)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string, a Match object for each."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression caches."""
    _cache.clear()
    _plain_cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object (deprecated)."""
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = {ord(c): "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string (or bytes)."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    return str(pattern, "latin1").translate(_SPECIAL).encode("latin1")


class Scanner:
    """re.Scanner (undocumented, as CPython's): scan() splits a string into the actions of the lexicon's phrases
    that match one after another from its start."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._phrase_of_group = {}
        group = 1
        for k, (phrase, action) in enumerate(lexicon):
            inner = _compile(phrase, flags).groups
            parts.append("(%s)" % (phrase.pattern if isinstance(phrase, Pattern) else phrase))
            self._phrase_of_group[group] = k
            group += inner + 1
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._phrase_of_group[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def _pickle(p):
    return _compile, (p.pattern, p.flags)


try:
    import copyreg as _copyreg
    _copyreg.pickle(Pattern, _pickle, _compile)
except ImportError:
    pass
