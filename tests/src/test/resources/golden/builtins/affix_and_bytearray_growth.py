# str.startswith/endswith with start and end (compared in place, no copy of the slice), and a bytearray grown in
# place by +=, append and extend (spare room kept between appends, exact bytes everywhere else)
s = "abc def, ghi; " * 50 + "😀x" + "tail"
for args in [("abc", 0), ("abc", 14), ("abc", 15), ("def", 4, 7), ("def", 4, 6), ("", 702), ("", 703), ("", 800),
             ("tail", -4), ("ta", -4, -2), ("😀", 700), ("😀x", 700, 702), ("x", 701), (("q", "gh"), 9), ("abc", -1000)]:
    print(args, s.startswith(*args), s.endswith(*args))
print(s.endswith("tail"), s.endswith("il", 0, 704), s.endswith("😀x", 0, 702), s.endswith("😀", 0, 701), s.endswith(("zz", "ta"), 0, -2))
print(sum(s.startswith(w, i) for i in range(len(s)) for w in ("abc", "ghi")))
try:
    s.startswith(1)
except TypeError as e:
    print(e)
b = bytearray(b"xy")
alias = b
b += b"z"
print(b, alias, b is alias)
b += bytes(b)
print(b, len(b))
for i in range(1000):
    b += b"ab"
    b.append(99)
    b.extend([100, 101])
    if len(b) % 7 == 0:
        b[0] = 65
print(len(b), b[:8], b[-6:], b.count(b"abc"), b.find(b"cd"), bytes(b[3:10]), b == alias, b.hex()[:20])
del b[0:5000]
print(len(b), b[:5], b.pop(), len(b))
b.extend(bytes(b))
b += bytearray(b"!")
print(len(b), b[-3:], b.startswith(b"b"), b.endswith(b"!"))
c = bytearray()
c += b"q" * 3
print(c, c * 2, c + b"r", b"r" + c)
t = b"ab"
u = t
t += b"c"
print(t, u, t is u)
try:
    b += "str"
except TypeError as e:
    print(e)
