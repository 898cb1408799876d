# Repeating a sequence by a count whose result cannot exist: CPython's messages (str and bytes overflow
# Py_ssize_t: OverflowError; list, tuple and bytearray: MemoryError); empty sequences stay empty at once.
for make in (lambda: "ab", lambda: "abcd", lambda: b"ab", lambda: bytearray(b"ab"), lambda: (1, 2), lambda: [1, 2]):
    for n in (2 ** 62, 2 ** 62 + 1, 2 ** 63 - 1):
        try:
            r = make() * n
            print(type(r).__name__, "length", len(r))
        except (OverflowError, MemoryError) as e:
            print(type(make()).__name__, n, type(e).__name__, e)
for n in (2 ** 62, 2 ** 63 - 1):
    print(repr("" * n), repr(b"" * n), [] * n, () * n, bytearray() * n)
x = [1]
try:
    x *= 2 ** 62
except MemoryError as e:
    print("list *=", type(e).__name__, len(x))
try:
    "ab" * (2 ** 63)
except OverflowError as e:
    print("index:", e)
