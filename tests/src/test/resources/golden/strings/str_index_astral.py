# Indexing, slicing, len and search positions in long strings with characters outside the BMP (two UTF-16 chars in
# auditpy's strings): code point positions around the index's checkpoints (every 64 code points), from both ends,
# and re positions in the same strings.
import re

s = "héllo wörld ✓ 😀 abc " * 5000
print(len(s), s[0], s[13], s[14], s[15], s[-1], s[-3], s[len(s) // 2], s[99999])
print(s[10:20], s[-25:-5], s[5:60:7], s[14:16], s[::50000])
print(s.find("😀", 100), s.index("abc", 50000), s.rfind("✓"), s.count("😀"))
m = re.compile("😀 (a)").search(s, 70000)
print(m.start(), m.end(), m.span(1), m.group())
print(sum(1 for i in range(0, len(s), 3) if s[i] == "😀"))

u = "x" * 100 + "😀" * 3 + "y" * 100
print(len(u), u[99:104], u[100], u[102], u[103], u.find("y"), u[-1])
for k in (0, 63, 64, 65, 100, 101, 102, 103, 127, 128, 129, 202):
    print(k, u[k], u[k:k + 2], len(u[:k]), u.find(u[k], k))
v = "😀" * 200
print(len(v), v[63] == v[64] == v[199], len(v[64:128]), v[-64:] == "😀" * 64)
w = "a😀" * 100
print(len(w), w[127], w[128], w[129], w[64:70], [m.start() for m in re.finditer("😀a", w)][:5], w.rindex("a😀"))
# slices of long strings with bounds past the first 64 chars, before and after an astral character
x = "a" * 100 + "😀" + "b" * 100 + "c"
print(x[70:110], x[99:102], x[101:150], x[180:], len(x[:100]), x[100:101] == "😀", x[-3:])
print([x[i:i + 1] for i in range(98, 103)], x[195:][:3])
