# getattr(obj, name) at hot sites (a str name the site has seen: the attribute node obj.name would use), next to
# the cases that keep the generic path: a default, many names, a str subclass, a non-str name.
import math

N = 3000


class K:
    label = "class attr"

    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        return self.v * 2

    def method(self):
        return self.v + 1


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)


class Name(str):
    pass


def reads(n):
    o = K(3)
    t = 0
    for i in range(n):
        t += getattr(o, "v") + getattr(o, "double") + getattr(o, "method")() + len(getattr(o, "label"))
    return t


def many_names(n):
    o = K(1)
    names = ["v", "double", "label", "method", "__class__"]
    out = []
    for i in range(n):
        r = getattr(o, names[i % len(names)])
        if i < len(names):
            out.append(type(r).__name__)
    return out


def kinds(n):
    r = None
    for i in range(n):
        r = (getattr(math, "pi"), getattr(K, "label"), getattr(Dynamic(), "xyz"), getattr(K(i), Name("v")), getattr(K(1), "missing", "dflt"))
    return r


print("reads", reads(N))
print("many names", many_names(N))
print("kinds", kinds(N))


def misses(n):
    o = K(1)
    msgs = set()
    for i in range(n):
        try:
            getattr(o, "nope")
        except AttributeError as e:
            msgs.add((str(e), e.name, e.obj is o))
        try:
            getattr(Dynamic(), "abc")
        except AttributeError as e:
            msgs.add((str(e), e.name, None))
    return sorted(msgs, key=str)


print("misses", misses(N))
for bad in (1, None, b"v"):
    try:
        getattr(K(1), bad)
    except TypeError as e:
        print("TypeError:", e)
