# Details of two messages a fresh user's check found: str() of an object whose inherited object.__str__ gets a
# non-str from __repr__ (PyObject_Str's check names __str__), and int()'s invalid literal cut to 200 characters.
class A:
    def __repr__(self):
        return 5


class B(A):
    def __str__(self):
        return 6


for f in (str, repr, print, lambda o: "%s" % o, lambda o: f"{o}", lambda o: f"{o!r}"):
    for cls in (A, B):
        try:
            f(cls())
        except TypeError as e:
            print(cls.__name__, e)

for text, base in (("x" * 300, 10), ("\u00e9" * 300, 16), ("12z" * 100, 36), ("y" * 199, 10), ("\U0001F600" * 250, 10)):
    try:
        int(text, base)
    except ValueError as e:
        print(len(str(e)), str(e)[-30:])
