# str.upper, str.title and str.encode() on ASCII text run in compiled code; these check them against the
# general paths on ASCII, Latin-1, other BMP and astral text, str subclasses, and hex/oct/bin of ints,
# once and in a hot loop.

class S(str):
    pass

texts = ["", "a", "Z", "hello world", "HELLO World", "they're bill's friends from the UK", "1st 2nd 3rd",
         "snake_case_name", "x1y2 z3", "  spaced  out  ", "ALL CAPS 123", "tab\there", "mixed-Case_words",
         "héllo wörld", "straße", "ǆemal", "ﬁne ﬂow", "istanbul İ ı", "ǅ title", "ŉ n", "emoji 😀 ok", "ß",
         S("sub class"), S("ÀB")]

def row(t):
    return (t.upper(), t.title(), t.lower(), t.encode(), t.encode("utf-8"), len(t.encode()), type(t.upper()).__name__)

for t in texts:
    print(repr(t), row(t))

for t in ["abc", "ÿ", "€", "\udcff"]:
    for enc in ("ascii", "latin-1", "utf-8"):
        try:
            print(repr(t), enc, t.encode(enc))
        except UnicodeEncodeError as e:
            print(repr(t), enc, "UnicodeEncodeError:", e)
    print(t.encode("utf-8", "surrogatepass") if t == "\udcff" else t.encode("ascii", "replace"))

nums = [0, 1, -1, 15, -255, 2 ** 31, -(2 ** 63), 2 ** 63 - 1, 2 ** 64, -(2 ** 70), True, False]
for n in nums:
    print(n, hex(n), oct(n), bin(n))

class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))
for bad in (1.5, "7", None):
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError:", e)

total = 0
for i in range(20000):
    t = texts[i % len(texts)]
    r = row(t)
    total += len(r[0]) + len(r[1]) + r[5] + len(hex(i - 10000)) + len(bin(i))
print(total)
