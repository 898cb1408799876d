# Inheritance, method overriding, multiple inheritance and C3 MRO.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"
for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), "|", a.kind())
def names(cls):
    return [c.__name__ for c in cls.__mro__]
print(names(Puppy))
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(names(D), D().who())
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(names(M))
print([c.__name__ for c in D.__bases__], D.__base__.__name__, object.__bases__)
print(D.mro() == list(D.__mro__))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def template(self):
        return f"[{self.hook()}]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C), issubclass(bool, int))
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.value}"
class Thing(Mixin, object):
    def __init__(self):
        self.value = 7
print(Thing().describe())
