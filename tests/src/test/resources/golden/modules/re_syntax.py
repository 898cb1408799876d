# re: 50 corner cases of syntax and semantics (case folding, lookbehind, nested quantifiers, verbose, inline flag groups, \\b in Unicode and ASCII modes) (python3's output)
import re
cases = [
    (r"(?P<naïve>\w+)", "héllo"), (r"(?P<a>x)|(?P=a)", "x"), (r"a{,2}?b", "aab"), (r"\z", "a"), (r"(?u)a", b"a"),
    (r"(?i)[Z-a]", "_"), (rb"\d+", b"12\xd9\xa3"), (r"(?i)[^k]", "\u212a"), (r"(?i)k", "\u212a"), (r".", "\U0001F600"),
    (r"\Bb", "ab"), (r"(?s:.)(?-s:.)", "\n\n"), (r"(?m:^b)", "a\nb"), (r"(a|b)*?c", "ababc"), (r"a{1000}", "a" * 1000),
    (r"(?x)a b c", "abc"), (r"(?x)[a b]", " "), (r"(?i)ΣΑΣ", "σας"), (r"(?i)ß", "SS"), (r"(?i)ﬀ", "FF"), (r"\u0041\U00000042", "AB"),
    (r"[\d\s]+", "1 2\t3"), (r"(?a)[\w]+", "abc_é"), (r"\s+", "\x1c\x1d\x1e\x1f\x85"), (r"(?a)\s+", "\x1c\x1d\x85 "),
    (r"^(?:(a)|b)+$", "ab"), (r"(a)|(b)", "b"), (r"(?:(a)|(b))+", "ab"), (r"(?=a)*", "a"), (r"a**", "a"), (r"x*+?", "x"),
    (r"(?<=\d{2})x", "12x"), (r"(?<=a|bc)x", "bcx"), (r"(?<!^)x", "xx"), (r"\1", "a"), (r"(a)(?P<b>b)\2", "abb"),
    (r"[[:digit:]]", "1"), (r"\b\w+\b", "ça va"), (r"(?a)\b\w+\b", "ça va"), (r"[^\W\d_]+", "ab1_cd"), (r"(?i)[a-z]+", "ABCdef"),
    (r"\N{EM DASH}", "\u2014"), (r"[\N{EM DASH}-\N{HORIZONTAL BAR}]", "\u2015"), (r"(?i)\u0130", "i\u0307"), (r"(?i)i", "\u0130"),
    (r"a(?#x)b", "ab"), (r"(?i:a(?-i:b))", "Ab"), (r"(?i:a(?-i:b))", "AB"), (r"$", "a\n"), (r"\n$", "a\n\n"),
]
for p, s in cases:
    try:
        m = re.search(p, s)
        print(repr(p), m and (m.span(), m.groups(), m.lastindex))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
print(re.findall(r"(?i)ß", "SS ß ẞ"), re.sub(r"(?i)straSSe", "X", "Straße strasse"), re.split(r"(?<=,)", "a,b,c"))
