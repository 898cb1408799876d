# collections: namedtuple, defaultdict, OrderedDict.
from collections import namedtuple, defaultdict, OrderedDict
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), tuple(p), len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), Point._make([5, 6]))
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("ann", 3), Person("bob", 4, "paris"), Person._field_defaults)
class Vec(namedtuple("Vec", "a b")):
    def total(self):
        return self.a + self.b
print(Vec(2, 3).total(), Vec(2, 3))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory.__name__)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print({k: dict(v) for k, v in nested.items()})
print(repr(defaultdict(int, {"k": 1})))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
