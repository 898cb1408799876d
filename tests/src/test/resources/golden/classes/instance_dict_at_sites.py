# attribute reads and writes of instances whose __dict__ was materialized (vars, __dict__ assignment, copy.copy):
# the dict's entries, then the class's attributes; a str subclass or non-str key in the dict
import copy
class P:
    k = "class"
    def m(self): return self.x
    @property
    def pr(self): return "prop"
class N:
    __slots__ = ("a",)
class E:
    def __init__(self): self.x = 1
p = P(); p.x = 1; p.y = 2
d = p.__dict__
print(sorted(d), p.x, p.k, p.m(), p.pr)
d["x"] = 10; p.z = 3
print(p.x, p.z, d, vars(p) is d)
p.k = "inst"; print(p.k, P.k)
del d["k"]; print(p.k)
p.__dict__ = {"x": 99}
print(p.x, hasattr(p, "y"), getattr(p, "y", "none"))
try:
    p.nope
except AttributeError as e:
    print(e)
q = copy.copy(p); q.x = 5
print(p.x, q.x, q.__dict__)
class S(str): pass
p.__dict__[S("x")] = 7
print(p.x)
p.__dict__[1] = 2
print(p.x, p.__dict__)
n = 0
e = E(); e.__dict__
for i in range(40000):
    e.x = i
    n += e.x + (e.y if hasattr(e, "y") else 0)
    if i == 30000:
        e.y = 1
print(n, e.__dict__)
