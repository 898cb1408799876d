# isinstance, issubclass, type() and class introspection.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(1, (str, float)), isinstance(1.0, (int, float)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B))
print(type(b).__name__, type(b) is B, type(b) is A, type(type(b)).__name__)
print(type(1).__name__, type("").__name__, type([]).__name__, type({}).__name__,
      type(None).__name__, type(len).__name__, type(A).__name__, type(type).__name__)
print(isinstance(True, int), issubclass(bool, int), isinstance(None, object))
print(isinstance(A, type), isinstance(int, type), issubclass(type, object))
print(B.__name__, B.__base__ is A, [k.__name__ for k in B.__mro__])
print(isinstance([], list), isinstance((), list), isinstance({}, dict))
print(type(3) == int, type(3.0) == float, type(3) == float)
try:
    isinstance(b, "A")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
NewType = type("NewType", (A,), {"x": 5, "hello": lambda self: "hi"})
n = NewType()
print(NewType.__name__, n.x, n.hello(), isinstance(n, A))
print(A.__subclasses__()[0].__name__, len(A.__subclasses__()))
print(object.__name__, type(object()).__name__)
print(int.__mro__ == (int, object), [k.__name__ for k in bool.__mro__])
