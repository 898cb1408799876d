# socket.sethostname: the socket.sethostname event gets the name as bytes; a hook that raises stops the call before
# it reaches the system (every call here is stopped, and each passes the current name anyway); bad arguments raise
# before the event.
import socket
import sys

current = socket.gethostname()


def hook(event, args):
    if event == "socket.sethostname":
        print(event, args == (current.encode(),) or args)
        raise RuntimeError("blocked")


sys.addaudithook(hook)
for name in (current, current.encode()):
    try:
        socket.sethostname(name)
    except RuntimeError as e:
        print("RuntimeError", e)
for bad in (5, "a\0b", bytearray(b"h"), None):
    try:
        socket.sethostname(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(socket.gethostname() == current)
