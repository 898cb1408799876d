# re: flag constants, RegexFlag repr, inline flags, IGNORECASE (also non-ASCII), MULTILINE, DOTALL, VERBOSE, ASCII
import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.I | re.M, re.A | re.I | re.X)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L), re.I == 2, re.I | 8 == 10, re.I + 1)
print(repr(re.I | 1024), f"{re.I}", "%d" % re.M, format(re.S, "x"), re.I.name, re.I.value, (re.I | re.S).name, isinstance(re.I, int))
print(re.compile("a", re.I | re.M).flags, re.compile("a").flags, re.compile("(?s)a").flags, re.compile("(?x) a").flags, re.compile("(?a)a").flags)
print(re.compile("a", re.X | re.S), re.compile("(?im)a"), re.compile("a", re.U), re.compile("a", 0), re.compile("a", re.DEBUG & 0))

# IGNORECASE
print(re.findall("(?i)straße", "STRASSE Straße STRAßE"), re.search("é", "CAFÉ", re.I), re.search("ǅ", "ǆ", re.I), re.search("σ", "Σς", re.I))
print(re.findall("[a-z]+", "Hello WORLD", re.I), re.findall("k", "K\u212a", re.I), re.findall("k", "K\u212a", re.I | re.A), re.search("ı", "I", re.I))
print(re.findall(r"(?i)[^a]", "aAbB"), re.match(r"(?i)(a)\1", "aA"), re.match(r"(?i:a)A", "aa"), re.match(r"a(?i)", "A") if False else None)

# MULTILINE, DOTALL, anchors
text = "first line\nsecond line\n\nlast"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M), re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.M))
print(re.findall(r"^$", text, re.M), re.search(r"line.second", text), re.search(r"line.second", text, re.S).span(), re.findall(r"(?ms)^.", "a\nb"))
print(re.search(r"\Alast", text, re.M), re.search(r"last\Z", text), re.search(r"^last$", text, re.M).span(), re.findall(r"$", "a\n"), re.findall(r"\Z", "a\n"))

# VERBOSE
phone = re.compile(r"""
    (\d{3})   # area code
    [-\ ]?    # optional separator (escaped space)
    (\d{4})   # number
    [#]x      # a hash in a class is literal
""", re.VERBOSE)
print(phone.match("555 1234#x").groups(), phone.match("5551234#x").span(), re.match("(?x) a b # c", "ab"), re.match("(?x)a\\ b", "a b"))

# ASCII vs Unicode classes
print(re.findall(r"\w+", "naïve café 123"), re.findall(r"\w+", "naïve café 123", re.A), re.findall(r"(?a)\b\w+\b", "naïve"))
print(re.findall(r"\d+", "12٣٤ ５"), re.findall(r"\D+", "a١b", re.A), re.findall(r"\W", "é!", re.A), re.findall(r"\S+", "a\u3000b"))
print(re.findall(r"[\w-]+", "a-b é-f"), re.search(r"\bé", " é"), re.search(r"\bé", " é", re.A))
