# str.translate with a dict, math.gcd of ints, int.from_bytes of a few bytes, sorted() of a few str, float repr
import math

tr = str.maketrans("ab", "xy", "f")
print("abcdef".translate(tr), "".translate(tr), "ffff".translate(tr), "éa".translate({233: "E", 97: None}))


class D(dict):
    def __missing__(self, k):
        return "?"


print("abc".translate(D({97: "A"})), "abc".translate([None, "x"] * 60))
try:
    "a".translate({97: 3.5})
except TypeError as e:
    print(e)
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, -18), math.gcd(12, 18, 8), math.gcd(-2**63, 6),
      math.gcd(-2**63), math.gcd(2**70, 2**65), math.gcd(True, 4), math.gcd(0, 0))
for b in (b"", b"\x01", b"\xff", b"\x01\x02", b"\xff\xfe", b"\x80" + b"\x00" * 6, b"\xff" * 7, b"\xff" * 8,
          b"\x80" + b"\x00" * 7, b"\x01" * 9):
    print(b.hex(), int.from_bytes(b, "big"), int.from_bytes(b, "little"), int.from_bytes(b, "big", signed=True),
          int.from_bytes(b, "little", signed=True))


class I(int):
    pass


print(repr(I.from_bytes(b"\x01\x00", "big")), int.from_bytes(bytearray(b"\x02"), "big"), int.from_bytes([1, 2], "big"))
for l in ([], ["b"], ["b", "a"], ["b", "a", "\U00010000", "\uffff", "aa", ""], ["x"] * 3, list("hello world")):
    print(sorted(l), sorted(l, reverse=True))
print(sorted(["b", 1]) if False else "mixed:", end=" ")
try:
    sorted(["b", 1, "a"])
except TypeError as e:
    print(e)
for x in (2.5, 100.0, 0.001, 0.0001, 1e-05, 1234567.0, 9999999.0, 1e7, 1e15, 1e16, 1 / 3, -7.25, 5e-324, 1.7976931348623157e308,
          0.1 + 0.2, -0.0, 123456789.123):
    print(repr(x), str(x), f"{x}")


def loop():
    n = 0
    for i in range(30000):
        n += len("abcabc".translate(tr)) + math.gcd(i, 12) + int.from_bytes(bytes([i % 256, 1]), "little")
        n += len(sorted(["c", "a", str(i % 10)])[0]) + len(repr(i / 4))
    return n


print(loop())
