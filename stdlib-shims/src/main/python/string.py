"""A collection of string constants, capwords and a simple Template.

As CPython's Lib/string.py, subset: the constants, capwords(), and Template
(substitute/safe_substitute with $name, ${name} and $$, parsed by hand
instead of with re; no custom delimiter/idpattern subclassing). No Formatter.
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


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lineno, colno = _line_col(self.template, i + 1)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, '
                         f'col {colno}')

    def _scan(self, lookup, safe):
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
