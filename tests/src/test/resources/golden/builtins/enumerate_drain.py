# next() of a builtin enumerate steps its source in compiled code: list/tuple/dict of enumerate, big starts,
# subclasses overriding __next__, errors from the source
def g():
    yield "a"
    yield "b"
print(list(enumerate([5, 6, 7])), list(enumerate("xy", 10)), list(enumerate(g(), -1)), tuple(enumerate(range(3), 2**63 - 2)))
print(list(enumerate([], 3)), [p for p in enumerate((1.5, None))], dict(enumerate("ab")))
e = enumerate([1, 2, 3])
print(next(e), list(e), list(e))
big = enumerate("abc", 2**70)
print(list(big))
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return (i * 10, v)
print(list(E("abc")))
def bad():
    yield 1
    raise ValueError("inner")
try:
    list(enumerate(bad()))
except ValueError as ex:
    print("ValueError", ex)
s = 0
for r in range(3000):
    for i, v in list(enumerate([r, 2, 3])):
        s += i * v
    s += len([t for t in enumerate("abcd")])
print(s)
