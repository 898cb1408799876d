# re: bytes patterns on bytes and bytearray subjects (python3's output)
import re

print(re.search(rb"(\w+)@(\w+)", b"mail: joe@example now"), re.findall(rb"\d+", b"a1b22"), re.findall(rb"(a)(b)?", bytearray(b"ab a")))
print(re.sub(rb"(\w)(\d)", rb"\2\1", b"a1 b2"), re.subn(b"a", b"\\n", b"banana"), re.split(rb"\s+", b"a b  c"), re.split(rb"(,)", bytearray(b"1,2")))
print(re.sub(b"a", lambda m: m.group().upper(), b"banana"), re.sub(b"x*", b"-", b"abxd"), re.sub(b"a", bytearray(b"z"), b"aa"))
m = re.match(rb"(?P<k>\w+)=(?P<v>\w*)", b"key=value")
print(m, m.groupdict(), m.group(1, 2), m.span("v"), m.expand(rb"\g<v>:\g<k>"), m.re, m.string)
m = re.match(rb"(a)(b)", bytearray(b"abc"))
print(m.group(0), m.group(1), type(m.group(0)).__name__, type(m.string).__name__, m.groups())
print(re.findall(rb"\w", b"a\xe9_1"), re.findall(rb"\w", b"a\xe9", re.A), re.findall(rb"[\x80-\xff]", b"a\xe9\xff"))
print(re.search(rb"(?i)\xc9", b"\xe9"), re.search(rb"(?i)A", b"a"), re.search(rb"\s", b"a\x0bb"), re.escape(b"a.b\xff"))
print(re.compile(b"a"), re.compile(rb"\d", re.I), re.compile(b"a").flags, re.compile(b"a", re.A).flags, re.compile(b"(?L)a").flags & re.LOCALE)
print(re.fullmatch(b"a+", b"aaa"), re.fullmatch(b"a+", b"aab"), re.compile(b"b").search(b"abc", 1, 2), [m.span() for m in re.finditer(b"", b"ab")])
