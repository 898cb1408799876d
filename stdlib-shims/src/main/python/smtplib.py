"""An SMTP/ESMTP client (RFC 821, 1869, 4954), as CPython's Lib/smtplib.py: ``SMTP`` connects, greets with EHLO
or HELO, logs in and sends mail with ``sendmail``.

Audit events, as CPython's: ``smtplib.connect`` with ``(self, host, port)`` before the socket is opened, and
``smtplib.send`` with ``(self, data)`` (bytes) for everything sent.

Not here: ``SMTP_SSL`` and ``starttls`` (auditpy has no ``ssl``), ``send_message`` (no ``email`` package), and the
CRAM-MD5 login (no ``hmac``): ``login`` uses PLAIN or LOGIN.
"""

import socket
import sys

__all__ = ["SMTPException", "SMTPNotSupportedError", "SMTPServerDisconnected", "SMTPResponseException",
           "SMTPSenderRefused", "SMTPRecipientsRefused", "SMTPDataError", "SMTPConnectError", "SMTPHeloError",
           "SMTPAuthenticationError", "quoteaddr", "quotedata", "SMTP"]

SMTP_PORT = 25
SMTP_SSL_PORT = 465
CRLF = "\r\n"
bCRLF = b"\r\n"
_MAXLINE = 8192
_MAXCHALLENGE = 5


class SMTPException(OSError):
    """Base class for all exceptions raised by this module."""


class SMTPNotSupportedError(SMTPException):
    """The command or option is not supported by the SMTP server."""


class SMTPServerDisconnected(SMTPException):
    """Not connected to any SMTP server."""


class SMTPResponseException(SMTPException):
    """An error code returned by the server: ``smtp_code`` and ``smtp_error``."""

    def __init__(self, code, msg):
        self.smtp_code = code
        self.smtp_error = msg
        self.args = (code, msg)


class SMTPSenderRefused(SMTPResponseException):
    def __init__(self, code, msg, sender):
        self.smtp_code = code
        self.smtp_error = msg
        self.sender = sender
        self.args = (code, msg, sender)


class SMTPRecipientsRefused(SMTPException):
    """All recipients were refused: ``recipients`` maps each to its (code, message)."""

    def __init__(self, recipients):
        self.recipients = recipients
        self.args = (recipients,)


class SMTPDataError(SMTPResponseException):
    pass


class SMTPConnectError(SMTPResponseException):
    pass


class SMTPHeloError(SMTPResponseException):
    pass


class SMTPAuthenticationError(SMTPResponseException):
    pass


def _parseaddr(addrstring):
    """The address part of 'Name <addr>' or of a bare address."""
    s = addrstring.strip()
    start = s.rfind('<')
    end = s.rfind('>')
    if start >= 0 and end > start:
        return s[start + 1:end].strip()
    return s


def quoteaddr(addrstring):
    """An address for MAIL FROM / RCPT TO: in angle brackets."""
    if addrstring.strip() == '<>':
        return '<>'
    addr = _parseaddr(addrstring)
    if not addr:
        return '<%s>' % addrstring
    return '<%s>' % addr


def _addr_only(addrstring):
    addr = _parseaddr(addrstring)
    return addr if addr else addrstring


def _fix_eols(data):
    """Every line end (CRLF, LF or a lone CR) made CRLF."""
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == '\r':
            out.append(CRLF)
            if i + 1 < n and data[i + 1] == '\n':
                i += 1
        elif c == '\n':
            out.append(CRLF)
        else:
            out.append(c)
        i += 1
    return ''.join(out)


def _quote_periods(bindata):
    """A '.' starting a line doubled (RFC 5321 dot-stuffing)."""
    lines = bindata.split(b'\n')
    return b'\n'.join(b'.' + line if line.startswith(b'.') else line for line in lines)


def quotedata(data):
    """A str message with CRLF line ends and dot-stuffing, as DATA sends it."""
    return _quote_periods(_fix_eols(data).encode('latin-1')).decode('latin-1')


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\0' * (3 - len(chunk)), 'big')
        quad = bytes(_B64[(n >> s) & 63] for s in (18, 12, 6, 0))
        out += quad[:len(chunk) + 1] + b'=' * (3 - len(chunk))
    return bytes(out)


