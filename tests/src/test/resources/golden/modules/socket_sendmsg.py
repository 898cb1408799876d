# socket.sendmsg on a connected TCP socket and on a UDP socket with an address: the buffers concatenated, the
# socket.sendmsg event (address or None) before the buffers are read, and CPython's argument errors.
import socket
import sys


def hook(event, args):
    if event == "socket.sendmsg":
        print(event, args[1] if args[1] is None else (args[1][0], "PORT"))


sys.addaudithook(hook)
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
a = socket.create_connection(srv.getsockname())
b, _ = srv.accept()
print(a.sendmsg([b"ab", bytearray(b"cd")]), b.recv(10))
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(u2.sendmsg([b"x", b"y"], [], 0, u1.getsockname()), u1.recv(10))
for args in [(5,), ([5],), ([b"a"], 5), ([b"a"], [], "x")]:
    try:
        print(a.sendmsg(*args))
    except Exception as e:
        print(type(e).__name__, e)
for s in (a, b, srv, u1, u2):
    s.close()
