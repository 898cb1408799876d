"""_json: json's accelerator, as CPython's Modules/_json.c.

scanstring, encode_basestring and encode_basestring_ascii are the Java functions of _auditpy_json. make_scanner (the
type _json.Scanner) reads its settings from a JSONDecoder as _json.c's scanner_new does, and a call decodes one value
in Java; make_encoder (the type _json.Encoder) keeps a JSONEncoder's settings, and a call encodes one object in Java
(json uses it for a one-shot dumps without indent, as CPython does).
"""

import _auditpy
from _auditpy_json import encode_basestring, encode_basestring_ascii, scanstring
from _auditpy_json import encode as _encode
from _auditpy_json import scan as _scan


class Scanner:
    """JSON scanner object"""

    __slots__ = ("strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant")

    def __init__(self, context):
        self.strict = bool(context.strict)
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant

    def __call__(self, string, idx):
        return _scan(string, idx, self.strict, self.object_hook, self.object_pairs_hook, self.parse_float,
                     self.parse_int, self.parse_constant)


_auditpy.set_module(Scanner, "_json")
make_scanner = Scanner
del Scanner


class Encoder:
    """_iterencode(obj, _current_indent_level) -> iterable"""

    __slots__ = ("markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys",
                 "skipkeys", "allow_nan")

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys,
                 allow_nan):
        if markers is not None and not isinstance(markers, dict):
            raise TypeError("make_encoder() argument 1 must be dict or None, not %.200s" % type(markers).__name__)
        for i, sep in ((5, key_separator), (6, item_separator)):
            if not isinstance(sep, str):
                raise TypeError("make_encoder() argument %d must be str, not %.200s" % (i, type(sep).__name__))
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = bool(sort_keys)
        self.skipkeys = bool(skipkeys)
        self.allow_nan = bool(allow_nan)

    def __call__(self, obj, _current_indent_level):
        return (_encode(obj, self.markers, self.default, self.encoder, self.key_separator, self.item_separator,
                        self.sort_keys, self.skipkeys, self.allow_nan),)


_auditpy.set_module(Encoder, "_json")
make_encoder = Encoder
del Encoder
