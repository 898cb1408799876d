# str.encode and bytes.decode for utf-8, ascii and latin-1 with every error handler: the JDK fast paths for clean
# text, and the error loops
cases = ["", "abc", "é", "€", "😀", "a\ud800b", "\udc80", "\udcff", "\ud83d", "ÿ", "Ā"]
for s in cases:
    for enc in ("utf-8", "ascii", "latin-1"):
        for err in ("strict", "ignore", "replace", "surrogateescape", "surrogatepass", "backslashreplace", "xmlcharrefreplace"):
            try:
                r = s.encode(enc, err)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(ascii(s), enc, err, ascii(r))
bcases = [b"", b"abc", b"\xc3\xa9", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80",
          b"\xff", b"a\x80b", b"\xe2\x82", b"\xf0\x9f\x98", b"\xc3", b"abc\xc3\xa9\xff"]
for b in bcases:
    for enc in ("utf-8", "ascii", "latin-1"):
        for err in ("strict", "ignore", "replace", "surrogateescape", "surrogatepass", "backslashreplace"):
            try:
                r = b.decode(enc, err)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(b, enc, err, ascii(r))
