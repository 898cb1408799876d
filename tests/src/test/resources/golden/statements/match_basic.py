# The match statement (PEP 634): literal, capture, wildcard, sequence, mapping, class, or and as patterns, guards.
def f(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | 2.5:
            return "float"
        case "s":
            return "str"
        case None:
            return "none"
        case True:
            return "true"
        case [a, b]:
            return f"pair {a} {b}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case (a, *_, b):
            return f"ends {a} {b}"
        case {"k": v, **others}:
            return f"map {v} {others}"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "other"

for v in [0, -1, 1.5, 2.5, "s", None, True, 1, [1, 2], (3, 4), [1, 2, 3], [5, 6, 7, 8], {"k": 1, "j": 2}, 500, "xyz", 3.0, False]:
    print(repr(v), "->", f(v))

match = 1
print(match)
def match(x): return x * 2
print(match(4))
case = [1, 2]
print(case[0], match(case))
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
match P(1, 2):
    case P(0, y):
        print("no")
    case P(x, y=2):
        print("P", x)
import collections
match collections.deque([1, 2]):
    case [p, q]:
        print("deque", p, q)
match "ab":
    case [x, y]:
        print("bad")
    case _:
        print("str is not a sequence")

# bindings happen only when the whole case matches
def unbound(name):
    try:
        eval(name)
        return "bound"
    except NameError:
        return "unbound"
match [5, 2]:
    case [aa, 1]:
        pass
    case _:
        print("aa is", unbound("aa"))
match (1, 2):
    case (1, bb) | (bb, 1):
        print("or-pattern bound", bb)
match (3, 1):
    case (1, bb) | (bb, 1):
        print("or-pattern second alternative", bb)
# the guard sees the bindings, which stay even when the guard fails
match 10:
    case cc if cc > 50:
        print("no")
    case _:
        print("after failed guard cc =", cc)
# as-patterns and nesting
match {"point": [1, (2, 3)], "tag": "t"}:
    case {"point": [int() as first, (y, z) as pair], "tag": ("t" | "u") as tag}:
        print(first, pair, y, z, tag)
# value patterns use ==, singletons use is
class Color:
    RED = 1
    GREEN = 2.0
for v in (1, 1.0, True, 2, 2.0):
    match v:
        case Color.RED:
            print(repr(v), "RED")
        case Color.GREEN:
            print(repr(v), "GREEN")
match 0:
    case False:
        print("0 is False?")
    case 0:
        print("0 is not False")
match 1:
    case True:
        print("1 is True?")
    case _:
        print("1 is not True")
# strings and bytes are literals, not sequences
for v in ("ab", b"ab", bytearray(b"ab"), ["a", "b"], range(2)):
    match v:
        case "ab":
            print("str literal")
        case b"ab":
            print("bytes literal", type(v).__name__)
        case [p, q]:
            print("sequence", type(v).__name__, p, q)
        case _:
            print("neither", type(v).__name__)
# star positions and lengths
for v in ([], [1], [1, 2], [1, 2, 3, 4]):
    match v:
        case []:
            print("empty")
        case [*only]:
            print("only", only) if len(only) < 2 else print("many", only)
        case _:
            print("unreachable?")
match [1, 2, 3, 4, 5]:
    case [first, *middle, last]:
        print(first, middle, last)
match (1, 2):
    case first, *rest:
        print("open sequence", first, rest)
# mappings: extra keys are ignored, **rest collects them; missing keys fail
for m in ({"x": 1}, {"x": 1, "y": 2, "z": 3}, {"y": 2}, {1: "one", None: "none", -2: "minus"}):
    match m:
        case {"x": x, **rest}:
            print("x", x, "rest", rest)
        case {1: one, None: n, -2: two}:
            print(one, n, two)
        case {}:
            print("any mapping", m)
import collections
match collections.defaultdict(list, {"a": 1}):
    case {"a": av, "b": bv}:
        print("defaultdict __missing__ was used", av, bv)
    case {"a": av}:
        print("defaultdict", av)
match collections.OrderedDict(k=1):
    case {"k": kv}:
        print("OrderedDict", kv)
from collections.abc import Mapping, Sequence
class MyMap(Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
match MyMap({"a": 1, "b": 2}):
    case {"a": 1, **kw}:
        print("Mapping subclass", kw)
class MySeq(Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return 3
match MySeq():
    case [0, *tail]:
        print("Sequence subclass", tail)
match 42:
    case [*_]:
        print("int is a sequence?")
    case {**kw}:
        print("int is a mapping?")
    case _:
        print("int is neither")
