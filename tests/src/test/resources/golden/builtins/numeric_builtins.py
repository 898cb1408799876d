# chr, ord, hex, oct, bin, int methods, float methods, format.
print(chr(65), chr(97), chr(0x263A), ord("a"), ord("\n"), ord("€"))
print(hex(255), hex(-1), hex(0), oct(8), oct(-8), bin(10), bin(-10), bin(0))
print((255).bit_length(), (0).bit_length(), (-16).bit_length(), (2 ** 100).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff\xff", "big", signed=True),
      int.from_bytes(b"\x01\x02", "little"))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((3.0).is_integer(), (3.5).is_integer(), (10).bit_count())
print((7).as_integer_ratio(), (0.5).as_integer_ratio(), (-2.25).as_integer_ratio())
print(format(255, "x"), format(255, "#o"), format(3.14159, ".2f"), format("text", "^10"), format(1234567, ","))
print(format(0.5, "%"), format(42), format(42, ""), format(-3, "+d"), format(5, "03d"))
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real)
print((17).__divmod__(5), (2).__pow__(8), (-7).__abs__(), (3).__neg__())
print(max(int("7"), ord("7")), chr(ord("a") + 1), "".join(chr(ord(c) - 32) for c in "abc"))
