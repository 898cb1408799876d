# str(x) at a call site: str and int as they are, a Python class's __str__ through a cached call (its non-str result,
# its recursion, a later change of it), the rest through the protocol
class A:
    def __str__(self): return "A!"
class B:
    def __str__(self): return 5
class C:
    def __repr__(self): return "C-repr"
class R:
    def __str__(self): return str(self)
class S(str):
    def __str__(self): return "S!"
print(str(A()), str(C()), str(7), str("x"), str(2**70), str(1.5), str(None), str(S("q")), str(b"b"), str([C()]))
try:
    str(B())
except TypeError as e:
    print(e)
try:
    str(R())
except RecursionError as e:
    print(str(e)[:60])
n = 0
for i in range(50000):
    n += len(str(A())) + len(str(i)) + len(str(C()))
print(n)
A.__str__ = lambda self: "changed"
print(str(A()))
