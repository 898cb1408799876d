# Builtin methods that call back into Python code (sort keys, __hash__, generators): the caller frame line seen from the callback, str subclass receivers.
import sys
def key(x):
    print("caller line", sys._getframe(1).f_lineno, sys._getframe(1).f_code.co_name)
    return -x
l = [2, 1, 3]
l.sort(key=key)
print(l)
def f():
    out = []
    for i in range(3):
        out.append(i)
    m = {}
    m.setdefault("a", []).append(1)
    class K:
        def __hash__(self):
            print("hash from line", sys._getframe(1).f_lineno)
            return 1
    k = K()
    m.get(k)
    return out, m
print(f())
class S(str): pass
s = S(" ab ")
print(repr(s.strip()), s.upper(), s.split("a"))
print("x".join(str(i) for i in range(3)))
