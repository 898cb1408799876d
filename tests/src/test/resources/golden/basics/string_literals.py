# All string literal forms and escape sequences.
print(repr('single'), repr("double"))
print(repr('it\'s'), repr("say \"hi\""), repr("it's"), repr('say "hi"'))
print(repr('''triple
single'''))
print(repr("""triple "double" with 'quotes'
second line"""))
print(repr("tab\there"), repr("nl\nhere"), repr("back\\slash"))
print(repr("\x41\x42\x43"), repr("\u00e9"), repr("\u20ac"), repr("\U0001F600"))
print(len("\U0001F600"), len("\u00e9"))
print(repr("\101\102\103"), repr("\0"), repr("\7"), repr("\177"))
print(repr("\a\b\f\v\r"))
print(repr("\N{LATIN SMALL LETTER E WITH ACUTE}"))
print(repr(r"raw\n\t\\"), repr(R"RAW\x41"))
print(repr(b"bytes\x00\xff"), repr(B"ABC"))
print(repr(rb"raw\nbytes"), repr(br"\x41"), repr(Rb"x\y"), repr(bR"a\b"))
print(repr(b'\101\n'))
name = "world"
print(f"hello {name}", F"upper {name!r}", rf"raw {name}\n", fr"\t{name}")
print("implicit" " " 'concat' """enation""")
print(b"by" b"tes")
print(repr("mixed" f"-{1 + 1}-" "end"))
print(repr(''), repr(""), repr(''''''), repr(b''))
print("unknown escape \d stays", len("\d"))
print('\'' + "\"")
print("""a\
b""")
s = "line1\
line2"
print(s)
print(repr('\u00e9t\u00e9'), '\u00e9t\u00e9')
print(repr("\x7f\x80\xa0"), repr("\u2028"))
print(repr("quote ' and \" both"))
