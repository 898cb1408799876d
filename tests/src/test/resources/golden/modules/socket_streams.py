# socket: makefile (binary, text, read-write), non-blocking and timeout errors, UDP, IPv6 loopback, errors after a
# refused connection, getaddrinfo results (expected output from CPython).
import socket, errno
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
c = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, _ = srv.accept()
print(c.gettimeout(), conn.gettimeout(), srv.gettimeout())
f = c.makefile("rwb")
f.write(b"GET / HTTP/1.0\r\nHost: x\r\n\r\n"); f.flush()
r = conn.makefile("rb")
print(r.readline(), r.readline(), r.readline())
w = conn.makefile("w", encoding="utf-8")
w.write("hello\nworld\n"); w.flush()
print(f.readline(), f.read(6))
w.close(); r.close(); conn.close()
print(f.read())
f.close(); c.close()
conn_repr = repr(srv).replace(str(port), "PORT")
print(conn_repr)
srv.setblocking(False)
print(srv.getblocking(), srv.gettimeout())
try:
    srv.accept()
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
srv.settimeout(0.1)
try:
    srv.accept()
except TimeoutError as e:
    print("TimeoutError", e)
srv.close()
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b"datagram", u1.getsockname())
d, a = u1.recvfrom(100)
print(d, a[0], a == u2.getsockname())
u1.close(); u2.close()
s6 = socket.socket(socket.AF_INET6)
s6.bind(("::1", 0))
print(s6.getsockname()[0], s6.getsockname()[2:])
s6.close()
with socket.socket() as s:
    print(s.connect_ex(("127.0.0.1", port)) in (errno.ECONNREFUSED,))
    try:
        s.send(b"x")
    except OSError as e:
        print(type(e).__name__, e)
print(socket.getdefaulttimeout())
for a in [("127.0.0.1", "http"), (None, 0)]:
    print(sorted(set((f, t, p) for f, t, p, _, _ in socket.getaddrinfo(*a))))
