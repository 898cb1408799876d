class A:
    def f(self, x): return ("A.f", x)
    @classmethod
    def c(cls): return ("A.c", cls.__name__)
    @staticmethod
    def s(y): return ("A.s", y)
    p = property(lambda self: "A.p")
class B(A):
    def f(self, x): return ("B", super().f(x))
    @classmethod
    def c(cls): return ("B", super().c())
    def s2(self): return super().s(3)
    def pp(self): return super().p
    def cl(self): return super().__class__
    def missing(self): return super().nothere
    def init(self): return super().__init__()
for i in range(3):
    b = B()
    print(b.f(1), B.c(), b.c(), b.s2(), b.pp(), b.cl(), b.init())
    try: b.missing()
    except AttributeError as e: print(e)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2); print(e.args, e.b, repr(e))
def g():
    super = lambda *a: print("my super", a) or A()
    class C(A):
        def f(self, x): return super().f(x)
    return C().f(5)
print(g())
class D(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
d = D(); d[1] = 2; print(d)
def kw(**k): return k
print(kw(), kw(a=1))
x = {}; x[1]=2; print(x, len({}), {} == {}, dict())
