# socket: the audit events (gethostname, __new__, bind, connect, getaddrinfo, gethostbyname), a TCP client and
# server on loopback, timeouts, and the error types.
import socket
import sys


def hook(event, args):
    if event.startswith("socket."):
        # ephemeral ports differ from run to run
        print(event, *[(a[0], "PORT") if isinstance(a, tuple) and len(a) == 2 and a[1] not in (0, 80) else a for a in args])


print(socket.AF_INET, socket.AF_INET6, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError),
      issubclass(socket.herror, OSError))
sys.addaudithook(hook)
print(type(socket.gethostname()).__name__)
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)[0][2:])

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
    print(server.gettimeout(), server.getsockname())
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    host, port = server.getsockname()
    print(host, port > 0)
    server.listen()
    client = socket.socket()
    client.connect(("127.0.0.1", port))
    conn, addr = server.accept()
    print(addr[0], conn.getsockname() == (host, port), client.getpeername() == (host, port))
    client.sendall(b"ping " * 3)
    data = b""
    while len(data) < 15:
        data += conn.recv(100)
    print(data)
    print(conn.send(b"pong"))
    print(client.recv(4))
    conn.settimeout(0.2)
    print(conn.gettimeout())
    try:
        conn.recv(10)
    except socket.timeout as e:
        print("timeout:", type(e).__name__, e)
    client.close()
    print(conn.recv(10))
    conn.close()
    print(repr(client))

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(s.type, s.family, s.proto)
s.close()
s.close()
try:
    s.bind(("127.0.0.1", 0))
except OSError as e:
    print(type(e).__name__, e.errno)

c = socket.socket()
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno)
finally:
    c.close()
for bad in [lambda: socket.socket().bind("x"), lambda: socket.socket().bind(("127.0.0.1", 70000))]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    socket.gethostbyname("no-such-host.invalid")
except socket.gaierror as e:
    print("gaierror", e.errno)

# the IntEnum-like constants and properties
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), socket.AF_INET6.name, socket.SOCK_STREAM.value)
print(socket.SOCK_STREAM | socket.SOCK_NONBLOCK, socket.AF_INET == 2, f"{socket.AF_INET}", "%d" % socket.AF_INET6)
with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as s6:
    print(repr(s6.family), repr(s6.type), s6.getsockname())
info = socket.getaddrinfo("127.0.0.1", "http", socket.AF_INET, socket.SOCK_STREAM)
print(info)
