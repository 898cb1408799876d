# str(x, encoding, errors) and codecs.decode take any contiguous bytes-like object (bytearray, memoryview), as
# CPython's PyUnicode_FromEncodedObject; a strided or released view is refused with its message.
import codecs, array
def tryit(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
mv = memoryview(b"hi\xc3\xa9")
ba = bytearray(b"h\xe9llo")
tryit("str mv", lambda: str(mv, "utf-8"))
tryit("str mv errors", lambda: str(memoryview(b"a\xff"), "utf-8", "replace"))
tryit("str mv errors kw", lambda: str(memoryview(b"a\xff"), errors="ignore"))
tryit("str ba", lambda: str(ba, "latin-1"))
tryit("str ba strict", lambda: str(ba, "utf-8"))
tryit("str bytes enc", lambda: str(b"abc", encoding="ascii"))
tryit("str int enc", lambda: str(5, "utf-8"))
tryit("str str enc", lambda: str("x", "utf-8"))
tryit("str list enc", lambda: str([1], "utf-8"))
tryit("str mv slice", lambda: str(memoryview(b"abcdef")[1:4], "ascii"))
tryit("str mv step", lambda: str(memoryview(b"abcdef")[::2], "ascii"))
tryit("str released", lambda: (lambda m: (m.release(), str(m, "ascii")))(memoryview(b"ab")))
tryit("bytes.decode", lambda: b"\xc3\xa9".decode())
tryit("ba.decode", lambda: ba.decode("latin-1"))
tryit("codecs.decode mv", lambda: codecs.decode(mv, "utf-8"))
tryit("codecs.decode ba", lambda: codecs.decode(ba, "latin-1"))
tryit("codecs.decode str", lambda: codecs.decode("abc", "utf-8"))
tryit("str mv utf16", lambda: str(memoryview("hé".encode("utf-16-le")), "utf-16-le"))
tryit("mv.decode", lambda: mv.decode)
tryit("getincremental", lambda: codecs.getincrementaldecoder("utf-8")().decode(memoryview(b"ab\xc3"), final=False))
tryit("str bytes subclass", lambda: str(type("B", (bytes,), {})(b"xy"), "ascii"))
tryit("str enc type", lambda: str(b"x", 5))
tryit("str unknown", lambda: str(mv, "nope"))
