# __index__ that returns a non-int: CPython's PyNumber_Index message wherever an index is taken.
import operator
class A:
    def __index__(self): return 'x'
class B(int): pass
for label, fn in [("list[]", lambda: [1][A()]), ("str[]", lambda: 'ab'[A()]), ("range", lambda: range(A())),
                  ("operator.index", lambda: operator.index(A())), ("hex", lambda: hex(A())), ("slice", lambda: [1, 2][A():]),
                  ("tuple[]", lambda: (1,)[A()]), ("bytes[]", lambda: b'a'[A()]),
                  ("sorted reverse", lambda: sorted([1], reverse=A())), ("repeat", lambda: [1] * A()),
                  ("bytes()", lambda: bytes([A()])), ("range step", lambda: range(0, 5, A()))]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError", e)

# __index__ is called once per conversion
class Counted:
    calls = 0
    def __index__(self):
        Counted.calls += 1
        return 2
print([0] * Counted(), sorted([2, 1], reverse=Counted()), range(Counted()), Counted.calls)
