import operator
def show(name, it, steps=1):
    h = [operator.length_hint(it, -7)]
    for _ in range(steps):
        next(it, None)
        h.append(operator.length_hint(it, -7))
    print(name, h, hasattr(it, "__length_hint__"))
show("list", iter([1, 2, 3]), 4)
show("tuple", iter((1, 2)), 3)
show("str", iter("ab\U0001F600c"), 5)
show("range", iter(range(0, 10, 3)), 5)
show("bigrange", iter(range(2**70, 2**70 + 3)), 4)
show("bytes", iter(b"xyz"), 4)
show("bytearray", iter(bytearray(b"xy")), 3)
show("reversed list", reversed([1, 2, 3]), 4)
show("reversed range", reversed(range(4)), 5)
show("dict", iter({1: 2, 3: 4}), 3)
show("dict values", iter({1: 2}.values()), 2)
show("dict items", iter({1: 2}.items()), 2)
show("set", iter({1, 2, 3}), 4)
show("frozenset", iter(frozenset({1})), 2)
class Seq:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
class SeqLen(Seq):
    def __len__(self): return 3
show("seq", iter(Seq()), 2)
show("seqlen", iter(SeqLen()), 4)
show("callable", iter(lambda: 1, 2), 1)
try:
    operator.length_hint(iter(range(2**70)), 0)
except OverflowError as e:
    print("OverflowError", e)
print(iter(range(2**70)).__length_hint__() == 2**70)
d = {1: 2}
it = iter(d)
d[3] = 4
print(operator.length_hint(it))
s = {1}
it = iter(s)
s.add(5)
print(operator.length_hint(it))
print(list.__iter__([1]).__length_hint__(), type(iter([])).__length_hint__(iter([5])))
