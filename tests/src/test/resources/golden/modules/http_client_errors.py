# http.client details a fresh user compared with CPython: a bad chunk size is IncompleteRead, HTTPResponse is a
# BufferedIOBase (readinto, read1, peek), getheader's default joined when it is a list, header values and methods of
# the wrong type, str chunks of an iterable body, a body that is not Latin-1, a bracketed host with a port,
# HTTPStatus.__members__.
import http
import http.client
import io
import subprocess
import sys

SERVER = r'''
import socket
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(4)
print(srv.getsockname()[1], flush=True)
for body in (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789",
             b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"):
    conn, _ = srv.accept()
    f = conn.makefile("rb")
    while f.readline() not in (b"\r\n", b""):
        pass
    conn.sendall(body)
    conn.close()
'''
server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE)
port = int(server.stdout.readline())
c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
c.request("GET", "/")
r = c.getresponse()
buf = bytearray(3)
print(isinstance(r, io.BufferedIOBase), r.readinto(buf), buf, r.peek(2)[:2], r.read1(2), r.read(), r.closed)
print(r.getheader("nope", ["a", "b"]), r.getheader("nope", "x"), r.getheader("content-length"))
r.close()
print(r.closed, r.isclosed())
c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
c.request("GET", "/chunked")
r = c.getresponse()
try:
    r.read()
except http.client.IncompleteRead as e:
    print("IncompleteRead", repr(e))
server.wait()
c = http.client.HTTPConnection("127.0.0.1", 9)
c.putrequest("GET", "/")
for v in (3.5, None):
    try:
        c.putheader("X", v)
    except TypeError as e:
        print("TypeError", e)
for m, u in ((b"GET", "/"), ("GET", b"/")):
    try:
        http.client.HTTPConnection("127.0.0.1", 9).request(m, u)
    except TypeError as e:
        print("TypeError", e)
c = http.client.HTTPConnection("127.0.0.1", 9)
c.sock = io.BytesIO()
c.sock.sendall = c.sock.write
try:
    c.request("GET", "/", body=(x for x in [b"g1", "g2"]))
except TypeError as e:
    print("TypeError", e)
try:
    http.client.HTTPConnection("127.0.0.1", 9).request("POST", "/", body="snowman \u2603")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print(http.client.HTTPConnection("[::1]", 1).host, http.client.HTTPConnection("[::1]:2").host)
print(len(http.HTTPStatus.__members__), http.HTTPStatus.__members__["OK"], type(http.HTTPStatus.__members__).__name__)
