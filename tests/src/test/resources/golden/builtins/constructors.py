# Builtin type constructors and conversions.
print(int(), int(3.9), int(-3.9), int("42"), int(" -7 "), int("101", 2), int("ff", 16), int("0o17", 0), int(True))
print(float(), float(2), float("3.5"), float(" -1e3 "), float("inf"), float("-Infinity"), float(True))
print(str(), str(5), str(2.0), str([1, 2]), str(None), str(b"x"))
print(bool(), bool(0), bool(2), bool(""), bool("0"), bool([]), bool(None))
print(list(), list("abc"), list((1, 2)), list({"a": 1}), list(range(3)))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple({"k": 1}.items()))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"z": 0}, w=1), dict(zip("ab", (1, 2))))
print(sorted(set("hello")), sorted(set([3, 1, 3])), set(), sorted(frozenset("aab")), frozenset())
print(bytes(2), bytes([1, 2]), bytes("hi", "ascii"), bytearray(b"ab"), bytearray(2))
print(type(object()).__name__, object.__name__, int.__name__)
print(complex_free := "no complex numbers here")
print(int("1_000"), float("1_0.5"), int(" 12\n"))
for bad in ["1.5", "", "0x10", "one"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(int(10 ** 20 + 0.0), int(-0.0), int("-0"))
print(list(map(int, ["1", "2"])), [float(x) for x in ("1", "2.5")])
print(str(1e100), int(1e15), int(2 ** 0.5 * 1000))
