# s.split() and s.split(sep) without maxsplit run in compiled code (scan compiled, substrings behind a boundary);
# f-string fields of a str or an int skip format(). Run in loops long enough to be compiled, compared with
# results made another way.
import sys

cases = ["", " ", "  a  ", "a", "a b", " a\tb\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x1fj ", "x\x85y\xa0z\u2003w\u3000v\u2028u",
         "no-space", "trailing   ", "   leading", "a\u00e9 \u00ff b", "\U0001f600 \U0001f601x", "\ud800 lone"]
seps = ["\n", ",", "ab", "\u00e9", "\U0001f600", "  "]
texts = ["", "\n", "a\nb\n", "\n\nx", "a,b,,c,", "abab", "xaby", "\u00e9\u00e9", "q\U0001f600r\U0001f600", "a  b    c", "ab"]


def words(s):
    out, cur, inw = [], [], False
    for ch in s:
        if ch.isspace():
            if inw:
                out.append("".join(cur))
                cur, inw = [], False
        else:
            cur.append(ch)
            inw = True
    if inw:
        out.append("".join(cur))
    return out


def parts(s, sep):
    out, i = [], 0
    while True:
        j = s.find(sep, i)
        if j < 0:
            out.append(s[i:])
            return out
        out.append(s[i:j])
        i = j + len(sep)


bad = 0
for rep in range(300):
    for s in cases:
        r = s.split()
        if r != words(s) or type(r) is not list:
            bad += 1
        r2 = s.split(None)
        if r2 != r:
            bad += 1
    for t in texts:
        for sep in seps:
            if t.split(sep) != parts(t, sep):
                bad += 1
print("mismatches", bad)
for s in cases:
    print(repr(s), s.split())
for t in texts:
    print(repr(t), [t.split(sep) for sep in seps])

# errors and the other paths beside the compiled ones
for args in [("",), (1,), (None, 1), (" ", -1), ("x", "1")]:
    try:
        print(args, "a b x c".split(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    "a".split(sep=3)
except TypeError as e:
    print(e)


class S(str):
    pass


print("a S b".split(S(" ")), S("p q").split(), type(S("p q").split()[0]).__name__)
print(S("-").join([S("a"), "b"]), "a.b".replace(S("."), S("+")), "abc".find(S("c")), "abc".startswith(S("a")))

# f-string fields: str, int, bool, float, big int, None, a str subclass, conversions
n, big, neg = 7, 2 ** 80, -12
acc = []
for i in range(400):
    acc.append(f"{i}:{'w'}{n}|{neg}|{big}|{True}|{1.5}|{None}|{S('s')}|{i!s}|{i!r}|{'q'!r}|{'q'!s}|{i:3}")
print(acc[0], acc[399], len(set(acc)), sep="\n")
print(f"{1023}{1024}{-1}{0}")
