"""_json: json's accelerator, as CPython's Modules/_json.c.

scanstring, encode_basestring and encode_basestring_ascii are the Java functions of _auditpy_json; make_scanner (the
type _json.Scanner) reads its settings from a JSONDecoder as _json.c's scanner_new does, and a call decodes one value
in Java. make_encoder is left out: json's encoder runs its own Python code, over the Java string encoders.
"""

from _auditpy_json import encode_basestring, encode_basestring_ascii, scanstring
from _auditpy_json import scan as _scan


class make_scanner:
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


make_scanner.__module__ = "_json"
make_scanner.__name__ = make_scanner.__qualname__ = "Scanner"
