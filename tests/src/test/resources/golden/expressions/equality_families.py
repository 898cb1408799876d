# == and != between builtin values of different families (answered without the protocol when nothing can take part)
# and between containers of different sizes; subclasses, views, bytes and instances with __eq__ still go through it
import collections


class L(list):
    def __eq__(self, o):
        print("L.__eq__", type(o).__name__)
        return NotImplemented


class E:
    def __eq__(self, o):
        print("E.__eq__", type(o).__name__)
        return True


vals = [1, 1.0, True, 2**70, "a", None, [1], (1,), {1: 2}, {1}, frozenset({1}), b"a", bytearray(b"a"), [], (),
        {}, set(), frozenset(), [1, 2], {1: 2, 3: 4}, {1, 2}, collections.OrderedDict(a=1), {"a": 1}, range(1),
        {}.keys(), {1: 2}.keys(), 1.5, float("nan"), L([1]), ..., NotImplemented]
for a in vals:
    print(repr(a)[:20].ljust(20), "".join("1" if a == b else "0" for b in vals), "".join("1" if a != b else "0" for b in vals))
print([1] == E(), E() != (1,), None == E())
for v in (..., NotImplemented):
    try:
        for x in v:
            pass
    except TypeError as e:
        print(e)


def loop():
    n = 0
    l, t, d, s = [1, 2], (1, 2), {"a": 1}, "x"
    for i in range(60000):
        if l != ():
            n += 1
        if l == t:
            n += 100
        if i == None:
            n += 100
        if s != i:
            n += 2
        if d == {}:
            n += 100
        if [i] == [i]:
            n += 3
    return n


print(loop())
