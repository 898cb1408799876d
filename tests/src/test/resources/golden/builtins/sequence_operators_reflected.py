# str, list, tuple, bytes and bytearray + and * (and list/bytearray += and *=) ask the right operand's
# __radd__/__rmul__ before concatenating or repeating, as CPython's sq_concat/sq_repeat come after number slots.
class R:
    def __radd__(s, o): return ("radd", type(o).__name__)
    def __rmul__(s, o): return ("rmul", type(o).__name__)
class N:
    pass
class S(str): pass
class L(list): pass
for left in ["a", [1], (1,), b"x", bytearray(b"y"), S("s"), L([2])]:
    print(left + R(), left * R())
    x = left
    try:
        x += R()
        print(x)
    except TypeError as e:
        print("TE", e)
    for bad in (N(), None):
        for f in (lambda: left + bad, lambda: left * bad):
            try: f()
            except TypeError as e: print("TE", e)
class Idx:
    def __index__(self): return 2
print("ab" * Idx(), [0] * Idx(), Idx() * "c")
class Both:
    def __index__(self): return 3
    def __rmul__(self, o): return "rmul wins"
print("ab" * Both(), [1] * Both())
