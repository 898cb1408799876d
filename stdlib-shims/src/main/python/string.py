"""A collection of string constants, capwords and a simple Template.

As CPython's Lib/string.py, subset: the constants, capwords(), and Template
(substitute/safe_substitute with $name, ${name} and $$). The plain Template is
parsed by hand, without importing re; a subclass that changes delimiter,
idpattern, braceidpattern, flags or pattern gets CPython's compiled pattern
and is substituted with it. Template.pattern is compiled on first use. Formatter is
CPython's, over _formatter_parser and _formatter_field_name_split, Python
versions of the _string module's functions (Objects/stringlib/unicode_format.h).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

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


def _formatter_parser(s):
    """_string.formatter_parser: (literal_text, field_name, format_spec, conversion) tuples of a format string,
    with MarkupIterator_next's errors."""
    if not isinstance(s, str):
        raise TypeError("descriptor 'formatter_parser' requires a 'str' object but received a '%s'" % type(s).__name__)
    return _formatter_parse_gen(s)


def _formatter_parse_gen(s):
    pos, end = 0, len(s)
    while pos < end:
        start = pos
        markup_follows = False
        c = ''
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup_follows = True
                break
        at_end = pos >= end
        length = pos - start
        if c == '}' and markup_follows and (at_end or c != s[pos]):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup_follows:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup_follows:
            if c == s[pos]:
                pos += 1
                markup_follows = False
            else:
                length -= 1
        elif markup_follows:
            length -= 1
        literal = s[start:start + length]
        if not markup_follows:
            yield (literal, None, None, None)
            continue
        name, spec, conversion, pos = _parse_field(s, pos)
        yield (literal, name, spec, conversion)


def _parse_field(s, pos):
    """The field after a '{' at pos: (field_name, format_spec, conversion, position after its '}')."""
    end = len(s)
    start = pos
    c = ''
    while pos < end:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < end and s[pos] != ']':
                pos += 1
            continue
        if c in '}:!':
            break
    else:
        raise ValueError("expected '}' before end of string")
    name = s[start:pos - 1]
    if c == '}':
        return name, '', None, pos
    conversion = None
    if c == '!':
        if pos >= end:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[pos]
        pos += 1
        if pos < end:
            c = s[pos]
            pos += 1
            if c == '}':
                return name, '', conversion, pos
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    sstart = pos
    count = 1
    while pos < end:
        c = s[pos]
        pos += 1
        if c == '{':
            count += 1
        elif c == '}':
            count -= 1
            if count == 0:
                return name, s[sstart:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _formatter_field_name_split(name):
    """_string.formatter_field_name_split: the first part of a field name (an int when it is digits) and an
    iterator of (is_attribute, key) for the .attr and [key] parts that follow."""
    if not isinstance(name, str):
        raise TypeError("descriptor 'formatter_field_name_split' requires a 'str' object but received a '%s'"
                        % type(name).__name__)
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    return first, _field_name_rest(name, i)


def _field_name_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield (True, name[start:i])
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            if key == '':
                raise ValueError("Empty attribute in format string")
            i += 1
            if key.isdigit() and key.isascii():
                key = int(key)
            yield (False, key)
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


# The Formatter class: CPython 3.11.7's Lib/string.py, with the two parsers above for _string's.
class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index


    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]


    def check_unused_args(self, used_args, args, kwargs):
        pass


    def format_field(self, value, format_spec):
        return format(value, format_spec)


    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))


    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _formatter_parser(format_string)


    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
