# ** on ints and floats: the squares, square roots and int powers that the interpreter computes without
# the general pow, in loops (so each operand kind meets an already specialized node) and at their edges.
import math

# float ** int and float ** float
for x in [1.5, 3.0, 0.1, -2.5, 1e10, 1e-200, 0.0, -0.0, math.inf, -math.inf, math.nan, 7]:
    print(repr(x), repr(x ** 2), repr(x ** 2.0), repr(x ** 3), repr(x ** -1.0) if x else "-")

for x in [2.0, 0.25, 1e300, 0.0, -0.0, math.inf, math.nan, 1e-310, 5]:
    r = x ** 0.5
    print(repr(x), repr(r), math.copysign(1.0, r) if r == 0 else "")

for x in [1e200, -1e200, 1.5e154]:
    try:
        print(x ** 2)
    except OverflowError as e:
        print(type(e).__name__, e)

for x in [-4.0, -0.5]:
    print(x ** 2, x ** 3.0, x ** 1)

# int ** int: small results, results past 64 bits, negative exponents, bools
bases = [0, 1, -1, 2, -2, 3, 10, 7, True, False, 2 ** 40, -(2 ** 31)]
exps = [0, 1, 2, 3, 5, 31, 62, 63, 64, 100, True]
total = 0
for b in bases:
    row = []
    for e in exps:
        v = b ** e
        total += v
        row.append(v if abs(v) < 10 ** 12 else len(str(v)))
    print(b, row)
print(total)
print((-2) ** 63, 2 ** 63, (-2) ** 64, 3 ** 40, 3 ** 41, (-3) ** 39, 9223372036854775807 ** 1, (-9223372036854775807 - 1) ** 1)
print(2 ** -1, (-2) ** -3, 10 ** -2, True ** -1)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# int ** float and mixed in one loop
acc = 0.0
for i in range(1, 200):
    acc += i ** 0.5 + (i * 0.5) ** 2 + i ** 2 + (i % 7) ** 3 - 2 ** (i % 70)
print(acc)
print(type(2 ** 2), type(2.0 ** 2), type(2 ** 2.0), type(2 ** -2))
