# dict.popitem in a loop (entries already popped are not walked again), mixed with inserts and deletes; str
# slices with steps (reversal) and one-character replace on long strings
d = dict.fromkeys(range(100000))
popped = [d.popitem() for _ in range(50000)]
print(len(d), popped[:3], popped[-1])
d[-1] = "new"
print(d.popitem(), d.popitem(), len(d))
del d[0]
d["k"] = "v"
for _ in range(10):
    d.popitem()
print(len(d), list(d.items())[-3:])
while d:
    d.popitem()
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
d.update(a=1, b=2)
print(d.popitem(), d)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __repr__(self):
        return "K(%r)" % self.v
e = {K(1): 1, K(2): 2}
print(e.popitem(), len(e))
s = "abc déf, ghi; " * 10000
print(s[::-1][:20], len(s[::-1]), s[::-3][:10], s[5:100:7], s[::-1] == "".join(reversed(s)))
t = "x😀y" * 3
print(t[::-1], t[::2], t[-1::-2])
print(s.replace("z", "") is s, len(s.replace(";", "")), s.replace(";", ":")[:30], s.replace("é", "e")[:16])
