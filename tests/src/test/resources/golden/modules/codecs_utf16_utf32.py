# utf-16 and utf-32: bytes.decode/str.encode with CPython's errors and handlers, byte-order marks in incremental codecs,
# stream readers and text files (written once at the start of a stream), and text reads counting characters beyond U+FFFF
import codecs, io, os, shutil, tempfile
cases = [(b'a', 'utf-16-le'), (b'a', 'utf-16'), (b'\xff\xfea', 'utf-16'), (b'abc', 'utf-32-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'),
 (b'\x00\xdca\x00', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'a\x00b', 'utf-16-le'), (b'\xff\xfe\x00\x00a', 'utf-32'), (b'a', 'utf-16-be'), (b'\xd8\x00', 'utf-16-be'),
 (b'\xfe\xff\x00a', 'utf-16'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'), (b'', 'utf-16'), (b'\xff', 'utf-16')]
for b, enc in cases:
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace', 'surrogatepass'):
        try:
            r = repr(b.decode(enc, errors))
        except UnicodeDecodeError as e:
            r = "UDE: %s | %r %d %d %r" % (e, e.encoding, e.start, e.end, e.reason)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(b, enc, errors, r)
cases = [b'\x00\xd8a', b'\x00\xdca\x00', b'\x00\xd8\x00\xd8', b'a\x00\x00\xd8', b'a\x00\x00\xd8b', b'\x00\xd8\x00\xdc\x00', b'\x00\xdc', b'\x00\xd8\x00\xdc']
for b in cases:
    for errors in ('strict', 'replace', 'surrogatepass', 'backslashreplace', 'surrogateescape'):
        try:
            r = repr(b.decode('utf-16-le', errors))
        except UnicodeDecodeError as e:
            r = "UDE: %s" % e
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(b, errors, r)
for b in [b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'abcde', b'\xff\xfe\x00\x00\x00\xd8\x00\x00', b'\x00\x00\xfe\xff\x00\x00\xd8\x00', b'a\x00\x00\x00\x80']:
    for errors in ('strict', 'replace', 'surrogatepass', 'backslashreplace'):
        for enc in ('utf-32', 'utf-32-le'):
            try:
                r = repr(b.decode(enc, errors))
            except UnicodeDecodeError as e:
                r = "UDE: %s" % e
            print(b, enc, errors, r)
for s in ['a\ud800b', '\udc80', 'a\U0001F600']:
    for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be'):
        for errors in ('strict', 'replace', 'surrogatepass', 'backslashreplace', 'ignore', 'xmlcharrefreplace', 'surrogateescape'):
            try:
                r = repr(s.encode(enc, errors))
            except UnicodeEncodeError as e:
                r = "UEE: %s" % e
            print(repr(s), enc, errors, r)
d = tempfile.mkdtemp()
p = os.path.join(d, "u.txt")
with open(p, "w", encoding="utf-16") as f:
    f.write("ab")
    f.flush()
    f.write("cd")
    f.seek(0, 2)
    f.write("ef")
print(open(p, "rb").read())
with open(p, "a", encoding="utf-16") as f:
    f.write("gh")
print(open(p, "rb").read())
print(open(p, encoding="utf-16").read())
with open(p, "r+", encoding="utf-16") as f:
    print(f.read()); f.write("ij")
print(open(p, "rb").read())
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8", "utf-32-be"]:
    data = "a\u00e9\U0001F600z".encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    out = [dec.decode(data[i:i+1]) for i in range(len(data))]
    out.append(dec.decode(b"", final=True))
    print(enc, out)
    with open(p, "wb") as f: f.write(data)
    with open(p, encoding=enc) as f:
        print(repr(f.read()))
dec = codecs.getincrementaldecoder("utf-16")()
print(repr(dec.decode(b"\xff\xfea")))
try:
    print(repr(dec.decode(b"", final=True)))
except UnicodeDecodeError as e:
    print(e)
data = b'\xfe\xff' + "a\u00e9\U0001F600z".encode('utf-16-be')
for n in (1, 2, 3, 5):
    dec = codecs.getincrementaldecoder("utf-16")()
    out = [dec.decode(data[i:i+n]) for i in range(0, len(data), n)]
    out.append(dec.decode(b"", final=True))
    print(n, out)
data32 = b'\x00\x00\xfe\xff' + "a\u00e9\U0001F600z".encode('utf-32-be')
dec = codecs.getincrementaldecoder("utf-32")()
print([dec.decode(data32[i:i+3]) for i in range(0, len(data32), 3)], dec.decode(b"", True))
dec = codecs.getincrementaldecoder("utf-16")()
print(repr(dec.decode(b'\xff\xfea\x00')), repr(dec.decode(b'\xff\xfeb\x00')))
dec.reset()
print(repr(dec.decode(b'\xfe\xff\x00a')))
print(dec.getstate())
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.getstate())
r = codecs.getreader("utf-16")(io.BytesIO(data))
print(repr(r.read()))
r = codecs.getreader("utf-16")(io.BytesIO(data))
print(repr(r.read(1)), repr(r.read(1)), repr(r.read()))
print(repr(io.TextIOWrapper(io.BytesIO(data), encoding="utf-16").read()))
t = io.TextIOWrapper(io.BytesIO(data32), encoding="utf-32")
print(repr(t.read(2)), repr(t.read()))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-16-be"); t.write("ab"); t.write("c"); t.flush(); print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-32"); t.write("ab"); t.write("c"); t.flush(); print(b.getvalue())
for data, enc in [(b'a\x00b\x00', 'utf-16'), (b'a\x00\x00\x00', 'utf-32'), (b'a', 'utf-16'), (b'', 'utf-16'), (b'\xff\xfe', 'utf-16'), (b"\xfe\xff\x00a\x00b", "utf-16")]:
    try:
        print(repr(io.TextIOWrapper(io.BytesIO(data), encoding=enc).read()))
    except (UnicodeError) as e:
        print(type(e).__name__, e)
d = tempfile.mkdtemp()
p = os.path.join(d, "big.txt")
text = ("x\u00e9\U0001F600" * 5000) + "\n"
with open(p, "w", encoding="utf-16-be") as f:
    f.write(text)
with open(p, encoding="utf-16-be") as f:
    print(f.read() == text)
with open(p, "w", encoding="utf-32") as f:
    f.write(text); f.write(text)
with open(p, encoding="utf-32") as f:
    print(f.read() == text * 2)
with open(p, "w", encoding="utf-16") as f:
    f.write(text)
    print(f.tell())
with open(p, encoding="utf-16") as f:
    print(f.read(3), f.tell() > 0, len(f.read()))
os.remove(p); os.rmdir(d)
