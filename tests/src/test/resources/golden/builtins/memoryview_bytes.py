m = memoryview(b"hello")
print(len(m), m[0], m[-1], bytes(m[1:3]), m[1:3].tobytes(), m.tolist(), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.obj)
print(m == b"hello", m == b"hellx", m[::2].tobytes(), m[::-1].tobytes(), m[::2].strides, m[::2].contiguous, m.hex(), m.hex(":"), m.suboffsets)
print(type(m).__name__, type(m), isinstance(m, memoryview), m.c_contiguous, hash(m) == hash(b"hello"), list(m), list(reversed(m)) if hasattr(m, "__reversed__") else list(m)[::-1])
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
v[1:3] = b"XY"
print(ba, v.readonly, v[2:4].tobytes(), bytes(v[4:]))
ba[5] = 0x7a
print(v.tobytes(), b"-".join([v[0:2], b"q"]), bytearray(v), b"ab" + v[0:1] if False else "", v.cast("c")[0], v.cast("b").tolist()[:2])
for bad in [lambda: memoryview(1), lambda: memoryview("s"), lambda: m.__setitem__(0, 1), lambda: v.__setitem__(0, 256), lambda: v.__setitem__(0, "a"),
            lambda: v.__setitem__(slice(0, 2), b"abc"), lambda: m[10], lambda: m["a"], lambda: hash(v), lambda: v.cast("x"), lambda: m.__delitem__(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b"xyz") as q:
    print(q.tobytes())
print(repr(q)[:9])
try:
    q.tobytes()
except ValueError as e:
    print(e)
try:
    len(q)
except ValueError as e:
    print(e)
print(repr(q).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
try:
    class X(memoryview): pass
except TypeError as e:
    print(e)
import io
b = io.BytesIO(); b.write(memoryview(b"abc")[1:]); print(b.getvalue())
print(memoryview(m)[1], memoryview(b"ab") == memoryview(b"ab"), memoryview(b"") == b"", b"abc".startswith(memoryview(b"ab")))
import struct
print(struct.unpack("<HH", memoryview(b"\x01\x00\x02\x00")), struct.unpack_from("<H", memoryview(b"\x00\x05\x00"), 1))
match memoryview(b"ab"):
    case [a, b]:
        print("sequence", a, b)
    case _:
        print("no")
import pickle
print(pickle.loads(pickle.dumps(b"abc", protocol=5)), bytes(memoryview(b"xy")), bytearray(memoryview(b"xy")[::-1]), list(memoryview(b"\x01\x02")))