def _b64decode(data):
    data = data.rstrip(b'=')
    bits = 0
    nbits = 0
    out = bytearray()
    for c in data:
        v = _B64.find(bytes([c]))
        if v < 0:
            continue
        bits = (bits << 6) | v
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)


class SMTP:
    """A connection to an SMTP server. Replies are ``(code, message)``, the message bytes with a multi-line
    reply's lines joined by newlines; -1 for a code that is not a number."""

    debuglevel = 0
    sock = None
    file = None
    helo_resp = None
    ehlo_msg = "ehlo"
    ehlo_resp = None
    does_esmtp = False
    default_port = SMTP_PORT

    def __init__(self, host='', port=0, local_hostname=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None):
        self._host = host
        self.timeout = timeout
        self.esmtp_features = {}
        self.command_encoding = 'ascii'
        self.source_address = source_address
        self._auth_challenge_count = 0
        if host:
            (code, msg) = self.connect(host, port)
            if code != 220:
                self.close()
                raise SMTPConnectError(code, msg)
        if local_hostname is not None:
            self.local_hostname = local_hostname
        else:
            fqdn = socket.getfqdn()
            if '.' in fqdn:
                self.local_hostname = fqdn
            else:
                addr = '127.0.0.1'
                try:
                    addr = socket.gethostbyname(socket.gethostname())
                except socket.gaierror:
                    pass
                self.local_hostname = '[%s]' % addr

    def __enter__(self):
        return self

    def __exit__(self, *args):
        try:
            code, message = self.docmd("QUIT")
            if code != 221:
                raise SMTPResponseException(code, message)
        except SMTPServerDisconnected:
            pass
        finally:
            self.close()

    def set_debuglevel(self, debuglevel):
        self.debuglevel = debuglevel

    def _print_debug(self, *args):
        print(*args, file=sys.stderr)

    def _get_socket(self, host, port, timeout):
        if timeout is not None and not timeout:
            raise ValueError('Non-blocking socket (timeout=0) is not supported')
        if self.debuglevel > 0:
            self._print_debug('connect: to', (host, port), self.source_address)
        return socket.create_connection((host, port), timeout, self.source_address)

    def connect(self, host='localhost', port=0, source_address=None):
        """Connects to ``host`` (``host:port`` is accepted) and returns the server's greeting."""
        if source_address:
            self.source_address = source_address
        if not port and (host.find(':') == host.rfind(':')):
            i = host.rfind(':')
            if i >= 0:
                host, port = host[:i], host[i + 1:]
                try:
                    port = int(port)
                except ValueError:
                    raise OSError("nonnumeric port")
        if not port:
            port = self.default_port
        sys.audit("smtplib.connect", self, host, port)
        self.sock = self._get_socket(host, port, self.timeout)
        self.file = None
        (code, msg) = self.getreply()
        if self.debuglevel > 0:
            self._print_debug('connect:', repr(msg))
        return (code, msg)

    def send(self, s):
        """Sends ``s`` (a str is encoded with the command encoding) to the server."""
        if self.debuglevel > 0:
            self._print_debug('send:', repr(s))
        if self.sock:
            if isinstance(s, str):
                s = s.encode(self.command_encoding)
            sys.audit("smtplib.send", self, s)
            try:
                self.sock.sendall(s)
            except OSError:
                self.close()
                raise SMTPServerDisconnected('Server not connected')
        else:
            raise SMTPServerDisconnected('please run connect() first')

    def putcmd(self, cmd, args=""):
        if args == "":
            s = cmd + CRLF
        else:
            s = '%s %s%s' % (cmd, args, CRLF)
        self.send(s)

    def getreply(self):
        """The server's reply: (code, message), the lines of a multi-line reply joined by newlines."""
        resp = []
        if self.file is None:
            self.file = self.sock.makefile('rb')
        while True:
            try:
                line = self.file.readline(_MAXLINE + 1)
            except OSError as e:
                self.close()
                raise SMTPServerDisconnected("Connection unexpectedly closed: " + str(e))
            if not line:
                self.close()
                raise SMTPServerDisconnected("Connection unexpectedly closed")
            if self.debuglevel > 0:
                self._print_debug('reply:', repr(line))
            if len(line) > _MAXLINE:
                self.close()
                raise SMTPResponseException(500, "Line too long.")
            resp.append(line[4:].strip(b' \t\r\n'))
            code = line[:3]
            try:
                errcode = int(code)
            except ValueError:
                errcode = -1
                break
            if line[3:4] != b"-":
                break
        errmsg = b"\n".join(resp)
        if self.debuglevel > 0:
            self._print_debug('reply: retcode (%s); Msg: %a' % (errcode, errmsg))
        return errcode, errmsg

    def docmd(self, cmd, args=""):
        self.putcmd(cmd, args)
        return self.getreply()

    def helo(self, name=''):
        self.putcmd("helo", name or self.local_hostname)
        (code, msg) = self.getreply()
        self.helo_resp = msg
        return (code, msg)

    def ehlo(self, name=''):
        """EHLO, recording the server's extensions (``esmtp_features``) when it answers 250."""
        self.esmtp_features = {}
        self.putcmd(self.ehlo_msg, name or self.local_hostname)
        (code, msg) = self.getreply()
        if code == -1 and len(msg) == 0:
            self.close()
            raise SMTPServerDisconnected("Server not connected")
        self.ehlo_resp = msg
        if code != 250:
            return (code, msg)
        self.does_esmtp = True
        resp = self.ehlo_resp.decode("latin-1").split('\n')
        del resp[0]
        for each in resp:
            if each[:5].lower() == 'auth=':
                self.esmtp_features["auth"] = self.esmtp_features.get("auth", "") + " " + each[5:]
                continue
            n = 0
            while n < len(each) and (each[n].isalnum() and each[n].isascii() or (n > 0 and each[n] == '-')):
                n += 1
            if n == 0:
                continue
            feature = each[:n].lower()
            params = each[n:].strip()
            if feature == "auth":
                self.esmtp_features[feature] = self.esmtp_features.get(feature, "") + " " + params
            else:
                self.esmtp_features[feature] = params
        return (code, msg)

    def has_extn(self, opt):
        return opt.lower() in self.esmtp_features

    def help(self, args=''):
        self.putcmd("help", args)
        return self.getreply()[1]

    def rset(self):
        self.command_encoding = 'ascii'
        return self.docmd("rset")

    def _rset(self):
        try:
            self.rset()
        except SMTPServerDisconnected:
            pass

    def noop(self):
        return self.docmd("noop")

    def mail(self, sender, options=()):
        optionlist = ''
        if options and self.does_esmtp:
            if any(x.lower() == 'smtputf8' for x in options):
                if self.has_extn('smtputf8'):
                    self.command_encoding = 'utf-8'
                else:
                    raise SMTPNotSupportedError('SMTPUTF8 not supported by server')
            optionlist = ' ' + ' '.join(options)
        self.putcmd("mail", "FROM:%s%s" % (quoteaddr(sender), optionlist))
        return self.getreply()

    def rcpt(self, recip, options=()):
        optionlist = ''
        if options and self.does_esmtp:
            optionlist = ' ' + ' '.join(options)
        self.putcmd("rcpt", "TO:%s%s" % (quoteaddr(recip), optionlist))
        return self.getreply()

    def data(self, msg):
        """DATA, then the message (CRLF line ends, dot-stuffed, ended by a line with '.')."""
        self.putcmd("data")
        (code, repl) = self.getreply()
        if self.debuglevel > 0:
            self._print_debug('data:', (code, repl))
        if code != 354:
            raise SMTPDataError(code, repl)
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode('ascii')
        q = _quote_periods(msg)
        if q[-2:] != bCRLF:
            q = q + bCRLF
        q = q + b"." + bCRLF
        self.send(q)
        (code, msg) = self.getreply()
        if self.debuglevel > 0:
            self._print_debug('data:', (code, msg))
        return (code, msg)

    def verify(self, address):
        self.putcmd("vrfy", _addr_only(address))
        return self.getreply()

    vrfy = verify

    def expn(self, address):
        self.putcmd("expn", _addr_only(address))
        return self.getreply()

    def ehlo_or_helo_if_needed(self):
        if self.helo_resp is None and self.ehlo_resp is None:
            if not (200 <= self.ehlo()[0] <= 299):
                (code, resp) = self.helo()
                if not (200 <= code <= 299):
                    raise SMTPHeloError(code, resp)

    def auth(self, mechanism, authobject, *, initial_response_ok=True):
        """AUTH with ``mechanism``; ``authobject(challenge)`` gives each response (None: no initial one)."""
        mechanism = mechanism.upper()
        initial_response = (authobject() if initial_response_ok else None)
        if initial_response is not None:
            response = _b64encode(initial_response.encode('ascii')).decode('ascii')
            (code, resp) = self.docmd("AUTH", mechanism + " " + response)
            self._auth_challenge_count = 1
        else:
            (code, resp) = self.docmd("AUTH", mechanism)
            self._auth_challenge_count = 0
        while code == 334:
            self._auth_challenge_count += 1
            challenge = _b64decode(resp)
            response = _b64encode(authobject(challenge).encode('ascii')).decode('ascii')
            (code, resp) = self.docmd(response)
            if self._auth_challenge_count > _MAXCHALLENGE:
                raise SMTPException("Server AUTH mechanism infinite loop. Last response: " + repr((code, resp)))
        if code in (235, 503):
            return (code, resp)
        raise SMTPAuthenticationError(code, resp)

    def auth_plain(self, challenge=None):
        return "\0%s\0%s" % (self.user, self.password)

    def auth_login(self, challenge=None):
        if challenge is None or self._auth_challenge_count < 2:
            return self.user
        return self.password

    def login(self, user, password, *, initial_response_ok=True):
        """Logs in with the first of PLAIN and LOGIN the server offers."""
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("auth"):
            raise SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
        advertised = self.esmtp_features["auth"].split()
        preferred_auths = ['PLAIN', 'LOGIN']
        authlist = [auth for auth in preferred_auths if auth in advertised]
        if not authlist:
            raise SMTPException("No suitable authentication method found.")
        self.user, self.password = user, password
        last_exception = None
        for authmethod in authlist:
            method_name = 'auth_' + authmethod.lower().replace('-', '_')
            try:
                (code, resp) = self.auth(authmethod, getattr(self, method_name), initial_response_ok=initial_response_ok)
                if code in (235, 503):
                    return (code, resp)
            except SMTPAuthenticationError as e:
                last_exception = e
        raise last_exception

    def sendmail(self, from_addr, to_addrs, msg, mail_options=(), rcpt_options=()):
        """Sends ``msg`` from ``from_addr`` to each of ``to_addrs``; returns the refused recipients
        ({address: (code, message)}), raising when the sender, every recipient or the data is refused."""
        self.ehlo_or_helo_if_needed()
        esmtp_opts = []
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode('ascii')
        if self.does_esmtp:
            if self.has_extn('size'):
                esmtp_opts.append("size=%d" % len(msg))
            for option in mail_options:
                esmtp_opts.append(option)
        (code, resp) = self.mail(from_addr, esmtp_opts)
        if code != 250:
            if code == 421:
                self.close()
            else:
                self._rset()
            raise SMTPSenderRefused(code, resp, from_addr)
        senderrs = {}
        if isinstance(to_addrs, str):
            to_addrs = [to_addrs]
        for each in to_addrs:
            (code, resp) = self.rcpt(each, rcpt_options)
            if (code != 250) and (code != 251):
                senderrs[each] = (code, resp)
            if code == 421:
                self.close()
                raise SMTPRecipientsRefused(senderrs)
        if len(senderrs) == len(to_addrs):
            self._rset()
            raise SMTPRecipientsRefused(senderrs)
        (code, resp) = self.data(msg)
        if code != 250:
            if code == 421:
                self.close()
            else:
                self._rset()
            raise SMTPDataError(code, resp)
        return senderrs

    def close(self):
        try:
            file = self.file
            self.file = None
            if file:
                file.close()
        finally:
            sock = self.sock
            self.sock = None
            if sock:
                sock.close()

    def quit(self):
        res = self.docmd("quit")
        self.ehlo_resp = self.helo_resp = None
        self.esmtp_features = {}
        self.does_esmtp = False
        self.close()
        return res


LMTP_PORT = 2003


class LMTP(SMTP):
    """LMTP (RFC 2033): SMTP with LHLO instead of EHLO, over TCP."""

    ehlo_msg = "lhlo"

    def __init__(self, host='', port=LMTP_PORT, local_hostname=None, source_address=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        super().__init__(host, port, local_hostname=local_hostname, source_address=source_address, timeout=timeout)
