# ASCII whitespace fast paths of split/strip (and the Unicode whitespace beside them), join, f-strings of 2-5 parts,
# enumerate stepped by a for loop (index near and past the long range, shared iterator, non-pair targets)
import sys
print("  a\tb \x1c c\x85d\xa0e\u2003f  ".split())
print("  a b  c  ".split(None, 1), "  a b  c  ".rsplit(None, 1), "a b c".rsplit(maxsplit=0), "".split(), "   ".rsplit())
print(" \x1f x \x0b".strip(), repr("\x85 y\u3000".strip()), "a,b,,c".split(","))
for i, w in enumerate(["x", "y", "z"], sys.maxsize - 1):
    print(i, w)
for t in enumerate("ab"):
    print(t)
e = enumerate("abcd")
for i, w in e:
    print(i, w, next(e))
for i, w in enumerate("ab", 2**70):
    print(i, w)
for i, w in enumerate(iter([(1, 2)])):
    print(i, w)
g = (x for x in "pq")
for i, w in enumerate(g, start=-3):
    print(i, w)
n = 5
print(f"{n}", f"{n}:{n}", f"a{n}b{n}", f"{n}{n}{n}{n}{n}", f"{'x'}")
print("-".join(["a", "b"]), "".join([]), ",".join("xyz"), "+".join(("u",)))
try:
    ",".join(["a", 1])
except TypeError as ex:
    print(ex)
for i, (a, b) in enumerate([(1, 2)]):
    print(i, a, b)
