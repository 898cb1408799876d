# socket.AddressFamily and SocketKind as CPython's IntEnums (the constants auditpy's socket has); enum reduce
import pickle
import signal
import socket
import http
for m in (socket.AF_INET, socket.SOCK_STREAM, signal.SIGINT, http.HTTPStatus.OK):
    print(repr(m), str(m), int(m), m.name, m.value, f"{m:>5}", m.__reduce_ex__(2), pickle.loads(pickle.dumps(m)) is m)
print(repr(socket.AddressFamily), socket.AF_INET in socket.AddressFamily, socket.AddressFamily['AF_INET6'])
print(socket.AddressFamily(2), socket.SocketKind(1) is socket.SOCK_STREAM, isinstance(socket.AF_UNIX, int))
try:
    socket.AddressFamily(12345)
except ValueError as e:
    print("ValueError", e)
with socket.socket() as s:
    print(repr(s.family), repr(s.type))
print(repr(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)[0][:2]))
print(repr(socket.AF_UNIX), repr(socket.SOCK_DGRAM), socket.AF_INET == 2, {socket.AF_INET: "x"}[2])
