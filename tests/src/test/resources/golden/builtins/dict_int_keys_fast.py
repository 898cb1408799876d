# int keys probed in compiled code (`k in d`, `d[k]`, `d.get(k)`), with every key kind that can equal an int
# or share its hash: bool, float, int subclasses, objects with their own __eq__, -1 and -2 (same hash),
# big ints, the smallest 64-bit int, deleted entries, sets and frozensets.


class MyInt(int):
    pass


class EqAll:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("EqAll.__eq__ called with", other)
        return other == self.h


def probe(d, keys):
    out = []
    for k in keys:
        out.append((k in d, k not in d, d.get(k, "dflt")))
        try:
            out.append(d[k])
        except KeyError as e:
            out.append(("KeyError", e.args))
    return out


def run():
    d = {i: i * 2 for i in range(0, 30, 3)}
    print(probe(d, [0, 3, 4, 27, 30, -3]))
    d[True] = "true-key"  # True == 1: a new key 1 (stored as True)
    d[0] = "zero"  # replaces the value of key 0, keeps the key
    print(probe(d, [1, 0, 2]))
    print(list(d.items())[:3])
    f = {1.0: "one-float", 2.5: "two-and-half"}
    print(probe(f, [1, 2, 3]))
    m = {MyInt(7): "myint"}
    print(probe(m, [7, 8]))
    e = {EqAll(5): "eqall"}
    print(probe(e, [5, 6]))
    n = {-1: "minus-one", -2: "minus-two"}
    print(hash(-1), hash(-2), probe(n, [-1, -2, -3]))
    big = {2 ** 64: "big", 2 ** 61 - 1: "modulus", 2 ** 61: "modulus+1"}
    print(probe(big, [0, 1, 2 ** 61 - 1, 2 ** 61]))
    small = {-2 ** 63: "min"}
    print(probe(small, [-2 ** 63, 0]))
    dd = {i: i for i in range(10)}
    for i in range(0, 10, 2):
        del dd[i]
    print(probe(dd, [0, 1, 2, 3, 8, 9]))
    s = {1, 2, 3, True, 4.0}
    fs = frozenset([10, 20])
    print([k in s for k in (1, 4, 5)], [k in fs for k in (10, 11)], [k not in fs for k in (10, 11)])
    print(dict.get(d, 3), {}.get(5), {5: None}.get(5, "x"))


class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)


for _ in range(3):
    run()
mm = Missing({1: "a"})
print(mm[1], mm[2], mm.get(2), 2 in mm)
