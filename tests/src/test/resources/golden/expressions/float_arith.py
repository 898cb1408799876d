# Float arithmetic, mixed int/float, floor division and modulo of floats.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.1, 0.03), (5.0, 0.5)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b, a / b)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 2.0 ** -1, (-8.0) ** 3, 10.0 ** -2)
print(1.5 + 1, 3 * 0.5, 1 - 0.9, 0.1 * 3, 1e308 * 10)
print(-7.0 // 2, -7 % 2.5, 7 % -2.5, 0.0 % 5, -0.0 * 1)
print(1 / 2 + 1 / 3, 7 / 7, 2 ** 0.0)
print(int(2.9), int(-2.9), round(2.9), round(-2.5), round(3.5))
print(float(3) / 2, 3 // 2.0, 3.0 % 2)
print(1.0 == 1, 1.5 > 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(abs(-2.5), -abs(2.5))
z = 1.0
z += 1
z *= 2.5
z -= 0.5
z /= 2
print(z)
print(10 ** 20 * 1.0, 2 ** 70 / 2 ** 60)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
