# __index__ that returns a non-int: CPython's PyNumber_Index message wherever an index is taken.
import operator
class A:
    def __index__(self): return 'x'
class B(int): pass
for label, fn in [("list[]", lambda: [1][A()]), ("str[]", lambda: 'ab'[A()]), ("range", lambda: range(A())),
                  ("operator.index", lambda: operator.index(A())), ("hex", lambda: hex(A())), ("slice", lambda: [1, 2][A():]),
                  ("tuple[]", lambda: (1,)[A()]), ("bytes[]", lambda: b'a'[A()])]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError", e)
