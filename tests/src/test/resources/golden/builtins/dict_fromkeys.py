# dict.fromkeys: the exact dict over a list without calling the class; subclasses, other iterables, unhashable keys
# and a list that grows while its keys are hashed as CPython
print(dict.fromkeys([1, 2, 2, "a"]), dict.fromkeys([], 0), dict.fromkeys((1, 2), []), dict.fromkeys("ab", 1), dict.fromkeys(range(3)))
class D(dict):
    def __init__(self, *a):
        print("init", a)
        super().__init__(*a)
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
print(D.fromkeys([1, 2]), type(D.fromkeys([1])).__name__)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print("TypeError", e)
class K:
    def __init__(self, l): self.l = l
    def __hash__(self):
        self.l.append(K(None)) if self.l is not None and len(self.l) < 4 else None
        return 1
    def __eq__(self, o): return self is o
    def __repr__(self): return "K"
l = []
l.append(K(l))
print(len(dict.fromkeys(l)), len(l))
s = 0
for i in range(20000):
    s += len(dict.fromkeys([i, 1, 2, i % 3]))
print(s)
