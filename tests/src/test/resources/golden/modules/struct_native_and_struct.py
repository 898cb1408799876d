# struct: native mode (no prefix or '@': this machine's sizes and C alignment) beside the standard modes,
# the Struct class, iter_unpack, the range errors of each code, and a hot loop through the format cache.
import struct

formats = ["ci", "@ci", "=ci", "<ci", ">ci", "!ci", "lh", "hl", "<lh", "bq", "iB", "3si", "ii0q", "cq0i", "P", "n", "N",
           "?h", "xi", "4xi", "@2c i", "hhl", "<hhl", "d", "cd", "fc", "cf", "Qb", "bQ", "10s", "2h3i", "0i", "", "x", "@"]
for f in formats:
    try:
        print(repr(f), struct.calcsize(f))
    except struct.error as e:
        print(repr(f), "error:", e)

for f, values in [("ci", (b"a", 7)), ("<ci", (b"a", 7)), ("hl", (-2, 3 ** 30)), ("bq", (-1, -(2 ** 60))), ("iB", (1, 255)),
                  ("3si", (b"xyz", -5)), ("cd", (b"z", 2.5)), ("Qb", (2 ** 64 - 1, -128)), ("P", (12345,)), ("n", (-7,)),
                  ("?hx", (True, 300)), ("!HI", (65535, 2 ** 32 - 1)), (">q", (-(2 ** 63),)), ("@lL", (-(2 ** 40), 2 ** 63))]:
    b = struct.pack(f, *values)
    print(f, b, struct.unpack(f, b), struct.unpack_from(f, b + b"\0\0", 0), struct.calcsize(f) == len(b))

for f, v in [("L", -1), ("l", 2 ** 63), ("<L", -1), ("i", 2 ** 31), ("Q", -1), ("<q", 2 ** 63), ("h", 40000), ("n", 2 ** 63),
             ("N", -1), ("P", -1), ("@I", -5), ("<I", 2 ** 32), ("b", 128), ("B", -1), ("<H", 70000), ("i", 1.5), ("i", "x"),
             ("<n", 1), ("c", b"ab"), ("c", 1), ("3s", "abc"), ("ii", 1)]:
    try:
        print(f, v, struct.pack(f, v))
    except (struct.error, TypeError) as e:
        print(f, v, type(e).__name__, e)

s = struct.Struct("<ih")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"), type(s).__module__, type(s).__name__)
print(struct.Struct(b"ci").format, struct.Struct("ci").size, s.unpack_from(b"\0" * 10, 2))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), list(s.iter_unpack(b"")))
for bad in (lambda: s.unpack(b"123"), lambda: list(struct.iter_unpack("<h", b"123")), lambda: struct.Struct(5),
            lambda: struct.iter_unpack("", b""), lambda: struct.unpack("<h", b"1"), lambda: s.pack(1)):
    try:
        bad()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)

total = 0
rec = struct.Struct("<Ihd")
for i in range(20000):
    b = struct.pack("<ih", i, 7)
    total += struct.unpack("<ih", b)[0] + len(rec.pack(i, -3, i / 2)) + rec.unpack(rec.pack(i, 1, 0.5))[1]
    total += struct.calcsize("ci" if i % 2 else "<ci")
print(total)
