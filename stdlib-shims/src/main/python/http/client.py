"""HTTP/1.1 client: ``HTTPConnection`` sends requests and ``HTTPResponse`` reads what comes back, as CPython's
``http.client`` (Lib/http/client.py) for plain HTTP.

Audit events, as CPython's: ``http.client.connect`` with ``(self, host, port)`` before the connection's socket is
opened, and ``http.client.send`` with ``(self, data)`` for each block of data sent.

Not here: ``HTTPSConnection`` (auditpy has no ``ssl``), proxies through ``set_tunnel`` work only for plain HTTP,
and response headers are an ``HTTPMessage`` of this module, not an ``email.message.Message`` (it has the mapping
methods, ``get``, ``get_all``, ``items``, ``keys``, ``values`` and ``getheader``-style access that callers use).
"""

import io
import socket
import sys
from http import HTTPStatus

__all__ = ["HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

# connection states
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

globals().update({status.name: status for status in HTTPStatus})

responses = {status.value: status.phrase for status in HTTPStatus}

_MAXLINE = 65536
_MAXHEADERS = 100

_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}

_ASCII_CONTROL = set(range(0x00, 0x21)) | {0x7f}


def _legal_header_name(name):
    """A field name: a first byte that is neither ':' nor whitespace, then no ':', CR or LF (RFC 7230 token, as
    CPython's check accepts it)."""
    if not isinstance(name, (bytes, bytearray)):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(name).__name__)
    if not name or name[0] in b':' or chr(name[0]).isspace():
        return False
    return not any(b in b':\r\n' for b in name[1:])


def _illegal_header_value(value):
    """A CR or LF that does not start an obsolete line folding (a CR not followed by SP, HT or LF; an LF not
    followed by SP or HT)."""
    if not isinstance(value, (bytes, bytearray)):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(value).__name__)
    n = len(value)
    for i, b in enumerate(value):
        nxt = value[i + 1] if i + 1 < n else None
        if b == 10 and nxt not in (32, 9):
            return True
        if b == 13 and nxt not in (32, 9, 10):
            return True
    return False


def _encode(data, name='data'):
    """``data`` in ISO-8859-1 (RFC 2616's default for text), with CPython's advice when it is not Latin-1."""
    try:
        return data.encode("latin-1")
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(
            err.encoding, err.object, err.start, err.end,
            "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') if you want to send it encoded in UTF-8." %
            (name.title(), data[err.start:err.end], name)) from None


