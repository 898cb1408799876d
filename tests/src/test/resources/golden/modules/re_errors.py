# re: re.error messages and positions for invalid patterns, TypeErrors and ValueErrors (python3's output)
import re

patterns = [
    "(", "(abc", "abc)", "*", "a**", "+a", "?", "a{2,1}", "[a", "[b-a]", "[]", r"\1(a)", r"(a)\2",
    "(?P<1>a)", "(?P<a>x)(?P<a>y)", "(?P<a", "(?P=b)", "(?<=a+)b", "(?<!a*)b", r"\k", "(?z)", "(?", "a{1", 
    "(?i", "(?-i)", "x{4294967296}", "(?i-i:a)", "(?(2)a|b)", "(?(a)b)", "a|*", r"\p{L}", "\\", "[\\", r"\x4", r"\u12", r"\N{NOPE}", r"\N",
    "(?P<a>)(?P=a", "(?#abc", "(?<a>b)", "(?a)(?u)", "a(?i)b", "(?x)[a", "abc\n(", "ab\ndef(",
]
for p in patterns:
    try:
        c = re.compile(p)
        print(repr(p), "ok", c.groups)
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, "|", e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p, flags in [("a", re.LOCALE), (b"a", re.UNICODE), ("a", re.ASCII | re.UNICODE), (b"a", re.ASCII | re.LOCALE)]:
    try:
        re.compile(p, flags)
    except ValueError as e:
        print("ValueError", e)

for call in [lambda: re.search("a", b"a"), lambda: re.search(b"a", "a"), lambda: re.findall("a", b"a"),
             lambda: re.sub(b"a", b"b", "a"), lambda: re.split("a", b"a"), lambda: re.search("a", 1),
             lambda: re.compile(1), lambda: re.search("a", None), lambda: re.compile("a").match("a", "x"),
             lambda: re.compile(b"a").fullmatch(bytearray(b"a")).group(), lambda: re.compile(b"(a)").match(b"ab", "1")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)

e = re.error("custom")
print(e, e.msg, e.pattern, e.pos, e.lineno)
e = re.error("custom", "ab\ncd", 4)
print(e, e.pos, e.lineno, e.colno, isinstance(e, Exception), hasattr(re, "PatternError"))
