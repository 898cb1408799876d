# d[k] = v and d[k] += 1 on dict subclasses: Counter and defaultdict counting words, a subclass that overrides
# __setitem__ (always called), one that gains an override after the store site has met it, and OrderedDict.
from collections import Counter, OrderedDict, defaultdict

words = ("the quick brown fox jumps over the lazy dog the end " * 40).split()

c = Counter()
for w in words:
    c[w] += 1
print(c.most_common(4), len(c), c["missing"], "missing" in c)

d = defaultdict(int)
for w in words:
    d[w] += 2
print(sorted(d.items())[:4], len(d))

print(Counter(words).most_common(3))
cc = Counter(words)
cc.update({"the": 5, "new": 1})
cc.subtract(["fox", "fox"])
print(cc["the"], cc["new"], cc["fox"], sorted(cc.elements())[:3])


class Logged(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)


lg = Logged()
for w in words[:30]:
    lg[w] = lg.get(w, 0) + 1
print(len(lg.log), sorted(lg.items())[:3])


class Later(dict):
    pass


calls = []


def store(m, keys):
    for k in keys:
        m[k] = m.get(k, 0) + 1


la = Later()
store(la, words[:20])
store(la, words[:20])
Later.__setitem__ = lambda self, k, v: (calls.append(k), dict.__setitem__(self, k, v * 10))
store(la, ["the", "fox"])
print(sorted(la.items())[:4], calls)
del Later.__setitem__
store(la, ["the"])
print(la["the"], calls)

od = OrderedDict()
for w in words[:12]:
    od[w] = od.get(w, 0) + 1
od["quick"] = 100
print(list(od.items()))

# a str subclass key and int keys through the same site
class K(str):
    pass


cs = Counter()
for k in ["a", K("a"), "b", 1, 1, 2.0, 2]:
    cs[k] += 1
print(sorted(cs.items(), key=repr))
