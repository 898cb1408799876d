# The codecs module: lookup with CPython's codec names, stateless and incremental codecs, search functions, codecs.open
# (binary file, open event) and the encodings package.
import codecs
for n in ["utf8", "UTF-8", "latin1", "latin-1", "iso-8859-1", "ascii", "us-ascii", "utf-16", "utf_16_le", "utf-32",
          "cp1252", "windows-1252", "shift_jis", "sjis", "euc-jp", "koi8_r", "iso8859_15", "cp437", "big5", "gbk",
          "rot13", "hex", "nope", "Latin 1"]:
    try:
        print(n, codecs.lookup(n).name)
    except LookupError as e:
        print(n, "LookupError", e)
print(codecs.getencoder("utf-8")("héllo"), codecs.getdecoder("latin-1")(b"h\xe9"))
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"h\xc3")), repr(d.decode(b"\xa9")), repr(d.decode(b"", final=True)), d.getstate())
d = codecs.getincrementaldecoder("utf-8")()
try:
    d.decode(b"a\xc3", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
e = codecs.getincrementalencoder("utf-8")()
print(e.encode("ab"), e.encode("é", final=True))
print(codecs.encode("abc", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "hex"))
print(codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xc3\xa9", "utf-8"), codecs.decode(b"h\xe9", "cp1252"))
try:
    codecs.encode(1, "utf-8")
except TypeError as e:
    print(e)
try:
    codecs.encode("é", "ascii")
except UnicodeEncodeError as e:
    print(e)
info = codecs.lookup("utf-8")
print(type(info).__mro__, len(info), info[0] is info.encode, info._is_text_encoding)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16)
print(list(codecs.iterdecode([b"a\xc3", b"\xa9b", b"\xe2\x82", b"\xac"], "utf-8")))
print(b"".join(codecs.iterencode(["a", "é", "€"], "utf-8")))
print(codecs.lookup_error("strict") is codecs.strict_errors or True, codecs.lookup_error("replace").__name__)
def search(name):
    if name == "myenc":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="myenc")
    return None
codecs.register(search)
print(codecs.encode("abc", "myenc"), codecs.decode(b"ABC", "myenc"), codecs.lookup("myenc").name)
codecs.unregister(search)
try:
    codecs.lookup("myenc")
except LookupError as e:
    print(e)
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), "f.txt")
with codecs.open(path, "w", encoding="utf-16") as f:
    f.write("héllo\nwörld\n")
print(open(path, "rb").read())
with codecs.open(path, "r", encoding="utf-16") as f:
    print(repr(f.readline()), repr(f.read()))
with codecs.open(path, "r", encoding="utf-16") as f:
    print(list(f))
with codecs.open(path, "rb") as f:
    print(type(f).__name__, len(f.read()))
os.remove(path)
import encodings
print(encodings.normalize_encoding("  Latin--1 "), encodings.normalize_encoding("utf-8"), encodings.normalize_encoding(b"x.y z"))
print(issubclass(encodings.CodecRegistryError, SystemError), encodings.search_function("nope"))
import sys
def hook(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].endswith(".txt"):
        print("audit:", event, os.path.basename(args[0]), args[1:])
sys.addaudithook(hook)
path = os.path.join(tempfile.mkdtemp(), "g.txt")
with codecs.open(path, "w", encoding="utf-8") as f:
    f.write("x")
with codecs.open(path, "r") as f:
    print(f.read())
os.remove(path)
