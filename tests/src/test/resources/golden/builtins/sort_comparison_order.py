# list.sort/sorted call a key's __lt__ in CPython's timsort order (count_run, binarysort, powersort merges with
# galloping), and a comparison that raises leaves the list as far as the sort got

log = []


class K:
    __slots__ = ("v", "i")

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        log.append(self.i * 7919 + other.i)
        return self.v < other.v


def trace(values, **kw):
    log.clear()
    items = [K(v, i) for i, v in enumerate(values)]
    out = sorted(items, **kw)
    h = 0
    for x in log:
        h = (h * 1000003 + x) % (1 << 61)
    return len(log), h, [k.i for k in out][:8]


class Rng:
    def __init__(self, seed):
        self.x = seed

    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.x >> 8) % n


rng = Rng(1234)
cases = {
    "five": [3, 1, 2, 5, 4],
    "random64": [rng.randrange(100) for _ in range(64)],
    "random1000": [rng.randrange(1000) for _ in range(1000)],
    "fewdistinct": [rng.randrange(4) for _ in range(700)],
    "sorted": list(range(300)),
    "reversed": list(range(300, 0, -1)),
    "sawtooth": [i % 37 for i in range(2000)],
    "runs": sum(([j] * 5 + list(range(j, j + 50)) for j in range(0, 400, 50)), []),
    "descruns": sum((list(range(j + 80, j, -1)) for j in range(0, 800, 80)), []),
    "organpipe": list(range(500)) + list(range(500, 0, -1)),
    "gallop": list(range(0, 2000, 2)) + list(range(1, 200, 2)) + list(range(3000, 3500)),
}
for name, values in cases.items():
    print(name, trace(values), trace(values, reverse=True))
print("key", trace([rng.randrange(50) for _ in range(300)], key=lambda k: K(-k.v, k.i)))


class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("unlucky")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for values, rev in (([5, 3, 8, 13, 1, 2], False), (list(range(40, 0, -1)) + [13] + list(range(60)), False),
                    ([rng.randrange(100) for _ in range(150)] + [13] + [rng.randrange(100) for _ in range(150)], True)):
    lst = [Bad(v) for v in values]
    try:
        lst.sort(reverse=rev)
    except ValueError as e:
        print(e, [b.v for b in lst][:30], len(lst))
