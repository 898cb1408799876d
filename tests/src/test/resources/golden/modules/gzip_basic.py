# gzip (CPython's Lib/gzip.py over zlib): one-shot, file objects, text mode, errors, its open events
import gzip
import io
import os
import sys
import tempfile
import zlib

events = []


def hook(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].endswith(".gz"):
        events.append((event, os.path.basename(args[0]), args[1]))


sys.addaudithook(hook)

data = b"".join(b"line %d of some text\n" % i for i in range(5000))
c = gzip.compress(data, mtime=0)
print(len(c), c[:10].hex(), gzip.decompress(c) == data, zlib.decompress(c, 31) == data)
print(gzip.decompress(c + c) == data * 2, gzip.decompress(b"") == b"")
for level in (0, 1, 6, 9):
    g = gzip.compress(data, level, mtime=12345)
    print(level, len(g), g[4:10].hex(), zlib.crc32(g), gzip.decompress(g) == data)

bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode="wb", mtime=0, filename="") as f:
    print(f.write(data[:100]), f.write(memoryview(data[100:])))
print(len(bio.getvalue()), bio.getvalue() == gzip.compress(data, 9, mtime=0))
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as f:
    print(f.read(10), f.readline(), f.peek(1)[:1], len(f.read()), f.tell())
    print(f.seek(7), f.read(5), f.mode == gzip.READ, f.name)

tmp = tempfile.mkdtemp()
p = os.path.join(tmp, "sample.gz")
with gzip.open(p, "wt", encoding="utf-8") as f:
    f.write("h\u00e9llo\nworld\n")
with gzip.open(p, "rt", encoding="utf-8") as f:
    print(f.readlines())
with gzip.open(p, "rb") as f:
    print(f.read(), f.seekable())
with gzip.open(p, "ab") as f:
    f.write(b"appended\n")
with gzip.open(p) as f:
    print(f.read())
with open(p, "rb") as f:
    raw = f.read()
print(raw[:3].hex(), raw[3] & 8 != 0, b"sample" in raw)
os.remove(p)
os.rmdir(tmp)
print(events)

for label, bad in (("magic", b"not gzip data at all"), ("truncated", c[:-3]), ("crc", c[:-8] + b"\0" * 8),
                   ("length", c[:-4] + b"\0" * 4), ("method", c[:2] + b"\x07" + c[3:])):
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        print(label, type(e).__name__, e)
try:
    gzip.GzipFile(fileobj=io.BytesIO(), mode="z")
except ValueError as e:
    print("mode", e)
try:
    gzip.open(io.BytesIO(), "rb", encoding="utf-8")
except ValueError as e:
    print("encoding", e)
