# socket.getservbyname, getservbyport, gethostbyaddr and getnameinfo: libc's name services (through the FFM API),
# raising CPython's audit events with its arguments first
import socket
import sys


def hook(event, args):
    if event.startswith("socket.get") and event != "socket.getaddrinfo":
        print(event, args)


sys.addaudithook(hook)
print(socket.getservbyname("http"), socket.getservbyname("http", "tcp"), socket.getservbyname("domain", "udp"))
print(socket.getservbyport(80), socket.getservbyport(53, "udp"), socket.getservbyport(22, "tcp"))
print(socket.gethostbyaddr("127.0.0.1"))
print(socket.getnameinfo(("127.0.0.1", 80), 0))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("127.0.0.1", 6553), 0))
print(socket.getnameinfo(("::1", 443, 0, 0), socket.NI_NUMERICHOST))
calls = [
    (socket.getservbyname, ("nosuchservice",)), (socket.getservbyname, ("http", "xyz")), (socket.getservbyname, (1,)),
    (socket.getservbyport, (99999,)), (socket.getservbyport, (-1,)), (socket.getservbyport, ("a",)),
    (socket.getservbyport, (65000, "tcp")),
    (socket.gethostbyaddr, (1,)),
    (socket.getnameinfo, (("localhost", 80), 0)), (socket.getnameinfo, (["127.0.0.1", 80], 0)),
    (socket.getnameinfo, (("127.0.0.1",), 0)), (socket.getnameinfo, (("127.0.0.1", "80"), 0)),
    (socket.getnameinfo, (("127.0.0.1", 80), "x")), (socket.getnameinfo, (("::1", 80, 2**33, 0), 0)),
]
for fn, args in calls:
    try:
        print(fn.__name__, fn(*args))
    except (OSError, OverflowError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)
