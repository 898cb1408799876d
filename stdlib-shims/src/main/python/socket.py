"""A minimal socket module over auditpy's _socket (java.nio channels).

The socket class follows CPython 3.11's Lib/socket.py and Modules/socketmodule.c: the same constructor defaults,
repr, audit events (raised by _socket: socket.__new__, socket.bind, socket.connect, socket.sendto,
socket.gethostname, socket.gethostbyname, socket.getaddrinfo), error types and messages for the common cases.
"""

import _auditpy
import _socket
import io
import os
import sys
from _socket import (AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_NONBLOCK,
                     SOCK_CLOEXEC, SOL_SOCKET, SO_REUSEADDR, SO_REUSEPORT, SO_KEEPALIVE, SO_BROADCAST, SO_RCVBUF,
                     SO_SNDBUF, SO_ERROR, SO_TYPE, SO_LINGER, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IP, IPPROTO_IPV6,
                     IPV6_V6ONLY, TCP_NODELAY, SOL_TCP, SOL_UDP, SOL_IP, SHUT_RD, SHUT_WR, SHUT_RDWR, AI_PASSIVE,
                     AI_CANONNAME, AI_NUMERICHOST, AI_NUMERICSERV, NI_NUMERICHOST, NI_NUMERICSERV, INADDR_ANY,
                     INADDR_LOOPBACK, SOMAXCONN, MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL, EAI_NONAME, EAI_AGAIN, EAI_FAIL,
                     EAI_FAMILY, EAI_SERVICE, has_ipv6, gethostname, sethostname, gethostbyname, getdefaulttimeout, getservbyname,
                     getservbyport, gethostbyaddr, getnameinfo)

from _intenum import _EnumType, _IntEnumLike

error = OSError
timeout = TimeoutError


def _make_enum(clsname, prefixes, exclude=()):
    """An IntEnum of this module's int constants whose names start with one of ``prefixes``, in order of value
    (then name), as CPython's IntEnum._convert_ makes socket.AddressFamily and SocketKind; each constant becomes
    its member."""
    cls = _EnumType(clsname, (_IntEnumLike,), {"__module__": "socket", "__qualname__": clsname,
                                               "_members_by_value": {}, "_members_by_name": {}})
    found = sorted((value, name) for name, value in list(globals().items())
                   if name.startswith(prefixes) and name not in exclude and type(value) is int)
    for value, name in found:
        globals()[name] = cls._member(name, value)
    return cls


AddressFamily = _make_enum("AddressFamily", ("AF_",))
SocketKind = _make_enum("SocketKind", ("SOCK_",))


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_auditpy.set_module(herror, 'socket')
_auditpy.set_module(gaierror, 'socket')
_socket.herror = herror
_socket.gaierror = gaierror
_socket.error = OSError
_socket.timeout = TimeoutError

_GLOBAL_DEFAULT_TIMEOUT = object()


def _check_timeout(value):
    if value is None:
        return -1.0
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        if hasattr(type(value), '__float__'):
            value = float(value)
        else:
            raise TypeError("Timeout value must be int, float or None")
    value = float(value)
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


def _index(n):
    """An int argument (CPython's "i" converter)."""
    if isinstance(n, int):
        return n
    index = getattr(type(n), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    return index(n)


def setdefaulttimeout(timeout):
    _socket._setdefaulttimeout(_check_timeout(timeout))


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily), _intenum_converter(socktype, SocketKind), proto, canonname, sa))
    return addrlist


