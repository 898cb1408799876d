# http.client against a small HTTP/1.1 server run as a child process (sys.executable): keep-alive requests with
# Content-Length and chunked responses, a body sent as bytes, str, an iterable (chunked) and a file, HEAD, a 404
# that closes the connection, headers, the http.client.connect/send audit events, and errors.
import http.client
import io
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

def read_request():
    lines = []
    while True:
        line = f.readline()
        if not line:
            return None, None
        if line in (b"\r\n", b"\n"):
            break
        lines.append(line.decode("latin-1").rstrip("\r\n"))
    length = 0
    chunked = False
    for l in lines[1:]:
        if l[0] in " \t":
            continue
        k, v = l.split(":", 1)
        if k.lower() == "content-length":
            length = int(v)
        if k.lower() == "transfer-encoding" and v.strip() == "chunked":
            chunked = True
    if chunked:
        body = b""
        while True:
            size = int(f.readline().strip(), 16)
            if size == 0:
                f.readline()
                break
            body += f.read(size)
            f.readline()
    else:
        body = f.read(length) if length else b""
    return lines, body

n = 0
while True:
    lines, body = read_request()
    if lines is None:
        break
    n += 1
    echo = ("\n".join(lines) + "\n--\n").encode() + body
    method = lines[0].split()[0]
    if lines[0].startswith("GET /missing"):
        payload = b"not here"
        conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: "
                     + str(len(payload)).encode() + b"\r\n\r\n" + payload)
        break
    if lines[0].startswith("POST /chunked"):
        head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Multi: a\r\nX-Multi: b\r\n\r\n"
        parts = [echo[:10], echo[10:]]
        out = head + b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts if p) + b"0\r\n\r\n"
        conn.sendall(out)
        continue
    resp = b"HTTP/1.1 201 Created\r\nContent-Length: " + str(len(echo)).encode() + b"\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n"
    conn.sendall(resp + (b"" if method == "HEAD" else echo))
conn.close()
srv.close()
'''

server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE)
port = int(server.stdout.readline())


def show(text):
    print(text.replace(str(port), "PORT"))


def hook(event, args):
    if event.startswith("http.client."):
        show("%s %r" % (event, args[1:]))


sys.addaudithook(hook)

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
print(conn.host, conn.port == port, conn.sock)
conn.request("GET", "/index?x=1", headers={"User-Agent": "golden", "X-Num": 5})
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader("content-length") is not None, r.getheader("Set-Cookie"), r.getheader("nope", "dflt"))
print(r.headers.get_all("set-cookie"), "set-cookie" in r.headers, r.closed, r.isclosed())
show(r.read().decode())
print(r.isclosed(), r.read())

conn.request("POST", "/chunked", body=b"payload-bytes")
r = conn.getresponse()
print(r.status, r.chunked, r.getheader("x-multi"), r.length)
show(r.read(5).decode() + "|" + r.read().decode())

conn.request("PUT", "/str", body="caf\xe9")
r = conn.getresponse()
show(r.read().decode("latin-1"))

conn.request("POST", "/iter", body=(p for p in [b"one", b"", b"two"]))
r = conn.getresponse()
show(r.read().decode())

conn.request("POST", "/file", body=io.BytesIO(b"from a file"), headers={"Content-Length": "11"})
r = conn.getresponse()
show(r.read().decode())

conn.request("HEAD", "/head")
r = conn.getresponse()
print(r.status, r.read(), r.isclosed())

conn.putrequest("GET", "/manual")
conn.putheader("X-Two", "a", "b")
conn.endheaders()
r = conn.getresponse()
show(r.read().decode())

try:
    conn.getresponse()
except http.client.ResponseNotReady as e:
    print("ResponseNotReady", e)

conn.request("GET", "/missing")
r = conn.getresponse()
print(r.status, r.reason, r.read(), r.will_close, conn.sock)
conn.close()
server.wait()
print("server exit", server.returncode)

for bad in ["host:port", "host:"]:
    try:
        c = http.client.HTTPConnection(bad)
        print("ok", c.host, c.port)
    except http.client.InvalidURL as e:
        print("InvalidURL", e)
print(http.client.HTTPConnection("[::1]:8080").host, http.client.responses[404], http.client.NOT_FOUND)
c = http.client.HTTPConnection("127.0.0.1", 9)
c.putrequest("GET", "/")
try:
    c.putrequest("GET", "/")
except http.client.CannotSendRequest as e:
    print("CannotSendRequest", e)
try:
    c.putheader("Bad Name", "x")
except ValueError as e:
    print("ValueError", e)
try:
    http.client.HTTPConnection("127.0.0.1", 9).request("GET", "/a b\r\n")
except http.client.InvalidURL as e:
    print("InvalidURL", e)
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError), repr(http.client.IncompleteRead(b"ab", 3)))
