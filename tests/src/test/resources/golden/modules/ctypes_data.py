# ctypes data types: simple types, arrays, pointers, structures and unions, buffers, memmove/memset/cast,
# string_at, byte order. No addresses are printed.
import ctypes
from ctypes import *

for t in (c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong, c_longlong, c_ulonglong, c_size_t,
          c_ssize_t, c_float, c_double, c_longdouble, c_char, c_wchar, c_bool, c_char_p, c_wchar_p, c_void_p,
          c_int8, c_int16, c_int32, c_int64, c_uint8, c_uint16, c_uint32, c_uint64, py_object):
    print(t.__name__, t._type_, sizeof(t), alignment(t))

print(c_int(7), c_int(2 ** 40), c_ubyte(-1), c_byte(200), c_uint(-1).value, c_bool(5), c_bool(0))
print(c_double(1.5), c_float(0.1).value, c_longdouble(2.5).value, c_char(b"a"), c_char(66), c_wchar("\u00e9"))
print(c_void_p(), c_void_p(0).value, c_void_p(1234).value, c_char_p().value, c_char_p(b"bytes").value)
print(c_wchar_p("t\u00e9xt").value, c_wchar_p(None).value, py_object([1, 2]).value, py_object("s"))
print(c_int(3).value + 1, bool(c_int(0)), bool(c_int(1)), bool(c_char_p()))
i = c_int(1)
i.value = 99
print(i.value)

class MyInt(c_int):
    pass
print(MyInt(5).value, repr(MyInt(5)).startswith("<MyInt object at "))

def show(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")
    else:
        print("ok:", r)

show(lambda: c_int(3.5))
show(lambda: c_int("x"))
show(lambda: c_char(b"ab"))
show(lambda: c_wchar("ab"))
show(lambda: c_double("x"))
show(lambda: c_char_p("x"))
show(lambda: c_wchar_p(b"x"))
show(lambda: c_void_p("x"))
show(lambda: sizeof(3))
show(lambda: alignment(3))
show(lambda: addressof(3))
show(lambda: byref(3))
show(lambda: POINTER(3))
show(lambda: ctypes._SimpleCData())
show(lambda: Structure())
show(lambda: c_int * -1)

# arrays
A = c_int * 5
a = A(1, 2, 3)
print(A.__name__, len(a), a[0], a[-1], a[1:4], list(a), sizeof(A), A._length_, A._type_ is c_int)
a[4] = 40
a[0:2] = [10, 20]
print(list(a), [x for x in a])
show(lambda: A(1, 2, 3, 4, 5, 6))
show(lambda: a[5])
M = (c_int * 3) * 2
m = M((1, 2, 3), (4, 5, 6))
print(sizeof(M), [list(row) for row in m])
s = create_string_buffer(b"hello", 10)
print(len(s), s.value, s.raw, s[0], s[1:3])
s.value = b"bye"
print(s.value, s.raw)
show(lambda: setattr(s, "value", b"x" * 11))
u = create_unicode_buffer("gr\u00fc\u00df")
print(len(u), u.value, u[2], u[0:2])
print(create_string_buffer(3).raw, len(create_unicode_buffer(4)))

# pointers
x = c_int(42)
p = pointer(x)
print(type(p).__name__, p.contents.value, p[0], POINTER(c_int) is type(p))
p[0] = 43
print(x.value)
p.contents = c_int(7)
print(p.contents.value, x.value)
np = POINTER(c_int)()
print(bool(np), bool(p))
show(lambda: np.contents)
show(lambda: setattr(p, "contents", 5))
pa = cast(a, POINTER(c_int))
print(pa[0], pa[4], pa[:3])
d = c_double(1.0)
ip = cast(pointer(d), POINTER(c_uint64))
print(hex(ip[0]))
show(lambda: cast(1, c_int))

# structures and unions
class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

class RECT(Structure):
    _fields_ = [("tl", POINT), ("br", POINT), ("name", c_char * 6), ("w", c_short * 3), ("f", c_double)]

print(sizeof(POINT), sizeof(RECT), alignment(RECT), POINT.x, RECT.name, RECT.f)
r = RECT(POINT(1, 2), (3, 4), b"box", (c_short * 3)(7, 8, 9), 0.5)
print(r.tl.x, r.tl.y, r.br.x, r.br.y, r.name, list(r.w), r.f)
r.tl.x = 100
r.name = b"rect"
r.br = POINT(5, 6)
print(r.tl.x, r.name, r.br.x, r.br.y)
show(lambda: RECT(1, 2, 3, 4, 5, 6))
show(lambda: POINT(1, x=2))
show(lambda: setattr(r, "name", b"toolong"))
show(lambda: setattr(r, "tl", 5))
pt = POINT(y=9)
print(pt.x, pt.y)

class Packed(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int), ("c", c_short)]
print(sizeof(Packed), Packed.b.offset, Packed.c.offset)

class Mixed(Structure):
    _fields_ = [("a", c_char), ("b", c_double), ("c", c_char), ("d", c_int)]
print(sizeof(Mixed), [getattr(Mixed, n).offset for n in "abcd"])

class Base(Structure):
    _fields_ = [("a", c_int)]
class Derived(Base):
    _fields_ = [("b", c_int)]
dd = Derived(1, 2)
print(sizeof(Derived), dd.a, dd.b, Derived.b.offset)
show(lambda: setattr(Base, "_fields_", []))

class U(Union):
    _fields_ = [("i", c_uint32), ("b", c_ubyte * 4), ("f", c_float)]
uu = U()
uu.f = 1.0
print(sizeof(U), hex(uu.i), list(uu.b))

class Node(Structure):
    pass
Node._fields_ = [("value", c_int), ("next", POINTER(Node))]
n3 = Node(3)
n2 = Node(2, pointer(n3))
n1 = Node(1, pointer(n2))
vals = []
node = n1
while True:
    vals.append(node.value)
    if not node.next:
        break
    node = node.next.contents
print("linked list:", vals)

# memory functions
buf = (c_ubyte * 8)()
memset(buf, 0x41, 4)
memmove(addressof(buf) + 4, b"xyz", 3)
print(bytes(buf), string_at(buf, 7), string_at(buf), cast(buf, c_char_p).value)
w = create_unicode_buffer("wide")
print(wstring_at(w), wstring_at(addressof(w), 2))
print(c_void_p.from_buffer(pa).value == addressof(a))
print(c_int.from_address(addressof(a)).value)
print(c_int.from_buffer_copy(b"\x01\x02\x00\x00\xff").value, c_int.from_buffer_copy(b"\x00\x01\x00\x00\x00", 1).value)
ba = bytearray(b"\x05\x00\x00\x00\x06\x00\x00\x00")
print(c_int.from_buffer(ba, 4).value, (c_int * 2).from_buffer(ba)[:])
show(lambda: c_int.from_buffer(b"abcd"))
show(lambda: c_int.from_buffer(bytearray(2)))
show(lambda: c_int.from_buffer(bytearray(8), -1))
show(lambda: c_int.from_buffer_copy(b"ab"))
view = c_int.from_buffer(a)
view.value = -5
print(a[0])

# byte order
print(bytes(c_uint16(0x0102)), bytes(c_uint16.__ctype_be__(0x0102)), c_int.__ctype_be__(1).value)
class BE(BigEndianStructure):
    _fields_ = [("x", c_uint32), ("y", c_uint16)]
be = BE(0x01020304, 0x0506)
print(bytes(be), be.x, be.y)
class LE(LittleEndianStructure):
    _fields_ = [("x", c_uint32)]
print(bytes(LE(0x01020304)))
