# Calls with one **dict: the dict's items become the keywords in its order; non-str keys, duplicates with named
# keywords, dict subclasses and other mappings as before
kw = {"a": 1, "b": 2}


def f(*a, **k):
    return a, k


def g(a, b=0, *, c=5):
    return a, b, c


print("{a}-{b}".format(**kw), f(1, **kw), f(**{}), dict(**kw), g(**kw), g(1, **{"c": 3}))
for bad in ({1: 2}, {"a": 1, 2: 3}):
    try:
        f(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    f(a=1, **kw)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, **kw)
except TypeError as e:
    print("TypeError:", e)
try:
    g(**{"z": 1})
except TypeError as e:
    print("TypeError:", e)


class D(dict):
    def __getitem__(self, k):
        return "sub-" + str(dict.__getitem__(self, k))

    def keys(self):
        return ["b", "a"]


print(f(**D(a=1, b=2)))
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(f(**d), "{x}{z}".format(**d))


def many():
    t = 0
    for i in range(20000):
        t += len("{a}-{b}".format(**kw)) + len(f(**kw)[1])
    return t


print(many())
