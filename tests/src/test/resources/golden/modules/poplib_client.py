# poplib against a small POP3 server run as a child process (sys.executable): login, STAT, LIST, RETR with
# dot-stuffed lines, TOP, UIDL, DELE, CAPA, an -ERR response, QUIT; the poplib.connect and poplib.putline events.
import poplib
import subprocess
import sys

SERVER = r'''
import socket
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
print(srv.getsockname()[1], flush=True)
conn, _ = srv.accept()
f = conn.makefile("rb")
msgs = [b"Subject: one\r\n\r\nhello\r\n..dotted\r\nend", b"Subject: two\r\n\r\nsecond"]
def send(s):
    conn.sendall(s.encode() + b"\r\n" if isinstance(s, str) else s)
send("+OK POP3 ready")
while True:
    line = f.readline()
    if not line:
        break
    words = line.decode().split()
    cmd = words[0].upper()
    if cmd in ("USER", "NOOP", "RSET", "DELE"):
        send("+OK " + cmd.lower())
    elif cmd == "PASS":
        send("+OK logged in" if words[1] == "secret" else "-ERR bad password")
    elif cmd == "STAT":
        send("+OK 2 %d" % sum(len(m) for m in msgs))
    elif cmd == "LIST":
        if len(words) > 1:
            send("+OK %s %d" % (words[1], len(msgs[int(words[1]) - 1])))
        else:
            send("+OK 2 messages")
            for i, m in enumerate(msgs):
                send("%d %d" % (i + 1, len(m)))
            send(".")
    elif cmd in ("RETR", "TOP"):
        m = msgs[int(words[1]) - 1]
        send("+OK %d octets" % len(m))
        lines = m.split(b"\r\n")
        if cmd == "TOP":
            lines = lines[:2 + int(words[2])]
        for l in lines:
            send(l + b"\r\n")
        send(".")
    elif cmd == "UIDL":
        send("+OK")
        send("1 uid-one")
        send("2 uid-two")
        send(".")
    elif cmd == "CAPA":
        send("+OK capabilities")
        send("TOP")
        send("SASL PLAIN LOGIN")
        send(".")
    elif cmd == "QUIT":
        send("+OK bye")
        break
    else:
        send("-ERR unknown command")
conn.close()
'''

server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE)
port = int(server.stdout.readline())


def hook(event, args):
    if event.startswith("poplib."):
        print(event, args[1:] if event == "poplib.putline" else (args[1], args[2] == port))


sys.addaudithook(hook)
p = poplib.POP3("127.0.0.1", port, timeout=30)
print(p.getwelcome(), p.host, p.port == port)
print(p.user("bob"))
try:
    p.pass_("wrong")
except poplib.error_proto as e:
    print("error_proto", e)
print(p.pass_("secret"), p.stat())
print(p.list())
print(p.list(2), p.noop())
print(p.retr(1))
print(p.top(2, 0), p.uidl(), p.dele(1), p.rset())
print(p.capa())
try:
    p._shortcmd("BOGUS")
except poplib.error_proto as e:
    print("error_proto", e)
print(p.quit(), p.sock)
server.wait()
print("server exit", server.returncode, poplib.POP3_PORT, poplib.CRLF)
try:
    poplib.POP3("127.0.0.1", port, timeout=0)
except ValueError as e:
    print("ValueError", e)
