# re: odd arguments (huge positions, float counts, unknown flag bits, str flags), lookahead captures, copy and pickle of patterns (python3's output)
import re
tests = [
    lambda: re.compile("(?L)a"),
    lambda: re.search("\ud800", "a\ud800b"),
    lambda: re.findall(".", "a\ud800\U0001F600"),
    lambda: re.compile("a", 1 << 20),
    lambda: re.compile("a", "x"),
    lambda: re.search("(a)", "a").group(2**70),
    lambda: re.search("a", "a", pos=1) if False else re.compile("a").search("aa", 2**70),
    lambda: re.compile("a").search("aa", -2**70),
    lambda: re.compile("a").search("aa", 1.5),
    lambda: re.sub("a", "b", "aaa", count=1.5),
    lambda: re.split("a", "bab", maxsplit="x"),
    lambda: re.compile("(?P<n>a)").sub(r"\g<n>\g<n>", "xa"),
    lambda: re.compile(r"(?i)ſ").match("S"),
    lambda: re.fullmatch(r"(?:a|ab)(?:c|bcd)(d*)", "abcd"),
    lambda: re.match(r"(?=(a+))a*b\1", "baaabac"),
    lambda: re.search(r"(?=(a+))a*b\1", "baaabac"),
    lambda: re.compile("x").search(bytearray(b"x")),
    lambda: re.escape(1),
    lambda: re.compile("a").__class__.__name__,
    lambda: [re.compile("a", re.T), re.template("a")],
    lambda: copy_test(),
]
def copy_test():
    import copy, pickle
    p = re.compile("(a)b", re.I)
    m = p.match("AB")
    return copy.copy(p) is p, copy.deepcopy(m) is m, pickle.loads(pickle.dumps(p)) == p
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

# re.Scanner (undocumented)
scanner = re.Scanner([
    (r"[a-z_]\w*", lambda s, tok: ("name", tok)),
    (r"\d+(?:\.\d*)?", lambda s, tok: ("number", tok, s.match.span())),
    (r"[+*/-]", lambda s, tok: ("op", tok)),
    (r"\s+", None),
])
print(scanner.scan("x1 + 42 * 3.5 - y ?rest"))
print(re.Scanner([("a", "A"), ("b", None)]).scan("abac"))

# finditer and scanner report the pos they were asked from
print([(m.pos, m.endpos, m.span()) for m in re.compile(r"\w").finditer("ab cd", 1)])
sc = re.compile(r"\w*").scanner("ab cd", 1, 4)
print([(m.pos, m.endpos, m.span()) for m in iter(sc.search, None)], sc.pattern.pattern)
sc = re.compile(r"\w").scanner("ab cd")
print(sc.match(), sc.match(), sc.match(), sc.search())
