# Methods of str read as values at one site (bound builtin methods), called with * and **, compared and hashed;
# builtin methods of other objects compared as CPython's meth_richcompare does
s = "a-b-c"
words = ["x", "y"]
kw = {"a": 1, "b": "two"}


def read(o):
    return o.join


for t in ("-", ", ", ""):
    j = read(t)
    print(type(j).__name__, j(words), j.__self__ == t, j.__name__, t.split("-"))
m = s.split
print(m("-"), m("-", 1), s.upper(), "{a}/{b}".format(**kw), "{0}{x}".format(*["p"], **{"x": "q"}))
l = []
print(s.join == s.join, l.append == l.append, l.append != l.append, l.append == [].append, len == len, len != abs,
      hash(l.append) == hash(l.append), {l.append: 1}[l.append], l.append == 5, s.join == l.append, len.__eq__(5))
print(getattr(s, "zz", "default"), hasattr(s, "format"), s.maketrans("a", "b") == str.maketrans("a", "b"))
try:
    s.nothing
except AttributeError as e:
    print("AttributeError:", e)


class S(str):
    def join(self, it):
        return "own join"


print(read(S("-"))(words), read("+")(words))


def many():
    t = 0
    for i in range(20000):
        t += len("{a}-{b}".format(**kw)) + len(read(",")(words))
    return t


print(many())
