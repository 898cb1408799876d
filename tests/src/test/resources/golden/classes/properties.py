# property with getter, setter, deleter.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        """Temperature in Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    def _get(self):
        self.computed += 1
        return 42
    value = property(_get, doc="old-style property")
l = Lazy()
print(l.value, l.value, l.computed, Lazy.value.__doc__)
class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @property
    def name(self):
        return "child of " + super().name
print(Child().name)
try:
    del Lazy().value
except AttributeError as e:
    print("AttributeError:", e)
class Account:
    def __init__(self):
        self._balance = 0
    balance = property(lambda self: self._balance)
    @balance.setter
    def balance(self, v):
        self._balance = max(0, v)
acct = Account()
acct.balance = 50
acct.balance -= 80
print(acct.balance)
