# super(C, obj).name with two names in a function: looked up without a super object when super is the builtin;
# classmethods, staticmethods, properties, class attributes, errors and a rebound super as in CPython
class A:
    def m(self, x):
        return ("A.m", x)
    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)
    @staticmethod
    def s(y):
        return ("A.s", y)
    @property
    def p(self):
        return "A.p"
    v = 10
class B(A):
    def m(self, x):
        return ("B.m", super(B, self).m(x), super(A, self).__class__.__name__)
    def get(self):
        return super(B, self).p, super(B, self).v, super(B, self).c(), super(B, self).s(3)
class C(B):
    def m(self, x):
        return ("C.m", super(C, self).m(x))
    def skip(self):
        return super(B, self).m(0)
c = C()
print(c.m(1), c.get(), c.skip())
def f(cls, obj, name):
    return getattr(super(cls, obj), name)
print(f(C, c, "m")(5))
def g(cls, obj):
    return super(cls, obj).m(7)
for args in [(C, c), (B, c), (A, c), (B, A()), (1, c), (C, C)]:
    try:
        print(g(*args))
    except Exception as e:
        print(type(e).__name__, e)
def h(obj):
    return super(A, obj).missing
try:
    h(c)
except AttributeError as e:
    print("AttributeError", e)
def u():
    return super(Undefined, c).m(1)
try:
    u()
except NameError as e:
    print("NameError", e)
def loop():
    t = 0
    for i in range(20000):
        t += super(C, c).m(i)[1][1][1]
    return t
print(loop())
def rebound():
    super = lambda a, b: A()
    return super(C, c).m(2)
print(rebound())
