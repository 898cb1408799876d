# d[k] = v and s.add(k) with new and present keys at the same sites, once and in a hot loop: str, int and objects that
# hash by identity; stored keys that equal the new one by their own __eq__ (a str subclass, a float, True for 1), a
# stored key of the same hash that is another object, deleted entries and dummies on the probe, tables that grow,
# module globals written through globals(), dict subclasses, and ids handed out to objects first seen as keys.

class Node:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Node({self.v})"


class Name(str):
    def __eq__(self, other):
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class EqAll:
    __hash__ = object.__hash__

    def __eq__(self, other):
        return True


def store(d, keys, value):
    for k in keys:
        d[k] = value
    return d


def add(s, keys):
    for k in keys:
        s.add(k)
    return s


def run():
    out = []
    nodes = [Node(i) for i in range(20)]
    # new keys of each kind, then the same keys again (replaced, not added)
    d = store({}, ["a", "b", "a", 1, 2, 1, nodes[0], nodes[1], nodes[0]], "v1")
    out.append((len(d), list(d.values()).count("v1")))
    store(d, ["a", 2, nodes[1]], "v2")
    out.append([(k, v) for k, v in d.items()])
    s = add(set(), ["a", "b", "a", 1, 2, 1])
    add(s, nodes[:3] + nodes[:3])
    out.append((len(s), "a" in s, 2 in s, nodes[2] in s, nodes[3] in s))

    # a stored key that equals the new one by value: the stored key stays, the value is replaced
    d2 = {Name("x"): 0, 1.0: 0, True: 0, 10 ** 30: 0}
    store(d2, ["x", 1, 10 ** 30], "new")
    out.append([(type(k).__name__, k, v) for k, v in d2.items()])
    s2 = {Name("x"), 2.0, True}
    add(s2, ["x", 2, 1, 3])
    out.append(sorted((type(k).__name__, str(k)) for k in s2))

    # a stored object of the same hash that says it equals everything
    e = EqAll()
    d3 = {hash(e): "int"}
    store(d3, [e], "eq")
    out.append(list(d3.values()))
    s3 = {hash(e)}
    add(s3, [e])
    out.append(len(s3))

    # deleted entries and dummies on the probe, then the tables grow
    d4 = store({}, [f"k{i}" for i in range(8)], 0)
    for i in range(0, 8, 2):
        del d4[f"k{i}"]
    store(d4, [f"k{i}" for i in range(12)], 1)
    out.append(list(d4.items()))
    s4 = add(set(), list(range(8)))
    for i in range(0, 8, 2):
        s4.discard(i)
    add(s4, list(range(12)))
    out.append(sorted(s4))
    big = store({}, nodes, None)
    out.append((len(big), all(n in big for n in nodes), list(big)[:3]))

    # globals written through globals(): later reads see them
    g = globals()
    store(g, ["late_global"], "seen")
    out.append(late_global)

    # dict subclasses: plain, with __missing__, with their own __setitem__
    class Plain(dict):
        pass

    class Logged(dict):
        def __setitem__(self, k, v):
            dict.__setitem__(self, k, (v, "logged"))

    out.append(store(Plain(), ["p", 1], 0))
    out.append(store(Logged(), ["p", 1, nodes[0]], 0))

    # unhashable keys still raise
    for k in ([1], {2: 3}, {4}):
        try:
            store({}, [k], 0)
        except TypeError as exc:
            out.append(f"TypeError: {exc}")
        try:
            add(set(), [k])
        except TypeError as exc:
            out.append(f"TypeError: {exc}")
    # frozenset has no add; set.add on a frozenset is an error
    try:
        frozenset().add(1)
    except AttributeError as exc:
        out.append(f"AttributeError: {exc}")

    # ids handed out to objects first met as keys are unique
    fresh = [Node(i) for i in range(50)]
    seen = add(set(), fresh)
    out.append((len(seen), len({id(n) for n in fresh}), all(n in seen for n in fresh)))
    return out


for line in run():
    print(line)

# the same sites hot: counting words, a visited set of new objects, a memo of ints
words = [f"w{i % 37}" for i in range(1000)]
total = 0
for rep in range(200):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] = counts[w] + 1
        else:
            counts[w] = 1
    objs = [Node(i) for i in range(50)]
    visited = set()
    owner = {}
    for o in objs:
        visited.add(o)
        owner[o] = o.v
    squares = {}
    for i in range(rep, rep + 100):
        squares[i] = i * i
    ints = set()
    for i in range(100):
        ints.add(i % 60)
    total += len(counts) + counts["w3"] + len(visited) + sum(owner.values()) + len(squares) + len(ints)
print(total, run() == run())
