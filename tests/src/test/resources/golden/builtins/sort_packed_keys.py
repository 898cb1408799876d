# Sorting of many int/str/float keys and tuples of them (the primitive-column path: leading columns packed into one
# number, radix sort for large inputs): order, stability (equal keys keep their order, also with reverse=True) and
# the edge values of each type, compared with the same sort done by a plain insertion sort in Python.


class Lcg:
    # a small deterministic generator (the random module is not available everywhere)
    def __init__(self, seed):
        self.s = seed

    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return a + (self.s >> 4) % (b - a)

    def choice(self, seq):
        return seq[self.randrange(len(seq))]


rng = Lcg(7)


def ref_sorted(items, key=None, reverse=False):
    # a stable sort by key using only <, as the documented order of sorted()
    keyed = [(key(x) if key else x, i, x) for i, x in enumerate(items)]
    out = []
    for k, i, x in keyed:
        lo, hi = 0, len(out)
        while lo < hi:
            mid = (lo + hi) // 2
            mk = out[mid][0]
            if (mk < k) if reverse else (k < mk):
                hi = mid
            else:
                lo = mid + 1
        out.insert(lo, (k, i, x))
    return [x for _, _, x in out]


def check(name, items, key=None, reverse=False):
    got = sorted(items, key=key, reverse=reverse)
    lst = list(items)
    lst.sort(key=key, reverse=reverse)
    want = ref_sorted(items, key, reverse)
    same = [id(a) for a in got] == [id(b) for b in want] and [id(a) for a in lst] == [id(b) for b in want]
    print(name, len(items), same, got[:3], got[-2:])


class Tag:
    # items that compare equal by key but are distinct objects: stability is visible through their ids
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"T{self.v}"


for n in (0, 1, 2, 5, 40, 300, 3000):
    ints = [rng.randrange(-50, 50) for _ in range(n)]
    tags = [Tag(v) for v in ints]
    check("ints", ints)
    check("ints rev", ints, reverse=True)
    check("tags by int", tags, key=lambda t: t.v)
    check("tags by int rev", tags, key=lambda t: t.v, reverse=True)
    check("tags by pair", tags, key=lambda t: (t.v % 3, -t.v))
    check("tags by pair rev", tags, key=lambda t: (t.v % 3, -t.v), reverse=True)
    check("tags by triple", tags, key=lambda t: (t.v & 1, t.v % 5, t.v // 7))
    check("tags by str", tags, key=lambda t: f"w{t.v % 17:03d}")
    check("tags by str,int", tags, key=lambda t: (str(t.v % 4), t.v % 9))
    check("tags by int,str", tags, key=lambda t: (t.v % 4, "x" * (t.v % 5)))
    check("tags by long str", tags, key=lambda t: "abcdefghijklmnop"[: t.v % 17] + str(t.v % 3))
    check("tags by unicode", tags, key=lambda t: chr(0x3b1 + t.v % 7) + chr(0x1F600 + t.v % 3))
    check("tags by float", tags, key=lambda t: t.v / 7)
    check("tags by float,int", tags, key=lambda t: (float(t.v % 3), t.v))
    check("tags by 0/-0", tags, key=lambda t: 0.0 if t.v & 1 else -0.0)
    check("tags all equal", tags, key=lambda t: 5)
    check("tags bool", tags, key=lambda t: t.v > 0)

big = [rng.choice([-(2 ** 63), 2 ** 63 - 1, 0, -1, 1, 2 ** 62, -(2 ** 62)]) for _ in range(1000)]
check("extreme longs", big)
check("extreme longs rev", big, reverse=True)
check("extreme long pairs", [Tag(v) for v in big], key=lambda t: (t.v % 2, t.v))
check("wide ranges", [Tag(v) for v in big], key=lambda t: (t.v, -t.v, t.v // 3))
check("bigints", [Tag(v * 2 ** 70 + 1) for v in range(-300, 300, 7)], key=lambda t: t.v)
check("floats inf", [Tag(x) for x in [float("inf"), -float("inf"), 1e308, -1e-308, 0.0, 2.5] * 60], key=lambda t: t.v)
check("mixed int float", [Tag(x) for x in [1, 2.5, -3, 0.0, 7] * 80], key=lambda t: t.v)
check("empty strs", [Tag(x) for x in ["", "", "a", ""] * 100], key=lambda t: t.v)
check("9-tuples", [Tag(v) for v in range(500)], key=lambda t: (t.v % 2,) * 9)
check("tuple lens differ", [Tag(v) for v in range(500)], key=lambda t: (t.v % 3,) * (1 + t.v % 2))
words = [f"w{x % 1000:03d}" for x in (rng.randrange(100000) for _ in range(5000))]
check("words", words, key=lambda w: (w[-1], w))
pairs = [(x % 100, -x, i) for i, x in enumerate(rng.randrange(100000) for _ in range(5000))]
check("pairs", pairs)
check("pairs by key", pairs, key=lambda p: (p[0], p[1]))
check("pairs by key rev", pairs, key=lambda p: (p[0], p[1]), reverse=True)
wide = [Tag(rng.randrange(1 << 27) << 33 | rng.randrange(1000)) for _ in range(1000)]
check("60-bit range", wide, key=lambda t: t.v)
check("60-bit range rev", wide, key=lambda t: t.v, reverse=True)
check("60-bit range floats", wide, key=lambda t: t.v * 1.5)
check("62-bit pair", wide, key=lambda t: (t.v & 1, t.v >> 2))