class socket:
    """A subclass of _socket.socket adding the makefile() method."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        # the state of CPython's freshly allocated socket object, seen by the socket.__new__ event's hooks
        self._fd = -1
        self._family = 0
        self._type = 0
        self._proto = 0
        self._timeout = None
        self._io_refs = 0
        self._closed = False
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        elif family == -1 or type == -1 or proto == -1:
            fam, typ, pro = _socket._info(fileno)
            family = fam if family == -1 else family
            type = typ if type == -1 else type
            proto = pro if proto == -1 else proto
        fd = _socket._new(self, family, type, proto, fileno)
        self._fd = fd
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        if type & SOCK_NONBLOCK:
            self._timeout = 0.0
        else:
            self._timeout = getdefaulttimeout()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" \
            % (self.__class__.__module__,
               self.__class__.__qualname__,
               " [closed]" if closed else "",
               self.fileno(),
               self.family,
               self.type,
               self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        s += '>'
        return s

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    @property
    def family(self):
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum_converter(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def _check(self):
        if self._fd == -1:
            raise OSError(9, 'Bad file descriptor')
        return self._fd

    def fileno(self):
        return self._fd

    def dup(self):
        fd = os.dup(self._check())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def bind(self, address):
        _socket._bind(self, self._fd, self._family, address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket._listen(self._check(), backlog)

    def _accept(self):
        return _socket._accept(self._check())

    def accept(self):
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        _socket._connect(self, self._fd, self._family, address)

    def connect_ex(self, address):
        return _socket._connect_ex(self, self._fd, self._family, address)

    def recv(self, bufsize, flags=0):
        return _socket._recv(self._check(), bufsize, flags)

    def recvfrom(self, bufsize, flags=0):
        return _socket._recvfrom(self._check(), bufsize)

    def recv_into(self, buffer, nbytes=0, flags=0):
        # sock_recv_into: a writable buffer ("w*"), then the count checked against its size in bytes
        try:
            view = memoryview(buffer)
        except TypeError:
            view = None
        if view is None or view.readonly:
            raise TypeError("recv_into() argument 1 must be read-write bytes-like object, not %s"
                            % ('None' if buffer is None else type(buffer).__name__))
        with view:
            if nbytes < 0:
                raise ValueError("negative buffersize in recv_into")
            if nbytes == 0:
                nbytes = view.nbytes
            elif view.nbytes < nbytes:
                raise ValueError("buffer too small for requested bytes")
            data = self.recv(nbytes, flags)
            n = len(data)
            with view.cast('B') as raw:
                raw[:n] = data
            return n

    def send(self, data, flags=0):
        return _socket._send(self._check(), data, False)

    def sendall(self, data, flags=0):
        _socket._send(self._check(), data, True)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            address = flags_or_address
        return _socket._sendto(self, self._fd, self._family, data, address)

    def sendmsg(self, buffers, ancdata=(), flags=0, address=None):
        """Sends the concatenated buffers (to ``address`` if given): the socket.sendmsg event (self, address) first,
        as CPython's. Ancillary data (SCM_RIGHTS, ...) is not supported by auditpy's sockets: EOPNOTSUPP."""
        flags = _index(flags)
        sys.audit("socket.sendmsg", self, address)
        try:
            parts = list(buffers)
        except TypeError:
            raise TypeError("sendmsg() argument 1 must be an iterable") from None
        for p in parts:
            if not isinstance(p, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'" % type(p).__name__)
        try:
            anc = list(ancdata)
        except TypeError:
            raise TypeError("sendmsg() argument 2 must be an iterable") from None
        if anc:
            raise OSError(95, "sendmsg: ancillary data is not supported by auditpy")
        data = b"".join(parts)
        if address is None:
            return _socket._send(self._check(), data, False)
        return _socket._sendmsg_to(self, self._fd, self._family, data, address)

    def getsockname(self):
        return _socket._getsockname(self._check())

    def getpeername(self):
        return _socket._getpeername(self._check())

    def setsockopt(self, level, optname, value, optlen=None):
        _socket._setsockopt(self._check(), level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        return _socket._getsockopt(self._check(), level, optname)

    def shutdown(self, how):
        _socket._shutdown(self._check(), how)

    def settimeout(self, value):
        t = _check_timeout(value)
        _socket._settimeout(self._check(), t)
        self._timeout = None if t < 0 else t

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        assert reading or writing
        binary = "b" in mode
        rawmode = ""
        if reading:
            rawmode += "r"
        if writing:
            rawmode += "w"
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = _BufferedRWPair(raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            assert writing
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        encoding = io.text_encoding(encoding)
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self):
        fd = self._fd
        self._fd = -1
        if fd != -1:
            os.close(fd)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        fd = self._fd
        self._fd = -1
        return fd


SocketType = socket


class _BufferedRWPair(io.BufferedIOBase):
    """io.BufferedRWPair(raw, raw) where the io module lacks it: a BufferedReader and a BufferedWriter on one raw."""

    def __init__(self, raw, buffer_size=io.DEFAULT_BUFFER_SIZE):
        self.reader = io.BufferedReader(raw, buffer_size)
        self.writer = io.BufferedWriter(raw, buffer_size)

    def read(self, size=-1):
        return self.reader.read(-1 if size is None else size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return False

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


if hasattr(io, "BufferedRWPair"):
    _BufferedRWPair = io.BufferedRWPair


class SocketIO(io.RawIOBase):
    """Raw I/O implementation for stream sockets (CPython's socket.SocketIO)."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except timeout:
            self._timeout_occurred = True
            raise

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        return self._sock.send(b)

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return super().seekable()

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        else:
            return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    else:
        raise error("getaddrinfo returns an empty list")


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    return name
