# lower/upper/strip/replace(one char)/len/s[a:b] of str scan in compiled code and return the str itself when
# nothing changes; run in loops long enough to be compiled, against results made another way.
cases = ["", "abc", "ABC", "MiXeD 12!", "  pad\t\n", "\x1c\x1dx\x1e\x1f", "\u00e9T\u00c9", "\u0130i", "\u00df", "stra\u00dfe",
         "\ufb01", "\U0001f600A", "a\ud800b", "x.y,z.", "...", "\u2003 u \u3000", "\x85n\x85", "\u03a3\u03a3"]
bad = 0
for rep in range(300):
    for s in cases:
        if s.lower() != "".join(c.lower() for c in s) and "\u0130" not in s and "\u03a3" not in s:
            bad += 1
        if s.upper() != "".join(c.upper() for c in s):
            bad += 1
        if s.replace(".", "") != "".join(c for c in s if c != "."):
            bad += 1
        if len(s) != sum(1 for _ in s):
            bad += 1
        if s[:2] != "".join(list(s)[:2]) or s[1:] != "".join(list(s)[1:]) or s[-2:] != "".join(list(s)[-2:]):
            bad += 1
        st = s.strip()
        if st and (st[0].isspace() or st[-1].isspace()):
            bad += 1
print("mismatches", bad)
for s in cases:
    print(ascii(s), ascii(s.lower()), ascii(s.upper()), ascii(s.strip()), ascii(s.replace(".", "-")),
          ascii(s.replace("A", "")), len(s), ascii(s[:2]), ascii(s[1:3]), ascii(s[-1:]), ascii(s[:]))
long = "ab\U0001f600" * 40
print(len(long), len(long * 2), ascii(long[:4]), len("x" * 65), len("x" * 64))


class S(str):
    pass


t = S("AbC d.")
print(t.lower(), t.upper(), t.strip(), t.replace(".", "!"), len(t), t[:2], type(t.lower()).__name__, type(t[:]).__name__)
for args in [(".",), (".", 1), (1, "x"), (".", "x", "2"), ("", "-"), (".", "", 0), (".", "+", 1)]:
    try:
        print(args, "a.b.c".replace(*args))
    except TypeError as e:
        print(args, "TypeError", e)
for bad_arg in [1, b" ", [" "]]:
    try:
        " x ".strip(bad_arg)
    except TypeError as e:
        print("strip", e)
print(" xyx ".strip(" x"), "xyx".strip(None), "".strip(), " ".strip() == "")

# replace(one char, at most one char) and lower() of ASCII with capitals build Latin-1 results in compiled code;
# anything beyond U+00FF (in the str, the old or the new character) takes the general path
latin = ["x.y,z.", "caf\u00e9.", "\u00ff.\u00fe", "\u0100.x", "a.\u20acb", "THE End.", "\u00c9T\u00c9.", "A.B" * 30, ".", ""]
mism = 0
for rep in range(400):
    for s in latin:
        for old, new in ((".", ""), (".", "!"), (".", "\u00e9"), (".", "\u20ac"), ("\u00e9", "e"), ("\u0100", "."), ("\u20ac", "")):
            if s.replace(old, new) != new.join(s.split(old)):
                mism += 1
        if s.lower() != "".join(c.lower() for c in s):
            mism += 1
print("latin-1 mismatches", mism)
for s in latin[:8]:
    print(ascii(s.replace(".", "")), ascii(s.replace(".", "\u00e9")), ascii(s.replace(".", "\u20ac")), ascii(s.lower()))