def _check_text(value):
    """What CPython's regular-expression checks of a method, URL or host raise for a value that is not a str."""
    if isinstance(value, (bytes, bytearray)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if not isinstance(value, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(value).__name__)


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        e = '' if self.expected is None else ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPMessage:
    """Response (or request) headers: an ordered list of (name, value) pairs looked up case-insensitively."""

    def __init__(self):
        self._headers = []

    def add_header(self, name, value):
        self._headers.append((name, value))

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, _ in self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __iter__(self):
        return iter(self.keys())

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values if values else failobj

    def getallmatchingheaders(self, name):
        name = name.lower()
        return ["%s: %s" % (k, v) for k, v in self._headers if k.lower() == name]

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    def as_string(self):
        return "".join("%s: %s\n" % kv for kv in self._headers) + "\n"

    __str__ = as_string

    def __repr__(self):
        return "<http.client.HTTPMessage object at %#x>" % id(self)


def _read_headers(fp):
    """The header lines up to the blank line, undecoded (as CPython's _read_headers)."""
    headers = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        headers.append(line)
        if len(headers) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            break
    return headers


def parse_headers(fp, _class=HTTPMessage):
    """Reads headers from ``fp`` (a binary file) into an ``HTTPMessage``; continuation lines are joined."""
    msg = _class()
    name = None
    value = None
    for raw in _read_headers(fp):
        line = raw.decode('iso-8859-1').rstrip('\r\n')
        if not line:
            break
        if line[0] in ' \t' and name is not None:
            value += ' ' + line.strip()
            continue
        if name is not None:
            msg.add_header(name, value)
        name, sep, rest = line.partition(':')
        if not sep:
            name = None
            continue
        value = rest.strip()
    if name is not None:
        msg.add_header(name, value)
    return msg


class HTTPResponse(io.BufferedIOBase):
    """A response read from the connection's socket, a binary stream: ``read`` gives its body (Content-Length,
    chunked or to close)."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if not line:
            raise RemoteDisconnected("Remote end closed connection without response")
        try:
            version, status, reason = line.split(None, 2)
        except ValueError:
            try:
                version, status = line.split(None, 1)
                reason = ""
            except ValueError:
                version = ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(line)
        except ValueError:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != CONTINUE:
                break
            _read_headers(self.fp)  # the 100-continue's headers
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for k, v in self.headers.items():
                print("header:", k + ":", v)
        te = self.headers.get("transfer-encoding")
        self.chunked = bool(te and te.lower() == "chunked")
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status == NO_CONTENT or status == NOT_MODIFIED or 100 <= status < 200 or self._method == "HEAD"):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get("connection")
        if self.version == 11:
            return bool(conn and "close" in conn.lower())
        if self.headers.get("keep-alive"):
            return False
        if conn and "keep-alive" in conn.lower():
            return False
        pconn = self.headers.get("proxy-connection")
        if pconn and "keep-alive" in pconn.lower():
            return False
        return True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        if fp is not None:
            fp.close()

    def close(self):
        try:
            super().close()  # the stream's closed flag
        finally:
            if self.fp:
                self._close_conn()

    def isclosed(self):
        return self.fp is None

    def flush(self):
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def fileno(self):
        return self.fp.fileno()

    def readinto(self, b):
        """Reads up to len(b) bytes of the body into ``b``; the number read."""
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def read1(self, n=-1):
        """Up to ``n`` bytes of the body (all that is left when n < 0)."""
        return self.read(n if n is not None and n >= 0 else None)

    def peek(self, n=-1):
        """Bytes of the body that a read would give next, without consuming them."""
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return b""
        data = self.fp.peek(n if n > 0 else 1)
        if self.length is not None:
            data = data[:self.length]
        return data

    def read(self, amt=None):
        """The body (or up to ``amt`` bytes of it); b'' once it is all read."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self._safe_read(self.length)
            self.length = 0
        self._close_conn()
        return data

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return self.read(limit if limit >= 0 else None)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def _safe_read(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _get_chunk_left(self):
        """The size of the chunk being read, reading the next size line when the last chunk is done; a size line
        that is not hexadecimal is IncompleteRead (CPython's)."""
        if self.chunk_left is None:
            try:
                self.chunk_left = self._read_next_chunk_size()
            except ValueError:
                raise IncompleteRead(b'')
        return self.chunk_left

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        i = line.find(b";")
        if i >= 0:
            line = line[:i]
        try:
            return int(line, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_chunked(self, amt=None):
        parts = []
        try:
            while True:
                if self.chunk_left is None:
                    size = self._get_chunk_left()
                    if size == 0:
                        # the trailer, up to its blank line
                        _read_headers(self.fp)
                        self._close_conn()
                        break
                want = self.chunk_left if amt is None else min(self.chunk_left, amt)
                parts.append(self._safe_read(want))
                self.chunk_left -= want
                if self.chunk_left == 0:
                    self._safe_read(2)  # the CRLF after the chunk
                    self.chunk_left = None
                if amt is not None:
                    amt -= want
                    if amt <= 0:
                        break
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(parts) + exc.partial) from exc
        return b''.join(parts)

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, '__iter__'):
            return headers
        return ', '.join(headers)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


class HTTPConnection:
    """A connection to one HTTP server: ``request`` then ``getresponse``, repeatable while the server keeps the
    connection open (HTTP/1.1)."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        (self.host, self.port) = self._get_hostport(host, port)
        self._validate_host(self.host)
        self._create_connection = socket.create_connection

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')  # an IPv6 address in brackets
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:])
                host = host[:i]
            else:
                port = self.default_port
            if host and host[0] == '[' and host[-1] == ']':
                host = host[1:-1]
        return (host, port)

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = dict(headers) if headers else {}

    def connect(self):
        """Opens the socket to the host and port (raising the ``http.client.connect`` audit event first)."""
        sys.audit("http.client.connect", self, self.host, self.port)
        self.sock = self._create_connection((self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Sends ``data`` (bytes-like, a binary or text file read in blocks, or an iterable of bytes) on the socket,
        opening it first if needed; each block raises ``http.client.send``."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            encode = self._is_textIO(data)
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if encode:
                    block = block.encode("iso-8859-1")
                sys.audit("http.client.send", self, block)
                self.sock.sendall(block)
            return
        sys.audit("http.client.send", self, data)
        try:
            self.sock.sendall(data)
        except TypeError:
            if not hasattr(data, "__iter__") or isinstance(data, (str, bytes, bytearray)):
                raise TypeError("data should be a bytes-like object or an iterable, got %r" % type(data))
            for d in data:
                self.sock.sendall(d)

    @staticmethod
    def _is_textIO(stream):
        import io
        return isinstance(stream, io.TextIOBase)

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None, encode_chunked=False):
        self._buffer.extend((b"", b""))
        msg = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            chunks = self._read_readable(message_body)
        elif isinstance(message_body, (bytes, bytearray)):
            chunks = (message_body,)
        else:
            try:
                chunks = iter(message_body)
            except TypeError:
                raise TypeError("message_body should be a bytes-like object or an iterable, got %r" % type(message_body))
        for chunk in chunks:
            if not chunk:
                continue
            if encode_chunked and self._http_vsn == 11:
                chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
            self.send(chunk)
        if encode_chunked and self._http_vsn == 11:
            self.send(b'0\r\n\r\n')

    def _read_readable(self, readable):
        encode = self._is_textIO(readable)
        while True:
            block = readable.read(self.blocksize)
            if not block:
                break
            if encode:
                block = block.encode("iso-8859-1")
            yield block

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Starts a request: the request line, then Host and Accept-Encoding unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self.__state)
        self._validate_method(method)
        self._method = method
        url = url or '/'
        self._validate_path(url)
        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(self._encode_request(request))
        if self._http_vsn == 11:
            if not skip_host:
                netloc = ''
                if url.startswith('http'):
                    rest = url.split('://', 1)[1] if '://' in url else ''
                    netloc = rest.split('/', 1)[0]
                if netloc:
                    try:
                        netloc_enc = netloc.encode("ascii")
                    except UnicodeEncodeError:
                        netloc_enc = netloc.encode("idna")
                    self.putheader('Host', netloc_enc)
                else:
                    host = self._tunnel_host or self.host
                    port = self._tunnel_port if self._tunnel_host else self.port
                    try:
                        host_enc = host.encode("ascii")
                    except UnicodeEncodeError:
                        host_enc = host.encode("idna")
                    if ':' in host:
                        host_enc = b'[' + host_enc + b']'
                    if port == self.default_port:
                        self.putheader('Host', host_enc)
                    else:
                        self.putheader('Host', "%s:%s" % (host_enc.decode("ascii"), port))
            if not skip_accept_encoding:
                self.putheader('Accept-Encoding', 'identity')

    def _encode_request(self, request):
        return request.encode('ascii')

    def _validate_method(self, method):
        _check_text(method)
        for i, c in enumerate(method):
            if ord(c) in _ASCII_CONTROL:
                raise ValueError(f"method can't contain control characters. {method!r} (found at least {c!r})")

    def _validate_path(self, url):
        _check_text(url)
        for c in url:
            if ord(c) in _ASCII_CONTROL:
                raise InvalidURL(f"URL can't contain control characters. {url!r} (found at least {c!r})")

    def _validate_host(self, host):
        _check_text(host)
        for c in host:
            if ord(c) in _ASCII_CONTROL:
                raise InvalidURL(f"URL can't contain control characters. {host!r} (found at least {c!r})")

    def putheader(self, header, *values):
        """Sends one request header line; values are joined with CRLF-TAB as CPython does."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _legal_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))
        values = list(values)
        for i, one_value in enumerate(values):
            if hasattr(one_value, 'encode'):
                values[i] = one_value.encode('latin-1')
            elif isinstance(one_value, int):
                values[i] = str(one_value).encode('ascii')
            if _illegal_header_value(values[i]):
                raise ValueError('Invalid header value %r' % (values[i],))
        value = b'\r\n\t'.join(values)
        self._output(header + b': ' + value)

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Ends the headers and sends them, with the body if given."""
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Sends a complete request: line, headers (Content-Length or chunked for a body), body."""
        header_names = frozenset(k.lower() for k in headers)
        skips = {}
        if 'host' in header_names:
            skips['skip_host'] = 1
        if 'accept-encoding' in header_names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if 'content-length' not in header_names:
            if 'transfer-encoding' not in header_names:
                encode_chunked = False
                content_length = self._get_content_length(body, method)
                if content_length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    self.putheader('Content-Length', str(content_length))
        else:
            encode_chunked = False
        for hdr, value in headers.items():
            self.putheader(hdr, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    @staticmethod
    def _get_content_length(body, method):
        if body is None:
            if method.upper() in _METHODS_EXPECTING_BODY:
                return 0
            return None
        if hasattr(body, 'read'):
            return None
        if isinstance(body, (bytes, bytearray, str)):
            return len(body)
        return None

    def getresponse(self):
        """The response to the request sent; the connection closes when the response says it will."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        if self.debuglevel > 0:
            response = self.response_class(self.sock, self.debuglevel, method=self._method)
        else:
            response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise
