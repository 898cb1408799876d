# re: sub/subn/split with templates, callables, counts and empty matches (3.7+ semantics) (python3's output)
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<a>x)", r"[\g<a>\g<0>\g<1>]", "axbxc"), re.sub("a", r"\n\t\\", "bab"), re.sub("a", r"\&\-", "a"))
print(re.sub("(a)|b", r"[\1]", "ab"), re.sub("(a)", r"\0101\07", "a"), re.sub("(a)" * 11, r"\11", "a" * 11), re.sub("(a)", r"\g<1>0", "a"))
print(re.subn("a", lambda m: m.group().upper(), "banana"), re.sub("a", lambda m: None, "banana"), re.sub(r"\d", lambda m: str(int(m[0]) * 2), "a1b2c3"))
print(re.sub("a", "x", "aaaa", 2), re.sub("a", "x", "aaaa", count=3), re.subn("a", "x", "aaaa", 0), re.subn("z", "x", "aaaa"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub(r"\b", "|", "ab cd"), re.sub("x*", "-", ""), re.subn(r"(?=b)", "^", "abab"))
print(re.sub(r"^", ">", "a\nb\nc", flags=re.M), re.sub(r"$", "<", "a\nb\n", flags=re.M), re.sub("a|", "-", "bab"))
print(re.compile(r"\s+").sub(" ", "a  b \t\n c"), re.compile("o").subn("0", "foo boo", 3))
print(re.sub("(?P<w>\\w+)", lambda m: m.group("w")[::-1], "abc def"), re.sub("a", "\u00e9", "bab"))
print(re.sub(".", lambda m: "<%d>" % m.start(), "abc"), [m.pos for m in [re.compile("b").search("abc", 1)]])

calls = []
def record(m):
    calls.append((m.span(), m.pos, m.endpos, m.string, m.re.pattern, m.lastindex))
    return ""
re.sub(r"(b)|c", record, "abcb")
print(calls)

# split
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."), re.split(r"\W+", "Words, words, words.", 1))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE), re.split(r"(\W+)", "...words, words..."), re.split(r"\W*", "...words..."))
print(re.split(r"(\W*)", "...words..."), re.split("x*", "axbc"), re.split("", "abc"), re.split(r"\b", "a b"), re.split("(a)|b", "xaybz"))
print(re.split("a", ""), re.split("", ""), re.split("a", "bbb"), re.split("(?m)^", "a\nb\n"), re.compile(",").split("1,2,3", maxsplit=-1))
print(re.split(",", "1,2,3", maxsplit=5), re.split("(,)", "1,2,3", 1))

# finditer with empty matches
print([(m.span(), m.group()) for m in re.finditer(r"\w*", "ab cd")], [m.span() for m in re.finditer("", "ab")])

# Match.expand and template errors
m = re.match(r"(?P<a>\w)(\w)?", "x")
print(repr(m.expand(r"[\1|\2|\g<a>]")), m.expand("plain"), m.expand(r"\\n"))
for template in [r"\3", r"\g<b>", r"\g<a", r"\g<>", r"\g", "\\", r"\q", r"\g<1a>", r"\777", r"\g<-1>", r"\g<", r"\x41"]:
    try:
        print(repr(re.sub(r"(?P<a>a)(b)", template, "ab")))
    except re.error as e:
        print(repr(template), "error:", e, "| pos", e.pos)
    except IndexError as e:
        print(repr(template), "IndexError:", e)
for repl in [1, b"x"]:
    try:
        re.sub("a", repl, "a")
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError", type(e).__name__)
