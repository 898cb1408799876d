# str.encode / bytes.decode, unicode code points.
s = "héllo wörld €"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s, b.decode())
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-16-le"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é€".encode("ascii", "backslashreplace"))
print(b"\xffab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"))
print([ord(c) for c in "aé€😀"], chr(233), chr(0x20AC), chr(128512))
print(len("😀".encode("utf-8")), len("😀".encode("utf-16-le")))
print(bytes("abc", "utf-8"), str(b"abc", "ascii"), str(b"abc"))
print("\u00e9" == "\xe9", "e\u0301" == "\u00e9", len("e\u0301"))
print(sorted("bäaz"), max("abcé"), "é" > "z")
