"""A POP3 client (RFC 1939), as CPython's Lib/poplib.py: ``POP3`` connects, logs in and fetches messages.

Audit events, as CPython's: ``poplib.connect`` with ``(self, host, port)`` before the socket is opened, and
``poplib.putline`` with ``(self, line)`` for each command line sent (bytes, without its CRLF).

Not here: ``POP3_SSL`` and ``stls`` (auditpy has no ``ssl``), and ``apop`` (it needs an MD5 digest; auditpy has no
``hashlib``).
"""

import socket
import sys

__all__ = ["POP3", "error_proto"]


class error_proto(Exception):
    pass


POP3_PORT = 110
POP3_SSL_PORT = 995

CR = b'\r'
LF = b'\n'
CRLF = CR + LF

# the longest line a server may send (RFC 1939: 512; CPython allows more for servers that send longer ones)
_MAXLINE = 2048


class POP3:
    """A connection to a POP3 server: commands return the server's response line (bytes) or, for the commands
    that return a listing, ``(response, [lines], octets)``. A response not starting with '+' raises
    ``error_proto`` with it."""

    encoding = 'UTF-8'

    def __init__(self, host, port=POP3_PORT, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        self.host = host
        self.port = port
        self._tls_established = False
        sys.audit("poplib.connect", self, host, port)
        self.sock = self._create_socket(timeout)
        self.file = self.sock.makefile('rb')
        self._debugging = 0
        self.welcome = self._getresp()

    def _create_socket(self, timeout):
        if timeout is not None and not timeout:
            raise ValueError('Non-blocking socket (timeout=0) is not supported')
        return socket.create_connection((self.host, self.port), timeout)

    def _putline(self, line):
        if self._debugging > 1:
            print('*put*', repr(line))
        sys.audit("poplib.putline", self, line)
        self.sock.sendall(line + CRLF)

    def _putcmd(self, line):
        if self._debugging:
            print('*cmd*', repr(line))
        self._putline(bytes(line, self.encoding))

    def _getline(self):
        """A line from the server without its line end, and its length in octets as sent."""
        line = self.file.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise error_proto('line too long')
        if self._debugging > 1:
            print('*get*', repr(line))
        if not line:
            raise error_proto('-ERR EOF')
        octets = len(line)
        if line[-2:] == CRLF:
            return line[:-2], octets
        if line[:1] == CR:
            return line[1:-1], octets
        return line[:-1], octets

    def _getresp(self):
        resp, o = self._getline()
        if self._debugging > 1:
            print('*resp*', repr(resp))
        if not resp.startswith(b'+'):
            raise error_proto(resp)
        return resp

    def _getlongresp(self):
        """A response, then the lines up to the terminating '.', with dot-stuffing undone."""
        resp = self._getresp()
        lines = []
        octets = 0
        line, o = self._getline()
        while line != b'.':
            if line.startswith(b'..'):
                o = o - 1
                line = line[1:]
            octets = octets + o
            lines.append(line)
            line, o = self._getline()
        return resp, lines, octets

    def _shortcmd(self, line):
        self._putcmd(line)
        return self._getresp()

    def _longcmd(self, line):
        self._putcmd(line)
        return self._getlongresp()

    def getwelcome(self):
        return self.welcome

    def set_debuglevel(self, level):
        self._debugging = level

    def user(self, user):
        return self._shortcmd('USER %s' % user)

    def pass_(self, pswd):
        return self._shortcmd('PASS %s' % pswd)

    def stat(self):
        """(number of messages, mailbox size in octets)."""
        retval = self._shortcmd('STAT')
        rets = retval.split()
        if self._debugging:
            print('*stat*', repr(rets))
        return (int(rets[1]), int(rets[2]))

    def list(self, which=None):
        if which is not None:
            return self._shortcmd('LIST %s' % which)
        return self._longcmd('LIST')

    def retr(self, which):
        return self._longcmd('RETR %s' % which)

    def dele(self, which):
        return self._shortcmd('DELE %s' % which)

    def noop(self):
        return self._shortcmd('NOOP')

    def rset(self):
        return self._shortcmd('RSET')

    def quit(self):
        resp = self._shortcmd('QUIT')
        self.close()
        return resp

    def close(self):
        try:
            file = self.file
            self.file = None
            if file is not None:
                file.close()
        finally:
            sock = self.sock
            self.sock = None
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError as exc:
                    # a peer that already closed: ENOTCONN (or EINVAL on some systems) is not an error here
                    if exc.errno not in (107, 22):
                        raise
                finally:
                    sock.close()

    def rpop(self, user):
        return self._shortcmd('RPOP %s' % user)

    def top(self, which, howmuch):
        return self._longcmd('TOP %s %s' % (which, howmuch))

    def uidl(self, which=None):
        if which is not None:
            return self._shortcmd('UIDL %s' % which)
        return self._longcmd('UIDL')

    def utf8(self):
        return self._shortcmd('UTF8')

    def capa(self):
        """The server's capabilities: {name: [arguments]} (error_proto if it has no CAPA command)."""
        try:
            resp = self._longcmd('CAPA')
        except error_proto:
            raise error_proto('-ERR CAPA not supported by server')
        caps = {}
        for line in resp[1]:
            words = line.decode('ascii').split()
            caps[words[0]] = words[1:]
        return caps
