# bool(x) for the types the compiled fast path answers inline and for those it leaves to __bool__/__len__
class B:
    def __bool__(self): return False
class L:
    def __len__(self): return 3
for v in [0, 1, -1, 0.0, 2.5, '', 'a', [], [0], (), (1,), {}, {1:2}, None, B(), L(), 10**30, set(), frozenset([1]), b'', b'x']:
    print(type(v).__name__, bool(v))
print(bool())
try: bool(1, 2)
except TypeError as e: print(e)
class C(int): pass
print(bool(C(0)), bool(C(5)))
