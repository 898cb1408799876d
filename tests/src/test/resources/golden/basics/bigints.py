# Arbitrary precision integers.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(50))
print(2 ** 200)
print(2 ** 64 - 1, -(2 ** 63))
big = 2 ** 100
print(big + 1, big - 1, big * 3, big // 7, big % 7)
print(big * big)
print(-big // 3, -big % 3)
print(big // -3, big % -3)
print(divmod(big, 12345))
print(big > 2 ** 99, big == 2 ** 100, big < 1)
print(big >> 90, big << 10, big & 0xFFFF, big | 1, big ^ big)
print(-big >> 95, ~big)
print(3 ** 100)
print(10 ** 30 // 10 ** 15)
print(str(fact(30))[:10], len(str(fact(100))))
print(abs(-big), -(-big))
print(big / 2 ** 98)
print(fact(25) // fact(23))
print((2 ** 64) * (2 ** 64) == 2 ** 128)
print(int("123456789012345678901234567890") + 1)
print(hex(2 ** 70), bin(2 ** 65), oct(2 ** 66))
print(pow(2, 100, 1000007), pow(3, 200))
print(sum(range(10 ** 6)))
x = 9223372036854775807
print(x + 1, x * 2, -x - 2)
print(type(x + 1).__name__)
print((x + 1) // 2 == 2 ** 62)
print(-7 ** 2, (-7) ** 2, 2 ** -1, 10 ** -3)
