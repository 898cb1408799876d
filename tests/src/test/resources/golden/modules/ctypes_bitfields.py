# ctypes bit fields laid out as CPython 3.11's cfield.c does (GCC mode: continue, expand or start a storage unit),
# read and written in little- and big-endian structures and unions; CPython's errors for bad bit fields.
from ctypes import *
class B(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_int, 5), ("c", c_uint, 30), ("d", c_short), ("e", c_ubyte, 4), ("f", c_longlong, 40)]
print(sizeof(B), alignment(B))
for n in "abcdef": print(n, getattr(B, n), getattr(B, n).offset, getattr(B, n).size)
b = B(-3, 9, 2**30-1, 7, 15, -5)
print([getattr(b, n) for n in "abcdef"], bytes(b).hex())
b.a = 4; b.f = 3; print(b.a, b.f, bytes(b).hex())
class BB(BigEndianStructure):
    _fields_ = [("a", c_uint16, 4), ("b", c_uint16, 12), ("c", c_uint8, 1)]
x = BB(0xa, 0x123, 1); print(sizeof(BB), bytes(x).hex(), x.a, x.b, x.c, BB.a, BB.b)
class U(Union):
    _fields_ = [("i", c_uint32), ("lo", c_uint32, 8)]
u = U(0x12345678); print(u.lo, U.lo)
class F(Structure):
    _fields_ = [("flag", c_bool, 1), ("rest", c_ubyte, 7), ("w", c_short, 9), ("x", c_int, 9)]
f = F(True, 100, -200, 255); print(f.flag, f.rest, f.w, f.x, sizeof(F), F.w, F.x)
for bad in [[("x", c_float, 3)], [("x", c_int, 0)], [("x", c_int, 33)]]:
    try:
        class Z(Structure): _fields_ = bad
    except Exception as e: print(type(e).__name__, e)
