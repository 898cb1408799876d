# Instances as set members and dict keys: the default identity hash (stable per object, equal only to itself),
# a class's own __hash__ (called once per operation), __hash__ = None, and a __hash__ added after use.
class N:
    pass


nodes = [N() for _ in range(50)]
seen = set()
for rounds in range(3):
    for n in nodes[::2]:
        seen.add(n)
print(len(seen), sum(n in seen for n in nodes), hash(nodes[0]) == hash(nodes[0]), hash(nodes[0]) == hash(nodes[1]))
d = {n: i for i, n in enumerate(nodes)}
print(sum(d[n] for n in nodes), nodes[3] in d, N() in d, object.__hash__(nodes[5]) == hash(nodes[5]))

calls = []


class H:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        calls.append(self.k)
        return self.k % 7

    def __eq__(self, other):
        return isinstance(other, H) and self.k == other.k


hs = {H(i) for i in range(10)}
calls.clear()
print(H(3) in hs, H(30) in hs, len(calls))


class U:
    __hash__ = None


try:
    {U()}
except TypeError as e:
    print(e)


class Later:
    pass


x = Later()
h1 = hash(x)
Later.__hash__ = lambda self: 12345
print(hash(x), hash(x) == h1)
del Later.__hash__
print(hash(x) == h1)


class Sub(N):
    def __eq__(self, o):
        return True


try:
    hash(Sub())
except TypeError as e:
    print(e)
