# fnmatch.translate: CPython's regular expressions for shell patterns, and matching with them (python3's output)
import fnmatch
import re

patterns = ["*.py", "a?c", "*", "**", "", "[abc]", "[!abc]", "[a-z]*", "[z-a]", "[!]", "[]]", "[!]]", "[a-]", "[-a]",
            "[a-c-e]", "[\\]", "[&&]", "[a~|b]", "[^x]", "[[]", "a*b*c", "*a*", "x[", "a.b+c(d)", "[a-b-c]", "[!a-z]x*",
            "[c-a-f]", "f*o*o", "*.tar.gz", "[!-]", "[--0]", "é*"]
for p in patterns:
    r = fnmatch.translate(p)
    print(repr(p), repr(r))
names = ["a.py", "abc", "b.txt", "x.tar.gz", "]", "-", "aXbYc", "foo", "é1", "a-", "[x"]
for p in patterns:
    rx = re.compile(fnmatch.translate(p))
    print(repr(p), [n for n in names if rx.match(n)], fnmatch.filter(names, p) == [n for n in names if rx.match(n)])
