# ctypes' audit events (CPython 3.11): names and arguments, with addresses and objects shown as placeholders.
import sys

def show(arg):
    if isinstance(arg, int) and not isinstance(arg, bool) and arg > 65536:
        return "<address>"
    if isinstance(arg, (int, str, bytes, type(None))):
        return repr(arg)
    if isinstance(arg, tuple):
        return "(" + ", ".join(show(a) for a in arg) + ("," if len(arg) == 1 else "") + ")"
    return "<%s>" % type(arg).__name__

def hook(event, args):
    if event.startswith("ctypes."):
        print("event:", event, show(args))

sys.addaudithook(hook)
print("-- import ctypes (pythonapi = PyDLL(None))")
import ctypes
import _ctypes
from ctypes import *

print("-- CDLL")
libc = CDLL("libc.so.6", use_errno=True)
proc = CDLL(None)
print("-- attribute: dlsym once, then cached")
f = libc.strlen
f = libc.strlen
print("-- item: dlsym every time")
f = libc["abs"]
f = libc["abs"]
print("-- a call raises nothing")
libc.strlen(b"abc")
print("-- cdll.LoadLibrary")
m = cdll.LoadLibrary("libm.so.6")
print("-- _ctypes.dlopen/dlsym")
h = _ctypes.dlopen("libm.so.6")
a = _ctypes.dlsym(h, "cos")
print("-- errno")
get_errno()
set_errno(3)
set_errno(0)
print("-- buffers")
b = create_string_buffer(b"hi")
b = create_string_buffer(b"hi", 10)
b = create_string_buffer(4)
u = create_unicode_buffer("h\u00e9")
u = create_unicode_buffer(5)
print("-- addressof")
addr = addressof(b)
print("-- string_at/wstring_at")
string_at(b"abc")
string_at(b, 2)
wstring_at(u)
wstring_at(addressof(u), 1)
print("-- from_address")
x = c_int.from_address(addr)
print("-- from_buffer")
y = c_int.from_buffer(bytearray(8), 4)
z = c_int.from_buffer(b)
print("-- from_buffer_copy")
y = c_int.from_buffer_copy(b"abcd")
print("-- in_dll")
e = c_void_p.in_dll(libc, "environ")
print("-- cast, pointer, byref, memmove, memset raise nothing")
p = cast(b, c_char_p)
q = pointer(c_int(1))
r = byref(c_int(2))
memmove(b, b"xy", 2)
memset(b, 0, 2)
print("-- call_function")
_ctypes.call_function(ctypes._memmove_addr, (0, 0, 0))
print("-- PyObj_FromPtr (of an object stored in a py_object)")
obj = ["kept"]
holder = py_object(obj)
print(_ctypes.PyObj_FromPtr(id(obj)) is obj)
print("-- failures raise the event first")
try:
    CDLL("libnope.so")
except OSError as e:
    print("OSError:", e)
try:
    libc.nope_symbol
except AttributeError as e:
    print("AttributeError:", str(e).split(": ", 1)[1])
print("-- a hook that raises stops the operation")
def blocker(event, args):
    if event == "ctypes.dlopen" and args[0] == "libm.so.6":
        raise RuntimeError("blocked " + event)
sys.addaudithook(blocker)
try:
    CDLL("libm.so.6")
except RuntimeError as e:
    print("RuntimeError:", e)
