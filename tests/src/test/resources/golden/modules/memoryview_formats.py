# memoryview of multi-byte native formats: cast between a byte format and ?hHiIlLqQnNfdP, tolist, items and slices,
# item assignment with each format's range checks, itemsize/nbytes/shape/strides, equality and hashing rules.
import struct
def tryit(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)
def info(m):
    return (m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.ndim, len(m), m.readonly, m.contiguous)
data = struct.pack("<4i", 1, -2, 3, 2**31 - 1)
m = memoryview(data)
for f in "iIhHqQlLdfbBc?nN":
    tryit("cast " + f, lambda: (lambda c: (info(c), c.tolist()))(m.cast(f)))
ba = bytearray(struct.pack("<2d", 1.5, -0.25))
md = memoryview(ba).cast("d")
print(info(md), md.tolist(), md[0], md[-1], md[1:].tolist(), md[::-1].tolist())
md[0] = 3.0
print(ba[:8], md.tolist())
tryit("set int into d", lambda: md.__setitem__(1, 7))
tryit("set str into d", lambda: md.__setitem__(1, "x"))
mi = memoryview(bytearray(8)).cast("i")
mi[0] = -5; mi[1] = 2**31 - 1
print(mi.tolist(), mi.tobytes(), mi.hex(), list(mi), bytes(mi))
tryit("overflow", lambda: mi.__setitem__(0, 2**31))
tryit("float into i", lambda: mi.__setitem__(0, 1.0))
tryit("slice assign", lambda: mi.__setitem__(slice(0, 1), memoryview(bytearray(4)).cast("i")))
print(mi.tolist())
tryit("slice assign bytes", lambda: mi.__setitem__(slice(0, 1), b"\x01\x00\x00\x00"))
mI = memoryview(bytearray(8)).cast("I")
tryit("neg into I", lambda: mI.__setitem__(0, -1))
mI[1] = 2**32 - 1
print(mI.tolist())
mh = memoryview(bytearray(4)).cast("h")
tryit("h overflow", lambda: mh.__setitem__(0, 40000))
mH = memoryview(bytearray(4)).cast("H")
tryit("H overflow", lambda: mH.__setitem__(0, 70000))
mq = memoryview(bytearray(16)).cast("q")
mq[0] = -2**63; mq[1] = 2**63 - 1
print(mq.tolist())
tryit("q overflow", lambda: mq.__setitem__(0, 2**63))
mQ = memoryview(bytearray(8)).cast("Q")
mQ[0] = 2**64 - 1
print(mQ.tolist())
tryit("Q overflow", lambda: mQ.__setitem__(0, 2**64))
mf = memoryview(bytearray(4)).cast("f")
mf[0] = 0.1
print(mf.tolist())
tryit("cast bad len", lambda: memoryview(b"abc").cast("i"))
tryit("cast non-byte to non-byte", lambda: m.cast("i").cast("h"))
print(m.cast("i").cast("B").tolist()[:4], m.cast("i").cast("c")[0])
tryit("cast back", lambda: info(m.cast("i").cast("B")))
tryit("eq", lambda: m.cast("i") == memoryview(data).cast("i"))
tryit("eq list", lambda: m.cast("i") == [1, -2, 3, 2**31 - 1])
tryit("eq bytes", lambda: m.cast("i") == data)
tryit("eq diff fmt", lambda: m.cast("i") == m.cast("I"))
tryit("eq diff fmt2", lambda: memoryview(struct.pack("<2i", 1, 2)).cast("i") == memoryview(struct.pack("<2q", 1, 2)).cast("q"))
tryit("hash", lambda: hash(m.cast("i")) == hash(data))
tryit("index out", lambda: m.cast("i")[4])
tryit("released", lambda: (lambda c: (c.release(), c.itemsize))(m.cast("i")))
tryit("cast shape", lambda: m.cast("i", [4]).tolist())
mb = memoryview(bytearray(3)).cast("?")
mb[0] = True; mb[1] = 5
print(mb.tolist())
x = memoryview(bytearray(16)).cast("i")[::2]
print(info(x), x.tolist())
tryit("noncontig tobytes", lambda: x.tobytes())
tryit("noncontig cast", lambda: x.cast("B"))
tryit("repr fmt", lambda: memoryview(b"ab").cast("@B").format)
tryit("fmt <i", lambda: memoryview(b"abcd").cast("<i"))
ba2 = bytearray(8)
v = memoryview(ba2).cast("i")
tryit("resize w/ cast", lambda: ba2.append(1))
v.release()
tryit("resize after", lambda: ba2.append(1))
tryit("str of i-view", lambda: str(memoryview(b"abcd").cast("i"), "ascii"))
tryit("bytes of i-view", lambda: bytes(memoryview(b"abcd").cast("i")))
tryit("len", lambda: len(memoryview(b"abcdefgh").cast("q")))
tryit("iter", lambda: [x for x in memoryview(b"\x01\x00\x02\x00").cast("h")])
tryit("in", lambda: 2 in memoryview(b"\x01\x00\x02\x00").cast("h"))
