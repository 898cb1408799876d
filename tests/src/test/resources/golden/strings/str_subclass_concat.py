# str + an instance of a str subclass (as enum's StrEnum members are): str.__add__ takes the subclass's value
class S(str):
    pass
s = S("b")
print("a" + s, s + "a", s + s, type("a" + s).__name__, type(s + "a").__name__, "x" * 2 + s)
print("re".__add__(s), str.__add__("q", s))
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    str.__add__("a", b"b")
except TypeError as e:
    print(e)
