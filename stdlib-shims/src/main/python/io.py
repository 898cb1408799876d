"""The io module provides the Python interfaces to stream handling.

As CPython's Lib/io.py: re-exports the Java intrinsic module _io. Where _io
has only the underscored bases (_IOBase, ...), IOBase/RawIOBase/BufferedIOBase/
TextIOBase are ABCs derived from them, with _io's classes registered, as
CPython's io.py does.
"""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

import _io
import abc
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open, open_code,
                 FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter,
                 TextIOWrapper)

BlockingIOError = BlockingIOError

# for seek()
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

OpenWrapper = open

# Declaring ABCs in C is tricky so we do it here (as CPython's io.py).
# Method descriptions and default implementations are inherited from the C
# version however.
class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._IOBase.__doc__

class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__

class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__

class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__

RawIOBase.register(FileIO)

for klass in (BytesIO, BufferedReader, BufferedWriter,
              getattr(_io, "BufferedRandom", None), getattr(_io, "BufferedRWPair", None)):
    if klass is not None:
        BufferedIOBase.register(klass)

for klass in (StringIO, TextIOWrapper):
    TextIOBase.register(klass)
del klass

# auditpy: the standard streams are a text stream class of the interpreter's own
# (they exist before this module), registered as CPython's TextIOWrapper is.
import sys as _sys
for _stream in (_sys.__stdin__, _sys.__stdout__, _sys.__stderr__):
    if _stream is not None and not isinstance(_stream, TextIOBase):
        TextIOBase.register(type(_stream))
del _sys, _stream

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
