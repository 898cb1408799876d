# str.format with keyword fields (and list/tuple/sorted of dict views, read at once): the cases
# of a missing keyword, a dict subclass, attribute and index fields, odd names
class D(dict):
    def __missing__(self, k):
        return "missing:" + k


class P:
    x = 5


fmts = ["{a}-{b}", "{a!r:>6}|{b:03d}", "{} and {a}", "{0} {a} {0}", "{a-b}", "{a]}", "{a.x}", "{a[0]}", "{ab c}",
        "{0a}", "{}{}", "{a}{{b}}"]
args = [
    ((), {"a": "x", "b": 7}),
    ((1,), {"a": "y", "b": 2, "a-b": 3, "a]": 4, "ab c": 5, "0a": 6}),
    ((), {}),
    (("p",), {"a": P, "b": 1}),
    (((9,),), {"a": [8], "b": 0}),
]
for fmt in fmts:
    for a, kw in args:
        try:
            print(repr(fmt), fmt.format(*a, **kw))
        except (KeyError, IndexError, ValueError, AttributeError, TypeError) as e:
            print(repr(fmt), type(e).__name__, e)
print("{a}/{b}".format_map(D(a=1)))
print("{a}/{b}".format(**D(a=1, b=2)))


def loop():
    n = 0
    kw = {"a": 1, "b": "two"}
    for i in range(40000):
        n += len("{a}-{b}".format(**kw)) + len("{x:>4}{y!r}".format(x=i % 100, y="q"))
        n += len(list(kw.items())) + len(tuple(kw)) + len(sorted(kw.values(), key=str))
    return n


print(loop())
d = {"k": 1, "j": 2}
print(list(d.items()), tuple(d.keys()), list(d.values()), sorted(d.items(), reverse=True))
del d["k"]
d["z"] = 3
print(list(d.items()), list(d.keys()), [*d.values()])
