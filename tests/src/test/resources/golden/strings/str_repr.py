# repr and str of strings: quote choice and escaping.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "newline\n", "cr\r",
           "back\\slash", "\x00\x01\x1f", "\x7f", "caf\u00e9", "\u4e2d\u6587", "\U0001F600",
           "\u200b", "\ud800", "\xa0", "", "'", '"', "\u0085"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(str("x"), repr(repr("x")), str(["a", 'b"']), str(("it's",)))
print(repr(["\n", {"k\t": "v'"}]))
print("%r" % "a'b", f"{'q'!r}", "{!r}".format("z"))
print(ascii(["é", 1]), repr(b"\xe9'"), repr(b'"'), repr(b"'\""))
