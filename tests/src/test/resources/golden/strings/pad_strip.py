# strip/lstrip/rstrip, center/ljust/rjust, zfill, expandtabs.
s = "  \t padded text \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("--x--".lstrip("-")), repr("--x--".rstrip("-")))
print(repr("hi".center(8)), repr("hi".center(7, "*")), repr("odd".center(6, "-")), repr("long".center(2)))
print(repr("left".ljust(8, ".")), repr("right".rjust(8, ".")), repr("x".ljust(3)), repr("y".rjust(3)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)))
print(repr("\t".expandtabs(2)), repr("x\ny\tz".expandtabs(3)))
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.75)]
for name, qty, price in table:
    print(name.ljust(8) + str(qty).rjust(5) + f"{price:.2f}".rjust(7))
print("|" + "title".center(20, "=") + "|")
print(repr("   ".strip()), repr("".center(3, "x")))
