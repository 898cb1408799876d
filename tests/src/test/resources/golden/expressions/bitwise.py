# Bitwise operators and shifts, including negative operands.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
for x in [-1, -5, -16, 5]:
    print(x, x & 0xFF, x | 3, x ^ 7, ~x, x >> 1, x << 3, x >> 10)
print(-5 & -3, -5 | -3, -5 ^ -3)
print(1 << 64, (1 << 64) >> 63, 1 << 0, 0 >> 5)
print(0xF0 & 0x3C | 0x01, 0xF0 & (0x3C | 0x01), 1 | 2 ^ 3 & 4)
print(5 & 3 == 1, (5 & 3) == 1)
m = 0b1111
m &= 0b0110
print(m)
m |= 0b1000
print(m)
m ^= 0b0011
print(m)
m <<= 4
print(m)
m >>= 2
print(m)
print(True & False, True | False, True ^ True, type(True & True).__name__)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
print(~0, ~~7, -(~7))
print(bin(-10), hex(-255), oct(-8))
