# Iterating a str: Latin-1, other BMP characters and surrogate pairs (astral code points) one code point at a
# time, in for loops (compiled once hot), list/tuple/set/sorted/join consumers, next() and exhaustion
samples = ["", "a", "abc", "café", "naïve ÿ", "中文字", "😀", "a😀b", "😀😀", "x\u0100y", "\ud800", "a\udc00b", "é中😀z"]
for s in samples:
    print(repr(s), list(s), len(list(s)) == len(s), tuple(s) == tuple(c for c in s))
    out = []
    for c in s:
        out.append(ord(c))
    print(out, "".join(reversed(list(s))) == s[::-1])


def count_vowels(text):
    n = 0
    for ch in text:
        if ch in "aeiouéï":
            n += 1
    return n


text = "the quick brown fox jumps over the lazy dog, naïve café " * 50
total = 0
for _ in range(300):
    total += count_vowels(text)
print(total)
wide = "中文 😀 ok " * 40
print(sum(1 for _ in range(200) for c in wide if c == "😀"), sorted(set("hello wörld 😀")))
it = iter("a中😀")
print(next(it), next(it), next(it), next(it, "end"), list(it))
for c in "abc":
    if c == "b":
        break
else:
    print("no break")
print(c, list(enumerate("xy😀")), list(zip("ab", "中😀")), max("abzé"), min("中文"))


class S(str):
    pass


print(list(S("s😀b")), [c for c in S("ok")])
