# upper, lower, title, capitalize, swapcase, casefold and predicates.
words = ["hello world", "HELLO", "MiXeD cAsE", "o'neil's cat", "123abc", "ß straße", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), sep=" | ")
samples = ["123", "12.5", "abc", "abc123", "ABC", "abc ", "   ", "", "Title Case", "\t\n", "½", "١٢٣"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isdecimal(), s.isnumeric())
print("Hello".startswith("He"), "Hello".startswith(("x", "H")), "Hello".endswith("lo"),
      "Hello".endswith("l", 0, 4), "Hello".startswith("l", 2))
print("ident_1".isidentifier(), "1abc".isidentifier(), "abc".isascii(), "é".isascii())
print("Straße".upper(), "İ".lower() == "i̇", "ǅ".title())
