# str.join over lists, tuples and iterators (with str subclasses and bad items), % formatting's plain %d and %s
# beside flagged ones, int() of decimal text near the 64-bit edges, with signs, underscores, spaces and bases,
# and x in a list of ints -- the common shapes that take shortcuts, checked against the general rules.
class S(str):
    pass


print(",".join(["a", "b", "c"]), "-".join(("x",)), "".join([]), "+".join(iter(["p", "q"])), "/".join([S("s"), "t"]))
print(repr(", ".join(["only"])), type(", ".join([S("sub")])).__name__, ", ".join(str(i) for i in range(12)))
lst = ["a"] * 3
for _ in range(50):
    r = ":".join(lst)
print(r)
for bad in (["a", 1], ("a", None), [b"x"]):
    try:
        "".join(bad)
    except TypeError as e:
        print(e)
try:
    "".join(5)
except TypeError as e:
    print(e)

for i in [0, -7, 2 ** 70, True]:
    print("%d|%s|%5d|%-4d|%+d|%i|%u" % (i, i, i, i, i, i, i))
for v in ["x", S("y"), 3.5, None, [1]]:
    print("%s %r %.2s" % (v, v, v))
print("%d%%" % 50, "%(a)s-%(b)d" % {"a": "A", "b": 2}, "%c%c" % (65, "b"), "%x %o %e" % (255, 8, 12345.678))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)

for text in ["0", "-0", "+12", " 42 ", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
             "-9223372036854775809", "1_000_000", "99999999999999999999999", "007", "\t-5\n", "١٢٣"]:
    v = int(text)
    print(repr(text), v, type(v).__name__)
for text, base in [("ff", 16), ("0x1F", 0), ("777", 8), ("zz", 36), ("1" * 70, 2), ("0b101", 0), ("7fffffffffffffff", 16),
                   ("8000000000000000", 16)]:
    print(text, base, int(text, base))
for bad in ["", "1_", "_1", "1__0", "12a", "0x", "--1", "08"]:
    try:
        int(bad, 0 if bad == "08" else 10)
    except ValueError as e:
        print(e)

xs = list(range(0, 40, 3))
print([k for k in range(45) if k in xs], 3 in xs, -3 in xs, True in [1, 2], 2.0 in xs, 5 not in xs)
