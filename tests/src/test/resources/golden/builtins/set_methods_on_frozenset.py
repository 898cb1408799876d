# set's methods and slot wrappers called on a frozenset (or a frozenset subclass, or another object) raise TypeError
# and leave it unchanged; on a set subclass they work; set.add's kinds of element at one site.
for name in ("add", "discard", "remove", "pop", "clear", "update", "difference_update", "intersection_update",
             "symmetric_difference_update", "__ior__", "__iand__", "__isub__", "__ixor__", "__init__"):
    fs = frozenset({1, 2})
    m = getattr(set, name)
    args = {"add": (3,), "discard": (1,), "remove": (1,), "pop": (), "clear": (), "__init__": ([5],)}.get(name, ({9},))
    try:
        m(fs, *args)
        print(name, "ok", sorted(fs))
    except TypeError as e:
        print(name, "TypeError:", e)
class F(frozenset):
    pass
try:
    set.add(F(), 1)
except TypeError as e:
    print(e)
class S(set):
    pass
s = S()
set.add(s, 1); s.add("a"); s.add(s.__class__)
print(len(s), 1 in s, "a" in s)
t = set()
for v in (1, "x", None, 2.5, (1,), t.__class__, 1, "x"):
    t.add(v)
print(len(t))
for recv in (1, [1], {1: 2}):
    for name, args in (("add", (1,)), ("__ior__", ({1},)), ("__init__", ())):
        try:
            getattr(set, name)(recv, *args)
        except TypeError as e:
            print(e)
fs = frozenset({1, 2})
h = hash(fs)
try:
    set.add(fs, 3)
except TypeError:
    pass
print(sorted(fs), hash(fs) == h, fs == frozenset({1, 2}))
