# numbers given to struct, hashlib and zlib: __index__ results checked, float items converted as CPython's _struct
import struct, zlib, hashlib


class BadIndex:
    def __init__(self, result):
        self.result = result

    def __index__(self):
        return self.result


class GoodIndex:
    def __index__(self):
        return 7


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for fmt in ("<i", "<b", "<q", "<Q", "<H"):
    attempt(fmt + " str", lambda: struct.pack(fmt, BadIndex("x")))
    attempt(fmt + " float", lambda: struct.pack(fmt, BadIndex(1.5)))
    attempt(fmt + " ok", lambda: struct.pack(fmt, GoodIndex()))
attempt("crc32", lambda: zlib.crc32(b"", BadIndex("x")))
attempt("crc32 ok", lambda: zlib.crc32(b"", GoodIndex()))
attempt("shake", lambda: hashlib.shake_128(b"").hexdigest(BadIndex("x")))
attempt("shake ok", lambda: hashlib.shake_128(b"").hexdigest(GoodIndex()))
for value in (1e300, -1e39, 3.5e38, 3.4e38, float("inf"), float("nan"), 1.5, 10**400, "1", None, GoodIndex()):
    attempt("f " + repr(value)[:12], lambda: struct.pack("<f", value))
    attempt("d " + repr(value)[:12], lambda: struct.pack(">d", value))
    attempt("f native " + repr(value)[:12], lambda: struct.pack("f", value))
import hashlib, struct
for fn in (lambda: hashlib.sha256(memoryview(b'abc')[::2]).hexdigest(), lambda: struct.unpack('<h', memoryview(b'abcd')[::2]),
           lambda: hashlib.sha256(memoryview(b'abc')[::1]).hexdigest()[:8], lambda: struct.unpack('<h', memoryview(b'abcd')[1:3])):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b'ab'); m.release()
for fn in (lambda: hashlib.md5(m), lambda: struct.unpack('<h', m)):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
