# float(str) through its plain-decimal fast path and the full grammar, and dict(zip(a, b)) taking the
# pairs without tuples: the same values, errors and consumption of the iterators as CPython.

texts = ["1e5", "1E+05", ".5", "5.", "-0", "-0.0", "+.5e-3", "1_000.5", " 12 ", "\t-3.25\n", "inf", "-Infinity", "nan", "-NaN",
         "1e500", "-1e-500", "4.9e-324", "2.2250738585072014e-308", "0.1", "0.30000000000000004", "123456789012345678901234567890",
         "9007199254740993", "1.7976931348623157e308", "1.7976931348623159e308", "00012", "1e0001", "3.14159265358979323846264338",
         "\u0661\u0662", "1e", "e5", ".", "+", "", "1.2.3", "0x10", "1d", "1f", "Infinity1", "1__0", "_1", "1_", "1e_5", "--1",
         "+-1", "1 2", "١.٥", "٣e2", "\xa012\u2003", "\x8512", "\x1c3\x1f", "1\u200b"]
for t in texts:
    try:
        print(repr(t), repr(float(t)))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
print(float(b"2.5"), float(bytearray(b" 7e1 ")))

def gen(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        yield f"{name}{i}"

log = []
print(dict(zip(gen("k", 3, log), gen("v", 5, log))), log)
log = []
print(dict(zip(gen("k", 4, log), gen("v", 2, log))), log)
z = zip("abc", range(3))
print(dict(z), dict(z), list(z))
print(dict(zip([], [])), dict(zip("ab", "xy", strict=True)))
for bad in (lambda: dict(zip("ab", "x", strict=True)), lambda: dict(zip("ab", "xy", "pq")), lambda: dict(zip("ab")),
            lambda: dict(zip([[1]], [2]))):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class Z(zip):
    def __next__(self):
        k, v = super().__next__()
        return (k.upper(), v)
print(dict(Z("ab", [1, 2])))
d = {"keep": 0}
d.update(zip("xy", [1, 2]))
print(d, dict(zip("aa", [1, 2])))

total = 0.0
keys = [str(i) for i in range(100)]
for i in range(3000):
    m = dict(zip(keys, range(i, i + 100)))
    total += float(keys[i % 100]) + float(f"{i}.5e-1") + m[keys[i % 100]] + len(m)
print(total)
