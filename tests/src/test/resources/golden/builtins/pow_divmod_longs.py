# pow(b, e, m) and divmod(x, y) of ints that fit longs are computed in compiled code; the edges (sign of m,
# |m| = 1, e = 0, MIN_VALUE // -1, moduli past the fast path's bound, errors) against CPython
import random
rnd = random.Random(5)
vals = [0, 1, -1, 2, -2, 3, 7, -7, 10**9 + 7, -(10**9 + 7), 3037000499, -3037000499, 3037000500, 2**62, -2**63, 2**63 - 1, 2**64]
out = []
for b in vals + [rnd.randrange(-10**18, 10**18) for _ in range(30)]:
    for e in [0, 1, 2, 3, 17, 2**40 + 3, -1]:
        for m in [1, -1, 2, -2, 7, -7, 1000, 10**9 + 7, -(10**9 + 7), 3037000499, -3037000499, 3037000500, 2**62, 0]:
            try:
                out.append(pow(b, e, m))
            except (ValueError, ZeroDivisionError) as ex:
                out.append(type(ex).__name__ + ": " + str(ex))
for x in vals + [rnd.randrange(-10**18, 10**18) for _ in range(30)]:
    for y in vals + [5, -3]:
        try:
            out.append(divmod(x, y))
        except ZeroDivisionError as ex:
            out.append(str(ex))
import zlib
print(len(out), zlib.crc32(repr(out).encode()))
print(out[:40])
print(out[-40:])
def loop():
    s = 0
    for i in range(20000):
        q, r = divmod(i - 10000, 7)
        s += q * 3 + r + pow(i, 3, 1000) + pow(i, 5, -13) + divmod(i, -3)[1]
    return s
print(loop())
for bad in [(2, 3, 0), (2, -1, 4), (3, -1, 7), (2.0, 3, 5), (2, 3, 5.0), ("a", 2, 3)]:
    try:
        print(pow(*bad))
    except Exception as e:
        print(type(e).__name__, e)
print(divmod(5.5, 2), divmod(-7, 2.5), divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
