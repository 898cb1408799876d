# range() with bounds, steps and lengths beyond 64 bits (Objects/rangeobject.c works with Python ints).
import pickle
import sys

M = sys.maxsize  # 2**63 - 1
B = 2 ** 100


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


ranges = [
    range(M - 2, M + 2),
    range(-M - 3, -M + 1),
    range(10 ** 30),
    range(B, -B, -(2 ** 70)),
    range(-B, B, 3),
    range(5, B, B),
    range(B, 5, -B),
    range(0, 10, B),
    range(B, B),
    range(B, B + 1),
    range(-M - 1, M),
    range(M, -M - 1, -1),
    range(M, -M - 1, -M - 1),
    range(-M - 1, M, M),
    range(0, 2 ** 64, 2 ** 63),
]
for r in ranges:
    print(repr(r), r.start, r.stop, r.step, type(r.start).__name__)
    show("  len", lambda: len(r))
    print("  bool", bool(r))
    show("  [0]", lambda: r[0])
    show("  [-1]", lambda: r[-1])
    show("  [1]", lambda: r[1])
    show("  [2**64]", lambda: r[2 ** 64])
    show("  [-2**64]", lambda: r[-(2 ** 64)])
    print("  first", [x for _, x in zip(range(3), r)])
    print("  rfirst", [x for _, x in zip(range(3), reversed(r))])
    print("  slices", r[1:], r[::-1], r[2::3], r[-3:], r[:-1:2 ** 65], r[B:], r[-B:B:-2], r[M:], r[::M])
    print("  eq", r == r[:], r == range(r.start, r.stop, r.step), r != r[1:], r == r[::-1][::-1])
    print("  hash", hash(r) == hash(r[:]), hash(r) == hash(range(r.start, r.stop, r.step)))
    print("  pickle", pickle.loads(pickle.dumps(r)) == r, r.__reduce__())
    for v in (r.start, r.start + r.step, r.stop, r.stop - 1, 0, M, M + 1, -M - 1, -M - 2, B, -B, B + 3, True):
        show("  in %r" % (v,), lambda: (v in r, r.count(v)))
        show("  index %r" % (v,), lambda: r.index(v))

print(len(range(10 ** 30)[10 ** 29 : 10 ** 29 + 5]), range(10 ** 30)[10 ** 29])
print(list(range(M - 2, M + 2)), list(reversed(range(M - 2, M + 2))))
print(list(range(-M - 3, -M + 1, 2)), list(reversed(range(-M - 3, -M + 1, 2))))
print(list(range(B, -B, -B)), list(reversed(range(B, -B, -B))))
print(list(range(M, -M - 1, -M - 1)), list(reversed(range(M, -M - 1, -M - 1))))
print(sum(range(M - 5, M + 5)), sum(range(B, B + 4)), max(range(B - 3, B)), min(range(-B, 3 - B)))
for i in range(M - 1, M + 3):
    print("for", i)
for i in range(B + 2, B - 2, -1):
    print("for", i)
print([i for i in range(2 ** 64 - 2, 2 ** 64 + 1)])
print(sorted(set(range(M - 1, M + 2))))
it = iter(range(B, B + 3))
print(type(it).__name__, next(it), next(it), next(it), next(it, "end"))
print(type(iter(range(5))).__name__, type(iter(range(M - 1, M))).__name__, type(iter(range(0, M, 2))).__name__)
print(type(reversed(range(5))).__name__, type(reversed(range(-M - 1, 0))).__name__, type(reversed(range(-M, 0))).__name__)
print(type(reversed(range(B))).__name__, type(reversed(range(M, -M - 1, -M - 1))).__name__)
print(range(B) == range(0, B, 1), range(B, B) == range(0), range(B, B + 1) == range(B, B + 1, 5))
print(range(B, B + 1) == range(B, B - 1, -1), range(B) == range(B + 1), range(M + 1) == range(M))
print({range(B): 1}[range(0, B)], hash(range(B, B)) == hash(range(0)))
print(range(B).index(B - 1), range(B).count(B - 1), range(-B, B, 7).index(B - 4), (B - 1) in range(-B, B, 7))
print(range(10).index(3.0), range(10).count(3.0), 3.0 in range(10), range(B)[1:4].index(2.0))
show("index float", lambda: range(10).index(20.5))
show("index str", lambda: range(B)[:3].index("a"))
show("index int", lambda: range(B).index(-1))
show("index big", lambda: range(10).index(B))
print(range(10)[B:], range(10)[-B:B:2 ** 99], range(10)[1:8:3], range(10)[8:1:-3], range(10)[::B])


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(range(Idx(B)), range(Idx(-B), Idx(B), Idx(B // 2)), range(B)[Idx(B - 1)], range(B)[Idx(1) : Idx(B) : Idx(B // 4)])
show("zero step", lambda: range(B, 2 * B, 0))
show("float", lambda: range(B, 2.0))
show("slice zero", lambda: range(B)[::0])
show("slice str", lambda: range(B)["a":])
show("slice float", lambda: range(B)[:1.5])
show("key str", lambda: range(B)["a"])
show("len M+1", lambda: len(range(M + 1)))
show("len M", lambda: len(range(M)))
show("len neg", lambda: len(range(M, -M - 1, -1)))
show("len big step", lambda: len(range(-B, B, 2 ** 98)))
