# bytes: decode, hex, fromhex, find, split, join, indexing, slicing.
b = b"hello world"
print(b[0], b[-1], b[0:5], b[::-1], list(b[:3]), len(b))
print(b.decode(), b.hex(), bytes.fromhex("68 65 6c"), b.hex(":"), b"\x00\xff".hex())
print(b.find(b"o"), b.rfind(b"o"), b.find(b"z"), b.index(b"w"), b.count(b"l"), b.find(111))
print(b.split(), b.split(b"o"), b" ".join([b"a", b"b"]), b"-".join((b"x",)))
print(b.upper(), b.title(), b.replace(b"l", b"L"), b.startswith(b"he"), b.endswith(b"x"))
print(b.strip(b"hd"), b"  pad  ".strip(), b.partition(b" "), b"a,b".split(b","))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 98 in b"abc", b"abc" < b"abd")
print(repr(b"\t\n\r\x00\x7f\x80'"), b"\\")
print(b"ABC".lower(), b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace())
print(type(b[0]).__name__, type(b[0:1]).__name__, b[0:1])
print(b"x=1;y=2".split(b";"), b"%d-%s" % (5, b"z"))
print(bytes.fromhex("deadbeef"), list(bytes.fromhex("0aff")))
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
print(b"abc".center(7, b"*"), b"5".zfill(3), b"a\tb".expandtabs(4))
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
