# Objects that hash by identity (instances, classes, functions, exceptions, None) as keys of dicts and sets, looked
# up by `in`, d[k] and d.get(k) at the same sites once and in a hot loop: present, absent, never hashed, deleted,
# keys of equal hash that are other objects (their __eq__ is asked), a class whose __hash__ or __eq__ changes after
# the keys went in, a metaclass with its own hash, an object whose __class__ changes, and unhashable keys. (A key
# looked up under another hash than it went in with is left out where CPython's answer depends on its addresses.)

class Node:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Node({self.v})"


class EqAll:
    # hashes by identity (object.__hash__ kept explicitly) but says it equals everything
    __hash__ = object.__hash__

    def __eq__(self, other):
        return True


class Meta(type):
    def __hash__(cls):
        return 7

    def __eq__(cls, other):
        return isinstance(other, Meta) and cls.__name__[0] == other.__name__[0]


class Apple(metaclass=Meta):
    pass


class Avocado(metaclass=Meta):
    pass


class NoHash:
    def __eq__(self, other):
        return self is other


def f():
    pass


def probe(d, s, keys):
    out = []
    for k in keys:
        try:
            hit = k in d, k in s, d.get(k, "-"), d[k] if k in d else "absent"
        except TypeError as e:
            hit = f"TypeError: {e}"
        out.append(hit)
    return out


def run():
    out = []
    nodes = [Node(i) for i in range(6)]
    fresh = Node(99)
    err = KeyError("k")
    d = {nodes[0]: "n0", nodes[1]: "n1", int: "int", str: "str", f: "f", None: "none", err: "err", len: "len"}
    s = {nodes[0], nodes[2], int, f, None, err, Node}
    keys = [nodes[0], nodes[1], nodes[2], fresh, int, str, float, f, None, err, len, Node, type(nodes[0])]
    out.append(probe(d, s, keys))
    del d[nodes[1]]
    s.discard(nodes[2])
    out.append(probe(d, s, [nodes[1], nodes[2], nodes[0]]))

    # a stored key of the same hash that is another object: its __eq__ decides
    e = EqAll()
    h = hash(e)
    d2 = {h: "int with the same hash"}
    s2 = {h}
    out.append((e in d2, e in s2, d2.get(e), d2[e]))
    other = EqAll()
    d3 = {e: 1}
    out.append((other in d3, d3.get(other, "miss"), e in d3))

    # a class that gains a __hash__ after its instances went in: looked up by the new hash
    class Late:
        pass
    a, b = Late(), Late()
    d4 = {a: "a"}
    s4 = {a}
    out.append((a in d4, b in d4, a in s4, d4.get(a)))
    Late.__hash__ = lambda self: 1
    out.append((b in d4, a in s4, len(d4), hash(a), a in {a}))
    d4[b] = "b"
    out.append((b in d4, d4[b], a in {a}))
    del Late.__hash__
    # (b went in under hash 1: whether a probe by its identity hash meets it depends on the table's layout)
    out.append((a in d4, d4.get(a), hash(b) != 1, b in {b}))

    # __eq__ defined later on a class that keeps object.__hash__ in its namespace
    class Later:
        __hash__ = object.__hash__
    x, y = Later(), Later()
    d5 = {x: "x"}
    Later.__eq__ = lambda self, other: True
    out.append((x in d5, y in d5, d5.get(y, "miss")))

    # a metaclass's hash and equality for classes as keys
    d6 = {Apple: "apple"}
    out.append((Apple in d6, Avocado in d6, d6.get(Avocado), int in d6, Meta in d6))

    # __class__ reassignment: the hash follows the new class
    class Plain:
        pass
    class Hashed:
        def __hash__(self):
            return 5
        def __eq__(self, other):
            return isinstance(other, Hashed)
    p = Plain()
    d7 = {p: "plain"}
    p.__class__ = Hashed
    out.append((hash(p), p in {p}, Hashed() in {p}, {p: 1}.get(Hashed()), len(d7)))
    p.__class__ = Plain
    out.append((p in d7, d7.get(p, "miss"), Hashed() in {p}))

    # unhashable keys
    for k in (NoHash(), [1], {1: 2}, {3}):
        for c in (d, s):
            try:
                out.append(k in c)
            except TypeError as exc:
                out.append(f"TypeError: {exc}")
        try:
            out.append(d.get(k))
        except TypeError as exc:
            out.append(f"TypeError: {exc}")
        try:
            out.append(d[k])
        except TypeError as exc:
            out.append(f"TypeError: {exc}")
    try:
        d[nodes[5]]
    except KeyError as exc:
        out.append(f"KeyError: {exc}")

    # type(x) in a set of types, and classes as dispatch keys
    fast = {int, str}
    table = {int: lambda v: v * 2, str: lambda v: v.upper(), list: len}
    out.append([type(v) in fast for v in (1, "a", 2.0, True, None, [1])])
    out.append([table[type(v)](v) for v in (3, "ab", [1, 2])])

    # subclasses of dict and set as the container
    class D(dict):
        def __missing__(self, k):
            return "missing"
    class S(set):
        def __contains__(self, k):
            return True
    dd = D({nodes[0]: 0})
    out.append((dd[nodes[0]], dd[nodes[3]], nodes[3] in dd, nodes[3] in S()))
    return out


for line in run():
    print(line)

# the same sites hot: a visited set, a memo dict keyed by objects, classes as keys
nodes = [Node(i) for i in range(200)]
edges = {n: [nodes[(n.v * 7 + 3) % 200], nodes[(n.v * 13 + 1) % 200]] for n in nodes}
total = 0
for rep in range(300):
    seen = set()
    stack = [nodes[rep % 200]]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        stack.extend(edges[n])
    memo = {}
    for n in nodes:
        if n not in memo:
            memo[n] = n.v * 2
        total += memo.get(n, 0) + memo[n]
    total += len(seen) + sum(1 for v in (1, "a", 2.5, None) if type(v) in {int, str})
print(total, run() == run())
