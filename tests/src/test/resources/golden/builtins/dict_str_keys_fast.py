# str keys of exact dicts, sets and frozensets are looked up in compiled code (get, setdefault, d[k], d[k] = v,
# k in d); keys that are not exact str, colliding hashes and subclasses must behave as in CPython.


class S(str):
    """A str subclass: equal to its str, same hash, but a Python object."""


class Eq:
    """Equal to every str whose hash it shares (its __eq__ runs for str lookups that collide)."""

    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print("Eq.__eq__", self.s, repr(other))
        return other == self.s


def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


counts = {}
for w in "a b a c b a".split() * 50:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))

d = {"x": 1, 2: "two", 2.5: "f", (1, 2): "t", None: "n", True: "b"}
for _ in range(200):
    assert d.get("x") == 1 and d.get("y") is None and d.get("y", 7) == 7
    assert "x" in d and "y" not in d and "2" not in d
    assert d["x"] == 1
print(d.get("x"), d.get("y"), d.get("y", 7), "x" in d, "y" not in d, d["x"])
run("missing", lambda: d["missing"])
run("missing2", lambda: {}["k"])

# a str subclass key is equal to the str
d2 = {S("k"): 1}
for _ in range(200):
    v = d2.get("k"), d2["k"], "k" in d2
print(v, type(list(d2)[0]).__name__)
d2["k"] = 5
print(d2, type(list(d2)[0]).__name__)
print(d2.setdefault("k", 9), d2)

# a key with a custom __eq__ and the hash of a str: its __eq__ is called
d3 = {Eq("k"): "eq"}
print(d3.get("k"))
print("k" in d3)
print(d3["k"])
d3["k"] = "new"
print(len(d3), list(d3.values()))
print(d3.setdefault("k", "dflt"))
print(d3.get("other", "none"))

# setdefault: the default is evaluated always, stored only when absent
index = {}
made = []


def fresh():
    made.append(1)
    return []


for i, w in enumerate("p q p r q p".split() * 30):
    index.setdefault(w, fresh()).append(i)
print(len(made), {k: len(v) for k, v in index.items()}, index["p"][:4])
print(index.setdefault("z"), index["z"], "z" in index)

# replacing values keeps insertion order; deleting and re-adding moves the key to the end
od = {}
for k in "c a b".split():
    od[k] = 0
for _ in range(100):
    od["a"] = od["a"] + 1
del od["c"]
od["c"] = 9
print(od)

# sets and frozensets
s = {"a", "b", 3}
fs = frozenset(["x", S("y")])
for _ in range(200):
    r = ("a" in s, "z" in s, "x" in fs, "y" in fs, "q" not in fs)
print(r)

# subclasses of dict: __getitem__/__contains__/__missing__/__setitem__ overrides are used
class D(dict):
    def __missing__(self, key):
        return "missing " + key


class C(dict):
    def __contains__(self, key):
        print("C.__contains__", key)
        return True

    def __getitem__(self, key):
        return "C[" + key + "]"

    def __setitem__(self, key, value):
        print("C.__setitem__", key, value)
        dict.__setitem__(self, key, value)


dd = D(a=1)
cc = C(a=1)
for _ in range(3):
    print(dd["a"], dd["b"], "b" in dd, dd.get("b"), cc["zz"], "zz" in cc, cc.get("zz"))
cc["a"] = 2
print(dict.get(cc, "a"), cc.setdefault("a", 0), cc.setdefault("new", 0), dict(cc))

# errors of the methods called wrongly
run("get on set", lambda: dict.get({"a"}, "a"))
run("setdefault on list", lambda: dict.setdefault([], "a"))
run("unhashable", lambda: {}.get(["a"]))
run("unhashable in", lambda: ["a"] in {"a": 1})
run("in str dict of int", lambda: 1 in {"1": 1})
