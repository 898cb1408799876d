"""A collection of string constants, capwords and a simple Template.

As CPython's Lib/string.py, subset: the constants, capwords(), and Template
(substitute/safe_substitute with $name, ${name} and $$). The plain Template is
parsed by hand, without importing re; a subclass that changes delimiter,
idpattern, braceidpattern, flags or pattern gets CPython's compiled pattern
and is substituted with it. Template.pattern is compiled on first use. No
Formatter.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


_sentinel_dict = {}
_id_start = ascii_letters + '_'
_id_chars = _id_start + digits


def _line_col(template, i):
    lines = template[:i].splitlines(True)
    if not lines:
        return 1, 1
    return len(lines), len(lines[-1])


_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = 2


def _make_pattern(cls):
    """cls's pattern compiled as CPython's Template.__init_subclass__ does: the class's own pattern, else one made
    from its delimiter, idpattern and braceidpattern; with cls.flags and VERBOSE."""
    import re
    if 'pattern' in cls.__dict__ and not isinstance(cls.__dict__['pattern'], _PatternAttr):
        pattern = cls.pattern
    else:
        delim = re.escape(cls.delimiter)
        ident = cls.idpattern
        bident = cls.braceidpattern or ident
        pattern = fr"""
        {delim}(?:
          (?P<escaped>{delim})  |   # Escape sequence of two delimiters
          (?P<named>{ident})       |   # delimiter and a Python identifier
          {{(?P<braced>{bident})}} |   # delimiter and a braced identifier
          (?P<invalid>)             # Other ill-formed delimiter exprs
        )
        """
    if isinstance(pattern, re.Pattern):
        return pattern
    return re.compile(pattern, cls.flags | re.VERBOSE)


class _PatternAttr:
    """Template.pattern of a class that uses the hand-written scanner: compiled (importing re) when first read."""

    def __get__(self, obj, cls=None):
        if cls is None:
            cls = type(obj)
        compiled = _make_pattern(cls)
        type.__setattr__(cls, 'pattern', compiled)
        return compiled


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE
    pattern = _PatternAttr()
    _by_re = False

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ('pattern' in cls.__dict__ or cls.delimiter != '$' or cls.idpattern != _IDPATTERN
                  or cls.braceidpattern is not None or cls.flags != _IGNORECASE)
        if custom:
            cls._by_re = True
            cls.pattern = _make_pattern(cls)
        else:
            cls._by_re = False
            if 'pattern' not in cls.__dict__:
                cls.pattern = _PatternAttr()

    def __init__(self, template):
        self.template = template

    # ---- the compiled pattern (subclasses that customize it), as CPython's Template

    def _invalid_match(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _by_pattern(self, lookup, safe):
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if not safe:
                    return str(lookup(named))
                try:
                    return str(lookup(named))
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid_match(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def _invalid(self, i):
        lineno, colno = _line_col(self.template, i + 1)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, '
                         f'col {colno}')

    def _scan(self, lookup, safe):
        if self._by_re:
            return self._by_pattern(lookup, safe)
        template = self.template
        out = []
        i = 0
        n = len(template)
        while i < n:
            j = template.find('$', i)
            if j < 0:
                out.append(template[i:])
                break
            out.append(template[i:j])
            k = j + 1
            if k < n and template[k] == '$':
                out.append('$')
                i = k + 1
                continue
            braced = k < n and template[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < n and template[end] in _id_start:
                end += 1
                while end < n and template[end] in _id_chars:
                    end += 1
            name = template[start:end]
            if not name or (braced and (end >= n or template[end] != '}')):
                if safe:
                    out.append('$')
                    i = k
                    continue
                self._invalid(j)
            stop = end + 1 if braced else end
            try:
                out.append(str(lookup(name)))
            except KeyError:
                if not safe:
                    raise
                out.append(template[j:stop])
            i = stop
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        return self._scan(lambda name: mapping[name], False)

    def safe_substitute(self, mapping=_sentinel_dict, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        return self._scan(lambda name: mapping[name], True)

    def is_valid(self):
        try:
            self._scan(lambda name: '', False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        ids = []

        def record(name):
            if name not in ids:
                ids.append(name)
            return ''

        self._scan(record, True)
        return ids
