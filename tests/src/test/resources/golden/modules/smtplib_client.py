# smtplib against a small SMTP server run as a child process (sys.executable): greeting, EHLO extensions, AUTH
# PLAIN and LOGIN, sendmail with a refused recipient, dot-stuffing and line ends, HELO fallback, errors, QUIT; the
# smtplib.connect and smtplib.send events (what is sent, byte for byte).
import smtplib
import subprocess
import sys

SERVER = r'''
import socket, sys
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(2)
print(srv.getsockname()[1], flush=True)
for session in range(2):
    conn, _ = srv.accept()
    f = conn.makefile("rb")
    def send(s):
        conn.sendall(s.encode() + b"\r\n")
    send("220 test.example ESMTP ready")
    login_step = 0
    while True:
        line = f.readline()
        if not line:
            break
        text = line.decode().rstrip("\r\n")
        cmd = text.split(" ")[0].upper()
        if login_step == 1:
            send("334 UGFzc3dvcmQ6")
            login_step = 2
            continue
        if login_step == 2:
            send("235 2.7.0 Authentication successful" if text == "c2VjcmV0" else "535 5.7.8 bad")
            login_step = 0
            continue
        if cmd == "EHLO":
            if session == 1:
                send("502 ehlo not here")
            else:
                send("250-test.example greets " + text.split(" ", 1)[1])
                send("250-SIZE 1000000")
                send("250-AUTH PLAIN LOGIN")
                send("250-8BITMIME")
                send("250 HELP")
        elif cmd == "HELO":
            send("250 test.example")
        elif cmd == "AUTH":
            words = text.split()
            if words[1] == "PLAIN":
                send("235 ok" if words[2] == "AGJvYgBzZWNyZXQ=" else "535 5.7.8 bad credentials")
            else:
                send("334 VXNlcm5hbWU6")
                login_step = 1
        elif cmd == "MAIL":
            send("250 2.1.0 sender " + text[10:])
        elif cmd == "RCPT":
            send("550 5.1.1 no such user" if "nobody" in text else "250 2.1.5 ok")
        elif cmd == "DATA":
            send("354 go ahead")
            body = b""
            while True:
                l = f.readline()
                if l == b".\r\n":
                    break
                body += l
            send("250 2.0.0 queued %d bytes" % len(body))
        elif cmd in ("NOOP", "RSET"):
            send("250 ok")
        elif cmd == "VRFY":
            send("252 cannot verify " + text[5:])
        elif cmd == "QUIT":
            send("221 bye")
            break
        else:
            send("500 unknown")
    conn.close()
'''

server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE)
port = int(server.stdout.readline())


def hook(event, args):
    if event == "smtplib.connect":
        print(event, args[1], args[2] == port)
    elif event == "smtplib.send":
        print(event, args[1])


sys.addaudithook(hook)
s = smtplib.SMTP("127.0.0.1", port, local_hostname="client.example", timeout=30)
print(s.ehlo())
print(sorted(s.esmtp_features.items()), s.has_extn("size"), s.has_extn("starttls"), s.does_esmtp)
print(s.login("bob", "secret"))
try:
    s.login("bob", "wrong")
except smtplib.SMTPAuthenticationError as e:
    print("SMTPAuthenticationError", e.smtp_code, e.smtp_error)
print(s.noop(), s.verify("Bob <bob@example.com>"))
refused = s.sendmail("Alice <alice@example.com>", ["bob@example.com", "nobody@example.com"],
                     "Subject: hi\n\nline one\n.starts with a dot\r\nlast")
print(refused)
try:
    s.sendmail("alice@example.com", "nobody@example.com", b"x")
except smtplib.SMTPRecipientsRefused as e:
    print("SMTPRecipientsRefused", e.recipients)
print(s.docmd("BOGUS"), s.quit(), s.sock)
with smtplib.SMTP("127.0.0.1:%d" % port, local_hostname="client.example", timeout=30) as s2:
    s2.sendmail("a@example.com", "b@example.com", b"Subject: x\r\n\r\nbody\r\n")
    print(s2.helo_resp, s2.ehlo_resp, s2.does_esmtp)
    try:
        s2.login("u", "p")
    except smtplib.SMTPNotSupportedError as e:
        print("SMTPNotSupportedError", e)
server.wait()
print("server exit", server.returncode)
try:
    smtplib.SMTP().send("x")
except smtplib.SMTPServerDisconnected as e:
    print("SMTPServerDisconnected", e)
try:
    smtplib.SMTP().connect("host:port")
except OSError as e:
    print("OSError", e)
print(smtplib.quoteaddr("Bob <bob@x.org>"), smtplib.quoteaddr("<>"), smtplib.quoteaddr("plain@x.org"),
      repr(smtplib.quotedata("a\n.b\rc")), smtplib.SMTP_PORT, issubclass(smtplib.SMTPException, OSError))
