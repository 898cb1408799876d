"""codecs -- Python codec registry, API and helpers.

auditpy's codecs module, after the API of CPython 3.11's Lib/codecs.py. The text codecs are the interpreter's
own (str.encode and bytes.decode: utf-8, ascii, latin-1 and the UTF-16/32 family with CPython's error handlers,
other encodings through the JDK's charsets); a codec's name is CPython's (codecs.lookup("latin1").name is
"iso8859-1"), looked up with the alias table of CPython's encodings package. open() opens its file in binary
mode through the builtin open(), so a hook sees CPython's `open` event (mode with 'b'), and wraps it in a
StreamReaderWriter.

Differences: no bytes-to-bytes codecs but rot13 and hex; utf-8-sig, unicode_escape, raw_unicode_escape, idna
and punycode are not known; EncodedFile and StreamRecoder are missing; incremental decoders keep an incomplete
multi-byte sequence of utf-8, utf-16 and utf-32 for the next call and pass other encodings' bytes on at once.
"""

import builtins as _builtins
import sys as _sys

from _codecs import lookup_error, register_error

__all__ = ["register", "lookup", "open", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error", "unregister"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
            (self.__class__.__module__, self.__class__.__qualname__,
             self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps the undecoded end of its input for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded text to a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads text decoded from a binary stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = "".join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = ""
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = ""
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if (isinstance(data, str) and data.endswith("\r")) or \
                        (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self.charbuffer.join(lines[1:]) + self.charbuffer
                    if keepends:
                        line = line0withend
                    else:
                        line = line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self.charbuffertype()
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A file object that reads and writes through a codec's StreamReader and StreamWriter."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# --- the text codecs over str.encode / bytes.decode ---

# encodings whose incomplete last character waits for more input in an incremental decoder, with the reasons
# bytes.decode gives for a truncated end
_TRUNCATING = ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
_TRUNCATED_REASONS = ("unexpected end of data", "truncated data")


def _text_codec(name, java_name):
    # utf-16 and utf-32 write their byte-order mark once, at the start: later pieces in the mark's byte order
    unmarked = {"utf-16": "utf-16-le", "utf-32": "utf-32-le"}.get(name)

    def encode_as(target, codec, input, errors):
        if not isinstance(input, str):
            raise TypeError(f"{codec.replace('-', '_')}_encode() argument 1 must be str, "
                            f"not {type(input).__name__}")
        return (input.encode(target, errors), len(input))

    def encode(input, errors='strict'):
        return encode_as(java_name, name, input, errors)

    def encode_next(coder, input, errors):
        # a stateful encoder's piece: without the byte-order mark once one was written
        if coder.started and unmarked is not None:
            return encode_as(unmarked, unmarked, input, errors)
        coder.started = True
        return encode(input, errors)

    def decode_as(target, input, errors, final):
        data = bytes(input) if isinstance(input, (bytearray, memoryview)) else input
        if not isinstance(data, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__)
        try:
            return (data.decode(target, errors), len(data))
        except UnicodeDecodeError as exc:
            if final or name not in _TRUNCATING or exc.end != len(data) or exc.reason not in _TRUNCATED_REASONS:
                raise
            return (data[:exc.start].decode(target, errors), exc.start)

    def decode(input, errors='strict', final=False):
        return decode_as(java_name, input, errors, final)

    # utf-16 and utf-32 read a byte-order mark: CPython's utf_16_ex_decode/utf_32_ex_decode, returning the order it
    # gave (-1 little-endian, 1 big-endian, 0 none: then the machine's, little-endian)
    unit = {"utf-16": 2, "utf-32": 4}.get(name)
    marks = {2: (b"\xff\xfe", b"\xfe\xff"), 4: (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")}.get(unit)
    orders = {-1: name + "-le", 1: name + "-be"}

    def ex_decode(input, errors, final):
        data = bytes(input) if isinstance(input, (bytearray, memoryview)) else input
        order = 0
        if isinstance(data, bytes) and len(data) >= unit:
            order = -1 if data[:unit] == marks[0] else 1 if data[:unit] == marks[1] else 0
        skip = unit if order else 0
        output, consumed = decode_as(orders.get(order, unmarked), data[skip:], errors, final)
        return output, consumed + skip, order

    def stream_start(coder, input, errors, final):
        # the first piece of a stream: its mark picks the decoder of the rest; a stream without one is an error
        output, consumed, order = ex_decode(input, errors, final)
        if order:
            coder.target = orders[order]
        elif consumed >= unit:
            raise UnicodeError("%s stream does not start with BOM" % name.upper())
        return output, consumed

    class _Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            return encode_next(self, input, self.errors)[0]

        def reset(self):
            self.started = False

        def getstate(self):
            return 2 if not self.started and unmarked is not None else 0

        def setstate(self, state):
            self.started = state == 0

    class _Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.target = None

        def _buffer_decode(self, input, errors, final):
            if unit is None:
                return decode(input, errors, final)
            if self.target is None:
                return stream_start(self, input, errors, final)
            return decode_as(self.target, input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.target = None

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)
            if unit is None:
                return state
            # 0: the machine's byte order (little-endian), 1: the other, 2: not known yet
            return (state[0], 2 if self.target is None else int(self.target.endswith("-be")))

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            if unit is not None:
                self.target = {0: orders[-1], 1: orders[1]}.get(state[1])

    class _Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self.started = False

        def encode(self, input, errors='strict'):
            return encode_next(self, input, errors)

        def reset(self):
            self.started = False

    class _Reader(StreamReader):
        target = None

        def decode(self, input, errors='strict'):
            if unit is None:
                return decode(input, errors)
            if self.target is None:
                return stream_start(self, input, errors, False)
            return decode_as(self.target, input, errors, False)

        def reset(self):
            StreamReader.reset(self)
            self.target = None

    for cls, role in ((_Encoder, "IncrementalEncoder"), (_Decoder, "IncrementalDecoder"),
                      (_Writer, "StreamWriter"), (_Reader, "StreamReader")):
        cls.__name__ = cls.__qualname__ = role
        cls.__module__ = "encodings." + name.replace("-", "_")

    def stateless_decode(input, errors='strict'):
        return decode(input, errors, True)

    return CodecInfo(name=name, encode=encode, decode=stateless_decode, incrementalencoder=_Encoder,
                     incrementaldecoder=_Decoder, streamwriter=_Writer, streamreader=_Reader)


def _rot13(input, errors='strict'):
    if not isinstance(input, str):
        raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a '%s' object"
                        % type(input).__name__)
    return (input.translate(_ROT13_MAP), len(input))


_ROT13_MAP = {c: (c - base + 13) % 26 + base
              for base in (ord('a'), ord('A')) for c in range(base, base + 26)}


def _hex_encode(input, errors='strict'):
    return (bytes(input).hex().encode('ascii'), len(input))


def _hex_decode(input, errors='strict'):
    if isinstance(input, str):
        input = input.encode('ascii')
    return (bytes.fromhex(bytes(input).decode('ascii')), len(input))


# CPython's codec names (CodecInfo.name), by the normalized module name of the encodings package
_NAMES = {"utf_8": "utf-8", "latin_1": "iso8859-1", "ascii": "ascii", "rot_13": "rot-13", "hex_codec": "hex"}


def _codec_name(module_name):
    name = _NAMES.get(module_name)
    if name is not None:
        return name
    for prefix in ("utf_", "iso8859_", "koi8_", "mac_", "tis_", "kz1048", "ptcp", "hp_"):
        if module_name.startswith(prefix):
            return module_name.replace("_", "-")
    return module_name


def _search(encoding):
    """The default search function: CPython's encodings.search_function for the codecs auditpy has."""
    from encodings import normalize_encoding
    from encodings.aliases import aliases
    norm = normalize_encoding(encoding)
    module_name = aliases.get(norm) or aliases.get(norm.replace(".", "_")) or norm
    name = _codec_name(module_name)
    if module_name == "rot_13":
        return CodecInfo(name=name, encode=_rot13, decode=_rot13, _is_text_encoding=False)
    if module_name == "hex_codec":
        return CodecInfo(name=name, encode=_hex_encode, decode=_hex_decode, _is_text_encoding=False)
    java_name = {"iso8859-1": "latin-1"}.get(name, name)
    try:
        "".encode(java_name)
    except LookupError:
        return None
    return _text_codec(name, java_name)


_search_functions = [_search]
_cache = {}


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    if "\0" in encoding:
        raise ValueError("embedded null character")
    key = encoding.lower().replace(" ", "_")
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    return _call(lookup(encoding).encode, obj, encoding, errors, "encoding with")


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    return _call(lookup(encoding).decode, obj, encoding, errors, "decoding with")


def _call(function, obj, encoding, errors, what):
    try:
        result = function(obj, errors)
    except TypeError as exc:
        # CPython's wrap_codec_error: the codec's TypeError, named
        raise TypeError(f"{what} '{encoding}' codec failed ({type(exc).__name__}: {exc})") from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)" if what.startswith("en")
                        else "decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped version providing transparent
    encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def strict_errors(exception):
    return lookup_error("strict")(exception)


def ignore_errors(exception):
    return lookup_error("ignore")(exception)


def replace_errors(exception):
    return lookup_error("replace")(exception)


def xmlcharrefreplace_errors(exception):
    return lookup_error("xmlcharrefreplace")(exception)


def backslashreplace_errors(exception):
    return lookup_error("backslashreplace")(exception)


def namereplace_errors(exception):
    return lookup_error("namereplace")(exception)
