# x in tuple: ints and strs scanned in compiled code; other items (floats, bools, instances with __eq__)
# through the generic protocol in CPython's order
class E:
    def __repr__(self):
        return "E()"
    def __eq__(self, o):
        print("eq", o)
        return o == 7
class S(str):
    pass
tests = [
    (3, (1, 3, 5)), (4, (1, 3, 5)), ("a", ("a", "b")), ("c", ("a", "b")), (1, (None, "1", 1)),
    ("x", (None, 1, "x")), (1, (1.0,)), (1, (True,)), (True, (1,)), (7, (E(),)), (8, ("a", E())),
    ("a", (S("a"),)), (S("b"), ("b",)), (2**70, (2**70,)), (1, (2**70, 1)), ("é", ("e", "é")), ("", ()),
(1, (1, E())), (2, (1, E())),
]
for x, t in tests:
    print(repr(x), repr(t), x in t, x not in t)
def loop():
    s = 0
    for i in range(50000):
        if i % 7 in (1, 3, 5):
            s += 1
        if str(i % 3) in ("0", "2"):
            s += 2
        if i not in (1, 2, 3):
            s += 3
    return s
print(loop())
