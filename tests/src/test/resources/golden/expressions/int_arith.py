# Integer arithmetic including floor division and modulo of negatives.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3), (1, 7)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b, a / b, divmod(a, b))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 4)
print(2 ** -2, 10 ** -1, (-2) ** -1)
print(7 // 1, -1 // 10, 1 % 10, -1 % 10)
print(-(-5), +(-5), - - 5, ~5, ~-1)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3, 2 * 3 ** 2, -3 ** 2, 2 ** 3 ** 2)
print(100 - 5 - 3, 100 // 5 // 2, 2 * 3 % 4)
x = 17
x //= 3
print(x)
x %= 4
print(x)
x **= 5
print(x)
print(abs(-12), abs(12), abs(0))
print(True + 1, False * 5)
print(10 / 4, 10 / 5, -10 / 4, 1 / 8)
print(3 * "ab", "ab" * 0, [0] * 3, 2 * (1, 2))
