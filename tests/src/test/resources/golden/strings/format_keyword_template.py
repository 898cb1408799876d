# str.format with keyword fields at one site (a constant format string parsed once): names looked up in the
# call's keywords, mixed with positional fields, conversions and specs; missing names, attribute and index parts,
# and names that are not identifiers as CPython
kw = {"a": 1, "b": "two", "c": 3.5}
for i in range(3):
    print("{a}-{b}".format(**kw), "{a!r}|{b!r}|{c:>6.2f}".format(**kw), "{0}/{a}/{}".format("x", "y", a=i) if False else "",
          "{}:{a}".format(i, a="k"), "{b}{b}".format(b=i), "{a-b}".format(**{"a-b": 5}), "{ä}".format(ä="umlaut"))
try:
    "{a}{missing}".format(a=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{a}".format(1)
except KeyError as e:
    print("KeyError", e)
try:
    "{}{a}{0}".format(1, a=2)
except ValueError as e:
    print("ValueError:", e)


class P:
    x = 7


print("{p.x}|{d[k]}".format(p=P(), d={"k": "v"}), "{0}{a}".format("z", a="w"), "{a:{w}}".format(a="q", w=4))
print("{a}".format(**{"a": P}).startswith("<class"), "{a!s:>4}".format(a=12), "{a:x}".format(a=255))


def many():
    t = 0
    for i in range(30000):
        t += len("{a}-{b}".format(a=i, b="x")) + len("{n:>5}".format(n=i))
    return t


print(many())
