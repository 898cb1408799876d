# re: search/match/fullmatch, groups, named groups, Match and Pattern objects (python3's output)
import re

m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(1, 2), m.group("first", 2))
print(m["last"], m[0], m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(2), m.end("last"), m.span("first"))
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.string, m.re)
print(m.expand(r"\2, \1 (\g<first>) \g<0>"))
print(bool(m), type(m).__name__, isinstance(m, re.Match))

# unmatched groups, defaults, lastindex
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(2), m.lastindex)
print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex)
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").groupdict(), re.match(r"(?P<x>a)(?P<y>b)?", "a").groupdict(0))
print(re.match(r"(?P<x>a)", "a").lastgroup, re.match(r"(a)", "a").lastgroup, re.match("a", "a").lastindex)
for bad in (3, "nope", -1, 1.5):
    try:
        re.match(r"(a)", "a").group(bad)
    except IndexError as e:
        print("IndexError", e)

# match / fullmatch / search with pos and endpos
p = re.compile(r"\d+")
print(p.match("ab12cd"), p.match("ab12cd", 2), p.search("ab12cd34", 4), p.search("ab12cd", 3, 3))
print(p.fullmatch("123"), p.fullmatch("123a"), p.fullmatch("a123b", 1, 4), p.search("12", 5), p.search("12", -3))
print(re.compile("^a").search("ba", 1), re.compile("$").search("abc", 0, 2).span(), re.compile(r"b\b").search("abc", 0, 2))
print(p.search("x12", endpos=2), p.search("x12", pos=1, endpos=100).pos, p.search("x12", pos=1, endpos=100).endpos)

# Pattern attributes and repr
p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(-(\d\d))?")
print(p, p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
print(re.compile("a", re.I), re.compile("a", re.I | re.M | re.S), re.compile("a", re.A), re.compile("(?i)a").flags)
print(re.compile("x" * 300))
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), hash(re.compile("a")) == hash(re.compile("a")))
print(isinstance(p, re.Pattern), re.compile(p) is p, re.compile("abc") is re.compile("abc"))
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)

# findall / finditer
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w)=?", "ab="))
print(re.findall(r"(a)|(b)", "ab"), re.findall("", "abc"), re.findall(r"x*", "axxb"), re.findall(r"\b", "a b"))
print([m.span() for m in re.finditer(r"\w+", "one two  three")], [m.group() for m in re.finditer("x*", "axb")])
print(re.compile(r"\w").findall("abcdef", 2, 4), [m.span() for m in re.compile(r"\w").finditer("abcdef", 4)])

# syntax: lookaround, backrefs, non-greedy, classes, anchors, verbose, conditionals, atomic and possessive
print(re.search(r"(?<=abc)def", "abcdef"), re.search(r"(?<!a)b", "abcb"), re.search(r"a(?=b)", "acab"), re.search(r"a(?!b)", "abac"))
print(re.search(r"(\w)\1", "abccd"), re.search(r"(?P<c>\w)(?P=c)", "xyzzy"), re.search(r"<.*?>", "<a><b>"), re.search(r"<.*>", "<a><b>"))
print(re.findall(r"a{2,3}?", "aaaaaa"), re.findall(r"a{,2}", "aaa"), re.findall(r"[^a-c]+", "xxabcyy"), re.findall(r"[\]\-]", "a]-b"))
print(re.findall(r"^\w+$", "ab\ncd", re.M), re.findall(r"^\w+$", "ab\ncd"), re.search(r"b\Z", "ab\n"), re.search(r"b$", "ab\n").span(), re.search(r"\Aa", "ba"))
print(re.search(r"""(?x)
    (\d+)   # digits
    \s* [.] # a dot
""", "x 12 . y").groups())
print(re.match(r"(a)?(?(1)b|c)", "ab"), re.match(r"(a)?(?(1)b|c)", "c"), re.match(r"(?P<q>')?x(?(q)')", "'x'"))
print(re.match(r"(?>a+)a", "aaa"), re.match(r"(?>a+)b", "aab"), re.match(r"a++a", "aaa"), re.match(r"a*+b", "aab"), re.match(r"(?:ab)?+ab", "ab"))
print(re.match(r"a{2}+", "aaaa"), re.match(r"x{1,3}+x", "xxxx"), re.findall(r"\d?+", "12a"))
print(re.search(r"(?s).+", "a\nb"), re.search(r".+", "a\nb"), re.search(r"(?i:A)b", "ab"), re.search(r"(?i:A)b", "aB"))
print(re.search(r"[[:alpha:]]", "a:]"), re.search(r"\x41\u00e9\N{LATIN SMALL LETTER A}\101", "Aéaa"), re.search(r"\t\n", "a\t\n"))
print(re.search(r"(?#comment)ab", "ab"), re.match(r"(?:a|b)+c", "ababc").span(), re.match("(a*)*b", "aab").groups())

# unicode: \w \d \s with and without ASCII, astral characters
print(re.findall(r"\w+", "héllo wörld ñ_1 ٣"), re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"\d", "1٣۴"), re.findall(r"\d", "1٣۴", re.ASCII))
print(re.findall(r"\s", "a\u00a0b\u2003c d"), re.findall(r"\s", "a\u00a0b c", re.A), re.findall(r"\b\w", "don't stop"))
s = "a\U0001F600b\U0001F601c"
print(re.search("b", s).span(), re.findall(".", s), re.sub(".", "<\\g<0>>", s), re.split("b", s), re.search("\U0001F601", s).start())
print([m.span() for m in re.finditer(r"\w", s)], re.search(r"[\U0001F600-\U0001F64F]+", s), re.match(".(.)", s).span(1))
print(re.compile(r"c").search(s, 4), re.compile(r"\w").findall(s, 2))

# module cache and purge
re.purge()
print(re.compile("abc") is re.compile("abc"), re.escape("a.b*c d-e"), re.escape("\t\n/"), re.escape("ünï"))
print(re.Pattern.__name__, re.Match.__name__, re.error.__name__, re.error.__module__)
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
