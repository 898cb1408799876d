# super() with zero and two arguments, cooperative __init__.
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.base_done = True
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        print("Both.__init__")
        super(Both, self).__init__(**kw)
b = Both(left=1, right=2, extra=3)
print(b.base_done)
class A:
    def f(self):
        return "A.f"
    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__
class B(A):
    def f(self):
        return "B.f+" + super().f()
    @classmethod
    def make(cls):
        return "B.make/" + super().make()
class C(B):
    def f(self):
        return "C.f skip B: " + super(B, self).f()
print(B().f(), C().f())
print(B.make(), C.make())
s = super(C, C())
print(s.f())
class Counted(list):
    def append(self, item):
        super().append(item * 2)
cl = Counted()
cl.append(1)
cl.append(5)
print(cl, len(cl))
class Str(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(Str("abc").upper())
class WithStatic:
    @staticmethod
    def helper():
        return "static"
class Sub(WithStatic):
    def run(self):
        return super().helper() + " via super"
print(Sub().run())
class Parent:
    def __repr__(self):
        return "Parent repr"
class Kid(Parent):
    def __repr__(self):
        return "Kid of " + super().__repr__()
print(repr(Kid()))
