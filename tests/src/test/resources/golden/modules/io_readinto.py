# readinto/readinto1 of FileIO, BufferedReader, BufferedRandom, BytesIO and the io base classes, into a bytearray or a
# writable memoryview; CPython's errors for other arguments and closed or write-only files.
import io, os, tempfile, array
d = tempfile.mkdtemp()
p = os.path.join(d, "f.bin")
with open(p, "wb") as f:
    f.write(b"0123456789abcdef")

def tryit(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)

# FileIO
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__)
    ba = bytearray(4)
    print(f.readinto(ba), ba)
    mv = memoryview(bytearray(5))
    print(f.readinto(mv), mv.tobytes())
    tryit("bytes", lambda: f.readinto(b"xxxx"))
    tryit("str", lambda: f.readinto("xxxx"))
    tryit("ro mv", lambda: f.readinto(memoryview(bytearray(2)).toreadonly()))
    big = bytearray(100)
    print(f.readinto(big), big[:10])
    print(f.readinto(bytearray(3)))
    print(f.readinto(bytearray(0)))
# Buffered
with open(p, "rb") as f:
    print(type(f).__name__)
    ba = bytearray(4)
    print(f.readinto(ba), ba)
    print(f.readinto1(ba), ba)
    mv = memoryview(bytearray(50))
    print(f.readinto(mv), mv[:10].tobytes())
    print(f.readinto(bytearray(3)), f.readinto1(bytearray(3)))
    tryit("bytes", lambda: f.readinto(b"xx"))
    tryit("none", lambda: f.readinto(None))
with open(p, "rb") as f:
    mv = memoryview(bytearray(10))
    print(f.readinto(mv[2:6]), mv.tobytes())
    print(f.read(2))
with open(p, "r+b") as f:
    f.write(b"ZZ")
    ba = bytearray(3)
    print(f.readinto(ba), ba)
with open(p, "wb") as f:
    tryit("not readable", lambda: f.readinto(bytearray(2)))
with open(p, "wb", buffering=0) as f:
    tryit("not readable raw", lambda: f.readinto(bytearray(2)))
f = open(p, "rb"); f.close()
tryit("closed", lambda: f.readinto(bytearray(2)))
f = open(p, "rb", buffering=0); f.close()
tryit("closed raw", lambda: f.readinto(bytearray(2)))
# BytesIO
b = io.BytesIO(b"hello world")
ba = bytearray(5)
print(b.readinto(ba), ba, b.tell())
print(b.readinto1(ba), ba, b.tell())
mv = memoryview(bytearray(10))
print(b.readinto(mv), mv.tobytes())
print(b.readinto(bytearray(4)))
tryit("bytes", lambda: b.readinto(b"xx"))
b.close()
tryit("closed", lambda: b.readinto(bytearray(2)))
# RawIOBase default
class R(io.RawIOBase):
    def __init__(self):
        self.data = b"abcdefgh"
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data), 3)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
r = R()
print(r.read(5), r.read(), r.read())
class R2(io.RawIOBase):
    def readable(self): return True
    def read(self, n=-1): return b"xyz"
tryit("raw readinto default", lambda: R2().readinto(bytearray(5)))
tryit("rawbase readinto", lambda: io.RawIOBase().readinto(bytearray(2)))
# BufferedIOBase default readinto via read
class B(io.BufferedIOBase):
    def __init__(self): self.d = b"qwertyuiop"
    def read(self, n=-1):
        r = self.d[:n]; self.d = self.d[n:]; return r
    def read1(self, n=-1):
        r = self.d[:2]; self.d = self.d[2:]; return r
bb = B()
ba = bytearray(4)
print(bb.readinto(ba), ba)
print(bb.readinto1(ba), ba)
mv = memoryview(bytearray(3))
print(bb.readinto(mv), mv.tobytes())
print(hasattr(io.BufferedIOBase, "readinto"), hasattr(io.RawIOBase, "readinto"))
# BufferedReader over BytesIO
br = io.BufferedReader(io.BytesIO(b"buffered data here"), 4)
ba = bytearray(6)
print(br.readinto(ba), ba, br.readinto1(ba), ba)
import shutil; shutil.rmtree(d)
