"""The io module provides the Python interfaces to stream handling.

As CPython's Lib/io.py: re-exports the Java intrinsic module _io. Where _io
has no public IOBase/RawIOBase/BufferedIOBase/TextIOBase (CPython's _io only
has the underscored bases), they are derived from the underscored ones, as
CPython's io.py does (without ABCMeta registration).
"""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

import _io
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open, open_code,
                 FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter,
                 TextIOWrapper)

BlockingIOError = BlockingIOError

# for seek()
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

OpenWrapper = open

try:
    IOBase = _io.IOBase
except AttributeError:
    class IOBase(_io._IOBase):
        __doc__ = _io._IOBase.__doc__

try:
    RawIOBase = _io.RawIOBase
except AttributeError:
    class RawIOBase(_io._RawIOBase, IOBase):
        __doc__ = _io._RawIOBase.__doc__

try:
    BufferedIOBase = _io.BufferedIOBase
except AttributeError:
    class BufferedIOBase(_io._BufferedIOBase, IOBase):
        __doc__ = _io._BufferedIOBase.__doc__

try:
    TextIOBase = _io.TextIOBase
except AttributeError:
    class TextIOBase(_io._TextIOBase, IOBase):
        __doc__ = _io._TextIOBase.__doc__

for _name in ("BufferedRWPair", "BufferedRandom", "IncrementalNewlineDecoder"):
    if hasattr(_io, _name):
        globals()[_name] = getattr(_io, _name)
del _name

try:
    text_encoding = _io.text_encoding
except AttributeError:
    def text_encoding(encoding, stacklevel=2):
        """A helper function to choose the text encoding.

        When encoding is not None, this function returns it.
        Otherwise, this function returns the default text encoding
        ("locale", or "utf-8" in UTF-8 mode).
        """
        if encoding is not None:
            return encoding
        import sys
        flags = getattr(sys, "flags", None)
        if getattr(flags, "utf8_mode", 0):
            return "utf-8"
        return "locale"
